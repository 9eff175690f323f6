"""Killing the app mid-edit loses nothing it acknowledged and never damages the file.

A child process (``crash_editor.py``) edits one programme file through the real services and prints every edit
the store acknowledged; it is killed with SIGKILL at random moments, over several rounds on the same file. Each
round is a fresh process forked from one that imported the editor once (``tests/forked.py``).
After each kill the file is reopened (the OS has dropped the dead process's lock; SQLite replays its -wal) and
must pass ``integrity_check`` and ``foreign_key_check``, and its content must be exactly what the acknowledged
edits made of it, give or take the one edit in flight at the kill (``begin`` printed, ``ack`` not).
"""

import json
import random
import signal
import time
from pathlib import Path
from typing import Any

import pytest

from tests.forked import Rounds, forking
from workshop_app.domain.enums import ActionStatus
from workshop_app.services.actions import list_actions
from workshop_app.services.boards import create_board, list_boards, list_notes
from workshop_app.services.participants import list_participants
from workshop_app.services.programme import create_programme
from workshop_app.services.workshops import create_workshop
from workshop_app.storage.store import ProgrammeStore

EDITOR = "tests.crash_editor"
SEED = 20260601
ROUNDS = 8
START_TIMEOUT = 60.0

# The file's content as the test compares it: per kind, id -> the fields the edits touch.
State = dict[str, dict[str, tuple[Any, ...]]]
# The unique text an added item is found by when its ``ack`` (with the id) never came; first in its tuple.
UNIQUE_FIELD = {"add_note": ("note", "text"), "add_action": ("action", "what"), "add_participant": ("person", "name")}

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (not on Windows)")


def _read_state(store: ProgrammeStore) -> State:
    """Everything the editor can change, read through the services as the app would show it."""
    [board] = list_boards(store)
    actions = list_actions(store)
    for action in actions:
        # A status change must take its side effect along in the same transaction, never half of it.
        assert (action.done_date is not None) == (action.status == ActionStatus.DONE.value), action
    return {
        "note": {str(note.id): (note.text, note.x, note.y) for note in list_notes(store, board.id)},
        "action": {str(action.id): (action.what, action.status) for action in actions},
        "person": {str(person.id): (person.display_name,) for person in list_participants(store)},
    }


def _apply(state: State, edit: dict[str, Any], item_id: str | None = None) -> State:
    """``state`` with one edit made; ``item_id`` names the item an unacknowledged add would have created."""
    new = {kind: dict(items) for kind, items in state.items()}
    op, target = edit["op"], item_id or edit.get("id")
    if op == "add_note":
        new["note"][target] = (edit["text"], edit["x"], edit["y"])
    elif op == "move_note":
        new["note"][target] = (new["note"][target][0], edit["x"], edit["y"])
    elif op == "set_note_text":
        new["note"][target] = (edit["text"], *new["note"][target][1:])
    elif op == "add_action":
        new["action"][target] = (edit["what"], ActionStatus.OPEN.value)
    elif op == "set_action_status":
        new["action"][target] = (new["action"][target][0], edit["status"])
    elif op == "add_participant":
        new["person"][target] = (edit["name"],)
    else:
        raise AssertionError(f"unknown edit {edit}")
    return new


def _with_pending(state: State, pending: dict[str, Any], found: State) -> State:
    """``state`` as it is if the edit in flight did land; an add's id is looked up in ``found`` by its text."""
    if pending["op"] not in UNIQUE_FIELD:
        return _apply(state, pending)
    kind, field = UNIQUE_FIELD[pending["op"]]
    ids = [item_id for item_id, values in found[kind].items() if values[0] == pending[field]]
    return _apply(state, pending, ids[0] if ids else "not-in-file")


def _differences(expected: State, found: State, limit: int = 10) -> list[str]:
    lines = []
    for kind, items in expected.items():
        for item_id in sorted(items.keys() | found[kind].keys()):
            if items.get(item_id) != found[kind].get(item_id):
                lines.append(f"{kind} {item_id}: acknowledged {items.get(item_id)}, in file {found[kind].get(item_id)}")
    return lines[:limit] + ([f"... {len(lines) - limit} more"] if len(lines) > limit else [])


def _run_and_kill(
    rounds: Rounds, path: Path, seed: int, run_for: float, log: Path
) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """Start an editor, let it edit for ``run_for`` seconds, SIGKILL it; returns (acknowledged, in flight)."""
    pid = rounds.start(str(path), str(seed))
    try:
        first = rounds.poll(START_TIMEOUT)
        if first is None:
            pytest.fail(f"editor did not start:\n{log.read_text()}")
        time.sleep(run_for)  # the editor's lines wait in the test's queue: it never stalls on a full pipe
    finally:
        rest, code = rounds.kill(pid)
    lines = [first, *rest]
    assert code == -signal.SIGKILL, f"editor stopped by itself (exit {code}):\n{log.read_text()}"

    # Only whole lines count: one cut off by the kill was never acknowledged.
    assert lines[0] == b"ready\n", lines[:1]
    records = [json.loads(line) for line in lines[1:] if line.endswith(b"\n")]
    acknowledged: list[dict[str, Any]] = []
    pending: dict[str, Any] | None = None
    for record in records:
        state, seq = record.pop("state"), record.pop("seq")
        if state == "begin":
            assert pending is None, f"edit {seq} began before the previous one was acknowledged"
            pending = {"seq": seq, **record}
        else:
            assert pending is not None and pending["seq"] == seq, f"ack of edit {seq} without its begin"
            acknowledged.append(record)
            pending = None
    return acknowledged, pending


@pytest.mark.slow
def test_acknowledged_edits_survive_sigkill(tmp_path: Path) -> None:
    """Rounds of edit-then-SIGKILL on one file, so recovery is also tested on files already recovered before."""
    path = tmp_path / "crash.workshop"
    store = create_programme(path, name="Crash test", start_year=2026)
    try:
        workshop = create_workshop(store, "Vision", 1)
        create_board(store, workshop.id, "Impact / effort")
        state = _read_state(store)
    finally:
        store.close()

    rng = random.Random(SEED)
    total, in_flight_landed, wal_replayed = 0, 0, 0
    log = tmp_path / "stderr.txt"
    with log.open("wb") as stderr, forking(EDITOR, stderr) as rounds:
        for round_ in range(ROUNDS):
            acknowledged, pending = _run_and_kill(rounds, path, SEED + round_, rng.uniform(0.05, 0.6), log)
            total += len(acknowledged)
            wal = path.with_name(path.name + "-wal")
            wal_replayed += wal.exists() and wal.stat().st_size > 0

            # Raises FileOpenError(kind="locked") if the OS had not dropped the dead editor's lock.
            store = ProgrammeStore.open(path)
            try:
                assert store.verify(timeout=30), "the quick check at opening found the file damaged"
                with store.engine.connect() as conn:
                    assert conn.exec_driver_sql("PRAGMA integrity_check").scalars().all() == ["ok"]
                    assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
                found = _read_state(store)
            finally:
                store.close()

            for edit in acknowledged:
                state = _apply(state, edit)
            landed = pending is not None and found == _with_pending(state, pending, found)
            assert found == state or landed, (
                f"round {round_}: {len(acknowledged)} edits acknowledged, in flight {pending}; file differs:\n"
                + "\n".join(_differences(state, found))
            )
            in_flight_landed += landed
            state = found  # the next round edits the file as it is, the in-flight edit included or not

    print(
        f"{ROUNDS} rounds, {total} edits acknowledged, {in_flight_landed} in-flight edits landed, "
        f"{wal_replayed} reopenings replayed a -wal"
    )
    assert total > 50, f"only {total} edits acknowledged: the test proved little"
