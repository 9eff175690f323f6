"""Phones in the room, on the facilitator's side: the room's server started on the window's own loop.

"Let phones join" starts a :class:`workshop_app.room.server.RoomServer` for this board on the qasync loop the
GUI already runs (no second process, no thread touching the file), listening on the laptop's address on the
local network, with a fresh join token each time. Phones' changes reach the board the way any change does:
the workspace hears every committed change set and the scene follows it. They are run straight on the store,
so they are never steps of the facilitator's undo stack. Stop, closing the board and quitting stop it.
"""

import asyncio
import contextlib
import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QPixmap

from ui.board.round_timer import RoundTimer
from ui.workspace import Workspace
from workshop_app.room.network import lan_address
from workshop_app.room.qr import qr_png
from workshop_app.room.server import RoomServer

DEFAULT_PORT = 8765
"""Tried first, so a facilitator's firewall rule can name it; any free port if it is taken."""
REFRESH_MS = 5_000
"""How often the list of connected phones is looked at again while the room is open (phones leave silently)."""


class PhoneRoom(QObject):
    """Starts and stops the room's server for one board window; ``changed`` whenever what it shows changes."""

    changed = Signal()

    def __init__(
        self,
        workspace: Workspace,
        board_id: Callable[[], uuid.UUID],
        timer: RoundTimer,
        face_down: QAction,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.board_id = board_id
        self.timer = timer
        self.face_down = face_down
        self.server: RoomServer | None = None
        self.problem = ""
        self.offer_names = False
        self.locked = False
        self.task: asyncio.Task[str | None] | None = None
        self._timer_state: tuple[bool, int, int] | None = None
        self._codes: dict[tuple[str, int], QPixmap] = {}
        self._refresh = QTimer(self)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self.changed.emit)
        timer.ticked.connect(self._timer_changed)
        face_down.toggled.connect(self._face_down_changed)

    @property
    def running(self) -> bool:
        return self.server is not None and self.server.running

    @property
    def url(self) -> str | None:
        return self.server.url if self.server is not None else None

    # --- start and stop -------------------------------------------------------------------------------------

    def start_soon(self) -> None:
        """Start on the running loop (a button's click cannot await)."""
        if self.task is None or self.task.done():
            self.task = asyncio.ensure_future(self.start())

    async def start(self, host: str | None = None, port: int = DEFAULT_PORT) -> str | None:
        """Listen on ``host`` (the laptop's LAN address by default); the join URL, or None with ``problem`` said."""
        if self.running:
            return self.url
        address = host or lan_address()
        if address is None:
            self.problem = no_network_text()
            self.changed.emit()
            return None
        server = RoomServer(
            self.workspace.store, self.board_id(), offer_names=self.offer_names, face_down=self.face_down.isChecked()
        )
        server.locked = self.locked
        server.listeners.append(self.changed.emit)
        url: str | None = None
        for candidate in (port, 0) if port else (0,):
            try:
                url = await server.start(address, candidate)
                break
            except OSError as error:
                self.problem = QCoreApplication.translate("PhoneRoom", "Phones cannot join: {reason}").format(
                    reason=error.strerror or error
                )
        if url is None:
            self.changed.emit()
            return None
        self.server = server
        self.problem = ""
        self._timer_state = None
        self._timer_changed()
        self._refresh.start()
        self.changed.emit()
        return url

    def stop(self) -> None:
        """Stop at once: the link and its token die, phones' streams end, the port is closed."""
        server, self.server = self.server, None
        self._refresh.stop()
        if server is not None:
            with contextlib.suppress(RuntimeError):  # the loop may already be gone while the app quits
                server.listeners.clear()
                server.halt()
        self.changed.emit()

    async def stop_and_wait(self) -> None:
        """As :meth:`stop`, and wait until the server has let go of everything (tests, quitting cleanly)."""
        server, self.server = self.server, None
        self._refresh.stop()
        if server is not None:
            server.listeners.clear()
            await server.stop()
        self.changed.emit()

    # --- the facilitator's controls ---------------------------------------------------------------------------

    def set_locked(self, locked: bool) -> None:
        self.locked = locked
        if self.server is not None:
            self.server.set_locked(locked)
        self.changed.emit()

    def set_offer_names(self, offer: bool) -> None:
        self.offer_names = offer
        if self.server is not None:
            self.server.set_offer_names(offer)
        self.changed.emit()

    def remove_device(self, device_id: str) -> bool:
        return self.server is not None and self.server.remove_device(device_id)

    def devices(self) -> list[tuple[str, str]]:
        """The phones connected now: (id, what to call it: the name it chose, else "Phone 3")."""
        if self.server is None:
            return []
        return [
            (
                device.id,
                device.name or QCoreApplication.translate("PhoneRoom", "Phone {number}").format(number=device.number),
            )
            for device in sorted(self.server.connected(), key=lambda device: device.number)
        ]

    def qr_pixmap(self, scale: int = 6) -> QPixmap | None:
        """The join link as a QR code (made once per link and size), or None while phones may not join."""
        url = self.url
        if url is None:
            return None
        if (url, scale) not in self._codes:
            pixmap = QPixmap()
            pixmap.loadFromData(qr_png(url, scale))
            self._codes = {(url, scale): pixmap, **{key: code for key, code in self._codes.items() if key[0] == url}}
        return self._codes[(url, scale)]

    # --- following the window ----------------------------------------------------------------------------------

    def _timer_changed(self) -> None:
        """Phones count down by themselves: tell them only when the timer starts, pauses or is reset."""
        timer = self.timer
        state = (timer.running, timer.total, 0 if timer.running else timer.remaining())
        if self.server is None or state == self._timer_state:
            return
        self._timer_state = state
        self.server.set_timer(running=timer.running, remaining=timer.remaining(), total=timer.total)

    def _face_down_changed(self, on: bool) -> None:
        if self.server is not None:
            self.server.set_face_down(on)


def no_network_text() -> str:
    return QCoreApplication.translate(
        "PhoneRoom",
        "This laptop is not on a local network, so phones cannot reach it. Turn on the hotspot of a phone "
        "(no internet is needed), join it with this laptop and the participants' phones, then try again.",
    )
