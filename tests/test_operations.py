"""Core operations: one transaction each, an inverse that obeys the same rules, an exact typed change set."""

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event

from tests.servicefixtures import count, dump, new_board, new_workshop, reopened
from tests.servicefixtures import store as store  # fixture
from workshop_app.domain.enums import ProConKind
from workshop_app.errors import NotFoundError, ValidationError
from workshop_app.operations.base import Batch, run
from workshop_app.operations.changes import ChangeSet, Kind
from workshop_app.operations.notes import AddNote, AddProCon, AddVote, MoveNotes, NextRound, RevealNotes
from workshop_app.operations.programme import ActionsFrom, AddAgendaItem, AddDecision, CreateAction
from workshop_app.operations.records import Delete, Reorder, Update, UpdateMany
from workshop_app.services import actions, boards, rounds, workshops
from workshop_app.storage.store import ProgrammeStore


@pytest.fixture
def commits(store: ProgrammeStore) -> Iterator[list[str]]:
    """Every COMMIT (and ROLLBACK) the store's engine sends, in order."""
    seen: list[str] = []

    def on_commit(conn: Any) -> None:
        seen.append("COMMIT")

    def on_rollback(conn: Any) -> None:
        seen.append("ROLLBACK")

    event.listen(store.engine, "commit", on_commit)
    event.listen(store.engine, "rollback", on_rollback)
    yield seen
    event.remove(store.engine, "commit", on_commit)
    event.remove(store.engine, "rollback", on_rollback)


def _note(store: ProgrammeStore, board_id: uuid.UUID, text: str = "Idea", **fields: Any) -> uuid.UUID:
    return run(store, AddNote(board_id, text, 0.5, 0.5, **fields)).result.id


def test_add_then_inverse_then_inverse_restores_the_same_id(store: ProgrammeStore) -> None:
    board = new_board(store)
    added = run(store, AddNote(board.id, "Market hall", 0.25, -0.5))
    assert added.changes.created == {Kind.NOTE: frozenset({added.result.id})}
    assert added.inverse is not None
    removed = run(store, added.inverse)
    assert removed.changes.deleted[Kind.NOTE] == {added.result.id}
    assert count(store, "note") == 0
    assert removed.inverse is not None
    back = run(store, removed.inverse)
    assert back.changes.created[Kind.NOTE] == {added.result.id}
    [note] = boards.list_notes(store, board.id)
    assert (note.id, note.text, note.x, note.y) == (added.result.id, "Market hall", 0.25, -0.5)


def test_deleting_a_note_names_what_cascades_and_what_is_unlinked(store: ProgrammeStore) -> None:
    board = new_board(store)
    note_id = _note(store, board.id)
    vote = run(store, AddVote(note_id)).result
    item = run(store, AddProCon(board.id, ProConKind.PRO.value, "Cheap", note_id=note_id)).result
    [action] = run(store, ActionsFrom(notes=(note_id,))).result
    outcome = run(store, Delete(Kind.NOTE, (note_id,)))
    assert outcome.changes.deleted == {
        Kind.NOTE: frozenset({note_id}),
        Kind.VOTE: frozenset({vote.id}),
        Kind.PRO_CON: frozenset({item.id}),
    }
    assert outcome.changes.updated == {Kind.ACTION: frozenset({action.id})}
    assert actions.get_action(store, action.id).note_id is None
    assert outcome.inverse is not None
    run(store, outcome.inverse)
    assert actions.get_action(store, action.id).note_id == note_id
    assert boards.vote_counts(store, board.id) == {note_id: 1}


def test_a_batch_delete_is_one_commit_and_all_or_nothing(store: ProgrammeStore, commits: list[str]) -> None:
    board = new_board(store)
    ids = [_note(store, board.id, f"Idea {n}") for n in range(5)]
    commits.clear()
    outcome = run(store, Delete(Kind.NOTE, tuple(ids)))
    assert commits == ["COMMIT"]
    assert outcome.changes.deleted[Kind.NOTE] == set(ids)
    assert outcome.inverse is not None
    run(store, outcome.inverse)
    before = dump(store)
    commits.clear()
    with pytest.raises(NotFoundError):
        run(store, Delete(Kind.NOTE, (*ids[:3], uuid.uuid4())))  # the last one is not there: none goes
    assert commits == ["ROLLBACK"]
    assert dump(store) == before


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda note, board: Delete(Kind.NOTE, (note,)), id="delete"),
        pytest.param(lambda note, board: MoveNotes({note: (0.1, 0.1)}), id="move"),
        pytest.param(lambda note, board: Update(Kind.NOTE, note, {"text": "Changed"}), id="edit"),
        pytest.param(lambda note, board: UpdateMany(Kind.NOTE, {note: {"colour": "#000000"}}), id="recolour"),
        pytest.param(lambda note, board: AddVote(note), id="vote"),
        pytest.param(lambda note, board: AddNote(board, "New", 0, 0), id="add"),
        pytest.param(lambda note, board: AddProCon(board, "pro", "Good", quadrant="top_left"), id="pro-con"),
        pytest.param(lambda note, board: RevealNotes(board), id="reveal"),
    ],
)
def test_a_frozen_rounds_notes_cannot_be_changed_by_any_operation(store: ProgrammeStore, change: Any) -> None:
    board = new_board(store)
    note_id = _note(store, board.id, hidden=True)
    run(store, NextRound(board.id))
    before = dump(store)
    with pytest.raises(ValidationError, match="frozen"):
        run(store, change(note_id, board.id))
    assert dump(store) == before


def test_undo_of_a_delete_is_refused_once_the_round_is_frozen(store: ProgrammeStore) -> None:
    board = new_board(store)
    note_id = _note(store, board.id)
    deleted = run(store, Delete(Kind.NOTE, (note_id,)))
    run(store, NextRound(board.id))
    before = dump(store)
    assert deleted.inverse is not None
    with pytest.raises(ValidationError, match="frozen"):
        run(store, deleted.inverse)
    assert dump(store) == before


def test_undo_of_a_vote_and_of_a_move_go_through_the_frozen_check(store: ProgrammeStore) -> None:
    board = new_board(store)
    note_id = _note(store, board.id)
    vote = run(store, AddVote(note_id))
    moved = run(store, MoveNotes({note_id: (-0.75, 0.25)}))
    run(store, NextRound(board.id))
    for inverse in (vote.inverse, moved.inverse):
        assert inverse is not None
        with pytest.raises(ValidationError, match="frozen"):
            run(store, inverse)


def test_a_move_reads_the_old_place_from_the_file(store: ProgrammeStore) -> None:
    board = new_board(store)
    a, b = _note(store, board.id, "A"), _note(store, board.id, "B")
    outcome = run(store, MoveNotes({a: (0.1, 0.2), b: (-0.3, -0.4)}))
    assert outcome.changes.updated == {Kind.NOTE: frozenset({a, b})}
    assert outcome.inverse == MoveNotes({a: (0.5, 0.5), b: (0.5, 0.5)}, expected={a: (0.1, 0.2), b: (-0.3, -0.4)})


def test_next_round_undo_and_redo_keep_every_id(store: ProgrammeStore, commits: list[str]) -> None:
    board = new_board(store, preset_key="valuma")
    note_id = _note(store, board.id)
    commits.clear()
    forward = run(store, NextRound(board.id))
    following = forward.result
    copied = {note.id for note in boards.list_notes(store, following.id)}
    assert forward.inverse is not None
    commits.clear()
    back = run(store, forward.inverse)
    assert commits == ["COMMIT"]
    assert [r.id for r in rounds.list_rounds(store, board.id)] == [board.id]
    assert boards.get_board(store, board.id).frozen_at is None
    assert back.changes.deleted[Kind.BOARD] == {following.id}
    assert back.inverse is not None
    again = run(store, back.inverse)
    assert [r.id for r in rounds.list_rounds(store, board.id)] == [board.id, following.id]
    assert {note.id for note in boards.list_notes(store, following.id)} == copied
    assert boards.get_board(store, board.id).frozen_at is not None
    assert again.inverse is not None
    with pytest.raises(ValidationError, match="frozen"):
        run(store, Update(Kind.NOTE, note_id, {"text": "x"}))


def test_undo_of_next_round_is_refused_when_the_new_round_was_frozen_too(store: ProgrammeStore) -> None:
    board = new_board(store)
    first = run(store, NextRound(board.id))
    run(store, NextRound(first.result.id))
    assert first.inverse is not None
    before = dump(store)
    with pytest.raises(ValidationError):
        run(store, first.inverse)
    assert dump(store) == before


def test_deleting_and_restoring_an_agenda_item_keeps_its_place(store: ProgrammeStore) -> None:
    workshop = new_workshop(store)
    items = [run(store, AddAgendaItem(workshop.id, title)).result for title in ("A", "B", "C", "D")]
    outcome = run(store, Delete(Kind.AGENDA_ITEM, (items[1].id,)))
    assert [i.title for i in workshops.list_agenda(store, workshop.id)] == ["A", "C", "D"]
    assert outcome.changes.updated[Kind.AGENDA_ITEM] == {items[2].id, items[3].id}  # the gap closed
    assert outcome.inverse is not None
    run(store, outcome.inverse)
    agenda = workshops.list_agenda(store, workshop.id)
    assert [(i.title, i.position) for i in agenda] == [("A", 0), ("B", 1), ("C", 2), ("D", 3)]


def test_reorder_and_its_inverse(store: ProgrammeStore) -> None:
    workshop = new_workshop(store)
    ids = [run(store, AddDecision(workshop.id, text)).result.id for text in ("One", "Two", "Three")]
    moved = run(store, Reorder(Kind.DECISION, ids[0], 2))
    assert [d.text for d in workshops.list_decisions(store, workshop.id)] == ["Two", "Three", "One"]
    assert moved.inverse == Reorder(Kind.DECISION, ids[0], 0)
    run(store, moved.inverse)
    assert [d.text for d in workshops.list_decisions(store, workshop.id)] == ["One", "Two", "Three"]


def test_a_batch_is_one_transaction_and_undoes_as_one(store: ProgrammeStore, commits: list[str]) -> None:
    workshop = new_workshop(store)
    decisions = [run(store, AddDecision(workshop.id, f"Decision {n}")).result.id for n in range(3)]
    commits.clear()
    made = run(store, Batch((ActionsFrom(decisions=tuple(decisions)), CreateAction("By hand"))))
    assert commits == ["COMMIT"]
    assert len(made.changes.created[Kind.ACTION]) == 4
    assert made.inverse is not None
    commits.clear()
    run(store, made.inverse)
    assert commits == ["COMMIT"]
    assert actions.list_actions(store) == []


def test_subscribers_hear_every_committed_change_set_and_nothing_else(store: ProgrammeStore) -> None:
    heard: list[ChangeSet] = []
    unsubscribe = store.subscribe(heard.append)
    board = new_board(store)
    note_id = _note(store, board.id)
    with pytest.raises(ValidationError):
        run(store, AddNote(board.id, "", 0, 0))
    unsubscribe()
    _note(store, board.id)
    assert [change.kinds() for change in heard] == [{Kind.WORKSHOP}, {Kind.BOARD}, {Kind.NOTE}]
    assert heard[-1].created == {Kind.NOTE: frozenset({note_id})}


def test_a_failed_write_leaves_the_store_ready_for_the_next(store: ProgrammeStore) -> None:
    board = new_board(store)
    with pytest.raises(ValidationError):
        run(store, AddNote(board.id, "x" * 100_000, 0, 0))
    assert run(store, AddNote(board.id, "fine", 0, 0)).result.text == "fine"
    with reopened(store) as again:
        assert [n.text for n in boards.list_notes(again, board.id)] == ["fine"]


def test_minutes_facts_are_one_snapshot_while_someone_edits(
    store: ProgrammeStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A phone (another thread) edits in the middle of gathering the minutes: the facts show one state."""
    import threading

    from workshop_app.export.minutes import get_minutes_facts

    workshop = new_workshop(store, "Village evening")
    run(store, AddDecision(workshop.id, "Before"))
    board = new_board(store)
    real_list_boards = boards.list_boards

    def list_boards_then_edit(*args: Any, **kwargs: Any) -> Any:
        found = real_list_boards(*args, **kwargs)
        writer = threading.Thread(
            target=lambda: (
                run(store, Update(Kind.WORKSHOP, workshop.id, {"title": "Renamed meanwhile"})),
                run(store, AddDecision(workshop.id, "After")),
            )
        )
        writer.start()
        writer.join()
        return found

    monkeypatch.setattr(boards, "list_boards", list_boards_then_edit)
    facts = get_minutes_facts(store, workshop.id)
    assert facts.workshop.title == "Village evening"
    assert [d.text for d in facts.decisions] == ["Before"]
    assert board.id not in {b.board.id for b in facts.boards}  # the board belongs to another workshop
    assert workshops.get_workshop(store, workshop.id).title == "Renamed meanwhile"


def test_an_update_made_elsewhere_meanwhile_is_not_overwritten(store: ProgrammeStore) -> None:
    """Expected values: a stale edit is refused, and an undo never overwrites a later change from elsewhere."""
    from workshop_app.errors import ConflictError

    board = new_board(store)
    note_id = _note(store, board.id, "Mine")
    mine = run(store, Update(Kind.NOTE, note_id, {"text": "Edited here"}, expected={"text": "Mine"}))
    run(store, Update(Kind.NOTE, note_id, {"text": "Edited on a phone"}))  # someone else, later
    before = dump(store)
    with pytest.raises(ConflictError):
        run(store, Update(Kind.NOTE, note_id, {"text": "Stale"}, expected={"text": "Edited here"}))
    assert mine.inverse is not None
    with pytest.raises(ConflictError):
        run(store, mine.inverse)  # the undo would overwrite the phone's text
    assert dump(store) == before


def test_an_undo_of_a_move_does_not_drag_back_a_note_moved_elsewhere(store: ProgrammeStore) -> None:
    from workshop_app.errors import ConflictError

    board = new_board(store)
    note_id = _note(store, board.id)
    moved = run(store, MoveNotes({note_id: (0.1, 0.1)}))
    run(store, MoveNotes({note_id: (-0.9, 0.9)}))  # a phone moves it on
    assert moved.inverse is not None
    with pytest.raises(ConflictError):
        run(store, moved.inverse)
    [note] = boards.list_notes(store, board.id)
    assert (note.x, note.y) == (-0.9, 0.9)
