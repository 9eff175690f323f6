"""The panels beside the board follow the scene at once, or at most a few times a second while phones write.

The panels computed from every note (the results list, the spread, the rounds, the counts) cost as much for one
new note as for twenty. So while ``busy`` says a burst may be under way (the room's phones can write),
:class:`PanelRefresh` refreshes them for the first change set the scene took in at once, then merges those that
arrive within ``interval_ms`` and refreshes once for all of them (see :mod:`ui.board.burst`). When not busy
(the facilitator alone), every change set refreshes them at once, as an edit at the laptop expects. A change of
the board itself (another round, its own row) is never held back.
"""

from collections.abc import Callable

from PySide6.QtCore import QObject

from ui.board.burst import BurstGate
from ui.board.scene import Mirrored, Part

INTERVAL_MS = 250
"""The panels' most frequent refresh while phones write: as often as a phone gets a fresh view of the board."""


def _merged(earlier: Mirrored, later: Mirrored) -> Mirrored:
    return Mirrored(earlier.changes.merge(later.changes), earlier.parts | later.parts)


class PanelRefresh(BurstGate[Mirrored]):
    """Calls ``refresh`` with the merged change sets the scene has taken in since it last ran."""

    def __init__(
        self,
        refresh: Callable[[Mirrored], None],
        busy: Callable[[], bool],
        parent: QObject | None = None,
        interval_ms: int = INTERVAL_MS,
    ) -> None:
        super().__init__(
            refresh,
            _merged,
            busy=busy,
            urgent=lambda mirrored: Part.BOARD in mirrored.parts,
            interval_ms=interval_ms,
            parent=parent,
        )
