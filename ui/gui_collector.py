"""Python's cycle collector, run on the GUI thread only.

A Qt object must be destroyed on the thread it lives on. CPython's cycle collector runs on whichever thread is
allocating when a generation passes its threshold: the store's integrity check, a server's listener, an export
in ``asyncio.to_thread``, the Open From Server dialog's worker. When that collection frees a widget, a model or
qasync's timer object that only a reference cycle still held, ``~QObject`` cannot unregister the object's
timers from the wrong thread (Qt says "Timers cannot be stopped from another thread"), and the GUI thread's next
timer dispatch goes to freed memory: a segfault. The GUI tests crashed that way about one run in three; a core
dump showed a 20-second timer (an ``asyncio.wait`` timeout on the qasync loop) firing at an object freed on the
Open From Server dialog's thread.

So the automatic collector is turned off (``gc.disable``) and the GUI thread collects on a timer, by CPython's own
rule (:meth:`GuiThreadCollector.collect_due`), so memory stays bounded as before. This is the workaround Kovid
Goyal gave on the PyQt mailing list in 2011, also packaged as qtpygc; that package is not used: it needs QtPy and
heapdict for what is here a few dozen lines, and its timing is its own rather than CPython's thresholds.
Reference counting frees everything outside cycles at once, on the thread that drops the last reference, as before.
"""

import gc
import threading

from PySide6.QtCore import QObject, QTimer, Slot

# How often the GUI thread looks whether a collection is due. CPython looks at every allocation; once a second
# bounds what cycles can pile up in between to what the app makes in a second.
CHECK_INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    """Collects reference cycles on the GUI thread, on a timer and when asked, never on another thread."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        # CPython's own figures for the oldest generation, which it does not expose: the objects in it right
        # after its last collection here, and those the middle generation's collections have moved into it since
        self._long_lived = 0
        self._pending = 0
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    @Slot()
    def collect_due(self) -> int:
        """Collect the generation CPython's thresholds call for now, if any; the number of objects freed.

        CPython's rule (``gc_collect_generations`` in ``Modules/gcmodule.c``): the oldest generation whose count
        is past its threshold is collected, with the younger ones. The oldest one only when the objects moved
        into it since its last collection are more than a quarter of those it held then, so a large heap is not
        walked again and again. Asked on another thread, it does nothing.
        """
        if threading.current_thread() is not threading.main_thread():
            return 0
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        for generation in (2, 1, 0):
            if thresholds[generation] <= 0 or counts[generation] <= thresholds[generation]:
                continue
            if generation == 2 and self._pending <= self._long_lived // 4:
                continue
            return self._collect(generation)
        return 0

    def _collect(self, generation: int) -> int:
        if generation == 2:
            freed = gc.collect(2)
            self._long_lived = len(gc.get_objects(generation=2))  # walks the heap, as the collection just did
            self._pending = 0
            return freed
        if generation == 1:
            young = len(gc.get_objects(generation=0)) + len(gc.get_objects(generation=1))  # the young are few
            freed = gc.collect(1)
            self._pending += max(young - freed, 0)  # the survivors moved into the oldest generation
            return freed
        return gc.collect(0)


_installed: GuiThreadCollector | None = None


def install(parent: QObject) -> GuiThreadCollector:
    """Turn the automatic collector off and collect on the GUI thread instead (once per process)."""
    global _installed
    if _installed is None:
        _installed = GuiThreadCollector(parent)
    return _installed


def installed() -> GuiThreadCollector | None:
    return _installed
