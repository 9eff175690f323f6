"""Workshops with their agenda, attendance, minutes per agenda item and decisions."""

import uuid
from collections.abc import Iterable, Mapping
from datetime import date, time
from functools import partial
from typing import Any

from sqlmodel import Session, col, func, select

from workshop_app.domain.enums import AttendanceStatus
from workshop_app.domain.models import (
    AgendaItem,
    AgendaItemView,
    Attendance,
    AttendanceView,
    Decision,
    DecisionView,
    Participant,
    Workshop,
    WorkshopView,
)
from workshop_app.services import validation as check
from workshop_app.services.common import Rule, apply_changes, fetch, move_in_order, view
from workshop_app.storage.store import ProgrammeStore

WORKSHOP_RULES: dict[str, Rule] = {
    "title": partial(check.text, field="title", required=True),
    "phase": check.phase,
    "date": partial(check.optional_date, field="date"),
    "start_time": partial(check.optional_time, field="start_time"),
    "end_time": partial(check.optional_time, field="end_time"),
    "place": partial(check.text, field="place"),
    "facilitator": partial(check.text, field="facilitator"),
    "purpose": partial(check.text, field="purpose", limit=check.TEXT_MAX, multiline=True),
}

AGENDA_RULES: dict[str, Rule] = {
    "title": partial(check.text, field="title", required=True),
    "planned_minutes": partial(check.integer, field="planned_minutes", low=0, high=24 * 60),
    "minutes_text": partial(check.text, field="minutes_text", limit=check.TEXT_MAX, multiline=True),
    "activity_key": partial(check.text, field="activity_key"),
}

DECISION_RULES: dict[str, Rule] = {
    "text": partial(check.text, field="text", required=True, limit=check.TEXT_MAX, multiline=True)
}


# --- workshops -----------------------------------------------------------------------------------------------


def create_workshop(
    store: ProgrammeStore,
    title: str,
    phase: int,
    *,
    held_on: date | None = None,
    start_time: time | None = None,
    end_time: time | None = None,
    place: str = "",
    facilitator: str = "",
    purpose: str = "",
) -> WorkshopView:
    fields = {
        "title": title,
        "phase": phase,
        "date": held_on,
        "start_time": start_time,
        "end_time": end_time,
        "place": place,
        "facilitator": facilitator,
        "purpose": purpose,
    }
    cleaned = {name: WORKSHOP_RULES[name](value) for name, value in fields.items()}
    check.time_span(cleaned["start_time"], cleaned["end_time"])
    workshop = Workshop(programme_id=store.programme_id, **cleaned)
    with store.transaction() as session:
        session.add(workshop)
        session.flush()
        return view(WorkshopView, workshop)


def update_workshop(store: ProgrammeStore, workshop_id: uuid.UUID, changes: Mapping[str, Any]) -> dict[str, Any]:
    with store.transaction() as session:
        workshop = fetch(session, Workshop, workshop_id)
        previous = apply_changes(workshop, changes, WORKSHOP_RULES)
        check.time_span(workshop.start_time, workshop.end_time)
        return previous


def delete_workshop(store: ProgrammeStore, workshop_id: uuid.UUID) -> None:
    """Delete a workshop with its agenda, attendance, decisions and boards; actions keep, unlinked."""
    with store.transaction() as session:
        session.delete(fetch(session, Workshop, workshop_id))


def get_workshop(store: ProgrammeStore, workshop_id: uuid.UUID) -> WorkshopView:
    with store.reading() as session:
        return view(WorkshopView, fetch(session, Workshop, workshop_id))


def get_workshops(store: ProgrammeStore, ids: Iterable[uuid.UUID]) -> list[WorkshopView]:
    """The workshops among ``ids`` still in the file, in one query (for views that re-read what changed)."""
    wanted = list(ids)
    if not wanted:
        return []
    with store.reading() as session:
        query = select(Workshop).where(Workshop.programme_id == store.programme_id, col(Workshop.id).in_(wanted))
        return [view(WorkshopView, row) for row in session.exec(query).all()]


def list_workshops(store: ProgrammeStore) -> list[WorkshopView]:
    """Workshops by date (undated last), then title."""
    with store.reading() as session:
        rows = session.exec(
            select(Workshop)
            .where(Workshop.programme_id == store.programme_id)
            .order_by(col(Workshop.date).is_(None), col(Workshop.date), col(Workshop.title))
        ).all()
        return [view(WorkshopView, row) for row in rows]


# --- agenda --------------------------------------------------------------------------------------------------


def _agenda(session: Session, workshop_id: uuid.UUID) -> list[AgendaItem]:
    return list(
        session.exec(
            select(AgendaItem).where(AgendaItem.workshop_id == workshop_id).order_by(col(AgendaItem.position))
        ).all()
    )


def add_agenda_item(
    store: ProgrammeStore,
    workshop_id: uuid.UUID,
    title: str,
    *,
    planned_minutes: int = 0,
    minutes_text: str = "",
    activity_key: str = "",
    index: int | None = None,
) -> AgendaItemView:
    """Append an item (or insert it at ``index``)."""
    fields = {
        name: AGENDA_RULES[name](value)
        for name, value in {
            "title": title,
            "planned_minutes": planned_minutes,
            "minutes_text": minutes_text,
            "activity_key": activity_key,
        }.items()
    }
    with store.transaction() as session:
        fetch(session, Workshop, workshop_id)
        items = _agenda(session, workshop_id)
        item = AgendaItem(workshop_id=workshop_id, position=len(items), **fields)
        session.add(item)
        session.flush()
        if index is not None:
            move_in_order(session, [*items, item], item.id, index)
        return view(AgendaItemView, item)


def update_agenda_item(store: ProgrammeStore, item_id: uuid.UUID, changes: Mapping[str, Any]) -> dict[str, Any]:
    with store.transaction() as session:
        return apply_changes(fetch(session, AgendaItem, item_id), changes, AGENDA_RULES)


def move_agenda_item(store: ProgrammeStore, item_id: uuid.UUID, new_index: int) -> int:
    """Reorder; returns the old index (for undo)."""
    with store.transaction() as session:
        item = fetch(session, AgendaItem, item_id)
        return move_in_order(session, _agenda(session, item.workshop_id), item_id, new_index)


def delete_agenda_item(store: ProgrammeStore, item_id: uuid.UUID) -> AgendaItemView:
    with store.transaction() as session:
        item = fetch(session, AgendaItem, item_id)
        removed = view(AgendaItemView, item)
        session.delete(item)
        session.flush()
        for position, sibling in enumerate(_agenda(session, removed.workshop_id)):
            sibling.position = position
        return removed


def list_agenda(store: ProgrammeStore, workshop_id: uuid.UUID) -> list[AgendaItemView]:
    with store.reading() as session:
        return [view(AgendaItemView, item) for item in _agenda(session, workshop_id)]


def activity_uses(store: ProgrammeStore) -> dict[str, list[WorkshopView]]:
    """For each method activity on some agenda, the workshops that have it (in the workshops' order), read in
    one query: a phase page shows this under every activity card."""
    with store.reading() as session:
        rows = session.exec(
            select(AgendaItem.activity_key, Workshop)
            .join(Workshop, col(AgendaItem.workshop_id) == col(Workshop.id))
            .where(Workshop.programme_id == store.programme_id, AgendaItem.activity_key != "")
            .order_by(col(Workshop.date).is_(None), col(Workshop.date), col(Workshop.title), col(AgendaItem.position))
        ).all()
        uses: dict[str, list[WorkshopView]] = {}
        for key, workshop in rows:
            places = uses.setdefault(key, [])
            if all(place.id != workshop.id for place in places):
                places.append(view(WorkshopView, workshop))
        return uses


def agenda_minutes(store: ProgrammeStore, workshop_id: uuid.UUID) -> int:
    with store.reading() as session:
        total = session.exec(
            select(func.coalesce(func.sum(AgendaItem.planned_minutes), 0)).where(AgendaItem.workshop_id == workshop_id)
        ).one()
        return int(total)


# --- attendance ----------------------------------------------------------------------------------------------


def set_attendance(
    store: ProgrammeStore, workshop_id: uuid.UUID, participant_id: uuid.UUID, status: str | None
) -> str | None:
    """Record a person as present, sending apologies or absent; ``None`` removes them. Returns the old status."""
    new_status = None if status is None else check.choice(status, AttendanceStatus, field="status").value
    with store.transaction() as session:
        fetch(session, Workshop, workshop_id)
        fetch(session, Participant, participant_id)
        row = session.exec(
            select(Attendance).where(Attendance.workshop_id == workshop_id, Attendance.participant_id == participant_id)
        ).first()
        old_status = row.status if row else None
        if new_status is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(Attendance(workshop_id=workshop_id, participant_id=participant_id, status=new_status))
        else:
            row.status = new_status
        return old_status


def list_attendance(store: ProgrammeStore, workshop_id: uuid.UUID) -> list[AttendanceView]:
    with store.reading() as session:
        rows = session.exec(select(Attendance).where(Attendance.workshop_id == workshop_id)).all()
        return [view(AttendanceView, row) for row in rows]


# --- decisions -----------------------------------------------------------------------------------------------


def _decisions(session: Session, workshop_id: uuid.UUID) -> list[Decision]:
    return list(
        session.exec(select(Decision).where(Decision.workshop_id == workshop_id).order_by(col(Decision.position))).all()
    )


def add_decision(store: ProgrammeStore, workshop_id: uuid.UUID, text: str) -> DecisionView:
    cleaned = DECISION_RULES["text"](text)
    with store.transaction() as session:
        fetch(session, Workshop, workshop_id)
        decision = Decision(workshop_id=workshop_id, position=len(_decisions(session, workshop_id)), text=cleaned)
        session.add(decision)
        session.flush()
        return view(DecisionView, decision)


def update_decision(store: ProgrammeStore, decision_id: uuid.UUID, changes: Mapping[str, Any]) -> dict[str, Any]:
    with store.transaction() as session:
        return apply_changes(fetch(session, Decision, decision_id), changes, DECISION_RULES)


def move_decision(store: ProgrammeStore, decision_id: uuid.UUID, new_index: int) -> int:
    with store.transaction() as session:
        decision = fetch(session, Decision, decision_id)
        return move_in_order(session, _decisions(session, decision.workshop_id), decision_id, new_index)


def delete_decision(store: ProgrammeStore, decision_id: uuid.UUID) -> DecisionView:
    with store.transaction() as session:
        decision = fetch(session, Decision, decision_id)
        removed = view(DecisionView, decision)
        session.delete(decision)
        session.flush()
        for position, sibling in enumerate(_decisions(session, removed.workshop_id)):
            sibling.position = position
        return removed


def list_decisions(store: ProgrammeStore, workshop_id: uuid.UUID) -> list[DecisionView]:
    with store.reading() as session:
        return [view(DecisionView, row) for row in _decisions(session, workshop_id)]
