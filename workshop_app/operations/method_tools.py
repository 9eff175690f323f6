"""Operations on the method's tools: an impact canvas (with the method's starting picks), its cards and
links, a card moved within its column or to another, phase 4's goal-and-indicator sheet, a lifecycle mark,
and a decision that records a hybrid model. Each is one undo step whose inverse deletes what it made (a
Delete restores it again with the same ids) or moves it back. A card's text is edited with the generic
``records.Update(Kind.CANVAS_CARD, id, {"text": ...}, expected=...)``."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from workshop_app.domain.method_tools import (
    CanvasCard,
    CanvasCardView,
    CanvasLinkView,
    HybridChoiceView,
    ImpactCanvasView,
    LifecycleMarkView,
)
from workshop_app.domain.models import DecisionView
from workshop_app.operations.base import Batch, Operation
from workshop_app.operations.changes import Kind
from workshop_app.operations.records import Delete
from workshop_app.services import method_tools, workshops
from workshop_app.services.common import fetch
from workshop_app.storage.store import ProgrammeStore


@dataclass(frozen=True)
class CreateCanvas(Operation[ImpactCanvasView]):
    """A workshop's impact canvas, with starting cards ((column, text) picks of the method) if given."""

    workshop_id: uuid.UUID
    title: str
    picks: Sequence[tuple[str, str]] = ()

    def apply(self, store: ProgrammeStore) -> tuple[ImpactCanvasView, Operation[Any]]:
        canvas = method_tools.create_canvas(store, self.workshop_id, self.title)
        for column, text in self.picks:
            method_tools.add_card(store, canvas.id, column, text, origin="method")
        return canvas, Delete(Kind.IMPACT_CANVAS, (canvas.id,))


@dataclass(frozen=True)
class AddCanvasCard(Operation[CanvasCardView]):
    """A card at the end of ``column``. ``participant_id``: whose phone wrote it (the phones add cards with
    it, through ``Workspace.run``); ``serves``: a card of the column just before that it serves at once (a
    sheet's new indicator under its sub-goal)."""

    canvas_id: uuid.UUID
    column: str
    text: str
    origin: str = "group"
    participant_id: uuid.UUID | None = None
    serves: uuid.UUID | None = None

    def apply(self, store: ProgrammeStore) -> tuple[CanvasCardView, Operation[Any]]:
        card = method_tools.add_card(
            store, self.canvas_id, self.column, self.text, origin=self.origin, participant_id=self.participant_id
        )
        if self.serves is not None:
            method_tools.link_cards(store, card.id, self.serves)
        return card, Delete(Kind.CANVAS_CARD, (card.id,))


@dataclass(frozen=True)
class MoveCard(Operation[int]):
    """Move a card to ``index`` of ``column`` (its own: a reorder; another: its links that no longer join
    neighbouring columns are removed in the same step, and put back by the undo). ``expected``: the
    (column, index) the person saw, so a card moved meanwhile elsewhere is refused, not moved twice.
    Returns the card's index after the move."""

    card_id: uuid.UUID
    column: str
    index: int
    expected: tuple[str, int] | None = None

    def apply(self, store: ProgrammeStore) -> tuple[int, Operation[Any]]:
        broken = method_tools.links_broken_by_move(store, self.card_id, self.column)
        restore: Operation[Any] | None = None
        if broken:
            _snapshots, restore = Delete(Kind.CANVAS_LINK, tuple(broken)).apply(store)
        old_column, old_index = method_tools.place_card(
            store, self.card_id, self.column, self.index, expected=self.expected
        )
        now = next(card for card in _cards_of(store, self.card_id) if card.id == self.card_id)
        back = MoveCard(self.card_id, old_column, old_index, expected=(self.column, now.position))
        return now.position, back if restore is None else Batch((back, restore))


def _cards_of(store: ProgrammeStore, card_id: uuid.UUID) -> list[CanvasCardView]:
    with store.reading() as session:
        card = session.get(CanvasCard, card_id)
        canvas_id = card.canvas_id if card is not None else None
    return method_tools.list_cards(store, canvas_id) if canvas_id is not None else []


@dataclass(frozen=True)
class AttachCard(Operation[CanvasLinkView]):
    """Make a card serve ``to_card_id`` instead of what it served (an indicator moved to another sub-goal
    of a goal sheet): its links upwards are removed and the new one made, one step."""

    card_id: uuid.UUID
    to_card_id: uuid.UUID

    def apply(self, store: ProgrammeStore) -> tuple[CanvasLinkView, Operation[Any]]:
        upwards = tuple(
            link.id
            for link in method_tools.list_links(store, _canvas_of(store, self.card_id))
            if link.from_card_id == self.card_id
        )
        undo_unlink: Operation[Any] | None = None
        if upwards:
            _snapshots, undo_unlink = Delete(Kind.CANVAS_LINK, upwards).apply(store)
        link = method_tools.link_cards(store, self.card_id, self.to_card_id)
        remove: Operation[Any] = Delete(Kind.CANVAS_LINK, (link.id,))
        return link, remove if undo_unlink is None else Batch((remove, undo_unlink))


def _canvas_of(store: ProgrammeStore, card_id: uuid.UUID) -> uuid.UUID:
    with store.reading() as session:
        return fetch(session, CanvasCard, card_id).canvas_id


@dataclass(frozen=True)
class CreateGoalSheet(Operation[ImpactCanvasView]):
    """A workshop's goal-and-indicator sheet: the main goal, and sub-goals each with its indicators (the
    method's starting sheet, see :func:`method_tools.starting_sheet`, or the group's own), linked."""

    workshop_id: uuid.UUID
    title: str
    main_goal: str
    sub_goals: Sequence[tuple[str, Sequence[str]]] = ()
    origin: str = "method"

    def apply(self, store: ProgrammeStore) -> tuple[ImpactCanvasView, Operation[Any]]:
        sheet = method_tools.create_goal_sheet(store, self.workshop_id, self.title, self.main_goal, origin=self.origin)
        main = method_tools.list_cards(store, sheet.id)[0]
        for goal_text, indicators in self.sub_goals:
            goal = method_tools.add_card(store, sheet.id, "sub_goals", goal_text, origin=self.origin)
            method_tools.link_cards(store, goal.id, main.id)
            for text in indicators:
                indicator = method_tools.add_card(store, sheet.id, "indicators", text, origin=self.origin)
                method_tools.link_cards(store, indicator.id, goal.id)
        return sheet, Delete(Kind.IMPACT_CANVAS, (sheet.id,))


@dataclass(frozen=True)
class LinkCards(Operation[CanvasLinkView]):
    """``from_card_id`` serves ``to_card_id`` (the column just before it)."""

    from_card_id: uuid.UUID
    to_card_id: uuid.UUID

    def apply(self, store: ProgrammeStore) -> tuple[CanvasLinkView, Operation[Any]]:
        link = method_tools.link_cards(store, self.from_card_id, self.to_card_id)
        return link, Delete(Kind.CANVAS_LINK, (link.id,))


@dataclass(frozen=True)
class MarkLifecycle(Operation[LifecycleMarkView]):
    """Where the group (no participant) or one participant places the collaboration today."""

    workshop_id: uuid.UUID
    lifecycle_key: str
    stage_key: str
    marked_on: date
    participant_id: uuid.UUID | None = None
    comment: str = ""

    def apply(self, store: ProgrammeStore) -> tuple[LifecycleMarkView, Operation[Any]]:
        mark = method_tools.add_lifecycle_mark(
            store,
            self.workshop_id,
            self.lifecycle_key,
            self.stage_key,
            self.marked_on,
            participant_id=self.participant_id,
            comment=self.comment,
        )
        return mark, Delete(Kind.LIFECYCLE_MARK, (mark.id,))


@dataclass(frozen=True)
class DecideHybrid(Operation[tuple[DecisionView, HybridChoiceView]]):
    """A decision of the workshop that records the hybrid model chosen: which models A–D it combines, why."""

    workshop_id: uuid.UUID
    text: str
    models: Sequence[str]
    reason: str = ""

    def apply(self, store: ProgrammeStore) -> tuple[tuple[DecisionView, HybridChoiceView], Operation[Any]]:
        decision = workshops.add_decision(store, self.workshop_id, self.text)
        choice = method_tools.record_hybrid(store, decision.id, list(self.models), self.reason)
        return (decision, choice), Delete(Kind.DECISION, (decision.id,))
