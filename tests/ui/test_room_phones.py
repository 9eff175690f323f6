"""Phones in the board window: the room's server on the window's own qasync loop, a phone's note on the
board, the facilitator's controls, and the link dying with the window."""

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import aiohttp
import pytest
from pytestqt.qtbot import QtBot

from tests.ui.board_helpers import open_valuma_window
from ui.board.board_window import BoardWindow
from ui.workspace import Workspace


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace, loop: asyncio.AbstractEventLoop) -> Iterator[BoardWindow]:
    yield from open_valuma_window(qtbot, workspace)


async def _call(url: str, method: str, path: str, body: Any = None, key: str = "") -> tuple[int, Any, str]:
    base, token = url.split("/j/")
    headers = {"X-Device": key} if key else {}
    timeout = aiohttp.ClientTimeout(total=10)
    async with (
        aiohttp.ClientSession(timeout=timeout) as session,
        session.request(method, f"{base}/api/{token}{path}", json=body, headers=headers) as response,
    ):
        return response.status, await response.json(), response.headers.get("X-Device", key)


def test_a_phones_note_appears_on_the_board_and_not_on_the_undo_stack(
    window: BoardWindow, loop: asyncio.AbstractEventLoop, qtbot: QtBot
) -> None:
    phones = window.phones
    url = loop.run_until_complete(phones.start(host="127.0.0.1", port=0))
    assert url is not None and url.startswith("http://127.0.0.1:") and "/j/" in url
    assert window.phones_panel.link.text() == url and not window.phones_panel.code.pixmap().isNull()
    undo_steps = window.workspace.undo_stack.count()
    status, answer, _key = loop.run_until_complete(
        _call(url, "POST", "/notes", {"text": "Sent from a phone", "x": -0.4, "y": 0.6})
    )
    assert status == 201, answer
    qtbot.waitUntil(
        lambda: any(item.record.text == "Sent from a phone" for item in window.scene.note_items()), timeout=5000
    )
    item = next(item for item in window.scene.note_items() if item.record.text == "Sent from a phone")
    assert str(item.record.id) == answer["id"]
    assert window.workspace.undo_stack.count() == undo_steps  # phones' edits are not the facilitator's to undo
    window.phones_panel.show_state()
    assert window.phones_panel.devices.count() == 1
    assert "1" in window.phones_panel.connected_title.text()
    loop.run_until_complete(phones.stop_and_wait())


def test_the_facilitator_locks_input_and_removes_a_phone(window: BoardWindow, loop: asyncio.AbstractEventLoop) -> None:
    phones = window.phones
    url = loop.run_until_complete(phones.start(host="127.0.0.1", port=0))
    assert url is not None
    _, _view, key = loop.run_until_complete(_call(url, "GET", "/board"))
    window.phones_panel.lock.setChecked(True)
    status, answer, _ = loop.run_until_complete(_call(url, "POST", "/notes", {"text": "a", "x": 0, "y": 0}, key))
    assert status == 409 and answer["error"]
    window.phones_panel.lock.setChecked(False)
    window.phones_panel.show_state()
    window.phones_panel.devices.setCurrentRow(0)
    assert window.phones_panel.remove.isEnabled()
    window.phones_panel.remove.click()
    status, _, _ = loop.run_until_complete(_call(url, "GET", "/board", key=key))
    assert status == 403
    loop.run_until_complete(phones.stop_and_wait())


def test_the_link_dies_when_the_board_closes(window: BoardWindow, loop: asyncio.AbstractEventLoop) -> None:
    url = loop.run_until_complete(window.phones.start(host="127.0.0.1", port=0))
    assert url is not None
    presentation = window.room.open_presentation()
    assert presentation.join.isVisibleTo(presentation) and presentation.join_link.text() == url
    window.close()
    assert not window.phones.running
    loop.run_until_complete(asyncio.sleep(0.2))  # the port's clean-up runs on the loop
    with pytest.raises(aiohttp.ClientConnectionError):
        loop.run_until_complete(_call(url, "GET", "/board"))


def test_without_a_network_the_tab_says_so_and_suggests_a_hotspot(
    window: BoardWindow, loop: asyncio.AbstractEventLoop, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.board.room_phones.lan_address", lambda: None)
    assert loop.run_until_complete(window.phones.start()) is None
    panel = window.phones_panel
    assert panel.problem.isVisibleTo(panel) and "hotspot" in panel.problem.text()
    assert not panel.toggle.isChecked() and not window.phones.running


def test_timer_and_face_down_reach_the_phones(window: BoardWindow, loop: asyncio.AbstractEventLoop) -> None:
    url = loop.run_until_complete(window.phones.start(host="127.0.0.1", port=0))
    assert url is not None
    window.tools.face_down.setChecked(True)
    window.room.timer.start()
    _, view, _ = loop.run_until_complete(_call(url, "GET", "/board"))
    assert view["face_down"] is True and view["timer"]["running"] is True
    assert 0 < view["timer"]["remaining"] <= view["timer"]["total"]
    window.room.timer.pause()
    _, view, _ = loop.run_until_complete(_call(url, "GET", "/board"))
    assert view["timer"]["running"] is False
    assert json.dumps(view)
    loop.run_until_complete(window.phones.stop_and_wait())


def test_the_undo_stack_stays_consistent_when_phones_write_in_between(
    window: BoardWindow, loop: asyncio.AbstractEventLoop, qtbot: QtBot
) -> None:
    from ui.commands import OperationCommand
    from workshop_app.operations.notes import AddNote, MoveNotes
    from workshop_app.services import boards

    store = window.workspace.store
    board_id = window.scene.board_id
    url = loop.run_until_complete(window.phones.start(host="127.0.0.1", port=0))
    assert url is not None
    stack = window.workspace.undo_stack
    assert window.workspace.apply(OperationCommand(window.workspace, "Add", AddNote(board_id, "Laptop's", 0.1, 0.1)))
    laptop = next(n.id for n in boards.list_notes(store, board_id) if n.text == "Laptop's")
    status, answer, key = loop.run_until_complete(_call(url, "POST", "/notes", {"text": "Phone's", "x": 0.2, "y": 0.2}))
    assert status == 201
    assert window.workspace.apply(OperationCommand(window.workspace, "Move", MoveNotes({laptop: (0.5, 0.5)})))
    status, _, _ = loop.run_until_complete(_call(url, "PATCH", f"/notes/{answer['id']}", {"x": 0.6}, key))
    assert status == 200
    stack.undo()
    stack.undo()
    texts = {n.text: (n.x, n.y) for n in boards.list_notes(store, board_id)}
    assert "Laptop's" not in texts and texts["Phone's"] == (0.6, 0.2)  # the phone's note and move untouched
    stack.redo()
    stack.redo()
    texts = {n.text: (n.x, n.y) for n in boards.list_notes(store, board_id)}
    assert texts["Laptop's"] == (0.5, 0.5) and texts["Phone's"] == (0.6, 0.2)
    qtbot.waitUntil(lambda: any(item.record.text == "Phone's" for item in window.scene.note_items()), timeout=5000)
    loop.run_until_complete(window.phones.stop_and_wait())
