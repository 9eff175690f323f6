"""Date and time fields that may be left empty: a workshop is often planned before its day or hours are known.

Qt's date and time edits always hold a value, so the lowest value of the range stands for "not set" and is
shown with the edit's special-value text; a clear button next to the edit sets it back to that.
"""

from datetime import date, time

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QTime, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDateEdit,
    QHBoxLayout,
    QSizePolicy,
    QStyle,
    QTimeEdit,
    QToolButton,
    QWidget,
)

from ui.qt_dates import to_qdate

UNSET_DATE = QDate(1899, 12, 31)  # one day before the first date the core accepts
LAST_DATE = QDate(2200, 12, 31)
UNSET_TIME = QTime(0, 0)


def four_digit_years(pattern: str) -> str:
    """A locale's short date pattern with the year written in full (two digits would be ambiguous)."""
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


class _ClearableEdit(QWidget):
    """An edit and its clear button side by side; ``editingFinished`` when a value is settled."""

    editingFinished = Signal()  # noqa: N815 - named like Qt's own signal

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.clear_button = QToolButton(self)
        self.clear_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton))
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self._clear)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _place(self, edit: QWidget) -> None:
        self._layout.addWidget(edit)
        self._layout.addWidget(self.clear_button)
        self._layout.addStretch(1)
        self.setFocusProxy(edit)
        QWidget.setTabOrder(edit, self.clear_button)

    def _clear(self) -> None:
        raise NotImplementedError

    def set_texts(self, unset: str, clear: str) -> None:
        """What the edit shows when empty, and the clear button's tooltip and accessible name."""
        raise NotImplementedError


class OptionalDateEdit(_ClearableEdit):
    """A date with a calendar popup, or no date at all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDateRange(UNSET_DATE, LAST_DATE)
        self.edit.editingFinished.connect(self.editingFinished)
        self.edit.dateChanged.connect(lambda _day: self.clear_button.setEnabled(self.value() is not None))
        calendar = self.edit.calendarWidget()
        calendar.clicked.connect(lambda _day: self.editingFinished.emit())
        calendar.activated.connect(lambda _day: self.editingFinished.emit())
        calendar.installEventFilter(self)
        self._place(self.edit)
        self.apply_locale()

    def apply_locale(self) -> None:
        """Follow the current default locale (it changes with the interface language)."""
        locale = QLocale()
        self.edit.setLocale(locale)
        self.edit.setDisplayFormat(four_digit_years(locale.dateFormat(QLocale.FormatType.ShortFormat)))
        self.edit.calendarWidget().setLocale(locale)

    def set_texts(self, unset: str, clear: str) -> None:
        self.edit.setSpecialValueText(unset)
        self.clear_button.setToolTip(clear)
        self.clear_button.setAccessibleName(clear)

    def value(self) -> date | None:
        chosen = self.edit.date()
        return None if chosen == UNSET_DATE else date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, value: date | None) -> None:
        self.edit.blockSignals(True)
        try:
            self.edit.setDate(UNSET_DATE if value is None else to_qdate(value))
        finally:
            self.edit.blockSignals(False)
        self.clear_button.setEnabled(value is not None)

    def _clear(self) -> None:
        self.set_value(None)
        self.editingFinished.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """An empty date opens the calendar on today's month rather than on the placeholder year."""
        if event.type() == QEvent.Type.Show and isinstance(watched, QCalendarWidget) and self.value() is None:
            today = QDate.currentDate()
            watched.setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)


class OptionalTimeEdit(_ClearableEdit):
    """A time of day, or none (midnight stands for "not set"; no workshop starts or ends exactly then)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QTimeEdit(self)
        self.edit.setMinimumTime(UNSET_TIME)
        self.edit.editingFinished.connect(self.editingFinished)
        self.edit.timeChanged.connect(lambda _time: self.clear_button.setEnabled(self.value() is not None))
        self._place(self.edit)
        self.apply_locale()

    def apply_locale(self) -> None:
        locale = QLocale()
        self.edit.setLocale(locale)
        self.edit.setDisplayFormat(locale.timeFormat(QLocale.FormatType.ShortFormat))

    def set_texts(self, unset: str, clear: str) -> None:
        self.edit.setSpecialValueText(unset)
        self.clear_button.setToolTip(clear)
        self.clear_button.setAccessibleName(clear)

    def value(self) -> time | None:
        chosen = self.edit.time()
        return None if chosen == UNSET_TIME else time(chosen.hour(), chosen.minute())

    def set_value(self, value: time | None) -> None:
        self.edit.blockSignals(True)
        try:
            self.edit.setTime(UNSET_TIME if value is None else QTime(value.hour, value.minute))
        finally:
            self.edit.blockSignals(False)
        self.clear_button.setEnabled(value is not None)

    def _clear(self) -> None:
        self.set_value(None)
        self.editingFinished.emit()
