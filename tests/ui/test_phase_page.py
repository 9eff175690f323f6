"""The phase page in the main window on the real demo file: tick tasks, set the status, rate criteria and put
activities on workshop agendas, with the keyboard and the mouse; what lands in the file; undo and redo."""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TODAY
from ui.main_window import MainWindow
from ui.models.phase_models import KEY_ROLE, CriteriaModel, TaskChecklistModel
from ui.pages.phase import ActivityCard, PhasePage
from ui.widgets.rating import RatingInput
from ui.workspace import Workspace
from workshop_app.services import phases, workshops
from workshop_app.storage.store import ProgrammeStore

QUICK_WIN_WORKSHOP = "Mobilisation: quick wins and who does what"


@contextmanager
def reopened(path: Path) -> Iterator[ProgrammeStore]:
    store = ProgrammeStore.open(path, read_only=True)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def page(window: MainWindow, workspace: Workspace, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> PhasePage:
    """Phase 3 of the demo, on a fixed "today" (pages are built when first shown, so the patch is seen)."""
    monkeypatch.setattr(workspace, "today", lambda: TODAY)
    shown = window.show_page("phase-3")
    assert isinstance(shown, PhasePage)
    qtbot.waitUntil(lambda: shown.task_table.isVisible())
    return shown


def row_of(model: TaskChecklistModel | CriteriaModel, key: str) -> int:
    return next(row for row in range(model.rowCount()) if model.index(row, 0).data(KEY_ROLE) == key)


def test_page_shows_the_method_texts_in_the_programme_language(page: PhasePage, workspace: Workspace) -> None:
    phase = workspace.catalogue.phase(3)
    assert page.title.text() == phase.title.get("en")
    assert page.summary.text() == phase.summary.get("en")
    assert page.purpose.text() == phase.purpose.get("en")
    assert phase.results[0].text.get("en") in page.results.text()
    assert [card.title.text() for card in page.activity_cards] == [a.title.get("en") for a in phase.activities]
    assert page.activity_cards[0].minutes.text() == "60 min"
    assert page.status_combo.currentText() == "In progress"
    started_on = phases.list_phase_states(workspace.store)[2].started_on
    assert started_on is not None and page.started.value() == started_on
    assert page.completed.value() is None
    assert page.notes.toPlainText().startswith("Mobilisation is under way.")
    assert page.tasks_hint.text().startswith("2 of 8 tasks done.")


def test_tick_a_task_with_the_keyboard_then_undo(
    page: PhasePage, window: MainWindow, workspace: Workspace, demo_path: Path, qtbot: QtBot
) -> None:
    table, model = page.task_table, page.task_model
    row = row_of(model, "p3.decide_who_to_involve")
    table.setCurrentIndex(model.index(row, model.DONE))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    with reopened(demo_path) as store:
        assert phases.list_task_checks(store)["p3.decide_who_to_involve"].done
    assert page.tasks_hint.text().startswith("3 of 8 tasks done.")
    assert window.navigator is not None and "3 of 8 tasks done" in window.navigator.item(3).text()
    window.undo_action.trigger()
    with reopened(demo_path) as store:
        assert not phases.list_task_checks(store)["p3.decide_who_to_involve"].done
    assert model.index(row, model.DONE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert page.tasks_hint.text().startswith("2 of 8 tasks done.")
    window.redo_action.trigger()
    assert phases.list_task_checks(workspace.store)["p3.decide_who_to_involve"].done


def test_tick_a_task_with_the_mouse(page: PhasePage, demo_path: Path, qtbot: QtBot) -> None:
    table, model = page.task_table, page.task_model
    index = model.index(row_of(model, "p3.cooperation_agreements"), model.DONE)
    option = QStyleOptionViewItem()
    option.rect = table.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    option.state |= QStyle.StateFlag.State_Enabled
    box = table.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, table)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    with reopened(demo_path) as store:
        assert phases.list_task_checks(store)["p3.cooperation_agreements"].done


def test_edit_a_task_owner_in_the_table(page: PhasePage, workspace: Workspace, qtbot: QtBot) -> None:
    table, model = page.task_table, page.task_model
    row = row_of(model, "p3.build_leadership_capacity")
    table.setCurrentIndex(model.index(row, model.OWNER))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editors = table.viewport().findChildren(QLineEdit)
    assert len(editors) == 1, "F2 opens one editor"
    editor = editors[0]
    completer = editor.completer()
    assert completer is not None and "Sigrid Bakken" in completer.model().stringList()
    editor.setText("Máret Áile Eira")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits in a queued call
    qtbot.waitUntil(lambda: "p3.build_leadership_capacity" in phases.list_task_checks(workspace.store))
    assert phases.list_task_checks(workspace.store)["p3.build_leadership_capacity"].owner == "Máret Áile Eira"
    assert workspace.undo_stack.count() == 1


def test_status_change_sets_todays_start_date_in_one_undo_step(
    window: MainWindow, workspace: Workspace, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    monkeypatch.setattr(workspace, "today", lambda: TODAY)
    page = window.show_page("phase-4")
    assert isinstance(page, PhasePage)
    assert page.status_combo.currentText() == "Not started" and page.started.value() is None
    qtbot.keyClick(page.status_combo, Qt.Key.Key_Down)
    state = phases.list_phase_states(workspace.store)[3]
    assert (state.status, state.started_on) == ("in_progress", TODAY)
    assert page.started.value() == TODAY and page.started.clear_button.isEnabled()
    assert workspace.undo_stack.count() == 1
    workspace.undo_stack.undo()
    state = phases.list_phase_states(workspace.store)[3]
    assert (state.status, state.started_on) == ("not_started", None)
    assert page.status_combo.currentText() == "Not started" and page.started.value() is None


def test_dates_and_notes_are_undoable_edits(page: PhasePage, workspace: Workspace, qtbot: QtBot) -> None:
    qtbot.keyClick(page.completed.edit, Qt.Key.Key_Up)  # from "not yet", the first step offers today's date
    qtbot.keyClick(page.completed.edit, Qt.Key.Key_Return)
    assert phases.list_phase_states(workspace.store)[2].completed_on == TODAY
    page.notes.setFocus()
    page.notes.setPlainText("Village bus agreement signed.")
    page.notes.commit()
    assert phases.list_phase_states(workspace.store)[2].notes == "Village bus agreement signed."
    assert workspace.undo_stack.count() == 2
    workspace.undo_stack.undo()
    workspace.undo_stack.undo()
    state = phases.list_phase_states(workspace.store)[2]
    assert state.completed_on is None and state.notes.startswith("Mobilisation is under way.")
    assert page.notes.toPlainText().startswith("Mobilisation is under way.")


def test_rate_a_criterion_with_a_comment(page: PhasePage, workspace: Workspace, demo_path: Path, qtbot: QtBot) -> None:
    model = page.criteria_model
    row = row_of(model, "p3.small_steps_big_ambition")
    page.criteria_table.selectRow(row)
    assert model.criterion_text(row) in page.rate_heading.text()
    assert not page.rate_button.isEnabled()
    qtbot.keyClick(page.score, Qt.Key.Key_4)
    assert page.score.value() == 4 and page.score.buttons[3].isChecked()
    assert page.rate_button.isEnabled()
    qtbot.keyClicks(page.comment, "Shop-window exhibition opened")
    qtbot.keyClick(page.comment, Qt.Key.Key_Return)
    with reopened(demo_path) as store:
        ratings = phases.list_ratings(store, "p3.small_steps_big_ambition")
    assert [(r.score, r.rated_on) for r in ratings][-1] == (4, TODAY)
    assert ratings[-1].comment == "Shop-window exhibition opened"
    assert [r.score for r in ratings] == [1, 3, 4]
    history = model.index(row, model.HISTORY).data()
    assert history.startswith("1 (") and history.count("→") == 2 and history.endswith(")") and " → 4 (" in history
    assert model.index(row, model.COMMENT).data() == "Shop-window exhibition opened"
    assert page.score.value() == 0 and page.comment.text() == ""
    workspace.undo_stack.undo()
    assert [r.score for r in phases.list_ratings(workspace.store, "p3.small_steps_big_ambition")] == [1, 3]
    assert model.index(row, model.HISTORY).data().count("→") == 1
    workspace.undo_stack.redo()
    assert [r.score for r in phases.list_ratings(workspace.store, "p3.small_steps_big_ambition")] == [1, 3, 4]


def test_rating_with_the_mouse_on_another_date(page: PhasePage, workspace: Workspace, qtbot: QtBot) -> None:
    row = row_of(page.criteria_model, "p3.network_products")
    page.criteria_table.selectRow(row)
    qtbot.mouseClick(page.score.buttons[1], Qt.MouseButton.LeftButton)
    earlier = TODAY - timedelta(days=3)
    page.rated_on.setDate(earlier)
    qtbot.mouseClick(page.rate_button, Qt.MouseButton.LeftButton)
    ratings = phases.list_ratings(workspace.store, "p3.network_products")
    assert [(r.score, r.rated_on, r.comment) for r in ratings] == [(2, earlier, "")]


def _menu_action(card: ActivityCard, text: str) -> QAction:
    card.menu.aboutToShow.emit()
    actions = list(card.menu.actions())
    for action in card.menu.actions():
        if action.menu() is not None:
            actions += action.menu().actions()
    return next(action for action in actions if text in action.text())


def test_add_an_activity_to_a_workshop_agenda(page: PhasePage, workspace: Workspace, demo_path: Path) -> None:
    card = page.activity_cards[0]
    activity = card.activity
    workshop = next(w for w in workshops.list_workshops(workspace.store) if w.title == QUICK_WIN_WORKSHOP)
    before = workshops.list_agenda(workspace.store, workshop.id)
    assert not card.used.isVisibleTo(page)
    _menu_action(card, QUICK_WIN_WORKSHOP).trigger()
    with reopened(demo_path) as store:
        agenda = workshops.list_agenda(store, workshop.id)
    assert len(agenda) == len(before) + 1
    added = agenda[-1]
    assert (added.title, added.planned_minutes, added.activity_key) == (
        activity.title.get("en"),
        activity.minutes,
        activity.key,
    )
    assert card.used.isVisibleTo(page) and QUICK_WIN_WORKSHOP in card.used.text()
    workspace.undo_stack.undo()
    assert len(workshops.list_agenda(workspace.store, workshop.id)) == len(before)
    assert not card.used.isVisibleTo(page)
    workspace.undo_stack.redo()
    assert workshops.list_agenda(workspace.store, workshop.id)[-1].id == added.id


def test_add_an_activity_to_a_workshop_of_another_phase(page: PhasePage, workspace: Workspace) -> None:
    card = page.activity_cards[2]
    other = next(w for w in workshops.list_workshops(workspace.store) if w.phase == 1)
    _menu_action(card, other.title).trigger()
    assert workshops.list_agenda(workspace.store, other.id)[-1].activity_key == card.activity.key


def test_add_an_activity_to_a_new_workshop_in_this_phase(page: PhasePage, workspace: Workspace, qtbot: QtBot) -> None:
    card = page.activity_cards[1]
    count = len(workshops.list_workshops(workspace.store))
    _menu_action(card, "New workshop in this phase").trigger()
    dialog = page.new_workshop_dialog
    assert dialog is not None and dialog.isVisible() and dialog.textValue() == card.activity.title.get("en")
    dialog.setTextValue("Network evening in Bjørnvika")
    dialog.accept()
    made = next(w for w in workshops.list_workshops(workspace.store) if w.title == "Network evening in Bjørnvika")
    assert made.phase == 3
    assert [item.activity_key for item in workshops.list_agenda(workspace.store, made.id)] == [card.activity.key]
    assert workspace.undo_stack.count() == 1  # one step for the workshop and its agenda item
    workspace.undo_stack.undo()
    assert len(workshops.list_workshops(workspace.store)) == count
    workspace.undo_stack.redo()
    assert len(workshops.list_agenda(workspace.store, made.id)) == 1


def test_digits_in_the_criteria_table_pick_the_score(page: PhasePage, workspace: Workspace, qtbot: QtBot) -> None:
    row = row_of(page.criteria_model, "p3.formal_informal_blend")
    page.criteria_table.selectRow(row)
    qtbot.keyClick(page.criteria_table, Qt.Key.Key_3)
    assert page.score.value() == 3 and page.score.meaning.text() == "3 – partly"
    qtbot.keyClicks(page.comment, "Informal contacts carry most of it")
    qtbot.keyClick(page.comment, Qt.Key.Key_Enter)
    ratings = phases.list_ratings(workspace.store, "p3.formal_informal_blend")
    assert [(r.score, r.comment, r.rated_on) for r in ratings] == [(3, "Informal contacts carry most of it", TODAY)]


def test_rating_input_keys(qtbot: QtBot) -> None:
    rating = RatingInput()
    qtbot.addWidget(rating)
    seen: list[int] = []
    rating.value_changed.connect(seen.append)
    qtbot.keyClick(rating, Qt.Key.Key_Right)
    qtbot.keyClick(rating, Qt.Key.Key_End)
    qtbot.keyClick(rating, Qt.Key.Key_Left)
    qtbot.keyClick(rating, Qt.Key.Key_Delete)
    assert seen == [1, 5, 4, 0]
    qtbot.mouseClick(rating.buttons[1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(rating.buttons[1], Qt.MouseButton.LeftButton)  # a second click clears it
    assert seen[-2:] == [2, 0] and not any(button.isChecked() for button in rating.buttons)


def test_language_change_sets_the_texts_again(page: PhasePage) -> None:
    page.status_label.setText("")
    QCoreApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert page.status_label.text() == "Stat&us:"
    assert page.task_model.headerData(TaskChecklistModel.NOTE, Qt.Orientation.Horizontal) == "Note"
