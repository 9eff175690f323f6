"""One instance per programme file: a second start on the same file is forwarded to the first one."""

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from ui.single_instance import SingleInstance, raise_window, server_name

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def first() -> Iterator[SingleInstance]:
    instance = SingleInstance()
    yield instance
    instance.close()


@pytest.fixture
def second() -> Iterator[SingleInstance]:
    instance = SingleInstance(timeout_ms=2000)
    yield instance
    instance.close()


def test_request_for_the_same_file_reaches_the_first_instance(
    qtbot: QtBot, tmp_path: Path, first: SingleInstance, second: SingleInstance
) -> None:
    path = tmp_path / "kylä.workshop"
    path.touch()
    received: list[Path] = []
    assert first.listen(path, received.append)
    assert first.is_listening(path)
    # Another spelling of the same file (relative, with ..) is the same file.
    other_spelling = tmp_path / "sub" / ".." / "kylä.workshop"
    assert second.try_forward(other_spelling)
    qtbot.waitUntil(lambda: received == [path.resolve()])


def test_different_files_do_not_collide(qtbot: QtBot, tmp_path: Path, first: SingleInstance) -> None:
    one, two = tmp_path / "one.workshop", tmp_path / "two.workshop"
    assert server_name(one) != server_name(two)
    got_one: list[Path] = []
    got_two: list[Path] = []
    assert first.listen(one, got_one.append)
    assert first.listen(two, got_two.append)
    client = SingleInstance()
    assert client.try_forward(two)
    qtbot.waitUntil(lambda: got_two == [two.resolve()])
    assert got_one == []
    assert not client.try_forward(tmp_path / "three.workshop")  # nobody has it: open it yourself
    client.close()


def test_no_listener_means_no_forwarding(tmp_path: Path, second: SingleInstance) -> None:
    assert not second.try_forward(tmp_path / "closed.workshop")


def test_stopped_listener_no_longer_answers(tmp_path: Path, first: SingleInstance, second: SingleInstance) -> None:
    path = tmp_path / "closed-window.workshop"
    assert first.listen(path, lambda _path: None)
    first.stop(path)
    assert not first.is_listening(path)
    assert not second.try_forward(path)


def test_a_live_listener_is_never_taken_over(tmp_path: Path, first: SingleInstance, second: SingleInstance) -> None:
    path = tmp_path / "busy.workshop"
    assert first.listen(path, lambda _path: None)
    assert not second.listen(path, lambda _path: None)


def test_a_stale_socket_of_a_dead_process_is_replaced(qtbot: QtBot, tmp_path: Path, first: SingleInstance) -> None:
    path = tmp_path / "after-crash.workshop"
    # A process that listened and was killed leaves its socket file behind (SIGKILL: no clean-up).
    code = (
        "import os, signal, sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtNetwork import QLocalServer\n"
        "app = QCoreApplication([])\n"
        "server = QLocalServer()\n"
        "server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)\n"
        "assert server.listen(sys.argv[1])\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    if not hasattr(os, "kill") or sys.platform == "win32":
        pytest.skip("named pipes on Windows vanish with their process; nothing stale to replace")
    subprocess.run([sys.executable, "-c", code, server_name(path)], cwd=REPO, check=False, timeout=60)
    received: list[Path] = []
    assert first.listen(path, received.append)
    assert SingleInstance().try_forward(path)
    qtbot.waitUntil(lambda: received == [path.resolve()])


def test_malformed_requests_are_ignored(qtbot: QtBot, tmp_path: Path, first: SingleInstance) -> None:
    path = tmp_path / "guarded.workshop"
    received: list[Path] = []
    assert first.listen(path, received.append)
    socket = QLocalSocket()
    socket.connectToServer(server_name(path))
    assert socket.waitForConnected(1000)
    socket.write(b"not json\n")
    socket.flush()
    qtbot.waitUntil(lambda: socket.state() == QLocalSocket.LocalSocketState.UnconnectedState, timeout=3000)
    assert received == []


def test_a_request_for_another_file_is_refused(qtbot: QtBot, tmp_path: Path, first: SingleInstance) -> None:
    path = tmp_path / "mine.workshop"
    received: list[Path] = []
    assert first.listen(path, received.append)
    socket = QLocalSocket()
    socket.connectToServer(server_name(path))
    assert socket.waitForConnected(1000)
    socket.write(b'{"open": "/elsewhere/other.workshop"}\n')
    socket.flush()
    qtbot.waitUntil(lambda: socket.bytesAvailable() > 0 or socket.waitForReadyRead(50), timeout=3000)
    assert b'"ok": false' in bytes(socket.readAll().data())
    assert received == []


def test_names_are_short_and_do_not_reveal_the_path(tmp_path: Path) -> None:
    name = server_name(tmp_path / "Anna Virtanen's programme.workshop")
    assert len(name) < 50
    assert "Anna" not in name and str(tmp_path) not in name
    assert QLocalServer.removeServer(name) in (True, False)  # a valid server name for Qt


def test_raise_window_shows_a_minimised_window(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    raise_window(window)
    qtbot.waitUntil(window.isVisible)
    assert not window.isMinimized()
