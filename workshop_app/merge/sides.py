"""Reading one copy of a programme for a merge: its identity, knowledge, stamps, tombstones and rows.

Everything is read as SQLite stores it (ids as 32 hex digits, times as naive UTC text), so values of the two
copies compare and copy across without conversion. Rows are read only for the records a merge has to look
at: with a common ancestor those whose stamps the other copy does not know.
"""

import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from workshop_app.merge.stamps import OWN_CLOCK_SQL, own_clock
from workshop_app.operations.changes import Kind

MERGED_KINDS: tuple[Kind, ...] = tuple(Kind)
"""Every kind of record a merge brings across, parents before children (phases and ratings hang off the
programme, agenda items off workshops, notes off boards, votes off notes)."""

StampRow = tuple[str, int, str]
"""(copy id hex, counter, changed_at text) as stored."""
Key = tuple[Kind, str]
"""A record: its kind and its id as 32 hex digits."""
Row = dict[str, Any]

_CHUNK = 500


@dataclass
class Side:
    """One copy as a merge sees it."""

    conn: sqlite3.Connection
    copy_id: str
    origin_id: str | None
    clock: int
    knowledge: dict[str, int]
    programme_id: str
    stamps: dict[Key, StampRow] = field(default_factory=dict)  # per record: the latest of its field stamps
    fields: dict[Key, dict[str, StampRow]] = field(default_factory=dict)  # per record and field ('' : whole)
    tombstones: dict[Key, StampRow] = field(default_factory=dict)
    columns: dict[Kind, list[str]] = field(default_factory=dict)

    def knows(self, stamp: StampRow | None) -> bool:
        """Whether this copy holds the change ``stamp`` names (or a later one of the same record)."""
        return stamp is None or self.knowledge.get(stamp[0], 0) >= stamp[1]

    def rows(self, kind: Kind, ids: Iterable[str]) -> dict[str, Row]:
        """The rows of ``kind`` with these ids that this copy has."""
        found: dict[str, Row] = {}
        names = self.columns[kind]
        listed = ", ".join(f'"{name}"' for name in names)
        for chunk in _chunks(list(ids)):
            marks = ", ".join("?" for _ in chunk)
            query = f'SELECT {listed} FROM "{kind.value}" WHERE id IN ({marks})'
            for values in self.conn.execute(query, chunk):
                found[values[0]] = dict(zip(names, values, strict=True))
        return found

    def existing(self, kind: Kind, ids: Iterable[str]) -> list[str]:
        """Which of these ids of ``kind`` this copy has."""
        found: list[str] = []
        for chunk in _chunks(list(ids)):
            marks = ", ".join("?" for _ in chunk)
            found += [
                row[0] for row in self.conn.execute(f'SELECT id FROM "{kind.value}" WHERE id IN ({marks})', chunk)
            ]
        return found

    def all_ids(self, kind: Kind) -> list[str]:
        return [row[0] for row in self.conn.execute(f'SELECT id FROM "{kind.value}"')]


def read_side(conn: sqlite3.Connection) -> Side:
    """A copy's identity, knowledge and table columns (stamps come with :func:`load_stamps`)."""
    copy_id, clock = own_clock(conn.execute(OWN_CLOCK_SQL).fetchall())
    (origin_id,) = conn.execute("SELECT origin_id FROM merge_copy").fetchone()
    knowledge = {row[0]: int(row[1]) for row in conn.execute("SELECT copy_id, counter FROM merge_knowledge")}
    # A file knows its own changes up to its own clock: its commits write neither its knowledge nor (see
    # own_clock) merge_copy's clock, a statement and a page fewer each.
    knowledge[copy_id] = max(knowledge.get(copy_id, 0), clock)
    (programme_id,) = conn.execute("SELECT id FROM programme").fetchone()
    side = Side(conn, copy_id, origin_id, clock, knowledge, programme_id)
    for kind in MERGED_KINDS:
        side.columns[kind] = [row[1] for row in conn.execute(f'PRAGMA table_info("{kind.value}")')]
        if side.columns[kind][0] != "id":
            raise RuntimeError(f"table {kind.value} does not start with its id")
    return side


def load_stamps(side: Side, unknown_to: Side | None) -> None:
    """With ``unknown_to``, only the stamps and tombstones that copy does not know (what ``side`` changed
    since they parted); without, all of them (no common ancestor)."""
    side.fields = {}
    for (kind, record_id, name), stamp in _stamps(side.conn, "change_stamp", unknown_to).items():
        side.fields.setdefault((kind, record_id), {})[name] = stamp
    side.stamps = {key: max(named.values(), key=stamp_order) for key, named in side.fields.items()}
    side.tombstones = {
        (kind, record_id): stamp for (kind, record_id, _f), stamp in _stamps(side.conn, "tombstone", unknown_to).items()
    }


def stamp_order(stamp: StampRow | None) -> tuple[str, str, int]:
    """The order of changes for "the later wins": time, then copy id, then clock; unstamped is earliest."""
    if stamp is None:
        return ("", "", 0)
    return (stamp[2], stamp[0], stamp[1])


def _stamps(conn: sqlite3.Connection, table: str, other: "Side | None") -> dict[tuple[Kind, str, str], StampRow]:
    named = "s.field" if table == "change_stamp" else "''"
    query = f"SELECT s.kind, s.record_id, {named}, s.copy_id, s.counter, s.changed_at FROM {table} s"
    params: list[Any] = []
    if other is not None and other.knowledge:
        known = " UNION ALL ".join("SELECT ?, ?" for _ in other.knowledge)
        query = (
            f"WITH known(copy_id, counter) AS ({known}) {query} "
            "LEFT JOIN known ON known.copy_id = s.copy_id WHERE s.counter > coalesce(known.counter, 0)"
        )
        params = [value for item in other.knowledge.items() for value in item]
    found: dict[tuple[Kind, str, str], StampRow] = {}
    for kind, record_id, name, copy_id, counter, changed_at in conn.execute(query, params):
        parsed = Kind.of_table(kind)
        if parsed is not None:
            found[(parsed, record_id, name)] = (copy_id, int(counter), changed_at)
    return found


def _chunks(values: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]
