"""Creating a programme file and editing the programme's facts: validated, durable, undoable."""

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.servicefixtures import (
    BAD_MULTILINE,
    BAD_SINGLE_LINE,
    BLANKS,
    close,
    count,
    make_programme,
    refused,
    reopened,
)
from tests.servicefixtures import store as store  # fixture
from workshop_app.catalogue import default_catalogue
from workshop_app.errors import ReadOnlyError, ValidationError
from workshop_app.services import phases, programme
from workshop_app.services.validation import NAME_MAX, TEXT_MAX
from workshop_app.storage.store import ProgrammeStore


def test_create_programme_writes_every_fact_to_the_file(tmp_path: Path) -> None:
    path = tmp_path / "Ålesund – områdeløft.workshop"
    made = make_programme(
        path,
        name="  Områdeløft Ålesund  ",
        area="Sentrum",
        region="Møre og Romsdal",
        language="nb",
        start_year=2027,
        description="Linje én\nLinje to",
    )
    close(made)
    again = ProgrammeStore.open(path)
    try:
        facts = programme.get_programme(again)
        assert (facts.name, facts.area, facts.region, facts.language) == (
            "Områdeløft Ålesund",
            "Sentrum",
            "Møre og Romsdal",
            "nb",
        )
        assert (facts.start_year, facts.description) == (2027, "Linje én\nLinje to")
        assert facts.id == again.programme_id
        assert programme.programme_language(again) == "nb"
        assert [state.phase for state in phases.list_phase_states(again)] == [1, 2, 3, 4, 5]
        assert {state.status for state in phases.list_phase_states(again)} == {"not_started"}
        assert programme.catalogue_of(again).version == default_catalogue().version == facts.catalogue_version
        assert count(again, "catalogue_snapshot") == 1
    finally:
        close(again)


def test_the_longest_allowed_name_and_description_are_kept(tmp_path: Path) -> None:
    name, description = "N" * NAME_MAX, "d\n" * (TEXT_MAX // 2)
    made = make_programme(tmp_path / "p.workshop", name=name, description=description)
    with reopened(made) as again:
        assert programme.get_programme(again).name == name
        assert programme.get_programme(again).description == description.strip()


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        *[({"name": blank}, "name") for blank in BLANKS],
        *[({"name": bad}, "name") for bad in BAD_SINGLE_LINE.values()],
        ({"name": "x" * (NAME_MAX + 1)}, "name"),
        ({"area": "two\nlines"}, "area"),
        ({"region": 3}, "region"),
        ({"description": "d" * (TEXT_MAX + 1)}, "description"),
        *[({"description": bad}, "description") for bad in BAD_MULTILINE.values()],
        ({"language": "de"}, "language"),
        ({"language": "EN"}, "language"),
        ({"start_year": 1899}, "year"),
        ({"start_year": 2201}, "year"),
        ({"start_year": "2026"}, "year"),
        ({"start_year": True}, "year"),
        ({"start_year": 2026.0}, "year"),
    ],
)
def test_create_programme_refuses_bad_facts_and_leaves_no_file(
    tmp_path: Path, fields: dict[str, Any], field: str
) -> None:
    path = tmp_path / "p.workshop"
    with pytest.raises(ValidationError) as caught:
        make_programme(path, **fields)
    assert caught.value.field == field
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


def test_update_programme_returns_previous_values_that_undo_it(store: ProgrammeStore) -> None:
    before = programme.get_programme(store)
    previous = programme.update_programme(store, {"name": " Renamed ", "region": "Lappi", "start_year": 2030})
    assert previous == {"name": "Test", "region": "", "start_year": 2026}
    changed = programme.get_programme(store)
    assert (changed.name, changed.region, changed.start_year) == ("Renamed", "Lappi", 2030)
    assert changed.updated_at >= before.updated_at
    assert programme.update_programme(store, previous) == {"name": "Renamed", "region": "Lappi", "start_year": 2030}
    with reopened(store) as again:
        restored = programme.get_programme(again)
        assert (restored.name, restored.region, restored.start_year) == ("Test", "", 2026)


def test_update_programme_is_durable(store: ProgrammeStore) -> None:
    programme.update_programme(store, {"language": "fi", "description": "Kuvaus\n\nkahdella kappaleella"})
    with reopened(store) as again:
        facts = programme.get_programme(again)
        assert (facts.language, facts.description) == ("fi", "Kuvaus\n\nkahdella kappaleella")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "   "}, "name"),
        ({"name": "x" * (NAME_MAX + 1)}, "name"),
        ({"name": "a\u2028b"}, "name"),
        ({"language": "sv"}, "language"),
        ({"start_year": 5}, "year"),
        ({"catalogue_version": "0"}, "catalogue_version"),
        ({"id": "x"}, "id"),
        ({"name": "Fine", "start_year": None}, "year"),
    ],
)
def test_update_programme_refuses_bad_changes_atomically(
    store: ProgrammeStore, changes: dict[str, Any], field: str
) -> None:
    refused(store, field, lambda: programme.update_programme(store, changes))
    assert programme.get_programme(store).name == "Test"


@pytest.mark.file_only
def test_a_read_only_programme_refuses_changes(store: ProgrammeStore) -> None:
    close(store)
    read_only = ProgrammeStore.open(store.path, read_only=True)
    try:
        assert read_only.read_only
        with pytest.raises(ReadOnlyError):
            programme.update_programme(read_only, {"name": "Nope"})
        assert programme.get_programme(read_only).name == "Test"
    finally:
        close(read_only)


@pytest.mark.file_only
def test_closing_just_as_the_integrity_check_ends_still_releases_the_file(store: ProgrammeStore) -> None:
    """Reproduces, deterministically, a race seen about once in a hundred quick open/close cycles.

    The check thread closes its connection and only then clears ``_verifier``; ``close()`` in between calls
    ``interrupt()`` on the closed connection, raises ``sqlite3.ProgrammingError`` and never releases the
    lock, so the file then counts as "already open in another window" until the process ends.
    """
    store.verify()
    finished = sqlite3.connect(":memory:")
    finished.close()
    store._verifier = finished  # the instant between the check's close() and its "_verifier = None"
    try:
        store.close()
    finally:
        store._verifier = None
        store.close()  # really close, whatever happened, so the fixture and later tests find the file free
    close(ProgrammeStore.open(store.path))
