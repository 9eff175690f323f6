"""A date that may be unset: a check box that switches a date field on, since QDateEdit itself has no empty value."""

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget


class OptionalDateEdit(QWidget):
    """Emits ``edited`` with the new date (or None) only when the person finished changing it, never while
    typing a day digit by digit and never when the program sets the value, so each edit is one undo step."""

    edited = Signal(object)  # date | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.date_edit.setEnabled(False)
        self.date_edit.setMinimumWidth(130)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.date_edit, 1)
        self.setFocusProxy(self.check)
        self._value: date | None = None
        self._default: date | None = None
        self.check.clicked.connect(self._toggled)
        self.date_edit.editingFinished.connect(self._date_finished)
        self.date_edit.calendarWidget().clicked.connect(lambda _day: QTimer.singleShot(0, self._date_finished))

    def value(self) -> date | None:
        return self._value

    def set_value(self, value: date | None, *, default: date | None = None) -> None:
        """Show ``value``; ``default`` is the date offered when the box is ticked (e.g. today)."""
        self._value = value
        self._default = default
        self.check.setChecked(value is not None)
        self.date_edit.setEnabled(value is not None)
        shown = value or default or date.today()
        self.date_edit.setDate(QDate(shown.year, shown.month, shown.day))

    def set_label(self, text: str) -> None:
        """The text beside the check box, also the accessible name of both parts."""
        self.check.setText(text)
        self.check.setAccessibleName(text)
        self.date_edit.setAccessibleName(text.replace("&", ""))

    def _shown_date(self) -> date:
        day = self.date_edit.date()
        return date(day.year(), day.month(), day.day())

    def _toggled(self, checked: bool) -> None:
        self.date_edit.setEnabled(checked)
        self._commit(self._shown_date() if checked else None)
        if checked:
            self.date_edit.setFocus(Qt.FocusReason.TabFocusReason)

    def _date_finished(self) -> None:
        if self.check.isChecked():
            self._commit(self._shown_date())

    def _commit(self, value: date | None) -> None:
        if value != self._value:
            self._value = value
            self.edited.emit(value)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LocaleChange:
            self.date_edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        super().changeEvent(event)
