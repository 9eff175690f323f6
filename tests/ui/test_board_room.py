"""For the room: the presentation window shares the very scene and follows the facilitator's view, the round
timer counts down, the board exports to PNG and SVG at print size, and the command line opens one board
(in participant mode too) and renders it."""

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from tests.ui.board_helpers import open_valuma_window, shown
from tests.window_in_process import WindowMain, window_main_fixture  # noqa: F401  (the window_main fixture)
from ui.board.board_window import BoardWindow
from ui.board.export import PRINT_DPI
from ui.board.round_timer import RoundTimer
from ui.workspace import Workspace

TITLE = "Operating model: who leads, and how targeted?"


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> Iterator[BoardWindow]:
    yield from open_valuma_window(qtbot, workspace)


def centre_of(rect: QRectF) -> tuple[float, float]:
    return (round(rect.center().x()), round(rect.center().y()))


def test_the_presentation_shows_the_same_scene_and_follows_the_view(qtbot: QtBot, window: BoardWindow) -> None:
    window.tools.present.trigger()
    presentation = window.room.presentation
    assert presentation is not None
    qtbot.waitExposed(presentation)
    assert presentation.view.scene() is window.scene  # one scene, two views: no copy of the data
    assert not presentation.view.isInteractive()
    window.view.zoom_in()
    window.view.zoom_in()
    window.view.centerOn(300, -200)
    shown(window)
    wanted = window.view.visible_rect()
    seen = presentation.view.visible_rect()
    assert abs(seen.center().x() - wanted.center().x()) < 40 and abs(seen.center().y() - wanted.center().y()) < 40
    assert seen.contains(wanted.adjusted(8, 8, -8, -8))
    window.tools.follow.trigger()  # off: the whole board
    assert presentation.view.visible_rect().contains(window.scene.axes.rect().adjusted(20, 20, -20, -20))
    item = window.scene.note_items()[0]
    window.scene.select_only([item])
    window.controller.move_selected(0.05, 0)
    assert presentation.view.scene().items(item.sceneBoundingRect().center())  # the same item, moved
    window.tools.present.trigger()
    assert window.room.presentation is None or not window.room.presentation.isVisible()


def test_the_round_timer_is_shown_large_to_the_room(qtbot: QtBot, window: BoardWindow) -> None:
    presentation = window.room.open_presentation()
    timer = window.room.timer
    window.room_panel.minutes.setValue(2)
    assert timer.text() == "2:00" and not presentation.clock.isVisible()
    window.tools.timer_toggle.trigger()
    assert timer.running and presentation.clock.isVisible()
    assert window.tools.timer_toggle.text() == "&Pause timer"
    assert presentation.clock.font().pixelSize() >= 24
    window.tools.timer_toggle.trigger()
    assert not timer.running
    window.tools.timer_reset.trigger()
    assert timer.text() == "2:00"
    window.room.close_presentation()


def test_timer_counts_down_to_zero_and_stops() -> None:
    timer = RoundTimer()
    timer.set_minutes(1)
    timer._spent_before = 59.5
    assert timer.text() == "0:01"
    timer._spent_before = 61
    timer._tick()
    assert timer.remaining() == 0 and timer.text() == "0:00" and not timer.running


def test_export_png_and_svg_at_print_size(tmp_path: Path, window: BoardWindow) -> None:
    png, svg = tmp_path / "board.png", tmp_path / "board.svg"
    item = window.scene.note_items()[0]
    window.scene.select_only([item])
    assert window.room.export(png, "png") and window.room.export(svg, "svg")
    assert item.isSelected()  # the selection is left as it was
    image = QImage(str(png))
    assert image.width() >= 3400 and image.height() > 2500
    assert round(image.dotsPerMeterX() * 0.0254) == PRINT_DPI
    assert 200_000 < png.stat().st_size < 20_000_000
    root = ElementTree.parse(svg).getroot()
    assert root.tag.endswith("svg")
    text = svg.read_text(encoding="utf-8")
    assert "Targeting of activity" in text  # labels are text, not pictures
    assert "<image" not in text  # cards are shapes too
    assert 50_000 < svg.stat().st_size < 20_000_000
    assert "board.svg" in window.statusBar().currentMessage()


def test_export_asks_where_without_blocking(window: BoardWindow) -> None:
    dialog = window.room.ask_export("png")
    assert (dialog.isVisible() and not dialog.isModal()) or dialog.windowModality().name != "ApplicationModal"
    assert dialog.selectedFiles()[0].endswith("Operating-model-who-leads-and-how-targeted.png")
    dialog.reject()


def _run(demo_path: Path, png: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKSHOP_APP_HOME": str(png.parent / "home")}
    root = Path(__file__).resolve().parents[2]
    command = [sys.executable, "-m", "ui", "open", str(demo_path), "--board", TITLE, "--screenshot", str(png)]
    return subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120, cwd=root)


@pytest.mark.slow
def test_the_command_line_opens_one_board_and_renders_it(tmp_path: Path, demo_path: Path) -> None:
    """The installed command's real entry point, in a process of its own, on the real event loop."""
    png = tmp_path / "board.png"
    result = _run(demo_path, png)
    assert result.returncode == 0, result.stderr
    image = QImage(str(png))
    assert png.stat().st_size > 10_000 and image.width() >= 600


def test_the_command_line_opens_one_board_in_participant_mode(
    tmp_path: Path, demo_path: Path, window_main: WindowMain
) -> None:
    """``--participant-mode`` on the same command line (ui.cli.main in this process)."""
    png = tmp_path / "board.png"
    result = window_main("open", str(demo_path), "--board", TITLE, "--screenshot", str(png), "--participant-mode")
    assert result.returncode == 0, result.stderr
    image = QImage(str(png))
    assert png.stat().st_size > 10_000 and image.width() >= 600
