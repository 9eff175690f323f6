"""The agenda model on its own, without a view: rows from the core, edits, moves and drops as commands."""

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from pytestqt.qtbot import QtBot

from ui.workshop.agenda_model import MINUTES, MINUTES_TEXT_ROLE, TITLE, AgendaModel
from ui.workshop.ordered_model import ROWS_MIME
from ui.workspace import Workspace
from workshop_app.domain.models import WorkshopView
from workshop_app.services import workshops


@pytest.fixture
def kickoff(workspace: Workspace) -> WorkshopView:
    return workshops.list_workshops(workspace.store)[0]


@pytest.fixture
def model(workspace: Workspace, kickoff: WorkshopView) -> AgendaModel:
    agenda = AgendaModel(workspace)
    agenda.set_workshop(kickoff.id)
    return agenda


def titles(workspace: Workspace, kickoff: WorkshopView) -> list[str]:
    return [item.title for item in workshops.list_agenda(workspace.store, kickoff.id)]


def test_rows_show_the_agenda_in_order(model: AgendaModel, workspace: Workspace, kickoff: WorkshopView) -> None:
    stored = workshops.list_agenda(workspace.store, kickoff.id)
    assert model.rowCount() == len(stored) == 6
    assert model.columnCount() == 2
    assert [model.data(model.index(row, TITLE)) for row in range(6)] == [item.title for item in stored]
    assert model.data(model.index(0, MINUTES), Qt.ItemDataRole.EditRole) == stored[0].planned_minutes
    assert model.data(model.index(0, TITLE), MINUTES_TEXT_ROLE) == stored[0].minutes_text
    assert model.total_minutes() == sum(item.planned_minutes for item in stored)
    assert model.headerData(TITLE, Qt.Orientation.Horizontal) == "Agenda item"
    flags = model.flags(model.index(0, TITLE))
    assert flags & Qt.ItemFlag.ItemIsDragEnabled and flags & Qt.ItemFlag.ItemIsEditable
    assert not flags & Qt.ItemFlag.ItemIsDropEnabled  # drops go between rows, never onto one
    assert model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled
    model.set_workshop(None)
    assert model.rowCount() == 0


def test_move_rows_is_one_undoable_command(model: AgendaModel, workspace: Workspace, kickoff: WorkshopView) -> None:
    before = titles(workspace, kickoff)
    moved = model.index(0, TITLE)
    tracked = QPersistentModelIndex(moved)
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)  # in front of the old row 3
    assert titles(workspace, kickoff) == [before[1], before[2], before[0], *before[3:]]
    assert workspace.undo_stack.count() == 1
    assert workspace.undo_stack.undoText() == "Move an agenda item"
    model.reload()
    assert [model.data(model.index(row, TITLE)) for row in range(6)] == titles(workspace, kickoff)
    assert tracked.row() == 2, "a reload that only reorders moves the persistent index with the item"
    workspace.undo_stack.undo()
    assert titles(workspace, kickoff) == before
    workspace.undo_stack.redo()
    assert titles(workspace, kickoff)[2] == before[0]


def test_a_drop_moves_the_dragged_item(model: AgendaModel, workspace: Workspace, kickoff: WorkshopView) -> None:
    before = titles(workspace, kickoff)
    data = model.mimeData([model.index(4, TITLE), model.index(4, MINUTES)])
    assert data.hasFormat(ROWS_MIME)
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert not model.canDropMimeData(data, Qt.DropAction.CopyAction, 0, 0, QModelIndex())
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert titles(workspace, kickoff) == [before[4], *before[:4], before[5]]
    model.reload()
    # dropped below the last row: to the end
    data = model.mimeData([model.index(0, TITLE)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert titles(workspace, kickoff)[-1] == before[4]
    # dropping an item onto its own place is no change and no command
    model.reload()
    count = workspace.undo_stack.count()
    assert not model.dropMimeData(
        model.mimeData([model.index(2, TITLE)]), Qt.DropAction.MoveAction, 2, 0, QModelIndex()
    )
    assert workspace.undo_stack.count() == count
    workspace.undo_stack.undo()
    workspace.undo_stack.undo()
    assert titles(workspace, kickoff) == before


def test_edits_go_through_the_core(
    model: AgendaModel, workspace: Workspace, kickoff: WorkshopView, qtbot: QtBot
) -> None:
    first = model.record(0)
    assert model.setData(model.index(0, TITLE), "  Welcome and coffee  ")
    assert model.setData(model.index(0, MINUTES), 25)
    stored = workshops.list_agenda(workspace.store, kickoff.id)[0]
    assert (stored.title, stored.planned_minutes) == ("Welcome and coffee", 25)
    with qtbot.waitSignal(model.rejected) as refused:
        assert not model.setData(model.index(0, TITLE), "   ")
    assert refused.args == ["This must not be empty."]
    assert workspace.undo_stack.count() == 2
    model.reload()
    assert not model.setData(model.index(0, TITLE), "Welcome and coffee"), "an unchanged value is no command"
    workspace.undo_stack.undo()
    workspace.undo_stack.undo()
    stored = workshops.list_agenda(workspace.store, kickoff.id)[0]
    assert (stored.title, stored.planned_minutes) == (first.title, first.planned_minutes)


def test_add_and_remove_items(model: AgendaModel, workspace: Workspace, kickoff: WorkshopView) -> None:
    created = model.add_item("Summing up", 15)
    assert created is not None
    model.reload()
    assert model.rowCount() == 7 and model.record(6).id == created
    assert model.remove_row(6)
    model.reload()
    assert model.rowCount() == 6
    workspace.undo_stack.undo()
    model.reload()
    assert model.row_of(created) == 6, "undoing the removal restores the same item"
    workspace.undo_stack.undo()
    model.reload()
    assert model.row_of(created) == -1
    workspace.undo_stack.redo()
    model.reload()
    assert model.row_of(created) == 6
