"""The action plan: what, who, by when, status; made by hand or from a decision, a note or a pro/con."""

import uuid
from collections.abc import Iterable, Mapping
from datetime import date
from functools import partial
from typing import Any

from sqlmodel import Session, col, select

from workshop_app.domain.enums import ActionStatus
from workshop_app.domain.models import (
    Action,
    ActionView,
    Board,
    Decision,
    Note,
    Participant,
    ProCon,
    Workshop,
)
from workshop_app.domain.types import utcnow
from workshop_app.services import validation as check
from workshop_app.services.common import Rule, apply_changes, fetch, view
from workshop_app.storage.store import ProgrammeStore

OPEN_STATUSES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


def _rules(session: Session) -> dict[str, Rule]:
    def owner_id(value: Any) -> uuid.UUID | None:
        return None if value is None else fetch(session, Participant, value).id

    return {
        "what": partial(check.text, field="what", required=True, limit=check.NOTE_MAX, multiline=True),
        "why": partial(check.text, field="why", limit=check.TEXT_MAX, multiline=True),
        "owner": partial(check.text, field="owner"),
        "owner_id": owner_id,
        "partners": partial(check.text, field="partners", limit=check.NOTE_MAX),
        "due_date": partial(check.optional_date, field="due_date"),
        "status": lambda value: check.choice(value, ActionStatus, field="status").value,
        "priority": partial(check.integer, field="priority", low=1, high=3),
        "phase": lambda value: None if value is None else check.phase(value),
        "plan_year": lambda value: None if value is None else check.year(value, field="plan_year"),
        "plan_quarter": partial(check.optional_integer, field="plan_quarter", low=1, high=4),
        "done_date": partial(check.optional_date, field="done_date"),
    }


def _settle_done_date(action: Action) -> None:
    """A done action carries the day it was done; reopening it clears that day."""
    if action.status == ActionStatus.DONE and action.done_date is None:
        action.done_date = utcnow().date()
    elif action.status != ActionStatus.DONE:
        action.done_date = None


def _origin_rules(session: Session) -> dict[str, Rule]:
    """Where an action came from can be given when it is made, never changed afterwards."""

    def existing(model: type[Workshop] | type[Board] | type[Note]) -> Rule:
        return lambda value: None if value is None else fetch(session, model, value).id

    return {"workshop_id": existing(Workshop), "board_id": existing(Board), "note_id": existing(Note)}


def create_action(store: ProgrammeStore, what: str, **fields: Any) -> ActionView:
    """A new action; ``fields`` are any editable column (owner, due_date, status, ...) or its origin."""
    with store.transaction() as session:
        action = Action(programme_id=store.programme_id, what="")
        apply_changes(action, {"what": what, **fields}, {**_rules(session), **_origin_rules(session)})
        _settle_done_date(action)
        session.add(action)
        session.flush()
        return view(ActionView, action)


def update_action(store: ProgrammeStore, action_id: uuid.UUID, changes: Mapping[str, Any]) -> dict[str, Any]:
    """Change an action; returns the previous values of every column that changed (for undo)."""
    with store.transaction() as session:
        action = fetch(session, Action, action_id)
        before_done = action.done_date
        previous = apply_changes(action, changes, _rules(session))
        _settle_done_date(action)
        if action.done_date != before_done and "done_date" not in previous:
            previous["done_date"] = before_done
        return previous


def delete_action(store: ProgrammeStore, action_id: uuid.UUID) -> ActionView:
    with store.transaction() as session:
        action = fetch(session, Action, action_id)
        removed = view(ActionView, action)
        session.delete(action)
        return removed


def get_action(store: ProgrammeStore, action_id: uuid.UUID) -> ActionView:
    with store.reading() as session:
        return view(ActionView, fetch(session, Action, action_id))


def get_actions(store: ProgrammeStore, ids: Iterable[uuid.UUID]) -> list[ActionView]:
    """The actions among ``ids`` that are still in the file, in one query (a change set names a few ids: the
    window re-reads just those instead of the whole plan). Missing ids are simply left out."""
    wanted = list(ids)
    if not wanted:
        return []
    with store.reading() as session:
        query = select(Action).where(Action.programme_id == store.programme_id, col(Action.id).in_(wanted))
        return [view(ActionView, row) for row in session.exec(query).all()]


def actions_of_workshop(store: ProgrammeStore, workshop_id: uuid.UUID) -> list[ActionView]:
    """The actions that came from one workshop (its decisions show which are already in the plan)."""
    with store.reading() as session:
        query = select(Action).where(Action.programme_id == store.programme_id, Action.workshop_id == workshop_id)
        return [view(ActionView, row) for row in session.exec(query).all()]


def list_actions(
    store: ProgrammeStore,
    *,
    status: str | None = None,
    overdue_on: date | None = None,
    phase: int | None = None,
    plan_year: int | None = None,
) -> list[ActionView]:
    """Actions, optionally filtered; ordered by due date (undated last), then priority."""
    with store.reading() as session:
        query = select(Action).where(Action.programme_id == store.programme_id)
        if status is not None:
            query = query.where(Action.status == check.choice(status, ActionStatus, field="status").value)
        if overdue_on is not None:
            query = query.where(col(Action.status).in_(OPEN_STATUSES), col(Action.due_date) < overdue_on)
        if phase is not None:
            query = query.where(Action.phase == phase)
        if plan_year is not None:
            query = query.where(Action.plan_year == plan_year)
        query = query.order_by(col(Action.due_date).is_(None), col(Action.due_date), col(Action.priority))
        return [view(ActionView, row) for row in session.exec(query).all()]


def _from_origin(
    store: ProgrammeStore,
    text: str,
    workshop_id: uuid.UUID,
    board_id: uuid.UUID | None,
    note_id: uuid.UUID | None,
    session: Session,
) -> ActionView:
    workshop = fetch(session, Workshop, workshop_id)
    if len(text) > check.NOTE_MAX:  # a decision may be longer than an action; the workshop keeps the whole text
        text = text[: check.NOTE_MAX - 1].rstrip() + "…"
    action = Action(
        programme_id=store.programme_id,
        what=check.text(text, field="what", required=True, limit=check.NOTE_MAX, multiline=True),
        phase=workshop.phase,
        workshop_id=workshop_id,
        board_id=board_id,
        note_id=note_id,
        plan_year=(workshop.date or utcnow().date()).year,
    )
    session.add(action)
    session.flush()
    return view(ActionView, action)


def action_from_decision(store: ProgrammeStore, decision_id: uuid.UUID) -> ActionView:
    """An action worded as a workshop's decision, remembering that workshop."""
    with store.transaction() as session:
        decision = fetch(session, Decision, decision_id)
        return _from_origin(store, decision.text, decision.workshop_id, None, None, session)


def action_from_note(store: ProgrammeStore, note_id: uuid.UUID) -> ActionView:
    """An action worded as a board note, remembering the note, its board and workshop."""
    with store.transaction() as session:
        note = fetch(session, Note, note_id)
        board = fetch(session, Board, note.board_id)
        return _from_origin(store, note.text, board.workshop_id, board.id, note.id, session)


def action_from_pro_con(store: ProgrammeStore, pro_con_id: uuid.UUID) -> ActionView:
    with store.transaction() as session:
        item = fetch(session, ProCon, pro_con_id)
        board = fetch(session, Board, item.board_id)
        return _from_origin(store, item.text, board.workshop_id, board.id, item.note_id, session)


def notes_with_actions(store: ProgrammeStore, board_id: uuid.UUID) -> set[uuid.UUID]:
    """Which notes of a board already have an action (the board marks them)."""
    with store.reading() as session:
        rows = session.exec(
            select(Action.note_id).where(Action.board_id == board_id, col(Action.note_id).is_not(None))
        ).all()
        return {note_id for note_id in rows if note_id is not None}
