"""The participant and stakeholder register, including erasure of a person (GDPR)."""

import unicodedata
import uuid
from collections.abc import Collection, Iterable, Iterator, Mapping
from datetime import date
from functools import partial
from typing import Any

from sqlalchemy import inspect
from sqlalchemy import text as sql
from sqlmodel import Session, col, select

from workshop_app.domain.models import Participant, ParticipantView
from workshop_app.domain.types import utcnow
from workshop_app.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from workshop_app.services import validation as check
from workshop_app.services.common import Rule, apply_changes, fetch, view
from workshop_app.services.erasure import REDACTED as REDACTED  # re-exported: the UI and tests name it here
from workshop_app.services.erasure import Occurrence, PersonMatcher, excerpt, text_columns
from workshop_app.services.programme import catalogue_of
from workshop_app.storage.store import ProgrammeStore


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


def first_name_occurrences(store: ProgrammeStore, participant_id: uuid.UUID) -> list[Occurrence]:
    """Where the person's first name stands alone in a text (after everything erasure replaces by itself),
    for the facilitator to decide one by one: it may be someone else of the same name."""
    with store.reading() as session:
        person = fetch(session, Participant, participant_id)
        matcher = PersonMatcher.for_person(person.display_name, person.contact)
        if matcher.first_name is None:
            return []
        found: list[Occurrence] = []
        for table, column, rowid, _record_id, value in _texts(session):
            remaining = matcher.redact(value)
            for match in matcher.first_names(remaining):
                before, after = excerpt(remaining, match.start(), match.end())
                found.append(
                    Occurrence(table, column, str(rowid), match.start(), match.end(), match.group(0), before, after)
                )
        return found


def erase_participant(
    store: ProgrammeStore, participant_id: uuid.UUID, first_names: Collection[Occurrence] = ()
) -> int:
    """Remove a person's personal data everywhere in the file; their contributions stay, anonymous.

    The register entry keeps its id (so notes and votes stay counted) but loses name, organisation, role,
    contact and consent date. In every text column of every table (programme name, area and region included)
    the full name, the surname, the first name beside the surname or initials, each e-mail address and phone
    number of the contact become ``[…]``, and so do the ``first_names`` occurrences the facilitator chose
    (found by :func:`first_name_occurrences`). Afterwards the write-ahead log is emptied, and
    ``secure_delete`` has zeroed the freed pages, so the old text does not linger in the file. Returns how
    many texts were redacted. Not undoable.
    """
    chosen: dict[tuple[str, str, str], list[Occurrence]] = {}
    for occurrence in first_names:
        chosen.setdefault((occurrence.table, occurrence.column, occurrence.row_id), []).append(occurrence)
    with store.transaction() as session:
        person = fetch(session, Participant, participant_id)
        matcher = PersonMatcher.for_person(person.display_name, person.contact)
        redacted = 0
        for table, column, rowid, record_id, value in _texts(session):
            new_value = matcher.redact(value)
            new_value = _replaced(new_value, chosen.get((table, column, str(rowid)), []))
            if new_value != unicodedata.normalize("NFC", value):
                session.execute(
                    sql(f'UPDATE "{table}" SET "{column}" = :v WHERE {_row_match(session)}'),
                    {"v": new_value, "r": rowid},
                )
                if record_id is not None:
                    store.tracker.record("updated", table, record_id)
                redacted += 1
        person.display_name = ""
        person.organisation = ""
        person.role = ""
        person.contact = ""
        person.consent_date = None
        person.erased_at = utcnow()
        person.updated_at = utcnow()
        from workshop_app.export.record import scrub_person  # approved minutes keep none of their data either

        scrub_person(session, person.id)
        store.after_commit(store.checkpoint)  # the old text must not linger in the write-ahead log
    return redacted


def replace_first_names(store: ProgrammeStore, occurrences: Collection[Occurrence]) -> int:
    """Replace the chosen occurrences of a first name alone (found before the erasure, decided one by one
    after it); an occurrence whose text has changed meanwhile is left alone. Returns how many texts changed."""
    chosen: dict[tuple[str, str, str], list[Occurrence]] = {}
    for occurrence in occurrences:
        chosen.setdefault((occurrence.table, occurrence.column, occurrence.row_id), []).append(occurrence)
    changed = 0
    with store.transaction() as session:
        for table, column, rowid, record_id, value in _texts(session):
            mine = chosen.get((table, column, str(rowid)))
            if not mine:
                continue
            composed = unicodedata.normalize("NFC", value)
            new_value = _replaced(composed, mine)
            if new_value != composed:
                session.execute(
                    sql(f'UPDATE "{table}" SET "{column}" = :v WHERE {_row_match(session)}'),
                    {"v": new_value, "r": rowid},
                )
                if record_id is not None:
                    store.tracker.record("updated", table, record_id)
                changed += 1
        store.after_commit(store.checkpoint)
    return changed


def _replaced(text: str, occurrences: Collection[Occurrence]) -> str:
    """``text`` with each occurrence still in its place replaced, from the end so offsets stay valid."""
    for occurrence in sorted(occurrences, key=lambda o: -o.start):
        if text[occurrence.start : occurrence.end] == occurrence.word:
            text = text[: occurrence.start] + REDACTED + text[occurrence.end :]
    return text


def _on_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _row_match(session: Session) -> str:
    """Where-clause naming one row by its physical id: SQLite's rowid, PostgreSQL's ctid (each texts' query
    runs after the previous column's updates in the same transaction, so the ids it hands out are current)."""
    return "rowid = :r" if _on_sqlite(session) else "ctid = CAST(:r AS tid)"


def _texts(session: Session) -> Iterator[tuple[str, str, int | str, uuid.UUID | None, str]]:
    """(table, column, row id, record id, text) of every non-empty text a person may be named in."""
    inspector = inspect(session.connection())
    present = set(inspector.get_table_names())
    keyed: dict[str, bool] = {}
    row_id = "rowid" if _on_sqlite(session) else "ctid::text"
    for table, column in text_columns():
        if table not in present:
            continue
        if table not in keyed:
            keyed[table] = any(found["name"] == "id" for found in inspector.get_columns(table))
        key = '"id"' if keyed[table] else "NULL"
        rows = session.execute(
            sql(
                f'SELECT {row_id}, {key}, "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL AND "{column}" != \'\''
            )
        ).all()
        for rowid, record_id, value in rows:
            if isinstance(value, str):
                yield table, column, int(rowid) if _on_sqlite(session) else str(rowid), _as_uuid(record_id), value


def _as_uuid(value: object) -> uuid.UUID | None:
    try:
        return None if value is None else uuid.UUID(hex=str(value))
    except ValueError:
        return None


def person_matcher(store: ProgrammeStore, participant_id: uuid.UUID) -> PersonMatcher:
    """What identifies the person in text; take it before erasing (the erasure clears what it is made from)."""
    with store.reading() as session:
        person = fetch(session, Participant, participant_id)
        return PersonMatcher.for_person(person.display_name, person.contact)


def find_participant(store: ProgrammeStore, wanted: str) -> ParticipantView:
    """The register entry whose id or display name (in any case) is ``wanted``; refuses none or several."""
    people = list_participants(store, include_erased=False)
    try:
        wanted_id = uuid.UUID(wanted.strip())
    except ValueError:
        wanted_id = None
    key = unicodedata.normalize("NFC", wanted.strip()).casefold()
    matches = [p for p in people if p.id == wanted_id or unicodedata.normalize("NFC", p.display_name).casefold() == key]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("WorkshopErrors", "No participant in this programme has the id or name “{wanted}”."),
            wanted=wanted,
        )
    raise ValidationError(
        QT_TRANSLATE_NOOP("WorkshopErrors", "Several participants are called “{wanted}”: give the id ({ids})."),
        field="participant",
        wanted=wanted,
        ids=", ".join(str(p.id) for p in matches),
    )
