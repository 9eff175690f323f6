"""The shared editing widgets on their own: the text field that commits when left, the optional date and time
fields, and the button that stands for a QAction."""

from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QAction, QFocusEvent
from PySide6.QtWidgets import QLineEdit, QMenu, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.widgets.action_button import ActionButton
from ui.widgets.committing_text import CommittingTextEdit
from ui.widgets.optional_edits import OptionalDateEdit, OptionalTimeEdit

DAY = date(2026, 5, 14)


def form(qtbot: QtBot, *widgets: QWidget) -> QWidget:
    """A shown window holding ``widgets`` and a line edit to move the focus to."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for widget in widgets:
        widget.setParent(window)
        layout.addWidget(widget)
    layout.addWidget(QLineEdit(window))
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # focus events reach only the active window
    return window


def test_text_commits_once_when_left_or_on_ctrl_enter(qtbot: QtBot) -> None:
    field = CommittingTextEdit()
    window = form(qtbot, field)
    field.replace_text("Saved")
    committed: list[str] = []
    finished: list[bool] = []
    field.committed.connect(committed.append)
    field.editingFinished.connect(lambda: finished.append(True))
    field.setFocus()
    field.moveCursor(field.textCursor().MoveOperation.End)
    qtbot.keyClicks(field, " text")
    qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert committed == ["Saved text"] and field.toPlainText() == "Saved text", "Ctrl+Enter commits, adds no line"
    other = window.findChild(QLineEdit)
    assert other is not None
    other.setFocus()
    assert committed == ["Saved text"], "leaving without a change commits nothing more"
    assert len(finished) == 2, "editing finished both times, for forms that check the value themselves"
    field.setFocus()
    qtbot.keyClicks(field, "!")
    other.setFocus()
    assert committed == ["Saved text", "Saved text!"], "leaving after a change commits it"


def test_text_keeps_typing_through_a_reload_and_ignores_its_context_menu(qtbot: QtBot) -> None:
    field = CommittingTextEdit()
    _window = form(qtbot, field)  # held: qtbot keeps widgets only weakly
    committed: list[str] = []
    field.committed.connect(committed.append)
    field.setFocus()
    qtbot.keyClicks(field, "Typed")
    field.set_saved_text("From the file")
    assert field.toPlainText() == "Typed", "a reload does not overwrite typing not yet committed"
    field.focusOutEvent(QFocusEvent(QFocusEvent.Type.FocusOut, Qt.FocusReason.PopupFocusReason))
    assert committed == []
    field.commit()
    assert committed == ["Typed"]
    field.replace_text("Another record")
    assert field.toPlainText() == "Another record" and not field.is_modified()


def test_date_is_edited_once_per_change_and_can_be_cleared(qtbot: QtBot) -> None:
    field = OptionalDateEdit(today=lambda: DAY)
    _window = form(qtbot, field)  # held: qtbot keeps widgets only weakly
    field.set_texts("Not set", "Remove the date")
    edited: list[object] = []
    field.edited.connect(edited.append)
    field.set_value(None)
    assert field.value() is None and field.edit.text() == "Not set" and not field.clear_button.isEnabled()
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)
    assert field.value() == DAY, "the first step from empty lands on today, not in 1900"
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert edited == [DAY], "one change, one signal"
    field.set_value(date(2026, 6, 1))
    assert edited == [DAY], "a value set by the program is not an edit"
    qtbot.mouseClick(field.clear_button, Qt.MouseButton.LeftButton)
    assert field.value() is None and edited == [DAY, None]


def test_time_is_edited_once_per_change(qtbot: QtBot) -> None:
    field = OptionalTimeEdit()
    _window = form(qtbot, field)  # held: qtbot keeps widgets only weakly
    edited: list[object] = []
    field.edited.connect(edited.append)
    field.set_value(time(9, 30))
    assert field.edit.time() == QTime(9, 30) and field.clear_button.isEnabled()
    field.edit.setTime(QTime(10, 0))
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert edited == [time(10, 0)]
    qtbot.mouseClick(field.clear_button, Qt.MouseButton.LeftButton)
    assert field.value() is None and edited == [time(10, 0), None]


def test_calendar_day_is_an_edit(qtbot: QtBot) -> None:
    field = OptionalDateEdit(today=lambda: DAY)
    _window = form(qtbot, field)  # held: qtbot keeps widgets only weakly
    edited: list[object] = []
    field.edited.connect(edited.append)
    field.edit.calendarWidget().clicked.emit(QDate(2026, 5, 20))
    assert edited == [date(2026, 5, 20)]


def test_button_follows_its_action_and_keeps_the_mnemonic(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    action = QAction("&Add", owner)
    action.setToolTip("Add a row")
    button = ActionButton(action, owner)
    triggered: list[bool] = []
    action.triggered.connect(lambda: triggered.append(True))
    assert (button.text(), button.toolTip()) == ("&Add", "Add a row")
    action.setText("&Remove")
    action.setToolTip("Remove the row")
    action.setEnabled(False)
    assert (button.text(), button.toolTip(), button.isEnabled()) == ("&Remove", "Remove the row", False)
    assert ActionButton(action, owner, mnemonic=False).text() == "Remove"
    action.setEnabled(True)
    button.click()
    assert triggered == [True]


def test_button_follows_a_checkable_action_and_opens_its_menu(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    toggle = QAction("Spread", owner)
    toggle.setCheckable(True)
    button = ActionButton(toggle, owner)
    toggle.setChecked(True)
    assert button.isCheckable() and button.isChecked()
    button.click()
    assert not toggle.isChecked(), "clicking the button toggles the action"
    with_menu = QAction("Colour", owner)
    with_menu.setMenu(QMenu(owner))
    assert ActionButton(with_menu, owner).popupMode() == ActionButton.ToolButtonPopupMode.InstantPopup
