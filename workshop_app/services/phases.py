"""The state of the five phases, the method-task checklist and the dated success-criteria ratings."""

from collections.abc import Mapping
from datetime import date
from functools import partial
from typing import Any

from sqlmodel import col, select

from workshop_app.domain.enums import PhaseStatus
from workshop_app.domain.models import (
    CriterionRating,
    CriterionRatingView,
    PhaseState,
    PhaseStateView,
    TaskCheck,
    TaskCheckView,
)
from workshop_app.domain.types import utcnow
from workshop_app.errors import QT_TRANSLATE_NOOP, ValidationError
from workshop_app.services import validation as check
from workshop_app.services.common import Rule, apply_changes, fetch, view
from workshop_app.services.programme import catalogue_of
from workshop_app.storage.store import ProgrammeStore

PHASE_RULES: dict[str, Rule] = {
    "status": lambda value: check.choice(value, PhaseStatus, field="status").value,
    "started_on": partial(check.optional_date, field="started_on"),
    "completed_on": partial(check.optional_date, field="completed_on"),
    "notes": partial(check.text, field="notes", limit=check.TEXT_MAX, multiline=True),
}

TASK_RULES: dict[str, Rule] = {
    "done": lambda value: _boolean(value, "done"),
    "owner": partial(check.text, field="owner"),
    "note": partial(check.text, field="note", limit=check.TEXT_MAX, multiline=True),
}


def _boolean(value: Any, field: str) -> bool:
    if not isinstance(value, bool):
        return bool(check.integer(value, field=field, low=0, high=1))
    return value


def list_phase_states(store: ProgrammeStore) -> list[PhaseStateView]:
    with store.reading() as session:
        rows = session.exec(
            select(PhaseState).where(PhaseState.programme_id == store.programme_id).order_by(col(PhaseState.phase))
        ).all()
        return [view(PhaseStateView, row) for row in rows]


def update_phase(store: ProgrammeStore, phase: int, changes: Mapping[str, Any]) -> dict[str, Any]:
    """Change a phase's status, dates or notes; returns the previous values."""
    number = check.phase(phase)
    with store.transaction() as session:
        state = session.exec(
            select(PhaseState).where(PhaseState.programme_id == store.programme_id, PhaseState.phase == number)
        ).one()
        previous = apply_changes(state, changes, PHASE_RULES)
        if state.started_on and state.completed_on and state.completed_on < state.started_on:
            raise ValidationError(
                QT_TRANSLATE_NOOP("WorkshopErrors", "A phase cannot be completed before it started."),
                field="completed_on",
            )
        return previous


def list_task_checks(store: ProgrammeStore) -> dict[str, TaskCheckView]:
    with store.reading() as session:
        rows = session.exec(select(TaskCheck).where(TaskCheck.programme_id == store.programme_id)).all()
        return {row.task_key: view(TaskCheckView, row) for row in rows}


def update_task(store: ProgrammeStore, task_key: str, changes: Mapping[str, Any]) -> dict[str, Any]:
    """Tick, assign or annotate a method task (made on first use); returns the previous values."""
    catalogue = catalogue_of(store)
    known = [task.key for phase in catalogue.phases for task in phase.tasks]
    key = check.key(task_key, known, field="task_key")
    with store.transaction() as session:
        row = session.exec(
            select(TaskCheck).where(TaskCheck.programme_id == store.programme_id, TaskCheck.task_key == key)
        ).first()
        if row is None:
            row = TaskCheck(programme_id=store.programme_id, task_key=key)
            session.add(row)
        return apply_changes(row, changes, TASK_RULES)


def rate_criterion(
    store: ProgrammeStore, criterion_key: str, score: int, *, comment: str = "", rated_on: date | None = None
) -> CriterionRatingView:
    """Add a dated rating; earlier ratings stay, so progress over time shows."""
    catalogue = catalogue_of(store)
    known = [criterion.key for phase in catalogue.phases for criterion in phase.criteria]
    rating = CriterionRating(
        programme_id=store.programme_id,
        criterion_key=check.key(criterion_key, known, field="criterion_key"),
        score=check.integer(score, field="score", low=1, high=5),
        comment=check.text(comment, field="comment", limit=check.TEXT_MAX, multiline=True),
        rated_on=check.optional_date(rated_on, field="rated_on") or utcnow().date(),
    )
    with store.transaction() as session:
        session.add(rating)
        session.flush()
        return view(CriterionRatingView, rating)


def delete_rating(store: ProgrammeStore, rating_id: Any) -> CriterionRatingView:
    with store.transaction() as session:
        rating = fetch(session, CriterionRating, rating_id)
        removed = view(CriterionRatingView, rating)
        session.delete(rating)
        return removed


def list_ratings(store: ProgrammeStore, criterion_key: str | None = None) -> list[CriterionRatingView]:
    """Ratings oldest first (by date, then by when they were entered)."""
    with store.reading() as session:
        query = select(CriterionRating).where(CriterionRating.programme_id == store.programme_id)
        if criterion_key is not None:
            query = query.where(CriterionRating.criterion_key == criterion_key)
        query = query.order_by(col(CriterionRating.rated_on), col(CriterionRating.created_at))
        return [view(CriterionRatingView, row) for row in session.exec(query).all()]
