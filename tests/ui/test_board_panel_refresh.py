"""The panels beside the board during a burst of phones' notes (issue 12): each card appears on the scene at
once, while the panels computed from every note refresh for the first change set at once and then at most once
per interval, for all the sets merged; alone at the laptop, every change refreshes them at once."""

import asyncio
import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from tests.ui.board_helpers import open_valuma_window
from ui.board.board_window import BoardWindow
from ui.board.panel_refresh import PanelRefresh
from ui.board.scene import Mirrored, Part
from ui.workspace import Workspace
from workshop_app.operations.changes import ChangeSet, Kind
from workshop_app.operations.notes import AddNote

INTERVAL = 80


def _set(*parts: Part) -> Mirrored:
    return Mirrored(ChangeSet(created={Kind.NOTE: frozenset({uuid.uuid4()})}), frozenset(parts))


def _refresher(busy: bool) -> tuple[PanelRefresh, list[Mirrored]]:
    ran: list[Mirrored] = []
    return PanelRefresh(ran.append, lambda: busy, interval_ms=INTERVAL), ran


def test_alone_at_the_laptop_every_change_refreshes_at_once(qapp: object) -> None:
    panels, ran = _refresher(busy=False)
    first, second = _set(Part.NOTES), _set(Part.VOTES)
    panels.push(first)
    panels.push(second)
    assert ran == [first, second] and not panels.waiting


def test_a_burst_refreshes_at_once_then_once_per_interval_for_all_merged(qapp: object, qtbot: QtBot) -> None:
    panels, ran = _refresher(busy=True)
    first, second, third = _set(Part.NOTES), _set(Part.NOTES), _set(Part.VOTES)
    panels.push(first)
    panels.push(second)
    panels.push(third)
    assert ran == [first] and panels.waiting
    qtbot.waitUntil(lambda: len(ran) == 2, timeout=2000)
    merged = ran[1]
    assert merged.parts == {Part.NOTES, Part.VOTES}
    assert merged.changes.ids(Kind.NOTE) == second.changes.ids(Kind.NOTE) | third.changes.ids(Kind.NOTE)
    qtbot.wait(3 * INTERVAL)
    assert len(ran) == 2 and not panels.waiting  # nothing more came: nothing more runs


def test_a_change_of_the_board_itself_is_never_held_back(qapp: object) -> None:
    panels, ran = _refresher(busy=True)
    panels.push(_set(Part.NOTES))
    held = _set(Part.NOTES)
    panels.push(held)
    board = _set(Part.BOARD)
    panels.push(board)
    assert len(ran) == 2 and Part.BOARD in ran[1].parts
    assert held.changes.ids(Kind.NOTE) <= ran[1].changes.ids(Kind.NOTE)
    assert not panels.waiting


def test_stopping_forgets_what_was_held(qapp: object, qtbot: QtBot) -> None:
    panels, ran = _refresher(busy=True)
    panels.push(_set(Part.NOTES))
    panels.push(_set(Part.NOTES))
    panels.stop()
    qtbot.wait(3 * INTERVAL)
    assert len(ran) == 1 and not panels.waiting


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace, loop: asyncio.AbstractEventLoop) -> Iterator[BoardWindow]:
    yield from open_valuma_window(qtbot, workspace)


def _listed(window: BoardWindow, note_id: uuid.UUID) -> bool:
    results = window.votes_panel.model
    return any(results.result(row).note_id == note_id for row in range(results.rowCount()))


def test_while_phones_write_the_cards_come_promptly_and_the_results_list_follows(
    window: BoardWindow, loop: asyncio.AbstractEventLoop, qtbot: QtBot
) -> None:
    workspace, board_id = window.workspace, window.scene.board_id
    window.panel_refresh.interval_ms = 1500  # the burst below is surely within one interval, on a slow machine too
    window.scene.arrivals.interval_ms = 300
    assert loop.run_until_complete(window.phones.start(host="127.0.0.1", port=0)) is not None
    try:
        made = []
        for index in range(3):
            made.append(workspace.run(AddNote(board_id, f"Phone note {index}", 0.1 * index, 0.2)).result.id)
            QCoreApplication.processEvents()  # one turn of the loop each: three change sets
        assert window.scene.note_item(made[0]) is not None  # the first card at once
        assert _listed(window, made[0])  # and in the results
        assert window.scene.note_item(made[2]) is None and window.scene.arrivals.waiting  # the rest merged
        qtbot.waitUntil(lambda: all(window.scene.note_item(note_id) is not None for note_id in made), timeout=3000)
        assert not _listed(window, made[2]) and window.panel_refresh.waiting  # the panels follow later still
        qtbot.waitUntil(lambda: all(_listed(window, note_id) for note_id in made), timeout=3000)
    finally:
        loop.run_until_complete(window.phones.stop_and_wait())


def test_alone_at_the_laptop_every_card_comes_at_once(window: BoardWindow) -> None:
    workspace, board_id = window.workspace, window.scene.board_id
    for index in range(3):
        note_id = workspace.run(AddNote(board_id, f"Laptop note {index}", 0.1 * index, 0.3)).result.id
        QCoreApplication.processEvents()
        assert window.scene.note_item(note_id) is not None and _listed(window, note_id)
    assert not window.scene.arrivals.waiting and not window.panel_refresh.waiting
