"""Open board from the workshop list in one step (Ctrl+B, the list's button and context menu)."""

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.board.board_window import BoardWindow
from ui.main_window import MainWindow
from ui.pages.workshops import WorkshopsPage
from workshop_app.services import boards, workshops


def test_the_board_of_a_workshop_opens_from_the_list(qtbot: QtBot, window: MainWindow) -> None:
    page = window.show_page("workshops")
    assert isinstance(page, WorkshopsPage)
    store = page.workspace.store
    with_board = next(w for w in workshops.list_workshops(store) if boards.list_boards(store, w.id))
    page.list.select(with_board.id)
    assert page.list.board_action.isEnabled() and page.list.board_action.text() == "Open &board"
    assert page.list.board_action in page.list.view.actions()  # in the list's context menu too
    assert page.list.board_action.shortcut().toString() == "Ctrl+B"
    opened = page.open_board_of(with_board.id)
    assert isinstance(opened, BoardWindow)
    assert opened.scene.board_id in {board.id for board in boards.list_boards(store, with_board.id)}
    opened.close()


def test_a_workshop_without_a_board_shows_its_boards_tab(qtbot: QtBot, window: MainWindow) -> None:
    page = window.show_page("workshops")
    assert isinstance(page, WorkshopsPage)
    store = page.workspace.store
    bare = next(w for w in workshops.list_workshops(store) if not boards.list_boards(store, w.id))
    page.list.select(bare.id)
    page.list.board_action.trigger()
    assert page.editor.tabs.currentWidget() is page.editor.boards.parentWidget()
    assert page.list.view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
