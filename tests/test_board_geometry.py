"""The board layout shared by the screen and the PDF: exact coordinates, notes inside, labels in place."""

import math
import re
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workshop_app import board_geometry as geo
from workshop_app.domain.enums import Quadrant

unit = st.floats(min_value=-1.0, max_value=1.0, allow_nan=False)
canvas = st.floats(min_value=-geo.PLACEMENT, max_value=geo.PLACEMENT, allow_nan=False).filter(
    lambda value: value == 0 or abs(value) > 1e-300  # dividing a denormal by 512 underflows
)


@given(unit, unit)
def test_normalised_to_canvas_and_back_is_exact(x: float, y: float) -> None:
    assert geo.to_normalised(*geo.to_canvas(x, y)) == (x, y)


@given(canvas, canvas)
def test_canvas_to_normalised_and_back_is_exact(cx: float, cy: float) -> None:
    assert geo.to_canvas(*geo.to_normalised(cx, cy)) == (cx, cy)


def test_y_grows_upwards_in_the_file_and_downwards_on_the_canvas() -> None:
    assert geo.to_canvas(0, 0) == (0, 0)
    assert geo.to_canvas(1, 1) == (geo.PLACEMENT, -geo.PLACEMENT)
    left, top = geo.to_canvas(-1, 1)
    assert left < 0 and top < 0
    for x, y, quadrant in ((-0.5, 0.5, Quadrant.TOP_LEFT), (0.5, -0.5, Quadrant.BOTTOM_RIGHT)):
        cx, cy = geo.to_canvas(x, y)
        assert Quadrant.at(x, y) is quadrant
        assert (cx < 0) == (quadrant in (Quadrant.TOP_LEFT, Quadrant.BOTTOM_LEFT))
        assert (cy < 0) == (quadrant in (Quadrant.TOP_LEFT, Quadrant.TOP_RIGHT))


@given(unit, unit)
def test_a_note_stays_inside_the_board(x: float, y: float) -> None:
    rect = geo.note_rect(x, y)
    board = geo.BOARD_RECT
    assert board.left <= rect.left and rect.right <= board.right
    assert board.top <= rect.top and rect.bottom <= board.bottom
    assert rect.centre == pytest.approx(geo.to_canvas(x, y))
    text = geo.note_text_rect(x, y)
    assert rect.left < text.left and text.right < rect.right and text.height > geo.NOTE_TEXT_SIZE * 3


def test_a_note_at_the_edge_touches_it() -> None:
    assert geo.note_rect(1, 0).right == geo.BOARD_RECT.right
    assert geo.note_rect(-1, 0).left == geo.BOARD_RECT.left


def test_clamping() -> None:
    assert geo.clamp_normalised(1.5, -3) == (1.0, -1.0)
    assert geo.clamp_normalised(0.25, -0.5) == (0.25, -0.5)


def test_sizes_and_the_square() -> None:
    assert math.log2(geo.PLACEMENT).is_integer()
    assert geo.BOARD_RECT.width == geo.BOARD_RECT.height == geo.BOARD_SIZE
    assert geo.BOARD_RECT.centre == (0, 0)
    assert 0.1 < geo.NOTE_WIDTH / geo.BOARD_SIZE < 0.25 and geo.NOTE_HEIGHT < geo.NOTE_WIDTH
    assert geo.X_AXIS == ((-geo.HALF, 0.0), (geo.HALF, 0.0)) and geo.Y_AXIS[1] == (0.0, -geo.HALF)


def _inside(inner: geo.Rect, outer: geo.Rect) -> bool:
    return (
        outer.left <= inner.left
        and inner.right <= outer.right
        and outer.top <= inner.top
        and inner.bottom <= outer.bottom
    )


def _overlap(a: geo.Rect, b: geo.Rect) -> bool:
    return a.left < b.right and b.left < a.right and a.top < b.bottom and b.top < a.bottom


def test_label_slots() -> None:
    fields = {"x_title", "x_low", "x_high", "y_title", "y_low", "y_high"} | {
        f"title_{quadrant.value}" for quadrant in Quadrant
    }
    assert set(geo.LABEL_SLOTS) == fields
    for name, slot in geo.LABEL_SLOTS.items():
        assert _inside(slot.box, geo.CANVAS_RECT), name
        assert geo.lines_that_fit(slot.box.height, slot.size) >= 1, name
        if name.startswith("title_"):
            quadrant = Quadrant(name.removeprefix("title_"))
            cx, cy = slot.box.centre
            assert Quadrant.at(cx, -cy) is quadrant  # canvas y is down
            assert _inside(slot.box, geo.BOARD_RECT)
        else:
            assert not _overlap(slot.box, geo.BOARD_RECT), name
    assert geo.LABEL_SLOTS["x_low"].box.right < geo.BOARD_RECT.left < geo.BOARD_RECT.right
    assert geo.LABEL_SLOTS["x_high"].box.left > geo.BOARD_RECT.right
    assert geo.LABEL_SLOTS["y_high"].box.bottom < geo.BOARD_RECT.top
    assert geo.LABEL_SLOTS["y_low"].box.top > geo.BOARD_RECT.bottom
    slots = list(geo.LABEL_SLOTS.values())
    for index, a in enumerate(slots):
        for b in slots[index + 1 :]:
            assert not _overlap(a.box, b.box)


def test_palette() -> None:
    assert geo.NOTE_PALETTE[0] == geo.DEFAULT_NOTE_COLOUR
    assert len(set(geo.NOTE_PALETTE)) == len(geo.NOTE_PALETTE) >= 5
    for colour in (*geo.NOTE_PALETTE, geo.BOARD_COLOUR, geo.AXIS_COLOUR, geo.HIDDEN_NOTE_COLOUR):
        assert re.fullmatch(r"#[0-9a-f]{6}", colour)


def width(text: str) -> float:
    return 10.0 * len(text)


@given(st.text(alphabet="ab ŋč\n", max_size=80), st.integers(min_value=1, max_value=12))
def test_wrapping_keeps_every_letter_and_respects_the_width(text: str, columns: int) -> None:
    lines = geo.wrap_text(text, columns * 10.0, width)
    assert all(width(line) <= columns * 10.0 for line in lines)
    assert "".join("".join(lines).split()) == "".join(text.split())


def test_wrapping_breaks_long_words_and_keeps_line_breaks() -> None:
    assert geo.wrap_text("abcdefghij kl", 40.0, width) == ["abcd", "efgh", "ij", "kl"]
    assert geo.wrap_text("one\ntwo", 100.0, width) == ["one", "two"]
    assert geo.wrap_text("", 100.0, width) == [""]


def test_fitting_ends_with_an_ellipsis() -> None:
    assert geo.fit_text("aa bb cc dd ee", 50.0, 2, width) == ["aa bb", "cc d…"]
    assert geo.fit_text("aa bb", 50.0, 2, width) == ["aa bb"]
    assert geo.fit_text("aa bb", 50.0, 0, width) == []
    assert geo.lines_that_fit(geo.NOTE_TEXT_SIZE * geo.LINE_SPACING * 3, geo.NOTE_TEXT_SIZE) == 3


def test_pure_python() -> None:
    script = (
        "import sys, workshop_app.board_geometry\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6', 'reportlab', 'sqlmodel'}))"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
