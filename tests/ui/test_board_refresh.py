"""The board window refreshes from typed change sets, reading only what changed: a drag released is one write
and a few reads; a note added by another path (a phone) appears after one turn of the event loop; and a frozen
round's notes stay as they are, whichever way the window is asked to change them."""

import re
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from tests.ui.board_helpers import drag, inwards, open_valuma_window, person, press_and_pull, release, topmost_note
from ui.board.board_window import BoardWindow
from ui.board.commands import edit_text_command
from ui.workspace import Workspace
from workshop_app.operations.changes import Kind
from workshop_app.operations.notes import AddNote, AddVote, NextRound
from workshop_app.services import board_view, boards
from workshop_app.storage.store import ProgrammeStore

WRITES = ("UPDATE", "INSERT", "DELETE")
RECORD_TABLES = frozenset(kind.value for kind in Kind)
"""The programme's records; a write transaction may also keep the file's own books (merge stamps, the
file's metadata), which are not the user's change."""
WRITTEN = re.compile(r"\s*(?:UPDATE|INSERT(?:\s+OR\s+\w+)?\s+INTO|DELETE\s+FROM)\s+(\w+)", re.IGNORECASE)
SETTLE_MS = 30


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> Iterator[BoardWindow]:
    yield from open_valuma_window(qtbot, workspace)


@dataclass
class Traffic:
    statements: list[str] = field(default_factory=list)

    def verbs(self, *verbs: str) -> list[str]:
        return [statement for statement in self.statements if statement.lstrip().upper().startswith(verbs)]

    @property
    def commits(self) -> int:
        return len(self.verbs("COMMIT"))

    def others(self) -> list[str]:
        """Statements that neither read, write, begin nor end a transaction (a PRAGMA, say; a reader's
        connection ends its read with ROLLBACK as the pool takes it back)."""
        known = (*WRITES, "SELECT", "WITH", "BEGIN", "COMMIT", "ROLLBACK")
        return [statement for statement in self.statements if not statement.lstrip().upper().startswith(known)]


@contextmanager
def traffic(store: ProgrammeStore) -> Iterator[Traffic]:
    """Every SQL statement SQLite runs for the store inside the block, as traced on its connections: the
    writer's, and every one the pool hands out meanwhile (a drag's UPDATE goes to the driver directly, past
    SQLAlchemy's events)."""
    seen = Traffic()
    traced: list[sqlite3.Connection] = []

    def trace(driver: object) -> None:
        assert isinstance(driver, sqlite3.Connection)
        driver.set_trace_callback(seen.statements.append)
        traced.append(driver)

    def checkout(driver: object, *_rest: object) -> None:
        trace(driver)

    with store.writing() as conn:
        trace(conn.connection.driver_connection)
    seen.statements.clear()
    event.listen(store.engine, "checkout", checkout)
    try:
        yield seen
    finally:
        event.remove(store.engine, "checkout", checkout)
        for driver in traced:
            driver.set_trace_callback(None)


def written_table(statement: str) -> str:
    match = WRITTEN.match(statement)
    assert match is not None, statement
    return match.group(1)


def dump(store: ProgrammeStore) -> list[str]:
    """Every row of the file, as SQL (another connection, so it reads what is committed)."""
    with closing(sqlite3.connect(store.path)) as conn:
        return list(conn.iterdump())


# --- statements ---------------------------------------------------------------------------------------------


def test_releasing_a_dragged_note_is_one_write_and_at_most_six_reads(qtbot: QtBot, window: BoardWindow) -> None:
    store = window.workspace.store
    warm = topmost_note(window)
    drag(window, warm, inwards(warm))  # the session's first write also starts the file's log: not the drag's own
    qtbot.wait(SETTLE_MS)
    item = topmost_note(window)
    start = window.view.mapFromScene(item.pos())
    end = start + inwards(item, 60)
    press_and_pull(window, start, end)
    with traffic(store) as seen:
        release(window, end)
        qtbot.wait(SETTLE_MS)  # the change notice, the scene's and the panels' refresh
    writes = seen.verbs(*WRITES)
    (write,) = [statement for statement in writes if written_table(statement) in RECORD_TABLES]
    assert write.lstrip().startswith("UPDATE note")
    bookkeeping = [statement for statement in writes if statement is not write]
    assert all(written_table(statement) not in RECORD_TABLES for statement in bookkeeping), bookkeeping
    reads = seen.verbs("SELECT", "WITH")
    assert len(reads) <= 6, reads
    assert seen.others() == []
    assert seen.commits == 1
    stored = boards.get_note(store, item.note_id)
    assert (item.record.x, item.record.y) == (stored.x, stored.y) == item.normalised()


def test_a_note_added_by_another_path_appears_after_one_turn_of_the_event_loop(window: BoardWindow) -> None:
    workspace, board_id = window.workspace, window.scene.board_id
    before = len(window.scene.note_items())
    made = workspace.run(AddNote(board_id, "Sent from a phone", 0.35, -0.45)).result
    QCoreApplication.processEvents()
    item = window.scene.note_item(made.id)
    assert item is not None and item.record.text == "Sent from a phone"
    assert item.normalised() == (0.35, -0.45)
    assert len(window.scene.note_items()) == before + 1
    assert window.scene.note_items()[-1] is item  # the newest note comes last, as the board lists them
    results = window.votes_panel.model
    assert any(results.result(row).note_id == made.id for row in range(results.rowCount()))


def test_a_dot_given_elsewhere_updates_the_note_and_the_voters_dots(
    window: BoardWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = window.workspace
    monkeypatch.setattr(board_view, "read_board", None)  # the whole board is not read again for a dot
    voter = person(workspace, "Aino")
    window.voting.voter = voter
    left = window.voting.dots_left(voter)
    assert left is not None and left > 0
    item = topmost_note(window)
    votes = item.record.votes
    workspace.run(AddVote(item.note_id, voter))
    QCoreApplication.processEvents()
    assert item.record.votes == votes + 1
    assert window.voting.dots_left(voter) == left - 1
    assert f"{left - 1} of" in window.votes_panel.left.text()


def test_a_text_edited_elsewhere_updates_the_spread_from_the_notes_held(window: BoardWindow) -> None:
    workspace = window.workspace
    model = window.spread_panel.model
    spreads = model.rowCount()
    disputed = {note_id for row in range(spreads) for note_id in model.spread(row).note_ids}
    first, second = [item for item in window.scene.note_items() if item.note_id not in disputed][:2]
    workspace.apply(edit_text_command(workspace, first.note_id, "Said twice"))
    workspace.apply(edit_text_command(workspace, second.note_id, "Said twice"))
    assert model.rowCount() == spreads + 1
    assert any(set(model.spread(row).note_ids) == {first.note_id, second.note_id} for row in range(spreads + 1))


# --- a frozen round -----------------------------------------------------------------------------------------


def _said_frozen(window: BoardWindow) -> bool:
    said = "frozen" in window.statusBar().currentMessage()
    window.statusBar().clearMessage()
    return said


def test_a_frozen_rounds_notes_cannot_be_changed_by_any_path_in_the_window(qtbot: QtBot, window: BoardWindow) -> None:
    workspace, store, first = window.workspace, window.workspace.store, window.scene.board_id
    item = topmost_note(window)
    other = next(note for note in window.scene.note_items() if note is not item)
    window.scene.select_only([item])
    assert window.controller.move_selected(0.05, 0)  # an undo step made before the round is frozen
    assert workspace.apply(edit_text_command(workspace, other.note_id, "Said before the freeze"))
    workspace.undo_stack.undo()  # ... and one undone, to redo
    assert workspace.undo_stack.canRedo()
    workspace.run(NextRound(first))  # frozen from elsewhere (another window, the room): not an undo step
    QCoreApplication.processEvents()
    assert window.scene.board_id == first and not window.scene.editable
    assert window.banner.isVisible() and "frozen" in window.banner.text.text()
    frozen = dump(store)
    notes = {note.id: note for note in boards.list_notes(store, first)}

    workspace.undo_stack.redo()  # redo: the edit is refused, and said why
    assert _said_frozen(window)
    workspace.undo_stack.undo()  # undo: the move is refused too
    assert _said_frozen(window)
    assert dump(store) == frozen

    window.scene.select_only([item])  # menus: every editing action is off
    for action in (window.tools.delete, window.tools.edit, window.tools.add, window.tools.voting):
        assert not action.isEnabled()
        action.trigger()
    assert not any(action.isEnabled() for action in window.tools.colours.values())

    view = window.view
    view.setFocus()
    window.scene.select_only([item])
    for key in (Qt.Key.Key_Delete, Qt.Key.Key_Right, Qt.Key.Key_Return, Qt.Key.Key_N):  # keyboard
        QTest.keyClick(view, key)
        assert _said_frozen(window), key
        assert window.scene.editor is None

    start = view.mapFromScene(item.pos())  # drag
    press_and_pull(window, start, start + inwards(item, 60))
    release(window, start + inwards(item, 60))
    assert _said_frozen(window)
    assert item.normalised() == (notes[item.note_id].x, notes[item.note_id].y)

    window.set_voting(True)  # voting is refused, and a dot given anyway is refused by the core
    assert not window.voting.active
    assert not window.voting.add_dot(item.note_id)
    assert _said_frozen(window)

    assert window.controller.add_note(0.1, 0.1, "Too late") is None
    assert not window.controller.delete_selected()
    window.controller.set_colour("#90caf9")
    assert _said_frozen(window)
    assert dump(store) == frozen
    assert {note.id: note for note in boards.list_notes(store, first)} == notes
    assert workspace.undo_stack.count() == 0 or not workspace.undo_stack.canUndo()


def test_the_previous_round_is_read_once_for_comparing(window: BoardWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """Compare reads the previous round's notes once and keeps them (a frozen round does not change); the
    round shown is compared from the notes the scene already holds."""
    reads: list[uuid.UUID] = []
    real = board_view.board_notes

    def counted(store: ProgrammeStore, board_id: uuid.UUID) -> list[board_view.BoardNote]:
        reads.append(board_id)
        return real(store, board_id)

    monkeypatch.setattr(board_view, "board_notes", counted)
    first = window.scene.board_id
    second = window.freeze_and_continue()
    assert second is not None and window.scene.board_id == second
    window.tools.compare.trigger()
    assert window.tools.compare.isChecked() and window.compare_layer.count() == 0  # nothing moved yet
    item = topmost_note(window)
    window.scene.select_only([item])
    assert window.controller.move_selected(0.05, 0)
    assert window.controller.move_selected(0, 0.05)
    assert window.compare_layer.count() > 0
    moved = [row for row in range(window.rounds_panel.model.rowCount())]
    assert moved
    assert reads == [first]
