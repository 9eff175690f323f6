"""What approved minutes say, kept as of the meeting: the facts captured when the minutes are approved.

Minutes are a record an official files: April's minutes must say in December what they said in April. So
when the minutes are approved (:class:`~workshop_app.operations.records_of_minutes.ApproveMinutes`) the
workshop's facts, agenda and minutes text, attendance with each person's organisation and role of that day,
decisions and the actions decided with their status then are written to the workshop's
``minutes_record.record`` as JSON; the minutes of an approved record are made from it, not from the live
rows. Only erasure reaches into a record: a person erased later is shown as erased (and their data is
removed from the record, see :func:`scrub_person`).
"""

import json
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from sqlmodel import Session, col, select

from workshop_app.domain.models import (
    Action,
    ActionView,
    AgendaItemView,
    AttendanceView,
    DecisionView,
    MinutesRecord,
    MinutesRecordView,
    ParticipantView,
    WorkshopView,
)
from workshop_app.services import participants, workshops
from workshop_app.storage.store import ProgrammeStore

RECORD_VERSION: Final = 1
APPROVAL_FIELDS: Final = ("chair", "minute_taker", "checkers", "distribution", "next_meeting", "approved_on")
"""The fields a person edits on a draft (the approval block of the minutes)."""


@dataclass(frozen=True)
class RecordedFacts:
    """The facts of approved minutes, as the views the minutes are written from."""

    as_of: date
    workshop: WorkshopView
    agenda: list[AgendaItemView]
    attendance: list[AttendanceView]
    people: dict[uuid.UUID, ParticipantView]
    decisions: list[DecisionView]
    actions: list[ActionView]


def capture(store: ProgrammeStore, workshop_id: uuid.UUID, as_of: date) -> str:
    """The JSON of what the minutes of ``workshop_id`` say now (inside the caller's transaction)."""
    attendance = workshops.list_attendance(store, workshop_id)
    present = {row.participant_id for row in attendance}
    people = [person for person in participants.list_participants(store) if person.id in present]
    for action in agreed_actions(store, workshop_id):
        if action.owner_id is not None and action.owner_id not in present:
            people += [p for p in participants.list_participants(store) if p.id == action.owner_id]
    document = {
        "version": RECORD_VERSION,
        "as_of": as_of.isoformat(),
        "workshop": workshops.get_workshop(store, workshop_id).model_dump(mode="json"),
        "agenda": [item.model_dump(mode="json") for item in workshops.list_agenda(store, workshop_id)],
        "attendance": [row.model_dump(mode="json") for row in attendance],
        "people": [_person(person) for person in people],
        "decisions": [row.model_dump(mode="json") for row in workshops.list_decisions(store, workshop_id)],
        "actions": [row.model_dump(mode="json") for row in agreed_actions(store, workshop_id)],
    }
    return json.dumps(document, ensure_ascii=False, sort_keys=True)


def agreed_actions(store: ProgrammeStore, workshop_id: uuid.UUID) -> list[ActionView]:
    """The actions agreed at a workshop, in the action plan's order (by due date, undated last, then priority);
    read directly rather than filtering the whole plan, which may hold thousands."""
    with store.reading() as session:
        rows = session.exec(
            select(Action)
            .where(Action.programme_id == store.programme_id, Action.workshop_id == workshop_id)
            .order_by(col(Action.due_date).is_(None), col(Action.due_date), col(Action.priority))
        ).all()
        return [ActionView.model_validate(row) for row in rows]


def _person(person: ParticipantView) -> dict[str, Any]:
    """A person as the record keeps them: no contact details (minutes never show them)."""
    dumped = person.model_dump(mode="json")
    dumped["contact"] = ""
    return dumped


def restore(record: str, erased: set[uuid.UUID] | None = None) -> RecordedFacts:
    """The facts of a record's JSON; people in ``erased`` (erased since) come back as erased."""
    document = json.loads(record)
    people = {}
    for raw in document["people"]:
        person = ParticipantView.model_validate(raw)
        if person.id in (erased or set()) and not person.erased:
            person = person.model_copy(
                update={"display_name": "", "organisation": "", "role": "", "erased_at": person.updated_at}
            )
        people[person.id] = person
    return RecordedFacts(
        as_of=date.fromisoformat(document["as_of"]),
        workshop=WorkshopView.model_validate(document["workshop"]),
        agenda=[AgendaItemView.model_validate(item) for item in document["agenda"]],
        attendance=[AttendanceView.model_validate(item) for item in document["attendance"]],
        people=people,
        decisions=[DecisionView.model_validate(item) for item in document["decisions"]],
        actions=[ActionView.model_validate(item) for item in document["actions"]],
    )


def minutes_record(store: ProgrammeStore, workshop_id: uuid.UUID) -> MinutesRecordView | None:
    """The workshop's minutes record (approval fields, and the record once approved); None before any."""
    with store.reading() as session:
        row = find_record(session, workshop_id)
        return None if row is None else MinutesRecordView.model_validate(row)


def find_record(session: Session, workshop_id: uuid.UUID) -> MinutesRecord | None:
    return session.exec(select(MinutesRecord).where(MinutesRecord.workshop_id == workshop_id)).first()


def scrub_person(session: Session, participant_id: uuid.UUID) -> int:
    """Remove a person's personal data from every approved record (erasure); returns the records changed.

    The person stays in the record's attendance, without name, organisation or role, as erasure keeps a
    person's contributions anonymously everywhere else.
    """
    changed = 0
    for row in session.exec(select(MinutesRecord).where(MinutesRecord.record != "")).all():
        document = json.loads(row.record)
        touched = False
        for person in document["people"]:
            if person["id"] in (str(participant_id), participant_id.hex) and person.get("display_name"):
                person.update(display_name="", organisation="", role="", contact="")
                person["erased_at"] = person.get("updated_at")
                touched = True
        for action in document["actions"]:
            if action.get("owner_id") == str(participant_id):
                action["owner"] = ""
                touched = True
        if touched:
            row.record = json.dumps(document, ensure_ascii=False, sort_keys=True)
            session.add(row)
            changed += 1
    return changed
