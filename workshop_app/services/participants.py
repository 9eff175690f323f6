"""The participant and stakeholder register, including erasure of a person (GDPR)."""

import re
import unicodedata
import uuid
from collections.abc import Iterable, Mapping
from datetime import date
from functools import partial
from typing import Any

from sqlalchemy import text as sql
from sqlmodel import col, select

from workshop_app.domain.models import Participant, ParticipantView
from workshop_app.domain.types import utcnow
from workshop_app.errors import QT_TRANSLATE_NOOP, ValidationError
from workshop_app.services import validation as check
from workshop_app.services.boards import LABEL_FIELDS
from workshop_app.services.common import Rule, apply_changes, fetch, view
from workshop_app.services.programme import catalogue_of
from workshop_app.storage.store import ProgrammeStore

REDACTED = "[…]"

# Free-text columns where a person's name or contact may have been typed by someone else.
FREE_TEXT_COLUMNS: dict[str, tuple[str, ...]] = {
    "programme": ("description",),
    "phase_state": ("notes",),
    "task_check": ("owner", "note"),
    "criterion_rating": ("comment",),
    "participant": ("organisation", "role"),
    "workshop": ("title", "facilitator", "purpose", "place"),
    "agenda_item": ("title", "minutes_text", "activity_key"),
    "decision": ("text",),
    "board": ("title", *LABEL_FIELDS),
    "note": ("text",),
    "pro_con": ("text",),
    "action": ("what", "why", "owner", "partners"),
}


def _rules(store: ProgrammeStore) -> dict[str, Rule]:
    actor_types = [actor.key for actor in catalogue_of(store).actor_types]
    return {
        "display_name": partial(check.text, field="display_name", required=True),
        "organisation": partial(check.text, field="organisation"),
        "actor_type": lambda value: check.key(value, actor_types, field="actor_type"),
        "role": partial(check.text, field="role"),
        "contact": partial(check.text, field="contact"),
        "consent_date": partial(check.optional_date, field="consent_date"),
    }


def add_participant(
    store: ProgrammeStore,
    display_name: str,
    *,
    organisation: str = "",
    actor_type: str = "other",
    role: str = "",
    contact: str = "",
    consent_date: date | None = None,
) -> ParticipantView:
    rules = _rules(store)
    person = Participant(
        programme_id=store.programme_id,
        display_name=rules["display_name"](display_name),
        organisation=rules["organisation"](organisation),
        actor_type=rules["actor_type"](actor_type),
        role=rules["role"](role),
        contact=rules["contact"](contact),
        consent_date=rules["consent_date"](consent_date),
    )
    with store.transaction() as session:
        session.add(person)
        session.flush()
        return view(ParticipantView, person)


def update_participant(store: ProgrammeStore, participant_id: uuid.UUID, changes: Mapping[str, Any]) -> dict[str, Any]:
    rules = _rules(store)
    with store.transaction() as session:
        person = fetch(session, Participant, participant_id)
        if person.erased_at is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("WorkshopErrors", "An erased participant cannot be edited."),
                field="display_name",
            )
        return apply_changes(person, changes, rules)


def list_participants(store: ProgrammeStore, *, include_erased: bool = True) -> list[ParticipantView]:
    with store.reading() as session:
        query = select(Participant).where(Participant.programme_id == store.programme_id)
        if not include_erased:
            query = query.where(col(Participant.erased_at).is_(None))
        rows = session.exec(query.order_by(col(Participant.display_name))).all()
        return [view(ParticipantView, row) for row in rows]


def get_participants(store: ProgrammeStore, ids: Iterable[uuid.UUID]) -> list[ParticipantView]:
    """The register entries among ``ids`` still in the file (erased ones included), in one query; what a view
    re-reads when a change set names some people."""
    wanted = list(ids)
    if not wanted:
        return []
    with store.reading() as session:
        query = select(Participant).where(
            Participant.programme_id == store.programme_id, col(Participant.id).in_(wanted)
        )
        return [view(ParticipantView, row) for row in session.exec(query).all()]


def get_participant(store: ProgrammeStore, participant_id: uuid.UUID) -> ParticipantView:
    with store.reading() as session:
        return view(ParticipantView, fetch(session, Participant, participant_id))


def delete_participant(store: ProgrammeStore, participant_id: uuid.UUID) -> ParticipantView:
    """Remove a register entry (the undo of adding one): their attendance goes, their notes, votes and
    actions stay without an author. To remove a person who took part, erase them instead."""
    with store.transaction() as session:
        person = fetch(session, Participant, participant_id)
        removed = view(ParticipantView, person)
        session.delete(person)
        return removed


def erase_participant(store: ProgrammeStore, participant_id: uuid.UUID) -> int:
    """Remove a person's personal data everywhere in the file; their contributions stay, anonymous.

    The register entry keeps its id (so notes and votes stay counted) but loses name, organisation, role,
    contact and consent date; every whole-word occurrence of the name or contact in free text becomes
    ``[…]``. Afterwards the write-ahead log is emptied, and ``secure_delete`` has zeroed the freed pages,
    so the old text does not linger in the file. Returns how many texts were redacted. Not undoable.
    """
    with store.transaction() as session:
        person = fetch(session, Participant, participant_id)
        found = (_pattern(person.display_name, inflected=True), _pattern(person.contact, inflected=False))
        patterns = [pattern for pattern in found if pattern is not None]
        redacted = 0
        for table, columns in FREE_TEXT_COLUMNS.items():
            for column in columns:
                rows = session.execute(sql(f'SELECT id, "{column}" FROM "{table}"')).all()
                for row_id, value in rows:
                    composed = unicodedata.normalize("NFC", value)  # pasted text may be decomposed (NFD)
                    new_value = composed
                    for pattern in patterns:
                        new_value = pattern.sub(REDACTED, new_value)
                    if new_value != composed:
                        session.execute(
                            sql(f'UPDATE "{table}" SET "{column}" = :v WHERE id = :id'),
                            {"v": new_value, "id": row_id},
                        )
                        store.tracker.record("updated", table, row_id)
                        redacted += 1
        person.display_name = ""
        person.organisation = ""
        person.role = ""
        person.contact = ""
        person.consent_date = None
        person.erased_at = utcnow()
        person.updated_at = utcnow()
        store.after_commit(store.checkpoint)  # the old text must not linger in the write-ahead log
    return redacted


def _pattern(value: str, *, inflected: bool) -> "re.Pattern[str] | None":
    """Whole-word occurrences of ``value`` in any case; a full name also with an ending of up to five letters
    ("Ingrid Solheims", Finnish case endings), which a single short name would not get ("Eva" vs "Evaluation")."""
    composed = unicodedata.normalize("NFC", value.strip())
    if not composed:
        return None
    ending = r"\w{0,5}" if inflected and len(composed.split()) > 1 else ""
    return re.compile(rf"(?<!\w){re.escape(composed)}{ending}(?!\w)", re.IGNORECASE)
