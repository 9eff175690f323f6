"""The Boards tab of a workshop: lists its boards with their axes and round, makes a board from a method preset
(texts in the programme's language) or with its own axes, opens it in the board window, deletes it (undoable)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.test_workshops_page import open_page
from ui.board.board_window import BoardWindow
from ui.main_window import MainWindow
from ui.workshop.boards_panel import PRESET, ROUND, TITLE
from workshop_app.services import boards, workshops


def boards_tab(window: MainWindow, workshop: str):  # type: ignore[no-untyped-def]
    page = open_page(window, workshop)
    page.editor.tabs.setCurrentWidget(page.editor.boards.parentWidget())
    return page.editor.boards


def test_the_tab_lists_the_workshops_boards(window: MainWindow) -> None:
    workshop = next(b for b in boards.list_boards(window.workspace.store) if b.preset_key == "valuma").workshop_id
    title = workshops.get_workshop(window.workspace.store, workshop).title
    panel = boards_tab(window, title)
    model = panel.model
    rows = {model.index(r, TITLE).data(): (model.index(r, PRESET).data(), model.index(r, ROUND).data())
            for r in range(model.rowCount())}  # fmt: skip
    assert rows["Operating model: who leads, and how targeted?"] == (
        "VALUMA board: models for regional network cooperation",
        "Round 1",
    )


def test_a_new_board_from_a_preset_is_made_and_opened(qtbot: QtBot, window: MainWindow) -> None:
    panel = boards_tab(window, "Mobilisation: quick wins and who does what")
    workshop_id = panel.model.workshop_id
    before = len(boards.list_boards(window.workspace.store, workshop_id))
    dialog = panel.ask_new_board()
    assert dialog.isVisible()
    dialog.preset.setCurrentIndex(dialog.preset.findData("valuma"))
    assert dialog.title.text() and not dialog.axes["x_title"].isVisible()
    dialog.title.clear()
    qtbot.keyClicks(dialog.title, "Our strengths")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    made = boards.list_boards(window.workspace.store, workshop_id)
    assert len(made) == before + 1
    board = next(b for b in made if b.title == "Our strengths")
    assert board.preset_key == "valuma" and board.x_title
    assert boards.list_pro_cons(window.workspace.store, board.id)  # the preset's prompts came along
    opened = [w for w in QApplication.topLevelWidgets() if isinstance(w, BoardWindow) and w.isVisible()]
    assert [w.scene.board_id for w in opened] == [board.id]
    opened[0].close()
    assert panel.current() is not None and panel.current().id == board.id  # type: ignore[union-attr]
    window.workspace.undo_stack.undo()
    assert len(boards.list_boards(window.workspace.store, workshop_id)) == before


def test_own_axes_open_with_enter_and_delete_with_undo(qtbot: QtBot, window: MainWindow) -> None:
    panel = boards_tab(window, "Mobilisation: quick wins and who does what")
    dialog = panel.ask_new_board()
    dialog.preset.setCurrentIndex(dialog.preset.count() - 1)
    assert dialog.preset_key() == "" and dialog.axes["x_title"].isVisibleTo(dialog)
    assert dialog.title.text() == ""  # the preset's suggested title went with the preset
    dialog.title.setText("Our own board")
    dialog.axes["x_title"].setText("Cost")
    dialog.axes["y_title"].setText("Benefit")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[union-attr]
    board = next(b for b in boards.list_boards(window.workspace.store) if b.title == "Our own board")
    assert (board.x_title, board.y_title, board.preset_key) == ("Cost", "Benefit", "")
    for w in QApplication.topLevelWidgets():
        if isinstance(w, BoardWindow):
            w.close()
    panel.select(board.id)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    opened = [w for w in QApplication.topLevelWidgets() if isinstance(w, BoardWindow) and w.isVisible()]
    assert [w.scene.board_id for w in opened] == [board.id]
    opened[0].close()
    box = panel.ask_to_delete()
    assert box is not None
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole).click()
    assert all(b.id != board.id for b in boards.list_boards(window.workspace.store))
    window.workspace.undo_stack.undo()
    assert any(b.id == board.id for b in boards.list_boards(window.workspace.store))
