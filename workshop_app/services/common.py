"""Small pieces every service module uses: look-ups that raise a clear error, and partial updates."""

import uuid
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from sqlmodel import Session, SQLModel

from workshop_app.domain.types import utcnow
from workshop_app.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError

T = TypeVar("T", bound=SQLModel)
V = TypeVar("V", bound=SQLModel)

Rule = Callable[[Any], Any]


def not_found() -> NotFoundError:
    """The error for a record that is not there (deleted meanwhile by another window, a phone or an undo)."""
    return NotFoundError(QT_TRANSLATE_NOOP("WorkshopErrors", "This item is not in the programme file."))


def fetch(session: Session, model: type[T], record_id: uuid.UUID) -> T:
    """The record with ``record_id``; a record deleted meanwhile (another window, an undo) is a clear error."""
    if not isinstance(record_id, uuid.UUID):
        raise not_found()
    record = session.get(model, record_id)
    if record is None:
        raise not_found()
    return record


def apply_changes(record: SQLModel, changes: Mapping[str, Any], rules: Mapping[str, Rule]) -> dict[str, Any]:
    """Validate ``changes`` with ``rules`` (one per editable field) and set them; returns the old values.

    The old values are what an undo command needs to put the record back.
    """
    unknown = sorted(set(changes) - set(rules))
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("WorkshopErrors", "These fields cannot be changed: {fields}."),
            field=unknown[0],
            fields=", ".join(unknown),
        )
    cleaned = {name: rules[name](value) for name, value in changes.items()}
    previous = {name: getattr(record, name) for name in cleaned}
    for name, value in cleaned.items():
        setattr(record, name, value)
    if cleaned and hasattr(record, "updated_at"):
        record.updated_at = utcnow()
    return previous


def view(view_type: type[V], record: SQLModel) -> V:
    return view_type.model_validate(record)


def move_in_order(session: Session, siblings: list[Any], item_id: uuid.UUID, new_index: int) -> int:
    """Move one of ``siblings`` (records with ``id`` and ``position``, in order) to ``new_index``.

    Positions are rewritten 0..n-1 so gaps and duplicates left by earlier edits heal. Returns the old index.
    """
    ids = [sibling.id for sibling in siblings]
    if item_id not in ids:
        raise not_found()
    if isinstance(new_index, bool) or not isinstance(new_index, int):
        raise ValidationError(
            QT_TRANSLATE_NOOP("WorkshopErrors", "This value must be a whole number."), field="position"
        )
    old_index = ids.index(item_id)
    ordered = list(siblings)
    moving = ordered.pop(old_index)
    ordered.insert(max(0, min(new_index, len(ordered))), moving)
    for position, sibling in enumerate(ordered):
        if sibling.position != position:
            sibling.position = position
            sibling.updated_at = utcnow()
    session.flush()
    return old_index
