"""Board rounds, dot voting and the spread of ideas placed by several people."""

import pytest

from tests.servicefixtures import demo as demo  # fixture
from workshop_app.errors import ValidationError
from workshop_app.services import boards, participants, rounds, spread
from workshop_app.storage.store import ProgrammeStore


def valuma(store: ProgrammeStore) -> boards.BoardView:
    return next(b for b in boards.list_boards(store) if b.preset_key == "valuma")


def test_next_round_freezes_the_board_and_copies_notes_and_pros_cons(demo: ProgrammeStore) -> None:
    first = valuma(demo)
    notes = boards.list_notes(demo, first.id)
    second = rounds.start_next_round(demo, first.id)
    assert second.round == first.round + 1 and second.previous_id == first.id
    assert second.x_low == first.x_low and second.title_top_left == first.title_top_left
    copied = boards.list_notes(demo, second.id)
    assert sorted((n.text, n.x, n.y) for n in copied) == sorted((n.text, n.x, n.y) for n in notes)
    assert boards.vote_counts(demo, second.id) == {}
    assert len(boards.list_pro_cons(demo, second.id)) == len(boards.list_pro_cons(demo, first.id))
    assert [b.id for b in rounds.list_rounds(demo, first.id)] == [first.id, second.id]
    assert [b.id for b in rounds.list_rounds(demo, second.id)] == [first.id, second.id]


def test_a_frozen_round_refuses_every_change(demo: ProgrammeStore) -> None:
    first = valuma(demo)
    note = boards.list_notes(demo, first.id)[0]
    rounds.start_next_round(demo, first.id)
    for change in (
        lambda: boards.add_note(demo, first.id, "Late idea", 0.1, 0.1),
        lambda: boards.move_note(demo, note.id, 0.2, 0.2),
        lambda: boards.update_note(demo, note.id, {"text": "Changed"}),
        lambda: boards.delete_note(demo, note.id),
        lambda: boards.add_vote(demo, note.id),
        lambda: boards.update_board(demo, first.id, {"title": "New"}),
        lambda: rounds.start_next_round(demo, first.id),
    ):
        with pytest.raises(ValidationError, match="frozen"):
            change()
    assert boards.get_note(demo, note.id).x == note.x


def test_compare_rounds_lists_moved_added_and_removed_notes(demo: ProgrammeStore) -> None:
    first = valuma(demo)
    second = rounds.start_next_round(demo, first.id)
    moved = boards.list_notes(demo, second.id)[0]
    boards.move_note(demo, moved.id, -moved.x, -moved.y)
    boards.add_note(demo, second.id, "Brand new idea", 0.5, 0.5)
    removed = boards.list_notes(demo, second.id)[1]
    boards.delete_note(demo, removed.id)
    shifts = rounds.compare_rounds(demo, first.id, second.id)
    assert shifts[0].text == moved.text and shifts[0].distance > 0
    assert any(s.text == "Brand new idea" and s.before is None for s in shifts)
    assert any(s.text == removed.text and s.after is None for s in shifts)


def test_dots_per_participant_are_enforced(demo: ProgrammeStore) -> None:
    board = valuma(demo)
    boards.update_board(demo, board.id, {"dots_per_participant": 2})
    voter = participants.add_participant(demo, "Dot Voter")
    note_a, note_b, note_c = boards.list_notes(demo, board.id)[:3]
    boards.add_vote(demo, note_a.id, voter.id)
    boards.add_vote(demo, note_b.id, voter.id)
    with pytest.raises(ValidationError, match="2 dots"):
        boards.add_vote(demo, note_c.id, voter.id)
    boards.add_vote(demo, note_c.id)  # anonymous dots are not counted against anyone
    boards.update_board(demo, board.id, {"dots_per_participant": 0})
    boards.add_vote(demo, note_c.id, voter.id)


def test_spread_shows_each_position_of_the_same_idea(demo: ProgrammeStore) -> None:
    board = valuma(demo)
    boards.add_note(demo, board.id, "  SHARED   idea ", -0.8, -0.8)
    boards.add_note(demo, board.id, "shared idea", 0.8, 0.8)
    found = {s.text.strip().casefold(): s for s in spread.note_spread(demo, board.id)}
    shared = found["shared   idea"]
    assert shared.positions == ((-0.8, -0.8), (0.8, 0.8))
    assert shared.centre == pytest.approx((0.0, 0.0))
    assert shared.radius == pytest.approx((0.8**2 * 2) ** 0.5)
    assert len(found) >= 4  # the demo's VALUMA board has several ideas placed by more than one person
