"""Buttons that stand for a QAction, so one action carries the shortcut, the menu entry, the button and the tooltip.

Qt keeps such a button in step with its action (text, icon, tooltip, enabled and checked state, menu) when the
action is the button's default action; nothing here copies those by hand.
"""

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QActionEvent, QKeySequence
from PySide6.QtWidgets import QMenu, QToolButton, QWidget


class ActionButton(QToolButton):
    """A button that triggers ``action`` and follows it.

    ``mnemonic``: show the action's text with its mnemonic ("&Add" answers Alt+A, as a push button does); a
    button among many, beside a menu bar with the same actions, goes without (Qt's own choice for tool
    buttons). The button takes focus when clicked, as a push button does, so a field being typed in commits
    first. An action with a menu opens it on a click.
    """

    def __init__(self, action: QAction, parent: QWidget | None = None, *, mnemonic: bool = True) -> None:
        super().__init__(parent)
        self._mnemonic = mnemonic
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setDefaultAction(action)
        if isinstance(action.menu(), QMenu):
            self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._show_mnemonic()

    def actionEvent(self, event: QActionEvent) -> None:  # noqa: N802 - Qt override
        super().actionEvent(event)
        if event.type() == QEvent.Type.ActionChanged and event.action() is self.defaultAction():
            self._show_mnemonic()

    def _show_mnemonic(self) -> None:
        """Qt shows an action's ``iconText()``, which drops the mnemonic; put the full text back if wanted."""
        action = self.defaultAction()
        if self._mnemonic and action is not None and self.text() != action.text():
            self.setText(action.text())


def shortcut_text(action: QAction) -> str:
    """The action's shortcuts as the platform writes them (e.g. "Ctrl+Up"), joined for a tooltip."""
    return ", ".join(seq.toString(QKeySequence.SequenceFormat.NativeText) for seq in action.shortcuts())


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
