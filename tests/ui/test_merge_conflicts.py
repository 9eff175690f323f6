"""File › Merge Conflicts…: after a merge the open conflicts are listed in words; keeping the other value or
accepting the kept one is one undo step, from the keyboard alone, and a decided conflict leaves the list."""

import asyncio
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ui.dialogs.merge_conflicts import MergeConflictsDialog
from ui.main_window import MainWindow
from workshop_app.merge.conflicts import open_conflicts
from workshop_app.services import boards
from workshop_app.storage.store import ProgrammeStore


def _wait(loop: asyncio.AbstractEventLoop, window: MainWindow) -> None:
    assert window.merge.task is not None
    loop.run_until_complete(window.merge.task)


def _close_messages(window: MainWindow) -> None:
    for box in window.findChildren(QMessageBox):
        box.close()


def _merged_with_a_conflict(window: MainWindow, loop: asyncio.AbstractEventLoop, tmp_path: Path) -> tuple[object, str]:
    """A colleague's copy changed the text of the note this window also changed, later: after the merge the
    colleague's text is kept and this window's text is the other value. Returns the note and that text."""
    workspace = window.workspace
    assert workspace is not None
    store = workspace.store
    colleague = tmp_path / "colleague.workshop"
    window.merge.make_copy(store.path, colleague)
    _wait(loop, window)
    _close_messages(window)
    board = boards.list_boards(store)[0]
    shared = boards.list_notes(store, board.id)[0]
    boards.update_note(store, shared.id, {"text": "Bus on Saturdays"})
    with ProgrammeStore.open(colleague) as theirs:
        boards.update_note(theirs, shared.id, {"text": "Bus on Sundays", "colour": "#81d4fa"})
        boards.move_note(theirs, shared.id, 0.4, 0.4)
    window.merge.start_merge(colleague)
    _wait(loop, window)
    _close_messages(window)
    return shared, "Bus on Saturdays"


def _keys(qtbot: QtBot, dialog: MergeConflictsDialog, tabs: int) -> None:
    """From the keyboard alone: the table has the focus as the dialog opens, Down chooses the row, Tab goes on
    to the buttons (once: Keep the Other Value, twice: Accept the Value Kept), Space presses the button."""
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    for _ in range(tabs):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    pressed = dialog.focusWidget()
    assert pressed is (dialog.keep_other_button if tabs == 1 else dialog.accept_button)
    qtbot.keyClick(pressed, Qt.Key.Key_Space)


def _cells(dialog: MergeConflictsDialog, row: int) -> list[str]:
    return [dialog.table.item(row, column).text() for column in range(dialog.table.columnCount())]


def test_after_a_merge_the_conflict_is_listed_and_the_other_value_kept_from_the_keyboard(
    window: MainWindow, loop: asyncio.AbstractEventLoop, tmp_path: Path, qtbot: QtBot
) -> None:
    workspace = window.workspace
    assert workspace is not None
    note, mine = _merged_with_a_conflict(window, loop, tmp_path)
    note_id = note.id  # type: ignore[attr-defined]

    dialog = window.merge.conflicts
    assert isinstance(dialog, MergeConflictsDialog) and dialog.isVisible()
    # Only the field both changed is a conflict: the colour and the place came over without one.
    assert dialog.table.rowCount() == 1
    record, field, kept, other, source = _cells(dialog, 0)
    assert record == "Note “Bus on Sundays”" and field == "Text"
    assert (kept, other) == ("“Bus on Sundays”", f"“{mine}”")
    assert source.startswith("Copy ")
    assert boards.get_note(workspace.store, note_id).colour == "#81d4fa"

    _keys(qtbot, dialog, tabs=1)

    assert boards.get_note(workspace.store, note_id).text == mine
    assert dialog.table.rowCount() == 0 and dialog.empty.isVisible()
    assert open_conflicts(workspace.store) == []
    assert workspace.undo_stack.count() == 1

    workspace.undo_stack.undo()  # one undo step: the value and the conflict both come back
    assert boards.get_note(workspace.store, note_id).text == "Bus on Sundays"
    assert dialog.table.rowCount() == 1
    workspace.undo_stack.redo()
    assert boards.get_note(workspace.store, note_id).text == mine
    assert dialog.table.rowCount() == 0


def test_accepting_keeps_the_merged_value_and_the_menu_opens_the_list_again(
    window: MainWindow, loop: asyncio.AbstractEventLoop, tmp_path: Path, qtbot: QtBot
) -> None:
    workspace = window.workspace
    assert workspace is not None
    note, _mine = _merged_with_a_conflict(window, loop, tmp_path)
    note_id = note.id  # type: ignore[attr-defined]
    assert window.merge.conflicts is not None
    window.merge.conflicts.close()

    window.merge.conflicts_action.trigger()  # File › Merge Conflicts…
    dialog = window.merge.conflicts
    assert dialog is not None and dialog.isVisible() and dialog.table.rowCount() == 1
    _keys(qtbot, dialog, tabs=2)

    assert boards.get_note(workspace.store, note_id).text == "Bus on Sundays"
    assert dialog.table.rowCount() == 0
    assert not dialog.accept_button.isEnabled() and not dialog.keep_other_button.isEnabled()


def test_a_value_changed_since_the_merge_is_not_overwritten(
    window: MainWindow, loop: asyncio.AbstractEventLoop, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    workspace = window.workspace
    assert workspace is not None
    note, _mine = _merged_with_a_conflict(window, loop, tmp_path)
    note_id = note.id  # type: ignore[attr-defined]
    boards.update_note(workspace.store, note_id, {"text": "Bus every day"})  # on a phone, say
    dialog = window.merge.conflicts
    assert dialog is not None

    with qtbot.waitSignal(workspace.failed, timeout=5_000) as refused:
        dialog.keep_other_button.click()

    assert "changed elsewhere meanwhile" in refused.args[0]
    assert warned == [refused.args[0]]  # the window says so
    assert boards.get_note(workspace.store, note_id).text == "Bus every day"
    assert dialog.table.rowCount() == 1  # still open, to decide again
