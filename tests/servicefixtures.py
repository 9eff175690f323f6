"""Fixtures and helpers shared by the service tests: real programme files on disk, compared row by row.

Test modules import what they use from here explicitly (fixtures included), so each test file shows where
its fixtures come from; conftest.py stays untouched.
"""

import contextlib
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from tests.templates import DEMO_TODAY as DEMO_TODAY  # for the tests that import it from here
from tests.templates import copy_of, demo_file, template
from workshop_app.domain.models import BoardView, WorkshopView
from workshop_app.errors import NotFoundError, ValidationError
from workshop_app.services import boards, programme, workshops
from workshop_app.storage.store import ProgrammeStore

Rows = dict[str, list[tuple[Any, ...]]]


def close(store: ProgrammeStore) -> None:
    """Close after the integrity check has finished.

    ``ProgrammeStore.close`` can race with that check's own closing and raise ``sqlite3.ProgrammingError``
    (see test_services_programme.py); waiting first keeps these tests about the services, not about that race.
    """
    store.verify()
    store.close()


def make_programme(path: Path, **fields: Any) -> ProgrammeStore:
    """A fresh programme file with sensible defaults; ``fields`` override them (e.g. language="fi")."""
    return programme.create_programme(path, **{"name": "Test", "start_year": 2026, **fields})


def programme_copy(directory: Path, factory: pytest.TempPathFactory, **fields: Any) -> ProgrammeStore:
    """An open programme in ``directory``, a copy of a template made with ``fields`` (e.g. language="fi").

    Creating a file runs every migration, which would dominate the run; the template is made once per process.
    """
    made = template(factory, repr(sorted(fields.items())), lambda path: make_programme(path, **fields))
    return ProgrammeStore.open(copy_of(made, directory, "p.workshop"))


def demo_copy(directory: Path, factory: pytest.TempPathFactory, language: str = "en") -> ProgrammeStore:
    """An open copy of the demo programme in ``language`` as of ``DEMO_TODAY``."""
    return ProgrammeStore.open(demo_file(directory, factory, language))


@pytest.fixture(params=["file", pytest.param("server", marks=pytest.mark.xdist_group("postgresql"))])
def store(
    request: pytest.FixtureRequest, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ProgrammeStore]:
    """An empty programme ("Test", 2026, English) in its own file, closed at teardown (closing twice is harmless);
    and the same programme in a database of its own on the test cluster (tests/pg.py), a copy of one database
    the template was transferred into once per process: every service test that takes ``store`` runs on both."""
    if request.param == "server":
        if request.node.get_closest_marker("file_only"):
            pytest.skip("about the file itself (its modes, its integrity check); a server has neither")
        from tests.pg import database_copy, shared_cluster
        from workshop_app.storage.locations import as_programme_store, open_programme
        from workshop_app.storage.transfer import transfer_programme

        made = template(tmp_path_factory, repr([]), lambda path: make_programme(path))
        url = database_copy(shared_cluster(), "empty-programme", lambda url: transfer_programme(made, url))
        opened = as_programme_store(open_programme(url))
    else:
        opened = programme_copy(tmp_path, tmp_path_factory)
    yield opened
    close(opened)


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ProgrammeStore]:
    """One programme for a whole module's refusal tests: ``refused`` proves each case leaves the file as it
    was, so the cases cannot disturb one another, and the run stays fast."""
    opened = programme_copy(tmp_path_factory.mktemp("shared"), tmp_path_factory)
    yield opened
    close(opened)


@pytest.fixture
def demo(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ProgrammeStore]:
    """The English demo programme as of ``DEMO_TODAY``, in a file of its own."""
    opened = demo_copy(tmp_path, tmp_path_factory)
    yield opened
    close(opened)


@contextlib.contextmanager
def reopened(store: ProgrammeStore) -> Iterator[ProgrammeStore]:
    """Close ``store`` and open its file again: what is read then is what really reached the disk."""
    close(store)
    if not isinstance(store, ProgrammeStore):  # a server store: the same database, connected again
        from workshop_app.storage.locations import as_programme_store, open_programme

        again = as_programme_store(open_programme(store.engine.url.render_as_string(hide_password=False)))
    else:
        again = ProgrammeStore.open(store.path)
    try:
        yield again
    finally:
        close(again)


def dump(store: ProgrammeStore) -> Rows:
    """Every row of every table, sorted: the whole file as comparable data."""
    with store.reading() as session:
        if session.get_bind().dialect.name == "sqlite":
            catalogue = "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
        else:
            catalogue = "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"
        names = session.execute(text(catalogue)).scalars()
        return {
            name: sorted((tuple(row) for row in session.execute(text(f'SELECT * FROM "{name}"')).all()), key=repr)
            for name in list(names)
        }


def snapshot(store: ProgrammeStore) -> dict[str, Counter[Any]]:
    """Every row of every table, as :func:`dump` reads them but cheaper, for telling whether anything changed.

    Per table the rows as a multiset, so no sorting. A refusal test takes two of these, and there are over a
    thousand: ``dump`` goes through SQLAlchemy per table (29 statements, 8 ms on a file, 14 ms on the server);
    this reads on the store's own connection, in its own transaction, with the driver: on SQLite the rows as
    values, on PostgreSQL each row in its exact text form, every table in one prepared statement (one round trip).
    """
    with store.reading() as session:
        driver: Any = session.connection().connection.driver_connection
        if session.get_bind().dialect.name == "sqlite":
            names = [row[0] for row in driver.execute("SELECT name FROM sqlite_master WHERE type='table'")]
            return {name: Counter(driver.execute(f'SELECT * FROM "{name}"').fetchall()) for name in names}
        names = [
            row[0]
            for row in driver.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()").fetchall()
        ]
        every_row = " UNION ALL ".join(f"SELECT '{name}', t::text FROM \"{name}\" t" for name in names)
        found: dict[str, Counter[Any]] = {name: Counter() for name in names}
        for name, row in driver.execute(every_row, prepare=True).fetchall() if names else []:
            found[name][row] += 1
        return found


def count(store: ProgrammeStore, table: str) -> int:
    with store.reading() as session:
        return int(session.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one())


def refused(store: ProgrammeStore, field: str | None, change: Callable[[], Any]) -> ValidationError:
    """Run ``change`` expecting a ValidationError on ``field``, and check that the file was not touched."""
    before = snapshot(store)
    with pytest.raises(ValidationError) as caught:
        change()
    if field is not None:
        assert caught.value.field == field, f"field {caught.value.field!r}, expected {field!r}: {caught.value}"
    assert str(caught.value), "a refusal must carry a message a person can read"
    assert snapshot(store) == before
    return caught.value


def not_found(store: ProgrammeStore, change: Callable[[], Any]) -> NotFoundError:
    """Run ``change`` expecting NotFoundError, and check that the file was not touched."""
    before = snapshot(store)
    with pytest.raises(NotFoundError) as caught:
        change()
    assert snapshot(store) == before
    return caught.value


WRONG_IDS: list[Any] = [uuid.uuid4(), "not-a-uuid", 42, 1.5]
"""Ids that name nothing: an unknown uuid, and values of the wrong type (a str id is a common mistake; a float
has a ``.hex`` method, which once slipped past a duck-typed UUID binding)."""


def new_workshop(store: ProgrammeStore, title: str = "Kick-off", phase: int = 1, **fields: Any) -> WorkshopView:
    return workshops.create_workshop(store, title, phase, **fields)


def new_board(store: ProgrammeStore, title: str = "Board", **fields: Any) -> BoardView:
    return boards.create_board(store, new_workshop(store).id, title, **fields)


BLANKS: list[str] = ["", "   ", "\t \n", "\u3000\u00a0"]
"""Values a required text refuses as empty: whitespace of every kind strips to nothing."""

BAD_SINGLE_LINE: dict[str, Any] = {
    "line break": "two\nlines",
    "carriage return": "two\rlines",
    "line separator": "two\u2028lines",
    "paragraph separator": "two\u2029lines",
    "nul": "nul\x00byte",
    "escape": "esc\x1bape",
    "delete": "del\x7f",
    "lone surrogate": "half \ud800 pair",
    "int": 42,
    "bytes": b"text",
    "bool": True,
}
"""Values every single-line text field refuses (wrong type, line breaks, control characters, surrogates)."""

BAD_MULTILINE: dict[str, Any] = {
    "nul": "nul\x00byte",
    "bell": "bell\x07",
    "vertical tab": "v\x0btab",
    "lone surrogate": "\udfff",
    "int": 7,
    "list": ["a"],
}
"""Values multi-line text fields refuse: line breaks are fine there, other control characters are not."""
