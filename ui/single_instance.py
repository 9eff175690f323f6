"""One window per programme file: a second start on the same file brings the open window forward instead.

A double-click on a ``.workshop`` file that is already open would otherwise start a second process that can
only report the file as locked. The process that opens a file listens on a local socket (QLocalServer) named
after the file; a new process first offers the file there (:meth:`SingleInstance.try_forward`) and, when the
owner acknowledges it, just exits. The name is a hash of the user and the resolved path, so neither the path
nor the user name shows in /tmp, and files (and users) never share a name. Only the user's own processes may
connect (``UserAccessOption``).

Protocol: one JSON line ``{"open": "<resolved path>"}``, answered with ``{"ok": true}``.
"""

import getpass
import hashlib
import json
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEventLoop, QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication, QWidget

from workshop_app import APP_ID

if TYPE_CHECKING:  # QtNetwork is imported where a socket is made: not before the first window is on screen
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

logger = logging.getLogger(__name__)

MAX_REQUEST = 64 * 1024  # bytes; a longer request is not ours
DEFAULT_TIMEOUT_MS = 3000


def _resolved(path: Path) -> Path:
    return Path(os.path.normcase(Path(path).expanduser().resolve()))


def server_name(path: Path) -> str:
    """The socket's name for ``path``: short (macOS caps socket paths), per user, and not revealing the path."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name (a container without passwd entry): the uid still separates users
        user = str(os.getuid()) if hasattr(os, "getuid") else ""
    digest = hashlib.sha256(f"{user}\0{_resolved(path)}".encode()).hexdigest()
    return f"{APP_ID}-{digest[:24]}"


def raise_window(window: QWidget) -> None:
    """Bring ``window`` to the front; where the window system refuses focus stealing, make it ask for attention."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)


class _Client(QObject):
    """One open request from the second process: connect, send, wait for the answer (or the timeout)."""

    def __init__(self, name: str, payload: bytes, timeout_ms: int) -> None:
        super().__init__()
        self.acknowledged = False
        self._payload = payload
        from PySide6.QtNetwork import QLocalSocket

        self._loop = QEventLoop(self)
        self._socket = QLocalSocket(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._socket.connected.connect(self._send)
        self._socket.readyRead.connect(self._receive)
        self._socket.errorOccurred.connect(self._loop.quit)
        self._socket.disconnected.connect(self._loop.quit)
        self._timer.timeout.connect(self._loop.quit)
        self._name = name

    def run(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        self._socket.connectToServer(self._name)
        if self._socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            self._timer.start()
            self._loop.exec()
        self._timer.stop()
        self._socket.abort()
        return self.acknowledged

    @Slot()
    def _send(self) -> None:
        self._socket.write(self._payload)
        self._socket.flush()

    @Slot()
    def _receive(self) -> None:
        if not self._socket.canReadLine():
            return
        try:
            answer = json.loads(bytes(self._socket.readLine(MAX_REQUEST).data()))
            self.acknowledged = isinstance(answer, dict) and answer.get("ok") is True
        except ValueError:
            self.acknowledged = False
        self._loop.quit()


class SingleInstance(QObject):
    """Forwards an open request to the process that has the file, or listens for such requests."""

    def __init__(self, parent: QObject | None = None, *, timeout_ms: int = DEFAULT_TIMEOUT_MS) -> None:
        super().__init__(parent)
        self.timeout_ms = timeout_ms
        self._servers: dict[str, QLocalServer] = {}
        self._handlers: dict[str, Callable[[Path], None]] = {}

    # --- the second process ------------------------------------------------------------------------------

    def try_forward(self, path: Path) -> bool:
        """Offer ``path`` to the process that has it open; True when that process acknowledged it.

        Waits in a local event loop (at most ``timeout_ms``), so it also works when the listener is in this
        very process. Call it before the asyncio loop runs (it is not for async code).
        """
        payload = json.dumps({"open": str(_resolved(path))}).encode() + b"\n"
        client = _Client(server_name(path), payload, self.timeout_ms)
        acknowledged = client.run()
        client.deleteLater()
        if acknowledged:
            logger.info("forwarded an open request to the running instance")
        return acknowledged

    # --- the first process -------------------------------------------------------------------------------

    def listen(self, path: Path, on_request: Callable[[Path], None]) -> bool:
        """Answer open requests for ``path`` with ``on_request(path)``; False if another live process has it.

        A socket left behind by a process that died is removed; a live one is never taken over.
        """
        from PySide6.QtNetwork import QLocalServer

        name = server_name(path)
        if name in self._servers:
            return True
        if self._is_live(name):  # checked first: Qt may replace an existing socket file without complaint
            logger.info("another instance answers for this file")
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            QLocalServer.removeServer(name)  # stale: its process is gone (it did not answer above)
            if not server.listen(name):
                logger.warning("cannot listen for open requests: %s", server.errorString())
                server.deleteLater()
                return False
        server.newConnection.connect(self._accept)
        self._servers[name] = server
        self._handlers[name] = on_request
        return True

    def is_listening(self, path: Path) -> bool:
        return server_name(path) in self._servers

    def stop(self, path: Path) -> None:
        """Stop answering for ``path`` (its window closed)."""
        name = server_name(path)
        self._handlers.pop(name, None)
        server = self._servers.pop(name, None)
        if server is not None:
            server.close()
            server.deleteLater()

    def close(self) -> None:
        for name in list(self._servers):
            server = self._servers.pop(name)
            self._handlers.pop(name, None)
            server.close()
            server.deleteLater()

    @staticmethod
    def _is_live(name: str) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        probe = QLocalSocket()
        probe.connectToServer(name)
        live = probe.waitForConnected(200)
        probe.abort()
        return live

    @Slot()
    def _accept(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        server = self.sender()
        if not isinstance(server, QLocalServer):
            return
        while server.hasPendingConnections():
            connection = server.nextPendingConnection()
            if connection is None:
                return
            connection.readyRead.connect(self._read)
            connection.disconnected.connect(connection.deleteLater)
            if connection.bytesAvailable():
                self._read_from(connection, server.serverName())

    @Slot()
    def _read(self) -> None:
        from PySide6.QtNetwork import QLocalServer, QLocalSocket

        connection = self.sender()
        server = connection.parent() if isinstance(connection, QLocalSocket) else None
        if isinstance(connection, QLocalSocket) and isinstance(server, QLocalServer):
            self._read_from(connection, server.serverName())

    def _read_from(self, connection: "QLocalSocket", name: str) -> None:
        if not connection.canReadLine():
            if connection.bytesAvailable() > MAX_REQUEST:
                connection.abort()  # not one of ours
            return
        try:
            request = json.loads(bytes(connection.readLine(MAX_REQUEST).data()))
            path = Path(request["open"])
        except (ValueError, KeyError, TypeError):
            logger.warning("ignored a malformed open request")
            connection.abort()
            return
        handler = self._handlers.get(name)
        if handler is None or server_name(path) != name:  # stopped, or a request for another file
            connection.write(QByteArray(b'{"ok": false}\n'))
            connection.flush()
            return
        connection.write(QByteArray(b'{"ok": true}\n'))
        connection.flush()
        handler(path)
