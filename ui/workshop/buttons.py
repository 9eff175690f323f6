"""Push buttons that mirror a QAction, so one action carries the shortcut, the button and the tooltip."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget


def shortcut_text(action: QAction) -> str:
    """The action's shortcuts as the platform writes them (e.g. "Ctrl+Up"), joined for a tooltip."""
    return ", ".join(seq.toString(QKeySequence.SequenceFormat.NativeText) for seq in action.shortcuts())


def action_button(action: QAction, parent: QWidget) -> QPushButton:
    """A button that triggers ``action`` and follows its text, icon, tooltip and enabled state."""
    button = QPushButton(parent)

    def sync() -> None:
        button.setText(action.text())
        button.setIcon(action.icon())
        button.setToolTip(action.toolTip())
        button.setEnabled(action.isEnabled())
        button.setAccessibleName(action.text().replace("&", ""))

    action.changed.connect(sync)
    button.clicked.connect(action.trigger)
    sync()
    return button


def describe(action: QAction, text: str, tooltip: str) -> None:
    """Set an action's text and a tooltip that ends with its shortcut, e.g. "Move the item up (Ctrl+Up)"."""
    action.setText(text)
    keys = shortcut_text(action)
    if keys:
        # The pattern is translatable: some languages put the key first or use other brackets.
        tooltip = QCoreApplication.translate("Shortcuts", "{description} ({shortcut})").format(
            description=tooltip, shortcut=keys
        )
    action.setToolTip(tooltip)
