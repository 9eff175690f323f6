"""Keeping notes apart: the Tidy command (one core operation, one undo step), the nudge of a dropped note,
and demo boards whose cards never cover each other, in every language."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.servicefixtures import new_board
from tests.servicefixtures import store as store  # fixture
from tests.templates import demo_file
from workshop_app import board_geometry as geo
from workshop_app.domain.enums import Quadrant
from workshop_app.errors import ValidationError
from workshop_app.operations.base import run
from workshop_app.operations.changes import Kind
from workshop_app.operations.notes import AddNote, NextRound, TidyNotes
from workshop_app.services import boards
from workshop_app.storage.store import ProgrammeStore

coordinate = st.floats(-1, 1, allow_nan=False).map(lambda value: round(value, 3))
points = st.lists(st.tuples(coordinate, coordinate), max_size=24)


def _overlapping_pairs(places: list[tuple[float, float]]) -> list[tuple[int, int]]:
    """Pairs of cards whose rectangles on the canvas intersect (touching is not overlapping)."""
    rects = [geo.note_rect(x, y) for x, y in places]
    return [
        (i, j)
        for i, a in enumerate(rects)
        for j, b in enumerate(rects)
        if i < j
        and a.left < b.right - 1e-6
        and b.left < a.right - 1e-6
        and a.top < b.bottom - 1e-6
        and b.top < a.bottom - 1e-6
    ]


@pytest.mark.slow
@settings(max_examples=40, deadline=None)
@given(points)
def test_tidy_keeps_every_note_in_its_quadrant_and_separates_those_that_fit(places: list[tuple[float, float]]) -> None:
    tidied = geo.tidy(places)
    assert len(tidied) == len(places)
    for before, after in zip(places, tidied, strict=True):
        assert Quadrant.at(*before) == Quadrant.at(*after)
        assert all(-1 <= value <= 1 for value in after)
    per_quadrant: dict[Quadrant, int] = {}
    for place in places:
        per_quadrant[Quadrant.at(*place)] = per_quadrant.get(Quadrant.at(*place), 0) + 1
    if max(per_quadrant.values(), default=0) <= 8:  # 2 columns by 4 rows fit any quadrant
        assert _overlapping_pairs(tidied) == []


def test_tidy_moves_nothing_on_a_clear_board_and_only_the_covering_note_otherwise() -> None:
    clear = [(0.5, 0.5), (-0.5, 0.5), (0.5, -0.5), (-0.5, -0.5)]
    assert geo.tidy(clear) == clear
    crowded = [(0.5, 0.5), (0.55, 0.52)]
    tidied = geo.tidy(crowded)
    assert tidied[0] == (0.5, 0.5)
    assert tidied[1] != (0.55, 0.52) and not geo.cards_overlap(tidied[0], tidied[1])


def test_a_dropped_note_is_nudged_to_the_nearest_clear_place_of_its_quadrant() -> None:
    others = [(0.5, 0.5)]
    assert geo.free_spot((-0.5, 0.5), others) == (-0.5, 0.5)
    spot = geo.free_spot((0.52, 0.48), others)
    assert not geo.cards_overlap(spot, others[0])
    assert Quadrant.at(*spot) is Quadrant.TOP_RIGHT
    assert abs(spot[0] - 0.52) + abs(spot[1] - 0.48) < 0.5  # nearby, not across the quadrant


def test_tidy_is_one_step_undone_by_moving_the_notes_back(store: ProgrammeStore) -> None:
    board = new_board(store)
    ids = [run(store, AddNote(board.id, f"Idea {n}", 0.5 + n / 100, 0.5)).result.id for n in range(4)]
    outcome = run(store, TidyNotes(board.id))
    assert set(outcome.result) == set(ids[1:])
    assert outcome.changes.updated == {Kind.NOTE: frozenset(ids[1:])}
    after = {note.id: (note.x, note.y) for note in boards.list_notes(store, board.id)}
    assert _overlapping_pairs(list(after.values())) == []
    assert outcome.inverse is not None
    run(store, outcome.inverse)
    back = {note.id: (note.x, note.y) for note in boards.list_notes(store, board.id)}
    assert back == {note_id: (0.5 + n / 100, 0.5) for n, note_id in enumerate(ids)}
    again = run(store, TidyNotes(board.id))
    assert again.result == outcome.result
    assert {note.id: (note.x, note.y) for note in boards.list_notes(store, board.id)} == after


def test_tidy_on_a_tidy_board_changes_nothing_and_a_frozen_round_is_refused(store: ProgrammeStore) -> None:
    board = new_board(store)
    run(store, AddNote(board.id, "Alone", 0.5, 0.5))
    assert run(store, TidyNotes(board.id)).result == []
    run(store, AddNote(board.id, "On top", 0.5, 0.5))
    run(store, NextRound(board.id))
    with pytest.raises(ValidationError):
        run(store, TidyNotes(board.id))


@pytest.mark.parametrize("language", ["en", "fi", "nb"])
def test_no_two_notes_of_a_demo_board_overlap(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, language: str
) -> None:
    demo = ProgrammeStore.open(demo_file(tmp_path, tmp_path_factory, language, today=None))
    try:
        for board in boards.list_boards(demo):
            places = [(note.x, note.y) for note in boards.list_notes(demo, board.id)]
            assert places, board.title
            assert _overlapping_pairs(places) == [], board.title
    finally:
        demo.close()


def _overlap_area(a: geo.Point, b: geo.Point) -> float:
    """The area two cards, each grown by the gap, share."""
    across = max(0.0, geo.CARD_WIDTH + geo.CARD_GAP - abs(a[0] - b[0]))
    return across * max(0.0, geo.CARD_HEIGHT + geo.CARD_GAP - abs(a[1] - b[1]))


def _free_spot_over_every_note(point: geo.Point, others: list[geo.Point]) -> geo.Point:
    """free_spot as first written: every note weighed at every place (slow on a full board, plainly right)."""
    if not any(geo.cards_overlap(point, other) for other in others):
        return point
    spots = geo._quadrant_spots(point)
    spots.sort(key=lambda spot: ((spot[0] - point[0]) ** 2 + (spot[1] - point[1]) ** 2, spot))
    for spot in spots:
        if not any(geo.cards_overlap(spot, other, geo.CARD_GAP) for other in others):
            return spot
    areas = [sum(_overlap_area(spot, other) for other in others) for spot in spots]
    return spots[min(range(len(spots)), key=lambda index: (areas[index], index))]


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.tuples(st.floats(-1, 1), st.floats(-1, 1)), min_size=1, max_size=120),
    st.integers(0, 119),
    st.tuples(st.floats(-0.05, 0.05), st.floats(-0.05, 0.05)),
)
def test_free_spot_looks_only_at_nearby_notes_and_chooses_as_if_it_saw_them_all(
    others: list[geo.Point], which: int, offset: tuple[float, float]
) -> None:
    """A drop on a crowded board weighs only the notes within a card's reach of each place (a grid of cells),
    and picks exactly the place the plain search over every note picks, full quadrants included."""
    target = others[which % len(others)]
    point = geo.clamp_normalised(target[0] + offset[0], target[1] + offset[1])
    assert geo.free_spot(point, others) == _free_spot_over_every_note(point, others)
