"""The panels beside the board follow the scene at once, or at most a few times a second while phones write.

Fifty phones adding a note a second each send the window a change set every turn of the event loop. The
scene takes each in at once (a phone's card appears on the board promptly), but the panels computed from
every note (the results list, the spread, the rounds, the counts) cost as much for one new note as for twenty.
So while ``busy`` says a burst may be under way (the room's phones can write), :class:`PanelRefresh` refreshes
the panels for the first change set at once, then merges those that arrive within ``interval_ms`` and
refreshes once for all of them. When not busy (the facilitator alone), every change set refreshes them at
once, as an edit at the laptop expects. A change of the board itself (another round, its own row) is never
held back.
"""

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from ui.board.scene import Mirrored, Part

INTERVAL_MS = 250
"""The panels' most frequent refresh while phones write: as often as a phone gets a fresh view of the board."""


class PanelRefresh(QObject):
    """Calls ``refresh`` with the merged change sets the scene has taken in since it last ran."""

    def __init__(
        self,
        refresh: Callable[[Mirrored], None],
        busy: Callable[[], bool],
        parent: QObject | None = None,
        interval_ms: int = INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._refresh = refresh
        self._busy = busy
        self._pending: Mirrored | None = None
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
        """A change set is held back for the next refresh."""
        return self._pending is not None

    def push(self, mirrored: Mirrored) -> None:
        """The scene took in ``mirrored``: refresh now, or within the interval if one ran just now."""
        pending = self._pending
        if pending is not None:
            mirrored = Mirrored(pending.changes.merge(mirrored.changes), pending.parts | mirrored.parts)
        self._pending = mirrored
        if Part.BOARD in mirrored.parts or not self._busy():
            self.flush()
        elif not self._timer.isActive():
            self.flush()  # the first of a burst at once; the rest wait for the interval
            self._timer.start()

    def flush(self) -> None:
        """Refresh for everything held back, now (nothing if nothing is)."""
        pending, self._pending = self._pending, None
        if pending is not None:
            self._refresh(pending)

    def stop(self) -> None:
        """Forget what is held back (the window is closing)."""
        self._timer.stop()
        self._pending = None

    def _due(self) -> None:
        if self._pending is not None:
            self.flush()
            self._timer.start()  # still a burst: the next refresh waits its interval too
