""" "Freeze this round and start the next" as one undoable command, built on the core's own snapshots.

The core has no service that unfreezes a round, so undo goes through :mod:`workshop_app.services.history`:
it deletes the new round, then deletes the frozen one and restores it exactly as it was, minus the freeze
(same ids for its notes, votes, pros and cons, and the actions pointing at them). Redo puts back the frozen
round and the new round from their snapshots, with the same ids, so later commands on the stack still apply.
"""

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.commands import ServiceCommand
from ui.workspace import ACTIONS, BOARDS, Workspace
from workshop_app.services import history, rounds


def _unfrozen(snapshot: history.Snapshot, board_id: uuid.UUID) -> history.Snapshot:
    rows: list[tuple[str, dict[str, Any]]] = [
        (table, {**row, "frozen_at": None} if table == "board" and row["id"] == board_id else dict(row))
        for table, row in snapshot.rows
    ]
    return history.Snapshot(rows=rows, references=list(snapshot.references))


class NextRoundCommand(ServiceCommand):
    """Freeze ``board_id`` and open its next round; ``created_id`` is the new round's id."""

    def __init__(self, workspace: Workspace, board_id: uuid.UUID) -> None:
        store = workspace.store
        self.created_id: uuid.UUID | None = None
        kept: dict[str, history.Snapshot] = {}

        def do() -> None:
            self.created_id = rounds.start_next_round(store, board_id).id

        def undo() -> None:
            assert self.created_id is not None
            kept["new"] = history.delete(store, "board", self.created_id)
            kept["frozen"] = history.delete(store, "board", board_id)
            history.restore(store, _unfrozen(kept["frozen"], board_id))

        def redo() -> None:
            history.delete(store, "board", board_id)
            history.restore(store, kept["frozen"])
            history.restore(store, kept["new"])

        text = QCoreApplication.translate("BoardRounds", "Freeze the round and start the next")
        super().__init__(workspace, text, (BOARDS, ACTIONS), do, undo, redo)
