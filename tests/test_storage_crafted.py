"""Crafted content against every command that reads a file: check, info, export, open.

Each case edits a sound demo file behind the app's back, as another tool or a malicious sender could. Whatever
the content, no command prints a traceback (a failure is one line), a file that cannot be shown is left byte
for byte as it was, and ``check`` calls a file sound exactly when the app opens it and finds it sound.
"""

import hashlib
import sqlite3
from pathlib import Path

import pytest

from tests import templates
from workshop_app.cli import run_headless
from workshop_app.errors import FileOpenError
from workshop_app.storage.health import check_file
from workshop_app.storage.store import ProgrammeStore

# (id, statements, sound): what the app must make of the file afterwards.
CASES = [
    ("catalogue-not-json", ["UPDATE catalogue_snapshot SET content = '{not json'"], True),
    ("catalogue-invalid", ['UPDATE catalogue_snapshot SET content = \'{"version": "x", "methods": []}\''], True),
    ("name-escape-sequences", ["UPDATE programme SET name = 'Evil' || char(27) || '[31mRED' || char(7)"], True),
    ("name-right-to-left", ["UPDATE programme SET name = 'abc' || char(8238) || 'fdp.exe'"], True),
    (
        "date-not-iso",
        ["UPDATE workshop SET date = '12.03.2026' WHERE rowid = (SELECT min(rowid) FROM workshop)"],
        False,
    ),
    (
        "date-impossible",
        ["UPDATE action SET due_date = '2026-02-31' WHERE rowid = (SELECT min(rowid) FROM action)"],
        False,
    ),
    (
        "timestamp-garbage",
        ["UPDATE note SET created_at = 'yesterday' WHERE rowid = (SELECT min(rowid) FROM note)"],
        False,
    ),
    ("uuid-bad", ["UPDATE note SET participant_id = 'not-a-uuid' WHERE rowid = (SELECT min(rowid) FROM note)"], False),
    ("uuid-blob", ["UPDATE vote SET id = x'00ff' WHERE rowid = (SELECT min(rowid) FROM vote)"], False),
    ("text-in-float", ["UPDATE note SET x = 'left' WHERE rowid = (SELECT min(rowid) FROM note)"], False),
    ("infinite-coordinate", ["UPDATE note SET y = 9e999 WHERE rowid = (SELECT min(rowid) FROM note)"], False),
    ("text-in-integer", ["UPDATE action SET priority = 'high' WHERE rowid = (SELECT min(rowid) FROM action)"], False),
    ("blob-in-text", ["UPDATE decision SET text = x'fffe00' WHERE rowid = (SELECT min(rowid) FROM decision)"], False),
    (
        "note-5-mb",
        ["UPDATE note SET text = hex(zeroblob(2500000)) WHERE rowid = (SELECT min(rowid) FROM note)"],
        False,
    ),
    ("boolean-two", ["UPDATE note SET hidden = 2 WHERE rowid = (SELECT min(rowid) FROM note)"], False),
    (
        "null-in-required",
        [
            "PRAGMA writable_schema = ON",
            "UPDATE sqlite_master SET sql = replace(sql, 'what VARCHAR NOT NULL', 'what VARCHAR') "
            "WHERE name = 'action'",
        ],
        False,
    ),
    ("trigger", ["CREATE TRIGGER t AFTER INSERT ON note BEGIN DELETE FROM note; END"], False),
    ("view", ["CREATE VIEW everyone AS SELECT display_name FROM participant"], False),
    (
        "two-programmes",
        [
            "INSERT INTO programme SELECT lower(hex(randomblob(16))), created_at, updated_at, "
            "name, area, region, language, start_year, description, catalogue_version FROM programme"
        ],
        False,
    ),
]


@pytest.fixture(autouse=True)
def _qt_application(qapp: object) -> None:
    """The commands run here in-process make a QCoreApplication when none exists; pytest-qt's QApplication
    made first is reused instead, so window tests later in the same process can still start."""


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return templates.demo_template(tmp_path_factory)


def craft(demo: Path, folder: Path, statements: list[str]) -> Path:
    path = templates.copy_of(demo, folder, "crafted.workshop")
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
        if any("writable_schema" in s for s in statements):
            conn.close()
            conn = sqlite3.connect(path)
            conn.execute("UPDATE action SET what = NULL WHERE rowid = (SELECT min(rowid) FROM action)")
            conn.commit()
    finally:
        conn.close()
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_line_or_report(code: int, out: str, err: str) -> None:
    assert "Traceback" not in out + err
    if code != 0:
        assert len(err.strip().splitlines()) == 1, err


@pytest.mark.parametrize(("statements", "sound"), [pytest.param(s, ok, id=name) for name, s, ok in CASES])
def test_crafted_content(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], statements: list[str], sound: bool
) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    path = craft(demo, folder, statements)
    before = digest(path)

    report = check_file(path)
    assert report.sound is sound, report.findings
    code = run_headless(["check", str(path)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert code == (0 if sound else 1)

    for command in (["info", str(path)], ["info", str(path), "--json"]):
        code = run_headless(command)
        out, err = capsys.readouterr()
        one_line_or_report(code, out, err)
        assert code == (0 if sound else 1), err
        assert "\x1b" not in out and "\u202e" not in out and "\x07" not in out

    # Opening agrees with check: a sound file opens and passes the opening's own checks, another does not.
    try:
        store = ProgrammeStore.open(path, read_only=True)
    except FileOpenError:
        opened_sound = False
    else:
        with store:
            opened_sound = store.verify(timeout=60)
    assert opened_sound is sound
    assert digest(path) == before
    assert sorted(p.name for p in folder.iterdir()) == ["crafted.workshop"]

    out_file = tmp_path / "plan.csv"
    code = run_headless(["export", str(path), "--out", str(out_file)])
    out, err = capsys.readouterr()
    one_line_or_report(code, out, err)
    assert code == (0 if sound else 1), err
    assert out_file.exists() is sound
    if not sound:
        assert digest(path) == before
    assert sorted(p.name for p in folder.iterdir()) == ["crafted.workshop"]
