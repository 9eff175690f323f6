"""A batch operation killed at any moment leaves all of it or none of it (one transaction, durable)."""

import random
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from tests.forked import forking
from tests.servicefixtures import make_programme
from tests.templates import copy_of, template
from workshop_app.services import boards, workshops

# Each round a fresh process forked from one that imported the deleter once (tests/forked.py).
CHILD = "tests.batch_deleter"
NOTES = 90
ROUNDS = 8

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (not on Windows)")


def _board_with_notes(path: Path) -> None:
    store = make_programme(path)
    with store.transaction():  # one commit for the whole board: the file is the same, made in a fraction
        workshop = workshops.create_workshop(store, "Kick-off", 1)
        for board_number in range(3):
            board = boards.create_board(store, workshop.id, f"Board {board_number}")
            for n in range(NOTES // 3):
                boards.add_note(store, board.id, f"Idea {board_number}.{n}", (n % 10) / 10, -(n % 7) / 7)
    store.verify()
    store.close()


def _count(path: Path) -> tuple[int, str]:
    conn = sqlite3.connect(path)
    try:
        notes = conn.execute("SELECT count(*) FROM note").fetchone()[0]
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    return int(notes), str(verdict)


@pytest.mark.slow
def test_a_killed_batch_delete_leaves_all_or_none(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    made = template(tmp_path_factory, "batch-notes", lambda path: _with_store(path))
    rng = random.Random(20261203)
    outcomes = []
    with forking(CHILD) as rounds:
        for round_number in range(ROUNDS):
            path = copy_of(made, tmp_path, f"round{round_number}.workshop")
            pid = rounds.start(str(path))
            try:
                line = rounds.readline()
                assert line.startswith(b"ready"), line
                # The kill lands within the batch after the first or the second one (alternately), at a random
                # moment of it: timed from this machine's own batches, so a slow or busy machine still kills
                # mid-batch (fixed delays of 0.3-1.5 s all landed in the first batch on a loaded machine).
                started = time.monotonic()
                assert rounds.readline().startswith(b"batch")
                batch_seconds = time.monotonic() - started
                if round_number % 2:
                    assert rounds.readline().startswith(b"batch")
                time.sleep(rng.uniform(0.05, 0.9) * batch_seconds)
            finally:
                _rest, code = rounds.kill(pid)
            assert code == -signal.SIGKILL
            notes, verdict = _count(path)
            assert verdict == "ok"
            assert notes in (0, NOTES), f"round {round_number}: {notes} of {NOTES} notes left: half a batch"
            outcomes.append(notes)
    # Both outcomes happen over the rounds, or the kill never landed inside the batch.
    assert 0 in outcomes and NOTES in outcomes, outcomes


def _with_store(path: Path):  # type: ignore[no-untyped-def]
    _board_with_notes(path)
    from workshop_app.storage.store import ProgrammeStore

    return ProgrammeStore.open(path)
