"""The window's first view (shown while the data stack loads) shows what the opened window then shows."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QProgressBar
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TODAY
from ui.first_view import FirstViewPane
from ui.launch import AppController, make_application, opening_window
from ui.main_window import MainWindow
from ui.pages.navigation import PageKey
from ui.pages.overview import OverviewPage
from ui.workspace import Workspace
from workshop_app.services.first_view import read_first_view
from workshop_app.storage.store import ProgrammeStore

FIXTURES = Path(__file__).parent.parent / "fixtures" / "schema"


def cells(model: QAbstractItemModel) -> list[list[object]]:
    """A table's header and every cell's text, as a person reads it."""
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    rows = [
        [model.index(r, c).data(Qt.ItemDataRole.DisplayRole) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    return [header, *rows]


@pytest.fixture
def opening(qtbot: QtBot, demo_path: Path) -> tuple[MainWindow, FirstViewPane]:
    window = MainWindow(None, opening="Elvheim")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    view = read_first_view(demo_path, TODAY)
    assert view is not None
    pane = FirstViewPane(view, window)
    window.show_first_view(pane)
    qtbot.waitExposed(window)
    return window, pane


def test_the_first_view_shows_what_the_opened_window_shows(
    qtbot: QtBot, opening: tuple[MainWindow, FirstViewPane], demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, pane = opening
    first_navigator = [pane.navigator.item(row).text() for row in range(pane.navigator.count())]
    first = {
        "where": pane.where.text(),
        "subtitle": pane.subtitle.text(),
        "tiles": [tile.accessibleName() for tile in pane.tiles],
        "phases": cells(pane.phase_table.model()),
        "ratings": cells(pane.rating_table.model()),
        "workshops": cells(pane.workshop_table.model()),
        "overdue": cells(pane.overdue_table.model()),
        "dropped": pane.dropped.text(),
    }
    monkeypatch.setattr(Workspace, "today", staticmethod(lambda: TODAY))
    workspace = Workspace(ProgrammeStore.open(demo_path))
    try:
        window.attach(workspace)
        page = window.page("overview")
        assert isinstance(page, OverviewPage) and window.navigator is not None
        qtbot.waitUntil(lambda: page.overview is not None)  # filled when first shown
        assert [window.navigator.item(row).text() for row in range(window.navigator.count())] == first_navigator
        tiles = (page.open_tile, page.progress_tile, page.overdue_tile, page.done_tile)
        assert first == {
            "where": page.where.text(),
            "subtitle": page.subtitle.text(),
            "tiles": [tile.accessibleName() for tile in tiles],
            "phases": cells(page.phase_model),
            "ratings": cells(page.rating_model),
            "workshops": cells(page.workshop_model),
            "overdue": cells(page.overdue_model),
            "dropped": page.dropped.text(),
        }
        assert len(first["overdue"]) == 6 and len(first["ratings"]) > 2  # the comparison has something to compare
    finally:
        window.close()


def test_a_page_chosen_meanwhile_is_remembered(opening: tuple[MainWindow, FirstViewPane]) -> None:
    _window, pane = opening
    assert pane.stack.currentWidget() is pane.overview
    pane.current_button.click()  # Continue with phase 3
    assert pane.wanted == PageKey.PHASE_3 and pane.stack.currentWidget() is pane.busy
    assert pane.busy_label.text() == "Opening Elvheim Area Initiative – Living Centre, Living Villages…"
    pane.navigator.setCurrentRow(0)
    assert pane.stack.currentWidget() is pane.overview
    assert pane.wanted.value == "overview"


def test_the_tables_viewports_are_as_qt_makes_them_with_a_pointing_hand(
    opening: tuple[MainWindow, FirstViewPane],
) -> None:
    """The first view makes its tables' viewports itself (see ``ui.first_view._table``): drawn as the ones Qt
    makes (the page's colour, filled), with the hand that says a row opens its page."""
    _window, pane = opening
    for table in (pane.phase_table, pane.rating_table, pane.workshop_table, pane.overdue_table):
        viewport = table.viewport()
        assert viewport.objectName() == "qt_scrollarea_viewport"
        assert viewport.backgroundRole() == QPalette.ColorRole.Base and viewport.autoFillBackground()
        assert viewport.cursor().shape() == Qt.CursorShape.PointingHandCursor


def test_a_file_to_migrate_keeps_the_busy_indicator(qtbot: QtBot, tmp_path: Path) -> None:
    old = tmp_path / "old.workshop"
    shutil.copyfile(FIXTURES / "format6.workshop", old)
    window, first = opening_window(AppController(make_application()), old, first_view=True)
    qtbot.addWidget(window)
    assert first is None and window.is_opening()
    assert window.centralWidget().findChild(QProgressBar) is not None  # the busy indicator, not a first view


def test_a_file_with_a_first_view_opens_a_window_showing_it(qtbot: QtBot, demo_path: Path) -> None:
    """The window is shown with the first view already in it, named from that read."""
    window, first = opening_window(AppController(make_application()), demo_path, first_view=True)
    qtbot.addWidget(window)
    assert isinstance(first, FirstViewPane) and window.centralWidget() is first and window.isVisible()
    assert window.windowTitle() == first.view.name == "Elvheim Area Initiative – Living Centre, Living Villages"


def test_the_start_up_path_loads_no_data_stack() -> None:
    """What ``python -m ui open FILE`` imports before its window shows the first view: no SQLAlchemy, SQLModel,
    pydantic, alembic, nor an exporter's library."""
    code = (
        "import sys\n"
        "import ui.cli, ui.launch, ui.first_view\n"
        "heavy = {'sqlalchemy', 'sqlmodel', 'pydantic', 'alembic', 'reportlab', 'docx', 'openpyxl', 'aiohttp'}\n"
        "print(','.join(sorted({m.split('.')[0] for m in sys.modules} & heavy)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == ""


def test_the_first_view_is_on_screen_before_the_event_loop_and_the_headless_commands(
    demo_path: Path, app_home: Path
) -> None:
    """``python -m ui open FILE`` fills its overview before it imports asyncio and qasync (the event loop starts
    after), QtNetwork (a second start's socket), or the core's headless commands: each of them held up the first
    view once. The real command, stopped by the start-up benchmark's switch; ``-X importtime`` writes every
    import to stderr as it happens, in order with the ``ready`` line on stdout."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "ui", "open", str(demo_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=120,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKSHOP_APP_EXIT_WHEN_SHOWN": "1"},
    )
    lines = done.stdout.splitlines()
    ready = next(index for index, line in enumerate(lines) if line.startswith("ready "))
    imported = {line.rsplit("|", 1)[1].strip() for line in lines[:ready] if line.startswith("import time:")}
    later = {line.rsplit("|", 1)[1].strip() for line in lines[ready:] if line.startswith("import time:")}
    kept_back = {
        "asyncio",
        "qasync",
        "PySide6.QtNetwork",
        "workshop_app.cli",
        "workshop_app.export.cli",
        "workshop_app.merge.cli",
        "workshop_app.room.cli",
        "sqlalchemy",
        "sqlmodel",
        "ui.single_instance",  # made when a file is first open in a window
        "workshop_app.board_geometry",  # the settings take the palette from workshop_app.note_colours
        "workshop_app.storage.peek",  # the first view names the window
        "workshop_app.logs",  # the log (logging.handlers, the platform's description) once the view is painted
    }
    assert "ui.first_view" in imported and "qasync" in later  # the record is read where the test thinks it is
    assert sorted(imported & kept_back) == []
    assert "workshop_app.logs" in later  # and the log is set up all the same


def test_the_first_view_makes_only_the_qt_classes_it_shows(demo_path: Path, app_home: Path) -> None:
    """PySide6 makes a Qt class's Python type, with its enums, the first time it is used, and that is most of
    what start-up spends beyond a bare window. ``python -m ui open FILE``, stopped once its overview is filled
    (before the event loop), has made none of these: the dialogs the launcher, the menus and the crash handler
    show only when asked (imported where they are used), nor every QWidget subclass at once, which PySide
    makes to look up the class of a widget Qt made (a table's ``viewport()``; the first view makes its own)."""
    code = (
        "import sys\n"
        "import ui.launch\n"
        "ui.launch.run_event_loop = lambda app, startup=None: 0\n"
        "from ui.cli import main\n"
        "main(['open', sys.argv[1]])\n"
        "import PySide6.QtWidgets\n"
        "print('made', ','.join(sorted(vars(PySide6.QtWidgets))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(demo_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKSHOP_APP_EXIT_WHEN_SHOWN": "1"},
    )
    lines = done.stdout.splitlines()
    assert any(line.startswith("ready ") for line in lines)
    made = set(next(line for line in lines if line.startswith("made ")).split()[1].split(","))
    assert {"QMainWindow", "QTableView", "QHeaderView"} <= made  # the record is read where the test thinks it is
    dialogs = {"QFileDialog", "QMessageBox", "QDialogButtonBox", "QPlainTextEdit", "QTableWidget"}
    every_widget = {"QCalendarWidget", "QMdiArea", "QWizard", "QDial", "QColorDialog"}
    assert sorted(made & (dialogs | every_widget)) == []
