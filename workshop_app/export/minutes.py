"""The minutes of one workshop as a PDF: facts, attendance, agenda, minutes, decisions, boards and actions."""

import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from workshop_app.catalogue import Catalogue
from workshop_app.domain.enums import AttendanceStatus, ProConKind, Quadrant
from workshop_app.domain.models import (
    ActionView,
    AgendaItemView,
    AttendanceView,
    BoardView,
    DecisionView,
    MinutesRecordView,
    NoteView,
    ParticipantView,
    ProConView,
    ProgrammeView,
    WorkshopView,
)
from workshop_app.export.board_drawing import LegendItem, board_drawing
from workshop_app.export.board_layout import LayoutMode
from workshop_app.export.document import (
    ExportDocument,
    ExportJob,
    Heading,
    StreamingTable,
    atomic_output,
    markup,
    page_size_of,
    para,
    paragraphs,
)
from workshop_app.export.labels import Labels, document_language, label_catalogue
from workshop_app.export.method_tools_sections import workshop_tools_story
from workshop_app.export.people import ATTENDANCE_MODES, AttendanceMode, People, attendance_mode
from workshop_app.export.record import agreed_actions, minutes_record, restore
from workshop_app.export.styles import (
    ALERT_FILL,
    ALERT_HEX,
    DONE_FILL,
    DONE_HEX,
    MUTED_HEX,
    RULE_STRONG,
    TOTAL_FILL,
    Styles,
    banner,
    data_table,
    meta_table,
    styles,
)
from workshop_app.services import boards, participants, programme, workshops
from workshop_app.services.export_log import record_export
from workshop_app.storage.store import ProgrammeStore

QUADRANT_ORDER = (Quadrant.TOP_LEFT, Quadrant.TOP_RIGHT, Quadrant.BOTTOM_LEFT, Quadrant.BOTTOM_RIGHT)
STATUS_ORDER = {status.value: index for index, status in enumerate(AttendanceStatus)}


def export_minutes(
    store: ProgrammeStore,
    workshop_id: uuid.UUID,
    out: Path,
    *,
    language: str | None = None,
    page_size: str = "A4",
    attendance: str = "names",
    today: date | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write the minutes of a workshop to ``out`` (PDF) and return ``out``.

    ``language`` defaults to the programme's; ``attendance`` chooses how people are named: ``names``, ``initials``
    or ``organisations`` (for privacy, note authors are then left out too). ``today`` marks overdue actions.
    ``progress`` receives 0..1 and ``cancelled`` is asked between sections and pages; when it says yes,
    :class:`~workshop_app.export.document.ExportCancelled` is raised and no file is left behind.
    """
    job = ExportJob(progress, cancelled)
    job.step(0.0)
    page_size_of(page_size)
    mode = _attendance_mode(attendance)
    facts = get_minutes_facts(store, workshop_id, job)
    labels = Labels(document_language(language, facts.programme.language))
    today = today or date.today()
    with atomic_output(Path(out)) as temporary:
        doc = workshop_document(temporary, facts, labels, "minutes", page_size=page_size, job=job, today=today)
        writer = MinutesWriter(
            facts, labels, styles(labels.language), doc.frame_width, doc.frame_height, mode, today, job
        )
        writer.tools = workshop_tools_story(
            store, workshop_id, labels.language, writer.s, doc.frame_width, names=attendance == "names"
        )
        doc.render(writer.story(), progress_from=0.2)
    record_export(store, Path(out), "minutes")
    return Path(out)


DOCUMENT_LABELS = {
    "minutes": ("minutes.document_title", "minutes.kicker"),
    "agenda": ("agenda.document_title", "agenda.kicker"),
    "sign_in": ("sign_in.document_title", "sign_in.kicker"),
}
"""The title and kind of each of a workshop's documents."""


def workshop_document(
    path: Path,
    facts: "MinutesFacts",
    labels: Labels,
    kind: str,
    *,
    page_size: str,
    job: ExportJob,
    today: date,
) -> ExportDocument:
    """The PDF of one of a workshop's documents (``kind``: minutes, agenda, sign_in), its metadata filled
    in: the title names the workshop and the programme, the author is the facilitator."""
    workshop = facts.workshop
    title_key, kicker_key = DOCUMENT_LABELS[kind]
    title = labels(title_key, title=workshop.title)
    return ExportDocument(
        path,
        page_size=page_size,
        title=labels("common.title_in_programme", title=title, programme=facts.programme.name),
        programme_name=facts.programme.name,
        labels=labels,
        job=job,
        exported_on=today,
        subject=labels(kicker_key),
        author=workshop.facilitator,
        keywords=(facts.programme.name, workshop.title, labels(kicker_key)),
    )


_attendance_mode = attendance_mode


__all__ = ["ATTENDANCE_MODES", "AttendanceMode", "People", "export_minutes", "get_minutes_facts"]


# --- what the minutes are made of ----------------------------------------------------------------------------


@dataclass(frozen=True)
class BoardFacts:
    board: BoardView
    notes: list[NoteView]
    votes: dict[uuid.UUID, int]
    pro_cons: list[ProConView]


@dataclass(frozen=True)
class MinutesFacts:
    programme: ProgrammeView
    catalogue: Catalogue
    workshop: WorkshopView
    agenda: list[AgendaItemView]
    attendance: list[AttendanceView]
    people: dict[uuid.UUID, ParticipantView]
    decisions: list[DecisionView]
    boards: list[BoardFacts]
    actions: list[ActionView]
    record: MinutesRecordView | None = None
    """The approval fields (and, approved, the record these facts were restored from); None before any."""
    as_of: date | None = None
    """Approved minutes: the day the actions' statuses are recorded for (the approval date)."""

    @property
    def approved(self) -> bool:
        return self.record is not None and self.record.approved

    def nothing_recorded(self) -> bool:
        """True for a planned workshop: no attendance, minutes, decisions, notes or actions yet."""
        return not (
            self.attendance
            or self.decisions
            or self.actions
            or any(item.minutes_text.strip() for item in self.agenda)
            or any(board.notes for board in self.boards)
        )


def get_minutes_facts(store: ProgrammeStore, workshop_id: uuid.UUID, job: ExportJob | None = None) -> MinutesFacts:
    """Everything the minutes of a workshop show, read through the services in one snapshot of the file, so
    minutes taken while someone edits show one state of it."""
    with store.snapshot():
        return _minutes_facts(store, workshop_id, job or ExportJob())


def _minutes_facts(store: ProgrammeStore, workshop_id: uuid.UUID, job: ExportJob) -> MinutesFacts:
    workshop = workshops.get_workshop(store, workshop_id)
    facts_boards: list[BoardFacts] = []
    board_views = boards.list_boards(store, workshop_id)
    for index, board in enumerate(board_views):
        job.step(0.1 + 0.08 * index / max(1, len(board_views)))
        facts_boards.append(
            BoardFacts(
                board=board,
                notes=boards.list_notes(store, board.id),
                votes=boards.vote_counts(store, board.id),
                pro_cons=boards.list_pro_cons(store, board.id),
            )
        )
    job.step(0.18)
    people = {person.id: person for person in participants.list_participants(store)}
    record = minutes_record(store, workshop_id)
    if record is not None and record.approved and record.record:
        recorded = restore(record.record, {person.id for person in people.values() if person.erased})
        return MinutesFacts(
            programme=programme.get_programme(store),
            catalogue=programme.catalogue_of(store),
            workshop=recorded.workshop,
            agenda=recorded.agenda,
            attendance=recorded.attendance,
            people=recorded.people,
            decisions=recorded.decisions,
            boards=facts_boards,
            actions=recorded.actions,
            record=record,
            as_of=recorded.as_of,
        )
    return MinutesFacts(
        programme=programme.get_programme(store),
        catalogue=programme.catalogue_of(store),
        workshop=workshop,
        agenda=workshops.list_agenda(store, workshop_id),
        attendance=workshops.list_attendance(store, workshop_id),
        people=people,
        decisions=workshops.list_decisions(store, workshop_id),
        boards=facts_boards,
        actions=agreed_actions(store, workshop_id),
        record=record,
    )


# --- the story -----------------------------------------------------------------------------------------------


class MinutesWriter:
    def __init__(
        self,
        facts: MinutesFacts,
        labels: Labels,
        style: Styles,
        width: float,
        height: float,
        mode: AttendanceMode,
        today: date,
        job: ExportJob,
    ) -> None:
        self.facts = facts
        self.labels = labels
        self.s = style
        self.width = width
        self.height = height
        self.mode = mode
        self.today = today
        self.job = job
        self.people = People(facts.people, mode, labels)
        self.language = labels.language
        self._markers: dict[uuid.UUID, bool] = {}
        """Boards drawn with numbered markers (crowded): their notes tables carry the numbers."""
        self.status_day = facts.as_of or today
        """The day actions are overdue on: the approval day of approved minutes, else today."""
        self.tools: list[Flowable] = []
        """The method's tools used in the workshop (canvas, hybrid, lifecycle), made by the caller."""

    def story(self) -> list[Flowable]:
        return self.job.sections(
            self._title_block,
            self._attendance,
            self._agenda,
            self._minutes,
            self._decisions,
            self._boards,
            lambda: self.tools,
            self._actions,
            self._approval,
        )

    # --- helpers ------------------------------------------------------------------------------------------

    def _h1(self, key: str, **params: Any) -> list[Flowable]:
        return [CondPageBreak(90), Heading(self.labels(key, **params), self.s.h1, 0)]

    def _none(self, key: str) -> Paragraph:
        return Paragraph(markup(self.labels(key)), self.s.muted)

    def _cell(self, text: str, bold: bool = False) -> Paragraph:
        return para(text, self.s.cell_bold if bold else self.s.cell)

    def _head(self, *keys: str) -> list[Flowable]:
        return [Paragraph(markup(self.labels(key)), self.s.cell_head) for key in keys]

    def _phase(self, number: int) -> str:
        title = self.facts.catalogue.phase(number).title.get(self.language) if 1 <= number <= 5 else ""
        return self.labels("common.phase_title", number=number, title=title)

    def _quadrant(self, board: BoardView, quadrant: str) -> str:
        title = str(getattr(board, f"title_{quadrant}", "") or "")
        return title or self.labels(f"quadrant.{quadrant}")

    # --- sections -----------------------------------------------------------------------------------------

    def _title_block(self) -> list[Flowable]:
        w = self.facts.workshop
        dash = "–"
        rows = [
            ("minutes.programme", self.facts.programme.name),
            ("minutes.phase", self._phase(w.phase)),
            ("minutes.date", self.labels.day(w.date, "long") or dash),
            ("minutes.time", self.labels.clock_span(w.start_time, w.end_time) or dash),
            ("minutes.place", w.place or dash),
            ("minutes.facilitator", w.facilitator or dash),
        ]
        if w.purpose:
            rows.append(("minutes.purpose", w.purpose))
        table = meta_table(
            [[para(self.labels(key), self.s.meta_label), para(value, self.s.meta_value)] for key, value in rows],
            [self.width * 0.22, self.width * 0.78],
        )
        return [
            Paragraph(markup(self.labels("minutes.kicker").upper()), self.s.kicker),
            Heading(w.title, self.s.title, 0),
            self._status_banner(),
            table,
            Spacer(1, 4),
        ]

    def _status_banner(self) -> Flowable:
        """Approved minutes say when they were approved; anything else is marked as a draft (and says when it
        was reopened, if it had been approved before)."""
        record = self.facts.record
        if record is not None and record.approved:
            text = self.labels("minutes.approved_banner", date=self.labels.day(record.approved_on, "long"))
            return banner(text, DONE_FILL, DONE_HEX, self.width)
        text = self.labels("minutes.draft_banner")
        if record is not None and record.reopened_at is not None:
            reopened = self.labels("minutes.reopened", date=self.labels.day(record.reopened_at.date(), "long"))
            text = f"{text} {reopened}"
        return banner(text, ALERT_FILL, ALERT_HEX, self.width)

    def _approval(self) -> list[Flowable]:
        """The approval block: chair, minute-taker, checkers, approval date, next meeting, distribution."""
        record = self.facts.record
        dash = "–"

        def value(text: str) -> str:
            return text.strip() or dash

        rows = [
            ("approval.chair", value(record.chair) if record else dash),
            ("approval.minute_taker", value(record.minute_taker) if record else dash),
            ("approval.checkers", value(record.checkers) if record else dash),
            (
                "approval.approved_on",
                self.labels.day(record.approved_on, "long")
                if record and record.approved and record.approved_on
                else self.labels("approval.not_approved"),
            ),
            ("approval.next_meeting", value(record.next_meeting) if record else dash),
            ("approval.distribution", value(record.distribution) if record else dash),
        ]
        table = meta_table(
            [[para(self.labels(key), self.s.meta_label), para(text, self.s.meta_value)] for key, text in rows],
            [self.width * 0.26, self.width * 0.74],
        )
        return [KeepTogether([*self._h1("approval.heading"), table])]

    def _attendance(self) -> list[Flowable]:
        rows = self.facts.attendance
        out = self._h1("minutes.attendance")
        if not rows:
            return [*out, self._none("minutes.no_attendance")]
        counts = Counter(row.status for row in rows)
        summary = " · ".join(
            self.labels(f"attendance_count.{status.value}", count=counts[status])
            for status in AttendanceStatus
            if counts[status]
        )
        out.append(Paragraph(markup(summary), self.s.body))
        ordered = sorted(
            rows,
            key=lambda row: (
                STATUS_ORDER.get(row.status, 9),
                self.people.name(row.participant_id).casefold(),
            ),
        )
        status = self._status_label
        if self.mode == "organisations":
            by_org: dict[str, Counter[str]] = {}
            for row in rows:
                org = self.people.name(row.participant_id) or self.labels("people.no_organisation")
                by_org.setdefault(org, Counter())[row.status] += 1
            table_rows: list[list[Any]] = [
                [
                    *self._head("minutes.organisation"),
                    *[
                        Paragraph(markup(self.labels(f"attendance_status.{s.value}")), self.s.cell_head_right)
                        for s in AttendanceStatus
                    ],
                ]
            ]
            for org in sorted(by_org, key=str.casefold):
                table_rows.append(
                    [self._cell(org)]
                    + [para(str(by_org[org][s.value] or "–"), self.s.cell_right) for s in AttendanceStatus]
                )
            w = self.width
            out.append(data_table(table_rows, [w * 0.55, w * 0.15, w * 0.15, w * 0.15]))
        elif self.mode == "initials":
            table_rows = [self._head("minutes.person", "minutes.attendance_status")]
            table_rows += [[self._cell(self.people.name(row.participant_id)), status(row.status)] for row in ordered]
            out.append(data_table(table_rows, [self.width * 0.4, self.width * 0.3]))
        else:
            table_rows = [
                self._head("minutes.person", "minutes.organisation", "minutes.role", "minutes.attendance_status")
            ]
            for row in ordered:
                person = self.facts.people.get(row.participant_id)
                erased = person is None or person.erased
                table_rows.append(
                    [
                        self._cell(self.people.name(row.participant_id)),
                        self._cell("" if erased or person is None else person.organisation),
                        self._cell("" if erased or person is None else person.role),
                        status(row.status),
                    ]
                )
            w = self.width
            out.append(data_table(table_rows, [w * 0.26, w * 0.33, w * 0.27, w * 0.14]))
        return out

    def _status_label(self, status: str) -> Paragraph:
        return para(self.labels.choice("attendance_status", status), self.s.cell)

    def _agenda(self) -> list[Flowable]:
        items = self.facts.agenda
        out = self._h1("minutes.agenda")
        if not items:
            return [*out, self._none("minutes.no_agenda")]
        start = self.facts.workshop.start_time
        clock = datetime.combine(date(2000, 1, 1), start) if start else None
        with_times = clock is not None
        head = ["minutes.number", "minutes.item", "minutes.planned"]
        if with_times:
            head.insert(1, "minutes.time")
        rows: list[list[Any]] = [self._head(*head)]
        rows[0][-1] = Paragraph(markup(self.labels("minutes.planned")), self.s.cell_head_right)
        total = 0
        for number, item in enumerate(items, 1):
            row: list[Any] = [para(f"{number}.", self.s.cell), self._cell(item.title)]
            if clock is not None:
                end = clock + timedelta(minutes=item.planned_minutes)
                row.insert(1, para(self.labels.clock_span(clock.time(), end.time()), self.s.cell))
                clock = end
            row.append(
                para(self.labels.duration(item.planned_minutes) if item.planned_minutes else "–", self.s.cell_right)
            )
            total += item.planned_minutes
            rows.append(row)
        total_row: list[Any] = [""] * len(rows[0])
        total_row[-2] = Paragraph(markup(self.labels("minutes.total")), self.s.cell_bold)
        total_row[-1] = Paragraph(markup(self.labels.duration(total)), self.s.cell_head_right)
        rows.append(total_row)
        w = self.width
        widths = [w * 0.07, w * 0.18, w * 0.58, w * 0.17] if with_times else [w * 0.07, w * 0.76, w * 0.17]
        last = len(rows) - 1
        return [
            *out,
            data_table(
                rows,
                widths,
                extra=[
                    ("BACKGROUND", (0, last), (-1, last), TOTAL_FILL),
                    ("LINEABOVE", (0, last), (-1, last), 0.8, RULE_STRONG),
                ],
            ),
        ]

    def _minutes(self) -> list[Flowable]:
        items = self.facts.agenda
        out = self._h1("minutes.minutes")
        if not any(item.minutes_text.strip() for item in items):
            return [*out, self._none("minutes.no_minutes")]
        for number, item in enumerate(items, 1):
            self.job.check()
            out += [CondPageBreak(50), Heading(f"{number}. {item.title}", self.s.h3, 1)]
            text = paragraphs(item.minutes_text, self.s.body)
            out += text or [self._none("minutes.no_minutes_item")]
        return out

    def _decisions(self) -> list[Flowable]:
        out = self._h1("minutes.decisions")
        if not self.facts.decisions:
            return [*out, self._none("minutes.no_decisions")]
        for number, decision in enumerate(self.facts.decisions, 1):
            out.append(Paragraph(markup(decision.text), self.s.bullet, bulletText=f"{number}."))
        return out

    def _boards(self) -> list[Flowable]:
        if not self.facts.boards:
            return [*self._h1("minutes.boards"), self._none("minutes.no_boards")]
        out: list[Flowable] = []
        for index, facts in enumerate(self.facts.boards):
            self.job.check()
            board = self._board(facts)
            if index == 0:  # the section's heading stays with the first drawing
                keep = board[0]
                assert isinstance(keep, KeepTogether)
                board[0] = KeepTogether([Heading(self.labels("minutes.boards"), self.s.h1, 0), *keep._content])
            out += board
        return out

    def _board(self, facts: BoardFacts) -> list[Flowable]:
        board = facts.board
        title = (
            board.title
            if board.round <= 1
            else self.labels("minutes.board_round", title=board.title, round=board.round)
        )
        total_votes = sum(facts.votes.values())
        summary = self.labels("minutes.board_summary", notes=len(facts.notes), votes=total_votes)
        preset = self.facts.catalogue.preset(board.preset_key) if board.preset_key else None
        if preset is not None:
            summary = f"{preset.title.get(self.language)} · {summary}"
        if board.frozen_at is not None:
            frozen = self.labels("minutes.board_frozen", date=self.labels.day(board.frozen_at.date()))
            summary = f"{summary} · {frozen}"
        numbers = {note.id: index for index, note in enumerate(self._ordered_notes(facts), 1)}
        drawing = board_drawing(
            board,
            facts.notes,
            facts.votes,
            width=self.width,
            max_height=self.height * 0.7,
            hidden_label=self.labels("minutes.hidden_note"),
            language=self.language,
            legend=board_legend(facts, self.labels, self.people if self.mode != "organisations" else None),
            numbers=numbers,
            markers_note=self.labels("legend.markers"),
        )
        self._markers[board.id] = drawing.layout.mode is LayoutMode.MARKERS
        heading: list[Flowable] = [Heading(title, self.s.h2, 1), Paragraph(markup(summary), self.s.small), Spacer(1, 6)]
        out: list[Flowable] = [KeepTogether([*heading, drawing]), Spacer(1, 8)]
        out += self._notes_table(facts)
        out += self._pro_cons_table(facts)
        return out

    def _notes_table(self, facts: BoardFacts) -> list[Flowable]:
        """The notes grouped by quadrant (a spanning row names it), most votes first."""
        out: list[Flowable] = [CondPageBreak(70), Heading(self.labels("minutes.notes"), self.s.h3, 2)]
        if not facts.notes:
            return [*out, self._none("minutes.no_notes")]
        rows = notes_by_quadrant(facts)
        numbered = self._markers.get(facts.board.id, False)
        numbers = {note.id: index for index, note in enumerate(self._ordered_notes(facts), 1)}
        authors = self.mode == "names"
        header = self._head(
            *(["minutes.number"] if numbered else []), "minutes.note", *(["minutes.author"] if authors else [])
        )
        header.append(Paragraph(markup(self.labels("minutes.votes")), self.s.cell_head_right))
        board = facts.board
        hidden = self.labels("minutes.hidden_note")
        columns = len(header)

        def row(item: NoteView | str) -> list[Any]:
            if isinstance(item, str):
                return [para(self._quadrant(board, item), self.s.cell_bold), *[""] * (columns - 1)]
            cells: list[Any] = [Paragraph(markup(hidden), self.s.cell_muted) if item.hidden else self._cell(item.text)]
            if numbered:
                cells.insert(0, para(f"{numbers[item.id]}.", self.s.cell_bold))
            if authors:
                cells.append(self._cell(self.people.name(item.participant_id)))
            cells.append(str(facts.votes.get(item.id, 0) or "–"))
            return cells

        def group_style(index: int, item: NoteView | str) -> list[tuple[Any, ...]]:
            if not isinstance(item, str):
                return []
            return [("SPAN", (0, index), (-1, index)), ("BACKGROUND", (0, index), (-1, index), TOTAL_FILL)]

        w = self.width
        widths = [w * 0.66, w * 0.24, w * 0.1] if authors else [w * 0.9, w * 0.1]
        if numbered:
            widths = [w * 0.07, widths[0] - w * 0.07, *widths[1:]]
        right = [("ALIGN", (-1, 0), (-1, -1), "RIGHT")]
        return [*out, StreamingTable(header, rows, row, widths, row_style=group_style, is_group=_is_str, style=right)]

    def _pro_cons_table(self, facts: BoardFacts) -> list[Flowable]:
        """The group's own pros and cons, and the method's prompts only where the group accepted them
        (marked as from the method)."""
        listed = group_pro_cons(facts.pro_cons)
        if not listed:
            return []
        groups: dict[tuple[str, str], dict[ProConKind, list[ProConView]]] = {}
        notes = {note.id: note for note in facts.notes}
        for item in listed:
            key = ("note", str(item.note_id)) if item.note_id is not None else ("quadrant", item.quadrant or "")
            groups.setdefault(key, {kind: [] for kind in ProConKind})[item.kind].append(item)
        order = {quadrant.value: index for index, quadrant in enumerate(QUADRANT_ORDER)}
        note_order = {str(note.id): index for index, note in enumerate(facts.notes)}
        keys = sorted(
            groups,
            key=lambda k: (0, order.get(k[1], 9)) if k[0] == "quadrant" else (1, note_order.get(k[1], 0)),
        )
        rows: list[list[Any]] = [self._head("minutes.pro_con_for", "minutes.pros", "minutes.cons")]
        for kind, ref in keys:
            if kind == "quadrant":
                subject: Flowable = self._cell(self._quadrant(facts.board, ref), bold=True)
            else:
                note = notes.get(uuid.UUID(ref))
                label = self.labels("minutes.note_ref")
                text = self.labels("minutes.hidden_note") if note is None or note.hidden else note.text
                subject = Paragraph(f"<b>{markup(label)}</b> {markup(text)}", self.s.cell)
            cells: list[Any] = [subject]
            for side in (ProConKind.PRO, ProConKind.CON):
                entries = groups[(kind, ref)][side]
                cells.append(
                    [Paragraph(self._pro_con_text(entry), self.s.cell_bullet, bulletText="•") for entry in entries]
                    or para("–", self.s.cell_muted)
                )
            rows.append(cells)
        w = self.width
        return [
            CondPageBreak(80),
            Heading(self.labels("minutes.pros_and_cons"), self.s.h3, 2),
            data_table(rows, [w * 0.28, w * 0.36, w * 0.36], split_in_row=True),
        ]

    def _pro_con_text(self, entry: ProConView) -> str:
        if entry.origin == "method":
            note = markup(self.labels("minutes.from_method"))
            return f'{markup(entry.text)} <font color="{MUTED_HEX}"><i>{note}</i></font>'
        return markup(entry.text)

    def _ordered_notes(self, facts: BoardFacts) -> list[NoteView]:
        return [item for item in notes_by_quadrant(facts) if not isinstance(item, str)]

    def _actions(self) -> list[Flowable]:
        out = self._h1("minutes.actions")
        if not self.facts.actions:
            return [*out, self._none("minutes.no_actions")]
        header = self._head("actions.what", "actions.who", "actions.due", "actions.status")

        def row(action: ActionView) -> list[Any]:
            return [
                self._cell(action.what),
                self._cell(self.people.free_text(action.owner, action.owner_id)),
                self.labels.day(action.due_date) or "–",
                self._action_status(action),
            ]

        def highlight(index: int, action: ActionView) -> list[tuple[Any, ...]]:
            return [("BACKGROUND", (0, index), (-1, index), ALERT_FILL)] if action.is_overdue(self.status_day) else []

        w = self.width
        when = self.labels.day(self.status_day)
        key = "minutes.status_as_approved" if self.facts.approved else "minutes.status_as_of"
        as_of = Paragraph(markup(self.labels(key, date=when)), self.s.small)
        table = StreamingTable(
            header, self.facts.actions, row, [w * 0.5, w * 0.2, w * 0.14, w * 0.16], row_style=highlight
        )
        return [*out, as_of, Spacer(1, 4), table]

    def _action_status(self, action: ActionView) -> Paragraph | str:
        label = self.labels.choice("action_status", action.status)
        if action.is_overdue(self.status_day):
            overdue = markup(self.labels("actions.overdue"))
            return Paragraph(f'{markup(label)}<br/><font color="{ALERT_HEX}"><b>{overdue}</b></font>', self.s.cell)
        return label


def notes_by_quadrant(facts: BoardFacts) -> list[NoteView | str]:
    """The notes grouped by quadrant (the quadrant's value before its notes), most votes first: the order of
    the notes table and of the numbers on a crowded board's drawing."""
    created = {note.id: index for index, note in enumerate(facts.notes)}
    rows: list[NoteView | str] = []
    for quadrant in QUADRANT_ORDER:
        inside = [note for note in facts.notes if Quadrant.at(note.x, note.y) is quadrant]
        if inside:
            inside.sort(key=lambda n: (-facts.votes.get(n.id, 0), created[n.id]))
            rows += [quadrant.value, *inside]
    return rows


def group_pro_cons(items: list[ProConView]) -> list[ProConView]:
    """What documents list as the group's pros and cons: its own, and the method's prompts it accepted."""
    return [item for item in items if item.origin != "method" or item.accepted]


def board_legend(facts: BoardFacts, labels: Labels, people: "People | None") -> list[LegendItem]:
    """What the colours and marks of a board's drawing mean.

    Colours given by author (each colour one author's, as "colour by author" does) are named by the author
    (as the document may name people; not at all when ``people`` is None); other colours by their name and
    how many notes have them.
    """
    shown = [note for note in facts.notes if not note.hidden]
    by_colour: dict[str, list[NoteView]] = {}
    for note in shown:
        by_colour.setdefault(note.colour.lower(), []).append(note)
    authors = {colour: {note.participant_id for note in notes} for colour, notes in by_colour.items()}
    by_author = (
        people is not None
        and len(by_colour) > 1
        and all(len(ids) == 1 and None not in ids for ids in authors.values())
        and len({next(iter(ids)) for ids in authors.values()}) == len(by_colour)
    )
    items: list[LegendItem] = []
    for colour, notes in by_colour.items():
        if by_author and people is not None:
            text = people.name(notes[0].participant_id) or labels("people.unknown")
        else:
            key = f"colour.{colour.lstrip('#')}"
            name = labels(key) if key in label_catalogue().root else labels("colour.other")
            text = (
                labels("legend.colour_one", colour=name)
                if len(notes) == 1
                else labels("legend.colour_count", colour=name, count=len(notes))
            )
        items.append(LegendItem("swatch", text, colour))
    if len(shown) < len(facts.notes):
        items.append(LegendItem("hidden", labels("legend.hidden")))
    if any(facts.votes.values()):
        items.append(LegendItem("badge", labels("legend.votes")))
    items.append(LegendItem("leader", labels("legend.leader")))
    return items


def _is_str(item: object) -> bool:
    return isinstance(item, str)
