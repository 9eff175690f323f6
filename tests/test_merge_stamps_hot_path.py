"""The before-commit stamp hook on the hot path (a note dragged again and again): the stamps are upserts, so a
record stamped again keeps one stamp row holding the newest clock value, this copy's knowledge follows the
clock, and a deletion and its undo swap the stamp for a tombstone and back."""

import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from tests.servicefixtures import close, demo_copy
from workshop_app.domain.models import Note
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


def _rows(store: ProgrammeStore, table: str, record_id: uuid.UUID) -> list[tuple[str, int]]:
    """The stamp or tombstone rows of a note, read by another connection: what reached the file."""
    with sqlite3.connect(store.path) as conn:
        return conn.execute(
            f"SELECT copy_id, counter FROM {table} WHERE kind = ? AND record_id = ?",
            (Kind.NOTE.value, record_id.hex),
        ).fetchall()


def _clock(store: ProgrammeStore) -> tuple[str, int, int]:
    """This copy's id, its clock, and what its knowledge says of itself."""
    with sqlite3.connect(store.path) as conn:
        copy_id, clock = conn.execute("SELECT copy_id, clock FROM merge_copy").fetchone()
        (known,) = conn.execute("SELECT counter FROM merge_knowledge WHERE copy_id = ?", (copy_id,)).fetchone()
    return copy_id, clock, known


def test_a_note_moved_again_keeps_one_stamp_with_the_newest_clock(store: ProgrammeStore) -> None:
    note_id = _a_note(store)
    boards.move_note(store, note_id, 0.1, 0.2)
    copy_id, first, known = _clock(store)
    assert known == first
    assert _rows(store, "change_stamp", note_id) == [(copy_id, first)]
    boards.move_note(store, note_id, 0.3, -0.4)
    boards.move_note(store, note_id, -0.5, 0.6)
    _, last, known = _clock(store)
    assert last == first + 2
    assert known == last
    assert _rows(store, "change_stamp", note_id) == [(copy_id, last)]
    assert _rows(store, "tombstone", note_id) == []


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
    assert _rows(store, "change_stamp", note_id) == [(copy_id, restored_at)]
