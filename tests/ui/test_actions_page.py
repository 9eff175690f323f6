"""The action plan page in the main window on the real demo file: filters, sorting, editing with the
delegates, new and deleted actions, actions from decisions, and the yearly plan, each checked in the file
and through undo and redo."""

import uuid
from datetime import date

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QComboBox, QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TODAY
from ui.delegates import ChoiceCombo, ClearableDateEdit
from ui.dialogs.actions_from_decisions import DECISION_ROLE
from ui.main_window import MainWindow
from ui.models.actions_model import DUE, ID_ROLE, OWNER, PHASE, PLAN, PRIORITY, STATUS, WHAT
from ui.pages.actions import ActionsPage
from ui.workspace import Workspace
from workshop_app.i18n import install_translations
from workshop_app.services import actions, participants, workshops

NEWSLETTER = "Publish the first programme newsletter"


@pytest.fixture
def page(window: MainWindow, workspace: Workspace, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> ActionsPage:
    monkeypatch.setattr(workspace, "today", lambda: TODAY)
    shown = window.show_page("actions")
    assert isinstance(shown, ActionsPage)
    shown.model.reload()
    shown.tabs.setCurrentWidget(shown.list_tab)
    qtbot.waitUntil(shown.table.isVisible)
    return shown


def proxy_row(page: ActionsPage, what: str) -> int:
    return next(row for row in range(page.proxy.rowCount()) if page.proxy.index(row, WHAT).data() == what)


def stored(workspace: Workspace, what: str) -> list[actions.ActionView]:
    return [action for action in actions.list_actions(workspace.store) if action.what == what]


def click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def test_the_page_lists_every_action(page: ActionsPage) -> None:
    assert page.table.model() is page.proxy
    assert page.proxy.rowCount() == 26
    assert page.count_label.text() == "Shown: 26 of 26"
    assert page.title.text() == "Action plan"
    assert page.overdue_box.text() == "&Overdue only (5)"
    assert page.status_boxes["open"].text() == "Open (10)"


def test_filter_by_status_and_overdue_with_the_mouse(page: ActionsPage, qtbot: QtBot) -> None:
    click(qtbot, page.status_boxes["done"])
    click(qtbot, page.status_boxes["dropped"])
    assert page.proxy.rowCount() == 16
    statuses = {page.proxy.index(row, STATUS).data() for row in range(page.proxy.rowCount())}
    assert statuses == {"Open", "In progress"}
    assert page.count_label.text() == "Shown: 16 of 26"
    click(qtbot, page.overdue_box)
    assert page.proxy.rowCount() == 5
    assert all(page.proxy.index(row, DUE).data(Qt.ItemDataRole.EditRole) < TODAY for row in range(5))
    assert page.reset_button.isEnabled()
    click(qtbot, page.reset_button)
    assert page.proxy.rowCount() == 26 and not page.overdue_box.isChecked()
    assert all(box.isChecked() for box in page.status_boxes.values())


def test_search_and_combo_filters(page: ActionsPage, qtbot: QtBot) -> None:
    qtbot.keyClicks(page.search, "husbanken")
    assert 0 < page.proxy.rowCount() < 26
    page.search.clear()
    page.owner_filter.setCurrentIndex(page.owner_filter.findText("Ingrid Solheim"))
    owners = {page.proxy.index(row, 1).data() for row in range(page.proxy.rowCount())}
    assert owners == {"Ingrid Solheim"}
    page.owner_filter.setCurrentIndex(0)
    page.phase_filter.setCurrentIndex(page.phase_filter.findData(4))
    assert page.proxy.rowCount() == 3
    page.phase_filter.setCurrentIndex(0)
    page.year_filter.setCurrentIndex(page.year_filter.findData(2027))
    assert page.proxy.rowCount() == 9


def test_sort_by_due_date_with_the_header(page: ActionsPage, qtbot: QtBot) -> None:
    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == DUE

    def dues() -> list[date]:
        return [page.proxy.index(row, DUE).data(Qt.ItemDataRole.EditRole) for row in range(page.proxy.rowCount())]

    assert dues() == sorted(dues())
    middle = QPoint(header.sectionViewportPosition(DUE) + header.sectionSize(DUE) // 2, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert dues() == sorted(dues(), reverse=True)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert dues() == sorted(dues())


def test_edit_a_status_with_the_delegate_then_undo_and_redo(
    page: ActionsPage, window: MainWindow, workspace: Workspace, qtbot: QtBot
) -> None:
    index = page.proxy.index(proxy_row(page, NEWSLETTER), STATUS)
    action_id = index.data(ID_ROLE)
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = page.table.indexWidget(index)
    assert isinstance(editor, ChoiceCombo)
    assert editor.current_value() == "in_progress"
    assert [editor.itemText(i) for i in range(editor.count())] == ["Open", "In progress", "Done", "Dropped"]
    editor.set_current_value("done")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: actions.get_action(workspace.store, action_id).status == "done")
    assert page.proxy.index(proxy_row(page, NEWSLETTER), STATUS).data() == "Done"
    window.undo_action.trigger()
    assert actions.get_action(workspace.store, action_id).status == "in_progress"
    assert page.status_boxes["done"].text() == "Done (8)"
    window.redo_action.trigger()
    assert actions.get_action(workspace.store, action_id).status == "done"
    assert page.status_boxes["done"].text() == "Done (9)"


def test_edit_a_due_date_and_clear_it(page: ActionsPage, workspace: Workspace, qtbot: QtBot) -> None:
    index = page.proxy.index(proxy_row(page, NEWSLETTER), DUE)
    action_id = index.data(ID_ROLE)
    page.table.edit(index)
    editor = page.table.indexWidget(index)
    assert isinstance(editor, ClearableDateEdit)
    assert editor.calendarPopup() and editor.value() == date(2026, 10, 29)
    editor.set_value(date(2026, 12, 31))
    page.table.itemDelegateForColumn(DUE).commitData.emit(editor)
    assert actions.get_action(workspace.store, action_id).due_date == date(2026, 12, 31)
    page.table.itemDelegateForColumn(DUE).closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    index = page.proxy.index(proxy_row(page, NEWSLETTER), DUE)
    page.table.edit(index)
    editor = page.table.indexWidget(index)
    assert isinstance(editor, ClearableDateEdit)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert editor.value() is None and editor.text() == "No date"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: actions.get_action(workspace.store, action_id).due_date is None)


def test_plan_delegate_offers_years_and_quarters(page: ActionsPage, workspace: Workspace, qtbot: QtBot) -> None:
    index = page.proxy.index(proxy_row(page, NEWSLETTER), PLAN)
    page.table.edit(index)
    editor = page.table.indexWidget(index)
    assert isinstance(editor, ChoiceCombo)
    assert editor.current_value() == (2026, 4)
    assert editor.itemText(0) == "Not planned"
    editor.set_current_value((2027, 3))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(workspace, NEWSLETTER)[0].plan_year == 2027)
    action = stored(workspace, NEWSLETTER)[0]
    assert (action.plan_year, action.plan_quarter) == (2027, 3)


def test_ctrl_n_makes_an_action_and_starts_editing_it(
    page: ActionsPage, window: MainWindow, workspace: Workspace, qtbot: QtBot
) -> None:
    page.table.setCurrentIndex(page.proxy.index(0, WHAT))
    with qtbot.assertNotEmitted(window.new_requested):
        qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == 27
    assert len(stored(workspace, "New action")) == 1
    editor = page.table.findChild(QLineEdit)
    assert isinstance(editor, QLineEdit) and editor.isVisible() and editor.text() == "New action"
    editor.selectAll()
    qtbot.keyClicks(editor, "Hire a youth worker")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(stored(workspace, "Hire a youth worker")))
    made = stored(workspace, "Hire a youth worker")
    assert len(made) == 1 and made[0].plan_year == TODAY.year and made[0].status == "open"
    window.undo_action.trigger()  # the wording
    assert len(stored(workspace, "New action")) == 1
    window.undo_action.trigger()  # the action itself
    assert page.model.rowCount() == 26 and not stored(workspace, "New action")
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert len(stored(workspace, "Hire a youth worker")) == 1 and page.model.rowCount() == 27


def test_new_action_button_clears_filters_that_would_hide_it(page: ActionsPage, qtbot: QtBot) -> None:
    click(qtbot, page.overdue_box)
    click(qtbot, page.new_button)
    assert not page.overdue_box.isChecked() and page.proxy.rowCount() == 27
    assert page.table.currentIndex().data() == "New action"


def test_delete_asks_then_deletes_and_undo_restores(
    page: ActionsPage, window: MainWindow, workspace: Workspace, qtbot: QtBot
) -> None:
    page.table.selectRow(proxy_row(page, NEWSLETTER))
    page.table.setFocus()
    assert page.delete_button.isEnabled()
    click(qtbot, page.delete_button)
    box = page.confirmation
    assert isinstance(box, QMessageBox) and NEWSLETTER in box.text()
    assert "Ctrl+Z" in box.informativeText()
    confirm = next(b for b in box.buttons() if b.text() == "Delete")
    assert isinstance(confirm, QPushButton)
    click(qtbot, confirm)
    assert not stored(workspace, NEWSLETTER) and page.model.rowCount() == 25
    window.undo_action.trigger()
    assert len(stored(workspace, NEWSLETTER)) == 1 and page.model.rowCount() == 26


def test_deleting_several_is_one_undo_step(page: ActionsPage, workspace: Workspace) -> None:
    ids = [page.proxy.index(row, WHAT).data(ID_ROLE) for row in (0, 1, 2)]
    before = workspace.undo_stack.count()
    page.delete_actions(ids)
    assert workspace.undo_stack.count() == before + 1 and page.model.rowCount() == 23
    workspace.undo_stack.undo()
    assert page.model.rowCount() == 26
    assert {a.id for a in actions.list_actions(workspace.store)} >= set(ids)


def test_cancelled_delete_keeps_the_action(page: ActionsPage, workspace: Workspace, qtbot: QtBot) -> None:
    page.table.selectRow(0)
    box = page.delete_selected()
    assert box is not None
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert page.model.rowCount() == 26 and workspace.undo_stack.count() == 0


def test_actions_from_two_decisions_in_one_undoable_step(
    page: ActionsPage, window: MainWindow, workspace: Workspace, qtbot: QtBot
) -> None:
    kickoff = next(w for w in workshops.list_workshops(workspace.store) if w.title.startswith("Kick-off"))
    decisions = workshops.list_decisions(workspace.store, kickoff.id)[:2]
    click(qtbot, page.from_decisions_button)
    dialog = page.decisions_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.make_button.isEnabled()
    for decision in decisions:  # with the keyboard: move to the decision, Space checks it
        item = next(i for i in dialog.model.decision_items() if i.data(DECISION_ROLE) == decision.id)
        dialog.view.setCurrentIndex(item.index())
        qtbot.keyClick(dialog.view, Qt.Key.Key_Space)
    assert dialog.checked_decisions() == [d.id for d in decisions]
    workshop_item = next(
        dialog.model.item(row)
        for row in range(dialog.model.rowCount())
        if dialog.model.item(row).text().startswith("Kick-off")
    )
    assert workshop_item.checkState() == Qt.CheckState.PartiallyChecked
    before = workspace.undo_stack.count()
    click(qtbot, dialog.make_button)
    made = [stored(workspace, d.text) for d in decisions]
    assert all(len(found) == 1 and found[0].workshop_id == kickoff.id for found in made)
    assert workspace.undo_stack.count() == before + 1
    assert page.model.rowCount() == 28
    assert {page.proxy.index(i.row(), WHAT).data() for i in page.table.selectionModel().selectedRows()} == {
        d.text for d in decisions
    }
    window.undo_action.trigger()
    assert not any(stored(workspace, d.text) for d in decisions) and page.model.rowCount() == 26
    window.redo_action.trigger()
    assert all(len(stored(workspace, d.text)) == 1 for d in decisions)

    again = page.open_decisions_dialog()
    assert all(again.model.is_action(d.id) for d in decisions)
    third = workshops.list_decisions(workspace.store, kickoff.id)[2]
    assert not again.model.is_action(third.id)
    again.reject()


def test_checking_a_workshop_checks_its_open_decisions(page: ActionsPage, workspace: Workspace) -> None:
    dialog = page.open_decisions_dialog()
    workshop = dialog.model.item(0)
    workshop.setCheckState(Qt.CheckState.Checked)
    assert len(dialog.checked_decisions()) == workshop.rowCount() > 0
    workshop.setCheckState(Qt.CheckState.Unchecked)
    assert dialog.checked_decisions() == []
    dialog.reject()
    assert workspace.undo_stack.count() == 0


def test_yearly_plan_shows_the_quarters_and_opens_an_action(
    page: ActionsPage, workspace: Workspace, qtbot: QtBot
) -> None:
    page.tabs.setCurrentWidget(page.plan_view)
    plan = page.plan_view
    qtbot.waitUntil(plan.isVisible)
    assert plan.year() == 2026
    second = plan.view_for(4)
    model = second.model()
    assert model is not None and model.rowCount() == 7
    assert plan.view_for(None, unplanned=True).model().rowCount() == 0
    headings = [heading.text() for _proxy, _view, heading in plan.slots]
    assert headings[3].startswith("Q4 · ") and headings[3].endswith("(7)")
    plan.set_year(2025)
    assert plan.view_for(3).model().rowCount() == 3
    plan.set_year(2026)
    index = model.index(0, 0)
    wanted = index.data(ID_ROLE)
    second.setCurrentIndex(index)
    qtbot.keyClick(second, Qt.Key.Key_Return)
    assert page.tabs.currentWidget() is page.list_tab
    assert page.selected_ids() == [wanted]


def test_plan_follows_edits(page: ActionsPage, workspace: Workspace, qtbot: QtBot) -> None:
    page.tabs.setCurrentWidget(page.plan_view)
    qtbot.waitUntil(page.plan_view.isVisible)
    row = page.model.row_of(stored(workspace, NEWSLETTER)[0].id)
    assert row is not None
    page.model.setData(page.model.index(row, PLAN), (None, None))
    assert page.plan_view.view_for(None, unplanned=True).model().rowCount() == 1
    assert page.plan_view.view_for(4).model().rowCount() == 6
    workspace.undo_stack.undo()
    assert page.plan_view.view_for(4).model().rowCount() == 7


def test_columns_can_be_shown_and_hidden(page: ActionsPage) -> None:
    header = page.table.horizontalHeader()
    partners = page.column_actions[7]
    assert header.isSectionHidden(7) and not partners.isChecked()
    partners.setChecked(True)
    assert not header.isSectionHidden(7)


def test_ids_of_the_selection(page: ActionsPage) -> None:
    page.table.selectRow(0)
    assert all(isinstance(i, uuid.UUID) for i in page.selected_ids())


def test_owner_delegate_offers_the_register_and_links_the_person(
    page: ActionsPage, workspace: Workspace, qtbot: QtBot
) -> None:
    index = page.proxy.index(proxy_row(page, NEWSLETTER), OWNER)
    page.table.edit(index)
    editor = page.table.indexWidget(index)
    assert isinstance(editor, QComboBox) and editor.isEditable()
    names = [editor.itemText(i) for i in range(editor.count())]
    assert "Sigrid Bakken" in names and editor.currentText() == "Kari Nordmo"
    editor.setEditText("Sigrid Bakken")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(workspace, NEWSLETTER)[0].owner == "Sigrid Bakken")
    sigrid = next(p for p in participants.list_participants(workspace.store) if p.display_name == "Sigrid Bakken")
    assert stored(workspace, NEWSLETTER)[0].owner_id == sigrid.id


def test_phase_and_priority_delegates_name_their_choices(page: ActionsPage) -> None:
    index = page.proxy.index(proxy_row(page, NEWSLETTER), PHASE)
    page.table.edit(index)
    editor = page.table.indexWidget(index)
    assert isinstance(editor, ChoiceCombo)
    titles = [editor.itemText(i) for i in range(editor.count())]
    assert titles[0] == "No phase" and titles[3] == "3. Mobilisation and collaboration" and len(titles) == 6
    assert editor.current_value() == 3
    page.table.itemDelegateForColumn(PHASE).closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)
    index = page.proxy.index(proxy_row(page, NEWSLETTER), PRIORITY)
    page.table.edit(index)
    editor = page.table.indexWidget(index)
    assert isinstance(editor, ChoiceCombo)
    assert [editor.itemText(i) for i in range(3)] == ["High", "Normal", "Low"] and editor.values == [1, 2, 3]


def test_language_change_shows_dates_the_new_way(page: ActionsPage) -> None:
    previous = QLocale()
    try:
        install_translations("fi")
        assert page.proxy.index(proxy_row(page, NEWSLETTER), DUE).data() == "29.10.2026"
        assert page.count_label.text()  # set again, in whatever the catalogue has for it
    finally:
        install_translations("en")
        QLocale.setDefault(previous)
    page.retranslate()
    assert page.proxy.index(proxy_row(page, NEWSLETTER), STATUS).data() == "In progress"
