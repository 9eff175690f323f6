"""``workshop-app copy`` and ``workshop-app merge`` on the command line: each command's entry point once in a
child process (``python -m workshop_app``), the other calls in this process (tests/cli_in_process.py), except a
refusal that must be the only line a person sees."""

import sqlite3
from pathlib import Path

import pytest

from tests.cli_in_process import CoreMain, core_main_fixture  # noqa: F401  (the core_main fixture)
from tests.mergefixtures import base_file, editing, hexid, value
from tests.test_cli import core
from workshop_app.services import boards
from workshop_app.storage import fileformat


@pytest.mark.slow
def test_copy_then_merge_back_with_a_dry_run_first(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, core_main: CoreMain
) -> None:
    mine, base = base_file(tmp_path_factory, tmp_path)
    theirs = tmp_path / "colleague.workshop"
    copied = core("copy", str(mine), str(theirs))
    assert copied.returncode == 0, copied.stderr
    assert copied.stdout.strip() == str(theirs)
    assert value(theirs, "SELECT origin_id FROM merge_copy") == value(mine, "SELECT copy_id FROM merge_copy")
    with editing(theirs) as store:
        boards.update_note(store, base.notes[0], {"text": "Changed there"})

    dry = core_main("merge", str(mine), str(theirs), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Notes: 0 new, 1 changed, 0 deleted" in dry.stdout
    assert value(mine, "SELECT text FROM note WHERE id = ?", hexid(base.notes[0])) == "Idea 0"

    merged = core("merge", str(mine), str(theirs))
    assert merged.returncode == 0, merged.stderr
    assert f"Merged {theirs} into {mine}." in merged.stdout and "Backup before the merge:" in merged.stdout
    assert value(mine, "SELECT text FROM note WHERE id = ?", hexid(base.notes[0])) == "Changed there"


def test_merge_into_theirs_or_out_to_a_new_file(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, core_main: CoreMain
) -> None:
    mine, base = base_file(tmp_path_factory, tmp_path)
    theirs = tmp_path / "colleague.workshop"
    assert core_main("copy", str(mine), str(theirs)).returncode == 0
    with editing(mine) as store:
        boards.update_note(store, base.notes[1], {"text": "Changed here"})
    new = tmp_path / "merged.workshop"
    mine_bytes = mine.read_bytes()

    assert core_main("merge", str(mine), str(theirs), "--out", str(new)).returncode == 0
    assert mine.read_bytes() == mine_bytes
    assert value(new, "SELECT text FROM note WHERE id = ?", hexid(base.notes[1])) == "Changed here"

    assert core_main("merge", str(mine), str(theirs), "--into", str(theirs)).returncode == 0
    assert value(theirs, "SELECT text FROM note WHERE id = ?", hexid(base.notes[1])) == "Changed here"
    wrong = core_main("merge", str(mine), str(theirs), "--into", str(new))
    assert wrong.returncode == 1
    assert "--into must name one of the two files" in wrong.stderr


def test_a_newer_file_is_refused_in_one_line(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, core_main: CoreMain
) -> None:
    mine, _base = base_file(tmp_path_factory, tmp_path)
    theirs = tmp_path / "newer.workshop"
    assert core_main("copy", str(mine), str(theirs)).returncode == 0
    conn = sqlite3.connect(theirs)
    conn.execute(f"PRAGMA user_version = {fileformat.HEAD_FORMAT + 1}")
    conn.close()

    refused = core("merge", str(mine), str(theirs))
    assert refused.returncode == 1
    assert len(refused.stderr.strip().splitlines()) == 1 and "newer" in refused.stderr
