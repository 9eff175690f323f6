"""A method activity put on a workshop's agenda, with the quadrant board it uses.

An activity of the method may work on a board preset ("uses the VALUMA board"); adding it to an agenda then
makes that board on the workshop too, unless the workshop has one of that preset already, so the facilitator
does not have to find the Boards tab and the preset by hand. One transaction, one undo step.
"""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from workshop_app.domain.models import AgendaItemView, WorkshopView
from workshop_app.operations.base import Batch, Operation
from workshop_app.operations.notes import CreateBoard
from workshop_app.operations.programme import AddAgendaItem, CreateWorkshop
from workshop_app.services import boards
from workshop_app.storage.store import ProgrammeStore


@dataclass(frozen=True)
class AddActivity(Operation[AgendaItemView]):
    """The agenda item, and the board of ``preset_key`` titled ``board_title`` when the workshop lacks one."""

    workshop_id: uuid.UUID
    title: str
    planned_minutes: int = 0
    activity_key: str = ""
    preset_key: str | None = None
    board_title: str = ""

    def apply(self, store: ProgrammeStore) -> tuple[AgendaItemView, Operation[Any]]:
        with store.transaction():
            item, undo_item = AddAgendaItem(
                self.workshop_id, self.title, planned_minutes=self.planned_minutes, activity_key=self.activity_key
            ).apply(store)
            inverses: list[Operation[Any]] = [undo_item]
            if self.preset_key and not any(
                board.preset_key == self.preset_key for board in boards.list_boards(store, self.workshop_id)
            ):
                _board, undo_board = CreateBoard(
                    self.workshop_id, self.board_title or self.title, preset_key=self.preset_key
                ).apply(store)
                inverses.insert(0, undo_board)
        return item, Batch(tuple(inverses))


@dataclass(frozen=True)
class WorkshopWithBoards(Operation[WorkshopView]):
    """A new workshop (agenda included) with boards of the given presets, ``(title, preset_key)`` each: a
    new workshop for an activity that uses a board, or a one-off workshop planned in one step. Undone as one."""

    workshop: CreateWorkshop
    boards: Sequence[tuple[str, str]] = ()

    def apply(self, store: ProgrammeStore) -> tuple[WorkshopView, Operation[Any]]:
        with store.transaction():
            made, undo_workshop = self.workshop.apply(store)
            inverses: list[Operation[Any]] = []
            for title, preset_key in self.boards:
                _board, undo_board = CreateBoard(made.id, title, preset_key=preset_key).apply(store)
                inverses.insert(0, undo_board)
        return made, Batch((*inverses, undo_workshop))
