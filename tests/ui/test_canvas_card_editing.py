"""Editing cards on the demo's impact canvas with the keyboard and the mouse: text edited in place (F2,
Enter, double-click; Escape keeps the old text), reordered with Alt+Up/Down and by dragging, moved to the
next column with Alt+Right (its links that no longer fit go, and come back with the undo), deleted; each one
undo step, undone and redone, and what reaches the file read again from a second connection."""

import uuid
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from ui.canvas.scene import CardItem
from ui.canvas.window import CanvasWindow
from ui.workspace import Workspace
from workshop_app.operations.changes import Kind
from workshop_app.operations.method_tools import AddCanvasCard
from workshop_app.operations.records import Update
from workshop_app.services import method_tools, participants
from workshop_app.storage.store import ProgrammeStore


def _window(qtbot: QtBot, workspace: Workspace) -> CanvasWindow:
    canvas = method_tools.list_canvases(workspace.store)[0]
    window = CanvasWindow(workspace, canvas.id)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.view.setFocus()
    return window


def _column(window: CanvasWindow, column: str) -> list[str]:
    return [item.card.text for item in window.scene.column_cards(column)]


def _focus(window: CanvasWindow, column: str, index: int) -> CardItem:
    item = window.scene.column_cards(column)[index]
    window.scene.clearSelection()
    item.setSelected(True)
    item.setFocus()
    return item


def _on_disk(path: Path, canvas_id: uuid.UUID) -> dict[str, list[str]]:
    """The canvas as a second connection reads it from the file."""
    other = ProgrammeStore.open_for_reading(path)
    try:
        found: dict[str, list[str]] = {}
        for card in method_tools.list_cards(other, canvas_id):
            found.setdefault(card.column, []).append(card.text)
        return found
    finally:
        other.close()


def test_f2_edits_a_card_in_place_undo_and_redo(qtbot: QtBot, workspace: Workspace) -> None:
    window = _window(qtbot, workspace)
    old = _column(window, "impacts")[0]
    _focus(window, "impacts", 0)
    depth = workspace.undo_stack.count()
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    assert window.scene.editor is not None
    qtbot.keyClicks(window.view, " now")
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _column(window, "impacts")[0] == f"{old} now")
    assert workspace.undo_stack.count() == depth + 1 and window.scene.editor is None
    assert _on_disk(workspace.store.path, window.canvas_id)["impacts"][0] == f"{old} now"
    workspace.undo_stack.undo()
    assert _column(window, "impacts")[0] == old
    workspace.undo_stack.redo()
    assert _column(window, "impacts")[0] == f"{old} now"
    assert len(window.scene.links) == 7, "the links stay with the edited card"


def test_enter_and_double_click_open_the_editor_and_escape_keeps_the_text(qtbot: QtBot, workspace: Workspace) -> None:
    window = _window(qtbot, workspace)
    old = _column(window, "results")[1]
    _focus(window, "results", 1)
    depth = workspace.undo_stack.count()
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert window.scene.editor is not None
    qtbot.keyClicks(window.view, "xyz")
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.scene.editor is None)
    assert _column(window, "results")[1] == old and workspace.undo_stack.count() == depth
    item = window.scene.column_cards("means")[0]
    point = window.view.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.scene.editor is not None
    window.scene.editor.setPlainText("Study circles")
    window.scene.editor.finish(True)
    qtbot.waitUntil(lambda: "Study circles" in _column(window, "means"))


def test_alt_up_down_reorder_within_the_column(qtbot: QtBot, workspace: Workspace) -> None:
    window = _window(qtbot, workspace)
    first, second = _column(window, "results")
    _focus(window, "results", 0)
    qtbot.keyClick(window.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _column(window, "results") == [second, first]
    focused = window.scene.focused_card()
    assert focused is not None and focused.card.text == first, "the moved card keeps the focus"
    qtbot.keyClick(window.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # already last: nothing
    assert _column(window, "results") == [second, first]
    qtbot.keyClick(window.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _column(window, "results") == [first, second]
    workspace.undo_stack.undo()
    assert _column(window, "results") == [second, first]
    assert _on_disk(workspace.store.path, window.canvas_id)["results"] == [second, first]
    workspace.undo_stack.undo()
    assert _column(window, "results") == [first, second] and len(window.scene.links) == 7


def test_alt_right_moves_a_card_to_the_next_column_and_undo_brings_its_links(
    qtbot: QtBot, workspace: Workspace
) -> None:
    window = _window(qtbot, workspace)
    moving = _column(window, "results")[0]
    _focus(window, "results", 0)
    qtbot.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert moving in _column(window, "means") and moving not in _column(window, "results")
    assert len(window.scene.links) < 7
    depth = workspace.undo_stack.count()
    workspace.undo_stack.undo()
    assert _column(window, "results")[0] == moving and len(window.scene.links) == 7
    workspace.undo_stack.redo()
    assert moving in _column(window, "means") and workspace.undo_stack.count() == depth


def test_a_dragged_card_lands_where_it_is_dropped_and_links_follow(qtbot: QtBot, workspace: Workspace) -> None:
    window = _window(qtbot, workspace)
    first, second = _column(window, "means")
    item = window.scene.column_cards("means")[0]
    below = window.scene.column_cards("means")[1]
    link = next(link for link in window.scene.link_views if item.card.id in (link.from_card_id, link.to_card_id))
    before = window.scene.links[link.id].path().elementAt(0)
    item.setPos(item.home + QPointF(0, below.rect().height() + 40))  # as a drag does, below the second card
    after = window.scene.links[link.id].path().elementAt(0)
    assert (before.x, before.y) != (after.x, after.y), "the link is redrawn while the card moves"
    window.scene.dropped(item)
    qtbot.waitUntil(lambda: _column(window, "means") == [second, first])
    workspace.undo_stack.undo()
    assert _column(window, "means") == [first, second]


def test_a_dragged_card_dropped_in_another_column(qtbot: QtBot, workspace: Workspace) -> None:
    window = _window(qtbot, workspace)
    item = window.scene.column_cards("resources")[0]
    text = item.card.text
    x = window.scene.column_x("impacts") + 30
    item.setPos(QPointF(x, -500))  # above the column's first card
    window.scene.dropped(item)
    qtbot.waitUntil(lambda: _column(window, "impacts")[:1] == [text])
    workspace.undo_stack.undo()
    assert text in _column(window, "resources") and len(window.scene.links) == 7


def test_delete_then_undo_and_redo_with_the_keyboard(qtbot: QtBot, workspace: Workspace) -> None:
    window = _window(qtbot, workspace)
    text = _column(window, "impacts")[1]
    _focus(window, "impacts", 1)
    window.delete_action.trigger()
    assert text not in _column(window, "impacts")
    workspace.undo_stack.undo()
    assert _column(window, "impacts")[1] == text and len(window.scene.links) == 7
    workspace.undo_stack.redo()
    assert text not in _on_disk(workspace.store.path, window.canvas_id)["impacts"]


def test_arrow_keys_go_from_card_to_card(qtbot: QtBot, workspace: Workspace) -> None:
    window = _window(qtbot, workspace)
    _focus(window, "impacts", 0)
    qtbot.keyClick(window.view, Qt.Key.Key_Down)
    focused = window.scene.focused_card()
    assert focused is not None and focused.card.column == "impacts" and focused.card.position == 1
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    focused = window.scene.focused_card()
    assert focused is not None and focused.card.column == "results"
    for action in (window.edit_action, window.up_action, window.down_action, window.left_action):
        assert action.text()


def test_a_change_made_elsewhere_during_an_edit_is_not_overwritten(qtbot: QtBot, workspace: Workspace) -> None:
    window = _window(qtbot, workspace)
    item = _focus(window, "impacts", 0)
    card = item.card
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    editor = window.scene.editor
    assert editor is not None
    workspace.run(Update(Kind.CANVAS_CARD, card.id, {"text": "Changed on a phone"}))
    workspace.run(AddCanvasCard(window.canvas_id, "means", "Added on a phone"))
    assert window.scene.editor is editor, "a change elsewhere does not close the editor under the person"
    editor.setPlainText("Mine")
    editor.finish(True)
    qtbot.waitUntil(lambda: "Added on a phone" in _column(window, "means"))
    assert _column(window, "impacts")[0] == "Changed on a phone", "theirs is kept and shown"
    assert "changed elsewhere" in window.message.text()


def test_a_card_says_where_it_came_from(qtbot: QtBot, workspace: Workspace) -> None:
    window = _window(qtbot, workspace)
    person = participants.list_participants(workspace.store)[0]
    workspace.run(AddCanvasCard(window.canvas_id, "means", "From Anna's phone", participant_id=person.id))
    qtbot.waitUntil(lambda: "From Anna's phone" in _column(window, "means"))
    phone = next(item for item in window.scene.cards.values() if item.card.text == "From Anna's phone")
    assert phone.toolTip() == f"From Anna's phone\n\nWritten by {person.display_name}"
    picked = window.scene.column_cards("impacts")[0]
    assert picked.toolTip().endswith("A starting pick of the method")
