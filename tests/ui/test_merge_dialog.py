"""File › Merge Another Copy… and Copy for a Colleague… in the window: preview first, merge off the GUI thread."""

import asyncio
import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from ui.dialogs.merge import MergePreview
from ui.main_window import MainWindow
from workshop_app.operations.changes import ChangeSet, Kind
from workshop_app.services import boards
from workshop_app.storage.store import ProgrammeStore


def _texts(item: QTreeWidgetItem | None) -> list[str]:
    if item is None:
        return []
    found = [item.text(column) for column in range(3)]
    for index in range(item.childCount()):
        found += _texts(item.child(index))
    return found


def _notes(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM note").fetchone()[0])
    finally:
        conn.close()


def _wait(loop: asyncio.AbstractEventLoop, window: MainWindow) -> None:
    assert window.merge.task is not None
    loop.run_until_complete(window.merge.task)


def _close_messages(window: MainWindow) -> list[str]:
    texts = [box.text() for box in window.findChildren(QMessageBox) if box.isVisible()]
    for box in window.findChildren(QMessageBox):
        box.close()
    return texts


def test_file_menu_offers_merge_and_copy(window: MainWindow) -> None:
    texts = [action.text() for action in window.file_menu.actions()]
    assert "&Merge Another Copy…" in texts
    assert "Cop&y for a Colleague…" in texts


def test_a_colleagues_copy_merges_back_after_a_preview(
    window: MainWindow, loop: asyncio.AbstractEventLoop, tmp_path: Path, qtbot: QtBot
) -> None:
    workspace = window.workspace
    assert workspace is not None
    store = workspace.store
    colleague = tmp_path / "colleague.workshop"
    window.merge.make_copy(store.path, colleague)
    _wait(loop, window)
    assert any("colleague.workshop" in text for text in _close_messages(window))

    board = boards.list_boards(store)[0]
    shared = boards.list_notes(store, board.id)[0]
    boards.update_note(store, shared.id, {"text": "Changed in the window"})
    with ProgrammeStore.open(colleague) as theirs:
        added = boards.add_note(theirs, board.id, "Added on the colleague's laptop", 0.2, 0.2)
        boards.update_note(theirs, shared.id, {"text": "Changed on the colleague's laptop"})
    before = _notes(store.path)

    window.merge.start_preview(colleague)
    _wait(loop, window)
    preview = window.merge.preview
    assert isinstance(preview, MergePreview) and preview.isVisible()
    shown = [text for i in range(preview.tree.topLevelItemCount()) for text in _texts(preview.tree.topLevelItem(i))]
    assert "Notes: 1" in shown
    assert "“Changed in the window”" in shown and "“Changed on the colleague's laptop”" in shown
    assert preview.merge_button.isEnabled()
    assert _notes(store.path) == before  # a preview writes nothing

    with qtbot.waitSignal(workspace.changes_applied, timeout=10_000) as heard:
        preview.merge_button.click()
        _wait(loop, window)
    changes = heard.args[0]
    assert isinstance(changes, ChangeSet)
    assert added.id in changes.ids(Kind.NOTE)
    assert _notes(store.path) == before + 1
    assert boards.get_note(store, shared.id).text == "Changed on the colleague's laptop"  # the later change
    assert workspace.undo_stack.count() == 0
    result = window.merge.last_result
    assert result is not None and result.backup is not None and result.backup.exists()
    assert any("1 conflicts" in text for text in _close_messages(window))


def test_cancelling_the_preview_writes_nothing(
    window: MainWindow, loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    workspace = window.workspace
    assert workspace is not None
    colleague = tmp_path / "colleague.workshop"
    window.merge.make_copy(workspace.store.path, colleague)
    _wait(loop, window)
    _close_messages(window)
    with ProgrammeStore.open(colleague) as theirs:
        board = boards.list_boards(theirs)[0]
        boards.add_note(theirs, board.id, "Only there", 0.0, 0.0)
    data = _notes(workspace.store.path)

    window.merge.start_preview(colleague)
    _wait(loop, window)
    assert window.merge.preview is not None
    window.merge.preview.reject()

    assert _notes(workspace.store.path) == data
    assert window.merge.last_result is None


def test_a_file_that_is_not_a_programme_is_refused_in_a_message(
    window: MainWindow, loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    other = tmp_path / "notes.workshop"
    other.write_text("not a database", encoding="utf-8")
    window.merge.start_preview(other)
    _wait(loop, window)
    assert window.merge.preview is None
    assert any("not a Workshop App programme file" in text for text in _close_messages(window))
