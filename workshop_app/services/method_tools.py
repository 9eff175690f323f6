"""The method's tools in a programme file: impact canvases (cards in four columns, links across them),
lifecycle diagnoses (dated marks by the group or one participant) and the hybrid model a decision records.

Each function is one checked write or read, joining the caller's transaction (an operation's) when there is
one. Texts of the method (columns, lifecycle stages, hybrid models) come from the programme's catalogue, or
today's for a programme made before the tools.
"""

import uuid
from datetime import date
from functools import partial

from sqlmodel import col, select

from workshop_app.catalogue import default_catalogue
from workshop_app.catalogue.tools import CANVAS_COLUMNS, MethodTools
from workshop_app.domain.method_tools import (
    CanvasCard,
    CanvasCardView,
    CanvasLink,
    CanvasLinkView,
    HybridChoice,
    HybridChoiceView,
    ImpactCanvas,
    ImpactCanvasView,
    LifecycleMark,
    LifecycleMarkView,
)
from workshop_app.domain.models import Decision, Participant, Workshop
from workshop_app.errors import QT_TRANSLATE_NOOP, ValidationError
from workshop_app.services import validation as check
from workshop_app.services.common import fetch, view
from workshop_app.services.programme import catalogue_of, programme_language
from workshop_app.storage.store import ProgrammeStore

ORIGINS = ("group", "method")
_title = partial(check.text, field="title", required=True)
_card_text = partial(check.text, field="text", limit=check.NOTE_MAX, required=True, multiline=True)
_comment = partial(check.text, field="comment", limit=check.NOTE_MAX, multiline=True)
_reason = partial(check.text, field="reason", limit=check.TEXT_MAX, multiline=True)


def tools_of(store: ProgrammeStore) -> MethodTools:
    """The tools of the programme's catalogue, or of today's for a programme made before they existed."""
    tools = catalogue_of(store).tools or default_catalogue().tools
    assert tools is not None  # the shipped catalogue has them (its tests say so)
    return tools


# --- impact canvas ---------------------------------------------------------------------------------------


def create_canvas(store: ProgrammeStore, workshop_id: uuid.UUID, title: str) -> ImpactCanvasView:
    cleaned = _title(title)
    with store.transaction() as session:
        fetch(session, Workshop, workshop_id)
        canvas = ImpactCanvas(workshop_id=workshop_id, title=cleaned)
        session.add(canvas)
        session.flush()
        return view(ImpactCanvasView, canvas)


def delete_canvas(store: ProgrammeStore, canvas_id: uuid.UUID) -> None:
    with store.transaction() as session:
        session.delete(fetch(session, ImpactCanvas, canvas_id))


def list_canvases(store: ProgrammeStore, workshop_id: uuid.UUID | None = None) -> list[ImpactCanvasView]:
    with store.reading() as session:
        query = select(ImpactCanvas).order_by(col(ImpactCanvas.created_at), col(ImpactCanvas.title))
        if workshop_id is not None:
            query = query.where(ImpactCanvas.workshop_id == workshop_id)
        return [view(ImpactCanvasView, canvas) for canvas in session.exec(query).all()]


def add_card(
    store: ProgrammeStore,
    canvas_id: uuid.UUID,
    column: str,
    text: str,
    *,
    origin: str = "group",
    participant_id: uuid.UUID | None = None,
) -> CanvasCardView:
    """A card at the end of ``column``; ``origin`` ``method`` for a starting pick of the method."""
    column = check.key(column, CANVAS_COLUMNS, field="column")
    origin = check.key(origin, ORIGINS, field="origin")
    cleaned = _card_text(text)
    with store.transaction() as session:
        fetch(session, ImpactCanvas, canvas_id)
        if participant_id is not None:
            fetch(session, Participant, participant_id)
        siblings = session.exec(
            select(CanvasCard).where(CanvasCard.canvas_id == canvas_id, CanvasCard.column == column)
        ).all()
        card = CanvasCard(
            canvas_id=canvas_id,
            column=column,
            position=len(siblings),
            text=cleaned,
            origin=origin,
            participant_id=participant_id,
        )
        session.add(card)
        session.flush()
        return view(CanvasCardView, card)


def delete_card(store: ProgrammeStore, card_id: uuid.UUID) -> None:
    """Delete a card (its links go with it) and close the gap in its column's order."""
    with store.transaction() as session:
        card = fetch(session, CanvasCard, card_id)
        canvas_id, column = card.canvas_id, card.column
        session.delete(card)
        session.flush()
        rest = session.exec(
            select(CanvasCard)
            .where(CanvasCard.canvas_id == canvas_id, CanvasCard.column == column)
            .order_by(col(CanvasCard.position))
        ).all()
        for position, sibling in enumerate(rest):
            sibling.position = position


def list_cards(store: ProgrammeStore, canvas_id: uuid.UUID) -> list[CanvasCardView]:
    """The canvas's cards, column by column (in backwards-design order), each column in its order."""
    with store.reading() as session:
        cards = session.exec(select(CanvasCard).where(CanvasCard.canvas_id == canvas_id)).all()
        ordered = sorted(cards, key=lambda card: (CANVAS_COLUMNS.index(card.column), card.position))
        return [view(CanvasCardView, card) for card in ordered]


def link_cards(store: ProgrammeStore, from_card_id: uuid.UUID, to_card_id: uuid.UUID) -> CanvasLinkView:
    """``from`` serves ``to``: a card of the column right after ``to``'s (a result serves an impact, an
    activity produces a result, a resource enables an activity), on the same canvas."""
    with store.transaction() as session:
        source = fetch(session, CanvasCard, from_card_id)
        target = fetch(session, CanvasCard, to_card_id)
        if source.canvas_id != target.canvas_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("WorkshopErrors", "Only cards on the same canvas can be linked."), field="to_card_id"
            )
        if CANVAS_COLUMNS.index(source.column) != CANVAS_COLUMNS.index(target.column) + 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP("WorkshopErrors", "A card can only serve a card in the column just before its own."),
                field="to_card_id",
            )
        existing = session.exec(
            select(CanvasLink).where(CanvasLink.from_card_id == from_card_id, CanvasLink.to_card_id == to_card_id)
        ).first()
        if existing is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("WorkshopErrors", "These cards are already linked."), field="to_card_id"
            )
        link = CanvasLink(canvas_id=source.canvas_id, from_card_id=from_card_id, to_card_id=to_card_id)
        session.add(link)
        session.flush()
        return view(CanvasLinkView, link)


def unlink(store: ProgrammeStore, link_id: uuid.UUID) -> None:
    with store.transaction() as session:
        session.delete(fetch(session, CanvasLink, link_id))


def list_links(store: ProgrammeStore, canvas_id: uuid.UUID) -> list[CanvasLinkView]:
    with store.reading() as session:
        links = session.exec(
            select(CanvasLink).where(CanvasLink.canvas_id == canvas_id).order_by(col(CanvasLink.created_at))
        ).all()
        return [view(CanvasLinkView, link) for link in links]


# --- lifecycle diagnosis ---------------------------------------------------------------------------------


def add_lifecycle_mark(
    store: ProgrammeStore,
    workshop_id: uuid.UUID,
    lifecycle_key: str,
    stage_key: str,
    marked_on: date,
    *,
    participant_id: uuid.UUID | None = None,
    comment: str = "",
) -> LifecycleMarkView:
    """ "Where are we now" on a lifecycle curve, by the group (no participant) or one participant."""
    tools = tools_of(store)
    lifecycle_key = check.key(lifecycle_key, [lc.key for lc in tools.lifecycles], field="lifecycle_key")
    lifecycle = tools.lifecycle(lifecycle_key)
    assert lifecycle is not None
    stage_key = check.key(stage_key, [stage.key for stage in lifecycle.stages], field="stage_key")
    day = check.required_date(marked_on, field="marked_on")
    cleaned = _comment(comment)
    with store.transaction() as session:
        fetch(session, Workshop, workshop_id)
        if participant_id is not None:
            fetch(session, Participant, participant_id)
        mark = LifecycleMark(
            workshop_id=workshop_id,
            lifecycle_key=lifecycle_key,
            stage_key=stage_key,
            marked_on=day,
            participant_id=participant_id,
            comment=cleaned,
        )
        session.add(mark)
        session.flush()
        return view(LifecycleMarkView, mark)


def delete_lifecycle_mark(store: ProgrammeStore, mark_id: uuid.UUID) -> None:
    with store.transaction() as session:
        session.delete(fetch(session, LifecycleMark, mark_id))


def list_lifecycle_marks(
    store: ProgrammeStore, *, workshop_id: uuid.UUID | None = None, lifecycle_key: str | None = None
) -> list[LifecycleMarkView]:
    """Marks by date (then when they were made): the programme's path over time, or one workshop's."""
    with store.reading() as session:
        query = select(LifecycleMark).order_by(col(LifecycleMark.marked_on), col(LifecycleMark.created_at))
        if workshop_id is not None:
            query = query.where(LifecycleMark.workshop_id == workshop_id)
        if lifecycle_key is not None:
            query = query.where(LifecycleMark.lifecycle_key == lifecycle_key)
        return [view(LifecycleMarkView, mark) for mark in session.exec(query).all()]


def group_path(store: ProgrammeStore, lifecycle_key: str) -> list[tuple[date, str]]:
    """The group's marks on one curve over time, as (date, stage key): how the programme moved."""
    marks = list_lifecycle_marks(store, lifecycle_key=lifecycle_key)
    return [(mark.marked_on, mark.stage_key) for mark in marks if mark.participant_id is None]


# --- hybrid models ---------------------------------------------------------------------------------------


def record_hybrid(
    store: ProgrammeStore, decision_id: uuid.UUID, models: list[str], reason: str = ""
) -> HybridChoiceView:
    """Which hybrid models (A–D) the decision combines, and why; one per decision."""
    known = [model.key for model in tools_of(store).hybrid_models]
    letters = [check.key(letter, known, field="models") for letter in models]
    if not letters or len(set(letters)) != len(letters):
        raise ValidationError(
            QT_TRANSLATE_NOOP("WorkshopErrors", "Choose one or more of the hybrid models, each once."), field="models"
        )
    cleaned = _reason(reason)
    with store.transaction() as session:
        fetch(session, Decision, decision_id)
        if session.exec(select(HybridChoice).where(HybridChoice.decision_id == decision_id)).first() is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("WorkshopErrors", "This decision already records a hybrid model."),
                field="decision_id",
            )
        choice = HybridChoice(decision_id=decision_id, models=",".join(sorted(letters)), reason=cleaned)
        session.add(choice)
        session.flush()
        return view(HybridChoiceView, choice)


def delete_hybrid(store: ProgrammeStore, choice_id: uuid.UUID) -> None:
    with store.transaction() as session:
        session.delete(fetch(session, HybridChoice, choice_id))


def list_hybrids(store: ProgrammeStore, workshop_id: uuid.UUID | None = None) -> list[HybridChoiceView]:
    with store.reading() as session:
        query = select(HybridChoice).join(Decision, col(Decision.id) == col(HybridChoice.decision_id))
        if workshop_id is not None:
            query = query.where(Decision.workshop_id == workshop_id)
        return [view(HybridChoiceView, choice) for choice in session.exec(query).all()]


# --- what each workshop holds ----------------------------------------------------------------------------


def tools_by_workshop(store: ProgrammeStore) -> dict[uuid.UUID, dict[str, list[dict[str, object]]]]:
    """Each workshop's canvases, lifecycle diagnoses and hybrid choices, with their titles in the
    programme's language (for ``info --json``, minutes and the report); read in a few queries."""
    tools = tools_of(store)
    language = programme_language(store)
    found: dict[uuid.UUID, dict[str, list[dict[str, object]]]] = {}

    def entry(workshop_id: uuid.UUID) -> dict[str, list[dict[str, object]]]:
        return found.setdefault(workshop_id, {"canvases": [], "lifecycle_marks": [], "hybrids": []})

    with store.reading() as session:
        canvases = session.exec(select(ImpactCanvas).order_by(col(ImpactCanvas.created_at))).all()
        cards = session.exec(select(CanvasCard)).all()
        links = session.exec(select(CanvasLink)).all()
        marks = session.exec(
            select(LifecycleMark).order_by(col(LifecycleMark.marked_on), col(LifecycleMark.created_at))
        ).all()
        hybrids = session.exec(
            select(HybridChoice, Decision).join(Decision, col(Decision.id) == col(HybridChoice.decision_id))
        ).all()
    for canvas in canvases:
        entry(canvas.workshop_id)["canvases"].append(
            {
                "id": str(canvas.id),
                "title": canvas.title,
                "cards": sum(1 for card in cards if card.canvas_id == canvas.id),
                "links": sum(1 for link in links if link.canvas_id == canvas.id),
            }
        )
    for mark in marks:
        lifecycle = tools.lifecycle(mark.lifecycle_key)
        stage = next((s for s in lifecycle.stages if s.key == mark.stage_key), None) if lifecycle else None
        entry(mark.workshop_id)["lifecycle_marks"].append(
            {
                "id": str(mark.id),
                "lifecycle": lifecycle.title.get(language) if lifecycle else mark.lifecycle_key,
                "stage": stage.title.get(language) if stage else mark.stage_key,
                "date": mark.marked_on.isoformat(),
                "by": "group" if mark.participant_id is None else str(mark.participant_id),
            }
        )
    for choice, decision in hybrids:
        entry(decision.workshop_id)["hybrids"].append(
            {"decision_id": str(decision.id), "models": choice.models.split(","), "reason": choice.reason}
        )
    return found
