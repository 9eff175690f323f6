"""Rounds: freeze the round and start the next (confirmed, and undoable), switch to the frozen round (read-only,
with a banner), compare with the previous round (arrows, new and removed ideas, a list by distance); and the
spread of ideas placed more than once."""

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.board_helpers import open_valuma_window
from ui.board.analysis_models import CHANGE, IDEA
from ui.board.board_window import BoardWindow
from ui.workspace import Workspace
from workshop_app.services import boards, rounds, spread


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> Iterator[BoardWindow]:
    yield from open_valuma_window(qtbot, workspace)


def test_freeze_asks_then_continues_in_the_next_round(window: BoardWindow) -> None:
    store, first = window.workspace.store, window.scene.board_id
    assert not window.tools.compare.isEnabled()  # round 1 has nothing to compare with
    window.tools.freeze.trigger()
    box = window.confirm_box
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert boards.get_board(store, first).frozen_at is None
    window.tools.freeze.trigger()
    box = window.confirm_box
    assert box is not None
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
    second = window.scene.board_id
    assert second != first and boards.get_board(store, first).frozen_at is not None
    assert [b.round for b in rounds.list_rounds(store, second)] == [1, 2]
    assert window.rounds_panel.round.count() == 2 and "latest" in window.rounds_panel.round.currentText()
    assert len(window.scene.note_items()) == 23 and window.scene.editable and not window.banner.isVisible()
    window.workspace.undo_stack.undo()
    assert boards.get_board(store, first).frozen_at is None
    assert [b.id for b in rounds.list_rounds(store, first)] == [first]
    assert window.isVisible() and window.scene.board_id == first and window.scene.editable
    window.workspace.undo_stack.redo()
    assert boards.get_board(store, first).frozen_at is not None
    assert [b.id for b in rounds.list_rounds(store, first)] == [first, second]


def test_an_earlier_round_is_read_only_with_a_banner(window: BoardWindow) -> None:
    first = window.scene.board_id
    second = window.freeze_and_continue()
    assert second is not None
    combo = window.rounds_panel.round
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    assert window.scene.board_id == first and not window.scene.editable
    assert window.banner.isVisible() and "frozen" in window.banner.text.text()
    assert not window.tools.add.isEnabled() and not window.tools.voting.isEnabled()
    assert not window.procons.model.editable()
    item = window.scene.note_items()[0]
    assert not item.flags() & item.GraphicsItemFlag.ItemIsMovable
    window.banner.button.click()
    assert window.scene.board_id == second and window.scene.editable and not window.banner.isVisible()


def test_compare_shows_moved_new_and_removed_ideas(window: BoardWindow) -> None:
    store = window.workspace.store
    window.freeze_and_continue()
    moved, gone = window.scene.note_items()[:2]
    window.scene.select_only([moved])
    window.controller.move_selected(0.3, -0.3)
    window.scene.select_only([gone])
    window.controller.delete_selected()
    window.controller.add_note(0.5, 0.5, "A brand new idea")
    window.tools.compare.trigger()
    assert window.tools.compare.isChecked()
    assert window.compare_layer.count() > 0
    proxy = window.rounds_panel.proxy
    rows = [(proxy.index(r, IDEA).data(), proxy.index(r, CHANGE).data()) for r in range(proxy.rowCount())]
    assert rows[0][0] == moved.record.text and rows[0][1].startswith("moved")
    assert ("A brand new idea", "new") in rows and (gone.record.text, "removed") in rows
    board = boards.get_board(store, window.scene.board_id)
    assert board.previous_id is not None
    assert len(rounds.compare_rounds(store, board.previous_id, board.id)) == len(rows)
    window.tools.compare.trigger()
    assert window.compare_layer.count() == 0


def test_spread_draws_every_placement_of_a_disputed_idea(window: BoardWindow) -> None:
    spreads = spread.note_spread(window.workspace.store, window.scene.board_id)
    assert len(spreads) == 4
    window.tools.spread.trigger()
    placements = sum(len(s.positions) for s in spreads)
    assert window.spread_layer.count() == placements + 3 * len(spreads)  # lines; a circle, cross and number each
    proxy = window.spread_panel.proxy
    assert proxy.rowCount() == 4
    assert proxy.index(0, IDEA).data() == "1. Meeting place in every village (placed 2 times)"  # widest apart, tidied
    window.spread_panel.table.setCurrentIndex(proxy.index(2, IDEA))  # the idea placed three times
    chosen = window.spread_panel.model.spread(proxy.mapToSource(proxy.index(2, IDEA)).row())
    assert len(chosen.note_ids) == 3
    assert {item.note_id for item in window.scene.selected_notes()} == set(chosen.note_ids)
    assert window.spread_panel.table.currentIndex().row() == 2  # kept while the board is drawn again
    window.tools.spread.trigger()
    assert window.spread_layer.count() == 0
