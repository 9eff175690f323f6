"""The clock of a running workshop: which agenda item is on, how long it has left, how long the whole took.

Pure logic over an injectable clock (seconds as a float, ``time.monotonic`` by default), so tests move time
by hand instead of sleeping. Time spent is kept per item: going back to an item resumes its countdown where
it stopped, and a paused clock does not count. A QTimer ticks while running only to tell the view to redraw.
"""

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

TICK_MS = 250  # often enough that the seconds never visibly stutter


@dataclass(frozen=True)
class ClockItem:
    title: str
    planned_minutes: int

    @property
    def planned_seconds(self) -> int:
        return self.planned_minutes * 60


def format_clock(seconds: float) -> str:
    """mm:ss of a countdown (whole seconds rounded up, so 0:00 means time is up); a leading minus when over;
    hours as h:mm:ss once there are any."""
    whole = math.ceil(seconds) if seconds >= 0 else math.floor(seconds)
    sign = "\u2212" if whole < 0 else ""
    hours, rest = divmod(abs(whole), 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes:02d}:{secs:02d}"


def format_duration(seconds: float) -> str:
    """h:mm:ss of time spent or planned, whole seconds."""
    hours, rest = divmod(int(max(0.0, seconds)), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


class AgendaClock(QObject):
    """Counts down the current item; ``changed`` when anything shown changes (and on each tick)."""

    changed = Signal()

    def __init__(
        self, items: Sequence[ClockItem], clock: Callable[[], float] = time.monotonic, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.items = list(items)
        self._clock = clock
        self._spent = [0.0] * len(self.items)  # seconds on each item, not counting the stretch now running
        self._index = 0
        self._since: float | None = None  # when the current stretch started; None while paused
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.changed)

    # --- reading -----------------------------------------------------------------------------------------

    @property
    def index(self) -> int:
        return self._index

    @property
    def running(self) -> bool:
        return self._since is not None

    def current(self) -> ClockItem | None:
        return self.items[self._index] if self.items else None

    def next_item(self) -> ClockItem | None:
        return self.items[self._index + 1] if self._index + 1 < len(self.items) else None

    def spent_on(self, index: int) -> float:
        running = self._clock() - self._since if self._since is not None and index == self._index else 0.0
        return self._spent[index] + running

    def remaining_seconds(self) -> float:
        """Seconds left for the current item; negative once it runs over."""
        item = self.current()
        return 0.0 if item is None else item.planned_seconds - self.spent_on(self._index)

    def is_over(self) -> bool:
        return self.current() is not None and self.remaining_seconds() < 0

    def elapsed_seconds(self) -> float:
        return sum(self.spent_on(index) for index in range(len(self.items)))

    def planned_seconds(self) -> int:
        return sum(item.planned_seconds for item in self.items)

    # --- controlling -------------------------------------------------------------------------------------

    def start(self) -> None:
        """Start (or resume) counting the current item."""
        if self._since is None and self.items:
            self._since = self._clock()
            self._timer.start()
            self.changed.emit()

    def pause(self) -> None:
        if self._since is not None:
            self._spent[self._index] += self._clock() - self._since
            self._since = None
            self._timer.stop()
            self.changed.emit()

    def toggle(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def go_to(self, index: int) -> bool:
        """Make ``index`` the current item; the time so far stays with the item it was spent on."""
        if not 0 <= index < len(self.items) or index == self._index:
            return False
        now = self._clock()
        if self._since is not None:
            self._spent[self._index] += now - self._since
            self._since = now
        self._index = index
        self.changed.emit()
        return True

    def next(self) -> bool:
        return self.go_to(self._index + 1)

    def previous(self) -> bool:
        return self.go_to(self._index - 1)

    def stop(self) -> None:
        """Stop ticking for good (leaving the running view)."""
        self.pause()
        self._timer.stop()
