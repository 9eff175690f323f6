"""Creating a programme file and editing the programme's own facts; the catalogue it was made with."""

import weakref
from collections.abc import Mapping
from functools import partial
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from workshop_app.catalogue import Catalogue, default_catalogue
from workshop_app.catalogue.loader import catalogue_from_json, catalogue_to_json
from workshop_app.domain.enums import PHASE_NUMBERS, Language, PhaseStatus
from workshop_app.domain.models import CatalogueSnapshot, PhaseState, Programme, ProgrammeView
from workshop_app.services import validation as check
from workshop_app.services.common import Rule, apply_changes, fetch, view
from workshop_app.storage.store import ProgrammeStore

PROGRAMME_RULES: dict[str, Rule] = {
    "name": partial(check.text, field="name", required=True),
    "area": partial(check.text, field="area"),
    "region": partial(check.text, field="region"),
    "language": lambda value: check.choice(value, Language, field="language").value,
    "start_year": check.year,
    "description": partial(check.text, field="description", limit=check.TEXT_MAX, multiline=True),
}

_catalogues: "weakref.WeakKeyDictionary[ProgrammeStore, Catalogue]" = weakref.WeakKeyDictionary()


def create_programme(
    path: Path,
    *,
    name: str,
    start_year: int,
    area: str = "",
    region: str = "",
    language: str = "en",
    description: str = "",
    catalogue: Catalogue | None = None,
) -> ProgrammeStore:
    """A new ``.workshop`` file holding one programme and a snapshot of the method it is run with."""
    fields = {
        name_: PROGRAMME_RULES[name_](value)
        for name_, value in {
            "name": name,
            "area": area,
            "region": region,
            "language": language,
            "start_year": start_year,
            "description": description,
        }.items()
    }
    method = catalogue or default_catalogue()

    def initialise(session: Session) -> None:
        programme = Programme(**fields, catalogue_version=method.version)
        session.add(programme)
        session.add(CatalogueSnapshot(version=method.version, content=catalogue_to_json(method)))
        session.flush()
        for number in PHASE_NUMBERS:
            session.add(PhaseState(programme_id=programme.id, phase=number, status=PhaseStatus.NOT_STARTED))

    return ProgrammeStore.create(path, initialise)


def get_programme(store: ProgrammeStore) -> ProgrammeView:
    with store.reading() as session:
        return view(ProgrammeView, fetch(session, Programme, store.programme_id))


def update_programme(store: ProgrammeStore, changes: Mapping[str, Any]) -> dict[str, Any]:
    """Change the programme's facts; returns the previous values of what changed (for undo)."""
    with store.transaction() as session:
        return apply_changes(fetch(session, Programme, store.programme_id), changes, PROGRAMME_RULES)


def catalogue_of(store: ProgrammeStore) -> Catalogue:
    """The method catalogue this programme was made with, as stored in the file."""
    cached = _catalogues.get(store)
    if cached is not None:
        return cached
    with store.reading() as session:
        programme = fetch(session, Programme, store.programme_id)
        snapshot = session.exec(
            select(CatalogueSnapshot).where(CatalogueSnapshot.version == programme.catalogue_version)
        ).first()
    catalogue = _readable(snapshot.content) if snapshot else None
    if catalogue is None:
        # No stored catalogue, or one this version cannot read (``workshop-app check`` names it): the app's
        # own catalogue still lets the programme open, show and export.
        catalogue = default_catalogue()
    _catalogues[store] = catalogue
    return catalogue


def _readable(content: str) -> Catalogue | None:
    try:
        return catalogue_from_json(content)
    except ValueError:  # invalid JSON or a catalogue that does not validate
        return None


def programme_language(store: ProgrammeStore) -> str:
    return get_programme(store).language
