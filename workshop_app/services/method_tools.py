"""The method's tools in a programme file: impact canvases (cards in four columns, links across them),
phase 4's goal-and-indicator sheets, lifecycle diagnoses (dated marks by the group or one participant) and the
hybrid model a decision records.

A goal-and-indicator sheet (DAMVAD's goal hierarchy) is stored in the canvas tables of file format 7, which
have no kind column: it is a canvas whose cards sit in the columns ``main_goal``, ``sub_goals`` and
``indicators``, each sub-goal linked to the main goal and each indicator to one sub-goal. A sheet always
holds its one main goal (made with it; edited, never deleted alone), so a canvas's kind reads off its cards.

Each function is one checked write or read, joining the caller's transaction (an operation's) when there is
one. Texts of the method (columns, lifecycle stages, hybrid models) come from the programme's catalogue, or
today's for a programme made before the tools.
"""

import uuid
from collections.abc import Mapping
from datetime import date
from functools import partial
from typing import Any

from sqlmodel import Session, col, select

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
from workshop_app.domain.types import utcnow
from workshop_app.errors import QT_TRANSLATE_NOOP, ConflictError, ValidationError
from workshop_app.services import validation as check
from workshop_app.services.common import apply_changes, fetch, move_in_order, view
from workshop_app.services.programme import catalogue_of, programme_language
from workshop_app.storage.store import ProgrammeStore

ORIGINS = ("group", "method")
"""``group``: written in the room (on the laptop, or on a phone: then ``participant_id`` says whose phone);
``method``: a starting pick of the method."""
IMPACT = "impact"
GOAL_SHEET = "goal_sheet"
SHEET_COLUMNS = ("main_goal", "sub_goals", "indicators")  # the goal hierarchy, top down
MAIN_GOAL = SHEET_COLUMNS[0]
_title = partial(check.text, field="title", required=True)
_card_text = partial(check.text, field="text", limit=check.NOTE_MAX, required=True, multiline=True)
_comment = partial(check.text, field="comment", limit=check.NOTE_MAX, multiline=True)
SheetGoal = tuple[CanvasCardView | None, list[CanvasCardView]]
"""A sub-goal of a goal sheet with its indicators (no sub-goal: indicators that belong to none)."""
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


def list_canvases(
    store: ProgrammeStore, workshop_id: uuid.UUID | None = None, *, kind: str | None = IMPACT
) -> list[ImpactCanvasView]:
    """The canvases of ``kind`` (impact canvases unless asked: ``GOAL_SHEET``, or None for both), oldest first."""
    with store.reading() as session:
        query = select(ImpactCanvas).order_by(col(ImpactCanvas.created_at), col(ImpactCanvas.title))
        if workshop_id is not None:
            query = query.where(ImpactCanvas.workshop_id == workshop_id)
        found = session.exec(query).all()
        sheets = _sheet_ids(session)
        return [
            view(ImpactCanvasView, canvas)
            for canvas in found
            if kind is None or (canvas.id in sheets) == (kind == GOAL_SHEET)
        ]


def _sheet_ids(session: Session) -> set[uuid.UUID]:
    return set(session.exec(select(CanvasCard.canvas_id).where(CanvasCard.column == MAIN_GOAL)).all())


def _columns(session: Session, canvas_id: uuid.UUID) -> tuple[str, ...]:
    """The columns of the canvas: a goal sheet's when it holds a main goal, the impact canvas's otherwise."""
    main = session.exec(
        select(CanvasCard.id).where(CanvasCard.canvas_id == canvas_id, CanvasCard.column == MAIN_GOAL)
    ).first()
    return SHEET_COLUMNS if main is not None else CANVAS_COLUMNS


def canvas_kind(store: ProgrammeStore, canvas_id: uuid.UUID) -> str:
    """``GOAL_SHEET`` or ``IMPACT``."""
    with store.reading() as session:
        return GOAL_SHEET if _columns(session, canvas_id) == SHEET_COLUMNS else IMPACT


def _column_order(column: str) -> int:
    return CANVAS_COLUMNS.index(column) if column in CANVAS_COLUMNS else SHEET_COLUMNS.index(column)


def _check_column(session: Session, canvas_id: uuid.UUID, column: str) -> str:
    """``column`` if the canvas has it; a sheet's main goal is made with the sheet, so never added or moved to."""
    columns = _columns(session, canvas_id)
    checked = check.key(column, columns, field="column")
    if checked == MAIN_GOAL:
        raise ValidationError(
            QT_TRANSLATE_NOOP("WorkshopErrors", "A goal sheet has one main goal: edit its text instead."),
            field="column",
        )
    return checked


def _column_cards(session: Session, canvas_id: uuid.UUID, column: str) -> list[CanvasCard]:
    return list(
        session.exec(
            select(CanvasCard)
            .where(CanvasCard.canvas_id == canvas_id, CanvasCard.column == column)
            .order_by(col(CanvasCard.position), col(CanvasCard.created_at))
        ).all()
    )


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
    origin = check.key(origin, ORIGINS, field="origin")
    cleaned = _card_text(text)
    with store.transaction() as session:
        fetch(session, ImpactCanvas, canvas_id)
        column = _check_column(session, canvas_id, column)
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
    """Delete a card (its links go with it) and close the gap in its column's order. A sheet's main goal
    stays (the sheet goes with it, or it is edited)."""
    with store.transaction() as session:
        card = fetch(session, CanvasCard, card_id)
        canvas_id, column = card.canvas_id, card.column
        if column == MAIN_GOAL:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "WorkshopErrors", "A goal sheet keeps its main goal: edit its text, or delete the whole sheet."
                ),
                field="column",
            )
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
    """The canvas's cards, column by column (in backwards-design order, or a sheet's from the main goal
    down), each column in its order."""
    with store.reading() as session:
        cards = session.exec(select(CanvasCard).where(CanvasCard.canvas_id == canvas_id)).all()
        ordered = sorted(cards, key=lambda card: (_column_order(card.column), card.position))
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
        columns = _columns(session, source.canvas_id)
        if (
            source.column not in columns
            or target.column not in columns
            or columns.index(source.column) != columns.index(target.column) + 1
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP("WorkshopErrors", "A card can only serve a card in the column just before its own."),
                field="to_card_id",
            )
        if (
            columns == SHEET_COLUMNS
            and session.exec(select(CanvasLink.id).where(CanvasLink.from_card_id == from_card_id)).first() is not None
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "WorkshopErrors", "On a goal sheet each goal or indicator belongs to one goal above it."
                ),
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


def update_card(store: ProgrammeStore, card_id: uuid.UUID, changes: Mapping[str, Any]) -> dict[str, Any]:
    """Change a card's text (the only field edited in place; its column and place change by moving it)."""
    with store.transaction() as session:
        card = fetch(session, CanvasCard, card_id)
        previous = apply_changes(card, changes, {"text": _card_text})
        session.flush()
        return previous


def move_card(store: ProgrammeStore, card_id: uuid.UUID, new_index: int) -> int:
    """Move a card within its column's order; returns its old index."""
    with store.transaction() as session:
        card = fetch(session, CanvasCard, card_id)
        return move_in_order(session, _column_cards(session, card.canvas_id, card.column), card_id, new_index)


def place_card(
    store: ProgrammeStore,
    card_id: uuid.UUID,
    column: str,
    index: int,
    *,
    expected: tuple[str, int] | None = None,
) -> tuple[str, int]:
    """Move a card to ``index`` of ``column`` (its own column or another of the canvas); returns its old
    (column, index). Links must already fit the new column (the operation removes those that do not).
    ``expected``: the (column, index) the person saw; a card moved meanwhile elsewhere is refused."""
    with store.transaction() as session:
        card = fetch(session, CanvasCard, card_id)
        old_column = card.column
        old_siblings = _column_cards(session, card.canvas_id, old_column)
        old_index = [sibling.id for sibling in old_siblings].index(card_id)
        if expected is not None and expected != (old_column, old_index):
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "WorkshopErrors",
                    "This was changed elsewhere meanwhile (on another screen or a phone), so your change "
                    "was not saved. What it holds now is shown.",
                ),
                field="position",
            )
        if column == old_column:
            move_in_order(session, old_siblings, card_id, index)
            return old_column, old_index
        if old_column == MAIN_GOAL:
            raise ValidationError(
                QT_TRANSLATE_NOOP("WorkshopErrors", "A goal sheet has one main goal: edit its text instead."),
                field="column",
            )
        column = _check_column(session, card.canvas_id, column)
        if isinstance(index, bool) or not isinstance(index, int):
            raise ValidationError(
                QT_TRANSLATE_NOOP("WorkshopErrors", "This value must be a whole number."), field="position"
            )
        misfits = links_not_fitting(session, card, column)
        if misfits:
            raise ValidationError(
                QT_TRANSLATE_NOOP("WorkshopErrors", "A card can only serve a card in the column just before its own."),
                field="column",
            )
        rest = [sibling for sibling in old_siblings if sibling.id != card_id]
        new_siblings = _column_cards(session, card.canvas_id, column)
        new_siblings.insert(max(0, min(index, len(new_siblings))), card)
        card.column = column
        card.updated_at = utcnow()
        for siblings in (rest, new_siblings):
            for position, sibling in enumerate(siblings):
                if sibling.position != position or sibling.id == card_id:
                    sibling.position = position
                    sibling.updated_at = utcnow()
        session.flush()
        return old_column, old_index


def links_not_fitting(session: Session, card: CanvasCard, column: str) -> list[uuid.UUID]:
    """The card's links that would no longer join neighbouring columns once it sits in ``column``."""
    columns = _columns(session, card.canvas_id)
    links = session.exec(
        select(CanvasLink).where((CanvasLink.from_card_id == card.id) | (CanvasLink.to_card_id == card.id))
    ).all()
    misfits = []
    for link in links:
        other_id = link.to_card_id if link.from_card_id == card.id else link.from_card_id
        other = session.get(CanvasCard, other_id)
        if other is None or column not in columns or other.column not in columns:
            misfits.append(link.id)
            continue
        source, target = (column, other.column) if link.from_card_id == card.id else (other.column, column)
        if columns.index(source) != columns.index(target) + 1:
            misfits.append(link.id)
    return misfits


def links_broken_by_move(store: ProgrammeStore, card_id: uuid.UUID, column: str) -> list[uuid.UUID]:
    """The links a move of the card to ``column`` would break (none within its own column)."""
    with store.reading() as session:
        card = fetch(session, CanvasCard, card_id)
        return [] if column == card.column else links_not_fitting(session, card, column)


# --- goal-and-indicator sheet ----------------------------------------------------------------------------


def create_goal_sheet(
    store: ProgrammeStore, workshop_id: uuid.UUID, title: str, main_goal: str, *, origin: str = "group"
) -> ImpactCanvasView:
    """A workshop's goal-and-indicator sheet with its main goal (what makes the canvas a sheet)."""
    cleaned = _card_text(main_goal)
    origin = check.key(origin, ORIGINS, field="origin")
    canvas = create_canvas(store, workshop_id, title)
    with store.transaction() as session:
        session.add(CanvasCard(canvas_id=canvas.id, column=MAIN_GOAL, position=0, text=cleaned, origin=origin))
        session.flush()
    return canvas


def starting_sheet(store: ProgrammeStore) -> tuple[str, list[tuple[str, list[str]]]]:
    """The method's starting sheet in the programme's language: (main goal, [(sub-goal, [indicators])])."""
    sheet = tools_of(store).indicator_sheet
    language = programme_language(store)
    return sheet.main_goal.get(language), [
        (goal.goal.get(language), [indicator.get(language) for indicator in goal.indicators])
        for goal in sheet.sub_goals
    ]


def sheet_outline(store: ProgrammeStore, canvas_id: uuid.UUID) -> tuple[CanvasCardView, list[SheetGoal]]:
    """A goal sheet as its hierarchy: the main goal, and each sub-goal (in order) with its indicators (in
    order); indicators linked to no sub-goal (left by a phone, say) come last under a ``None`` goal."""
    cards = list_cards(store, canvas_id)
    links = list_links(store, canvas_id)
    parent = {link.from_card_id: link.to_card_id for link in links}
    main = next((card for card in cards if card.column == MAIN_GOAL), None)
    if main is None:
        raise ValidationError(QT_TRANSLATE_NOOP("WorkshopErrors", "This is not a goal-and-indicator sheet."))
    goals = [card for card in cards if card.column == "sub_goals"]
    indicators = [card for card in cards if card.column == "indicators"]
    outline: list[SheetGoal] = [
        (goal, [card for card in indicators if parent.get(card.id) == goal.id]) for goal in goals
    ]
    known = {goal.id for goal in goals}
    loose = [card for card in indicators if parent.get(card.id) not in known]
    if loose:
        outline.append((None, loose))
    return main, outline


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
    """Each workshop's canvases (impact canvases and goal sheets, told apart by ``kind``), lifecycle
    diagnoses and hybrid choices, with their titles in the
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
    sheets = {card.canvas_id for card in cards if card.column == MAIN_GOAL}
    for canvas in canvases:
        entry(canvas.workshop_id)["canvases"].append(
            {
                "id": str(canvas.id),
                "kind": GOAL_SHEET if canvas.id in sheets else IMPACT,
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
