"""The board window driven as people drive it: mouse, keyboard, touch; what matters is what is in the file."""

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QKeySequence, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPinchGesture
from pytestqt.qtbot import QtBot

from tests.window_in_process import WindowMain, window_main_fixture  # noqa: F401  (the window_main fixture)
from ui import settings
from ui.board import describe
from ui.board.board_window import BoardWindow, open_board_window
from ui.board.geometry import normalised, scene_point
from ui.board.note_item import NoteItem
from ui.main_window import MainWindow
from ui.workspace import Workspace
from workshop_app import board_geometry as geo
from workshop_app.services import boards

LEFT = Qt.MouseButton.LeftButton
NO_KEYS = Qt.KeyboardModifier.NoModifier


def valuma_id(workspace: Workspace) -> uuid.UUID:
    return next(board.id for board in boards.list_boards(workspace.store) if board.preset_key == "valuma")


@pytest.fixture
def board_window(qtbot: QtBot, workspace: Workspace) -> Iterator[BoardWindow]:
    window = BoardWindow(workspace, valuma_id(workspace))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def file_notes(window: BoardWindow) -> dict[uuid.UUID, tuple[str, float, float]]:
    notes = boards.list_notes(window.workspace.store, window.scene.board_id)
    return {note.id: (note.text, note.x, note.y) for note in notes}


def point_of(window: BoardWindow, x: float, y: float) -> QPoint:
    return window.view.mapFromScene(scene_point(x, y))


def empty_spot(window: BoardWindow) -> QPoint:
    """A viewport point on the board square with no note under it (nor close to it)."""
    for y in (0.05, -0.05, 0.95, -0.95):
        for x in (0.0, 0.05, -0.05, 0.3, -0.3):
            point = point_of(window, x, y)
            area = QRectF(window.view.mapToScene(point), window.view.mapToScene(point)).adjusted(-12, -12, 12, 12)
            if not [item for item in window.scene.items(area) if isinstance(item, NoteItem)]:
                return point
    raise AssertionError("no empty spot on the board")


def topmost_note(window: BoardWindow) -> NoteItem:
    """A note whose centre is not covered by another one, so a click there lands on it."""
    for item in window.scene.note_items():
        if window.scene.note_at(item.pos()) is item:
            return item
    raise AssertionError("every note is covered")


def press_move_release(window: BoardWindow, start: QPoint, end: QPoint, steps: int = 6, check: object = None) -> None:
    viewport = window.view.viewport()
    QTest.mousePress(viewport, LEFT, NO_KEYS, start)
    for step in range(1, steps + 1):
        QTest.mouseMove(viewport, start + (end - start) * step / steps)
        if callable(check):
            check()
    QTest.mouseRelease(viewport, LEFT, NO_KEYS, end)


# --- adding and editing ----------------------------------------------------------------------------------------


def test_double_click_on_the_board_adds_a_note_where_clicked(qtbot: QtBot, board_window: BoardWindow) -> None:
    window = board_window
    point = empty_spot(window)
    expected = geo.clamp_normalised(*normalised(window.view.mapToScene(point)))
    before = file_notes(window)
    qtbot.mouseDClick(window.view.viewport(), LEFT, pos=point)
    assert window.scene.editor is not None
    qtbot.keyClicks(window.view, "Bus shelter with a bench")
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    added = {k: v for k, v in file_notes(window).items() if k not in before}
    assert list(added.values()) == [("Bus shelter with a bench", *expected)]
    note_id = next(iter(added))
    assert window.scene.note_item(note_id) is not None
    assert window.scene.selected_notes() == [window.scene.note_item(note_id)]
    window.undo_action.trigger()
    assert file_notes(window) == before and window.scene.note_item(note_id) is None
    window.redo_action.trigger()
    assert file_notes(window)[note_id] == ("Bus shelter with a bench", *expected)


def test_escape_or_an_empty_text_adds_nothing(qtbot: QtBot, board_window: BoardWindow) -> None:
    window = board_window
    before = file_notes(window)
    qtbot.mouseDClick(window.view.viewport(), LEFT, pos=empty_spot(window))
    qtbot.keyClicks(window.view, "Never mind")
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    qtbot.mouseDClick(window.view.viewport(), LEFT, pos=empty_spot(window))
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert file_notes(window) == before
    assert window.workspace.undo_stack.count() == 0
    assert len(window.scene.note_items()) == len(before)


def test_without_a_mouse_a_note_is_added_placed_and_edited(qtbot: QtBot, board_window: BoardWindow) -> None:
    window = board_window
    view = window.view
    assert set(window.tools.add.shortcuts()) == {QKeySequence(Qt.Key.Key_N), QKeySequence(Qt.Key.Key_Insert)}
    before = file_notes(window)
    window.tools.add.trigger()  # N or Insert; the pointer is not over the board, so: the centre
    qtbot.keyClicks(view, "Keyboard idea")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    (note_id,) = set(file_notes(window)) - set(before)
    assert file_notes(window)[note_id] == ("Keyboard idea", 0.0, 0.0)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert file_notes(window)[note_id] == ("Keyboard idea", 0.1, 0.0)  # written at each press
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert file_notes(window)[note_id] == ("Keyboard idea", 0.1, -0.01)
    assert window.position_label.text() == "Bottom right quadrant: x +0.10, y -0.01"
    qtbot.keyClick(view, Qt.Key.Key_Return)  # edit in place: the cursor at the end, nothing selected
    assert window.scene.editor is not None
    qtbot.keyClicks(view, ", placed")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert file_notes(window)[note_id] == ("Keyboard idea, placed", 0.1, -0.01)
    assert window.workspace.undo_stack.count() == 3  # add, the moves (merged), the edit
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert file_notes(window)[note_id] == ("Keyboard idea", 0.0, 0.0)


def test_double_click_on_a_note_edits_it_in_place(qtbot: QtBot, board_window: BoardWindow) -> None:
    window = board_window
    item = topmost_note(window)
    old = item.record.text
    qtbot.mouseDClick(window.view.viewport(), LEFT, pos=window.view.mapFromScene(item.pos()))
    assert window.scene.editor is not None and window.scene.editor.toPlainText() == old
    qtbot.keyClicks(window.view, "Thrown away")
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert boards.get_note(window.workspace.store, item.note_id).text == old
    qtbot.mouseDClick(window.view.viewport(), LEFT, pos=window.view.mapFromScene(item.pos()))
    qtbot.keyClick(window.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # a stray key replaces nothing
    qtbot.keyClicks(window.view, "First line")
    qtbot.keyClick(window.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(window.view, "second line")
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert boards.get_note(window.workspace.store, item.note_id).text == "First line\nsecond line"
    assert item.record.text == "First line\nsecond line"
    window.undo_action.trigger()
    assert boards.get_note(window.workspace.store, item.note_id).text == old


def test_delete_removes_the_selected_notes_and_undo_brings_them_back(board_window: BoardWindow) -> None:
    window = board_window
    before = file_notes(window)
    assert window.tools.delete.shortcuts() == [QKeySequence(QKeySequence.StandardKey.Delete)]
    assert not window.tools.delete.isEnabled()
    chosen = window.scene.note_items()[:2]
    window.scene.select_only(chosen)
    assert window.tools.delete.isEnabled()
    window.tools.delete.trigger()
    assert set(file_notes(window)) == set(before) - {item.note_id for item in chosen}
    window.undo_action.trigger()
    assert file_notes(window) == before
    assert len(window.scene.note_items()) == len(before)


# --- dragging ----------------------------------------------------------------------------------------------------


def test_a_drag_is_written_once_on_release_not_while_dragging(
    board_window: BoardWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = board_window
    writes: list[list[tuple[uuid.UUID, float, float]]] = []
    real = boards.move_notes
    monkeypatch.setattr(boards, "move_notes", lambda store, moves: writes.append(list(moves)) or real(store, moves))
    item = topmost_note(window)
    stored = file_notes(window)[item.note_id]
    start = window.view.mapFromScene(item.pos())
    toward_centre = QPoint(70 if item.pos().x() < 0 else -70, 45 if item.pos().y() < 0 else -45)
    end = start + toward_centre  # inwards, so the board's edge never stops the drag short

    def nothing_written_yet() -> None:
        assert writes == []
        assert file_notes(window)[item.note_id] == stored
        # The rest of the board is one still picture behind the dragged note while it moves.
        assert item.parentItem() is window.scene.drag_layer
        assert window.view._backdrop is not None and window.scene.notes_layer.opacity() == 0

    press_move_release(window, start, end, check=nothing_written_yet)
    assert len(writes) == 1
    assert item.parentItem() is window.scene.notes_layer
    assert window.view._backdrop is None and window.scene.notes_layer.opacity() == 1
    (_text, x, y) = file_notes(window)[item.note_id]
    assert (x, y) == item.normalised()
    assert item.pos() != scene_point(stored[1], stored[2])
    expected = scene_point(stored[1], stored[2]) + window.view.mapToScene(end) - window.view.mapToScene(start)
    assert abs(item.pos().x() - expected.x()) < 1e-6 and abs(item.pos().y() - expected.y()) < 1e-6
    window.undo_action.trigger()
    assert file_notes(window)[item.note_id] == stored
    assert item.normalised() == stored[1:]


def test_rubber_band_selects_notes_that_then_move_together_in_one_step(
    board_window: BoardWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = board_window
    writes: list[int] = []
    real = boards.move_notes
    monkeypatch.setattr(boards, "move_notes", lambda store, moves: writes.append(len(moves)) or real(store, moves))
    band_from, band_to = point_of(window, -0.1, 0.05), point_of(window, -0.62, 0.42)
    press_move_release(window, band_from, band_to)
    selected = window.scene.selected_notes()
    assert len(selected) >= 2
    band = QRectF(window.view.mapToScene(band_from), window.view.mapToScene(band_to)).normalized()
    expected = {item for item in window.scene.items(band, Qt.ItemSelectionMode.IntersectsItemShape)}
    assert set(selected) == {item for item in expected if isinstance(item, NoteItem)}
    before = {item.note_id: item.normalised() for item in selected}
    grab = next(item for item in selected if window.scene.note_at(item.pos()) is item)
    start = window.view.mapFromScene(grab.pos())
    press_move_release(window, start, start + QPoint(40, 30))
    assert writes == [len(selected)]
    dx = selected[0].normalised()[0] - before[selected[0].note_id][0]
    assert dx > 0
    stored = file_notes(window)
    for item in selected:
        assert stored[item.note_id][1:] == item.normalised()
        assert abs(item.normalised()[0] - before[item.note_id][0] - dx) < 1e-9
    assert window.workspace.undo_stack.count() == 1
    window.undo_action.trigger()
    stored = file_notes(window)
    assert {note_id: stored[note_id][1:] for note_id in before} == before


def test_a_note_cannot_be_dragged_off_the_board(board_window: BoardWindow) -> None:
    window = board_window
    item = topmost_note(window)
    start = window.view.mapFromScene(item.pos())
    press_move_release(window, start, QPoint(2, 2))
    x, y = file_notes(window)[item.note_id][1:]
    assert x == -1.0 and y == 1.0


def test_a_finger_drags_a_note(board_window: BoardWindow) -> None:
    window = board_window
    item = topmost_note(window)
    stored = file_notes(window)[item.note_id]
    start = window.view.mapFromScene(item.pos())
    device = QTest.createTouchDevice()
    viewport = window.view.viewport()
    touches = QTest.touchEvent(window.windowHandle(), device)  # Qt turns the unclaimed touch into a mouse drag
    touches.press(0, viewport.mapTo(window, start))
    touches.commit()
    for step in range(1, 5):
        touches.move(0, viewport.mapTo(window, start + QPoint(10 * step, 8 * step)))
        touches.commit()
    touches.release(0, viewport.mapTo(window, start + QPoint(40, 32)))
    touches.commit()
    QApplication.processEvents()
    moved = file_notes(window)[item.note_id]
    assert moved != stored and moved[1:] == item.normalised()


# --- keyboard ----------------------------------------------------------------------------------------------------


def test_tab_walks_the_notes_in_reading_order(qtbot: QtBot, board_window: BoardWindow) -> None:
    window = board_window
    order = window.scene.reading_order()
    seen = []
    for _ in order:
        qtbot.keyClick(window.view, Qt.Key.Key_Tab)
        seen.append(window.scene.selected_notes())
    assert seen == [[item] for item in order]
    qtbot.keyClick(window.view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.scene.selected_notes() == [order[-2]]
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.scene.selected_notes() == []


def test_the_selected_note_is_told_in_words(board_window: BoardWindow) -> None:
    window = board_window
    item = next(
        item
        for item in window.scene.note_items()
        if item.record.text == "Youth house in the old bank building" and item.normalised()[0] < 0
    )
    x, y = item.normalised()
    window.controller.select_note(item.note_id)
    assert window.position_label.text() == describe.status_line(x, y) == f"Top left quadrant: x {x:+.2f}, y {y:+.2f}"
    assert window.view.accessibleDescription() == window.scene.describe(item)
    assert "Youth house in the old bank building" in window.panel.card_text.text()
    assert f"Leaning to “Top-down” ({x:+.2f}) and “Targeted thematic development” ({y:+.2f})." in (
        window.panel.card_details.text()
    )


# --- toolbar -----------------------------------------------------------------------------------------------------


def test_reveal_turns_face_down_notes_over(board_window: BoardWindow) -> None:
    window = board_window
    assert not window.tools.reveal.isEnabled()
    secret = boards.add_note(window.workspace.store, window.scene.board_id, "Secret", 0.4, 0.4, hidden=True)
    window.workspace.flush()  # what a turn of the event loop does
    assert window.tools.reveal.isEnabled() and "(1)" in window.tools.reveal.text()
    window.tools.reveal.trigger()
    assert not boards.get_note(window.workspace.store, secret.id).hidden
    assert not window.tools.reveal.isEnabled()
    window.undo_action.trigger()
    assert boards.get_note(window.workspace.store, secret.id).hidden
    assert window.tools.reveal.isEnabled()


def test_new_notes_face_down_then_reveal(qtbot: QtBot, board_window: BoardWindow) -> None:
    window = board_window
    window.tools.face_down.trigger()
    before = file_notes(window)
    qtbot.mouseDClick(window.view.viewport(), LEFT, pos=empty_spot(window))
    qtbot.keyClicks(window.view, "My secret idea")
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    (note_id,) = set(file_notes(window)) - set(before)
    assert boards.get_note(window.workspace.store, note_id).hidden
    item = window.scene.note_item(note_id)
    assert item is not None and "secret" not in window.scene.describe(item)
    window.tools.reveal.trigger()
    assert not boards.get_note(window.workspace.store, note_id).hidden


def test_authors_can_be_hidden_and_the_choice_is_kept(board_window: BoardWindow) -> None:
    window = board_window
    assert any(item.author_shown for item in window.scene.note_items())
    window.tools.authors.trigger()
    assert not any(item.author_shown for item in window.scene.note_items())
    assert settings.BOARD_SHOW_AUTHORS.get() is False
    window.tools.authors.trigger()
    assert any(item.author_shown for item in window.scene.note_items())


def test_colour_menu_colours_the_selection(board_window: BoardWindow) -> None:
    window = board_window
    item = window.scene.note_items()[0]
    window.scene.select_only([item])
    window.tools.colours["#ce93d8"].trigger()
    assert boards.get_note(window.workspace.store, item.note_id).colour == "#ce93d8"
    assert window.tools.colours["#ce93d8"].isChecked()
    window.undo_action.trigger()
    assert boards.get_note(window.workspace.store, item.note_id).colour == item.record.colour != "#ce93d8"


def test_zoom_in_out_fit_wheel_and_pinch(board_window: BoardWindow) -> None:
    window = board_window
    view = window.view
    assert view.zoom() == pytest.approx(1.0)
    fitted = view.scale_factor()
    window.tools.zoom_in.trigger()
    assert view.scale_factor() == pytest.approx(fitted * 1.2)
    assert view.zoom() == pytest.approx(1.2) and not view.auto_fit
    window.resize(1200, 700)
    QApplication.processEvents()
    assert not view.auto_fit
    window.tools.fit.trigger()
    assert view.zoom() == pytest.approx(1.0) and view.auto_fit
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        view.viewport().mapToGlobal(centre),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom() == pytest.approx(1.2)
    pinch = QPinchGesture()
    pinch.setChangeFlags(QPinchGesture.ChangeFlag.ScaleFactorChanged)
    pinch.setScaleFactor(1.5)
    pinch.setCenterPoint(view.viewport().mapToGlobal(centre))
    view._pinch(pinch)
    assert view.zoom() == pytest.approx(1.8)
    window.tools.zoom_out.trigger()
    assert view.zoom() == pytest.approx(1.5)
    window.tools.quadrants[next(iter(window.tools.quadrants))].trigger()
    assert view.zoom() > 1.5
    window.tools.fit.trigger()
    assert view.zoom() == pytest.approx(1.0)


def test_open_board_window_shows_the_board(qtbot: QtBot, workspace: Workspace) -> None:
    window = open_board_window(workspace, valuma_id(workspace))
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    assert window.windowTitle() == "Operating model: who leads, and how targeted? — Choosing our operating model"
    assert window.panel.title.text() == "Operating model: who leads, and how targeted?"


def test_the_board_closes_before_its_main_window_closes_the_file(qtbot: QtBot, window: MainWindow) -> None:
    assert window.workspace is not None
    board = open_board_window(window.workspace, valuma_id(window.workspace), window)
    qtbot.waitExposed(board)
    closed: list[bool] = []
    board.destroyed.connect(lambda: closed.append(True))
    window.close()
    assert not board.isVisible()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert closed == [True]


def test_the_window_follows_a_language_change(board_window: BoardWindow) -> None:
    window = board_window
    window.tools.add.setText("")
    QApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
    assert window.tools.add.text() == "&Add note"
    assert "(N)" in window.tools.add.toolTip()


# --- command line -----------------------------------------------------------------------------------------------


def test_run_board_renders_a_screenshot(tmp_path: Path, demo_path: Path, window_main: WindowMain) -> None:
    png = tmp_path / "board.png"
    title = "Operating model: who leads, and how targeted?"
    result = window_main("open", str(demo_path), "--board", title, "--screenshot", str(png), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert png.stat().st_size > 10_000


def test_run_board_names_the_boards_when_the_title_is_unknown(
    tmp_path: Path, demo_path: Path, window_main: WindowMain
) -> None:
    png = tmp_path / "board.png"
    result = window_main("open", str(demo_path), "--board", "No such board", "--screenshot", str(png), "--lang", "en")
    assert result.returncode == 1
    assert "No such board" in result.stderr
    assert "Operating model: who leads, and how targeted? (" in result.stderr  # each with its id
    assert "Quick wins: impact and effort (" in result.stderr
    assert not png.exists()
