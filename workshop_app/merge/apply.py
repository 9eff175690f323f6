"""Writing a merge into MINE: one transaction through the store, after a backup of MINE.

The plan is made again inside the write transaction (the preview may be minutes old, and a phone may have
added a note since), so what is written always matches the file it is written to. The store's change set
names every record written, so the window's models refresh as after any edit, and the before-commit hook
stamps them: records taken from THEIRS keep THEIRS' stamps (see :func:`stamps.keep_stamps`), records the
merge itself had to change (a parent brought back, a reference cleared, positions renumbered, text
redacted) get this copy's new stamp.
"""

import contextlib
import json
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from workshop_app.domain.types import sqlite_text
from workshop_app.merge import stamps
from workshop_app.merge.plan import MergePlan, make_plan
from workshop_app.merge.sides import MERGED_KINDS
from workshop_app.operations.changes import Kind
from workshop_app.services import history
from workshop_app.services.erasure import PersonMatcher, text_columns
from workshop_app.storage.fileformat import HEAD_FORMAT, read_header, sqlite_uri
from workshop_app.storage.migrate import write_backup
from workshop_app.storage.store import ProgrammeStore

ORDERED: dict[Kind, tuple[str, ...]] = {
    Kind.AGENDA_ITEM: ("workshop_id",),
    Kind.DECISION: ("workshop_id",),
    Kind.PRO_CON: ("board_id", "quadrant", "note_id"),
    Kind.CANVAS_CARD: ("canvas_id", "column"),
}
"""Ordered lists and what groups them: after a merge each group is numbered 0.. again, in the order of the
positions both copies gave (ties: the earlier made first), so items added on both sides interleave."""


@dataclass(frozen=True)
class MergeResult:
    """What a merge wrote: its plan (counts, conflicts) and the backup of MINE written first."""

    plan: MergePlan
    backup: Path | None


@contextlib.contextmanager
def theirs_connection(path: Path, *, work_folder: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to THEIRS at the current file format.

    A newer file is refused exactly as at opening; an older one is migrated first, on a copy in
    ``work_folder`` (the colleague's file itself is never written to).
    """
    path = Path(path).expanduser()
    header = read_header(path)
    source = path
    if header.user_version < HEAD_FORMAT:
        source = work_folder / f"theirs-{uuid.uuid4().hex}.workshop"
        reader = sqlite3.connect(sqlite_uri(path, read_only=True), uri=True)
        try:
            copy = sqlite3.connect(source)
            try:
                reader.backup(copy)
            finally:
                copy.close()
        finally:
            reader.close()
        ProgrammeStore.open(source, backup_folder=work_folder).close()
    # Read through a read-only store: it refuses a newer or damaged file as opening does, and reads a file
    # without a pending log as immutable, leaving nothing beside it.
    with ProgrammeStore.open_for_reading(source) as store, store.snapshot() as session:
        yield _driver(session.connection())


def preview(store: ProgrammeStore, theirs: sqlite3.Connection) -> MergePlan:
    """What merging would do, read from both files without writing."""
    with store.snapshot() as session:
        return make_plan(_driver(session.connection()), theirs)


def merge_into(store: ProgrammeStore, theirs: sqlite3.Connection, *, backup: bool = True) -> MergeResult:
    """Merge THEIRS into the store's file in one transaction (all or nothing), after a backup copy."""
    written = write_backup(store.path, HEAD_FORMAT) if backup else None
    with store.writing() as conn:
        driver = _driver(conn)
        try:
            plan = make_plan(driver, theirs)
            _write(store, driver, plan)
            stamps.keep_stamps(conn, _kept(plan))
        except BaseException:
            stamps.forget_kept_stamps(conn)
            raise
    return MergeResult(plan, written)


def _driver(conn: Connection) -> sqlite3.Connection:
    driver = conn.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    return driver


def _kept(plan: MergePlan) -> dict[tuple[Kind, uuid.UUID], stamps.KeptStamp]:
    kept: dict[tuple[Kind, uuid.UUID], stamps.KeptStamp] = {}
    for key, named in plan.stamps.items():
        if key in plan.upserts:
            fields = {name: _stamp(stamp) for name, stamp in named.items()}
            kept[(key[0], uuid.UUID(key[1]))] = stamps.KeptStamp(fields)
    for key, tomb in plan.deletes.items():
        if tomb[0]:
            kept[(key[0], uuid.UUID(key[1]))] = stamps.KeptStamp({stamps.WHOLE: _stamp(tomb)}, deleted=True)
    return kept


def _stamp(row: tuple[str, int, str]) -> stamps.Stamp:
    return stamps.Stamp(uuid.UUID(row[0]), row[1], datetime.fromisoformat(row[2]).replace(tzinfo=UTC))


def _write(store: ProgrammeStore, driver: sqlite3.Connection, plan: MergePlan) -> None:
    tracker = store.tracker
    driver.execute("PRAGMA defer_foreign_keys = ON")  # parents and children arrive in one go
    columns = _columns(driver)
    # Deletions first: a record the other copy made may take the place (the unique key) of one removed here.
    # The lists they leave a gap in are numbered again below, like those something was added to.
    gaps = _groups_of(driver, [key for key in plan.deletes if key[0] in ORDERED])
    for kind, record_id in plan.deletes:
        if driver.execute(f'SELECT 1 FROM "{kind.value}" WHERE id = ?', (record_id,)).fetchone():
            history.delete(store, kind.value, uuid.UUID(record_id))
    for kind in MERGED_KINDS:
        rows = [(key, row) for key, row in plan.upserts.items() if key[0] is kind]
        if not rows:
            continue
        names = columns[kind]
        listed = ", ".join(f'"{n}"' for n in names)
        marks = ", ".join("?" for _ in names)
        updates = ", ".join(f'"{n}" = excluded."{n}"' for n in names[1:])
        driver.executemany(
            f'INSERT INTO "{kind.value}" ({listed}) VALUES ({marks}) ON CONFLICT(id) DO UPDATE SET {updates}',
            [tuple(row[n] for n in names) for _key, row in rows],
        )
        tracker.created(kind, [key[1] for key, _row in rows if key not in plan.existing])
        tracker.updated(kind, [key[1] for key, _row in rows if key in plan.existing])
    driver.executemany(
        "INSERT INTO merge_knowledge (copy_id, counter) VALUES (?, ?) "
        "ON CONFLICT(copy_id) DO UPDATE SET counter = max(counter, excluded.counter)",
        list(plan.knowledge.items()),
    )
    driver.executemany("INSERT OR IGNORE INTO catalogue_snapshot (version, content) VALUES (?, ?)", plan.catalogue)
    _record_conflicts(driver, plan)
    _renumber(store, driver, plan, gaps)
    if plan.erased_texts:
        _redact(store, driver, plan.erased_texts)


def _columns(driver: Any) -> dict[Kind, list[str]]:
    return {kind: [row[1] for row in driver.execute(f'PRAGMA table_info("{kind.value}")')] for kind in MERGED_KINDS}


def _record_conflicts(driver: Any, plan: MergePlan) -> None:
    """Keep every listed value that was not kept, for the facilitator to choose from later."""
    now = sqlite_text(datetime.now(UTC))
    driver.executemany(
        "INSERT INTO merge_conflict (id, kind, record_id, field, kept_value, other_value, other_copy_id, merged_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                uuid.uuid4().hex,
                c.kind.value,
                c.record_id,
                c.field,
                _text(c.theirs if c.kept_theirs else c.mine),
                _text(c.mine if c.kept_theirs else c.theirs),
                plan.theirs_copy,
                now,
            )
            for c in plan.conflicts
        ],
    )


def _text(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _groups_of(driver: Any, keys: list[tuple[Kind, str]]) -> dict[Kind, set[tuple[Any, ...]]]:
    """The ordered lists (by their grouping columns) these records of ordered kinds are in."""
    groups: dict[Kind, set[tuple[Any, ...]]] = {}
    for kind, record_id in keys:
        listed = ", ".join(f'"{c}"' for c in ORDERED[kind])
        found = driver.execute(f'SELECT {listed} FROM "{kind.value}" WHERE id = ?', (record_id,)).fetchone()
        if found is not None:
            groups.setdefault(kind, set()).add(tuple(found))
    return groups


def _renumber(store: ProgrammeStore, driver: Any, plan: MergePlan, gaps: dict[Kind, set[tuple[Any, ...]]]) -> None:
    tracker = store.tracker
    for kind, group_by in ORDERED.items():
        groups = {tuple(row[c] for c in group_by) for key, row in plan.upserts.items() if key[0] is kind}
        groups |= gaps.get(kind, set())
        for group in groups:
            where = " AND ".join(f'"{c}" IS ?' for c in group_by)
            rows = driver.execute(
                f'SELECT id, position FROM "{kind.value}" WHERE {where} ORDER BY position, created_at, id', group
            ).fetchall()
            moved = [(index, row_id) for index, (row_id, position) in enumerate(rows) if position != index]
            driver.executemany(f'UPDATE "{kind.value}" SET position = ? WHERE id = ?', moved)
            tracker.updated(kind, [row_id for _index, row_id in moved], ("position",))


def _redact(store: ProgrammeStore, driver: Any, people: list[tuple[str, str]]) -> None:
    """Remove erased people's names and contacts from every text (kept conflict values included), as
    erasing them did in their own copy."""
    matchers = [PersonMatcher.for_person(name, contact) for name, contact in people]
    tracker = store.tracker
    keyed: dict[str, bool] = {}
    for table, column in text_columns():
        if table not in keyed:
            keyed[table] = any(row[1] == "id" for row in driver.execute(f'PRAGMA table_info("{table}")'))
        key = '"id"' if keyed[table] else "NULL"
        query = f'SELECT rowid, {key}, "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL AND "{column}" != \'\''
        for rowid, record_id, value in driver.execute(query).fetchall():
            if not isinstance(value, str):
                continue
            new_value = value
            for matcher in matchers:
                new_value = matcher.redact(new_value)
            if new_value != value:
                driver.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?', (new_value, rowid))
                if record_id is not None:
                    tracker.record("updated", table, record_id)
    store.after_commit(store.checkpoint)  # the old text must not linger in the write-ahead log
