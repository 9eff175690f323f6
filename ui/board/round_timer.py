"""A countdown for a round of work, shown big to the room and run from the facilitator's window.

Counts in whole seconds from a monotonic clock (QElapsedTimer), so a busy event loop never makes it drift;
``text`` is minutes:seconds in the locale's digits.
"""

from PySide6.QtCore import QElapsedTimer, QLocale, QObject, QTimer, Signal

DEFAULT_MINUTES = 5


class RoundTimer(QObject):
    """``ticked`` whenever the shown time or the running state changes."""

    ticked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.total = DEFAULT_MINUTES * 60
        self._spent_before = 0.0
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._tick)

    @property
    def running(self) -> bool:
        return self._clock.isValid()

    def set_minutes(self, minutes: int) -> None:
        self.total = max(0, minutes) * 60
        self.ticked.emit()

    def spent(self) -> float:
        return self._spent_before + (self._clock.elapsed() / 1000 if self.running else 0.0)

    def remaining(self) -> int:
        """Whole seconds left (rounded up, so 0:00 shows only when the time is really up)."""
        return max(0, self.total - int(self.spent()))

    def start(self) -> None:
        if not self.running and self.remaining() > 0:
            self._clock.start()
            self._timer.start()
            self.ticked.emit()

    def pause(self) -> None:
        if self.running:
            self._spent_before = self.spent()
            self._clock.invalidate()
            self._timer.stop()
            self.ticked.emit()

    def toggle(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def reset(self) -> None:
        self._clock.invalidate()
        self._timer.stop()
        self._spent_before = 0.0
        self.ticked.emit()

    def text(self) -> str:
        left = self.remaining()
        locale = QLocale()
        seconds = locale.toString(left % 60).rjust(2, locale.zeroDigit())
        return f"{locale.toString(left // 60)}:{seconds}"

    def _tick(self) -> None:
        if self.remaining() == 0:
            self.pause()
        self.ticked.emit()
