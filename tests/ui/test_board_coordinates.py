"""Positions are stored normalised, so the board is the same at any window size and zoom, on any screen:
what the scene shows and what the file holds round-trip exactly, and a reopened file shows the same board."""

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.board.board_window import BoardWindow
from ui.board.geometry import clamped_normalised, normalised, scene_point
from ui.board.note_item import NoteItem
from ui.workspace import Workspace
from workshop_app import board_geometry as geo
from workshop_app.services import boards
from workshop_app.storage.store import ProgrammeStore

SIZES = [(800, 600), (1366, 768), (1920, 1080)]
LEFT = Qt.MouseButton.LeftButton


def valuma_id(store: ProgrammeStore) -> uuid.UUID:
    return next(board.id for board in boards.list_boards(store) if board.preset_key == "valuma")


@pytest.fixture
def make_window(qtbot: QtBot) -> Iterator[object]:
    made: list[BoardWindow] = []

    def make(workspace: Workspace, size: tuple[int, int], zoom_steps: int = 0) -> BoardWindow:
        window = BoardWindow(workspace, valuma_id(workspace.store))
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        QApplication.processEvents()
        for _ in range(zoom_steps):
            window.view.zoom_in()
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()


def stored(store: ProgrammeStore) -> dict[uuid.UUID, tuple[str, float, float, str]]:
    return {note.id: (note.text, note.x, note.y, note.colour) for note in boards.list_notes(store, valuma_id(store))}


def test_exact_normalised_conversion_both_ways() -> None:
    for x, y in [(0.1, -0.3), (-0.55, 0.7), (1.0, -1.0), (1 / 3, -2 / 7), (0.123456789, 0.987654321)]:
        point = scene_point(x, y)
        assert normalised(point) == (x, y)
        assert geo.to_normalised(*geo.to_canvas(x, y)) == (x, y)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("zoom_steps", [0, 3])
def test_items_sit_exactly_where_the_file_says(
    workspace: Workspace, make_window: object, size: tuple[int, int], zoom_steps: int
) -> None:
    window = make_window(workspace, size, zoom_steps)  # type: ignore[operator]
    for note_id, (_text, x, y, _colour) in stored(workspace.store).items():
        item = window.scene.note_item(note_id)
        assert item is not None
        assert item.pos() == scene_point(x, y)
        assert item.normalised() == (x, y)


def _free_point(window: BoardWindow) -> QPoint:
    for y in (0.05, -0.05, 0.95, -0.95, 0.5):
        for x in (0.0, 0.02, -0.02, 0.3, -0.3, 0.9):
            point = window.view.mapFromScene(scene_point(x, y))
            if not window.view.viewport().rect().contains(point):
                continue
            scene = window.view.mapToScene(point)
            if not [item for item in window.scene.items(scene) if isinstance(item, NoteItem)]:
                return point
    raise AssertionError("no free point in view")


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("zoom_steps", [0, 2])
def test_a_note_added_and_dragged_reopens_exactly_where_it_was_put(
    qtbot: QtBot, demo_path: Path, make_window: object, size: tuple[int, int], zoom_steps: int
) -> None:
    workspace = Workspace(ProgrammeStore.open(demo_path))
    window = make_window(workspace, size, zoom_steps)  # type: ignore[operator]
    view = window.view
    point = _free_point(window)
    expected = clamped_normalised(view.mapToScene(point))
    before = stored(workspace.store)
    qtbot.mouseDClick(view.viewport(), LEFT, pos=point)
    qtbot.keyClicks(view, "Placed by pointer")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    (new_id,) = set(stored(workspace.store)) - set(before)
    assert stored(workspace.store)[new_id][1:3] == expected
    item = window.scene.note_item(new_id)
    assert item is not None
    start = view.mapFromScene(item.pos())
    end = start + QPoint(37, -23)
    QTest.mousePress(view.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(view.viewport(), start + QPoint(20, -10))
    QTest.mouseMove(view.viewport(), end)
    QTest.mouseRelease(view.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, end)
    dragged = item.normalised()
    shown = QPointF(item.pos())
    assert dragged != expected
    assert stored(workspace.store)[new_id][1:3] == dragged
    everything = stored(workspace.store)
    window.close()
    workspace.close()

    reopened = Workspace(ProgrammeStore.open(demo_path))
    try:
        again = make_window(reopened, (1024, 700))  # type: ignore[operator]
        assert stored(reopened.store) == everything
        item = again.scene.note_item(new_id)
        assert item is not None
        assert item.pos() == shown
        assert item.normalised() == dragged
        for note_id, (text, x, y, colour) in everything.items():
            mirrored = again.scene.note_item(note_id)
            assert mirrored is not None
            assert (mirrored.record.text, *mirrored.normalised(), mirrored.record.colour) == (text, x, y, colour)
        again.close()
    finally:
        reopened.close()


def test_the_board_is_the_same_picture_at_every_size(workspace: Workspace, make_window: object) -> None:
    """Where a note sits relative to the board does not depend on the window: only the scale does."""
    layouts: list[dict[uuid.UUID, tuple[float, float]]] = []
    smallest = float("inf")
    for size in SIZES:
        window = make_window(workspace, size)  # type: ignore[operator]
        view = window.view
        corner = QPointF(view.mapFromScene(QPointF(-geo.HALF, -geo.HALF)))
        side = view.mapFromScene(QPointF(geo.HALF, geo.HALF)).x() - corner.x()
        smallest = min(smallest, side)
        layouts.append(
            {
                item.note_id: (
                    (view.mapFromScene(item.pos()).x() - corner.x()) / side,
                    (view.mapFromScene(item.pos()).y() - corner.y()) / side,
                )
                for item in window.scene.note_items()
            }
        )
        window.close()
    pixel = 2 / smallest  # a pixel of rounding either side
    for layout in layouts[1:]:
        assert layout.keys() == layouts[0].keys()
        for note_id, (x, y) in layout.items():
            assert abs(x - layouts[0][note_id][0]) <= pixel and abs(y - layouts[0][note_id][1]) <= pixel
