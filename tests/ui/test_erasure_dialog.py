"""Erasing a person in the window: the first name alone decided one text at a time, then a report of the
backups deleted and the exported files to delete by hand."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.commands import OperationCommand
from ui.main_window import MainWindow
from ui.pages.participants import ParticipantsPage
from ui.workspace import Workspace
from workshop_app.export.tabular import export_actions_csv
from workshop_app.operations.notes import AddNote
from workshop_app.services import boards, participants
from workshop_app.services.participants import REDACTED


@pytest.fixture
def page(window: MainWindow) -> ParticipantsPage:
    shown = window.show_page("participants")
    assert isinstance(shown, ParticipantsPage)
    return shown


def test_first_names_one_by_one_and_the_report(
    page: ParticipantsPage, workspace: Workspace, qtbot: QtBot, tmp_path: Path
) -> None:
    person = next(p for p in participants.list_participants(workspace.store) if p.display_name == "Ingrid Solheim")
    board = boards.list_boards(workspace.store)[0]
    for text in ("Ingrid brings the maps", "Ingrid from the school, not the same one"):
        assert workspace.apply(OperationCommand(workspace, "note", AddNote(board.id, text, 0.1, 0.1)))
    exported = export_actions_csv(workspace.store, tmp_path / "plan.csv")

    assert page.select_person(person.id)
    page.erase_action.trigger()
    box = page.erase_dialog
    assert box is not None
    assert "Backup copies" in box.informativeText()
    qtbot.mouseClick(box.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.first_name_dialog is not None)
    review = page.first_name_dialog
    assert review is not None
    assert review.keep_button.isDefault()  # Enter alone never replaces
    seen: list[str] = []
    while page.first_name_dialog is not None:
        shown = review.excerpt.text()
        seen.append(shown)
        replace = "brings the maps" in shown
        qtbot.mouseClick(review.replace_button if replace else review.keep_button, Qt.MouseButton.LeftButton)
    assert any("brings the maps" in text for text in seen)
    assert any("from the school" in text for text in seen)

    texts = {note.text for note in boards.list_notes(workspace.store, board.id)}
    assert f"{REDACTED} brings the maps" in texts
    assert "Ingrid from the school, not the same one" in texts

    qtbot.waitUntil(lambda: page.erase_report is not None)
    report = page.erase_report
    assert report is not None
    assert str(exported.resolve()) in report.informativeText()
    assert "No backup copy" in report.informativeText()
    report.close()
