"""Deciding a merge: for every record either copy changed since they parted, what the merged file holds.

The rules (README, "Several laptops, one programme"), each applied per record:

* created on one side: kept; changed on one side only: that change is taken;
* changed on both sides: field by field (the stamps are per field, format 8). A field only one side changed
  takes that side's value, so changes to different fields of one record are both kept; a field both sides
  changed is a conflict: the later change wins (by its field's stamp: time, then copy id, then clock) and the
  other value is listed and kept in the file's ``merge_conflict`` table for the facilitator to choose;
* deleted on one side and changed on the other: a conflict, and the record is kept (nothing anyone wrote is
  lost silently); a record kept or added under a parent the other side deleted brings the parent back;
* a board frozen as a round in either copy, and everything on it, is never changed by a merge: THEIRS'
  changes to a round frozen here are not taken, and a round frozen THERE comes back as it was frozen,
  whatever this copy did to it meanwhile (its changes there are listed; a record it added there goes). A
  round both copies froze (each started the next round offline) keeps each file's own frozen version: the
  one case where merging either way may differ, and every difference is listed;
* an erasure always wins: an erased person stays erased and their personal data is never listed.

With a common ancestor (the copies know each other's changes, see :mod:`workshop_app.merge.stamps`) only
records whose stamps the other copy does not know are looked at. Without one (a copy made with the file
manager has the same identity; two files migrated separately know nothing of each other) every record is
compared; a record one side has and the other deleted is then deleted only if the deletion is the later.
"""

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from sqlmodel import SQLModel

from workshop_app.domain import models  # noqa: F401  (registers every table on the metadata)
from workshop_app.errors import QT_TRANSLATE_NOOP, WorkshopError
from workshop_app.merge.sides import MERGED_KINDS, Key, Row, Side, StampRow, load_stamps, read_side, stamp_order
from workshop_app.operations.changes import Kind
from workshop_app.services.erasure import PersonMatcher

IGNORED_FIELDS = frozenset({"updated_at"})
"""Fields that differ whenever both sides saved, whatever they saved: never a conflict of their own."""
NATURAL_KEYS: dict[Kind, tuple[str, ...]] = {
    Kind.PHASE_STATE: ("programme_id", "phase"),
    Kind.TASK_CHECK: ("programme_id", "task_key"),
    Kind.ATTENDANCE: ("workshop_id", "participant_id"),
    Kind.CANVAS_LINK: ("from_card_id", "to_card_id"),
    Kind.HYBRID_CHOICE: ("decision_id",),
}
"""Kinds with a unique key besides the id: two copies may each have made "the same" record."""
LABEL_FIELDS = ("title", "text", "what", "display_name", "name", "task_key", "criterion_key", "phase", "status")


class MergeError(WorkshopError):
    """The two files cannot be merged (not copies of one programme); ``kind`` says why."""

    def __init__(self, source: str, *, kind: str, **params: object) -> None:
        super().__init__(source, **params)
        self.kind = kind


class Reason(StrEnum):
    """Why a record is listed as a conflict."""

    BOTH_CHANGED = "both_changed"
    DELETED_HERE = "deleted_here"  # this copy deleted it, the other changed it: kept (brought back)
    DELETED_THERE = "deleted_there"  # the other copy deleted it, this one changed it: kept
    PARENT_KEPT = "parent_kept"  # the other copy deleted it, but something kept hangs off it
    SAME_KEY = "same_key"  # both copies made the same record (one attendance per person)
    FROZEN = "frozen"  # on a frozen round here: the other copy's change is not taken
    FROZEN_THERE = "frozen_there"  # on a round the other copy froze: taken as frozen there, this change undone
    ERASED = "erased"  # one copy erased the person: erasure wins, no values listed


@dataclass(frozen=True)
class Conflict:
    """One listed conflict: a field (or the whole record, ``field`` None) and both values."""

    kind: Kind
    record_id: str
    label: str
    reason: Reason
    field: str | None = None
    mine: Any = None
    theirs: Any = None
    kept_theirs: bool = False


@dataclass
class MergePlan:
    """What merging THEIRS into MINE writes, and the counts and conflicts the preview shows."""

    related: bool
    mine_copy: str
    theirs_copy: str
    upserts: dict[Key, Row] = field(default_factory=dict)
    existing: set[Key] = field(default_factory=set)  # upserts of records MINE has (updates, not creations)
    deletes: dict[Key, StampRow] = field(default_factory=dict)
    stamps: dict[Key, dict[str, StampRow]] = field(default_factory=dict)  # field stamps to keep (else fresh)
    conflicts: list[Conflict] = field(default_factory=list)
    new: dict[Kind, int] = field(default_factory=dict)
    changed: dict[Kind, int] = field(default_factory=dict)
    removed: dict[Kind, int] = field(default_factory=dict)
    knowledge: dict[str, int] = field(default_factory=dict)
    erased_texts: list[tuple[str, str]] = field(default_factory=list)  # (name, contact) to redact
    catalogue: list[tuple[str, str]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """Nothing to write but bookkeeping: merging would change no record."""
        return not (self.upserts or self.deletes)

    def count(self, kind: Kind) -> tuple[int, int, int]:
        return self.new.get(kind, 0), self.changed.get(kind, 0), self.removed.get(kind, 0)


def make_plan(mine_conn: sqlite3.Connection, theirs_conn: sqlite3.Connection) -> MergePlan:
    """Decide the merge of the copy on ``theirs_conn`` into the one on ``mine_conn``; reads only."""
    mine, theirs = read_side(mine_conn), read_side(theirs_conn)
    if mine.programme_id != theirs.programme_id:
        raise MergeError(
            QT_TRANSLATE_NOOP(
                "WorkshopErrors",
                "The two files are different programmes, not copies of one programme; they cannot be merged.",
            ),
            kind="different_programme",
        )
    related = mine.copy_id != theirs.copy_id and (
        mine.copy_id in theirs.knowledge
        or theirs.copy_id in mine.knowledge
        or mine.origin_id in (theirs.copy_id, theirs.origin_id)
        or theirs.origin_id == mine.copy_id
        or bool(set(mine.knowledge) & set(theirs.knowledge))
    )
    load_stamps(mine, theirs if related else None)
    load_stamps(theirs, mine if related else None)
    plan = MergePlan(related, mine.copy_id, theirs.copy_id)
    plan.knowledge = dict(mine.knowledge)
    for copy_id, counter in theirs.knowledge.items():
        plan.knowledge[copy_id] = max(counter, plan.knowledge.get(copy_id, 0))
    _Planner(mine, theirs, plan).run()
    plan.catalogue = _missing_catalogue(mine_conn, theirs_conn)
    return plan


class _Planner:
    def __init__(self, mine: Side, theirs: Side, plan: MergePlan) -> None:
        self.mine = mine
        self.theirs = theirs
        self.plan = plan
        self.mine_rows: dict[Key, Row] = {}
        self.theirs_rows: dict[Key, Row] = {}
        self.frozen = _frozen_boards(mine.conn)
        self.frozen_there = _frozen_boards(theirs.conn) - self.frozen
        self.parents = _parent_columns()
        self.in_mine: set[Key] = set()

    def run(self) -> None:
        mine, theirs = self.mine, self.theirs
        # With a common ancestor only what THEIRS changed can change MINE; without, everything is compared.
        keys: set[Key] = set(theirs.stamps) | set(theirs.tombstones)
        if self.frozen_there:  # what this copy did to a round frozen there is undone, changed there or not
            keys |= set(mine.stamps) | set(mine.tombstones)
        if not self.plan.related:
            keys |= set(mine.stamps) | set(mine.tombstones)
            for kind in MERGED_KINDS:
                keys.update((kind, record_id) for record_id in mine.all_ids(kind))
                keys.update((kind, record_id) for record_id in theirs.all_ids(kind))
        by_kind: dict[Kind, list[str]] = {}
        for kind, record_id in keys:
            by_kind.setdefault(kind, []).append(record_id)
        for kind, ids in by_kind.items():
            self.mine_rows.update(((kind, i), row) for i, row in mine.rows(kind, ids).items())
            self.theirs_rows.update(((kind, i), row) for i, row in theirs.rows(kind, ids).items())
        for kind in MERGED_KINDS:
            for record_id in sorted(by_kind.get(kind, ())):
                self._decide((kind, record_id))
        self._keep_parents()
        self._erasures()
        self._redact_conflicts()

    # --- one record ------------------------------------------------------------------------------------

    def _decide(self, key: Key) -> None:
        mine_row, theirs_row = self.mine_rows.get(key), self.theirs_rows.get(key)
        mine_stamp = self.mine.stamps.get(key) or self.mine.tombstones.get(key)
        theirs_stamp = self.theirs.stamps.get(key) or self.theirs.tombstones.get(key)
        if self.plan.related:
            mine_changed = key in self.mine.stamps or key in self.mine.tombstones
            theirs_changed = key in self.theirs.stamps or key in self.theirs.tombstones
        else:
            mine_changed = theirs_changed = True
        frozen_here = self._on_frozen_board(key, self.frozen, mine_row or theirs_row)
        if not frozen_here and self._on_frozen_board(key, self.frozen_there, theirs_row or mine_row):
            if mine_changed or theirs_changed:
                self._keep_frozen_there(key, mine_row, theirs_row, mine_changed=mine_changed)
            return
        if not theirs_changed:
            return
        if _same(mine_row, theirs_row):
            # Equal but for the time saved: both sides end with the later save's row, so they agree exactly.
            if mine_row is not None and theirs_row is not None and mine_row != theirs_row:
                later = (_order(theirs_stamp), _content(theirs_row)) > (_order(mine_stamp), _content(mine_row))
                if later or not mine_changed:
                    self._take(key, theirs_row, self._their_stamps(key), count=False)
            return
        if frozen_here:
            self._conflict(key, Reason.FROZEN)
            return
        if not mine_changed:
            if theirs_row is not None:
                self._take(key, theirs_row, self._their_stamps(key))
            elif mine_row is not None and key in self.theirs.tombstones:
                self._delete(key, self.theirs.tombstones[key])
            return
        if mine_row is not None and theirs_row is not None:
            self._both_changed(key, mine_row, theirs_row, mine_stamp, theirs_stamp)
        elif mine_row is not None and key in self.theirs.tombstones:
            tomb = self.theirs.tombstones[key]
            if not self.plan.related and _order(tomb) > _order(self.mine.stamps.get(key)):
                self._delete(key, tomb)
            else:
                self._conflict(key, Reason.DELETED_THERE)
        elif theirs_row is not None:
            mine_tomb = self.mine.tombstones.get(key)
            if mine_tomb is None:
                self._take(key, theirs_row, self._their_stamps(key))
            elif self.plan.related or _order(mine_tomb) < _order(self.theirs.stamps.get(key)):
                self._conflict(key, Reason.DELETED_HERE, kept_theirs=True)
                self._take(key, theirs_row, None, count=False)

    def _both_changed(
        self, key: Key, mine_row: Row, theirs_row: Row, mine_stamp: StampRow | None, theirs_stamp: StampRow | None
    ) -> None:
        kind = key[0]
        if kind is Kind.PARTICIPANT and (mine_row["erased_at"] is None) != (theirs_row["erased_at"] is None):
            self._conflict(key, Reason.ERASED, kept_theirs=theirs_row["erased_at"] is not None)
            if theirs_row["erased_at"] is not None:
                self._take(key, theirs_row, self._their_stamps(key), count=False)
            return
        merged = dict(mine_row)
        listed = 0
        for name in mine_row:
            if name in IGNORED_FIELDS or mine_row[name] == theirs_row[name]:
                continue
            mine_field, theirs_field = (
                self._field_stamp(self.mine, key, name),
                self._field_stamp(self.theirs, key, name),
            )
            if self.plan.related and (mine_field is None) != (theirs_field is None):
                theirs_win = theirs_field is not None  # one side changed this field: its change is taken
            else:
                theirs_win = (_order(theirs_field or theirs_stamp), _content(theirs_row)) > (
                    _order(mine_field or mine_stamp),
                    _content(mine_row),
                )
                self._conflict(key, Reason.BOTH_CHANGED, name, mine_row[name], theirs_row[name], kept_theirs=theirs_win)
                listed += 1
            if theirs_win:
                merged[name] = theirs_row[name]
        taken = merged != mine_row
        for name in IGNORED_FIELDS & set(merged):  # the later save's time, whichever way the merge runs
            merged[name] = max(mine_row[name], theirs_row[name], key=lambda moment: (moment is not None, moment))
        if merged != mine_row:
            self._take(key, merged, self._their_stamps(key), count=taken and not listed)

    def _field_stamp(self, side: Side, key: Key, name: str) -> StampRow | None:
        """When ``side`` last changed this field of the record (its own stamp or the whole record's), among
        the stamps loaded: with a common ancestor, None when the side did not change it since they parted."""
        named = side.fields.get(key, {})
        found = [stamp for stamp in (named.get(name), named.get("")) if stamp is not None]
        return max(found, key=stamp_order) if found else None

    def _their_stamps(self, key: Key) -> dict[str, StampRow]:
        """THEIRS' field stamps of a record taken (in part) from THEIRS, each where it is later than MINE's
        stamp of the same field: MINE then holds, per field, the stamp of the value it holds."""
        mine = self.mine.fields.get(key, {})
        return {
            name: stamp
            for name, stamp in self.theirs.fields.get(key, {}).items()
            if name not in mine or _order(stamp) > _order(mine[name])
        }

    def _keep_frozen_there(self, key: Key, mine_row: Row | None, theirs_row: Row | None, *, mine_changed: bool) -> None:
        """A record on a round THEIRS froze: the merged file has it as THEIRS froze it, whatever MINE did."""
        if _same(mine_row, theirs_row):
            if mine_row != theirs_row and theirs_row is not None:
                self._take(key, theirs_row, self._their_stamps(key), count=False)
            return
        listed = mine_changed  # made, changed or deleted here: undone, and said so
        if listed:
            self._conflict(key, Reason.FROZEN_THERE)
        if theirs_row is not None:
            self._take(key, theirs_row, self._their_stamps(key), count=not listed)
        elif mine_row is not None:
            self._delete(key, self.theirs.tombstones.get(key) or ("", 0, ""))

    # --- outcomes --------------------------------------------------------------------------------------

    def _take(self, key: Key, row: Row, stamp: dict[str, StampRow] | None, *, count: bool = True) -> None:
        kind = key[0]
        clash = self._natural_clash(key, row)
        if clash is not None:
            self._conflict(key, Reason.SAME_KEY, kept_theirs=key[1] < clash)
            if key[1] > clash:
                return  # the record with the smaller id stands for both
            self.plan.deletes[(kind, clash)] = max((stamp or {}).values(), key=_order, default=("", 0, ""))
        exists = key in self.mine_rows
        self.plan.upserts[key] = dict(row)
        if exists:
            self.plan.existing.add(key)
        if stamp:
            self.plan.stamps[key] = stamp
        if count:
            group = self.plan.changed if exists else self.plan.new
            group[kind] = group.get(kind, 0) + 1

    def _delete(self, key: Key, tomb: StampRow) -> None:
        self.plan.deletes[key] = tomb
        self.plan.removed[key[0]] = self.plan.removed.get(key[0], 0) + 1

    def _conflict(
        self,
        key: Key,
        reason: Reason,
        name: str | None = None,
        mine: Any = None,
        theirs: Any = None,
        *,
        kept_theirs: bool = False,
    ) -> None:
        row = self.mine_rows.get(key) or self.theirs_rows.get(key) or {}
        label = next((str(row[f]) for f in LABEL_FIELDS if row.get(f) not in (None, "")), "")
        if key[0] is Kind.PARTICIPANT and row.get("erased_at") is not None:
            label = ""
        conflict = Conflict(key[0], key[1], label, reason, name, mine, theirs, kept_theirs)
        self.plan.conflicts.append(conflict)

    # --- whole-plan rules ------------------------------------------------------------------------------

    def _alive(self, key: Key) -> bool:
        if key in self.plan.deletes:
            return False
        if key in self.plan.upserts or key in self.mine_rows or key in self.in_mine:
            return True
        table = key[0].value
        return self.mine.conn.execute(f'SELECT 1 FROM "{table}" WHERE id = ?', (key[1],)).fetchone() is not None

    def _look_up_parents(self, keys: Iterable[Key]) -> None:
        """Which of the records these refer to MINE has, read in one query per kind, not one per reference."""
        wanted: dict[Kind, set[str]] = {}
        for key in keys:
            row = self.plan.upserts.get(key) or self.mine_rows.get(key)
            for column, parent_kind, _cascade in self.parents.get(key[0], ()) if row else ():
                if row is not None and row.get(column) is not None:
                    wanted.setdefault(parent_kind, set()).add(row[column])
        for kind, ids in wanted.items():
            self.in_mine.update((kind, found) for found in self.mine.existing(kind, ids))

    def _keep_parents(self) -> None:
        """Every record alive in the result keeps its parents: a parent one side deleted comes back (a
        conflict), and a reference to a record that is gone is cleared, as the database would."""
        if self.plan.deletes:  # what MINE changed may hang off something THEIRS deleted
            unread: dict[Kind, list[str]] = {}
            for kind, record_id in self.mine.stamps:
                if (kind, record_id) not in self.mine_rows:
                    unread.setdefault(kind, []).append(record_id)
            for kind, ids in unread.items():
                self.mine_rows.update(((kind, i), row) for i, row in self.mine.rows(kind, ids).items())
        pending: list[Key] = list(self.plan.upserts)
        pending += [key for key in self.mine_rows if key not in self.plan.deletes]
        self._look_up_parents(pending)
        checked: set[Key] = set()
        while pending:
            key = pending.pop()
            if key in checked:
                continue
            checked.add(key)
            row = self.plan.upserts.get(key) or self.mine_rows.get(key)
            if row is None:
                continue
            for column, parent_kind, cascade in self.parents.get(key[0], ()):
                target = row.get(column)
                if target is None or target == key[1]:
                    continue
                parent = (parent_kind, target)
                if self._alive(parent):
                    continue
                if cascade and parent in self.plan.deletes:
                    tomb = self.plan.deletes.pop(parent)
                    self.plan.removed[parent_kind] -= 1
                    self.plan.stamps.pop(parent, None)
                    self._conflict(parent, Reason.PARENT_KEPT)
                    self.plan.upserts.setdefault(parent, self._mine_row(parent))
                    self.plan.existing.add(parent)
                    pending.append(parent)
                    self._cascade_anyway(parent, tomb)
                elif cascade and (found := self.theirs.rows(parent_kind, [target]).get(target)) is not None:
                    self.theirs_rows[parent] = found
                    self._conflict(parent, Reason.DELETED_HERE, kept_theirs=True)
                    self.plan.upserts[parent] = dict(found)
                    pending.append(parent)
                elif not cascade and key in self.plan.upserts:
                    self.plan.upserts[key][column] = None
                    self.plan.stamps.pop(key, None)  # no longer the other copy's version: a new stamp

    def _cascade_anyway(self, parent: Key, tomb: StampRow) -> None:
        """The other copy deleted ``parent`` with everything below it; ``parent`` stays for what was added
        here, but what hangs off it that nobody here changed is gone there, and goes here too."""
        below = self._descendants(parent)
        missing = set(below) - {key for key in below if self.theirs.rows(key[0], [key[1]])}
        for key in sorted(missing):
            changed_here = (
                key in self.mine.stamps if self.plan.related else _order(self.mine.stamps.get(key)) > _order(tomb)
            )
            if not changed_here and key not in self.plan.upserts:
                self._delete(key, ("", 0, ""))

    def _descendants(self, parent: Key) -> list[Key]:
        found: list[Key] = []
        pending = [parent]
        while pending:
            key = pending.pop()
            for child_kind, columns in self.parents.items():
                for column, parent_kind, cascade in columns:
                    if cascade and parent_kind is key[0]:
                        query = f'SELECT id FROM "{child_kind.value}" WHERE "{column}" = ?'
                        children = [(child_kind, row[0]) for row in self.mine.conn.execute(query, (key[1],))]
                        found += children
                        pending += children
        return found

    def _mine_row(self, key: Key) -> Row:
        return self.mine_rows.get(key) or self.mine.rows(key[0], [key[1]])[key[1]]

    def _erasures(self) -> None:
        """Names and contacts of people erased on one side that the other side still has: the merged file
        redacts them everywhere, so nothing the erasure removed comes back."""
        mine = {row[0]: row[1:] for row in self.mine.conn.execute(_PEOPLE)}
        theirs = {row[0]: row[1:] for row in self.theirs.conn.execute(_PEOPLE)}
        for person, (name, contact, erased) in theirs.items():
            here = mine.get(person)
            if here is not None and here[2] is not None and erased is None:
                self.plan.erased_texts.append((name, contact))
            elif here is not None and here[2] is None and erased is not None:
                self.plan.erased_texts.append((here[0], here[1]))
                key = (Kind.PARTICIPANT, person)
                if key not in self.plan.upserts:  # one-sided erasure there; make sure it is taken
                    self._take(key, self.theirs.rows(Kind.PARTICIPANT, [person])[person], None, count=False)

    def _redact_conflicts(self) -> None:
        """No listed value or label names a person erased in either copy: the preview shows what the merged
        file will hold, and that never includes an erased person's name or contact."""
        if not self.plan.erased_texts:
            return
        matchers = [PersonMatcher.for_person(name, contact) for name, contact in self.plan.erased_texts]

        def clean(value: Any) -> Any:
            if not isinstance(value, str):
                return value
            for matcher in matchers:
                value = matcher.redact(value)
            return value

        self.plan.conflicts = [
            replace(c, label=clean(c.label), mine=clean(c.mine), theirs=clean(c.theirs)) for c in self.plan.conflicts
        ]

    def _natural_clash(self, key: Key, row: Row) -> str | None:
        """The id of a different record of MINE with the same natural key as ``row``, if any."""
        columns = NATURAL_KEYS.get(key[0])
        if columns is None or key in self.mine_rows:
            return None
        where = " AND ".join(f'"{c}" = ?' for c in columns)
        found = self.mine.conn.execute(
            f'SELECT id FROM "{key[0].value}" WHERE {where} AND id != ?', [*(row[c] for c in columns), key[1]]
        ).fetchone()
        if found is None or (key[0], found[0]) in self.plan.deletes:
            return None
        return str(found[0])

    def _on_frozen_board(self, key: Key, frozen: set[str], row: Row | None) -> bool:
        """Whether the record is one of ``frozen`` boards or on one (a note, pro or con, or a note's vote)."""
        if not frozen or row is None:
            return False
        kind = key[0]
        if kind is Kind.BOARD:
            return key[1] in frozen
        if kind in (Kind.NOTE, Kind.PRO_CON):
            return row.get("board_id") in frozen
        if kind is Kind.VOTE:
            for conn in (self.mine.conn, self.theirs.conn):
                found = conn.execute("SELECT board_id FROM note WHERE id = ?", (row["note_id"],)).fetchone()
                if found is not None:
                    return found[0] in frozen
        return False


_PEOPLE = "SELECT id, display_name, contact, erased_at FROM participant"


def _same(first: Row | None, second: Row | None) -> bool:
    if first is None or second is None:
        return first is second
    return all(first[name] == second[name] for name in first if name not in IGNORED_FIELDS)


_order = stamp_order


def _frozen_boards(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT id FROM board WHERE frozen_at IS NOT NULL")}


def _content(row: Row) -> tuple[str, ...]:
    """A tie-breaker when both stamps are equal (two unstamped versions): the same on both sides."""
    return tuple(repr(row[name]) for name in sorted(row))


def _parent_columns() -> dict[Kind, list[tuple[str, Kind, bool]]]:
    """Per kind, its references to other records: (column, kind referred to, deleted with it)."""
    found: dict[Kind, list[tuple[str, Kind, bool]]] = {}
    for kind in MERGED_KINDS:
        table = SQLModel.metadata.tables[kind.value]
        for key in table.foreign_keys:
            parent = Kind.of_table(key.column.table.name)
            if parent is not None:
                found.setdefault(kind, []).append((key.parent.name, parent, key.ondelete == "CASCADE"))
    return found


def _missing_catalogue(mine: sqlite3.Connection, theirs: sqlite3.Connection) -> list[tuple[str, str]]:
    """Catalogue versions THEIRS keeps and MINE does not (a programme field may name one of them)."""
    have = {row[0] for row in mine.execute("SELECT version FROM catalogue_snapshot")}
    return [
        (version, content)
        for version, content in theirs.execute("SELECT version, content FROM catalogue_snapshot")
        if version not in have
    ]


def counts(groups: Iterable[dict[Kind, int]]) -> int:
    return sum(sum(group.values()) for group in groups)
