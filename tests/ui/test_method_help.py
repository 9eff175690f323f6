"""Help > The Method and the phase page's "Lay out this series": the method opens at the page's part (F1),
its search filters phases, tools and glossary, every part has a name for screen readers; a series is laid out
as one undo step."""

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.dialogs.method_help import MethodHelpDialog
from ui.main_window import MainWindow
from ui.pages.phase import PhasePage
from ui.workspace import Workspace
from workshop_app.services import boards, workshops


def _cell(dialog: MethodHelpDialog, row: int, column: int) -> str:
    item = dialog.glossary.item(row, column)
    assert item is not None
    return item.text()


def _header(dialog: MethodHelpDialog, column: int) -> str:
    item = dialog.glossary.horizontalHeaderItem(column)
    assert item is not None
    return item.text()


def _dialog(window: MainWindow) -> MethodHelpDialog:
    dialog = window.findChild(MethodHelpDialog)
    assert dialog is not None
    return dialog


def test_f1_on_a_phase_page_opens_that_phase(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page("phase-4")
    assert window.method_action.shortcut().toString() == "F1"
    window.method_action.trigger()
    dialog = _dialog(window)
    qtbot.waitExposed(dialog)
    assert dialog.tabs.currentIndex() == 0 and dialog.phase_list.currentRow() == 3
    assert "Implementation" in dialog.phase_text.toPlainText()
    window.show_page("workshops")
    window.method_action.trigger()
    assert _dialog(window) is dialog and dialog.tabs.currentIndex() == 1  # the tools


def test_search_filters_the_glossary_and_the_tools(window: MainWindow, qtbot: QtBot) -> None:
    window.method_action.trigger()
    dialog = _dialog(window)
    assert dialog.glossary.rowCount() == 70
    assert dialog.glossary.columnCount() == 4  # term, the other two languages, definition
    dialog.search.setText("hybrid")
    shown = [r for r in range(dialog.glossary.rowCount()) if not dialog.glossary.isRowHidden(r)]
    assert shown and all(
        "hybrid" in _cell(dialog, r, 0).casefold() or "hybrid" in _cell(dialog, r, 3).casefold() for r in shown
    )
    visible_tools = [
        dialog.tool_list.item(r).text()
        for r in range(dialog.tool_list.count())
        if not dialog.tool_list.item(r).isHidden()
    ]
    assert "Hybrid models A–D" in visible_tools
    dialog.search.clear()
    assert all(not dialog.glossary.isRowHidden(r) for r in range(dialog.glossary.rowCount()))


def test_the_glossary_in_finnish_shows_english_and_bokmal(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = MethodHelpDialog(workspace.catalogue, "fi")
    qtbot.addWidget(dialog)
    headers = [_header(dialog, c) for c in range(4)]
    assert headers[1:3] == ["English", "Norsk bokmål"]
    keys = [item.data(Qt.ItemDataRole.UserRole) for r in range(70) if (item := dialog.glossary.item(r, 0))]
    row = keys.index("quadrant")
    assert _cell(dialog, row, 0) == "Nelikenttä"


def test_every_control_has_a_name_and_the_keyboard_reaches_it(window: MainWindow, qtbot: QtBot) -> None:
    window.method_action.trigger()
    dialog = _dialog(window)
    for widget in (
        dialog.search,
        dialog.phase_list,
        dialog.phase_text,
        dialog.tool_list,
        dialog.tool_text,
        dialog.glossary,
    ):
        assert widget.accessibleName(), widget
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert dialog.search_label.buddy() is dialog.search


def test_lay_out_a_phase_series_is_one_undo_step(window: MainWindow, workspace: Workspace, qtbot: QtBot) -> None:
    page = window.show_page("phase-1")
    assert isinstance(page, PhasePage)
    button = page.series_button
    assert button.accessibleName() and button.menu() is not None
    before_workshops = len(workshops.list_workshops(workspace.store))
    before_boards = len(boards.list_boards(workspace.store))
    depth = workspace.undo_stack.count()
    assert button.lay_out("phase1_series")
    assert workspace.undo_stack.count() == depth + 1
    assert len(workshops.list_workshops(workspace.store)) == before_workshops + 3
    assert len(boards.list_boards(workspace.store)) == before_boards + 3
    workspace.undo_stack.undo()
    assert len(workshops.list_workshops(workspace.store)) == before_workshops
    assert len(boards.list_boards(workspace.store)) == before_boards
    workspace.undo_stack.redo()
    assert len(workshops.list_workshops(workspace.store)) == before_workshops + 3
    assert button.lay_out("valuma_series")
    assert len(workshops.list_workshops(workspace.store)) == before_workshops + 9
