"""The overview on the real demo file: phase progress, next workshops, open and overdue actions, criteria trends,
and rows that lead to the page where the thing is worked on."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TODAY
from ui.main_window import MainWindow
from ui.pages.overview import OverviewPage
from ui.pages.phase import PhasePage
from ui.workspace import Workspace
from workshop_app.services import actions, phases, workshops


@pytest.fixture
def page(window: MainWindow, workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> OverviewPage:
    """The overview as of the demo's fixed "today"."""
    monkeypatch.setattr(workspace, "today", lambda: TODAY)
    shown = window.show_page("overview")
    assert isinstance(shown, OverviewPage)
    shown.refresh()
    return shown


def current_key(window: MainWindow) -> str:
    assert window.navigator is not None
    return str(window.navigator.currentItem().data(Qt.ItemDataRole.UserRole))


def test_header_says_where_the_programme_stands(page: OverviewPage) -> None:
    assert page.title.text().startswith("Elvheim")
    assert "Troms" in page.subtitle.text() and "2024" in page.subtitle.text()
    assert "phase 3 of 5" in page.where.text() and "Mobilisation and collaboration" in page.where.text()
    assert page.current_button.text() == "&Continue with phase 3"


def test_phase_progress_rows(page: OverviewPage) -> None:
    model = page.phase_model
    assert model.rowCount() == 5
    assert [model.index(row, model.TASKS).data() for row in range(5)] == [
        "8 of 8 tasks done",
        "8 of 8 tasks done",
        "2 of 8 tasks done",
        "0 of 8 tasks done",
        "0 of 8 tasks done",
    ]
    assert model.index(0, model.STATUS).data() == "Done"
    assert model.index(2, model.STATUS).data() == "In progress · current phase"
    assert model.index(4, model.STATUS).data() == "Not started"


def test_overdue_actions_match_the_action_plan(page: OverviewPage, workspace: Workspace) -> None:
    overdue = actions.list_actions(workspace.store, overdue_on=TODAY)
    assert len(overdue) == 5
    assert page.overdue_tile.number.text() == "5"
    assert page.overdue_tile.caption.text() == "Overdue"
    assert not page.overdue_tile.icon.isHidden()  # the warning is a sign and a word, not a colour
    model = page.overdue_model
    assert model.rowCount() == len(overdue)
    assert [model.index(row, model.WHAT).data() for row in range(model.rowCount())] == [a.what for a in overdue]
    assert model.index(0, model.OWNER).data() == overdue[0].owner
    assert model.index(0, model.DUE).data() != ""
    open_count = len(actions.list_actions(workspace.store, status="open"))
    assert page.open_tile.number.text() == str(open_count)
    assert page.done_tile.number.text() == str(len(actions.list_actions(workspace.store, status="done")))
    assert page.overdue_table.isVisibleTo(page) and not page.more_overdue.isVisibleTo(page)
    dropped = len(actions.list_actions(workspace.store, status="dropped"))
    assert dropped and page.dropped.text().startswith(f"{dropped} dropped")


def test_clicking_an_overdue_action_opens_the_action_plan(page: OverviewPage, window: MainWindow, qtbot: QtBot) -> None:
    table = page.overdue_table
    qtbot.waitUntil(lambda: table.height() > 60)
    rect = table.visualRect(page.overdue_model.index(1, page.overdue_model.WHAT))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert current_key(window) == "actions"


def test_next_workshops_and_enter_opens_the_workshops_page(
    page: OverviewPage, window: MainWindow, workspace: Workspace, qtbot: QtBot
) -> None:
    assert page.workshop_model.rowCount() == 2  # the demo plans two: the village bus and the indicator workshop
    workshops.create_workshop(
        workspace.store, "Network evening", 3, held_on=TODAY + timedelta(days=10), place="Bjørnvika school"
    )
    workspace.flush()  # the change set, as the workspace emits it on the next turn
    model = page.workshop_model
    assert model.rowCount() == 3  # the soonest first
    assert (model.index(0, model.TITLE).data(), model.index(0, model.PLACE).data()) == (
        "Network evening",
        "Bjørnvika school",
    )
    assert model.index(0, model.DATE).data() != ""
    assert page.workshop_table.isVisibleTo(page) and not page.no_workshops.isVisibleTo(page)
    page.workshop_table.setCurrentIndex(model.index(0, model.TITLE))
    qtbot.keyClick(page.workshop_table, Qt.Key.Key_Return)
    assert current_key(window) == "workshops"


def test_rating_trends_show_latest_against_previous(page: OverviewPage, workspace: Workspace) -> None:
    model = page.rating_model
    assert model.rowCount() == 9
    keys = [model.index(row, 0).data(Qt.ItemDataRole.UserRole) for row in range(model.rowCount())]
    row = keys.index("p3.small_steps_big_ambition")
    criterion = workspace.catalogue.criterion("p3.small_steps_big_ambition")
    assert criterion is not None and model.index(row, model.CRITERION).data() == criterion.text.get("en")
    assert model.index(row, model.SCORES).data() == "1 → 3"
    phases.rate_criterion(workspace.store, "p3.small_steps_big_ambition", 4, rated_on=TODAY)
    workspace.flush()
    assert model.index(row, model.SCORES).data() == "3 → 4"
    assert model.index(row, model.CHANGE).data() == "up by 1"


def test_edits_elsewhere_show_when_the_overview_is_shown_again(
    page: OverviewPage, window: MainWindow, workspace: Workspace
) -> None:
    phase_page = window.show_page("phase-3")
    assert isinstance(phase_page, PhasePage) and not page.isVisible()
    model = phase_page.task_model
    row = next(r for r in range(model.rowCount()) if not model.is_done(r))
    model.setData(model.index(row, model.DONE), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    window.show_page("overview")
    assert page.phase_model.index(2, page.phase_model.TASKS).data() == "3 of 8 tasks done"
    assert "3 of 8 tasks done" in page.where.text()


def test_current_phase_button_and_phase_rows_lead_to_the_phase(
    page: OverviewPage, window: MainWindow, qtbot: QtBot
) -> None:
    qtbot.mouseClick(page.current_button, Qt.MouseButton.LeftButton)
    assert current_key(window) == "phase-3"
    window.show_page("overview")
    page.phase_table.setCurrentIndex(page.phase_model.index(0, 0))
    qtbot.keyClick(page.phase_table, Qt.Key.Key_Enter)
    assert current_key(window) == "phase-1"
