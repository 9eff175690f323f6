"""Date and time fields that may be left empty: a workshop is often planned before its day or hours are known,
and a phase has no completion date until it is done.

Qt's date and time edits always hold a value, so the lowest value of the range stands for "not set" and is
shown with the edit's special-value text; a clear button next to the edit sets it back to that.
"""

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
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


class _DateField(QDateEdit):
    """A date edit whose first step (arrow key, wheel, spin button) from "not set" lands on today, not in 1900."""

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt override
        if self.date() == UNSET_DATE:
            self.setDate(to_qdate(self.today()))
            return
        super().stepBy(steps)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:  # noqa: N802 - Qt override
        if self.date() == UNSET_DATE:
            return QAbstractSpinBox.StepEnabledFlag.StepUpEnabled | QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return super().stepEnabled()


class _ClearableEdit(QWidget):
    """An edit and its clear button side by side.

    ``edited`` carries the value the person settled on (a date or time, or None), once editing finished
    (Enter, leaving the field, a day picked in the calendar, the clear button) and only if it differs from the
    value shown last, so typing a day digit by digit is one change, and each change is one undo step.
    """

    edited = Signal(object)  # date | time | None

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._settled: date | time | None = None
        self.clear_button = QToolButton(self)
        self.clear_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton))
        self.clear_button.setAutoRaise(True)
        self.clear_button.setEnabled(False)
        self.clear_button.clicked.connect(self._clear)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _place(self, edit: QAbstractSpinBox) -> None:
        self._layout.addWidget(edit)
        self._layout.addWidget(self.clear_button)
        self._layout.addStretch(1)
        self.setFocusProxy(edit)
        QWidget.setTabOrder(edit, self.clear_button)
        edit.editingFinished.connect(self._settle)

    def value(self) -> date | time | None:
        raise NotImplementedError

    def _show(self, value: date | time | None) -> None:
        raise NotImplementedError

    def set_value(self, value: date | time | None) -> None:
        """Show ``value`` (None: not set) as what the file holds; emits nothing."""
        self._settled = value
        self._show(value)
        self.clear_button.setEnabled(value is not None)

    def _settle(self) -> None:
        value = self.value()
        if value != self._settled:
            self._settled = value
            self.edited.emit(value)

    def _clear(self) -> None:
        self._show(None)
        self.clear_button.setEnabled(False)
        self._settle()

    def set_texts(self, unset: str, clear: str) -> None:
        """What the edit shows when empty, and the clear button's tooltip and accessible name."""
        raise NotImplementedError


class OptionalDateEdit(_ClearableEdit):
    """A date with a calendar popup, or no date at all; from "not set", the calendar and the arrow keys start at
    ``today()`` (a parameter so that tests and the demo can fix the day)."""

    def __init__(self, parent: QWidget | None = None, *, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.edit = _DateField(today, self)
        self.edit.setCalendarPopup(True)
        self.edit.setDateRange(UNSET_DATE, LAST_DATE)
        self.edit.dateChanged.connect(lambda _day: self.clear_button.setEnabled(self.value() is not None))
        calendar = self.edit.calendarWidget()
        calendar.clicked.connect(lambda _day: self._settle())
        calendar.activated.connect(lambda _day: self._settle())
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

    def _show(self, value: date | time | None) -> None:
        self.edit.blockSignals(True)
        try:
            self.edit.setDate(to_qdate(value) if isinstance(value, date) else UNSET_DATE)
        finally:
            self.edit.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """An empty date opens the calendar on today's month rather than on the placeholder year."""
        if event.type() == QEvent.Type.Show and isinstance(watched, QCalendarWidget) and self.value() is None:
            today = self.edit.today()
            watched.setCurrentPage(today.year, today.month)
        return super().eventFilter(watched, event)


class OptionalTimeEdit(_ClearableEdit):
    """A time of day, or none (midnight stands for "not set"; no workshop starts or ends exactly then)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QTimeEdit(self)
        self.edit.setMinimumTime(UNSET_TIME)
        self.edit.timeChanged.connect(lambda _time: self.clear_button.setEnabled(self.value() is not None))
        self._place(self.edit)
        self.apply_locale()

    def apply_locale(self) -> None:
        """Follow the current default locale (it changes with the interface language)."""
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

    def _show(self, value: date | time | None) -> None:
        self.edit.blockSignals(True)
        try:
            self.edit.setTime(QTime(value.hour, value.minute) if isinstance(value, time) else UNSET_TIME)
        finally:
            self.edit.blockSignals(False)
