"""``workshop-app copy`` and ``workshop-app merge`` on the command line (in process, as python -m workshop_app)."""

import sqlite3
from pathlib import Path

import pytest

from tests.mergefixtures import base_file, editing, hexid, value
from workshop_app.cli import main
from workshop_app.services import boards
from workshop_app.storage import fileformat


def test_copy_then_merge_back_with_a_dry_run_first(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    mine, base = base_file(tmp_path_factory, tmp_path)
    theirs = tmp_path / "colleague.workshop"
    assert main(["copy", str(mine), str(theirs)]) == 0
    assert capsys.readouterr().out.strip() == str(theirs)
    assert value(theirs, "SELECT origin_id FROM merge_copy") == value(mine, "SELECT copy_id FROM merge_copy")
    with editing(theirs) as store:
        boards.update_note(store, base.notes[0], {"text": "Changed there"})

    assert main(["merge", str(mine), str(theirs), "--dry-run"]) == 0
    assert "Notes: 0 new, 1 changed, 0 deleted" in capsys.readouterr().out
    assert value(mine, "SELECT text FROM note WHERE id = ?", hexid(base.notes[0])) == "Idea 0"

    assert main(["merge", str(mine), str(theirs)]) == 0
    out = capsys.readouterr().out
    assert f"Merged {theirs} into {mine}." in out and "Backup before the merge:" in out
    assert value(mine, "SELECT text FROM note WHERE id = ?", hexid(base.notes[0])) == "Changed there"


def test_merge_into_theirs_or_out_to_a_new_file(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    mine, base = base_file(tmp_path_factory, tmp_path)
    theirs = tmp_path / "colleague.workshop"
    assert main(["copy", str(mine), str(theirs)]) == 0
    with editing(mine) as store:
        boards.update_note(store, base.notes[1], {"text": "Changed here"})
    new = tmp_path / "merged.workshop"
    mine_bytes = mine.read_bytes()

    assert main(["merge", str(mine), str(theirs), "--out", str(new)]) == 0
    assert mine.read_bytes() == mine_bytes
    assert value(new, "SELECT text FROM note WHERE id = ?", hexid(base.notes[1])) == "Changed here"

    assert main(["merge", str(mine), str(theirs), "--into", str(theirs)]) == 0
    assert value(theirs, "SELECT text FROM note WHERE id = ?", hexid(base.notes[1])) == "Changed here"
    assert main(["merge", str(mine), str(theirs), "--into", str(new)]) == 1
    assert "--into must name one of the two files" in capsys.readouterr().err


def test_a_newer_file_is_refused_in_one_line(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    mine, _base = base_file(tmp_path_factory, tmp_path)
    theirs = tmp_path / "newer.workshop"
    assert main(["copy", str(mine), str(theirs)]) == 0
    conn = sqlite3.connect(theirs)
    conn.execute(f"PRAGMA user_version = {fileformat.HEAD_FORMAT + 1}")
    conn.close()
    capsys.readouterr()

    assert main(["merge", str(mine), str(theirs)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "newer" in err
