"""Quadrant boards: preset labels in the programme's language, notes, moves, votes, pros and cons."""

import math
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.servicefixtures import (
    BAD_MULTILINE,
    BAD_SINGLE_LINE,
    BLANKS,
    WRONG_IDS,
    close,
    count,
    new_board,
    new_workshop,
    not_found,
    programme_copy,
    refused,
    reopened,
)
from tests.servicefixtures import shared_store as shared_store  # fixture
from tests.servicefixtures import store as store  # fixture
from workshop_app.domain.enums import Quadrant
from workshop_app.domain.models import BoardView, NoteView
from workshop_app.services import boards, participants, programme, rounds
from workshop_app.services.boards import LABEL_FIELDS
from workshop_app.services.validation import NAME_MAX, NOTE_MAX
from workshop_app.storage.store import ProgrammeStore

PRESETS = ["valuma", "impact_effort", "influence_interest", "swot"]


@pytest.fixture
def finnish(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ProgrammeStore]:
    """A programme in Finnish, so preset texts must come out in Finnish, not in English."""
    opened = programme_copy(tmp_path, tmp_path_factory, language="fi")
    yield opened
    close(opened)


@pytest.fixture
def board(store: ProgrammeStore) -> BoardView:
    return new_board(store)


def note(
    store: ProgrammeStore, board: BoardView, text: str = "Idea", x: float = 0.0, y: float = 0.0, **kw: Any
) -> NoteView:
    return boards.add_note(store, board.id, text, x, y, **kw)


def positions(store: ProgrammeStore, board: BoardView) -> dict[uuid.UUID, tuple[float, float]]:
    return {n.id: (n.x, n.y) for n in boards.list_notes(store, board.id)}


# --- boards --------------------------------------------------------------------------------------------------


def test_presets_in_the_catalogue_are_the_ones_tested(store: ProgrammeStore) -> None:
    assert sorted(p.key for p in programme.catalogue_of(store).presets) == sorted(PRESETS)


@pytest.mark.parametrize("preset_key", PRESETS)
def test_a_preset_fills_axes_and_quadrant_titles_in_the_programmes_language(
    finnish: ProgrammeStore, preset_key: str
) -> None:
    preset = programme.catalogue_of(finnish).preset(preset_key)
    assert preset is not None
    made = boards.create_board(finnish, new_workshop(finnish).id, "Taulu", preset_key=preset_key)
    expected = {
        "x_title": preset.x_axis.title.get("fi"),
        "x_low": preset.x_axis.low.get("fi"),
        "x_high": preset.x_axis.high.get("fi"),
        "y_title": preset.y_axis.title.get("fi"),
        "y_low": preset.y_axis.low.get("fi"),
        "y_high": preset.y_axis.high.get("fi"),
        **{f"title_{q.value}": preset.quadrants[q].title.get("fi") for q in Quadrant},
    }
    assert expected["x_title"] != preset.x_axis.title.get("en")
    with reopened(finnish) as again:
        stored = boards.get_board(again, made.id)
        assert stored.preset_key == preset_key
        assert {name: getattr(stored, name) for name in LABEL_FIELDS} == expected
        assert all(expected.values())


def test_a_board_can_be_made_in_another_language_than_the_programme(finnish: ProgrammeStore) -> None:
    made = boards.create_board(finnish, new_workshop(finnish).id, "Board", preset_key="valuma", language="nb")
    assert made.x_title == "Makt og ansvar"


def test_valuma_prefills_pros_and_cons_per_quadrant_in_order(finnish: ProgrammeStore) -> None:
    preset = programme.catalogue_of(finnish).preset("valuma")
    assert preset is not None
    made = boards.create_board(finnish, new_workshop(finnish).id, "VALUMA", preset_key="valuma")
    with reopened(finnish) as again:
        items = boards.list_pro_cons(again, made.id)
    for quadrant in Quadrant:
        content = preset.quadrants[quadrant]
        mine = [item for item in items if item.quadrant == quadrant.value]
        assert all(item.note_id is None for item in mine)
        assert [item.position for item in mine] == list(range(len(mine)))
        assert [(item.kind, item.text) for item in mine] == [("pro", t.get("fi")) for t in content.pros] + [
            ("con", t.get("fi")) for t in content.cons
        ]
        assert [item.kind for item in mine].count("pro") >= 2 and [item.kind for item in mine].count("con") >= 2


def test_a_board_without_preset_has_custom_labels(store: ProgrammeStore) -> None:
    labels = {"x_title": "Cost", "x_low": "Cheap", "x_high": "Dear", "title_top_right": "Do now"}
    made = boards.create_board(store, new_workshop(store).id, " Priorities ", labels=labels)
    with reopened(store) as again:
        stored = boards.get_board(again, made.id)
        assert stored.title == "Priorities" and stored.preset_key == "" and stored.round == 1
        assert {name: getattr(stored, name) for name in LABEL_FIELDS} == {
            name: labels.get(name, "") for name in LABEL_FIELDS
        }
        assert boards.list_pro_cons(again, made.id) == []


def test_custom_labels_override_a_preset(store: ProgrammeStore) -> None:
    made = boards.create_board(store, new_workshop(store).id, "B", preset_key="swot", labels={"y_title": "Ours"})
    assert made.y_title == "Ours" and made.x_title == "Effect on the goals"


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        *[({"title": blank}, "title") for blank in BLANKS],
        *[({"title": bad}, "title") for bad in BAD_SINGLE_LINE.values()],
        ({"title": "t" * (NAME_MAX + 1)}, "title"),
        ({"preset_key": "VALUMA"}, "preset_key"),
        ({"preset_key": "p1.place_swot"}, "preset_key"),
        ({"preset_key": 3}, "preset_key"),
        ({"labels": {"x_title": "a\nb"}}, "x_title"),
        ({"labels": {"title_top_left": "t" * (NAME_MAX + 1)}}, "title_top_left"),
        ({"labels": {"y_low": 5}}, "y_low"),
        ({"labels": {"title": "Sneaky"}}, "title"),
        ({"labels": {"round": 2}}, "round"),
    ],
)
def test_create_board_refuses_bad_input(shared_store: ProgrammeStore, arguments: dict[str, Any], field: str) -> None:
    workshop = new_workshop(shared_store)
    arguments = {"title": "Board", **arguments}
    refused(shared_store, field, lambda: boards.create_board(shared_store, workshop.id, **arguments))


def test_update_board_returns_previous_values_that_undo_it(store: ProgrammeStore, board: BoardView) -> None:
    previous = boards.update_board(store, board.id, {"title": "Round two", "round": 2, "x_low": "Low"})
    assert previous == {"title": "Board", "round": 1, "x_low": ""}
    with reopened(store) as again:
        assert boards.get_board(again, board.id).round == 2
        boards.update_board(again, board.id, previous)
        stored = boards.get_board(again, board.id)
        assert (stored.title, stored.round, stored.x_low) == ("Board", 1, "")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"round": 0}, "round"),
        ({"round": 1001}, "round"),
        ({"round": True}, "round"),
        ({"title": "\t"}, "title"),
        ({"preset_key": "swot"}, "preset_key"),
        ({"workshop_id": uuid.uuid4()}, "workshop_id"),
        ({"y_high": "y\u2029z"}, "y_high"),
    ],
)
def test_update_board_refuses_bad_changes(
    store: ProgrammeStore, board: BoardView, changes: dict[str, Any], field: str
) -> None:
    refused(store, field, lambda: boards.update_board(store, board.id, changes))


def test_delete_board_removes_notes_votes_and_pros_cons(store: ProgrammeStore) -> None:
    made = boards.create_board(store, new_workshop(store).id, "B", preset_key="valuma")
    boards.add_vote(store, note(store, made).id)
    boards.delete_board(store, made.id)
    with reopened(store) as again:
        assert [count(again, table) for table in ("board", "note", "vote", "pro_con")] == [0, 0, 0, 0]


def test_boards_are_listed_per_workshop(store: ProgrammeStore) -> None:
    first, second = new_workshop(store), new_workshop(store)
    a = boards.create_board(store, first.id, "A")
    b = boards.create_board(store, second.id, "B")
    assert [x.id for x in boards.list_boards(store, first.id)] == [a.id]
    assert {x.id for x in boards.list_boards(store)} == {a.id, b.id}


@pytest.mark.parametrize("wrong", WRONG_IDS)
def test_unknown_boards_are_not_found(store: ProgrammeStore, board: BoardView, wrong: Any) -> None:
    not_found(store, lambda: boards.update_board(store, wrong, {"title": "x"}))
    not_found(store, lambda: boards.delete_board(store, wrong))
    not_found(store, lambda: boards.get_board(store, wrong))
    not_found(store, lambda: boards.add_note(store, wrong, "Note", 0, 0))
    not_found(store, lambda: boards.reveal_notes(store, wrong))
    not_found(store, lambda: boards.add_pro_con(store, wrong, "pro", "Text", quadrant="top_left"))


# --- notes ---------------------------------------------------------------------------------------------------


def test_add_note_keeps_every_field(store: ProgrammeStore, board: BoardView) -> None:
    person = participants.add_participant(store, "Aino")
    made = note(store, board, " Ferry\nto the island ", -1, 1, colour="#A1B2C3", participant_id=person.id, hidden=True)
    edge = note(store, board, "n" * NOTE_MAX, 1.0, -1.0)
    with reopened(store) as again:
        stored = boards.get_note(again, made.id)
        assert stored == made
        assert (stored.text, stored.x, stored.y, stored.colour) == ("Ferry\nto the island", -1.0, 1.0, "#a1b2c3")
        assert (stored.participant_id, stored.hidden) == (person.id, True)
        assert boards.get_note(again, edge.id).text == "n" * NOTE_MAX


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        *[({"text": blank}, "text") for blank in BLANKS],
        *[({"text": bad}, "text") for bad in BAD_MULTILINE.values()],
        ({"text": "n" * (NOTE_MAX + 1)}, "text"),
        ({"x": math.nan}, "x"),
        ({"x": math.inf}, "x"),
        ({"y": -math.inf}, "y"),
        ({"x": 1.0001}, "x"),
        ({"y": -1.5}, "y"),
        ({"x": "0.5"}, "x"),
        ({"y": True}, "y"),
        ({"x": None}, "x"),
        ({"x": 2}, "x"),
        ({"colour": "red"}, "colour"),
        ({"colour": "#fff"}, "colour"),
        ({"colour": "#12345g"}, "colour"),
        ({"colour": "#1234567"}, "colour"),
        ({"colour": " #123456"}, "colour"),
        ({"colour": None}, "colour"),
        ({"hidden": "yes"}, "hidden"),
        ({"hidden": 2}, "hidden"),
    ],
)
def test_add_note_refuses_bad_input(shared_store: ProgrammeStore, arguments: dict[str, Any], field: str) -> None:
    board_id = new_board(shared_store).id
    arguments = {"text": "Idea", "x": 0.0, "y": 0.0, **arguments}
    refused(shared_store, field, lambda: boards.add_note(shared_store, board_id, **arguments))


@pytest.mark.parametrize("wrong", WRONG_IDS)
def test_a_note_by_an_unknown_author_is_not_found(store: ProgrammeStore, board: BoardView, wrong: Any) -> None:
    not_found(store, lambda: note(store, board, participant_id=wrong))


def test_update_note_returns_previous_values_that_undo_it(store: ProgrammeStore, board: BoardView) -> None:
    person = participants.add_participant(store, "Aino")
    made = note(store, board)
    previous = boards.update_note(store, made.id, {"text": "Better", "colour": "#000000", "participant_id": person.id})
    assert previous == {"text": "Idea", "colour": "#ffd54f", "participant_id": None}
    with reopened(store) as again:
        assert boards.get_note(again, made.id).participant_id == person.id
        boards.update_note(again, made.id, previous)
        stored = boards.get_note(again, made.id)
        assert (stored.text, stored.colour, stored.participant_id) == ("Idea", "#ffd54f", None)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"x": 0.5}, "x"),
        ({"board_id": uuid.uuid4()}, "board_id"),
        ({"text": ""}, "text"),
        ({"colour": "blue"}, "colour"),
        ({"hidden": None}, "hidden"),
    ],
)
def test_update_note_refuses_bad_changes(
    store: ProgrammeStore, board: BoardView, changes: dict[str, Any], field: str
) -> None:
    made = note(store, board)
    refused(store, field, lambda: boards.update_note(store, made.id, changes))


def test_move_note_is_durable(store: ProgrammeStore, board: BoardView) -> None:
    made = note(store, board)
    boards.move_note(store, made.id, 0.25, -0.75)
    boards.move_note(store, made.id, -1, 1)
    with reopened(store) as again:
        stored = boards.get_note(again, made.id)
        assert (stored.x, stored.y) == (-1.0, 1.0)
        assert stored.updated_at > made.updated_at


def test_move_notes_moves_several_at_once(store: ProgrammeStore, board: BoardView) -> None:
    a, b, c = note(store, board, "A"), note(store, board, "B"), note(store, board, "C")
    boards.move_notes(store, [(a.id, 0.1, 0.2), (b.id, -0.3, -0.4)])
    with reopened(store) as again:
        assert positions(again, board) == {a.id: (0.1, 0.2), b.id: (-0.3, -0.4), c.id: (0.0, 0.0)}


@pytest.mark.parametrize(
    ("x", "y", "field"),
    [(math.nan, 0, "x"), (0, math.inf, "y"), (1.01, 0, "x"), (0, -1.01, "y"), ("0", 0, "x"), (True, 0, "x")],
)
def test_move_notes_is_all_or_none_for_bad_positions(
    store: ProgrammeStore, board: BoardView, x: Any, y: Any, field: str
) -> None:
    a, b = note(store, board, "A"), note(store, board, "B")
    refused(store, field, lambda: boards.move_notes(store, [(a.id, 0.5, 0.5), (b.id, x, y)]))
    refused(store, field, lambda: boards.move_note(store, a.id, x, y))
    assert positions(store, board) == {a.id: (0.0, 0.0), b.id: (0.0, 0.0)}


def test_move_notes_is_all_or_none_for_an_unknown_note(store: ProgrammeStore, board: BoardView) -> None:
    a, b = note(store, board, "A"), note(store, board, "B")
    not_found(store, lambda: boards.move_notes(store, [(a.id, 0.5, 0.5), (uuid.uuid4(), 0.1, 0.1), (b.id, 1, 1)]))
    not_found(store, lambda: boards.move_note(store, uuid.uuid4(), 0.5, 0.5))
    with reopened(store) as again:
        assert positions(again, board) == {a.id: (0.0, 0.0), b.id: (0.0, 0.0)}


@pytest.mark.parametrize("wrong", ["not-a-uuid", 42, 1.5])
def test_move_notes_with_an_id_of_the_wrong_type_is_not_found(
    store: ProgrammeStore, board: BoardView, wrong: Any
) -> None:
    """A str or int id must not reach SQLAlchemy's UUID binding (it raised StatementError or StorageError)."""
    a = note(store, board, "A")
    not_found(store, lambda: boards.move_notes(store, [(a.id, 0.5, 0.5), (wrong, 0.1, 0.1)]))
    not_found(store, lambda: boards.move_note(store, wrong, 0.5, 0.5))


def test_hidden_notes_are_revealed_at_once(store: ProgrammeStore, board: BoardView) -> None:
    shown = note(store, board, "Shown")
    hidden = {note(store, board, f"Hidden {i}", hidden=True).id for i in range(3)}
    other_board = new_board(store, "Other")
    elsewhere = note(store, other_board, "Elsewhere", hidden=True)
    assert set(boards.reveal_notes(store, board.id)) == hidden
    assert boards.reveal_notes(store, board.id) == []
    with reopened(store) as again:
        assert not any(n.hidden for n in boards.list_notes(again, board.id))
        assert boards.get_note(again, elsewhere.id).hidden
        assert boards.get_note(again, shown.id).hidden is False
        # Undo of a reveal: hide exactly the notes it returned.
        for note_id in hidden:
            boards.update_note(again, note_id, {"hidden": True})
        assert {n.id for n in boards.list_notes(again, board.id) if n.hidden} == hidden


def test_delete_note_returns_it_and_removes_its_votes_and_pros_cons(store: ProgrammeStore, board: BoardView) -> None:
    made = note(store, board)
    boards.add_vote(store, made.id)
    boards.add_pro_con(store, board.id, "con", "Costly", note_id=made.id)
    assert boards.delete_note(store, made.id) == made
    with reopened(store) as again:
        assert [count(again, table) for table in ("note", "vote", "pro_con")] == [0, 0, 0]


@pytest.mark.parametrize("wrong", WRONG_IDS)
def test_unknown_notes_are_not_found(store: ProgrammeStore, board: BoardView, wrong: Any) -> None:
    note(store, board)
    not_found(store, lambda: boards.update_note(store, wrong, {"text": "x"}))
    not_found(store, lambda: boards.delete_note(store, wrong))
    not_found(store, lambda: boards.get_note(store, wrong))
    not_found(store, lambda: boards.add_vote(store, wrong))
    not_found(store, lambda: boards.add_pro_con(store, board.id, "pro", "Text", note_id=wrong))


# --- votes ---------------------------------------------------------------------------------------------------


def test_votes_are_counted_per_note(store: ProgrammeStore, board: BoardView) -> None:
    person = participants.add_participant(store, "Aino")
    a, b, quiet = note(store, board, "A"), note(store, board, "B"), note(store, board, "Quiet")
    first = boards.add_vote(store, a.id, person.id)
    boards.add_vote(store, a.id)
    boards.add_vote(store, a.id, person.id)
    boards.add_vote(store, b.id)
    other = new_board(store, "Other")
    boards.add_vote(store, note(store, other).id)
    assert first.participant_id == person.id
    with reopened(store) as again:
        assert boards.vote_counts(again, board.id) == {a.id: 3, b.id: 1}
        assert quiet.id not in boards.vote_counts(again, board.id)
        assert boards.remove_vote(again, first.id) == first
        assert boards.vote_counts(again, board.id) == {a.id: 2, b.id: 1}


@pytest.mark.parametrize("wrong", WRONG_IDS)
def test_unknown_votes_and_voters_are_not_found(store: ProgrammeStore, board: BoardView, wrong: Any) -> None:
    made = note(store, board)
    boards.add_vote(store, made.id)
    not_found(store, lambda: boards.remove_vote(store, wrong))
    not_found(store, lambda: boards.add_vote(store, made.id, wrong))


# --- pros and cons -------------------------------------------------------------------------------------------


def test_pros_and_cons_belong_to_a_quadrant_or_a_note(store: ProgrammeStore, board: BoardView) -> None:
    made = note(store, board)
    on_quadrant = boards.add_pro_con(store, board.id, "pro", " Fast ", quadrant="top_left")
    on_note = boards.add_pro_con(store, board.id, "con", "Costly\nin winter", note_id=made.id)
    assert (on_quadrant.quadrant, on_quadrant.note_id, on_quadrant.text) == ("top_left", None, "Fast")
    assert (on_note.quadrant, on_note.note_id, on_note.kind) == (None, made.id, "con")
    with reopened(store) as again:
        assert {item.id: item for item in boards.list_pro_cons(again, board.id)} == {
            on_quadrant.id: on_quadrant,
            on_note.id: on_note,
        }


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({}, "quadrant"),
        ({"quadrant": "top_left", "note_id": "NOTE"}, "quadrant"),
        ({"quadrant": "middle"}, "quadrant"),
        ({"quadrant": "TOP_LEFT"}, "quadrant"),
        ({"quadrant": "top_left", "kind": "maybe"}, "kind"),
        ({"quadrant": "top_left", "kind": None}, "kind"),
        ({"quadrant": "top_left", "text": " "}, "text"),
        ({"quadrant": "top_left", "text": "p" * (NOTE_MAX + 1)}, "text"),
        ({"quadrant": "top_left", "text": "\x00"}, "text"),
        ({"note_id": "NOTE", "text": 5}, "text"),
    ],
)
def test_add_pro_con_refuses_bad_input(shared_store: ProgrammeStore, arguments: dict[str, Any], field: str) -> None:
    board = new_board(shared_store)
    board_id, made = board.id, note(shared_store, board)
    arguments = {"kind": "pro", "text": "Text", **arguments}
    if arguments.get("note_id") == "NOTE":
        arguments["note_id"] = made.id
    refused(shared_store, field, lambda: boards.add_pro_con(shared_store, board_id, **arguments))


def test_a_pro_con_cannot_point_at_a_note_of_another_board(store: ProgrammeStore, board: BoardView) -> None:
    foreign = note(store, new_board(store, "Other"))
    not_found(store, lambda: boards.add_pro_con(store, board.id, "pro", "Text", note_id=foreign.id))


def test_pros_and_cons_are_ordered_within_their_own_group(store: ProgrammeStore, board: BoardView) -> None:
    made = note(store, board)

    def texts(group: dict[str, Any]) -> list[str]:
        key, value = next(iter(group.items()))
        return [i.text for i in boards.list_pro_cons(store, board.id) if getattr(i, key) == value]

    ids = [boards.add_pro_con(store, board.id, "pro", t, quadrant="top_left").id for t in "ABCD"]
    others = [boards.add_pro_con(store, board.id, "con", t, quadrant="bottom_right").id for t in "XY"]
    on_note = [boards.add_pro_con(store, board.id, "pro", t, note_id=made.id).id for t in "MN"]
    assert boards.move_pro_con(store, ids[3], 0) == 3
    assert boards.move_pro_con(store, ids[0], -4) == 1
    assert boards.move_pro_con(store, ids[1], 50) == 2
    assert texts({"quadrant": "top_left"}) == list("ADCB")
    assert boards.delete_pro_con(store, ids[3]).text == "D"
    assert texts({"quadrant": "top_left"}) == list("ACB")
    boards.move_pro_con(store, on_note[1], 0)
    with reopened(store) as again:
        items = boards.list_pro_cons(again, board.id)
    for group in ("top_left", "bottom_right", made.id):
        mine = [i for i in items if group in (i.quadrant, i.note_id)]
        assert [i.position for i in mine] == list(range(len(mine)))
    assert [i.text for i in items if i.quadrant == "bottom_right"] == ["X", "Y"] and len(others) == 2
    assert [i.text for i in items if i.note_id == made.id] == ["N", "M"]


def test_update_pro_con_returns_previous_values(store: ProgrammeStore, board: BoardView) -> None:
    item = boards.add_pro_con(store, board.id, "pro", "Fast", quadrant="top_right")
    assert boards.update_pro_con(store, item.id, {"kind": "con", "text": "Slow"}) == {"kind": "pro", "text": "Fast"}
    refused(store, "kind", lambda: boards.update_pro_con(store, item.id, {"kind": "both"}))
    refused(store, "quadrant", lambda: boards.update_pro_con(store, item.id, {"quadrant": "top_left"}))
    with reopened(store) as again:
        stored = boards.list_pro_cons(again, board.id)[0]
        assert (stored.kind, stored.text) == ("con", "Slow")


@pytest.mark.parametrize("wrong", WRONG_IDS)
def test_unknown_pros_and_cons_are_not_found(store: ProgrammeStore, board: BoardView, wrong: Any) -> None:
    boards.add_pro_con(store, board.id, "pro", "Fast", quadrant="top_right")
    not_found(store, lambda: boards.update_pro_con(store, wrong, {"text": "x"}))
    not_found(store, lambda: boards.move_pro_con(store, wrong, 0))
    not_found(store, lambda: boards.delete_pro_con(store, wrong))


# --- dots and frozen rounds ----------------------------------------------------------------------------------


def test_a_named_participant_has_the_boards_number_of_dots(store: ProgrammeStore, board: BoardView) -> None:
    person = participants.add_participant(store, "Aino")
    a, b = note(store, board, "A"), note(store, board, "B")
    assert board.dots_per_participant == 3
    for target in (a, a, b):
        boards.add_vote(store, target.id, person.id)
    refused(store, "participant_id", lambda: boards.add_vote(store, b.id, person.id))
    for _ in range(5):
        boards.add_vote(store, b.id)  # anonymous dots are not limited
    assert boards.update_board(store, board.id, {"dots_per_participant": 0}) == {"dots_per_participant": 3}
    boards.add_vote(store, b.id, person.id)  # 0 means no limit
    refused(store, "dots_per_participant", lambda: boards.update_board(store, board.id, {"dots_per_participant": -1}))
    assert boards.vote_counts(store, board.id) == {a.id: 2, b.id: 7}


def test_a_frozen_round_refuses_every_change(store: ProgrammeStore, board: BoardView) -> None:
    """Once the next round starts, the earlier one is a record of what the room decided."""
    made = note(store, board)
    vote = boards.add_vote(store, made.id)
    item = boards.add_pro_con(store, board.id, "pro", "Fast", quadrant="top_left")
    rounds.start_next_round(store, board.id)
    changes: list[Callable[[], Any]] = [
        lambda: boards.update_board(store, board.id, {"title": "New"}),
        lambda: boards.add_note(store, board.id, "Late idea", 0, 0),
        lambda: boards.update_note(store, made.id, {"text": "Changed"}),
        lambda: boards.move_note(store, made.id, 0.5, 0.5),
        lambda: boards.move_notes(store, [(made.id, 0.5, 0.5)]),
        lambda: boards.delete_note(store, made.id),
        lambda: boards.reveal_notes(store, board.id),
        lambda: boards.add_vote(store, made.id),
        lambda: boards.remove_vote(store, vote.id),
        lambda: boards.add_pro_con(store, board.id, "con", "Slow", quadrant="top_left"),
        lambda: boards.update_pro_con(store, item.id, {"text": "x"}),
        lambda: boards.move_pro_con(store, item.id, 0),
        lambda: boards.delete_pro_con(store, item.id),
    ]
    for change in changes:
        refused(store, "board", change)
