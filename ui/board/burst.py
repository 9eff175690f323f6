"""Take in what arrives at once, or at most once per interval while a burst may be under way.

Fifty phones adding a note a second each send the window a change set nearly every turn of the event loop.
Whatever costs as much for one change as for twenty (reading the changed notes, sorting, a paint pass over the
board, the panels computed from every note) would run fifty times a second on the loop that also answers the
phones. :class:`BurstGate` lets the first item of a burst through at once, merges those that arrive within
``interval_ms`` and lets them through as one. When not ``busy`` (the facilitator alone at the laptop), every
item goes through at once, as an edit at the laptop expects; an ``urgent`` item (another round of the board, the
board's own row) is never held back, and takes what was held with it.
"""

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QTimer

T = TypeVar("T")


class BurstGate(QObject, Generic[T]):
    """Calls ``take`` with each item, or with the items merged since it last ran while ``busy`` says so."""

    def __init__(
        self,
        take: Callable[[T], None],
        merge: Callable[[T, T], T],
        *,
        busy: Callable[[], bool],
        urgent: Callable[[T], bool],
        interval_ms: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._take = take
        self._merge = merge
        self.busy = busy
        self._urgent = urgent
        self._pending: T | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._due)

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    @interval_ms.setter
    def interval_ms(self, interval: int) -> None:
        self._timer.setInterval(interval)

    @property
    def waiting(self) -> bool:
        """An item is held back for the next interval."""
        return self._pending is not None

    def push(self, item: T) -> None:
        """``item`` arrived: let it through now, or within the interval if one went through just now."""
        if self._pending is not None:
            item = self._merge(self._pending, item)
        self._pending = item
        if self._urgent(item) or not self.busy():
            self.flush()
        elif not self._timer.isActive():
            self.flush()  # the first of a burst at once; the rest wait for the interval
            self._timer.start()

    def flush(self) -> None:
        """Let through everything held back, now (nothing if nothing is)."""
        pending, self._pending = self._pending, None
        if pending is not None:
            self._take(pending)

    def stop(self) -> None:
        """Forget what is held back (it was read some other way, or the window is closing)."""
        self._timer.stop()
        self._pending = None

    def _due(self) -> None:
        if self._pending is not None:
            self.flush()
            self._timer.start()  # still a burst: the next one waits its interval too
