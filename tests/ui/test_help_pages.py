"""Help > First steps, Keyboard shortcuts and Glossary: in the menu with names, the shortcuts read from the
actions themselves (the board's Tidy among them), the glossary the method dialog's own tab."""

from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from ui.dialogs.method_help import MethodHelpDialog
from ui.help_pages import FirstStepsDialog, ShortcutsDialog, board_shortcuts
from ui.main_window import MainWindow


def test_help_menu_offers_first_steps_shortcuts_and_glossary(qtbot: QtBot, window: MainWindow) -> None:
    names = [action.text() for action in window.help_menu.actions()]
    assert {"&First steps", "Keyboard &shortcuts", "&Glossary"} <= set(names)
    shortcuts = next(action for action in window.help_extra if action.objectName() == "help_shortcuts")
    assert shortcuts.shortcut().toString() == "Ctrl+/"


def test_the_shortcuts_are_the_actions_own(qtbot: QtBot, window: MainWindow) -> None:
    assert ("Tidy the notes", "Ctrl+Shift+L") in board_shortcuts()
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    tables = dialog.findChildren(QTableWidget)
    assert [table.accessibleName() for table in tables] == ["Main window shortcuts", "Board shortcuts"]
    main_rows = {tables[0].item(row, 0).text(): tables[0].item(row, 1).text() for row in range(tables[0].rowCount())}
    assert "Ctrl+Z" in main_rows.values()
    assert tables[1].rowCount() >= 20


def test_first_steps_and_the_glossary(qtbot: QtBot, window: MainWindow) -> None:
    steps = FirstStepsDialog(window)
    qtbot.addWidget(steps)
    assert steps.windowTitle() == "First steps"
    glossary = next(action for action in window.help_extra if action.objectName() == "help_glossary")
    glossary.trigger()
    dialog = window.findChild(MethodHelpDialog)
    assert dialog is not None and dialog.tabs.currentIndex() == 2
    dialog.close()
