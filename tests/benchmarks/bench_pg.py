"""PostgreSQL benchmark (issue 17), on a throwaway cluster of tests/pg.py (Unix socket, fsync on, so a commit
is as durable as the server makes it).

``pg_note_move_ratio``: a note move through the core (``boards.move_note`` on a ServerStore: SERIALIZABLE
transaction, merge stamps, NOTIFY of the change set) vs a bare psycopg UPDATE of one row in its own
transaction on the same server with the same durability (synchronous_commit on), median of 300, interleaved.
Target <= 1.5. ``pg_drag_move_ratio``: the window's drag, ``MoveNotes`` through ``run`` (it also reads the
old places for its undo step, in the same transaction), against the same bare UPDATE; no target, reported.

``pg_open_ratio``: opening the demo programme from the server and filling the overview vs the same from its
file, median of 15, interleaved. Target <= 2.
"""

import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from tests.benchmarks.figures import Figures
from tests.pg import _running_cluster, new_database
from workshop_app.demo.generator import build_demo
from workshop_app.operations.base import run
from workshop_app.operations.notes import MoveNotes
from workshop_app.services import boards
from workshop_app.services.overview import load_overview
from workshop_app.storage.locations import as_programme_store, open_programme
from workshop_app.storage.store import ProgrammeStore
from workshop_app.storage.transfer import transfer_programme

TODAY = date(2026, 11, 23)


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def note_move(url: str, rounds: int = 300) -> tuple[float, float, float]:
    """Medians (ms) of the core's move, of the window's drag (MoveNotes, which also reads the old places for
    its undo step), and of the bare UPDATE, interleaved."""
    import psycopg

    store = as_programme_store(open_programme(url))
    board = boards.list_boards(store)[0]
    note_id, dragged, other = (note.id for note in boards.list_notes(store, board.id)[:3])
    bare = psycopg.connect(url, autocommit=True)

    def bare_update(x: float) -> None:
        with bare.transaction():
            bare.execute("UPDATE note SET x = %s, y = %s, updated_at = now() WHERE id = %s", (x, -x, other))

    service, drag, baseline = [], [], []
    for i in range(rounds):
        x = (i % 200) / 200
        service.append(_timed(partial(boards.move_note, store, note_id, x, -x)))
        drag.append(_timed(partial(run, store, MoveNotes({dragged: (x, -x)}))))
        baseline.append(_timed(partial(bare_update, x)))
    bare.close()
    store.close()
    return tuple(statistics.median(times) * 1e3 for times in (service, drag, baseline))  # type: ignore[return-value]


def open_overview(url: str, path: Path, rounds: int = 15) -> tuple[float, float]:
    def from_server() -> None:
        with open_programme(url) as store:
            load_overview(as_programme_store(store), TODAY)

    def from_file() -> None:
        with ProgrammeStore.open(path) as store:
            load_overview(store, TODAY)

    from_server(), from_file()  # warm caches and the catalogue parse once
    server, file = [], []
    for _ in range(rounds):
        server.append(_timed(from_server))
        file.append(_timed(from_file))
    return statistics.median(server) * 1e3, statistics.median(file) * 1e3


def main() -> Figures:
    figures = Figures()
    with tempfile.TemporaryDirectory() as tmp, _running_cluster(durable=True) as cluster:
        if cluster is None:
            print("PostgreSQL is not installed: no figures (make test installs it)")
            return figures
        demo = Path(tmp) / "demo.workshop"
        build_demo(demo, "en", today=TODAY).close()
        url = new_database(cluster)
        transfer_programme(demo, url)
        core, drag, bare = note_move(url)
        ratio = figures.ratio("pg_note_move", core, bare)
        print(f"note move on PostgreSQL: core {core:.3f} ms, bare psycopg {bare:.3f} ms, ratio {ratio:.2f} (<= 1.5)")
        ratio = figures.ratio("pg_drag_move", drag, bare)
        print(f"the window's drag (MoveNotes, with its undo read): {drag:.3f} ms, ratio {ratio:.2f} (no target)")
        server, file = open_overview(url, demo)
        ratio = figures.ratio("pg_open", server, file)
        print(f"open + overview: server {server:.1f} ms, file {file:.1f} ms, ratio {ratio:.2f} (target <= 2)")
    return figures


if __name__ == "__main__":
    main()
