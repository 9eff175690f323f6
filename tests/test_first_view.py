"""The window's first view (read through sqlite3 before the data stack loads) says what the overview says.

Both readers run the statements of ``first_view.QUERIES``; these tests prove that the light reader's handling
of raw SQLite values (hex ids, ISO dates, the catalogue's JSON) gives the same answer as the store's, on the
demo and on a large programme, on days before, during and after the demo's workshops; and that the light
reader steps aside for any file the store has to deal with first.
"""

import dataclasses
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.benchmarks.large_programme import build_large
from tests.templates import DEMO_TODAY, demo_file, template
from workshop_app.services import first_view as light
from workshop_app.services.first_view import ActionLine, FirstView, WorkshopLine, read_first_view
from workshop_app.services.overview import load_overview
from workshop_app.services.programme import catalogue_of
from workshop_app.storage.store import ProgrammeStore

LARGE_TODAY = date(2026, 11, 23)


def as_the_store_sees_it(path: Path, today: date) -> dict[str, Any]:
    """The first view's fields from ``load_overview`` through the store (SQLAlchemy, SQLModel)."""
    store = ProgrammeStore.open(path, read_only=True)
    try:
        overview = load_overview(store, today)
        catalogue = catalogue_of(store)
        programme = overview.programme
        return {
            "programme_id": store.programme_id,
            "name": programme.name,
            "area": programme.area,
            "region": programme.region,
            "language": programme.language,
            "start_year": programme.start_year,
            "description": programme.description,
            "phase_titles": {phase.number: phase.title.get(programme.language) for phase in catalogue.phases},
            "criteria": {
                criterion.key: (phase.number, criterion.text.get(programme.language))
                for phase in catalogue.phases
                for criterion in phase.criteria
            },
            "phases": overview.phases,
            "next_workshops": [
                WorkshopLine(w.id, w.title, w.date, w.start_time, w.place)  # type: ignore[arg-type]
                for w in overview.next_workshops
            ],
            "workshops_total": overview.workshops_total,
            "actions_by_status": overview.actions_by_status,
            "overdue_total": overview.overdue_total,
            "overdue": [ActionLine(a.id, a.what, a.owner, a.due_date) for a in overview.overdue],  # type: ignore[arg-type]
            "ratings": overview.ratings,
            "current_phase": overview.current_phase,
        }
    finally:
        store.close()


def as_the_first_view_sees_it(path: Path, today: date) -> dict[str, Any]:
    seen = read_first_view(path, today)
    assert isinstance(seen, FirstView)
    fields = {field.name: getattr(seen, field.name) for field in dataclasses.fields(seen) if field.name != "path"}
    return {**fields, "current_phase": seen.current_phase}


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A large programme (100 workshops over several years, 5,000 actions in every status, ratings)."""
    return template(
        tmp_path_factory,
        "large-first-view",
        lambda path: build_large(path, workshops=100, notes=100, actions=5_000, today=LARGE_TODAY),
    )


@pytest.mark.parametrize("days", [-800, -30, 0, 1, 60, 400])
def test_the_first_view_agrees_with_the_overview_on_the_demo(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, days: int
) -> None:
    path = demo_file(tmp_path, tmp_path_factory)
    today = DEMO_TODAY + timedelta(days=days)
    seen = as_the_first_view_sees_it(path, today)
    assert seen == as_the_store_sees_it(path, today)
    if days == 0:  # the demo's own day shows every part of the overview, so the comparison covers each
        assert seen["next_workshops"] and seen["overdue"] and seen["ratings"] and seen["actions_by_status"]


@pytest.mark.parametrize("days", [-1500, -200, 0, 200])
def test_the_first_view_agrees_with_the_overview_on_a_large_programme(large: Path, days: int) -> None:
    today = LARGE_TODAY + timedelta(days=days)
    seen = as_the_first_view_sees_it(large, today)
    assert seen == as_the_store_sees_it(large, today)
    assert seen["workshops_total"] == 100 and sum(seen["actions_by_status"].values()) == 5_000
    if days == 0:
        assert seen["overdue_total"] > light.OVERDUE_LIMIT == len(seen["overdue"])


def test_the_comparison_sees_a_difference(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    """The agreement above is not vacuous: a first view of another day differs from the store's."""
    path = demo_file(tmp_path, tmp_path_factory)
    assert as_the_first_view_sees_it(path, DEMO_TODAY) != as_the_store_sees_it(path, DEMO_TODAY + timedelta(days=90))


def test_files_the_store_must_deal_with_first_get_no_first_view(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    old = tmp_path / "old.workshop"
    shutil.copyfile(Path(__file__).parent / "fixtures" / "schema" / "format6.workshop", old)
    assert read_first_view(old, DEMO_TODAY) is None  # to be migrated (after a backup) by the store
    logged = demo_file(tmp_path, tmp_path_factory, name="logged.workshop")
    (tmp_path / "logged.workshop-wal").write_bytes(b"\0" * 64)
    assert read_first_view(logged, DEMO_TODAY) is None  # a log to replay
    assert read_first_view(tmp_path / "missing.workshop", DEMO_TODAY) is None
    foreign = tmp_path / "foreign.workshop"
    foreign.write_bytes(b"not a database" * 100)
    assert read_first_view(foreign, DEMO_TODAY) is None
    sound = demo_file(tmp_path, tmp_path_factory, name="sound.workshop")
    assert read_first_view(sound, DEMO_TODAY) is not None


def test_the_first_view_needs_no_data_stack() -> None:
    """Imported (and run) in a fresh interpreter, the light reader loads neither SQLAlchemy, SQLModel, pydantic
    nor alembic: that is the whole point of it."""
    code = (
        "import sys\n"
        "from workshop_app.services.first_view import read_first_view\n"
        "import ui.pages.navigation\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'sqlmodel', 'pydantic', 'alembic'})\n"
        "print(','.join(heavy))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == ""
