"""Undo support: deleting a record and putting it back restores every row and reference exactly."""

import pytest
from sqlalchemy import text

from tests.servicefixtures import demo as demo  # fixture
from workshop_app.errors import NotFoundError
from workshop_app.merge.stamps import BOOKKEEPING_TABLES
from workshop_app.services import actions, boards, history, workshops
from workshop_app.storage.store import ProgrammeStore
from workshop_app.storage.wal import LINEAGE, PARENT


def dump(store: ProgrammeStore) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, sorted: the whole programme as comparable data (the merge's bookkeeping, which
    every commit advances, and the write-ahead log's lineage tokens, which the first commit of a log writes,
    left out)."""
    with store.reading() as session:
        names = session.execute(text("SELECT name FROM sqlite_master WHERE type='table'")).scalars().all()
        return {
            name: sorted(
                tuple(row)
                for row in session.execute(text(f'SELECT * FROM "{name}"')).all()
                if not (name == "app_meta" and row[0] in (LINEAGE, PARENT))
            )
            for name in names
            if name not in BOOKKEEPING_TABLES
        }


def test_deleting_a_workshop_and_restoring_it_is_exact(demo: ProgrammeStore) -> None:
    before = dump(demo)
    workshop = next(w for w in workshops.list_workshops(demo) if boards.list_boards(demo, w.id))
    snapshot = history.delete(demo, "workshop", workshop.id)
    after_delete = dump(demo)
    assert len(after_delete["note"]) < len(before["note"])
    assert len(after_delete["agenda_item"]) < len(before["agenda_item"])
    assert any(row in before["action"] for row in after_delete["action"]) is True
    history.restore(demo, snapshot)
    assert dump(demo) == before


def test_a_deleted_note_comes_back_with_votes_pros_cons_and_its_action_link(demo: ProgrammeStore) -> None:
    board = next(b for b in boards.list_boards(demo) if b.preset_key == "valuma")
    note = boards.list_notes(demo, board.id)[0]
    boards.add_vote(demo, note.id)
    boards.add_pro_con(demo, board.id, "pro", "Quick to start", note_id=note.id)
    action = actions.action_from_note(demo, note.id)
    before = dump(demo)
    snapshot = history.delete(demo, "note", note.id)
    assert actions.get_action(demo, action.id).note_id is None
    history.restore(demo, snapshot)
    assert dump(demo) == before
    assert actions.get_action(demo, action.id).note_id == note.id


def test_capturing_a_missing_record_is_a_clear_error(demo: ProgrammeStore) -> None:
    import uuid

    with pytest.raises(NotFoundError):
        history.capture(demo, "note", uuid.uuid4())
