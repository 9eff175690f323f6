"""The method tools of a JSON export checked before ``import`` writes them: impact canvases with their cards and
links, lifecycle marks, and the hybrid model a decision records.

The database refuses a row that points nowhere, but only with "FOREIGN KEY constraint failed", and it does not
know the method at all: a mark on a stage the curve does not have, a card in a fifth column or a link that
skips a column would be stored and shown as nonsense. So each rule the tools' services apply when a person
adds such a record (:mod:`workshop_app.services.method_tools`) is applied here too, with a message that names
the record; :mod:`workshop_app.export.json_import` then refuses the whole file and writes nothing.
"""

from collections.abc import Collection, Mapping
from typing import Any

from workshop_app.catalogue.tools import CANVAS_COLUMNS, MethodTools
from workshop_app.errors import QT_TRANSLATE_NOOP, WorkshopError
from workshop_app.services.method_tools import MAIN_GOAL, ORIGINS, SHEET_COLUMNS


class ToolRecordError(WorkshopError):
    """A method tool's record in an export breaks a rule of the method or points to a record not there."""


def check_workshop_tools(workshop: Mapping[str, Any], tools: MethodTools, people: Collection[str]) -> None:
    """Check the canvases, lifecycle marks and hybrid choices of one exported ``workshop``; ``people`` are
    the participants' ids in the export (as written there)."""
    for canvas in workshop.get("canvases") or []:
        _check_canvas(canvas, people)
    for mark in workshop.get("lifecycle_marks") or []:
        _check_mark(mark, tools, people)
    for decision in workshop.get("decisions") or []:
        if decision.get("hybrid"):
            _check_hybrid(decision, tools)


def _person(record: Mapping[str, Any], people: Collection[str]) -> None:
    participant = record.get("participant_id")
    if participant is not None and participant not in people:
        raise ToolRecordError(
            QT_TRANSLATE_NOOP(
                "WorkshopErrors", "The record {id} refers to the participant {participant}, who is not in the export."
            ),
            id=str(record.get("id")),
            participant=str(participant),
        )


def _check_canvas(canvas: Mapping[str, Any], people: Collection[str]) -> None:
    """An impact canvas's cards in its four columns; a goal sheet (a canvas holding a main goal, see
    :mod:`workshop_app.services.method_tools`) has one main goal and each card below it belongs to one card."""
    mains = sum(1 for card in canvas["cards"] if card.get("column") == MAIN_GOAL)
    allowed = SHEET_COLUMNS if mains else CANVAS_COLUMNS
    if mains > 1:
        raise ToolRecordError(
            QT_TRANSLATE_NOOP("WorkshopErrors", "The goal sheet {id} has more than one main goal."),
            id=str(canvas.get("id")),
        )
    columns: dict[str, str] = {}
    for card in canvas["cards"]:
        if card.get("column") not in allowed:
            raise ToolRecordError(
                QT_TRANSLATE_NOOP(
                    "WorkshopErrors",
                    "The canvas card {id} is in the column “{column}”, which the impact canvas does not have.",
                ),
                id=str(card.get("id")),
                column=str(card.get("column")),
            )
        if card.get("origin") not in ORIGINS:
            raise ToolRecordError(
                QT_TRANSLATE_NOOP(
                    "WorkshopErrors",
                    "The canvas card {id} has the origin “{origin}”, which is neither group nor method.",
                ),
                id=str(card.get("id")),
                origin=str(card.get("origin")),
            )
        _person(card, people)
        columns[str(card["id"])] = card["column"]
    serving: set[str] = set()
    for link in canvas["links"]:
        source, target = columns.get(str(link.get("from_card_id"))), columns.get(str(link.get("to_card_id")))
        if source is None or target is None:
            raise ToolRecordError(
                QT_TRANSLATE_NOOP(
                    "WorkshopErrors", "The canvas link {id} refers to a card that is not on the link's canvas."
                ),
                id=str(link.get("id")),
            )
        if allowed.index(source) != allowed.index(target) + 1:
            raise ToolRecordError(
                QT_TRANSLATE_NOOP(
                    "WorkshopErrors",
                    "The canvas link {id} does not lead to the column just before its card's own column.",
                ),
                id=str(link.get("id")),
            )
        if mains and str(link["from_card_id"]) in serving:
            raise ToolRecordError(
                QT_TRANSLATE_NOOP(
                    "WorkshopErrors", "The goal sheet link {id} gives a card a second goal above it, where it has one."
                ),
                id=str(link.get("id")),
            )
        serving.add(str(link["from_card_id"]))


def _check_mark(mark: Mapping[str, Any], tools: MethodTools, people: Collection[str]) -> None:
    lifecycle = tools.lifecycle(str(mark.get("lifecycle_key")))
    if lifecycle is None:
        raise ToolRecordError(
            QT_TRANSLATE_NOOP(
                "WorkshopErrors",
                "The lifecycle mark {id} is on the curve “{lifecycle}”, which the method does not have.",
            ),
            id=str(mark.get("id")),
            lifecycle=str(mark.get("lifecycle_key")),
        )
    if mark.get("stage_key") not in {stage.key for stage in lifecycle.stages}:
        raise ToolRecordError(
            QT_TRANSLATE_NOOP(
                "WorkshopErrors",
                "The lifecycle mark {id} is on the stage “{stage}”, which the curve “{lifecycle}” does not have.",
            ),
            id=str(mark.get("id")),
            stage=str(mark.get("stage_key")),
            lifecycle=lifecycle.key,
        )
    _person(mark, people)


def _check_hybrid(decision: Mapping[str, Any], tools: MethodTools) -> None:
    known = {model.key for model in tools.hybrid_models}
    models = decision["hybrid"].get("models")
    letters = models.split(",") if isinstance(models, str) else []
    if not letters or len(set(letters)) != len(letters) or not set(letters) <= known:
        raise ToolRecordError(
            QT_TRANSLATE_NOOP(
                "WorkshopErrors",
                "The decision {id} records the hybrid “{models}”, but a hybrid combines some of {known}, each once.",
            ),
            id=str(decision.get("id")),
            models=str(models),
            known=", ".join(sorted(known)),
        )
