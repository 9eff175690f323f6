"""Dot voting: who has used how many dots, adding and taking back a dot as undoable commands, and the results.

The core enforces each participant's number of dots (a refused dot is reported through ``workspace.failed``
and changes nothing). How many dots each voter has used comes from the scene's mirror of the board (its
tally, read again only when votes change); which dot to take back is read when one is taken back
(:func:`workshop_app.services.boards.list_votes`, one query).
"""

import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from ui.commands import OperationCommand, delete_command
from ui.workspace import Workspace
from workshop_app.operations.changes import Kind
from workshop_app.operations.notes import AddVote
from workshop_app.services import boards
from workshop_app.storage.store import ProgrammeStore

if TYPE_CHECKING:
    from ui.board.scene import BoardScene

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


@dataclass(frozen=True)
class Dot:
    id: uuid.UUID
    note_id: uuid.UUID
    participant_id: uuid.UUID | None


@dataclass(frozen=True)
class Ballot:
    """Every dot on one board."""

    dots: list[Dot] = field(default_factory=list)

    def dot_of(self, participant_id: uuid.UUID | None, note_id: uuid.UUID) -> Dot | None:
        """The participant's most recent dot on the note (the one taken back first)."""
        mine = [dot for dot in self.dots if dot.participant_id == participant_id and dot.note_id == note_id]
        return mine[-1] if mine else None


def read_ballot(store: ProgrammeStore, board_id: uuid.UUID) -> Ballot:
    return Ballot([Dot(vote.id, vote.note_id, vote.participant_id) for vote in boards.list_votes(store, board_id)])


def add_dot_command(workspace: Workspace, note_id: uuid.UUID, voter: uuid.UUID | None) -> OperationCommand:
    return OperationCommand(workspace, QCoreApplication.translate("BoardVotes", "Add a dot"), AddVote(note_id, voter))


def remove_dot_command(workspace: Workspace, dot: Dot) -> OperationCommand:
    return delete_command(workspace, QCoreApplication.translate("BoardVotes", "Take back a dot"), Kind.VOTE, dot.id)


class Voting(QObject):
    """Voting mode of one board: who is voting now, and their dots added or taken back."""

    def __init__(self, workspace: Workspace, scene: "BoardScene", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.scene = scene
        self.active = False
        self.voter: uuid.UUID | None = None

    @property
    def board_id(self) -> uuid.UUID:
        """The board shown now (it changes when another round is chosen)."""
        return self.scene.board_id

    def ballot(self) -> Ballot:
        return read_ballot(self.workspace.store, self.board_id)

    def editable(self) -> bool:
        """Dots can be given: the board is there, not a frozen round, and the file is writable."""
        board = self.scene.board
        return board is not None and board.frozen_at is None and not self.workspace.store.read_only

    def dots_per_participant(self) -> int:
        board = self.scene.board
        return board.dots_per_participant if board is not None else 0

    def used(self, participant_id: uuid.UUID | None) -> int:
        """Dots ``participant_id`` has placed on the board shown (None: the anonymous dots)."""
        return self.scene.tally.per_participant.get(participant_id, 0)

    def dots_left(self, participant_id: uuid.UUID | None) -> int | None:
        """None when there is no limit (0 dots per participant, or an anonymous voter)."""
        allowed = self.dots_per_participant()
        if participant_id is None or allowed == 0:
            return None
        return max(0, allowed - self.used(participant_id))

    def add_dot(self, note_id: uuid.UUID) -> bool:
        return self.workspace.apply(add_dot_command(self.workspace, note_id, self.voter))

    def remove_dot(self, note_id: uuid.UUID) -> bool:
        dot = self.ballot().dot_of(self.voter, note_id)
        if dot is None:
            self.workspace.failed.emit(
                QCoreApplication.translate("BoardVotes", "There is no dot of this voter on this note to take back.")
            )
            return False
        return self.workspace.apply(remove_dot_command(self.workspace, dot))


# --- the results table -------------------------------------------------------------------------------------

NOTE, VOTES = range(2)


@dataclass(frozen=True)
class Result:
    note_id: uuid.UUID
    text: str
    votes: int


class ResultsModel(QAbstractTableModel):
    """Every face-up note with its number of dots; sorted by a QSortFilterProxyModel in the view."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Result] = []

    def set_results(self, rows: list[Result]) -> bool:
        """Show ``rows``; True if the model was reset. Rows that stay in the same order are updated in place,
        notes gone are removed and new notes appended as row insertions, so the sorting proxy places only
        those: a reset would sort and lay out every row of a big board again for each phone's note."""
        new = list(rows)
        old_ids = [row.note_id for row in self._rows]
        new_ids = [row.note_id for row in new]
        if old_ids == new_ids:
            self._update_rows(new)
            return False
        kept = set(new_ids)
        survivors = [note_id for note_id in old_ids if note_id in kept]
        if new_ids[: len(survivors)] != survivors:
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
            return True
        for index in reversed(range(len(old_ids))):
            if old_ids[index] not in kept:
                self.beginRemoveRows(ROOT, index, index)
                del self._rows[index]
                self.endRemoveRows()
        self._update_rows(new[: len(survivors)])
        if len(new) > len(survivors):
            self.beginInsertRows(ROOT, len(survivors), len(new) - 1)
            self._rows.extend(new[len(survivors) :])
            self.endInsertRows()
        return False

    def _update_rows(self, rows: list[Result]) -> None:
        """The same notes in the same order: signal only the rows that differ (a drag changes none).

        One row is changed and signalled at a time: the sorting proxy places a changed row among the others'
        current values, so rows not yet signalled must still hold what it last saw (replacing every row first
        left the proxy unsorted when two rows changed at once)."""
        for index, (before, after) in enumerate(zip(list(self._rows), rows, strict=True)):
            if before != after:
                self._rows[index] = after
                self.dataChanged.emit(self.index(index, NOTE), self.index(index, VOTES))

    def result(self, row: int) -> Result:
        return self._rows[row]

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text if index.column() == NOTE else row.votes
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == NOTE:
            return row.text
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == VOTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.votes if index.column() == VOTES else row.text.casefold()
        return None

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == NOTE:
            return QCoreApplication.translate("BoardVotes", "Note")
        return QCoreApplication.translate("BoardVotes", "Dots")
