"""The board drawing of the exports: every note readable (no two cards overlap, whole text, hyphenated at
syllables), vote counts shown, a legend; crowded boards fall back to numbered markers."""

import re
import uuid
from datetime import UTC, datetime

import pytest

from tests.test_export_common import demos
from workshop_app import board_geometry as geo
from workshop_app.domain.models import BoardView, NoteView
from workshop_app.export.board_drawing import LegendItem, _measure, board_drawing
from workshop_app.export.board_layout import LayoutMode, layout_board, overlapping_pairs
from workshop_app.export.fonts import REGULAR, register_fonts
from workshop_app.export.hyphenation import hyphenator, wrap_hyphenated
from workshop_app.services import boards, workshops
from workshop_app.storage.store import ProgrammeStore

__all__ = ["demos"]


def note(text: str, x: float, y: float, **extra: object) -> NoteView:
    now = datetime(2026, 4, 17, 10, tzinfo=UTC)
    values = {
        "id": uuid.uuid4(),
        "board_id": uuid.uuid4(),
        "text": text,
        "x": x,
        "y": y,
        "colour": "#ffd54f",
        "participant_id": None,
        "hidden": False,
        "created_at": now,
        "updated_at": now,
        **extra,
    }
    return NoteView.model_validate(values)


def letters(text: str) -> str:
    return re.sub(r"\W", "", text)


def boxes_overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah


@pytest.mark.parametrize("language", ["en", "fi", "nb"])
def test_no_two_cards_overlap_on_the_demo_boards(demos: dict[str, ProgrammeStore], language: str) -> None:
    register_fonts()
    store = demos[language]
    drawn = 0
    for workshop in workshops.list_workshops(store):
        for board in boards.list_boards(store, workshop.id):
            notes = boards.list_notes(store, board.id)
            votes = boards.vote_counts(store, board.id)
            flowable = board_drawing(
                board, notes, votes, width=480, max_height=600, hidden_label="Hidden", language=language
            )
            assert flowable.layout.mode is LayoutMode.CARDS, board.title
            rectangles = flowable.note_boxes()
            assert len(rectangles) == len(notes)
            for i, first in enumerate(rectangles):
                for second in rectangles[i + 1 :]:
                    assert not boxes_overlap(first, second), (board.title, first, second)
            # every card is inside the drawn board square
            left = (geo.BOARD_RECT.left - geo.CANVAS_RECT.left) * flowable.scale
            for x, _y, w, _h in rectangles:
                assert left - 0.01 <= x and x + w <= left + geo.BOARD_RECT.width * flowable.scale + 0.01
            # the whole text is drawn: every letter of the note, nothing cut off with "…"
            for item in flowable.layout.placed:
                assert letters("".join(item.lines)) == letters(item.note.text)
                assert not any(line.endswith("…") for line in item.lines)
            drawn += 1
    assert drawn == 3


def test_notes_on_one_spot_are_moved_apart_with_leaders() -> None:
    notes = [note(f"Note number {index} with a longer text that wraps", 0.4, 0.4) for index in range(8)]
    layout = layout_board(notes, {notes[0].id: 4}, measure=len, language="en", hidden_lines=["Hidden"])
    assert layout.mode is LayoutMode.CARDS
    assert overlapping_pairs([item.occupied for item in layout.placed]) == []
    assert sum(item.moved for item in layout.placed) >= 6
    # the most voted note keeps its true spot
    voted = next(item for item in layout.placed if item.note.id == notes[0].id)
    assert not voted.moved
    # cards stay in the note's quadrant while there is room
    for item in layout.placed:
        cx, cy = item.box.left + item.box.width / 2, item.box.top + item.box.height / 2
        assert cx > 0 and cy < 0


def test_a_crowded_board_falls_back_to_numbered_markers_apart() -> None:
    notes = [note("A long note " * 6, (index % 9) / 9, (index // 9) / 9) for index in range(81)]
    layout = layout_board(notes, {}, measure=len, language="en", hidden_lines=["Hidden"])
    assert layout.mode is LayoutMode.MARKERS
    assert [item.number for item in layout.placed] == list(range(1, 82))
    assert overlapping_pairs([item.occupied for item in layout.placed]) == []


def test_legend_names_colours_votes_and_leaders() -> None:
    register_fonts()
    notes = [note("Same spot", 0.5, 0.5), note("Same spot too", 0.5, 0.5, colour="#90caf9")]
    legend = [
        LegendItem("swatch", "Amber: 1 note", "#ffd54f"),
        LegendItem("badge", "votes for the note"),
        LegendItem("leader", "where a moved note was placed"),
    ]
    flowable = board_drawing(
        _board(), notes, {notes[0].id: 2}, width=480, max_height=600, hidden_label="Hidden", legend=legend
    )
    kinds = [entry.kind for entry in flowable.legend_entries]
    assert kinds == ["swatch", "badge", "leader"]
    assert flowable.legend_height > 0
    alone = board_drawing(_board(), notes[:1], {}, width=480, max_height=600, hidden_label="Hidden", legend=legend)
    assert [entry.kind for entry in alone.legend_entries] == ["swatch", "badge"]  # nothing moved: no leader


def _board() -> BoardView:  # a board view with no labels is enough for the drawing
    now = datetime(2026, 4, 17, 10, tzinfo=UTC)
    return BoardView.model_validate(
        {"id": uuid.uuid4(), "workshop_id": uuid.uuid4(), "title": "Board", "created_at": now, "updated_at": now}
    )


@pytest.mark.parametrize(
    ("language", "word", "breaks"),
    [
        ("fi", "Elinkeinokoordinaattori", "Elin-kei-no-koor-di-naat-to-ri"),
        ("fi", "kortti", "kort-ti"),
        ("fi", "maaseutu", "maa-seu-tu"),
        ("nb", "Fiskeforedlingsanlegget", None),
        ("en", "coordination", None),
    ],
)
def test_words_break_at_syllables(language: str, word: str, breaks: str | None) -> None:
    positions = hyphenator(language).positions(word)
    assert positions, word
    parts = [word[a:b] for a, b in zip([0, *positions], [*positions, len(word)], strict=True)]
    assert len(parts[0]) >= 2 and len(parts[-1]) >= 2  # no single letter left at a line end or start
    if breaks is not None:
        assert "-".join(parts) == breaks


def test_wrapping_keeps_every_letter_and_marks_breaks() -> None:
    register_fonts()
    measure = _measure(REGULAR, geo.NOTE_TEXT_SIZE)
    text = "Elinkeinokoordinaattori ja Fiskeforedlingsanlegget"
    lines = wrap_hyphenated(text, 150, measure, "fi")
    assert all(measure(line) <= 150 for line in lines)
    assert "".join(line.removesuffix("-") if line.endswith("-") else line + " " for line in lines).split() == [
        "Elinkeinokoordinaattori",
        "ja",
        "Fiskeforedlingsanlegget",
    ]
    assert any(line.endswith("-") for line in lines)
