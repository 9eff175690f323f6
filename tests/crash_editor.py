"""Child process of ``test_crash_safety``: edits a programme file through the real services until it is killed.

Run as ``python tests/crash_editor.py FILE SEED``. Prints ``ready`` once the file is open, then for every edit a
``begin`` line before the service call and an ``ack`` line after it returns, each one JSON object, flushed at
once: the parent kills this process with SIGKILL at a random moment, and every ``ack`` it has read is an edit
the store promised was durable. The ``begin`` line of the one edit in flight tells the parent which single edit
may or may not have landed.
"""

import json
import random
import sys
import uuid
from pathlib import Path
from typing import Any

from workshop_app.domain.enums import ActionStatus
from workshop_app.services.actions import create_action, list_actions, update_action
from workshop_app.services.boards import add_note, list_boards, list_notes, move_note, update_note
from workshop_app.services.participants import add_participant
from workshop_app.storage.store import ProgrammeStore

# Moves dominate, as on a real board during a workshop; the others keep every kind of write in the stream.
OPS = ("add_note", "move_note", "set_note_text", "add_action", "set_action_status", "add_participant")
WEIGHTS = (2, 4, 2, 1, 2, 1)
STATUSES = tuple(status.value for status in ActionStatus)


def emit(state: str, seq: int, edit: dict[str, Any]) -> None:
    """One whole line per write, flushed: a line the parent has read was on its way before the kill."""
    print(json.dumps({"state": state, "seq": seq, **edit}), flush=True)


def main(path: Path, seed: int) -> None:
    rng = random.Random(seed)
    store = ProgrammeStore.open(path)
    board = list_boards(store)[0]
    # Sorted by id so the stream depends only on the seed and the file, not on ties in created_at.
    notes: list[uuid.UUID] = sorted(note.id for note in list_notes(store, board.id))
    actions: list[uuid.UUID] = sorted(action.id for action in list_actions(store))
    print("ready", flush=True)
    seq = 0
    while True:
        seq += 1
        op = rng.choices(OPS, WEIGHTS)[0]
        if op in ("move_note", "set_note_text") and not notes:
            op = "add_note"
        if op == "set_action_status" and not actions:
            op = "add_action"
        unique = f"s{seed}-{seq}"
        edit: dict[str, Any] = {"op": op}
        if op == "add_note":
            edit.update(text=f"note {unique}", x=round(rng.uniform(-1, 1), 6), y=round(rng.uniform(-1, 1), 6))
            emit("begin", seq, edit)
            note_id = add_note(store, board.id, edit["text"], edit["x"], edit["y"]).id
            notes.append(note_id)
            edit["id"] = str(note_id)
        elif op == "move_note":
            edit.update(id=str(rng.choice(notes)), x=round(rng.uniform(-1, 1), 6), y=round(rng.uniform(-1, 1), 6))
            emit("begin", seq, edit)
            move_note(store, uuid.UUID(edit["id"]), edit["x"], edit["y"])
        elif op == "set_note_text":
            edit.update(id=str(rng.choice(notes)), text=f"text {unique}")
            emit("begin", seq, edit)
            update_note(store, uuid.UUID(edit["id"]), {"text": edit["text"]})
        elif op == "add_action":
            edit.update(what=f"action {unique}")
            emit("begin", seq, edit)
            action_id = create_action(store, edit["what"]).id
            actions.append(action_id)
            edit["id"] = str(action_id)
        elif op == "set_action_status":
            edit.update(id=str(rng.choice(actions)), status=rng.choice(STATUSES))
            emit("begin", seq, edit)
            update_action(store, uuid.UUID(edit["id"]), {"status": edit["status"]})
        else:
            edit.update(name=f"person {unique}")
            emit("begin", seq, edit)
            edit["id"] = str(add_participant(store, edit["name"]).id)
        emit("ack", seq, edit)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
