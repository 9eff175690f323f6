"""Operations on the method's tools: an impact canvas (with the method's starting picks), its cards and
links, a lifecycle mark, and a decision that records a hybrid model. Each is one undo step whose inverse
deletes what it made (a Delete restores it again with the same ids)."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from workshop_app.domain.method_tools import (
    CanvasCardView,
    CanvasLinkView,
    HybridChoiceView,
    ImpactCanvasView,
    LifecycleMarkView,
)
from workshop_app.domain.models import DecisionView
from workshop_app.operations.base import Operation
from workshop_app.operations.changes import Kind
from workshop_app.operations.records import Delete
from workshop_app.services import method_tools, workshops
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
    canvas_id: uuid.UUID
    column: str
    text: str
    origin: str = "group"
    participant_id: uuid.UUID | None = None

    def apply(self, store: ProgrammeStore) -> tuple[CanvasCardView, Operation[Any]]:
        card = method_tools.add_card(
            store, self.canvas_id, self.column, self.text, origin=self.origin, participant_id=self.participant_id
        )
        return card, Delete(Kind.CANVAS_CARD, (card.id,))


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
