"""Child process of ``test_batch_crash``: deletes every note in one operation, puts them all back in one
operation (the undo), and again, until it is killed.

Run as ``python tests/batch_deleter.py FILE``. Prints ``ready`` once the file is open and the note ids are
read, then a line after every batch. The parent kills it with SIGKILL at a random moment, most likely in the
middle of a batch.
"""

import sys
from pathlib import Path
from typing import Any

from workshop_app.operations.base import Operation, run
from workshop_app.operations.changes import Kind
from workshop_app.operations.records import Delete
from workshop_app.services.boards import list_boards, list_notes
from workshop_app.storage.store import ProgrammeStore


def main(path: Path) -> None:
    store = ProgrammeStore.open(path)
    store.verify()
    ids = tuple(note.id for board in list_boards(store) for note in list_notes(store, board.id))
    print("ready", len(ids), flush=True)
    operation: Operation[Any] | None = Delete(Kind.NOTE, ids)
    while operation is not None:
        operation = run(store, operation).inverse
        print("batch", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
