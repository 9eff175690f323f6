"""The board's read service gives the same answers as the services it replaces for the board, in one snapshot
and a fixed number of statements however many notes the board holds."""

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event

from tests.servicefixtures import demo as demo  # fixture
from workshop_app.errors import NotFoundError
from workshop_app.operations.base import run
from workshop_app.operations.notes import AddNote, AddVote
from workshop_app.operations.programme import ActionsFrom
from workshop_app.services import actions, board_view, boards, participants, rounds, spread
from workshop_app.storage.store import ProgrammeStore


def valuma(store: ProgrammeStore) -> uuid.UUID:
    return next(b.id for b in boards.list_boards(store) if b.preset_key == "valuma")


@contextmanager
def statements(store: ProgrammeStore) -> Iterator[list[str]]:
    """The SQL statements run on the store's engine inside the block."""
    seen: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", count)


def expected_notes(store: ProgrammeStore, board_id: uuid.UUID) -> dict[uuid.UUID, tuple[object, ...]]:
    """Each note as the separate services describe it (the board's former way of reading)."""
    votes = boards.vote_counts(store, board_id)
    with_actions = actions.notes_with_actions(store, board_id)
    names = {person.id: person.display_name for person in participants.list_participants(store)}
    return {
        note.id: (
            note.text,
            note.x,
            note.y,
            note.colour,
            names.get(note.participant_id, "") if note.participant_id else "",
            note.participant_id,
            votes.get(note.id, 0),
            note.id in with_actions,
            note.hidden,
        )
        for note in boards.list_notes(store, board_id)
    }


def as_rows(notes: list[board_view.BoardNote]) -> dict[uuid.UUID, tuple[object, ...]]:
    return {
        note.id: (
            note.text,
            note.x,
            note.y,
            note.colour,
            note.author,
            note.participant_id,
            note.votes,
            note.has_action,
            note.hidden,
        )
        for note in notes
    }


def test_the_whole_board_matches_the_services_in_four_statements(demo: ProgrammeStore) -> None:
    board_id = valuma(demo)
    first_note = boards.list_notes(demo, board_id)[0].id
    run(demo, ActionsFrom(notes=(first_note,)))
    with statements(demo) as seen:
        state = board_view.read_board(demo, board_id)
    assert len(seen) == 4
    assert all(statement.lstrip().upper().startswith(("SELECT", "WITH")) for statement in seen)
    assert state.board == boards.get_board(demo, board_id)
    assert as_rows(state.notes) == expected_notes(demo, board_id)
    assert [note.id for note in state.notes] == [note.id for note in boards.list_notes(demo, board_id)]
    assert any(note.has_action for note in state.notes) and any(note.votes for note in state.notes)
    assert any(note.author for note in state.notes)
    assert dict(state.tally.per_note) == boards.vote_counts(demo, board_id)
    used: dict[uuid.UUID | None, int] = {}
    for vote in boards.list_votes(demo, board_id):
        used[vote.participant_id] = used.get(vote.participant_id, 0) + 1
    assert dict(state.tally.per_participant) == used
    assert state.pro_cons == boards.list_pro_cons(demo, board_id) and state.pro_cons
    assert state.rounds == rounds.list_rounds(demo, board_id) == [state.board]
    assert state.labels["x_low"] == "Top-down"


def test_rounds_are_read_in_one_query_from_any_round(demo: ProgrammeStore) -> None:
    first = valuma(demo)
    second = rounds.start_next_round(demo, first).id
    third = rounds.start_next_round(demo, second).id
    for board_id in (first, second, third):
        state = board_view.read_board(demo, board_id)
        assert state.rounds == rounds.list_rounds(demo, board_id)
        assert [board.id for board in state.rounds] == [first, second, third]
        assert state.board.id == board_id
        assert as_rows(state.notes) == expected_notes(demo, board_id)


def test_a_partial_read_names_the_notes_still_there_in_one_statement(demo: ProgrammeStore) -> None:
    board_id = valuma(demo)
    notes = boards.list_notes(demo, board_id)
    gone = notes[1].id
    boards.delete_note(demo, gone)
    elsewhere = next(b.id for b in boards.list_boards(demo) if b.id != board_id)
    foreign = boards.add_note(demo, elsewhere, "On another board", 0.1, 0.1).id
    never = uuid.uuid4()
    wanted = {notes[0].id, notes[2].id, gone, foreign, never}
    with statements(demo) as seen:
        update = board_view.read_update(demo, board_id, wanted)
    assert len(seen) == 1
    expected = expected_notes(demo, board_id)
    assert as_rows(update.notes) == {note_id: expected[note_id] for note_id in (notes[0].id, notes[2].id)}
    assert update.missing == {gone, foreign, never}
    assert update.tally is None and update.with_actions is None
    assert board_view.read_notes(demo, board_id, []) == []


def test_dots_and_action_flags_are_read_only_when_asked(demo: ProgrammeStore) -> None:
    board_id = valuma(demo)
    note = boards.list_notes(demo, board_id)[3]
    person = participants.list_participants(demo)[0].id
    run(demo, AddVote(note.id, person))
    run(demo, ActionsFrom(notes=(note.id,)))
    with statements(demo) as seen:
        update = board_view.read_update(demo, board_id, {note.id}, votes=True, actions=True)
    assert len(seen) == 3
    assert update.tally is not None and dict(update.tally.per_note) == boards.vote_counts(demo, board_id)
    assert update.tally.per_participant[person] >= 1
    assert update.with_actions == frozenset(actions.notes_with_actions(demo, board_id))
    (read,) = update.notes
    assert read.votes == boards.vote_counts(demo, board_id)[note.id] and read.has_action


def test_statements_do_not_grow_with_the_board(demo: ProgrammeStore) -> None:
    board_id = valuma(demo)
    for index in range(60):
        run(demo, AddNote(board_id, f"Idea {index}", x=0.01 * (index % 90), y=-0.5))
    with statements(demo) as seen:
        state = board_view.read_board(demo, board_id)
    assert len(seen) == 4 and len(state.notes) == 83
    with statements(demo) as seen:
        board_view.read_update(demo, board_id, [note.id for note in state.notes[:40]], votes=True)
    assert len(seen) == 2


def test_a_missing_board_is_not_found(demo: ProgrammeStore) -> None:
    with pytest.raises(NotFoundError):
        board_view.read_board(demo, uuid.uuid4())


def test_another_rounds_notes_and_the_spread_from_held_notes(demo: ProgrammeStore) -> None:
    board_id = valuma(demo)
    notes = board_view.board_notes(demo, board_id)
    assert as_rows(notes) == expected_notes(demo, board_id)
    assert spread.spreads_of(notes) == spread.note_spread(demo, board_id)
    second = rounds.start_next_round(demo, board_id).id
    boards.move_note(demo, boards.list_notes(demo, second)[0].id, 0.9, 0.9)
    later = board_view.board_notes(demo, second)
    assert rounds.compare_notes(notes, later) == rounds.compare_rounds(demo, board_id, second)
