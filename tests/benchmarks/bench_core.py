"""Core benchmarks (issue: core). Ratios against a bare baseline measured in the same run, interleaved.

1. A note move persisted through the service vs a bare ``sqlite3`` durable UPDATE of one row of the same
   schema (same pragmas, WAL, synchronous=FULL). Target: median ratio <= 1.3. Beside it, reported without a
   target: the window's drag, ``MoveNotes`` through ``run`` (it also reads the old place for its undo step), and
   the floor: the statements the core sends for a move (the move's own UPDATE, the upsert of its x and y
   stamps), taken from the core's definitions and sent by plain ``sqlite3`` on a connection set up as the bare
   one's: what the move would cost if the core's Python and its log handling cost nothing.
2. Opening a large programme (100 workshops, 20,000 notes, 5,000 actions) and loading its overview vs the
   same for the demo. Target: ratio <= 1.5 (cost must not grow with the file).
"""

import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from tests.benchmarks.figures import Figures
from tests.benchmarks.large_programme import build_large, ids_of
from workshop_app.demo.generator import build_demo
from workshop_app.domain.models import Note
from workshop_app.merge.stamps import _upsert_sqlite
from workshop_app.operations.base import run
from workshop_app.operations.notes import MoveNotes
from workshop_app.services import boards
from workshop_app.services.boards import _MOVE_NOTE
from workshop_app.services.overview import load_overview
from workshop_app.storage.store import ProgrammeStore

TODAY = date(2026, 11, 23)


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _bare_connection(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection with the pragmas that bear on a durable write (SQLite's own log handling)."""
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("foreign_keys = ON", "synchronous = FULL", "secure_delete = ON"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def note_move(folder: Path, rounds: int = 600) -> dict[str, float]:
    service_file = folder / "service.workshop"
    build_demo(service_file, "en", today=TODAY).close()
    bare_file = folder / "bare.workshop"
    shutil.copy(service_file, bare_file)
    store = ProgrammeStore.open(service_file)
    store.verify()
    note_id, dragged = ids_of(store, Note, 2)
    bare = _bare_connection(bare_file)
    bare_id = bare.execute("SELECT id FROM note LIMIT 1").fetchone()[0]

    def bare_update(x: float) -> None:
        bare.execute("BEGIN IMMEDIATE")
        bare.execute(
            "UPDATE note SET x = ?, y = ?, updated_at = ? WHERE id = ?", (x, -x, "2026-11-23 12:00:00.000000", bare_id)
        )
        bare.execute("COMMIT")

    floor_file = folder / "floor.workshop"
    shutil.copy(bare_file, floor_file)
    floor_update = _sql_floor(floor_file, bare_id, store)

    service, drag, baseline, floor = [], [], [], []
    for i in range(rounds):
        x = (i % 200) / 200
        service.append(_timed(partial(boards.move_note, store, note_id, x, -x)))
        drag.append(_timed(partial(run, store, MoveNotes({dragged: (x, -x)}))))
        baseline.append(_timed(partial(bare_update, x)))
        floor.append(_timed(partial(floor_update, x)))
    store.close()
    bare.close()
    return {
        "service_ms": statistics.median(service) * 1e3,
        "drag_ms": statistics.median(drag) * 1e3,
        "bare_ms": statistics.median(baseline) * 1e3,
        "floor_ms": statistics.median(floor) * 1e3,
    }


def _sql_floor(path: Path, note_hex: str, store: ProgrammeStore) -> Callable[[float], None]:
    """A move as the core's statements alone: its UPDATE (with the frozen-round check) and the upsert of the x
    and y stamps (the clock advanced in memory, as the store's writer does), in one BEGIN IMMEDIATE ... COMMIT
    on a connection set up as the bare one's. The texts are the core's own, so the floor follows them; the
    values are made ready beforehand, as the bare UPDATE's are."""
    conn = _bare_connection(path)
    move_sql, _positional, processors = _MOVE_NOTE._for(store.engine.dialect)
    names = [name for name, _process in processors]
    stamps_sql = _upsert_sqlite("change_stamp", 2, with_field=True)
    copy_hex, clock = conn.execute("SELECT copy_id, clock FROM merge_copy").fetchone()
    counter = [clock]
    moved_at = "2026-11-23 12:00:00.000000"

    def update(x: float) -> None:
        given = {"note_id": note_hex, "new_x": x, "new_y": -x, "now": moved_at}
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(move_sql, [given[name] for name in names])
        counter[0] += 1  # the clock, as the store's writer keeps it
        stamp = (copy_hex, counter[0], moved_at)
        conn.execute(stamps_sql, ("note", note_hex, "x", *stamp, "note", note_hex, "y", *stamp))
        conn.execute("COMMIT")

    return update


def open_overview(folder: Path, rounds: int = 25) -> dict[str, float]:
    demo_file = folder / "demo.workshop"
    build_demo(demo_file, "en", today=TODAY).close()
    large_file = folder / "large.workshop"
    build_large(large_file, today=TODAY).close()

    def open_and_overview(path: Path) -> None:
        with ProgrammeStore.open(path) as store:
            load_overview(store, TODAY)

    for path in (demo_file, large_file):  # warm the page cache and the catalogue parse once
        open_and_overview(path)
    demo, large = [], []
    for _ in range(rounds):
        demo.append(_timed(partial(open_and_overview, demo_file)))
        large.append(_timed(partial(open_and_overview, large_file)))
    return {
        "demo_ms": statistics.median(demo) * 1e3,
        "large_ms": statistics.median(large) * 1e3,
        "large_mb": large_file.stat().st_size / 1e6,
    }


def main() -> Figures:
    figures = Figures()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        move = note_move(folder)
        ratio = figures.ratio("note_move", move["service_ms"], move["bare_ms"])
        print(
            f"note move: service {move['service_ms']:.3f} ms, bare sqlite3 {move['bare_ms']:.3f} ms, "
            f"ratio {ratio:.2f} (target <= 1.3)"
        )
        ratio = figures.ratio("drag_move", move["drag_ms"], move["bare_ms"])
        print(f"the window's drag (MoveNotes, with its undo read): {move['drag_ms']:.3f} ms, ratio {ratio:.2f}")
        ratio = figures.ratio("note_move_sql_floor", move["floor_ms"], move["bare_ms"])
        print(
            f"the same move's statements in plain sqlite3 (the floor, no Python of the core): "
            f"{move['floor_ms']:.3f} ms, ratio {ratio:.2f}"
        )
        opening = open_overview(folder)
        ratio = figures.ratio("open_large", opening["large_ms"], opening["demo_ms"])
        figures.record("open_large_file_mb", opening["large_mb"])
        print(
            f"open + overview: demo {opening['demo_ms']:.1f} ms, large ({opening['large_mb']:.1f} MB) "
            f"{opening['large_ms']:.1f} ms, ratio {ratio:.2f} (target <= 1.5)"
        )
    return figures


if __name__ == "__main__":
    main()
