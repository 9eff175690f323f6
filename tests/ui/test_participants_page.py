"""The participants page in the main window on a real demo file: add, edit in place, undo/redo, filter, and
erase a person so that their name and contact are gone from every byte of the programme file."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit
from pytestqt.qtbot import QtBot

from ui.commands import OperationCommand, update_command
from ui.main_window import MainWindow
from ui.models.participants_model import ACTOR_TYPE, CONSENT, NAME, ORGANISATION
from ui.pages.participants import ParticipantsPage
from ui.workspace import Workspace
from workshop_app.domain.models import ParticipantView
from workshop_app.operations.changes import Kind
from workshop_app.operations.notes import AddNote
from workshop_app.services import boards, participants, workshops
from workshop_app.services.participants import REDACTED


@pytest.fixture
def page(window: MainWindow) -> ParticipantsPage:
    shown = window.show_page("participants")
    assert isinstance(shown, ParticipantsPage)
    return shown


def person_named(workspace: Workspace, name: str) -> ParticipantView:
    return next(p for p in participants.list_participants(workspace.store) if p.display_name == name)


def cell(page: ParticipantsPage, person: ParticipantView, column: int) -> QModelIndex:
    row = page.model.row_of(person.id)
    assert row is not None
    index = page.proxy.mapFromSource(page.model.index(row, column))
    assert index.isValid()
    return index


def start_editing(page: ParticipantsPage, qtbot: QtBot, index: QModelIndex) -> object:
    """Make ``index`` current and press F2, as a keyboard user would; returns the editor the delegate made."""
    page.table.setCurrentIndex(index)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = page.table.indexWidget(index)
    assert editor is not None, "F2 should open an editor"
    return editor


def commit(qtbot: QtBot, editor: object, page: ParticipantsPage) -> None:
    """Enter in an editor; the delegate commits on a queued call, so wait until the editor is gone."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: page.table.indexWidget(page.table.currentIndex()) is None)


def shown_names(page: ParticipantsPage) -> list[str]:
    return [str(page.proxy.index(row, NAME).data()) for row in range(page.proxy.rowCount())]


def test_page_shows_the_register_with_a_summary(page: ParticipantsPage) -> None:
    assert page.proxy.rowCount() == 17
    assert page.summary.text() == "People: 17   ·   Actor types: 12"
    assert page.actor_filter.itemText(0) == "All actor types (17)"
    assert page.actor_filter.itemText(page.actor_filter.findData("residents")) == "Residents (2)"
    assert "Ctrl+Shift+N" in page.add_action.toolTip()
    assert page.erase_action.isEnabled()  # the first row is current


def test_add_a_participant_through_the_dialog_then_undo_and_redo(
    page: ParticipantsPage, window: MainWindow, workspace: Workspace, qtbot: QtBot
) -> None:
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.add_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok_button.isEnabled()  # a name is needed
    qtbot.keyClicks(dialog.name, "  Anne Sara Guttorm ")
    qtbot.keyClicks(dialog.organisation, "Reindeer herding district 16")
    dialog.actor_type.setCurrentIndex(dialog.actor_type.findData("business"))
    qtbot.keyClicks(dialog.role, "Herder")
    qtbot.keyClicks(dialog.contact, "anne.guttorm@example.no")
    dialog.consent_given.setChecked(True)
    dialog.consent_date.setDate(QDate(2026, 11, 20))
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.add_dialog is None)

    added = person_named(workspace, "Anne Sara Guttorm")
    assert (added.organisation, added.actor_type, added.role, added.contact, added.consent_date) == (
        "Reindeer herding district 16",
        "business",
        "Herder",
        "anne.guttorm@example.no",
        date(2026, 11, 20),
    )
    assert page.proxy.rowCount() == 18
    assert page.current_person() is not None and page.current_person().id == added.id  # type: ignore[union-attr]
    assert page.summary.text().startswith("People: 18")

    window.undo_action.trigger()
    assert all(p.id != added.id for p in participants.list_participants(workspace.store))
    assert page.proxy.rowCount() == 17
    window.redo_action.trigger()
    assert participants.get_participant(workspace.store, added.id).display_name == "Anne Sara Guttorm"
    assert page.proxy.rowCount() == 18


def test_a_refused_add_keeps_the_dialog_open(page: ParticipantsPage, workspace: Workspace, qtbot: QtBot) -> None:
    workspace.failed.disconnect()  # the main window's message box would be modal; the signal is checked instead
    page.add_action.trigger()
    dialog = page.add_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.name, "Valid name")
    dialog.organisation.setMaxLength(1000)
    dialog.organisation.setText("x" * 300)  # longer than the core allows
    with qtbot.waitSignal(workspace.failed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert page.add_dialog is dialog and dialog.isVisible()
    assert dialog.name.text() == "Valid name"
    assert len(participants.list_participants(workspace.store)) == 17
    dialog.reject()
    qtbot.waitUntil(lambda: page.add_dialog is None)


def test_edit_organisation_inline_then_undo_and_redo(
    page: ParticipantsPage, window: MainWindow, workspace: Workspace, qtbot: QtBot
) -> None:
    person = person_named(workspace, "Kari Nordmo")
    editor = start_editing(page, qtbot, cell(page, person, ORGANISATION))
    assert isinstance(editor, QLineEdit) and editor.text() == "Elvheim Municipality"
    editor.selectAll()
    qtbot.keyClicks(editor, "Elvheim Culture House")
    commit(qtbot, editor, page)

    assert participants.get_participant(workspace.store, person.id).organisation == "Elvheim Culture House"
    assert cell(page, person, ORGANISATION).data() == "Elvheim Culture House"
    window.undo_action.trigger()
    assert participants.get_participant(workspace.store, person.id).organisation == "Elvheim Municipality"
    assert cell(page, person, ORGANISATION).data() == "Elvheim Municipality"
    window.redo_action.trigger()
    assert participants.get_participant(workspace.store, person.id).organisation == "Elvheim Culture House"


def test_edit_actor_type_and_consent_date_with_their_delegates(
    page: ParticipantsPage, window: MainWindow, workspace: Workspace, qtbot: QtBot
) -> None:
    person = person_named(workspace, "Johan Lindqvist")
    combo = start_editing(page, qtbot, cell(page, person, ACTOR_TYPE))
    assert isinstance(combo, QComboBox)
    assert combo.currentData() == "business" and combo.currentText() == "Business"
    assert combo.findText("Residents") >= 0  # catalogue labels, not keys
    qtbot.waitUntil(combo.view().isVisible)  # the list opens by itself
    steps = combo.findData("business") - combo.findData("development_company")
    for _ in range(steps):
        qtbot.keyClick(combo.view(), Qt.Key.Key_Up)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)  # choosing is the whole edit
    qtbot.waitUntil(lambda: page.table.indexWidget(page.table.currentIndex()) is None)
    assert participants.get_participant(workspace.store, person.id).actor_type == "development_company"
    assert cell(page, person, ACTOR_TYPE).data() == "Development companies and intermediaries"

    dates = start_editing(page, qtbot, cell(page, person, CONSENT))
    assert isinstance(dates, QDateEdit)
    dates.setDate(QDate(2026, 1, 15))
    commit(qtbot, dates, page)
    assert participants.get_participant(workspace.store, person.id).consent_date == date(2026, 1, 15)

    dates = start_editing(page, qtbot, cell(page, person, CONSENT))
    assert isinstance(dates, QDateEdit)
    qtbot.keyClick(dates, Qt.Key.Key_Delete)  # clears the date
    commit(qtbot, dates, page)
    assert participants.get_participant(workspace.store, person.id).consent_date is None
    assert cell(page, person, CONSENT).data() == "Not recorded"

    window.undo_action.trigger()
    window.undo_action.trigger()
    window.undo_action.trigger()
    restored = participants.get_participant(workspace.store, person.id)
    assert (restored.actor_type, restored.consent_date) == ("business", person.consent_date)


def test_filter_by_actor_type_and_search(page: ParticipantsPage, qtbot: QtBot) -> None:
    page.actor_filter.setCurrentIndex(page.actor_filter.findData("civil_society_organised"))
    assert sorted(shown_names(page)) == ["Máret Áile Eira", "Sigrid Bakken"]
    assert page.filter_status.text() == "Showing 2 of 17 entries"
    assert not page.clear_filters.isHidden()
    qtbot.keyClicks(page.search, "searvi")
    assert shown_names(page) == ["Máret Áile Eira"]
    qtbot.keyClicks(page.search, "xyz")
    assert page.proxy.rowCount() == 0
    assert page.views.currentWidget() is page.empty and "No one matches" in page.empty.text()
    qtbot.mouseClick(page.clear_filters, Qt.MouseButton.LeftButton)
    assert page.proxy.rowCount() == 17 and page.search.text() == "" and page.actor_filter.currentIndex() == 0
    assert page.clear_filters.isHidden() and page.views.currentWidget() is page.table


# --- erasure -------------------------------------------------------------------------------------------------


def raw_bytes(path: Path) -> bytes:
    """The programme file and its write-ahead log as they are on disk."""
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def contributions(workspace: Workspace, person: ParticipantView) -> tuple[int, int]:
    """How many notes the person wrote and how many workshops they have an attendance record for."""
    notes = sum(
        1
        for board in boards.list_boards(workspace.store)
        for note in boards.list_notes(workspace.store, board.id)
        if note.participant_id == person.id
    )
    attended = sum(
        1
        for workshop in workshops.list_workshops(workspace.store)
        for entry in workshops.list_attendance(workspace.store, workshop.id)
        if entry.participant_id == person.id
    )
    return notes, attended


def mention_in_minutes_and_notes(workspace: Workspace, person: ParticipantView) -> None:
    """Put the person's name and contact into minutes and a note, through undoable commands as the GUI would,
    so the undo history holds them too."""
    store = workspace.store
    workshop = workshops.list_workshops(store)[0]
    item = workshops.list_agenda(store, workshop.id)[0]
    minutes = f"{item.minutes_text} {person.display_name} presented the plan; write to {person.contact}."
    assert workspace.apply(update_command(workspace, "minutes", Kind.AGENDA_ITEM, item.id, {"minutes_text": minutes}))
    board = boards.list_boards(store)[0]
    assert workspace.apply(
        OperationCommand(workspace, "note", AddNote(board.id, f"Ask {person.display_name} about the ferry", 0.2, 0.3))
    )


@pytest.mark.parametrize("name", ["Ingrid Solheim", "Máret Áile Eira"])
def test_erase_removes_name_and_contact_from_every_byte_of_the_file(
    page: ParticipantsPage, window: MainWindow, workspace: Workspace, qtbot: QtBot, name: str
) -> None:
    person = person_named(workspace, name)
    mention_in_minutes_and_notes(workspace, person)
    before = contributions(workspace, person)
    assert before[0] > 0, "pick someone from the demo who wrote notes"
    secrets = [person.display_name.encode(), person.contact.encode()]
    assert all(secret in raw_bytes(workspace.store.path) for secret in secrets)  # the search does find them

    assert page.select_person(person.id)
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    box = page.erase_dialog
    assert box is not None and box.isVisible()
    explanation = box.informativeText()
    for promise in ("name, organisation, role, contact and consent date", "anonymous", REDACTED, "cannot be undone"):
        assert promise in explanation
    assert name in box.text()
    assert box.defaultButton() is box.cancel_button  # Enter alone never erases
    qtbot.mouseClick(box.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.erase_dialog is None)

    data = raw_bytes(workspace.store.path)
    for secret in secrets:
        assert secret not in data
    assert contributions(workspace, person) == before  # notes and attendance stay, anonymous
    erased = participants.get_participant(workspace.store, person.id)
    assert erased.erased and erased.display_name == "" and erased.contact == ""
    assert workspace.undo_stack.count() == 0  # earlier commands held the name; nothing can bring it back
    assert not window.undo_action.isEnabled()

    index = cell(page, person, NAME)
    assert index.data() == "Erased participant"
    page.table.setCurrentIndex(index)
    assert not page.erase_action.isEnabled() and not page.edit_action.isEnabled()
    assert "Erased entries: 1" in page.summary.text()
    assert "erased" in window.statusBar().currentMessage()
    page.show_erased.setChecked(False)
    assert "Erased participant" not in shown_names(page)


def test_cancelling_the_erasure_changes_nothing(page: ParticipantsPage, workspace: Workspace, qtbot: QtBot) -> None:
    person = person_named(workspace, "Pekka Laitinen")
    assert page.select_person(person.id)
    page.erase_action.trigger()
    box = page.erase_dialog
    assert box is not None
    qtbot.mouseClick(box.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.erase_dialog is None)
    assert participants.get_participant(workspace.store, person.id) == person


def test_language_change_retranslates_the_page(page: ParticipantsPage) -> None:
    from workshop_app.i18n import install_translations

    install_translations("fi")
    try:
        assert page.actor_filter.count() == 14  # rebuilt, still every type
    finally:
        install_translations("en")
    assert page.title.text() == "Participants and stakeholders"
    assert page.actor_filter.itemText(0) == "All actor types (17)"
