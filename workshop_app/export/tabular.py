"""The action plan as CSV and the whole programme as JSON (shape documented in docs/json-format.md)."""

import csv
import json
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from sqlmodel import Session, SQLModel, col, select

from workshop_app import __version__
from workshop_app.catalogue import Catalogue
from workshop_app.catalogue.tools import CANVAS_COLUMNS
from workshop_app.domain import models as m
from workshop_app.domain.method_tools import CanvasCard, CanvasLink, HybridChoice, ImpactCanvas, LifecycleMark
from workshop_app.export.document import ExportJob, atomic_output
from workshop_app.export.labels import Labels, document_language
from workshop_app.export.people import attendance_mode, initials
from workshop_app.services import actions, programme, workshops
from workshop_app.services.boards import LABEL_FIELDS
from workshop_app.services.export_log import record_export
from workshop_app.services.method_tools import SHEET_COLUMNS
from workshop_app.storage.store import ProgrammeStore

# --- CSV -----------------------------------------------------------------------------------------------------

CSV_COLUMNS: Final = (
    "what",
    "why",
    "owner",
    "partners",
    "due_date",
    "status",
    "priority",
    "phase",
    "plan_year",
    "plan_quarter",
    "done_date",
    "workshop",
)
_TEXT_COLUMNS: Final = {"what", "why", "owner", "partners", "workshop"}
_FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")


def _cell_text(value: str) -> str:
    """A text cell a spreadsheet will not take for a formula (a leading = + - @ gets an apostrophe)."""
    return f"'{value}" if value.startswith(_FORMULA_STARTS) else value


def export_actions_csv(
    store: ProgrammeStore, out: Path, *, language: str | None = None, delimiter: str | None = None
) -> Path:
    """Write the action plan to ``out`` as CSV (UTF-8 with a byte order mark, so spreadsheets read the
    letters right): a header row in the document's language, then one row per action.

    Dates are ISO (YYYY-MM-DD); the status is the translated label; texts that a spreadsheet would read as a
    formula start with an apostrophe. ``delimiter`` defaults to ";" for Finnish and Norwegian (what
    spreadsheets set up for those languages expect) and "," for English.
    """
    labels = Labels(document_language(language, programme.get_programme(store).language))
    delimiter = delimiter or (";" if labels.language in ("fi", "nb") else ",")
    titles = {workshop.id: workshop.title for workshop in workshops.list_workshops(store)}
    plan = actions.list_actions(store)
    with atomic_output(Path(out)) as temporary, temporary.open("x", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
        writer.writerow([labels(f"csv.{column}") for column in CSV_COLUMNS])
        for action in plan:
            values: dict[str, Any] = {
                "what": action.what,
                "why": action.why,
                "owner": action.owner,
                "partners": action.partners,
                "due_date": action.due_date.isoformat() if action.due_date else "",
                "status": labels.choice("action_status", action.status),
                "priority": action.priority,
                "phase": action.phase if action.phase is not None else "",
                "plan_year": action.plan_year if action.plan_year is not None else "",
                "plan_quarter": action.plan_quarter if action.plan_quarter is not None else "",
                "done_date": action.done_date.isoformat() if action.done_date else "",
                "workshop": titles.get(action.workshop_id, "") if action.workshop_id else "",
            }
            writer.writerow(
                [_cell_text(values[column]) if column in _TEXT_COLUMNS else values[column] for column in CSV_COLUMNS]
            )
    record_export(store, Path(out), "csv")
    return Path(out)


# --- JSON ----------------------------------------------------------------------------------------------------

FORMAT: Final = "workshop-app-programme"
FORMAT_VERSION: Final = 1

STAMPS: Final = ("created_at", "updated_at")
FIELDS: Final[dict[str, tuple[str, ...]]] = {
    "programme": ("id", "name", "area", "region", "language", "start_year", "description", *STAMPS),
    "phases": ("id", "phase", "status", "started_on", "completed_on", "notes", *STAMPS),
    "task_checks": ("id", "task_key", "task", "done", "owner", "note", *STAMPS),
    "ratings": ("id", "criterion_key", "criterion", "score", "comment", "rated_on", *STAMPS),
    "participants": (
        "id",
        "display_name",
        "organisation",
        "actor_type",
        "role",
        "contact",
        "consent_date",
        "erased",
        *STAMPS,
    ),
    "erased_participants": ("id", "erased", "erased_at"),
    "workshops": (
        "id",
        "title",
        "phase",
        "date",
        "start_time",
        "end_time",
        "place",
        "facilitator",
        "purpose",
        *STAMPS,
        "agenda",
        "attendance",
        "decisions",
        "boards",
        "minutes_record",
        "canvases",
        "lifecycle_marks",
    ),
    "minutes_record": (
        "id",
        "chair",
        "minute_taker",
        "checkers",
        "distribution",
        "next_meeting",
        "approved_on",
        "approved",
        "approved_at",
        "reopened_at",
        "record",
        *STAMPS,
    ),
    "agenda": ("id", "position", "title", "planned_minutes", "minutes_text", "activity_key", *STAMPS),
    "attendance": ("id", "participant_id", "status", *STAMPS),
    "decisions": ("id", "position", "text", *STAMPS, "hybrid"),
    "hybrid": ("id", "models", "reason", *STAMPS),
    "boards": (
        "id",
        "title",
        "preset_key",
        "round",
        "previous_id",
        "frozen_at",
        "dots_per_participant",
        *LABEL_FIELDS,
        *STAMPS,
        "notes",
        "votes",
        "pro_cons",
    ),
    "notes": ("id", "text", "x", "y", "colour", "participant_id", "hidden", *STAMPS),
    "votes": ("id", "note_id", "participant_id", *STAMPS),
    "pro_cons": ("id", "quadrant", "note_id", "kind", "text", "position", "origin", "accepted", *STAMPS),
    "canvases": ("id", "title", *STAMPS, "cards", "links"),
    "cards": ("id", "column", "position", "text", "origin", "participant_id", *STAMPS),
    "links": ("id", "from_card_id", "to_card_id", *STAMPS),
    "lifecycle_marks": ("id", "lifecycle_key", "stage_key", "marked_on", "participant_id", "comment", *STAMPS),
    "actions": (
        "id",
        "what",
        "why",
        "owner",
        "owner_id",
        "partners",
        "due_date",
        "status",
        "priority",
        "phase",
        "workshop_id",
        "board_id",
        "note_id",
        "plan_year",
        "plan_quarter",
        "done_date",
        *STAMPS,
    ),
}
"""The keys of each kind of record, in order; docs/json-format.md describes them and a test keeps both equal."""

MODELS: Final[dict[str, type[SQLModel]]] = {
    "programme": m.Programme,
    "phases": m.PhaseState,
    "task_checks": m.TaskCheck,
    "ratings": m.CriterionRating,
    "participants": m.Participant,
    "workshops": m.Workshop,
    "agenda": m.AgendaItem,
    "attendance": m.Attendance,
    "decisions": m.Decision,
    "boards": m.Board,
    "notes": m.Note,
    "votes": m.Vote,
    "pro_cons": m.ProCon,
    "actions": m.Action,
    "minutes_record": m.MinutesRecord,
    "hybrid": HybridChoice,
    "canvases": ImpactCanvas,
    "cards": CanvasCard,
    "links": CanvasLink,
    "lifecycle_marks": LifecycleMark,
}
LEFT_OUT: Final[dict[str, set[str]]] = {
    "programme": {"catalogue_version"},
    "phases": {"programme_id"},
    "task_checks": {"programme_id"},
    "ratings": {"programme_id"},
    "participants": {"programme_id", "erased_at"},
    "workshops": {"programme_id"},
    "agenda": {"workshop_id"},
    "attendance": {"workshop_id"},
    "decisions": {"workshop_id"},
    "boards": {"workshop_id"},
    "notes": {"board_id"},
    "votes": set(),
    "pro_cons": {"board_id"},
    "actions": {"programme_id"},
    "minutes_record": {"workshop_id"},
    "hybrid": {"decision_id"},
    "canvases": {"workshop_id"},
    "cards": {"canvas_id"},
    "links": {"canvas_id"},
    "lifecycle_marks": {"workshop_id"},
}
"""Columns not repeated in a record: the nesting says them (parent ids), or the document's top level does
(``catalogue_version``), or ``erased`` does (``erased_at`` appears only on erased participants).
A test fails when a new column is neither exported nor listed here."""


def _record(row: SQLModel, kind: str, **extra: Any) -> dict[str, Any]:
    dumped = row.model_dump(mode="json")
    dumped.update(extra)
    return {key: dumped[key] for key in FIELDS[kind]}


def _participant(row: m.Participant) -> dict[str, Any]:
    if row.erased_at is not None:
        return _record(row, "erased_participants", erased=True)
    return _record(row, "participants", erased=False)


def _grouped(rows: Iterable[Any], key: str) -> dict[uuid.UUID, list[Any]]:
    groups: dict[uuid.UUID, list[Any]] = defaultdict(list)
    for row in rows:
        groups[getattr(row, key)].append(row)
    return groups


def programme_document(
    store: ProgrammeStore, job: ExportJob | None = None, *, attendance: str = "names", contacts: bool = True
) -> dict[str, Any]:
    """The whole programme as JSON-ready data, read in one consistent snapshot of the file.

    Privacy: ``contacts`` False leaves contact details out (""); ``attendance`` ``initials`` writes people's
    names as initials, ``organisations`` leaves names out (also as action owners)."""
    job = job or ExportJob()
    catalogue = programme.catalogue_of(store)
    with store.reading() as session:
        document = _document(session, store.programme_id, catalogue, job)
    return _private(document, attendance_mode(attendance), contacts=contacts)


def _private(document: dict[str, Any], mode: str, *, contacts: bool) -> dict[str, Any]:
    """``document`` with contacts and names left out or shortened as asked."""
    names: dict[str, str] = {}
    for person in document["participants"]:
        if person.get("erased"):
            continue
        if not contacts:
            person["contact"] = ""
        if mode != "names":
            shortened = initials(person["display_name"]) if mode == "initials" else ""
            names[person["display_name"]] = shortened
            person["display_name"] = shortened
    if mode != "names":
        for action in document["actions"]:
            owner = action["owner"]
            action["owner"] = names.get(owner, initials(owner) if mode == "initials" and owner.strip() else "")
    return document


def _document(session: Session, pid: uuid.UUID, catalogue: Catalogue, job: ExportJob) -> dict[str, Any]:
    catalogue_version = catalogue.version
    prog = session.get(m.Programme, pid)
    assert prog is not None
    workshop_rows = session.exec(
        select(m.Workshop)
        .where(m.Workshop.programme_id == pid)
        .order_by(col(m.Workshop.date).is_(None), col(m.Workshop.date), col(m.Workshop.title))
    ).all()
    job.step(0.1)
    in_programme = col(m.Workshop.programme_id) == pid

    def children(model: Any, order: Sequence[Any]) -> Sequence[Any]:
        return session.exec(
            select(model).join(m.Workshop, col(m.Workshop.id) == model.workshop_id).where(in_programme).order_by(*order)
        ).all()

    agenda = _grouped(children(m.AgendaItem, [col(m.AgendaItem.position)]), "workshop_id")
    attendance = _grouped(children(m.Attendance, [col(m.Attendance.created_at)]), "workshop_id")
    decisions = _grouped(children(m.Decision, [col(m.Decision.position)]), "workshop_id")
    board_rows = children(m.Board, [col(m.Board.created_at), col(m.Board.title)])
    boards = _grouped(board_rows, "workshop_id")
    job.step(0.3)
    on_board = select(m.Board.id).join(m.Workshop, col(m.Workshop.id) == col(m.Board.workshop_id)).where(in_programme)
    notes = _grouped(
        session.exec(select(m.Note).where(col(m.Note.board_id).in_(on_board)).order_by(col(m.Note.created_at))).all(),
        "board_id",
    )
    job.step(0.5)
    vote_rows = session.exec(
        select(m.Vote, m.Note.board_id)
        .join(m.Note, col(m.Note.id) == col(m.Vote.note_id))
        .where(col(m.Note.board_id).in_(on_board))
        .order_by(col(m.Vote.created_at))
    ).all()
    votes: dict[uuid.UUID, list[m.Vote]] = defaultdict(list)
    for vote, board_id in vote_rows:
        votes[board_id].append(vote)
    pro_cons = _grouped(
        session.exec(
            select(m.ProCon)
            .where(col(m.ProCon.board_id).in_(on_board))
            .order_by(col(m.ProCon.quadrant).nulls_first(), col(m.ProCon.note_id).nulls_first(), col(m.ProCon.position))
        ).all(),
        "board_id",
    )
    records = {
        row.workshop_id: row
        for row in session.exec(
            select(m.MinutesRecord)
            .join(m.Workshop, col(m.Workshop.id) == col(m.MinutesRecord.workshop_id))
            .where(in_programme)
        ).all()
    }
    tools = _method_tools(session, in_programme)
    job.step(0.6)

    def decision(row: m.Decision) -> dict[str, Any]:
        choice = tools.hybrids.get(row.id)
        return _record(row, "decisions", hybrid=_record(choice, "hybrid") if choice is not None else None)

    def canvas(row: ImpactCanvas) -> dict[str, Any]:
        return _record(
            row,
            "canvases",
            cards=[_record(card, "cards") for card in tools.cards.get(row.id, [])],
            links=[_record(link, "links") for link in tools.links.get(row.id, [])],
        )

    def board(row: m.Board) -> dict[str, Any]:
        job.check()
        return _record(
            row,
            "boards",
            notes=[_record(note, "notes") for note in notes.get(row.id, [])],
            votes=[_record(vote, "votes") for vote in votes.get(row.id, [])],
            pro_cons=[_record(item, "pro_cons") for item in pro_cons.get(row.id, [])],
        )

    def workshop(row: m.Workshop) -> dict[str, Any]:
        return _record(
            row,
            "workshops",
            agenda=[_record(item, "agenda") for item in agenda.get(row.id, [])],
            attendance=[_record(item, "attendance") for item in attendance.get(row.id, [])],
            decisions=[decision(item) for item in decisions.get(row.id, [])],
            boards=[board(item) for item in boards.get(row.id, [])],
            minutes_record=_record(records[row.id], "minutes_record") if row.id in records else None,
            canvases=[canvas(item) for item in tools.canvases.get(row.id, [])],
            lifecycle_marks=[_record(mark, "lifecycle_marks") for mark in tools.marks.get(row.id, [])],
        )

    language = prog.language

    def task_text(key: str) -> str:
        task = catalogue.task(key)
        return task.title.get(language) if task is not None else ""

    def criterion_text(key: str) -> str:
        criterion = catalogue.criterion(key)
        return criterion.text.get(language) if criterion is not None else ""

    def rows(model: Any, *order: Any) -> Sequence[Any]:
        return session.exec(select(model).where(model.programme_id == pid).order_by(*order)).all()

    document = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "app_version": __version__,
        "catalogue_version": catalogue_version,
        "programme": _record(prog, "programme"),
        "phases": [_record(row, "phases") for row in rows(m.PhaseState, col(m.PhaseState.phase))],
        "task_checks": [
            _record(row, "task_checks", task=task_text(row.task_key))
            for row in rows(m.TaskCheck, col(m.TaskCheck.task_key))
        ],
        "ratings": [
            _record(row, "ratings", criterion=criterion_text(row.criterion_key))
            for row in rows(m.CriterionRating, col(m.CriterionRating.rated_on), col(m.CriterionRating.created_at))
        ],
        "participants": [
            _participant(row) for row in rows(m.Participant, col(m.Participant.display_name), col(m.Participant.id))
        ],
        "workshops": [workshop(row) for row in workshop_rows],
        "actions": [
            _record(row, "actions")
            for row in rows(m.Action, col(m.Action.due_date).is_(None), col(m.Action.due_date), col(m.Action.priority))
        ],
    }
    job.step(0.9)
    return document


@dataclass(frozen=True)
class _ToolRows:
    """The method tools' rows of one programme, grouped by what they are nested under in the JSON."""

    canvases: dict[uuid.UUID, list[ImpactCanvas]]
    cards: dict[uuid.UUID, list[CanvasCard]]
    links: dict[uuid.UUID, list[CanvasLink]]
    marks: dict[uuid.UUID, list[LifecycleMark]]
    hybrids: dict[uuid.UUID, HybridChoice]


_COLUMNS: Final = (*CANVAS_COLUMNS, *SHEET_COLUMNS)
"""Every column a card can be in: an impact canvas's, then a goal sheet's (one canvas never holds both)."""


def _column_order(column: str) -> int:
    return _COLUMNS.index(column) if column in _COLUMNS else len(_COLUMNS)


def _method_tools(session: Session, in_programme: Any) -> _ToolRows:
    """Canvases (impact canvases and goal sheets, with cards and links), lifecycle marks and hybrid choices of
    the programme's workshops, in the JSON's order: canvases as made, cards column by column (backwards design,
    or a sheet's from the main goal down) in their order, links as made, marks by date; ids break ties so that
    the same rows always export in the same order."""
    in_workshops = select(m.Workshop.id).where(in_programme)
    canvas_rows = session.exec(
        select(ImpactCanvas)
        .where(col(ImpactCanvas.workshop_id).in_(in_workshops))
        .order_by(col(ImpactCanvas.created_at), col(ImpactCanvas.title), col(ImpactCanvas.id))
    ).all()
    on_canvas = select(ImpactCanvas.id).where(col(ImpactCanvas.workshop_id).in_(in_workshops))
    card_rows = sorted(
        session.exec(select(CanvasCard).where(col(CanvasCard.canvas_id).in_(on_canvas))).all(),
        key=lambda card: (_column_order(card.column), card.position, card.id),
    )
    link_rows = session.exec(
        select(CanvasLink)
        .where(col(CanvasLink.canvas_id).in_(on_canvas))
        .order_by(col(CanvasLink.created_at), col(CanvasLink.id))
    ).all()
    mark_rows = session.exec(
        select(LifecycleMark)
        .where(col(LifecycleMark.workshop_id).in_(in_workshops))
        .order_by(col(LifecycleMark.marked_on), col(LifecycleMark.created_at), col(LifecycleMark.id))
    ).all()
    hybrid_rows = session.exec(
        select(HybridChoice)
        .join(m.Decision, col(m.Decision.id) == col(HybridChoice.decision_id))
        .where(col(m.Decision.workshop_id).in_(in_workshops))
    ).all()
    return _ToolRows(
        canvases=_grouped(canvas_rows, "workshop_id"),
        cards=_grouped(card_rows, "canvas_id"),
        links=_grouped(link_rows, "canvas_id"),
        marks=_grouped(mark_rows, "workshop_id"),
        hybrids={row.decision_id: row for row in hybrid_rows},
    )


def export_programme_json(
    store: ProgrammeStore,
    out: Path,
    *,
    attendance: str = "names",
    contacts: bool = True,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write the whole programme to ``out`` as JSON (UTF-8, format ``workshop-app-programme`` version 1);
    ``attendance`` and ``contacts`` as in :func:`programme_document`. The command line leaves contacts out
    unless asked (``--contacts``)."""
    job = ExportJob(progress, cancelled)
    document = programme_document(store, job, attendance=attendance, contacts=contacts)
    with atomic_output(Path(out)) as temporary:
        with temporary.open("x", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=False, indent=1)
            handle.write("\n")
        job.step(1.0)
    record_export(store, Path(out), "json")
    return Path(out)
