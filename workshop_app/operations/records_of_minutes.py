"""Operations on a workshop's minutes as a record: the approval fields, approving, reopening; and taking a
method prompt into the group's own list of pros and cons.

Each is one user action, one transaction, with an inverse through the same rules. Approving captures what
the minutes say as of the meeting (:func:`workshop_app.export.record.capture`); from then on edits to people,
actions or the agenda do not change them, and the approval fields cannot be edited until the record is
reopened, which the minutes then say. A change to a workshop's record is announced as an update of the
workshop (the record is part of it), so whatever shows the workshop re-reads it.
"""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlmodel import Session

from workshop_app.domain.models import MinutesRecord, MinutesRecordView, ProCon, ProConView, Workshop
from workshop_app.domain.types import utcnow
from workshop_app.errors import QT_TRANSLATE_NOOP, ValidationError
from workshop_app.export.record import APPROVAL_FIELDS, capture, find_record
from workshop_app.operations.base import Operation
from workshop_app.operations.changes import Kind
from workshop_app.services.boards import open_board
from workshop_app.services.common import fetch, view
from workshop_app.storage.store import ProgrammeStore

STATE_FIELDS = (*APPROVAL_FIELDS, "approved", "approved_at", "reopened_at", "record")
"""Everything an undo puts back."""
_TEXT_LIMIT = 2000


class MinutesApprovedError(ValidationError):
    """The minutes are approved: reopen them before changing what they say."""


def _record(store: ProgrammeStore, session: Session, workshop_id: uuid.UUID) -> MinutesRecord:
    """The workshop's record row, made (empty, a draft) on first use, inside the transaction under way."""
    fetch(session, Workshop, workshop_id)
    row = find_record(session, workshop_id)
    if row is None:
        row = MinutesRecord(workshop_id=workshop_id)
        session.add(row)
        session.flush()
    store.tracker.updated(Kind.WORKSHOP, [workshop_id])
    return row


def _state(row: MinutesRecord) -> dict[str, Any]:
    return {name: getattr(row, name) for name in STATE_FIELDS}


def _clean(name: str, value: Any) -> Any:
    if name == "approved_on":
        if value is not None and not isinstance(value, date):
            raise ValidationError(
                QT_TRANSLATE_NOOP("WorkshopErrors", "{field} must be a date."), field=name, value=str(value)
            )
        return value
    if name not in APPROVAL_FIELDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("WorkshopErrors", "{field} cannot be changed here."), field=name, value=str(value)
        )
    text = str(value or "").strip()
    if len(text) > _TEXT_LIMIT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("WorkshopErrors", "{field} is longer than {limit} characters."),
            field=name,
            value=text[:40],
            limit=_TEXT_LIMIT,
        )
    return text


def _refuse_if_approved(row: MinutesRecord) -> None:
    if row.approved:
        raise MinutesApprovedError(
            QT_TRANSLATE_NOOP(
                "WorkshopErrors", "The minutes are approved. Reopen them before changing the approval details."
            )
        )


@dataclass(frozen=True)
class SetMinutesApproval(Operation[MinutesRecordView]):
    """Edit the approval block of draft minutes: chair, minute-taker, checkers, approval date, next meeting,
    distribution (any of them)."""

    workshop_id: uuid.UUID
    changes: Mapping[str, Any] = field(default_factory=dict)

    def apply(self, store: ProgrammeStore) -> tuple[MinutesRecordView, Operation[Any]]:
        with store.transaction() as session:
            row = _record(store, session, self.workshop_id)
            _refuse_if_approved(row)
            cleaned = {name: _clean(name, value) for name, value in self.changes.items()}
            previous = {name: getattr(row, name) for name in cleaned}
            for name, value in cleaned.items():
                setattr(row, name, value)
            row.updated_at = utcnow()
            session.add(row)
            session.flush()
            return MinutesRecordView.model_validate(row), SetMinutesApproval(self.workshop_id, previous)


@dataclass(frozen=True)
class ApproveMinutes(Operation[MinutesRecordView]):
    """Approve the minutes: capture what they say as of the meeting. ``approved_on`` (the day of approval)
    is required, given here or set before; ``as_of`` is the day action statuses are recorded for (the
    approval day by default)."""

    workshop_id: uuid.UUID
    approved_on: date | None = None

    def apply(self, store: ProgrammeStore) -> tuple[MinutesRecordView, Operation[Any]]:
        with store.transaction() as session:
            row = _record(store, session, self.workshop_id)
            _refuse_if_approved(row)
            previous = _state(row)
            approved_on = self.approved_on or row.approved_on
            if approved_on is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("WorkshopErrors", "Give the date the minutes were approved."),
                    field="approved_on",
                )
            row.approved_on = approved_on
            row.record = capture(store, self.workshop_id, approved_on)
            row.approved = True
            row.approved_at = utcnow()
            row.updated_at = row.approved_at
            session.add(row)
            session.flush()
            return MinutesRecordView.model_validate(row), RestoreMinutesRecord(self.workshop_id, previous)


@dataclass(frozen=True)
class ReopenMinutes(Operation[MinutesRecordView]):
    """Reopen approved minutes: they become a draft again, made from the live data, and say that they were
    reopened (and when they had been approved)."""

    workshop_id: uuid.UUID

    def apply(self, store: ProgrammeStore) -> tuple[MinutesRecordView, Operation[Any]]:
        with store.transaction() as session:
            row = _record(store, session, self.workshop_id)
            if not row.approved:
                raise ValidationError(QT_TRANSLATE_NOOP("WorkshopErrors", "The minutes are not approved."))
            previous = _state(row)
            row.approved = False
            row.record = ""
            row.reopened_at = utcnow()
            row.updated_at = row.reopened_at
            session.add(row)
            session.flush()
            return MinutesRecordView.model_validate(row), RestoreMinutesRecord(self.workshop_id, previous)


@dataclass(frozen=True)
class RestoreMinutesRecord(Operation[MinutesRecordView]):
    """Put a record back as it was (the undo of approving or reopening): the whole state, as one."""

    workshop_id: uuid.UUID
    state: Mapping[str, Any]

    def apply(self, store: ProgrammeStore) -> tuple[MinutesRecordView, Operation[Any]]:
        with store.transaction() as session:
            row = _record(store, session, self.workshop_id)
            previous = _state(row)
            for name, value in self.state.items():
                if name not in STATE_FIELDS:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("WorkshopErrors", "{field} cannot be changed here."), field=name
                    )
                setattr(row, name, _clean(name, value) if name in APPROVAL_FIELDS else value)
            row.updated_at = utcnow()
            session.add(row)
            session.flush()
            return MinutesRecordView.model_validate(row), RestoreMinutesRecord(self.workshop_id, previous)


@dataclass(frozen=True)
class AcceptPrompt(Operation[ProConView]):
    """Take a method prompt into the group's own list (``accepted`` False: take it out again). Only prompts
    of the method can be accepted; the group's own pros and cons are the group's already."""

    pro_con_id: uuid.UUID
    accepted: bool = True

    def apply(self, store: ProgrammeStore) -> tuple[ProConView, Operation[Any]]:
        with store.transaction() as session:
            item = fetch(session, ProCon, self.pro_con_id)
            if item.origin != "method":
                raise ValidationError(
                    QT_TRANSLATE_NOOP("WorkshopErrors", "Only a prompt of the method can be accepted."),
                    field="accepted",
                )
            open_board(session, item.board_id)  # a frozen round keeps what the room decided
            previous = item.accepted
            item.accepted = self.accepted
            item.updated_at = utcnow()
            session.add(item)
            session.flush()
            return view(ProConView, item), AcceptPrompt(self.pro_con_id, previous)
