"""The wall keeps the board's layout: cards grow beyond the board's scale only as far as no two of them come
to overlap (room_text.spread_limit, recomputed when a note moves), a note's text is as large as its card
allows and prefers whole words, and the presentation's band takes the width the board, as tall as the wall,
cannot use, at the common projector sizes."""

import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF
from pytestqt.qtbot import QtBot

from tests.ui.board_helpers import shown, valuma_id
from ui.board import room_text, text_layout
from ui.board.board_window import BoardWindow
from ui.board.geometry import CANVAS, NOTE
from ui.board.note_item import text_box
from ui.board.view import FIT_MARGIN
from ui.workspace import Workspace
from workshop_app import board_geometry as geo
from workshop_app.operations.notes import AddNote, CreateBoard, MoveNotes
from workshop_app.services import boards

W, H = geo.NOTE_WIDTH, geo.NOTE_HEIGHT


def test_cards_far_apart_may_grow_to_the_ceiling() -> None:
    assert room_text.spread_limit([(0, 0), (5 * W, 0), (0, 5 * H)], 1.6) == 1.6
    assert room_text.spread_limit([], 1.6) == 1.6


def test_near_cards_grow_until_half_their_gap_is_left() -> None:
    gap = 40.0
    limit = room_text.spread_limit([(0, 0), (W + gap, 0)], 1.8)
    assert (W + gap) - limit * W == pytest.approx(gap * room_text.GAP_KEPT)
    # diagonal neighbours are apart while either their columns or their rows are
    assert room_text.spread_limit([(0, 0), (W + gap, H / 2)], 1.8) == pytest.approx(limit)


def test_cards_that_already_overlap_keep_their_size() -> None:
    assert room_text.spread_limit([(0, 0), (W / 2, H / 2), (9 * W, 0)], 1.8) == 1.0
    assert room_text.spread_limit([(100, 100), (100, 100)], 1.8) == 1.0  # one card exactly on another
    assert room_text.spread_limit([(0, 0), (W, 0)], 1.8) == 1.0  # touching


def test_only_near_cards_are_compared_yet_none_is_missed() -> None:
    """The grid that keeps a thousand notes quick finds the nearest pair wherever it sits."""
    grid = [(column * 3 * W, row * 3 * H) for column in range(30) for row in range(30)]
    assert room_text.spread_limit(grid, 1.8) == 1.8
    near = [*grid, (4 * 3 * W + 1.2 * W, 7 * 3 * H + 0.3 * H)]  # 1.2 widths right of one card
    assert room_text.spread_limit(near, 1.8) == pytest.approx(1.0 + 0.2 * (1 - room_text.GAP_KEPT))


def test_a_short_note_fills_its_card_and_a_longer_one_keeps_its_words_whole() -> None:
    box = text_box(with_foot=False)
    text = "Meeting place in every village"
    short = room_text.fit_note(text, box, "en")
    assert short.size > geo.NOTE_TEXT_SIZE * 1.2  # larger than the laptop's text: the card allows it
    assert all(word in text.split() for _point, line in short.runs for word in line.split())
    longer = "Cross-sector steering group led by the chief executive"
    fitted = room_text.fit_note(longer, box, "en")
    assert all(word in longer.split() for _point, line in fitted.runs for word in line.split())


@pytest.fixture
def sparse(qtbot: QtBot, workspace: Workspace) -> Iterator[tuple[BoardWindow, list[uuid.UUID]]]:
    """A board of three notes far apart, shown to the room at 1366x768 with the whole board in view."""
    valuma = valuma_id(workspace)
    workshop = next(board.workshop_id for board in boards.list_boards(workspace.store) if board.id == valuma)
    board = workspace.run(CreateBoard(workshop_id=workshop, title="Where next?")).result
    notes = [
        workspace.run(AddNote(board_id=board.id, text=text, x=x, y=y)).result.id
        for text, x, y in (("Library", -0.6, -0.6), ("Harbour", 0.6, -0.6), ("Station", 0.0, 0.6))
    ]
    window = BoardWindow(workspace, board.id)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    presentation = window.room.open_presentation()
    presentation.showNormal()
    presentation.resize(1366, 768)
    window.room.set_follow(False)
    qtbot.waitUntil(lambda: presentation.view.transform().m11() < 0.6)
    window.update_room_view()
    yield window, notes
    window.room.close_presentation()
    window.close()


def _bodies(window: BoardWindow) -> list[QRectF]:
    return [item.mapRectToScene(NOTE) for item in window.scene.note_items()]


def test_cards_apart_grow_for_the_wall_and_shrink_back_when_a_note_is_moved_near_another(
    qtbot: QtBot, sparse: tuple[BoardWindow, list[uuid.UUID]]
) -> None:
    window, notes = sparse
    presentation = window.room.presentation
    assert presentation is not None
    wanted = room_text.card_scale(presentation.view.fit_scale())
    assert wanted > 1.2
    assert all(item.scale() == pytest.approx(wanted) for item in window.scene.note_items())
    first = geo.to_normalised(*geo.to_canvas(-0.6, -0.6))
    beside = geo.to_normalised(geo.to_canvas(*first)[0] + W + 30, geo.to_canvas(*first)[1])
    window.workspace.run(MoveNotes({notes[1]: beside}))
    shown(window)
    qtbot.waitUntil(lambda: window.scene.note_items()[0].scale() < wanted)
    bodies = _bodies(window)
    assert not any(one.intersects(other) for index, one in enumerate(bodies) for other in bodies[index + 1 :])
    window.workspace.run(MoveNotes({notes[1]: (first[0], first[1] + 0.05)}))  # now on top of it
    shown(window)
    qtbot.waitUntil(lambda: window.scene.note_items()[0].scale() == 1.0)


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1920, 1080), (1280, 720), (1024, 768)])
def test_the_band_takes_the_width_the_board_cannot_use(
    qtbot: QtBot, sparse: tuple[BoardWindow, list[uuid.UUID]], width: int, height: int
) -> None:
    window, _notes = sparse
    presentation = window.room.presentation
    assert presentation is not None
    presentation.resize(width, height)
    qtbot.waitUntil(lambda: presentation.band.width() + presentation.view.width() == width)
    sheet = CANVAS.adjusted(-FIT_MARGIN, -FIT_MARGIN, FIT_MARGIN, FIT_MARGIN)
    viewport = presentation.view.maximumViewportSize()
    by_height = viewport.height() / sheet.height()
    if width / height > 1.5:  # a wide wall: the board as tall as the wall, no empty width beside it
        assert presentation.view.fit_scale() == pytest.approx(by_height, rel=0.01)
        assert viewport.width() / sheet.width() - by_height < 0.03
    assert presentation.band.width() >= max(240, 0.22 * width) - 1  # the QR code and a prompt fit


def test_a_note_keeps_its_text_clear_of_its_action_flag_and_vote_badge() -> None:
    box = text_box(with_foot=False)
    flag = QRectF(box.right() - 22, box.bottom() - 24, 22, 24)
    badge = QRectF(box.right() - 13, box.top() - 20, 33, 33)
    texts = ("Youth house in the old bank building", "Nuorisotalo vanhaan pankkitaloon", "Kutsuohjattu kyläbussi")
    for corners in ([flag], [badge], [flag, badge]):
        for text in texts:
            free = room_text.fit_note(text, box, "fi")
            fitted = room_text.fit_note(text, box, "fi", corners)
            metrics = QFontMetricsF(text_layout.font(fitted.size))
            for point, line in fitted.runs:
                width = metrics.horizontalAdvance(line)
                extent = QRectF(point.x(), point.y() - metrics.ascent(), width, metrics.height())
                assert not any(extent.intersects(corner) for corner in corners), (text, line)
            assert fitted.size >= free.size * 0.7  # a corner, not a line: most texts barely shrink
