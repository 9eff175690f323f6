"""Dot voting: a click gives the chosen voter's dot to a note, the core's limit is reported, a right-click or
Backspace takes the dot back, the count shows on the note, and the results table is sorted by dots."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.board_helpers import open_valuma_window, person
from ui.board.board_window import BoardWindow
from ui.board.votes import NOTE, VOTES
from ui.workspace import Workspace
from workshop_app.services import boards


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> Iterator[BoardWindow]:
    yield from open_valuma_window(qtbot, workspace)


def choose_voter(window: BoardWindow, name_part: str) -> None:
    combo = window.votes_panel.voter
    voter = person(window.workspace, name_part)
    combo.setCurrentIndex(next(row for row in range(combo.count()) if combo.itemData(row) == voter))
    combo.activated.emit(combo.currentIndex())


def uncovered(window: BoardWindow, count: int) -> list:  # type: ignore[type-arg]
    found = [item for item in window.scene.note_items() if window.scene.note_at(item.pos()) is item]
    return found[:count]


def test_clicks_give_dots_until_the_limit_and_the_limit_is_reported(qtbot: QtBot, window: BoardWindow) -> None:
    store, board_id = window.workspace.store, window.scene.board_id
    failures: list[str] = []
    window.workspace.failed.connect(failures.append)
    window.tools.voting.trigger()
    assert window.voting.active and window.panel.tabs.currentWidget() is window.votes_panel
    assert not window.tools.add.isEnabled()
    choose_voter(window, "Aino")
    left = window.voting.dots_left(window.voting.voter)
    assert left is not None and left > 0
    assert f"{left} of 3 dots left" in window.votes_panel.left.text()
    assert f"— {left} left" in window.votes_panel.voter.currentText()
    notes = uncovered(window, left + 1)
    before = boards.vote_counts(store, board_id)
    for item in notes[:left]:
        qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=window.view.mapFromScene(item.pos()))
    after = boards.vote_counts(store, board_id)
    assert [after.get(i.note_id, 0) - before.get(i.note_id, 0) for i in notes[:left]] == [1] * left
    assert notes[0].record.votes == after[notes[0].note_id]  # the badge on the card
    assert "used all 3 dots" in window.votes_panel.left.text()
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=window.view.mapFromScene(notes[left].pos()))
    assert failures == ["This participant has used all 3 dots on this board."]
    assert boards.vote_counts(store, board_id).get(notes[left].note_id, 0) == before.get(notes[left].note_id, 0)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.RightButton, pos=window.view.mapFromScene(notes[0].pos()))
    assert boards.vote_counts(store, board_id).get(notes[0].note_id, 0) == before.get(notes[0].note_id, 0)
    assert "1 of 3 dots left" in window.votes_panel.left.text()
    window.workspace.undo_stack.undo()
    assert boards.vote_counts(store, board_id)[notes[0].note_id] == after[notes[0].note_id]


def test_keyboard_voting_and_unlimited_dots(qtbot: QtBot, window: BoardWindow) -> None:
    store, board_id = window.workspace.store, window.scene.board_id
    window.set_voting(True)
    choose_voter(window, "Aino")
    window.votes_panel.dots.setValue(0)
    window.votes_panel.dots.editingFinished.emit()
    assert boards.get_board(store, board_id).dots_per_participant == 0
    item = window.scene.note_items()[0]
    window.controller.select_note(item.note_id)
    start = boards.vote_counts(store, board_id).get(item.note_id, 0)
    for _ in range(5):
        qtbot.keyClick(window.view, Qt.Key.Key_Space)
    assert boards.vote_counts(store, board_id)[item.note_id] == start + 5
    qtbot.keyClick(window.view, Qt.Key.Key_Backspace)
    assert boards.vote_counts(store, board_id)[item.note_id] == start + 4
    assert "no limit" in window.votes_panel.left.text()


def test_results_are_sorted_by_dots(window: BoardWindow) -> None:
    counts = boards.vote_counts(window.workspace.store, window.scene.board_id)
    proxy = window.votes_panel.proxy
    shown_votes = [proxy.index(row, VOTES).data() for row in range(proxy.rowCount())]
    assert shown_votes == sorted(shown_votes, reverse=True)
    assert shown_votes[0] == max(counts.values())
    window.votes_panel.table.sortByColumn(NOTE, Qt.SortOrder.AscendingOrder)
    texts = [str(proxy.index(row, NOTE).data()).casefold() for row in range(proxy.rowCount())]
    assert texts == sorted(texts)
