"""Pages ask for navigation and status messages by signal; the main window connects them and goes there."""

import ast
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

import ui.pages
from tests.ui.conftest import TODAY
from ui.main_window import MainWindow
from ui.pages.navigation import Destination, PageKey
from ui.pages.overview import OverviewPage
from ui.pages.phase import PhasePage
from ui.pages.workshops import WorkshopsPage
from ui.workspace import Workspace
from workshop_app.services import workshops


def current_key(window: MainWindow) -> str:
    assert window.navigator is not None
    return str(window.navigator.currentItem().data(Qt.ItemDataRole.UserRole))


def test_every_page_key_is_a_page_of_the_window(window: MainWindow) -> None:
    assert window.navigator is not None
    keys = [window.navigator.item(row).data(Qt.ItemDataRole.UserRole) for row in range(window.navigator.count())]
    assert keys == list(PageKey)
    assert PageKey.phase(3) is PageKey.PHASE_3
    with pytest.raises(ValueError):
        PageKey.phase(6)


def test_the_overview_asks_for_the_chosen_workshop_and_the_window_shows_it(
    window: MainWindow, workspace: Workspace, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workspace, "today", lambda: TODAY)
    # Later than the demo's next workshop, which the workshops page would show by itself.
    created = workshops.create_workshop(workspace.store, "Network evening", 3, held_on=TODAY + timedelta(days=40))
    overview = window.show_page(PageKey.OVERVIEW)
    assert isinstance(overview, OverviewPage)
    overview.refresh()
    model, table = overview.workshop_model, overview.workshop_table
    row = next(r for r in range(model.rowCount()) if model.index(r, model.TITLE).data() == "Network evening")
    table.setCurrentIndex(model.index(row, model.TITLE))
    with qtbot.waitSignal(overview.navigate_requested) as asked:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert asked.args == [Destination(PageKey.WORKSHOPS, created.id)]
    page = window.stack.currentWidget()
    assert isinstance(page, WorkshopsPage) and current_key(window) == "workshops"
    assert page.current_workshop_id() == created.id


def test_a_page_message_reaches_the_status_bar(window: MainWindow) -> None:
    page = window.show_page(PageKey.phase(3))
    assert isinstance(page, PhasePage)
    page.status_message.emit("Added to the agenda.", 5_000)
    assert window.statusBar().currentMessage() == "Added to the agenda."


def test_no_page_reaches_up_to_the_main_window() -> None:
    """Pages never import the main window (it imports them): they ask by signal. The registry is the window's
    own list of its pages, so it alone may name the window."""
    folder = Path(ui.pages.__file__).parent
    reaching = [
        f"{path.name}:{node.lineno}"
        for path in sorted(folder.glob("*.py"))
        if path.name != "registry.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom | ast.Import)
        and any(
            name == "ui.main_window" or name.startswith("ui.main_window.")
            for name in ([node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names])
        )
    ]
    assert reaching == []
