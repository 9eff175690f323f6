"""Help > Shortcuts, Help > Glossary and Help > First steps: what a new facilitator asks first.

The shortcuts are read from the actions themselves (the main window's and a board window's), so the list
never disagrees with the keys that work, and it speaks the interface's language as the menus do. The
glossary is the method dialog's glossary tab (:mod:`ui.dialogs.method_help`), not a copy of it.
"""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QVBoxLayout, QWidget


def _plain(text: str) -> str:
    """A menu text without its mnemonic marks and trailing dots ("&Add note…" reads "Add note")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _keys(action: QAction) -> str:
    return ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts())


def shortcuts_of(actions: list[QAction]) -> list[tuple[str, str]]:
    """(what, keys) for every action that has a shortcut and a name, in the given order, without repeats."""
    seen: set[tuple[str, str]] = set()
    rows = []
    for action in actions:
        keys, text = _keys(action), _plain(action.text())
        if keys and text and (text, keys) not in seen:
            seen.add((text, keys))
            rows.append((text, keys))
    return rows


def board_shortcuts() -> list[tuple[str, str]]:
    """The board window's shortcuts, read from a board's actions made for the purpose (no board is opened)."""
    from ui.board.board_actions import BoardActions

    host = QMainWindow()
    try:
        tools = BoardActions(host, QWidget(host))
        tools.build_menus(host.menuBar(), QAction(host), QAction(host))
        tools.retranslate()
        actions = [value for value in vars(tools).values() if isinstance(value, QAction)]
        return shortcuts_of(actions)
    finally:
        host.deleteLater()


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut of the main window and of a board, in two tables."""

    def __init__(self, window: QWidget) -> None:
        # Imported when the dialog is asked for, not while the first window is built.
        from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem

        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(620, 640)
        layout = QVBoxLayout(self)
        window_actions = [action for action in window.findChildren(QAction) if action.isVisible()]
        for heading, rows, name in (
            (self.tr("In the main window"), shortcuts_of(window_actions), self.tr("Main window shortcuts")),
            (self.tr("On a quadrant board"), board_shortcuts(), self.tr("Board shortcuts")),
        ):
            label = QLabel(f"<b>{heading}</b>", self)
            table = QTableWidget(len(rows), 2, self)
            table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Keys")])
            table.verticalHeader().setVisible(False)
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            table.setAccessibleName(name)
            for row, (what, keys) in enumerate(rows):
                table.setItem(row, 0, QTableWidgetItem(what))
                table.setItem(row, 1, QTableWidgetItem(keys))
            label.setBuddy(table)
            layout.addWidget(label)
            layout.addWidget(table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class FirstStepsDialog(QDialog):
    """The way from nothing to a board on the wall, in five steps."""

    def __init__(self, parent: QWidget) -> None:
        from PySide6.QtWidgets import QDialogButtonBox

        super().__init__(parent)
        self.setWindowTitle(self.tr("First steps"))
        self.resize(600, 440)
        text = QLabel(self)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        steps = [
            self.tr("Make a programme (File > New programme) or try the demo from the start screen."),
            self.tr("Open Workshops and add a workshop with its date, place and purpose."),
            self.tr(
                "On a phase page, add a suggested activity to the workshop's agenda; one that uses a quadrant "
                "board brings the board along."
            ),
            self.tr("On the workshop's Boards tab, open the board. Add notes with N, move them with the arrow keys."),
            self.tr(
                "For the room: F5 opens the presentation window on the second screen, F6 participant mode; the "
                "Phones tab lets people write from their own phones."
            ),
        ]
        items = "".join(f"<li>{step}</li>" for step in steps)
        saved = self.tr("Every change is saved at once and can be undone.")
        text.setText(f"<ol>{items}</ol><p>{saved}</p>")
        text.setAccessibleName(self.tr("First steps"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)


def help_actions(window: QMainWindow) -> list[QAction]:
    """Help > First steps, Keyboard shortcuts (Ctrl+/) and Glossary for ``window`` (their texts are set by
    :func:`retranslate_help`)."""
    shortcuts = QAction(window)
    shortcuts.setObjectName("help_shortcuts")
    shortcuts.setShortcut(QKeySequence("Ctrl+/"))
    shortcuts.triggered.connect(lambda: ShortcutsDialog(window).exec())
    glossary = QAction(window)
    glossary.setObjectName("help_glossary")
    glossary.triggered.connect(lambda: _glossary(window))
    first = QAction(window)
    first.setObjectName("help_first_steps")
    first.triggered.connect(lambda: FirstStepsDialog(window).exec())
    return [first, shortcuts, glossary]


def retranslate_help(actions: list[QAction]) -> None:
    texts = {
        "help_first_steps": QCoreApplication.translate("HelpPages", "&First steps"),
        "help_shortcuts": QCoreApplication.translate("HelpPages", "Keyboard &shortcuts"),
        "help_glossary": QCoreApplication.translate("HelpPages", "&Glossary"),
    }
    for action in actions:
        action.setText(texts[action.objectName()])


def _glossary(window: QMainWindow) -> None:
    """The method dialog at its glossary, in the programme's language (the interface's without one)."""
    from ui import settings
    from ui.dialogs.method_help import show_method_help

    workspace = getattr(window, "workspace", None)
    if workspace is None:
        show_method_help(window, None, settings.interface_language(), "glossary")
    else:
        show_method_help(window, workspace.catalogue, workspace.language, "glossary")
