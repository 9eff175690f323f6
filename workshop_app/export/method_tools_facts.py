"""What the method's tools say in a document, in the document's language, read once for any format.

The DOCX writes these facts with Word's tables (:mod:`workshop_app.export.docx_method_tools`) and the PDF's
lifecycle table is made of the same rows (:func:`mark_rows`); both say the same words, from
:mod:`workshop_app.export.method_tools_texts` (en, fi, nb) and the programme's catalogue.
"""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from workshop_app.catalogue.tools import CANVAS_COLUMNS, MethodTools
from workshop_app.domain.method_tools import LifecycleMarkView
from workshop_app.export.method_tools_texts import text
from workshop_app.services import method_tools, participants, workshops
from workshop_app.storage.store import ProgrammeStore


@dataclass(frozen=True)
class CardFacts:
    """A card of a canvas with the texts of the cards it serves (the column just before its own)."""

    text: str
    serves: tuple[str, ...]


@dataclass(frozen=True)
class CanvasFacts:
    """An impact canvas: its title, the four columns' titles and each column's cards in order."""

    title: str
    column_titles: tuple[str, ...]
    columns: tuple[tuple[CardFacts, ...], ...]

    def rows(self) -> list[list[CardFacts | None]]:
        """The cards side by side, one row per place in the columns (None where a column is shorter)."""
        depth = max((len(column) for column in self.columns), default=0)
        return [[column[index] if index < len(column) else None for column in self.columns] for index in range(depth)]


@dataclass(frozen=True)
class GoalFacts:
    """A sub-goal of a goal sheet with its indicators in order; ``goal`` None for indicators under no sub-goal
    (left by a phone, say), which come last."""

    goal: str | None
    indicators: tuple[str, ...]


@dataclass(frozen=True)
class SheetFacts:
    """A goal-and-indicator sheet as its hierarchy: the main goal, then each sub-goal with its indicators.
    ``workshop``: the title of the workshop it belongs to (the report names it)."""

    title: str
    workshop: str
    main_goal: str
    goals: tuple[GoalFacts, ...]


@dataclass(frozen=True)
class HybridFacts:
    """A decision that records a hybrid: the decision's text, the models' titles combined, and why."""

    decision: str
    models: tuple[str, ...]
    reason: str


@dataclass(frozen=True)
class MarkFacts:
    """A lifecycle mark as a row: the day, who marked it, the curve, and the stage with its comment."""

    marked_on: date
    by: str
    curve: str
    stage: str


@dataclass(frozen=True)
class WorkshopTools:
    """The tools a workshop used, for its minutes; all empty when it used none."""

    canvases: tuple[CanvasFacts, ...]
    hybrids: tuple[HybridFacts, ...]
    marks: tuple[MarkFacts, ...]
    sheets: tuple[SheetFacts, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.canvases or self.hybrids or self.marks or self.sheets)


@dataclass(frozen=True)
class LifecyclePath:
    """The group's marks on one curve over the programme, oldest first, as (day, stage title)."""

    curve: str
    steps: tuple[tuple[date, str], ...]


@dataclass(frozen=True)
class ProgrammeTools:
    """For the programme report: the group's path on each curve, every hybrid recorded and every goal sheet."""

    paths: tuple[LifecyclePath, ...]
    hybrids: tuple[HybridFacts, ...]
    sheets: tuple[SheetFacts, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.paths or self.hybrids or self.sheets)


def workshop_tools(
    store: ProgrammeStore, workshop_id: uuid.UUID, language: str, *, names: bool = True
) -> WorkshopTools:
    """The tools of one workshop in ``language``; ``names`` False (privacy) says "a participant" instead of
    the person's name on a mark."""
    with store.snapshot():
        tools = method_tools.tools_of(store)
        marks = method_tools.list_lifecycle_marks(store, workshop_id=workshop_id)
        return WorkshopTools(
            canvases=tuple(_canvases(store, workshop_id, tools, language)),
            sheets=tuple(_sheets(store, workshop_id, "")),
            hybrids=tuple(_hybrids(store, workshop_id, tools, language)),
            marks=tuple(mark_rows(store, marks, tools, language, names=names)),
        )


def programme_tools(store: ProgrammeStore, language: str) -> ProgrammeTools:
    """The group's path on each lifecycle curve and the hybrids of every workshop, in ``language``."""
    with store.snapshot():
        tools = method_tools.tools_of(store)
        paths: list[LifecyclePath] = []
        for lifecycle in tools.lifecycles:
            path = method_tools.group_path(store, lifecycle.key)
            if path:
                stages = {stage.key: stage.title.get(language) for stage in lifecycle.stages}
                steps = tuple((day, stages.get(stage, stage)) for day, stage in path)
                paths.append(LifecyclePath(lifecycle.title.get(language), steps))
        every_workshop = workshops.list_workshops(store)
        hybrids = [hybrid for workshop in every_workshop for hybrid in _hybrids(store, workshop.id, tools, language)]
        sheets = [sheet for workshop in every_workshop for sheet in _sheets(store, workshop.id, workshop.title)]
        return ProgrammeTools(tuple(paths), tuple(hybrids), tuple(sheets))


def path_text(path: LifecyclePath, language: str) -> str:
    """The path as the report says it: "The programme's path on this curve: 2025-03-04 Shaping → …"."""
    steps = " → ".join(f"{day.isoformat()} {stage}" for day, stage in path.steps)
    return text("path", language, path=steps)


def _canvases(store: ProgrammeStore, workshop_id: uuid.UUID, tools: MethodTools, language: str) -> list[CanvasFacts]:
    found: list[CanvasFacts] = []
    titles = tuple(tools.impact_canvas.column(key).title.get(language) for key in CANVAS_COLUMNS)
    for canvas in method_tools.list_canvases(store, workshop_id):
        cards = method_tools.list_cards(store, canvas.id)
        texts = {card.id: card.text for card in cards}
        serves: dict[uuid.UUID, list[str]] = {}
        for link in method_tools.list_links(store, canvas.id):
            serves.setdefault(link.from_card_id, []).append(texts.get(link.to_card_id, ""))
        columns = tuple(
            tuple(CardFacts(card.text, tuple(serves.get(card.id, ()))) for card in cards if card.column == key)
            for key in CANVAS_COLUMNS
        )
        found.append(CanvasFacts(canvas.title, titles, columns))
    return found


def _sheets(store: ProgrammeStore, workshop_id: uuid.UUID, workshop: str) -> list[SheetFacts]:
    found: list[SheetFacts] = []
    for sheet in method_tools.list_canvases(store, workshop_id, kind=method_tools.GOAL_SHEET):
        main, outline = method_tools.sheet_outline(store, sheet.id)
        goals = tuple(
            GoalFacts(goal.text if goal else None, tuple(card.text for card in indicators))
            for goal, indicators in outline
        )
        found.append(SheetFacts(sheet.title, workshop, main.text, goals))
    return found


def _hybrids(store: ProgrammeStore, workshop_id: uuid.UUID, tools: MethodTools, language: str) -> list[HybridFacts]:
    choices = method_tools.list_hybrids(store, workshop_id)
    if not choices:
        return []
    models = {model.key: model.title.get(language) for model in tools.hybrid_models}
    decisions = {decision.id: decision.text for decision in workshops.list_decisions(store, workshop_id)}
    return [
        HybridFacts(
            decisions.get(choice.decision_id, ""),
            tuple(models.get(letter, letter) for letter in choice.models.split(",")),
            choice.reason,
        )
        for choice in choices
    ]


def mark_rows(
    store: ProgrammeStore,
    marks: Sequence[LifecycleMarkView],
    tools: MethodTools,
    language: str,
    *,
    names: bool,
) -> list[MarkFacts]:
    """``marks`` as rows in ``language``; ``names`` False (privacy) says "a participant" for a person."""
    if not marks:
        return []
    people = {person.id: person.display_name for person in participants.list_participants(store)} if names else {}
    rows: list[MarkFacts] = []
    for mark in marks:
        lifecycle = tools.lifecycle(mark.lifecycle_key)
        stage = next((st for st in lifecycle.stages if st.key == mark.stage_key), None) if lifecycle else None
        if mark.participant_id is None:
            who = text("group", language)
        else:
            who = people.get(mark.participant_id) or text("someone", language)
        stage_title = stage.title.get(language) if stage else mark.stage_key
        rows.append(
            MarkFacts(
                mark.marked_on,
                who,
                lifecycle.title.get(language) if lifecycle else mark.lifecycle_key,
                stage_title + (f" – {mark.comment}" if mark.comment else ""),
            )
        )
    return rows
