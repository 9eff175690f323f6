"""Child process of ``test_merge_crash``: merges THEIRS into MINE once, to be killed at a random moment.

Run as ``python tests/merge_child.py MINE THEIRS``. Prints ``ready`` once both files are open, then
``done SECONDS`` when the merge has committed, and waits to be killed.
"""

import sys
import tempfile
import time
from pathlib import Path

from workshop_app.merge.apply import merge_into, theirs_connection
from workshop_app.storage.store import ProgrammeStore


def main(mine: Path, theirs: Path) -> None:
    store = ProgrammeStore.open(mine)
    store.verify()
    with tempfile.TemporaryDirectory() as work, theirs_connection(theirs, work_folder=Path(work)) as conn:
        print("ready", flush=True)
        started = time.perf_counter()
        merge_into(store, conn)
        print("done", time.perf_counter() - started, flush=True)
        time.sleep(60)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
