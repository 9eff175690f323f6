"""Opening bad, foreign, damaged, newer, locked and protected files: refused with the right kind, untouched.

Every refusal must leave the file byte-for-byte as it was and leave nothing beside it (no -wal, -shm or lock
file): the person may be holding the only copy of a programme, and a refused file must stay openable by
whatever made it.
"""

import hashlib
import os
import random
import shutil
import sqlite3
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlmodel import Session, func, select

from workshop_app import __version__
from workshop_app.domain.models import Board, Note, Participant, Programme, Workshop
from workshop_app.errors import FileOpenError, ReadOnlyError
from workshop_app.storage.fileformat import APPLICATION_ID, HEAD_FORMAT, read_header
from workshop_app.storage.store import ProgrammeStore, StorageError, lock_path

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
needs_permissions = pytest.mark.skipif(
    IS_ROOT or sys.platform == "win32",
    reason="root ignores file modes (os.access says writable) and Windows has no POSIX modes",
)


# --- helpers ---------------------------------------------------------------------------------------------


def _initialise(session: Session) -> None:
    """A small programme with a board and notes, so there are pages of real data to damage."""
    programme = Programme(name="Kylä 2030", start_year=2026, catalogue_version="test")
    session.add(programme)
    session.flush()
    session.add(Participant(programme_id=programme.id, display_name="Päivi Mäkelä"))
    workshop = Workshop(programme_id=programme.id, title="Vision", phase=1)
    session.add(workshop)
    session.flush()
    board = Board(workshop_id=workshop.id, title="Impact / effort")
    session.add(board)
    session.flush()
    for index in range(3):
        session.add(Note(board_id=board.id, text=f"note {index}", x=index / 4, y=-index / 4))


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One real programme file, made once per module and copied per test (copies of a closed file are whole)."""
    path = tmp_path_factory.mktemp("template") / "template.workshop"
    ProgrammeStore.create(path, _initialise).close()
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder holding only the file under test, so anything left beside it is noticed."""
    path = tmp_path / "files"
    path.mkdir()
    return path


@pytest.fixture
def programme_file(template: Path, folder: Path) -> Path:
    path = folder / "plan.workshop"
    shutil.copyfile(template, path)
    return path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_untouched(path: Path, digest: str) -> None:
    """Same bytes, and no -wal, -shm, lock or any other file created next to it."""
    assert sha256(path) == digest
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def refuse(path: Path, kind: str, **open_options: bool) -> FileOpenError:
    """Open ``path`` expecting a refusal of ``kind`` that names the file and leaves it untouched."""
    digest = sha256(path) if path.is_file() else None
    with pytest.raises(FileOpenError) as caught:
        ProgrammeStore.open(path, **open_options)
    error = caught.value
    assert error.kind == kind, str(error)
    assert str(path) in str(error)
    if digest is not None:
        assert_untouched(path, digest)
    return error


def edit_with_sqlite(path: Path, *statements: str) -> None:
    """Change a file behind the app's back, as another tool would; closing folds the WAL back in."""
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def root_pages(path: Path, *tables: str) -> list[int]:
    """Root pages of ``tables`` and their indexes, read without any chance of writing to the file."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        marks = ", ".join("?" for _ in tables)
        rows = conn.execute(f"SELECT rootpage FROM sqlite_master WHERE tbl_name IN ({marks})", tables)
        return sorted(row[0] for row in rows)
    finally:
        conn.close()


def overwrite_pages(path: Path, pages: list[int]) -> None:
    """Replace whole pages (1-based numbers, as SQLite counts) with reproducible random bytes."""
    page_size = read_header(path).page_size
    with path.open("r+b") as handle:
        for page in pages:
            handle.seek((page - 1) * page_size)
            handle.write(random.Random(page).randbytes(page_size))


def count_notes(store: ProgrammeStore) -> int:
    with store.reading() as session:
        return session.exec(select(func.count()).select_from(Note)).one()


# --- not a programme file at all -------------------------------------------------------------------------


def test_missing_file(folder: Path) -> None:
    refuse(folder / "nowhere.workshop", "missing")
    assert list(folder.iterdir()) == []


def test_file_whose_folder_is_gone(tmp_path: Path) -> None:
    """A recent-files entry on a removed USB stick: refused, and the folder is not recreated."""
    gone = tmp_path / "gone"
    refuse(gone / "plan.workshop", "missing")
    assert not gone.exists()


def test_folder(folder: Path) -> None:
    (folder / "looks.workshop").mkdir()
    refuse(folder / "looks.workshop", "not_a_file")


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"", id="empty"),
        pytest.param("Agenda\nPäivi: coffee ☕\n".encode() * 50, id="text"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20, id="png"),
        pytest.param(b"SQLite format 3\x00" + bytes(20), id="short-sqlite-header"),
    ],
)
def test_not_a_database(folder: Path, content: bytes) -> None:
    path = folder / "plan.workshop"
    path.write_bytes(content)
    refuse(path, "not_sqlite")


def test_foreign_sqlite_database(folder: Path) -> None:
    """Another application's database (application_id 0) is refused before SQLite opens it."""
    path = folder / "addresses.workshop"
    edit_with_sqlite(path, "CREATE TABLE person (name TEXT)", "INSERT INTO person VALUES ('Åsa')")
    refuse(path, "foreign")


def test_our_application_id_but_no_schema(folder: Path) -> None:
    """A file stamped as ours but never filled (user_version 0) is damaged, not new."""
    path = folder / "plan.workshop"
    edit_with_sqlite(path, f"PRAGMA application_id = {APPLICATION_ID}", "CREATE TABLE t (x)")
    refuse(path, "corrupt")


# --- damaged programme files -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "cut",
    [
        pytest.param(lambda size, page: size // 2, id="half"),
        pytest.param(lambda size, page: (size // page // 2) * page, id="whole-pages"),
    ],
)
def test_truncated_programme_file(programme_file: Path, cut: Callable[[int, int], int]) -> None:
    """Cut short (an interrupted copy): the header's page count says it is incomplete."""
    data = programme_file.read_bytes()
    programme_file.write_bytes(data[: cut(len(data), read_header(programme_file).page_size)])
    refuse(programme_file, "corrupt")


def test_garbage_in_middle_pages(programme_file: Path) -> None:
    """Garbage over the middle half of the file: part of the schema lives there, so opening notices."""
    page_count = read_header(programme_file).page_count
    overwrite_pages(programme_file, list(range(page_count // 4, page_count * 3 // 4)))
    refuse(programme_file, "corrupt")


def test_garbage_in_one_table_is_found_before_any_write(programme_file: Path) -> None:
    """Garbage over only the note table's pages. SQLite does not read them while opening, so opening
    succeeds (and stays as fast for a large file); the quick check started at opening finds the damage,
    every write is refused as "corrupt" before it touches the file, and reading the damaged table fails
    with a clear StorageError. Undamaged tables can still be read, to rescue what is there."""
    overwrite_pages(programme_file, root_pages(programme_file, "note"))
    digest = sha256(programme_file)
    with ProgrammeStore.open(programme_file) as store:
        assert store.verify(timeout=10) is False
        with pytest.raises(StorageError) as reading:
            count_notes(store)
        assert "malformed" in reading.value.params["reason"]
        with store.reading() as session:
            board = session.exec(select(Board)).one()
            assert session.exec(select(Programme)).one().name == "Kylä 2030"
        with pytest.raises(FileOpenError) as writing, store.transaction() as session:
            session.add(Note(board_id=board.id, text="new"))
        assert writing.value.kind == "corrupt"
        with pytest.raises(FileOpenError), store.transaction() as session:
            session.add(Participant(programme_id=store.programme_id, display_name="Someone"))
    assert_untouched(programme_file, digest)


def test_a_sound_file_passes_the_quick_check(programme_file: Path) -> None:
    with ProgrammeStore.open(programme_file) as store:
        assert store.verify(timeout=10) is True


@pytest.mark.parametrize(
    "statement",
    [
        pytest.param("CREATE TRIGGER wipe AFTER UPDATE ON app_meta BEGIN DELETE FROM programme; END", id="trigger"),
        pytest.param("CREATE VIEW everyone AS SELECT display_name FROM participant", id="view"),
    ],
)
def test_file_with_added_schema_objects(programme_file: Path, statement: str) -> None:
    """Someone added a trigger or view: refused as damaged, and nothing from it ran (the file is unchanged)."""
    edit_with_sqlite(programme_file, statement)
    refuse(programme_file, "corrupt")


# --- newer files -----------------------------------------------------------------------------------------


def _make_newer(path: Path) -> None:
    edit_with_sqlite(
        path,
        "UPDATE app_meta SET value = '9.9.0' WHERE key = 'written_by_version'",
        "PRAGMA user_version = 99",
    )


def test_newer_file(programme_file: Path) -> None:
    """The message tells which app and format wrote the file and what this app reads, so people can act."""
    _make_newer(programme_file)
    error = refuse(programme_file, "newer")
    assert error.params["file_format"] == 99
    assert error.params["format"] == HEAD_FORMAT
    assert error.params["file_app"] == "9.9.0"
    assert error.params["app"] == __version__
    message = str(error)
    for value in ("99", str(HEAD_FORMAT), "9.9.0", __version__):
        assert value in message


def test_newer_file_refused_even_read_only(programme_file: Path) -> None:
    _make_newer(programme_file)
    refuse(programme_file, "newer", read_only=True)


def test_newer_file_with_uri_characters_in_name(template: Path, folder: Path) -> None:
    path = folder / "Plan #2.workshop"
    shutil.copyfile(template, path)
    _make_newer(path)
    assert refuse(path, "newer").params["file_app"] == "9.9.0"


# --- locks and protection --------------------------------------------------------------------------------


def test_file_opened_twice_is_locked(programme_file: Path) -> None:
    """A second open in the same process is refused; the first keeps working and keeps its lock."""
    first = ProgrammeStore.open(programme_file)
    try:
        with pytest.raises(FileOpenError) as caught:
            ProgrammeStore.open(programme_file)
        assert caught.value.kind == "locked"
        assert str(programme_file) in str(caught.value)
        assert lock_path(programme_file).exists()
        with first.transaction() as session:
            session.add(Participant(programme_id=first.programme_id, display_name="Øyvind"))
    finally:
        first.close()
    assert sorted(p.name for p in programme_file.parent.iterdir()) == [programme_file.name]
    with ProgrammeStore.open(programme_file) as again:
        assert not again.read_only
        with again.reading() as session:
            names = set(session.exec(select(Participant.display_name)).all())
        assert names == {"Päivi Mäkelä", "Øyvind"}


def test_explicit_read_only(programme_file: Path) -> None:
    """read_only=True reads everything, refuses every change, and leaves no trace (no lock, WAL or shm)."""
    digest = sha256(programme_file)
    with ProgrammeStore.open(programme_file, read_only=True) as store:
        assert store.read_only
        assert count_notes(store) == 3
        with store.reading() as session:
            assert session.exec(select(Participant.display_name)).one() == "Päivi Mäkelä"
        with pytest.raises(ReadOnlyError), store.transaction():
            pytest.fail("a read-only store must not start a transaction")
        store.checkpoint()  # a no-op when read-only
        assert sorted(p.name for p in programme_file.parent.iterdir()) == [programme_file.name]
    assert_untouched(programme_file, digest)


@needs_permissions
@pytest.mark.parametrize("protect", ["file", "folder"])
def test_write_protected_file_opens_read_only(programme_file: Path, protect: str) -> None:
    """A file (or its folder) without write permission opens read-only rather than failing later."""
    target = programme_file if protect == "file" else programme_file.parent
    mode = target.stat().st_mode
    digest = sha256(programme_file)
    target.chmod(0o444 if protect == "file" else 0o555)
    try:
        with ProgrammeStore.open(programme_file) as store:
            assert store.read_only
            assert count_notes(store) == 3
            with pytest.raises(ReadOnlyError), store.transaction():
                pass
    finally:
        target.chmod(mode)
    assert_untouched(programme_file, digest)


@needs_permissions
def test_unreadable_file(programme_file: Path) -> None:
    digest = sha256(programme_file)
    programme_file.chmod(0o000)
    try:
        with pytest.raises(FileOpenError) as caught:
            ProgrammeStore.open(programme_file)
    finally:
        programme_file.chmod(0o644)
    assert caught.value.kind == "unreadable"
    assert str(programme_file) in str(caught.value)
    assert_untouched(programme_file, digest)


# --- creating --------------------------------------------------------------------------------------------


def test_create_never_overwrites(programme_file: Path) -> None:
    digest = sha256(programme_file)
    with pytest.raises(FileOpenError) as caught:
        ProgrammeStore.create(programme_file, _initialise)
    assert caught.value.kind == "exists"
    assert str(programme_file) in str(caught.value)
    assert_untouched(programme_file, digest)


def test_create_in_missing_folder(tmp_path: Path) -> None:
    gone = tmp_path / "gone"
    with pytest.raises(FileOpenError) as caught:
        ProgrammeStore.create(gone / "plan.workshop", _initialise)
    assert caught.value.kind == "missing"
    assert str(gone) in str(caught.value)
    assert not gone.exists()


@needs_permissions
def test_create_in_write_protected_folder(folder: Path) -> None:
    folder.chmod(0o555)
    try:
        with pytest.raises(FileOpenError) as caught:
            ProgrammeStore.create(folder / "plan.workshop", _initialise)
    finally:
        folder.chmod(0o755)
    assert caught.value.kind == "unwritable"
    assert list(folder.iterdir()) == []


def test_create_leaves_only_the_file(folder: Path) -> None:
    """The file is built under a temporary name and moved into place; nothing else stays behind."""
    path = folder / "plan.workshop"
    with ProgrammeStore.create(path, _initialise) as store:
        assert not store.read_only
        assert store.backup is None
        assert count_notes(store) == 3
    assert sorted(p.name for p in folder.iterdir()) == [path.name]


@settings(max_examples=300, deadline=None)
@given(
    moment=st.datetimes(timezones=st.one_of(st.just(UTC), st.timezones())), other=st.datetimes(timezones=st.just(UTC))
)
def test_a_time_is_stored_as_sqlalchemys_datetime_would_store_it(moment: datetime, other: datetime) -> None:
    """UTCDateTime writes a time's stored text in one step on SQLite (it runs for every drag); the text must be
    exactly what SQLAlchemy's own DateTime stores after converting to naive UTC, or times written before and
    after would sort and compare differently in a file. ``datetime.UTC`` (what the app's clock gives) has a
    path of its own, and the text of the moment converted last is remembered: asked again, after another
    moment, it is still the same."""
    from sqlalchemy import DateTime
    from sqlalchemy.dialects import sqlite

    from workshop_app.domain.types import UTCDateTime

    dialect = sqlite.dialect()
    ours = UTCDateTime().dialect_impl(dialect).bind_processor(dialect)
    theirs = DateTime().dialect_impl(dialect).bind_processor(dialect)
    assert ours is not None and theirs is not None
    try:
        expected = theirs(moment.astimezone(UTC).replace(tzinfo=None))
    except OverflowError:  # a moment that has no UTC time within datetime's range: refused alike
        with pytest.raises(OverflowError):
            ours(moment)
        return
    assert ours(moment) == expected
    assert ours(moment) == expected  # remembered
    assert ours(other) == theirs(other.replace(tzinfo=None))
    assert ours(moment) == expected  # after another moment
    assert ours(None) is None
    with pytest.raises(ValueError, match="naive"):
        ours(moment.replace(tzinfo=None))
