"""Merge benchmark (issue 16): two copies of the large generated programme (20,000 notes, 5,000 actions) that
each changed 1,000 records since one was copied from the other.

``merge_large_ms`` is the merge of THEIRS into MINE as one transaction (planned from the stamps, written,
stamped, committed, the write-ahead log folded in), median of 3, each on a fresh copy of MINE. The baseline is
bare SQLite copying the same number of rows (THEIRS' 1,000 changed records) between the two files attached to
one connection, with the same pragmas, in one durable transaction. Target: ratio <= 3.

The backup copy written before a merge is proportional to the file's size, not to what changed; it is
measured on its own (``merge_large_backup_ms``), as is the whole command (``merge_large_command_ms``: open
both files, back up, merge, close).
"""

import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from tests.benchmarks.figures import Figures
from tests.benchmarks.large_programme import build_large
from workshop_app.merge.apply import merge_into, preview, theirs_connection
from workshop_app.merge.copying import copy_programme
from workshop_app.merge.files import merge_files
from workshop_app.operations.changes import Kind
from workshop_app.storage.fileformat import HEAD_FORMAT
from workshop_app.storage.migrate import write_backup
from workshop_app.storage.store import ProgrammeStore

CHANGED = 1_000
ROUNDS = 3


def _change(path: Path, offset: int, label: str) -> None:
    """One copy's edits: 700 notes retitled, 300 actions given a new why (from record ``offset`` of each,
    by id order; the two copies' offsets keep their records apart)."""
    with ProgrammeStore.open(path) as store, store.writing() as conn:
        raw = conn.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        notes = [r[0] for r in raw.execute("SELECT id FROM note ORDER BY id LIMIT 700 OFFSET ?", (offset,))]
        actions = [r[0] for r in raw.execute("SELECT id FROM action ORDER BY id LIMIT 300 OFFSET ?", (offset // 4,))]
        raw.executemany("UPDATE note SET text = ? WHERE id = ?", [(f"{label} {i[:6]}", i) for i in notes])
        raw.executemany("UPDATE action SET why = ? WHERE id = ?", [(f"{label} {i[:6]}", i) for i in actions])
        store.tracker.updated(Kind.NOTE, notes)
        store.tracker.updated(Kind.ACTION, actions)


def _baseline(mine: Path, theirs: Path, offset: int) -> float:
    """Bare SQLite: THEIRS' changed rows copied into MINE across an ATTACH, one durable transaction."""
    conn = sqlite3.connect(mine, isolation_level=None)
    try:
        for pragma in ("foreign_keys = ON", "synchronous = FULL", "secure_delete = ON"):
            conn.execute(f"PRAGMA {pragma}")
        conn.execute("ATTACH ? AS theirs", (str(theirs),))
        copied = 0
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        for table, count, skip in (("note", 700, offset), ("action", 300, offset // 4)):
            names = [row[1] for row in conn.execute(f'PRAGMA main.table_info("{table}")')]
            updates = ", ".join(f'"{n}" = excluded."{n}"' for n in names[1:])
            cursor = conn.execute(
                f'INSERT INTO main."{table}" SELECT * FROM theirs."{table}" WHERE id IN '
                f'(SELECT id FROM theirs."{table}" ORDER BY id LIMIT ? OFFSET ?) '
                f"ON CONFLICT(id) DO UPDATE SET {updates}",
                (count, skip),
            )
            copied += cursor.rowcount
        conn.execute("COMMIT")
        elapsed = time.perf_counter() - started
        assert copied == CHANGED, copied
        return elapsed
    finally:
        conn.close()


def main() -> Figures:
    figures = Figures()
    with tempfile.TemporaryDirectory(prefix="bench-merge-") as name:
        folder = Path(name)
        base = folder / "base.workshop"
        store = build_large(base)
        store.verify()
        store.close()
        mine, theirs = folder / "mine.workshop", folder / "theirs.workshop"
        shutil.copyfile(base, mine)
        copy_programme(mine, theirs)
        _change(mine, 0, "mine")
        _change(theirs, 10_000, "theirs")

        merged, baseline = [], []
        for round_number in range(ROUNDS):
            target = folder / f"merge{round_number}.workshop"
            shutil.copyfile(mine, target)
            with ProgrammeStore.open(target) as store, theirs_connection(theirs, work_folder=folder) as conn:
                store.verify()
                if round_number == 0:
                    started = time.perf_counter()
                    plan = preview(store, conn)
                    figures.record("merge_large_preview_ms", (time.perf_counter() - started) * 1000)
                    print(f"preview: {sum(plan.changed.values())} changed, {len(plan.conflicts)} conflicts")
                started = time.perf_counter()
                result = merge_into(store, conn, backup=False)
                merged.append(time.perf_counter() - started)
                assert sum(result.plan.changed.values()) == CHANGED
            bare = folder / f"bare{round_number}.workshop"
            shutil.copyfile(mine, bare)
            baseline.append(_baseline(bare, theirs, 10_000))
        ratio = figures.ratio("merge_large", statistics.median(merged) * 1000, statistics.median(baseline) * 1000)
        print(f"merge of 1,000 changed records: {statistics.median(merged) * 1000:.0f} ms, ratio {ratio:.2f}")

        started = time.perf_counter()
        write_backup(mine, HEAD_FORMAT, folder=folder / "backups")
        figures.record("merge_large_backup_ms", (time.perf_counter() - started) * 1000)
        target = folder / "command.workshop"
        shutil.copyfile(mine, target)
        started = time.perf_counter()
        merge_files(target, theirs)
        figures.record("merge_large_command_ms", (time.perf_counter() - started) * 1000)
        backup_ms, command_ms = figures["merge_large_backup_ms"], figures["merge_large_command_ms"]
        print(f"backup {backup_ms:.0f} ms, whole command {command_ms:.0f} ms")
    return figures


if __name__ == "__main__":
    main()
