"""The before-commit stamp hook on the hot path (a note dragged again and again): the stamps are upserts per
field, so a field stamped again keeps one stamp row holding the newest clock value; a drag stamps x and y
alone, a text edit the text alone; a file's knowledge of itself is its own clock, which its stamps carry (a
commit writes neither the clock nor the knowledge, except where a merge's stamps replace ours); a deletion and
its undo swap the stamps for a tombstone and back (the undo is the whole record made again); and a drag sends
one statement of bookkeeping."""

import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from tests.servicefixtures import close, demo_copy
from workshop_app.domain.models import Note
from workshop_app.merge.sides import read_side
from workshop_app.operations.base import run
from workshop_app.operations.changes import Kind
from workshop_app.operations.records import Delete
from workshop_app.services import boards
from workshop_app.storage.store import ProgrammeStore


@pytest.fixture
def store(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ProgrammeStore]:
    opened = demo_copy(tmp_path, tmp_path_factory)
    yield opened
    close(opened)


def _a_note(store: ProgrammeStore) -> uuid.UUID:
    with store.reading() as session:
        note = session.exec(select(Note)).first()
        assert note is not None
        return note.id


def _rows(store: ProgrammeStore, table: str, record_id: uuid.UUID) -> list[tuple[Any, ...]]:
    """The stamp (field, copy, counter) or tombstone (copy, counter) rows of a note, read by another
    connection: what reached the file."""
    named = "field, " if table == "change_stamp" else ""
    with sqlite3.connect(store.path) as conn:
        return conn.execute(
            f"SELECT {named}copy_id, counter FROM {table} WHERE kind = ? AND record_id = ? ORDER BY 1",
            (Kind.NOTE.value, record_id.hex),
        ).fetchall()


def _clock(store: ProgrammeStore) -> tuple[str, int, int]:
    """This copy's id, its clock, and what a merge reads as its knowledge of itself."""
    with sqlite3.connect(store.path) as conn:
        side = read_side(conn)
    return side.copy_id, side.clock, side.knowledge[side.copy_id]


def _stamps_before(store: ProgrammeStore, note_id: uuid.UUID) -> list[tuple[Any, ...]]:
    """The note's stamps, gone through (the demo stamps its notes as it builds them)."""
    return _rows(store, "change_stamp", note_id)


def test_a_note_moved_again_keeps_one_stamp_per_field_with_the_newest_clock(store: ProgrammeStore) -> None:
    note_id = _a_note(store)
    made = [row for row in _stamps_before(store, note_id) if row[0] not in ("x", "y")]
    boards.move_note(store, note_id, 0.1, 0.2)
    copy_id, first, known = _clock(store)
    assert known == first
    assert _rows(store, "change_stamp", note_id) == sorted([*made, ("x", copy_id, first), ("y", copy_id, first)])
    boards.move_note(store, note_id, 0.3, -0.4)
    boards.move_note(store, note_id, -0.5, 0.6)
    _, last, known = _clock(store)
    assert last == first + 2
    assert known == last
    assert _rows(store, "change_stamp", note_id) == sorted([*made, ("x", copy_id, last), ("y", copy_id, last)])
    assert _rows(store, "tombstone", note_id) == []
    # An edit through the ORM stamps the columns it wrote, nothing else.
    boards.update_note(store, note_id, {"text": "Bus on Saturdays"})
    _, edited, _ = _clock(store)
    assert ("text", copy_id, edited) in _rows(store, "change_stamp", note_id)
    assert ("x", copy_id, last) in _rows(store, "change_stamp", note_id)


def test_a_drag_sends_one_bookkeeping_statement(store: ProgrammeStore) -> None:
    """One upsert of both stamps: nothing per row, no knowledge write, no clock write (the stamps carry it)."""
    note_id = _a_note(store)
    boards.move_note(store, note_id, 0.1, 0.2)  # the first write of a connection looks its tables up
    sent: list[str] = []
    with store.writing() as conn:
        driver = conn.connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        driver.set_trace_callback(sent.append)
    try:
        boards.move_note(store, note_id, 0.3, 0.4)
    finally:
        driver.set_trace_callback(None)
    bookkeeping = [
        s for s in sent if any(t in s for t in ("merge_copy", "merge_knowledge", "change_stamp", "tombstone"))
    ]
    assert len(bookkeeping) == 1, bookkeeping
    assert "INSERT INTO change_stamp" in bookkeeping[0]


def test_a_deleted_note_is_a_tombstone_and_its_undo_a_stamp_again(store: ProgrammeStore) -> None:
    note_id = _a_note(store)
    boards.move_note(store, note_id, 0.1, 0.2)
    outcome = run(store, Delete(Kind.NOTE, (note_id,)))
    copy_id, deleted_at, _ = _clock(store)
    assert _rows(store, "change_stamp", note_id) == []
    assert _rows(store, "tombstone", note_id) == [(copy_id, deleted_at)]
    assert outcome.inverse is not None
    run(store, outcome.inverse)
    _, restored_at, known = _clock(store)
    assert restored_at == deleted_at + 1
    assert known == restored_at
    assert _rows(store, "tombstone", note_id) == []
    assert _rows(store, "change_stamp", note_id) == [("", copy_id, restored_at)]


def test_a_move_rolled_back_at_the_driver_leaves_nothing_behind(store: ProgrammeStore) -> None:
    """A move's transaction is begun and ended on the driver's connection: when the block around it fails,
    the note, the clock and the stamps are as before, no one hears a change set, and the next move commits."""
    note_id = _a_note(store)
    boards.move_note(store, note_id, 0.1, 0.2)
    heard: list[object] = []
    store.subscribe(heard.append)
    clock, stamps = _clock(store), _rows(store, "change_stamp", note_id)
    with pytest.raises(RuntimeError, match="after the move"), store.writing():
        boards.move_note(store, note_id, 0.7, 0.8)
        raise RuntimeError("after the move")
    assert (_clock(store), _rows(store, "change_stamp", note_id)) == (clock, stamps)
    assert boards.get_note(store, note_id).x == 0.1 and heard == []
    boards.move_note(store, note_id, 0.3, 0.4)
    assert boards.get_note(store, note_id).x == 0.3 and len(heard) == 1
    assert _clock(store)[1] == clock[1] + 1


def test_a_move_and_an_orm_edit_in_one_block_are_one_transaction(store: ProgrammeStore) -> None:
    """A Core or ORM write after the driver-level move joins its transaction: one commit, one clock step,
    one change set naming the note once, the move's fields and the edit's field each stamped."""
    note_id = _a_note(store)
    boards.move_note(store, note_id, 0.1, 0.2)
    heard: list[Any] = []
    store.subscribe(heard.append)
    _, before, _ = _clock(store)
    with store.writing():
        boards.move_note(store, note_id, 0.5, 0.6)
        boards.update_note(store, note_id, {"text": "Moved and edited"})
    copy_id, after, _ = _clock(store)
    assert after == before + 1 and len(heard) == 1
    assert heard[0].updated == {Kind.NOTE: frozenset({note_id})}
    stamped = {row[0] for row in _rows(store, "change_stamp", note_id) if row[1:] == (copy_id, after)}
    assert stamped == {"x", "y", "text"}
    moved = boards.get_note(store, note_id)
    assert (moved.x, moved.y, moved.text) == (0.5, 0.6, "Moved and edited")
