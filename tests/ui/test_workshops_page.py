"""The Workshops page on a real demo file, driven through its widgets: every edit lands in the file, is
undoable and redoable, and is still there after the file is closed and opened again."""

import uuid
from collections.abc import Callable
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, QLocale, Qt, QTime
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.pages.workshops import WorkshopsPage
from ui.workshop.attendance_model import NAME
from ui.workshop.attendance_view import AttendancePanel
from ui.workshop.minutes_editor import IDLE_MS
from ui.workspace import Workspace
from workshop_app.domain.models import ParticipantView
from workshop_app.services import actions, participants, workshops
from workshop_app.storage.store import ProgrammeStore

AGENDA = [("Welcome", 10), ("Walk along the harbour", 60), ("What we saw", 30)]
DECISION = "The harbour walk is repeated in May with the youth council."


MOBILISATION = "Mobilisation: quick wins and who does what"  # in the demo: 17:00-20:00, 175 minutes planned


def open_page(window: MainWindow, title: str = MOBILISATION) -> WorkshopsPage:
    """The page with the demo workshop ``title`` chosen (the first one shown depends on today's date)."""
    page = window.show_page("workshops")
    assert isinstance(page, WorkshopsPage)
    chosen = next(w for w in page.list.model.records() if w.title == title)
    page.list.select(chosen.id)
    assert page.editor.workshop is not None and page.editor.workshop.id == chosen.id
    return page


def type_into_line(qtbot: QtBot, widget: QLineEdit, text: str) -> None:
    """Replace a line edit's text by typing, then press Enter (as a person finishes a field)."""
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def choose_person(panel: AttendancePanel, name: str) -> None:
    proxy = panel.proxy
    for row in range(proxy.rowCount()):
        index = proxy.index(row, NAME)
        if index.data() == name:
            panel.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            return
    raise AssertionError(f"{name} is not in the register")


def people(workspace: Workspace) -> list[ParticipantView]:
    return participants.list_participants(workspace.store, include_erased=False)


def create_workshop(page: WorkshopsPage, qtbot: QtBot) -> uuid.UUID:
    """New workshop, then title, date and times typed into the details tab."""
    qtbot.mouseClick(page.list.new_button, Qt.MouseButton.LeftButton)
    workshop = page.editor.workshop
    assert workshop is not None and workshop.title == "New workshop"
    details = page.editor.details
    type_into_line(qtbot, details.title_edit, "Harbour walk")
    details.date.edit.setDate(QDate(2026, 12, 3))
    qtbot.keyClick(details.date.edit, Qt.Key.Key_Return)
    details.start.edit.setTime(QTime(10, 0))
    qtbot.keyClick(details.start.edit, Qt.Key.Key_Return)
    details.end.edit.setTime(QTime(12, 0))
    qtbot.keyClick(details.end.edit, Qt.Key.Key_Return)
    return workshop.id


def add_agenda(page: WorkshopsPage, qtbot: QtBot) -> None:
    page.editor.tabs.setCurrentWidget(page.editor.agenda.parentWidget())
    agenda = page.editor.agenda
    for title, minutes in AGENDA:
        agenda.new_minutes.setValue(minutes)
        agenda.new_title.setText("")
        qtbot.keyClicks(agenda.new_title, title)
        qtbot.keyClick(agenda.new_title, Qt.Key.Key_Return)


def agenda_titles(workspace: Workspace, workshop_id: uuid.UUID) -> list[str]:
    return [item.title for item in workshops.list_agenda(workspace.store, workshop_id)]


def statuses(workspace: Workspace, workshop_id: uuid.UUID) -> dict[uuid.UUID, str]:
    return {row.participant_id: row.status for row in workshops.list_attendance(workspace.store, workshop_id)}


def undo_all_and_redo(workspace: Workspace, check_empty: Callable[[], None], check_full: Callable[[], None]) -> None:
    stack = workspace.undo_stack
    top = stack.index()
    while stack.canUndo():
        stack.undo()
    check_empty()
    while stack.index() < top:
        stack.redo()
    check_full()


def test_a_workshop_from_first_click_to_reopened_file(
    window: MainWindow, workspace: Workspace, demo_path: Path, qtbot: QtBot
) -> None:
    page = open_page(window)
    store = workspace.store
    workshop_id = create_workshop(page, qtbot)
    made = workshops.get_workshop(store, workshop_id)
    assert (made.title, made.date, made.start_time, made.end_time) == (
        "Harbour walk",
        date(2026, 12, 3),
        time(10, 0),
        time(12, 0),
    )
    assert page.list.current_id() == workshop_id, "the new workshop stays chosen"
    assert page.editor.heading.text() == "Harbour walk"

    add_agenda(page, qtbot)
    agenda = page.editor.agenda
    assert agenda_titles(workspace, workshop_id) == [title for title, _ in AGENDA]
    assert "100 of 120 minutes planned" in agenda.total.text()

    # the last item up to the top, by keyboard; the chosen row follows the item
    agenda.table.setFocus()
    agenda.table.select_row(2)
    qtbot.keyClick(agenda.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(agenda.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert agenda_titles(workspace, workshop_id) == ["What we saw", "Welcome", "Walk along the harbour"]
    assert agenda.table.current_row() == 0
    assert not agenda.rows.move_up.isEnabled()

    # minutes of the first item, committed after a pause in typing
    minutes = agenda.minutes
    qtbot.keyClicks(minutes.edit, "Photos from the walk were shown. ")
    qtbot.waitUntil(lambda: workshops.list_agenda(store, workshop_id)[0].minutes_text != "", timeout=IDLE_MS * 5)
    assert workshops.list_agenda(store, workshop_id)[0].minutes_text == "Photos from the walk were shown."
    assert minutes.edit.toPlainText() == "Photos from the walk were shown. ", "the trailing space being typed stays"

    # attendance: one present, one sent apologies
    page.editor.tabs.setCurrentWidget(page.editor.attendance.parentWidget())
    attendance = page.editor.attendance
    first, second = people(workspace)[:2]
    choose_person(attendance, first.display_name)
    qtbot.mouseClick(attendance.status_buttons["present"], Qt.MouseButton.LeftButton)
    choose_person(attendance, second.display_name)
    qtbot.mouseClick(attendance.status_buttons["apologies"], Qt.MouseButton.LeftButton)
    assert statuses(workspace, workshop_id) == {first.id: "present", second.id: "apologies"}
    assert "Present: 1" in attendance.counts.text() and "Sent apologies: 1" in attendance.counts.text()

    # a decision, then an action made from it
    page.editor.tabs.setCurrentWidget(page.editor.decisions.parentWidget())
    decisions = page.editor.decisions
    qtbot.keyClicks(decisions.new_text, DECISION)
    qtbot.keyClick(decisions.new_text, Qt.Key.Key_Return)
    assert [d.text for d in workshops.list_decisions(store, workshop_id)] == [DECISION]
    assert decisions.table.current_row() == 0
    qtbot.mouseClick(decisions.make_button, Qt.MouseButton.LeftButton)
    made_actions = [a for a in actions.list_actions(store) if a.workshop_id == workshop_id]
    assert [(a.what, a.phase) for a in made_actions] == [(DECISION, made.phase)]
    assert decisions.model.has_action(0) and not decisions.make_action.isEnabled()
    assert decisions.in_plan_note.isVisibleTo(decisions)

    def nothing_left() -> None:
        assert workshop_id not in {w.id for w in workshops.list_workshops(store)}
        assert not [a for a in actions.list_actions(store) if a.workshop_id == workshop_id]

    def everything_back() -> None:
        assert workshops.get_workshop(store, workshop_id).title == "Harbour walk"
        assert agenda_titles(workspace, workshop_id) == ["What we saw", "Welcome", "Walk along the harbour"]
        assert statuses(workspace, workshop_id) == {first.id: "present", second.id: "apologies"}
        assert len([a for a in actions.list_actions(store) if a.workshop_id == workshop_id]) == 1

    undo_all_and_redo(workspace, nothing_left, everything_back)
    assert page.list.current_id() is not None

    window.close()  # closes the programme file
    reopened = ProgrammeStore.open(demo_path)
    try:
        stored = workshops.get_workshop(reopened, workshop_id)
        assert (stored.title, stored.date, stored.start_time, stored.end_time) == (
            "Harbour walk",
            date(2026, 12, 3),
            time(10, 0),
            time(12, 0),
        )
        items = workshops.list_agenda(reopened, workshop_id)
        assert [item.title for item in items] == ["What we saw", "Welcome", "Walk along the harbour"]
        assert [item.planned_minutes for item in items] == [30, 10, 60]
        assert items[0].minutes_text == "Photos from the walk were shown."
        assert {row.participant_id: row.status for row in workshops.list_attendance(reopened, workshop_id)} == {
            first.id: "present",
            second.id: "apologies",
        }
        assert [d.text for d in workshops.list_decisions(reopened, workshop_id)] == [DECISION]
        assert [a.what for a in actions.list_actions(reopened) if a.workshop_id == workshop_id] == [DECISION]
    finally:
        reopened.close()


def test_each_step_undoes_and_redoes(window: MainWindow, workspace: Workspace, qtbot: QtBot) -> None:
    page = open_page(window)
    store = workspace.store
    stack = workspace.undo_stack
    workshop_id = create_workshop(page, qtbot)
    assert stack.undoText() == "Change the end time"
    stack.undo()
    assert workshops.get_workshop(store, workshop_id).end_time is None
    assert page.editor.details.end.value() is None, "the field shows the undone value"
    stack.redo()
    assert page.editor.details.end.value() == time(12, 0)

    add_agenda(page, qtbot)
    agenda = page.editor.agenda
    agenda.table.setFocus()
    agenda.table.select_row(0)
    qtbot.keyClick(agenda.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert agenda_titles(workspace, workshop_id)[:2] == ["Walk along the harbour", "Welcome"]
    stack.undo()
    assert agenda_titles(workspace, workshop_id) == [title for title, _ in AGENDA]
    stack.redo()
    assert agenda_titles(workspace, workshop_id)[1] == "Welcome"
    stack.undo()

    # minutes: switching to another item commits at once, and undo takes the text back
    agenda.table.select_row(1)
    qtbot.keyClicks(agenda.minutes.edit, "We walked in the rain.")
    agenda.table.select_row(2)
    assert workshops.list_agenda(store, workshop_id)[1].minutes_text == "We walked in the rain."
    assert stack.undoText() == "Edit the minutes"
    stack.undo()
    assert workshops.list_agenda(store, workshop_id)[1].minutes_text == ""
    agenda.table.select_row(1)
    assert agenda.minutes.edit.toPlainText() == ""
    stack.redo()
    assert agenda.minutes.edit.toPlainText() == "We walked in the rain."

    # removing an item, and undoing that
    agenda.table.select_row(2)
    qtbot.keyClick(agenda.table, Qt.Key.Key_Delete)
    assert agenda_titles(workspace, workshop_id) == ["Welcome", "Walk along the harbour"]
    stack.undo()
    assert agenda_titles(workspace, workshop_id)[-1] == "What we saw"

    # attendance: undo puts back the status that was there before (here: none, then present)
    page.editor.tabs.setCurrentWidget(page.editor.attendance.parentWidget())
    attendance = page.editor.attendance
    person = people(workspace)[0]
    choose_person(attendance, person.display_name)
    qtbot.mouseClick(attendance.status_buttons["present"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(attendance.status_buttons["absent"], Qt.MouseButton.LeftButton)
    assert statuses(workspace, workshop_id) == {person.id: "absent"}
    stack.undo()
    assert statuses(workspace, workshop_id) == {person.id: "present"}
    stack.undo()
    assert statuses(workspace, workshop_id) == {}
    stack.redo()
    assert statuses(workspace, workshop_id) == {person.id: "present"}

    # decisions: add, make an action, undo both
    decisions = page.editor.decisions
    decisions.new_text.setText(DECISION)
    qtbot.mouseClick(decisions.add_button, Qt.MouseButton.LeftButton)
    decisions.make_action.trigger()
    assert any(a.workshop_id == workshop_id for a in actions.list_actions(store))
    stack.undo()
    assert not any(a.workshop_id == workshop_id for a in actions.list_actions(store))
    assert decisions.make_action.isEnabled(), "without its action the decision can be made into one again"
    stack.undo()
    assert workshops.list_decisions(store, workshop_id) == []
    stack.redo()
    stack.redo()
    assert [a.what for a in actions.list_actions(store) if a.workshop_id == workshop_id] == [DECISION]


def test_a_refused_value_is_explained_beside_the_field(window: MainWindow, workspace: Workspace, qtbot: QtBot) -> None:
    page = open_page(window)
    workshop = page.editor.workshop
    assert workshop is not None
    details = page.editor.details
    count = workspace.undo_stack.count()
    type_into_line(qtbot, details.title_edit, "   ")
    assert details.error_message("title") == "This must not be empty."
    assert details.title_edit.text() == workshop.title, "the field goes back to what the file holds"
    assert workspace.undo_stack.count() == count
    # an end before the start is refused; a start moved past the end takes the end along
    details.end.edit.setTime(QTime(8, 0))
    qtbot.keyClick(details.end.edit, Qt.Key.Key_Return)
    assert details.error_message("end_time") == "The end time must be later than the start time."
    assert details.end.value() == workshop.end_time
    details.start.edit.setTime(QTime(20, 0))
    qtbot.keyClick(details.start.edit, Qt.Key.Key_Return)
    moved = workshops.get_workshop(workspace.store, workshop.id)
    assert (moved.start_time, moved.end_time) == (time(20, 0), time(23, 0))
    assert details.end.value() == time(23, 0)
    assert workspace.undo_stack.undoText() == "Change the start time"
    workspace.undo_stack.undo()
    moved = workshops.get_workshop(workspace.store, workshop.id)
    assert (moved.start_time, moved.end_time) == (workshop.start_time, workshop.end_time), "one step for both"
    type_into_line(qtbot, details.title_edit, "Mobilisation evening")
    assert details.error_message("title") == ""
    assert workshops.get_workshop(workspace.store, workshop.id).title == "Mobilisation evening"


def test_agenda_longer_than_the_slot_is_flagged(window: MainWindow, workspace: Workspace, qtbot: QtBot) -> None:
    page = open_page(window)
    agenda = page.editor.agenda
    assert "5 minutes to spare" in agenda.total.text() and not agenda.is_over_slot()
    page.editor.tabs.setCurrentWidget(agenda.parentWidget())
    agenda.new_minutes.setValue(45)
    qtbot.keyClicks(agenda.new_title, "Extra round of ideas")
    qtbot.keyClick(agenda.new_title, Qt.Key.Key_Return)
    assert agenda.is_over_slot()
    assert agenda.total.text() == "220 minutes planned: 40 minutes more than the 180 minutes from start to end."
    assert agenda.total_icon.isVisibleTo(agenda), "the warning is an icon and words, not colour alone"
    workspace.undo_stack.undo()
    assert not agenda.total_icon.isVisibleTo(agenda)


def test_delete_asks_first_and_undo_brings_everything_back(
    window: MainWindow, workspace: Workspace, qtbot: QtBot
) -> None:
    page = open_page(window)
    store = workspace.store
    workshop = page.list.current()
    assert workshop is not None
    agenda_before = workshops.list_agenda(store, workshop.id)
    qtbot.mouseClick(page.list.delete_button, Qt.MouseButton.LeftButton)
    box = page.list.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible() and workshop.title in box.text()
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert workshop.id in {w.id for w in workshops.list_workshops(store)}
    qtbot.mouseClick(page.list.delete_button, Qt.MouseButton.LeftButton)
    box = page.list.confirm_box
    assert box is not None
    delete = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    assert isinstance(delete, QAbstractButton)
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert workshop.id not in {w.id for w in workshops.list_workshops(store)}
    assert page.list.current_id() not in (None, workshop.id), "a neighbour is chosen instead"
    assert workspace.undo_stack.undoText() == "Delete a workshop"
    workspace.undo_stack.undo()
    assert workshops.list_agenda(store, workshop.id) == agenda_before
    workspace.undo_stack.redo()
    assert workshop.id not in {w.id for w in workshops.list_workshops(store)}


def test_the_list_filters_and_shows_dates_in_the_locale(window: MainWindow, workspace: Workspace, qtbot: QtBot) -> None:
    page = open_page(window)
    panel = page.list
    assert panel.proxy.rowCount() == len(workshops.list_workshops(workspace.store)) > 1
    qtbot.keyClicks(panel.search, "operating")
    assert panel.proxy.rowCount() == 1
    assert panel.proxy.index(0, 1).data() == "Choosing our operating model"
    panel.search.clear()
    first = panel.model.record(0)
    assert first.date is not None
    assert panel.model.index(0, 0).data() == QLocale().toString(QDate(first.date), QLocale.FormatType.ShortFormat)
    assert panel.model.index(0, 2).data() == "1. Knowledge base"


@pytest.mark.parametrize("language", ["fi"])
def test_texts_follow_a_language_change(window: MainWindow, language: str) -> None:
    from workshop_app.i18n import install_translations

    page = open_page(window)
    english = page.editor.tabs.tabText(0)
    install_translations(language)
    try:
        QApplication.processEvents()
        assert page.editor.tabs.tabText(0) == "&Tiedot"
    finally:
        install_translations("en")
    QApplication.processEvents()
    assert page.editor.tabs.tabText(0) == english


def test_typing_is_committed_before_a_new_workshop_takes_over(
    window: MainWindow, workspace: Workspace, qtbot: QtBot
) -> None:
    page = open_page(window)
    workshop = page.editor.workshop
    assert workshop is not None
    page.editor.details.place.setFocus()
    page.editor.details.place.selectAll()
    qtbot.keyClicks(page.editor.details.place, "Harbour hall")  # no Enter: still being typed
    qtbot.keyClick(
        page.editor.details.place, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert workshops.get_workshop(workspace.store, workshop.id).place == "Harbour hall"
    assert page.editor.workshop is not None and page.editor.workshop.title == "New workshop"
    assert page.editor.details.title_edit.selectedText() == "New workshop", "ready to type the real title"


def test_another_page_can_open_a_given_workshop(window: MainWindow, workspace: Workspace) -> None:
    wanted = workshops.list_workshops(workspace.store)[1]
    page = window.show_page("workshops")
    assert isinstance(page, WorkshopsPage)
    page.show_workshop(wanted.id)
    assert page.editor.workshop is not None and page.editor.workshop.id == wanted.id


def test_an_activity_of_the_method_goes_onto_the_agenda(window: MainWindow, workspace: Workspace) -> None:
    page = open_page(window)
    agenda = page.editor.agenda
    workshop = page.editor.workshop
    assert workshop is not None
    activity = workspace.catalogue.phase(workshop.phase).activities[0]
    entries = agenda.method_menu.actions()
    assert len(entries) == len(workspace.catalogue.phase(workshop.phase).activities)
    assert entries[0].text().startswith(activity.title.get(workspace.language))
    entries[0].trigger()
    added = workshops.list_agenda(workspace.store, workshop.id)[-1]
    assert (added.title, added.planned_minutes, added.activity_key) == (
        activity.title.get(workspace.language),
        activity.minutes,
        activity.key,
    )
    assert agenda.current_id() == added.id
