"""The impact canvas window on the demo's phase-2 canvas: cards typed and picked from the method, two
selected cards linked, deletion with its links, each one undo step; the scene follows changes made
elsewhere; keyboard shortcuts and accessible names."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from ui.canvas.window import CanvasWindow
from ui.main_window import MainWindow
from ui.workspace import Workspace
from workshop_app.operations.method_tools import AddCanvasCard
from workshop_app.services import method_tools


def _window(qtbot: QtBot, workspace: Workspace) -> CanvasWindow:
    canvas = method_tools.list_canvases(workspace.store)[0]
    window = CanvasWindow(workspace, canvas.id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_demo_canvas_is_drawn_with_its_links(qtbot: QtBot, workspace: Workspace) -> None:
    window = _window(qtbot, workspace)
    assert len(window.scene.cards) == 8 and len(window.scene.links) == 7
    title, _question = window.scene.headers[0]
    assert title.toPlainText() == "Desired societal impacts"


def test_add_link_delete_and_undo(qtbot: QtBot, workspace: Workspace) -> None:
    window = _window(qtbot, workspace)
    depth = workspace.undo_stack.count()
    window.column.setCurrentIndex(1)  # results
    qtbot.keyClicks(window.text, "Young people stay")
    qtbot.keyClick(window.text, Qt.Key.Key_Return)
    assert workspace.undo_stack.count() == depth + 1 and len(window.scene.cards) == 9
    new = next(item for item in window.scene.cards.values() if item.card.text == "Young people stay")
    impact = next(item for item in window.scene.cards.values() if item.card.column == "impacts")
    new.setSelected(True)
    impact.setSelected(True)
    window.link_action.trigger()
    assert len(window.scene.links) == 8
    for item in window.scene.cards.values():
        item.setSelected(item.card.text == "Young people stay")
    window.delete_action.trigger()
    assert len(window.scene.cards) == 8 and len(window.scene.links) == 7
    workspace.undo_stack.undo()
    assert len(window.scene.cards) == 9 and len(window.scene.links) == 8
    workspace.undo_stack.undo()
    workspace.undo_stack.undo()
    assert len(window.scene.cards) == 8 and workspace.undo_stack.count() == depth + 3


def test_a_pick_of_the_method_and_a_change_made_elsewhere(qtbot: QtBot, workspace: Workspace) -> None:
    window = _window(qtbot, workspace)
    window.column.setCurrentIndex(3)  # resources
    window.picks.aboutToShow.emit()
    window.picks.actions()[0].trigger()
    picked = [item.card for item in window.scene.cards.values() if item.card.column == "resources"]
    assert any(card.origin == "method" and card.text == "Fully funded by the state" for card in picked)
    workspace.run(AddCanvasCard(window.canvas_id, "means", "From a phone"))
    qtbot.waitUntil(lambda: any(i.card.text == "From a phone" for i in window.scene.cards.values()))


def test_keyboard_and_names(qtbot: QtBot, workspace: Workspace) -> None:
    window = _window(qtbot, workspace)
    assert window.link_action.shortcut().toString() == "Ctrl+L"
    assert window.column_label.buddy() is window.column
    for widget in (window.text, window.picks_button, window.link_button, window.delete_button, window.view):
        assert widget.accessibleName()


def test_view_menu_opens_a_canvas_or_makes_one(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.canvas_action.isVisible()
    asked: list[list[str]] = []

    def pick_new(*args: object) -> tuple[str, bool]:
        labels = args[3]
        assert isinstance(labels, list)
        asked.append(labels)
        return next(label for label in labels if "Village bus" in label), True

    monkeypatch.setattr(QInputDialog, "getItem", pick_new)
    before = len(method_tools.list_canvases(workspace.store))
    window.canvas_action.trigger()
    assert len(method_tools.list_canvases(workspace.store)) == before + 1
    assert any(label == "Impact framework canvas – Choosing our operating model" for label in asked[0])
    opened = window.findChildren(CanvasWindow)
    assert opened and opened[-1].scene.cards == {}
    workspace.undo_stack.undo()
    assert len(method_tools.list_canvases(workspace.store)) == before
