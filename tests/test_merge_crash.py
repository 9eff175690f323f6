"""A merge killed at any moment leaves MINE as it was, or merged whole (one transaction)."""

import random
import shutil
import signal
import time
from pathlib import Path

import pytest

from tests.forked import Rounds, forking
from tests.mergefixtures import base_file, editing, read, value
from workshop_app.merge.copying import copy_programme
from workshop_app.services import boards

# Each round a fresh process forked from one that imported the merge once (tests/forked.py).
CHILD = "tests.merge_child"
ADDED = 1500
ROUNDS = 8

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (not on Windows)")


def _state(path: Path) -> tuple[int, str]:
    assert read(path, "PRAGMA integrity_check") == [("ok",)]
    return int(value(path, "SELECT count(*) FROM note")), str(
        value(path, "SELECT text FROM note ORDER BY created_at LIMIT 1")
    )


def _run(rounds: Rounds, mine: Path, theirs: Path, kill_after: float | None) -> float | None:
    pid = rounds.start(str(mine), str(theirs))
    try:
        assert rounds.readline().startswith(b"ready")
        if kill_after is None:
            line = rounds.readline()
            assert line.startswith(b"done"), line
            return float(line.split()[1])
        time.sleep(kill_after)
        return None
    finally:
        _rest, code = rounds.kill(pid)
        assert code == -signal.SIGKILL


@pytest.mark.slow
def test_a_killed_merge_leaves_mine_as_it_was_or_merged_whole(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    mine, base = base_file(tmp_path_factory, tmp_path, "template-mine.workshop")
    theirs = tmp_path / "theirs.workshop"
    copy_programme(mine, theirs)
    with editing(theirs) as store, store.transaction():
        boards.update_note(store, base.notes[0], {"text": "Changed there"})
        for n in range(ADDED):
            boards.add_note(store, base.board, f"Added there {n}", 0.0, 0.0)
    before = _state(mine)

    with forking(CHILD) as rounds:
        whole = tmp_path / "whole.workshop"
        shutil.copyfile(mine, whole)
        duration = _run(rounds, whole, theirs, None)
        assert duration is not None
        after = _state(whole)
        assert after[0] == before[0] + ADDED

        rng = random.Random(16)
        outcomes = []
        for round_number in range(ROUNDS):
            path = tmp_path / f"round{round_number}.workshop"
            shutil.copyfile(mine, path)
            # The commit comes before the log is folded in.
            _run(rounds, path, theirs, rng.uniform(0.0, duration * 0.6))
            state = _state(path)
            assert state in (before, after), f"round {round_number}: half a merge: {state}"
            outcomes.append(state == after)
    assert False in outcomes, "no kill landed before the merge committed"
