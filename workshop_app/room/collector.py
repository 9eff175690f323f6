"""Python's cycle collector kept off what was alive when the room opened, while phones write.

A burst of fifty phones makes many short-lived objects, and every so often the collector's oldest generation
runs: it walks every object the process holds (the window, its thousand cards, the libraries' modules), which
took 150 ms on the demo with a board of a thousand notes, and the loop that answers the phones stood still
meanwhile. While a room is open, what was alive when it opened is frozen (``gc.freeze``: collected again after
the room closes), so those runs walk only what came since. The first room to open collects once before freezing,
so no garbage is frozen with the rest; the last to close unfreezes.

That collection runs only on the main thread. In the desktop app the room runs on the GUI thread, and a GUI
toolkit's objects must be freed on the thread they belong to (the app collects cycles on that thread only); a
room run on another thread freezes without collecting, which only keeps some garbage until the room closes.
"""

import gc
import threading

_lock = threading.Lock()
_rooms = 0


def hold() -> None:
    """A room opened: freeze what is alive now (once for all open rooms)."""
    global _rooms
    with _lock:
        _rooms += 1
        if _rooms == 1:
            if threading.current_thread() is threading.main_thread():
                gc.collect()
            gc.freeze()


def release() -> None:
    """A room closed: the last one to close hands everything back to the collector."""
    global _rooms
    with _lock:
        if _rooms == 0:
            return
        _rooms -= 1
        if _rooms == 0:
            gc.unfreeze()


def rooms_open() -> int:
    return _rooms
