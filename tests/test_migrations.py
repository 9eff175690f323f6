"""Files of every released older format open, are migrated to the current format, and keep their data.

The files in tests/fixtures/schema/ were written by the app version that introduced each format (see
tests/fixtures/make_fixtures.py); they stand for the files people already have on their disks.
"""

import re
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlmodel import SQLModel, select

from workshop_app import __version__
from workshop_app.domain import models
from workshop_app.errors import FileOpenError
from workshop_app.paths import backup_dir
from workshop_app.storage import fileformat
from workshop_app.storage.connection import make_engine, pragma_value
from workshop_app.storage.migrate import KEEP_BACKUPS, SCRIPT_LOCATION, head_revision, write_backup
from workshop_app.storage.store import ProgrammeStore

SCHEMA_FIXTURES = Path(__file__).parent / "fixtures" / "schema"
FIXTURES = sorted(SCHEMA_FIXTURES.glob("format*.workshop"))
# Tables whose rows a migration rewrites on purpose: the revision and the app that last wrote the file.
BOOKKEEPING = {"alembic_version", "app_meta"}


def fixture_format(fixture: Path) -> int:
    match = re.fullmatch(r"format(\d+)\.workshop", fixture.name)
    assert match, fixture.name
    return int(match.group(1))


def read_only(path: Path, *, immutable: bool = True) -> sqlite3.Connection:
    """A connection that cannot change the file (nor, immutable, create -wal/-shm beside it)."""
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro" + ("&immutable=1" if immutable else ""), uri=True)


def table_columns(conn: sqlite3.Connection) -> dict[str, list[str]]:
    tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {table: [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')] for table in tables}


def table_rows(conn: sqlite3.Connection, shape: dict[str, list[str]]) -> dict[str, list[Any]]:
    """Every row of the tables and columns in ``shape``, sorted, so a migrated file (which may have gained
    tables or columns) can be compared with its original."""
    rows = {}
    for table, columns in shape.items():
        names = ", ".join(f'"{column}"' for column in columns)
        rows[table] = sorted(conn.execute(f'SELECT {names} FROM "{table}"').fetchall(), key=repr)
    return rows


def schema_differences(engine: Engine) -> list[Any]:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        return list(compare_metadata(context, SQLModel.metadata))


def alembic_scripts() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    return ScriptDirectory.from_config(config)


@pytest.fixture(params=FIXTURES, ids=[f.stem for f in FIXTURES])
def old_file(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """A private copy of one fixture (never migrate the committed file itself)."""
    folder = tmp_path / "files"
    folder.mkdir()
    path = folder / "plan.workshop"
    shutil.copyfile(request.param, path)
    return path


def test_fixtures_cover_every_older_format() -> None:
    """When a new format is released, the previous one needs a fixture (see make_fixtures.py)."""
    assert {fixture_format(f) for f in FIXTURES} >= set(range(1, fileformat.HEAD_FORMAT))
    for fixture in FIXTURES:
        conn = read_only(fixture)
        try:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == fixture_format(fixture)
        finally:
            conn.close()


def test_old_file_is_migrated_with_its_data(old_file: Path) -> None:
    original = read_only(old_file)
    try:
        file_format = original.execute("PRAGMA user_version").fetchone()[0]
        shape = table_columns(original)
        before = table_rows(original, shape)
    finally:
        original.close()

    with ProgrammeStore.open(old_file) as store:
        assert not store.read_only
        assert pragma_value(store.engine, "user_version") == fileformat.HEAD_FORMAT
        with store.reading() as session:
            note = session.exec(select(models.Note).where(models.Note.text == "Kirjasto auki sunnuntaisin")).one()
            assert (note.x, note.y) == (-0.5, 0.125)
            assert note.created_at == datetime(2026, 3, 2, 8, 15, tzinfo=UTC)
            names = set(session.exec(select(models.Participant.display_name)).all())
            assert names == {"Päivi Mäkelä", "Øyvind Åsheim"}
            programme = session.exec(select(models.Programme)).one()
            assert programme.name == "Kylä 2030 – Ærøskøbing"
            assert programme.id == store.programme_id
            assert len(session.exec(select(models.Note)).all()) == 3
            assert len(session.exec(select(models.Action)).all()) == 2
        backup = store.backup

    assert sorted(p.name for p in old_file.parent.iterdir()) == [old_file.name]
    migrated = read_only(old_file)
    try:
        assert migrated.execute("PRAGMA user_version").fetchone()[0] == fileformat.HEAD_FORMAT
        assert migrated.execute("SELECT version_num FROM alembic_version").fetchall() == [(head_revision(),)]
        meta = dict(migrated.execute("SELECT key, value FROM app_meta").fetchall())
        after = table_rows(migrated, shape)
    finally:
        migrated.close()
    assert meta["written_by_version"] == __version__
    assert meta["created_by_version"] == dict(before["app_meta"])["created_by_version"]
    assert {t: r for t, r in after.items() if t not in BOOKKEEPING} == {
        t: r for t, r in before.items() if t not in BOOKKEEPING
    }

    assert backup is not None
    assert backup.parent == backup_dir()
    assert f".format{file_format}." in backup.name
    copy = read_only(backup, immutable=False)
    try:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == file_format
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert table_rows(copy, table_columns(copy)) == before
    finally:
        copy.close()


def test_reopening_writes_no_second_backup(old_file: Path) -> None:
    with ProgrammeStore.open(old_file) as store:
        assert store.backup is not None
    with ProgrammeStore.open(old_file) as store:
        assert store.backup is None
    assert len(list(backup_dir().iterdir())) == 1


def test_old_file_opened_read_only_is_refused_untouched(old_file: Path) -> None:
    """An older file cannot be shown without migrating, and read-only means it must not be changed."""
    data = old_file.read_bytes()
    with pytest.raises(FileOpenError) as caught:
        ProgrammeStore.open(old_file, read_only=True)
    assert caught.value.kind == "read_only_old"
    assert str(old_file) in str(caught.value)
    assert old_file.read_bytes() == data
    assert sorted(p.name for p in old_file.parent.iterdir()) == [old_file.name]
    assert not backup_dir().exists()


def test_migrated_schema_matches_the_models(old_file: Path) -> None:
    """The migrations build exactly the tables, columns, types, indexes and keys the models declare."""
    ProgrammeStore.open(old_file).close()
    engine = make_engine(old_file)
    try:
        assert schema_differences(engine) == []
    finally:
        engine.dispose()


@pytest.mark.skipif(not FIXTURES or fileformat.HEAD_FORMAT == 1, reason="no older format to compare")
def test_schema_comparison_sees_differences(old_file: Path) -> None:
    """Guards the test above against comparing nothing: an unmigrated file does differ from the models."""
    engine = make_engine(old_file)
    try:
        assert schema_differences(engine) != []
    finally:
        engine.dispose()
    assert sorted(p.name for p in old_file.parent.iterdir()) == [old_file.name]


def test_backup_of_file_with_uri_characters_in_name(old_file: Path) -> None:
    path = old_file.rename(old_file.with_name("Plan #2.workshop"))
    original = read_only(path)
    try:
        file_format = original.execute("PRAGMA user_version").fetchone()[0]
        before = table_rows(original, table_columns(original))
    finally:
        original.close()
    with ProgrammeStore.open(path) as store:
        backup = store.backup
    assert backup is not None
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    copy = read_only(backup)
    try:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == file_format
        assert table_rows(copy, table_columns(copy)) == before
    finally:
        copy.close()


# --- backups ---------------------------------------------------------------------------------------------


def _write_backups(source: Path, folder: Path, times: int) -> list[Path]:
    made = [write_backup(source, 1, folder=folder) for _ in range(times)]
    assert len(set(made)) == times  # distinct time stamps, or the count below would prove nothing
    return made


def test_keeps_newest_backups_only(tmp_path: Path) -> None:
    """Seven migrations of the same file leave its five newest backups; other files' backups stay."""
    source = tmp_path / "plan.workshop"
    shutil.copyfile(FIXTURES[0], source)
    folder = tmp_path / "backups"
    other = tmp_path / "other.workshop"
    shutil.copyfile(FIXTURES[0], other)
    (other_backup,) = _write_backups(other, folder, 1)

    made = _write_backups(source, folder, KEEP_BACKUPS + 2)

    assert KEEP_BACKUPS == 5
    assert sorted(folder.iterdir()) == sorted([*made[-KEEP_BACKUPS:], other_backup])


def test_keeps_newest_backups_of_file_with_glob_characters_in_name(tmp_path: Path) -> None:
    source = tmp_path / "Plan [A].workshop"
    shutil.copyfile(FIXTURES[0], source)
    folder = tmp_path / "backups"
    made = _write_backups(source, folder, KEEP_BACKUPS + 2)
    assert sorted(folder.iterdir()) == sorted(made[-KEEP_BACKUPS:])


# --- revisions and formats -------------------------------------------------------------------------------


def test_revisions_table_matches_alembic_scripts() -> None:
    """Every alembic revision has a file format number, numbered 1.. along the chain, head = HEAD_FORMAT."""
    scripts = alembic_scripts()
    chain = [script.revision for script in reversed(list(scripts.walk_revisions()))]
    assert len(scripts.get_heads()) == 1
    assert set(fileformat.REVISIONS) == set(chain)
    assert [fileformat.REVISIONS[revision] for revision in chain] == list(range(1, len(chain) + 1))
    assert fileformat.REVISIONS[head_revision()] == fileformat.HEAD_FORMAT
    assert head_revision() == chain[-1]


def test_each_revision_writes_its_format_number(tmp_path: Path) -> None:
    """Upgrading one revision at a time leaves user_version at that revision's format number."""
    path = tmp_path / "steps.workshop"
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    engine = make_engine(path)
    try:
        for revision, file_format in sorted(fileformat.REVISIONS.items(), key=lambda item: item[1]):
            with engine.begin() as conn:
                config.attributes["connection"] = conn
                command.upgrade(config, revision)
            assert pragma_value(engine, "user_version") == file_format
    finally:
        engine.dispose()
