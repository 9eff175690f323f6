"""Board benchmarks (issue 5): the board scene against a bare QGraphicsScene in a view of the same size.

The baseline is what Qt does with nothing on top: one plain QGraphicsRectItem with a QGraphicsSimpleTextItem
per note, read from the same file. Ratios are medians of interleaved rounds measured in the same run.

1. Build and first paint of a board of 1,000 notes (read the file, make the items, ``view.grab()``).
   Target: ratio <= 1.5.
2. A drag frame on that board: move one note by a step and repaint the viewport (median of 200 frames).
   Target: ratio <= 1.5. Nothing is written during the frames; the drag's one write happens on release.
3. The drag frame on boards of 10 and of 1,000 notes: its cost must not grow with the number of notes.
4. A drag released in the real board window (issue 10): the SQL statements from the release until the event loop
   has settled (the write, the change notice, the scene's and panels' refresh) on the demo's VALUMA board, and
   the time from release to scene refreshed (and painted) on that board and on a board of 1,000 notes.

    python -m tests.benchmarks.bench_board
"""

import ctypes
import gc
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WORKSHOP_APP_HOME", tempfile.mkdtemp(prefix="workshop-bench-"))

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPixmapCache
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)
from sqlalchemy import Table, event

from tests.benchmarks.figures import Figures
from ui.board import note_item, text_layout
from ui.board.controller import BoardController
from ui.board.geometry import CANVAS, NOTE, scene_point
from ui.board.scene import BoardScene
from ui.board.view import BoardView
from ui.launch import make_application
from ui.workspace import Workspace
from workshop_app import board_geometry as geo
from workshop_app.demo.generator import build_demo
from workshop_app.domain.models import Note, Vote
from workshop_app.domain.types import new_id, utcnow
from workshop_app.services import boards, participants, workshops
from workshop_app.storage.store import ProgrammeStore

TODAY = date(2026, 11, 23)


def _keep_none_alive() -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a method that returns nothing
    (6.11.3 does not; on 3.12+ None is immortal). A benchmark makes a million such calls and would abort with
    "deallocating None", so on 3.11 it gives None enough references for its run."""
    if sys.version_info < (3, 12):
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


SIZE = (1366, 768)
WORDS = (
    "youth",
    "house",
    "meeting",
    "place",
    "village",
    "bus",
    "idea",
    "fund",
    "harbour",
    "library",
    "summer",
    "jobs",
    "shop",
    "premises",
    "school",
)


def _table(model: type) -> Table:
    table: Table = model.__table__  # type: ignore[attr-defined]
    return table


def add_board(store: ProgrammeStore, notes: int, seed: int = 5) -> uuid.UUID:
    """A VALUMA board with ``notes`` notes at random places, written in one transaction."""
    rng = random.Random(seed)
    workshop = workshops.list_workshops(store)[0]
    board = boards.create_board(store, workshop.id, f"Board of {notes}", preset_key="valuma")
    people = [person.id for person in participants.list_participants(store)]
    now = utcnow()
    stamp = {"created_at": now, "updated_at": now}
    rows, votes = [], []
    for index in range(notes):
        note_id = new_id()
        text = f"Idea {index + 1}: " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 9)))
        rows.append(
            {
                "id": note_id,
                "board_id": board.id,
                "text": text,
                "x": rng.uniform(-1, 1),
                "y": rng.uniform(-1, 1),
                "colour": rng.choice(geo.NOTE_PALETTE),
                "participant_id": rng.choice(people),
                "hidden": False,
                **stamp,
            }
        )
        if rng.random() < 0.3:
            votes.append({"id": new_id(), "note_id": note_id, "participant_id": None, **stamp})
    with store.writing() as conn:
        conn.execute(_table(Note).insert(), rows)
        if votes:
            conn.execute(_table(Vote).insert(), votes)
    return board.id


# --- the two boards: ours and the bare baseline -------------------------------------------------------------------


def ours(workspace: Workspace, board_id: uuid.UUID) -> tuple[QGraphicsView, QGraphicsScene]:
    scene = BoardScene(workspace, board_id)
    BoardController(workspace, scene, scene)  # turns the drag into its one write on release
    view = BoardView(scene)
    view.resize(*SIZE)
    view.fit()
    return view, scene


def bare(workspace: Workspace, board_id: uuid.UUID) -> tuple[QGraphicsView, QGraphicsScene]:
    scene = QGraphicsScene()
    scene.setSceneRect(CANVAS)
    for note in boards.list_notes(workspace.store, board_id):
        rect = QGraphicsRectItem(NOTE)
        rect.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        rect.setBrush(QBrush(QColor(note.colour)))
        rect.setPos(scene_point(note.x, note.y))
        label = QGraphicsSimpleTextItem(note.text, rect)
        label.setPos(NOTE.topLeft() + QPointF(geo.NOTE_PADDING, geo.NOTE_PADDING))
        scene.addItem(rect)
    view = QGraphicsView(scene)
    view.resize(*SIZE)
    view.fitInView(CANVAS, Qt.AspectRatioMode.KeepAspectRatio)
    return view, scene


Factory = Callable[[Workspace, uuid.UUID], tuple[QGraphicsView, QGraphicsScene]]


def _cold() -> None:
    """Forget what an earlier round cached (text layouts, item pixmaps), so every round builds from nothing."""
    text_layout.clear_caches()
    note_item.clear_caches()
    QPixmapCache.clear()


def build_and_paint(workspace: Workspace, board_id: uuid.UUID, rounds: int = 15) -> dict[str, float]:
    timings: dict[str, list[float]] = {"ours": [], "bare": []}
    factories: dict[str, Factory] = {"ours": ours, "bare": bare}
    for _ in range(rounds):
        for name, factory in factories.items():
            _cold()
            gc.collect()
            automatic = gc.isenabled()  # off where the app's GUI-thread collector is installed
            gc.disable()  # as timeit does: a collection landing in one side's round is noise, not a difference
            start = time.perf_counter()
            view, _scene = factory(workspace, board_id)
            view.grab()
            timings[name].append(time.perf_counter() - start)
            if automatic:
                gc.enable()
            view.close()
            view.deleteLater()
            QApplication.processEvents()
    return _summary(timings)


# --- drag frames ------------------------------------------------------------------------------------------------


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _grip(view: QGraphicsView, scene: QGraphicsScene) -> QPoint:
    """A viewport point on the movable note nearest the middle of the top-left quadrant (a crowded spot on a
    big board), at a place where no other note covers it."""
    target = scene_point(-0.5, 0.5)
    movable = QGraphicsItem.GraphicsItemFlag.ItemIsMovable
    notes = sorted(
        (item for item in scene.items() if item.flags() & movable),
        key=lambda item: (item.scenePos() - target).manhattanLength(),
    )
    for note in notes:
        point = view.mapFromScene(note.scenePos())
        item = view.itemAt(point)
        while item is not None and not item.flags() & movable:
            item = item.parentItem()
        if item is note:
            return point
    raise AssertionError("no note to drag")


def drag_frames(
    workspace: Workspace, board_id: uuid.UUID, factory: Factory, *, frames: int = 200, full: bool
) -> tuple[float, int, int]:
    """A drag with the mouse: per frame the pointer moves a step and the viewport is repainted (wholly if
    ``full``, else the region Qt marks as changed). Median seconds a frame, paints, and writes to the file."""
    writes: list[int] = []
    real = boards.move_notes

    def counted(store: ProgrammeStore, moves: object) -> None:
        writes.append(len(moves))  # type: ignore[arg-type]
        real(store, moves)  # type: ignore[arg-type]

    boards.move_notes = counted  # type: ignore[assignment]
    view, scene = factory(workspace, board_id)
    try:
        view.show()
        QTest.qWaitForWindowExposed(view)
        QApplication.processEvents()
        viewport = view.viewport()
        point = _grip(view, scene)
        QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        QTest.mouseMove(viewport, point + QPoint(1, 1))  # the drag begins
        point += QPoint(1, 1)
        QApplication.processEvents()
        counter = PaintCounter()
        viewport.installEventFilter(counter)
        times = []
        for frame in range(frames):
            step = 2 if (frame // 40) % 2 == 0 else -2
            point += QPoint(step, step)
            start = time.perf_counter()
            QTest.mouseMove(viewport, point)
            if full:
                viewport.repaint()
            else:
                QApplication.processEvents()
            times.append(time.perf_counter() - start)
        viewport.removeEventFilter(counter)
        during = len(writes)
        QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        QApplication.processEvents()
        return statistics.median(times), counter.count, during
    finally:
        boards.move_notes = real  # type: ignore[assignment]
        view.close()
        view.deleteLater()
        QApplication.processEvents()


def release_write(workspace: Workspace, board_id: uuid.UUID) -> tuple[int, int, float]:
    """Writes during a drag of 200 frames and at its release, and how long the release took."""
    writes: list[float] = []
    real = boards.move_notes

    def counted(store: ProgrammeStore, moves: object) -> None:
        start = time.perf_counter()
        real(store, moves)  # type: ignore[arg-type]
        writes.append(time.perf_counter() - start)

    boards.move_notes = counted  # type: ignore[assignment]
    view, scene = ours(workspace, board_id)
    try:
        view.show()
        QTest.qWaitForWindowExposed(view)
        viewport = view.viewport()
        point = _grip(view, scene)
        QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        for _ in range(200):
            point += QPoint(1, 1)
            QTest.mouseMove(viewport, point)
            QApplication.processEvents()
        during = len(writes)
        QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        return during, len(writes) - during, writes[-1] if len(writes) > during else float("nan")
    finally:
        boards.move_notes = real  # type: ignore[assignment]
        view.close()
        view.deleteLater()
        QApplication.processEvents()


# --- a drag released in the board window: statements and time until the scene is refreshed ---------------------


def _settle() -> None:
    """Let the event loop run what the release queued (the workspace's flush, the scene's and panels' refresh)."""
    for _ in range(3):
        QApplication.processEvents()


def drag_release(workspace: Workspace, board_id: uuid.UUID, rounds: int = 15) -> tuple[float, int]:
    """Drags a note in the real board window ``rounds`` times: the median seconds from the mouse release until the
    event loop has settled (the write, the change notice, the scene's and panels' refresh, the repaint), and the
    median number of SQL statements a release ran (every statement on the engine, bookkeeping included)."""
    from ui.board.board_window import BoardWindow

    window = BoardWindow(workspace, board_id)
    window.resize(*SIZE)
    statements: list[str] = []
    counting = [False]

    def count(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        if counting[0]:
            statements.append(statement)

    event.listen(workspace.store.engine, "before_cursor_execute", count)
    times: list[float] = []
    per_release: list[int] = []
    try:
        window.show()
        QTest.qWaitForWindowExposed(window)
        _settle()
        view, viewport = window.view, window.view.viewport()
        for index in range(rounds):
            point = _grip(view, window.scene)
            toward = view.mapFromScene(scene_point(0, 0)) - point
            step = QPoint(1 if toward.x() > 0 else -1, 1 if toward.y() > 0 else -1) * (1 + index % 3)
            QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
            for _ in range(10):
                point += step
                QTest.mouseMove(viewport, point)
            _settle()
            gc.collect()
            statements.clear()
            counting[0] = True
            start = time.perf_counter()
            QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
            _settle()
            times.append(time.perf_counter() - start)
            counting[0] = False
            per_release.append(len(statements))
    finally:
        event.remove(workspace.store.engine, "before_cursor_execute", count)
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    return statistics.median(times), statistics.median_low(per_release)


def _summary(timings: dict[str, list[float]]) -> dict[str, float]:
    return {
        "ours_ms": statistics.median(timings["ours"]) * 1e3,
        "bare_ms": statistics.median(timings["bare"]) * 1e3,
    }


def frame_ratio(workspace: Workspace, board_id: uuid.UUID, *, full: bool, rounds: int = 5) -> dict[str, float]:
    timings: dict[str, list[float]] = {"ours": [], "bare": []}
    for _ in range(rounds):
        for name, factory in (("ours", ours), ("bare", bare)):
            frame, paints, writes = drag_frames(workspace, board_id, factory, full=full)
            assert paints >= 200 and writes == 0, (name, paints, writes)  # every frame painted, nothing written
            timings[name].append(frame)
    return _summary(timings)


def main() -> Figures:
    _keep_none_alive()
    figures = Figures()
    make_application()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.workshop"
        build_demo(path, "en", today=TODAY).close()
        workspace = Workspace(ProgrammeStore.open(path))
        try:
            valuma = next(board.id for board in boards.list_boards(workspace.store) if board.preset_key == "valuma")
            big = add_board(workspace.store, 1000)
            small = add_board(workspace.store, 10)
            built = build_and_paint(workspace, big)
            ratio = figures.ratio("board_first_paint", built["ours_ms"], built["bare_ms"])
            print(
                f"build + first paint, 1,000 notes: board {built['ours_ms']:.1f} ms, bare {built['bare_ms']:.1f} ms, "
                f"ratio {ratio:.2f} (target <= 1.5)"
            )
            full = frame_ratio(workspace, big, full=True)
            ratio = figures.ratio("board_drag_frame_full", full["ours_ms"], full["bare_ms"])
            print(
                f"drag frame, viewport().repaint(), 1,000 notes: board {full['ours_ms']:.3f} ms, "
                f"bare {full['bare_ms']:.3f} ms, ratio {ratio:.2f} (target <= 1.5)"
            )
            region = frame_ratio(workspace, big, full=False)
            ratio = figures.ratio("board_drag_frame_region", region["ours_ms"], region["bare_ms"])
            print(
                f"drag frame, changed region repainted (Qt's update), 1,000 notes: board {region['ours_ms']:.3f} ms, "
                f"bare {region['bare_ms']:.3f} ms, ratio {ratio:.2f} (target <= 1.5)"
            )
            small_frames = [drag_frames(workspace, small, ours, full=False)[0] for _ in range(5)]
            big_frames = [drag_frames(workspace, big, ours, full=False)[0] for _ in range(5)]
            small_ms = figures.record("board_drag_frame_10_ms", statistics.median(small_frames) * 1e3)
            big_ms = figures.record("board_drag_frame_1000_ms", statistics.median(big_frames) * 1e3)
            growth = figures.record("board_drag_frame_growth_ratio", big_ms / small_ms)
            print(
                f"drag frame by board size: 10 notes {small_ms:.3f} ms, 1,000 notes {big_ms:.3f} ms, "
                f"ratio {growth:.2f} (must not grow with the notes)"
            )
            during, on_release, took = release_write(workspace, big)
            figures.record("board_drag_writes_during", during)
            figures.record("board_drag_writes_on_release", on_release)
            if on_release:  # with no write there is no time to record, and NaN is not a figure
                figures.record("board_release_write_ms", took * 1e3)
            print(
                f"persistence: writes during a 200-frame drag {during}, on release {on_release} "
                f"({took * 1e3:.2f} ms, one UPDATE through boards.move_notes)"
            )
            took, statements = drag_release(workspace, valuma)
            figures.record("drag_release_statements", statements)
            demo_ms = figures.record("drag_release_ms", took * 1e3)
            took_big, _ = drag_release(workspace, big, rounds=7)
            big_ms = figures.record("drag_release_ms_1000", took_big * 1e3)
            print(
                f"drag release to scene refreshed: demo VALUMA board {demo_ms:.1f} ms, {statements} SQL statements "
                f"(target: 1 write of the note, at most 6 reads); 1,000 notes {big_ms:.1f} ms"
            )
        finally:
            workspace.close()
    return figures


if __name__ == "__main__":
    main()
