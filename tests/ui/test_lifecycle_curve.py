"""The drawn lifecycle curve on the demo: a click on a stage's band makes a dated mark by the group or the
person chosen, one undo step (undo, redo with the same id, reopening the file); the keyboard does the same;
marks over time are ordered into diagnoses; this workshop's marks can be removed; the overview and the phases
that diagnose the lifecycle show the curve without reloading the overview; View > Lifecycle Diagnosis opens
the window; names for screen readers."""

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from tests.ui.test_change_sets import spy
from ui.lifecycle.curve import MARGIN, LifecycleCurve
from ui.lifecycle.summary import LifecycleSummary
from ui.lifecycle.window import LifecycleWindow
from ui.main_window import MainWindow
from ui.pages.overview import OverviewPage
from ui.pages.phase import PhasePage
from ui.workspace import Workspace
from workshop_app.i18n import install_translations
from workshop_app.operations.method_tools import MarkLifecycle
from workshop_app.services import method_tools, workshops
from workshop_app.services import overview as overview_service
from workshop_app.storage.store import ProgrammeStore


@pytest.fixture
def tool(qtbot: QtBot, workspace: Workspace) -> Iterator[LifecycleWindow]:
    workshop = workshops.list_workshops(workspace.store)[-1]
    window = LifecycleWindow(workspace, workshop.id)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window


def click_stage(qtbot: QtBot, curve: LifecycleCurve, stage_key: str) -> None:
    """Click the curve in the middle of the stage's band, at the height of the curve there."""
    layout = curve.curve_layout()
    assert layout is not None
    stage = layout.stage(stage_key)
    assert stage is not None
    point = QPoint(round(stage.anchor.x + MARGIN), round(stage.anchor.y + MARGIN - 30))
    qtbot.mouseClick(curve, Qt.MouseButton.LeftButton, pos=point)


def own_marks(window: LifecycleWindow) -> list[tuple[str, date, bool]]:
    marks = method_tools.list_lifecycle_marks(window.workspace.store, workshop_id=window.workshop_id)
    return [
        (m.stage_key, m.marked_on, m.participant_id is None) for m in marks if m.lifecycle_key == "valuma_lifecycle"
    ]


def test_a_click_on_the_curve_marks_the_stage_dated_undo_redo_and_reopen(
    qtbot: QtBot, tool: LifecycleWindow, demo_path: Path
) -> None:
    workspace = tool.workspace
    before = own_marks(tool)
    tool.day.setDate(QDate(2027, 2, 1))
    depth = workspace.undo_stack.count()
    click_stage(qtbot, tool.curve, "real_impact")
    assert own_marks(tool) == [*before, ("real_impact", date(2027, 2, 1), True)]
    assert workspace.undo_stack.count() == depth + 1
    made = method_tools.list_lifecycle_marks(workspace.store, lifecycle_key="valuma_lifecycle")[-1]
    qtbot.waitUntil(lambda: tool.curve.curve_layout() is not None and len(tool.curve.curve_layout().marks) == 8)  # type: ignore[union-attr]
    layout = tool.curve.curve_layout()
    assert layout is not None and layout.diagnoses[-1].day == date(2027, 2, 1) and layout.diagnoses[-1].latest
    workspace.undo_stack.undo()
    assert own_marks(tool) == before
    workspace.undo_stack.redo()
    again = method_tools.list_lifecycle_marks(workspace.store, lifecycle_key="valuma_lifecycle")[-1]
    assert again.id == made.id and again.stage_key == "real_impact"
    workspace.flush()
    every = method_tools.list_lifecycle_marks(workspace.store, workshop_id=tool.workshop_id)  # all curves'
    qtbot.waitUntil(lambda: tool.marks.count() == len(every))
    workspace.store.close()
    reopened = ProgrammeStore.open(demo_path)
    try:
        kept = method_tools.list_lifecycle_marks(reopened, lifecycle_key="valuma_lifecycle")[-1]
        assert (kept.id, kept.stage_key, kept.marked_on) == (made.id, "real_impact", date(2027, 2, 1))
    finally:
        reopened.close()
        workspace.store = ProgrammeStore.open(demo_path)  # for the fixture's own closing


def test_the_keyboard_marks_for_a_participant(qtbot: QtBot, tool: LifecycleWindow) -> None:
    person = tool.by.itemData(1)
    tool.by.setCurrentIndex(1)
    assert tool.curve.highlighted == person
    tool.curve.setFocus()
    for key in (Qt.Key.Key_Home, Qt.Key.Key_Right, Qt.Key.Key_Right):
        qtbot.keyClick(tool.curve, key)
    assert tool.curve.focused_stage() == "consolidation"
    assert "Consolidation" in tool.curve.accessibleDescription()
    qtbot.keyClick(tool.curve, Qt.Key.Key_Return)
    made = method_tools.list_lifecycle_marks(tool.workspace.store, workshop_id=tool.workshop_id)[-1]
    assert (made.stage_key, made.participant_id) == ("consolidation", person)
    tool.stages.setCurrentRow(4)  # creative destruction, from the list
    assert tool.mark_chosen()
    made = method_tools.list_lifecycle_marks(tool.workspace.store, workshop_id=tool.workshop_id)[-1]
    assert made.stage_key == "creative_destruction"


def test_marks_over_time_ordered_and_removable(qtbot: QtBot, tool: LifecycleWindow) -> None:
    workspace = tool.workspace
    for day, stage in ((date(2027, 6, 1), "creative_destruction"), (date(2027, 3, 1), "real_impact")):
        tool.day.setDate(QDate(day.year, day.month, day.day))
        assert tool.mark(stage)
    workspace.flush()
    layout = tool.curve.curve_layout()
    assert layout is not None
    days = [diagnosis.day for diagnosis in layout.diagnoses]
    assert days == sorted(days) and days[-2:] == [date(2027, 3, 1), date(2027, 6, 1)]
    assert [m.stage_key for m in layout.path_of(None)][-2:] == ["real_impact", "creative_destruction"]
    strengths = [diagnosis.strength for diagnosis in layout.diagnoses]
    assert strengths == sorted(strengths) and strengths[-1] == 1.0
    texts = [tool.marks.item(row).text() for row in range(tool.marks.count())]
    assert "Real impact" in texts[-2] and "Creative destruction" in texts[-1]  # oldest first
    tool.marks.setCurrentRow(tool.marks.count() - 1)
    depth = workspace.undo_stack.count()
    assert tool.remove_selected()
    assert workspace.undo_stack.count() == depth + 1
    assert [s for s, _, _ in own_marks(tool)][-1] == "real_impact"
    workspace.undo_stack.undo()
    assert [s for s, _, _ in own_marks(tool)][-1] == "creative_destruction"


def test_switching_to_drijven_klijven_blijven(tool: LifecycleWindow) -> None:
    tool.curve_choice.setCurrentIndex(1)
    layout = tool.curve.curve_layout()
    assert layout is not None and [stage.key for stage in layout.stages] == ["drijven", "klijven", "blijven"]
    assert tool.stages.count() == 3 and "drijven" in tool.curve.accessibleName()
    assert tool.mark("blijven")
    made = method_tools.list_lifecycle_marks(tool.workspace.store, workshop_id=tool.workshop_id)[-1]
    assert (made.lifecycle_key, made.stage_key) == ("drijven_klijven_blijven", "blijven")


def test_names_for_screen_readers(tool: LifecycleWindow) -> None:
    curve = tool.curve
    assert curve.accessibleName().startswith("Lifecycle curve: VALUMA")
    assert "Latest diagnosis" in curve.accessibleDescription() and "Left and Right" in curve.accessibleDescription()
    assert curve.focusPolicy() == Qt.FocusPolicy.StrongFocus
    for widget in (tool.stages, tool.marks):
        assert widget.accessibleName()
    for label, field in ((tool.curve_label, tool.curve_choice), (tool.by_label, tool.by), (tool.day_label, tool.day)):
        assert label.buddy() is field and "&" in label.text()


def test_the_overview_shows_the_latest_diagnosis_without_reloading(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    workspace = window.workspace
    assert workspace is not None
    page = window.show_page("overview")
    assert isinstance(page, OverviewPage)
    summary = page.lifecycle
    assert summary.isVisible() and summary.compact
    assert summary.curve_choice.currentData() == "valuma_lifecycle"  # the curve most marked on the latest day
    assert "Consolidation" in summary.latest.text()
    loads = spy(monkeypatch, overview_service, "load_overview")  # the page reads through current_overview
    workshop = workshops.list_workshops(workspace.store)[-1]
    workspace.run(MarkLifecycle(workshop.id, "valuma_lifecycle", "real_impact", date(2027, 5, 4)))
    workspace.flush()
    qtbot.waitUntil(lambda: "Real impact" in summary.latest.text())
    assert loads == []


@pytest.mark.parametrize(("number", "shown"), [(1, True), (2, False), (4, True)])
def test_the_phases_that_diagnose_the_lifecycle_show_the_curve(window: MainWindow, number: int, shown: bool) -> None:
    page = window.show_page(f"phase-{number}")
    assert isinstance(page, PhasePage)
    found = page.findChildren(LifecycleSummary)
    assert bool(found) == shown and (page.lifecycle is not None) == shown
    if shown:
        assert found[0].curve.curve_layout() is not None and found[0].phase == number


def test_the_view_menu_opens_the_tool_on_a_workshop(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kwargs: (args[3][0], True))
    window.lifecycle_action.trigger()
    opened = window.findChildren(LifecycleWindow)
    assert len(opened) == 1
    qtbot.waitExposed(opened[0])
    assert opened[0].curve.curve_layout() is not None


def test_the_curve_follows_the_interface_language(qtbot: QtBot, tool: LifecycleWindow) -> None:
    install_translations("fi")
    qtbot.waitUntil(lambda: "Ryhmä (numeroitu päivämäärän mukaan)" in _legend_words(tool.curve))
    assert tool.mark_button.text().startswith("&Merkitse")


def _legend_words(curve: LifecycleCurve) -> str:
    layout = curve.curve_layout()
    return " ".join(line for entry in layout.legend for line in entry.lines) if layout else ""
