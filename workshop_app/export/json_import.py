"""``workshop-app import PROGRAMME.json --out NEW.workshop``: a programme file made from its JSON export.

The JSON (:mod:`workshop_app.export.tabular`, docs/json-format.md) holds every record with its id and stamps,
so the new file holds the same records: exporting it again gives the same JSON, apart from the export time.
Texts the export adds for readers (a task's or criterion's words) are not stored; the method catalogue is the
app's own, recorded under its version (a file from an older catalogue then shows the current one's texts).
"""

import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError as PydanticError
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel

from workshop_app.catalogue import default_catalogue
from workshop_app.catalogue.loader import catalogue_to_json
from workshop_app.catalogue.tools import MethodTools
from workshop_app.domain import models as m
from workshop_app.domain.method_tools import CanvasCard, CanvasLink, HybridChoice, ImpactCanvas, LifecycleMark
from workshop_app.errors import QT_TRANSLATE_NOOP, WorkshopError
from workshop_app.export.method_tools_import import ToolRecordError, check_workshop_tools
from workshop_app.export.tabular import FORMAT, FORMAT_VERSION
from workshop_app.storage.store import ProgrammeStore

NESTED = {
    "workshops": ("agenda", "attendance", "decisions", "boards", "minutes_record", "canvases", "lifecycle_marks"),
    "boards": ("notes", "votes", "pro_cons"),
    "decisions": ("hybrid",),
    "canvases": ("cards", "links"),
}
READER_TEXTS = {"task_checks": ("task",), "ratings": ("criterion",)}
"""Keys the export writes for people reading the JSON, not stored in the file."""


class ImportFormatError(WorkshopError):
    """The file is not a programme exported by Workshop App (or not one this version can read)."""


def import_programme_json(source: Path, out: Path) -> Path:
    """Make the programme file ``out`` (which must not exist) from the JSON export ``source``."""
    document = read_document(Path(source))
    method = default_catalogue()
    tools = method.tools
    assert tools is not None  # the shipped catalogue has them (its tests say so)

    def initialise(session: Session) -> None:
        try:
            _fill(session, document, method.version, catalogue_to_json(method), tools)
        except ToolRecordError as error:
            raise ImportFormatError(
                QT_TRANSLATE_NOOP("WorkshopErrors", "{path} is not a complete programme export: {reason}."),
                path=str(source),
                reason=str(error).rstrip("."),
            ) from error
        except (KeyError, TypeError, ValueError, PydanticError, IntegrityError) as error:
            raise ImportFormatError(
                QT_TRANSLATE_NOOP("WorkshopErrors", "{path} is not a complete programme export: {reason}."),
                path=str(source),
                reason=str(error).splitlines()[0][:200],
            ) from error

    store = ProgrammeStore.create(Path(out), initialise)
    store.close()
    return Path(out)


def read_document(source: Path) -> dict[str, Any]:
    try:
        document = json.loads(source.read_text(encoding="utf-8"))
    except OSError as error:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("WorkshopErrors", "The file {path} cannot be read: {reason}."),
            path=str(source),
            reason=error.strerror or str(error),
        ) from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("WorkshopErrors", "{path} is not a programme export: {reason}."),
            path=str(source),
            reason=str(error),
        ) from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("WorkshopErrors", "{path} is not a programme export: {reason}."),
            path=str(source),
            reason=f"format is not {FORMAT}",
        )
    if document.get("format_version") != FORMAT_VERSION:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP(
                "WorkshopErrors",
                "{path} is a programme export of format version {version}, which this app cannot read.",
            ),
            path=str(source),
            version=str(document.get("format_version")),
        )
    return document


def _row(model: type[SQLModel], kind: str, raw: dict[str, Any], **parents: Any) -> SQLModel:
    values = {key: value for key, value in raw.items() if key not in NESTED.get(kind, ()) + READER_TEXTS.get(kind, ())}
    return model.model_validate({**values, **parents})


def _fill(
    session: Session, document: dict[str, Any], catalogue_version: str, catalogue_json: str, tools: MethodTools
) -> None:
    add: Callable[[SQLModel], None] = session.add
    programme = _row(m.Programme, "programme", document["programme"], catalogue_version=catalogue_version)
    add(programme)
    add(m.CatalogueSnapshot(version=catalogue_version, content=catalogue_json))
    session.flush()
    pid = programme.id  # type: ignore[attr-defined]
    for raw in document["phases"]:
        add(_row(m.PhaseState, "phases", raw, programme_id=pid))
    for raw in document["task_checks"]:
        add(_row(m.TaskCheck, "task_checks", raw, programme_id=pid))
    for raw in document["ratings"]:
        add(_row(m.CriterionRating, "ratings", raw, programme_id=pid))
    for raw in document["participants"]:
        if raw.get("erased"):
            at = raw["erased_at"]
            add(
                m.Participant.model_validate(
                    {
                        "id": raw["id"],
                        "programme_id": pid,
                        "display_name": "",
                        "erased_at": at,
                        "created_at": at,
                        "updated_at": at,
                    }
                )
            )
        else:
            add(_row(m.Participant, "participants", {k: v for k, v in raw.items() if k != "erased"}, programme_id=pid))
    session.flush()
    people = {str(raw["id"]) for raw in document["participants"]}
    votes: list[SQLModel] = []
    for workshop in document["workshops"]:
        check_workshop_tools(workshop, tools, people)
        wid = uuid.UUID(workshop["id"])
        add(_row(m.Workshop, "workshops", workshop, programme_id=pid))
        session.flush()
        for raw in workshop["agenda"]:
            add(_row(m.AgendaItem, "agenda", raw, workshop_id=wid))
        for raw in workshop["attendance"]:
            add(_row(m.Attendance, "attendance", raw, workshop_id=wid))
        for raw in workshop["decisions"]:
            add(_row(m.Decision, "decisions", raw, workshop_id=wid))
        session.flush()
        for raw in workshop["decisions"]:
            if raw.get("hybrid"):
                add(_row(HybridChoice, "hybrid", raw["hybrid"], decision_id=uuid.UUID(raw["id"])))
        _add_canvases(session, workshop.get("canvases") or [], wid)
        for raw in workshop.get("lifecycle_marks") or []:
            add(_row(LifecycleMark, "lifecycle_marks", raw, workshop_id=wid))
        if workshop.get("minutes_record"):
            add(_row(m.MinutesRecord, "minutes_record", workshop["minutes_record"], workshop_id=wid))
        for board in workshop["boards"]:
            bid = uuid.UUID(board["id"])
            add(_row(m.Board, "boards", board, workshop_id=wid))
            session.flush()
            for raw in board["notes"]:
                add(_row(m.Note, "notes", raw, board_id=bid))
            votes += [_row(m.Vote, "votes", raw) for raw in board["votes"]]
            for raw in board["pro_cons"]:
                add(_row(m.ProCon, "pro_cons", raw, board_id=bid))
        session.flush()
    for vote in votes:
        add(vote)
    for raw in document["actions"]:
        add(_row(m.Action, "actions", raw, programme_id=pid))
    session.flush()


def _add_canvases(session: Session, canvases: list[dict[str, Any]], workshop_id: uuid.UUID) -> None:
    """A workshop's impact canvases, then their cards, then the links between the cards (each needs the one
    before it in the file)."""
    for canvas in canvases:
        cid = uuid.UUID(canvas["id"])
        session.add(_row(ImpactCanvas, "canvases", canvas, workshop_id=workshop_id))
        session.flush()
        for raw in canvas["cards"]:
            session.add(_row(CanvasCard, "cards", raw, canvas_id=cid))
        session.flush()
        for raw in canvas["links"]:
            session.add(_row(CanvasLink, "links", raw, canvas_id=cid))
    session.flush()
