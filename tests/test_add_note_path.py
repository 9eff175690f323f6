"""A new note's path to the file (issue 12: fifty phones adding notes on the window's loop): a Core INSERT after
one look at the board (and at the author, if any), no ORM load; the rules and the change set as before, and the
note stamped whole for merging."""

import sqlite3
import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import text

from tests.servicefixtures import new_board
from tests.servicefixtures import store as store  # fixture
from workshop_app.errors import NotFoundError, ValidationError
from workshop_app.operations.base import Batch, run
from workshop_app.operations.changes import Kind
from workshop_app.operations.notes import AddNote, NextRound
from workshop_app.room.operations import AsDevice
from workshop_app.services import boards, participants
from workshop_app.storage.store import ProgrammeStore


def _statements(store: ProgrammeStore, write: Callable[[], object]) -> list[str]:
    """What ``write`` sends to SQLite, as traced on the writing connection."""
    sent: list[str] = []
    with store.writing() as conn:
        driver = conn.connection.driver_connection
        if not isinstance(driver, sqlite3.Connection):
            pytest.skip("statements are traced on SQLite; the server runs the same ones")
        driver.set_trace_callback(sent.append)
    try:
        write()
    finally:
        driver.set_trace_callback(None)
    return sent


def test_a_note_is_one_look_at_the_board_and_one_insert(store: ProgrammeStore) -> None:
    board = new_board(store)
    run(store, AddNote(board.id, "first", 0, 0))  # the first write of a connection looks its tables up
    sent = _statements(store, lambda: run(store, AddNote(board.id, "Ferry", 0.5, -0.5)))
    own = [s for s in sent if any(t in s for t in (" board", " note", " participant"))]
    assert [s.split()[0] for s in own] == ["SELECT", "INSERT"], own
    assert "INSERT INTO note" in own[1]


def test_a_named_phone_adds_one_look_at_its_person(store: ProgrammeStore) -> None:
    board = new_board(store)
    person = participants.add_participant(store, "Aino")
    run(store, AddNote(board.id, "first", 0, 0))
    sent = _statements(
        store, lambda: run(store, AsDevice(AddNote(board.id, "Bus", 0, 0, participant_id=person.id), person.id))
    )
    looks = [s for s in sent if s.startswith("SELECT") and "participant" in s]
    assert len(looks) == 2, looks  # the room's check (not erased) and the core's (present)


def test_notes_of_a_batch_are_all_named_and_stamped_whole(store: ProgrammeStore) -> None:
    board = new_board(store)
    outcome = run(store, Batch(tuple(AddNote(board.id, f"note {i}", 0.1 * i, 0) for i in range(3))))
    made = {note.id for note in outcome.result}
    assert outcome.changes.created == {Kind.NOTE: frozenset(made)}
    assert {note.id: note for note in boards.list_notes(store, board.id)} == {note.id: note for note in outcome.result}
    with store.reading() as session:
        rows = session.connection().execute(
            text("SELECT record_id FROM change_stamp WHERE kind = 'note' AND field = ''")
        )
        stamped = {row[0] if isinstance(row[0], uuid.UUID) else uuid.UUID(hex=row[0]) for row in rows}
    assert made <= stamped


def test_a_refused_note_writes_nothing(store: ProgrammeStore) -> None:
    board = new_board(store)
    run(store, NextRound(board.id))
    with pytest.raises(ValidationError) as frozen:
        run(store, AddNote(board.id, "Late", 0, 0))
    assert frozen.value.field == "board"
    with pytest.raises(NotFoundError):
        run(store, AddNote(uuid.uuid4(), "Nowhere", 0, 0))
    other = new_board(store, "Open")
    with pytest.raises(NotFoundError):
        run(store, AddNote(other.id, "Nobody", 0, 0, participant_id=uuid.uuid4()))
    assert boards.list_notes(store, board.id) == boards.list_notes(store, other.id) == []
