"""Defects found by a new user at 1366x768: the agenda's New item field, the overview's next workshops, a note
opened for editing with all its text selected (the next key replaced it)."""

from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from tests.ui.board_helpers import open_valuma_window
from ui.main_window import MainWindow
from ui.pages.overview import OverviewPage, UpcomingWorkshopsModel
from ui.pages.workshops import WorkshopsPage
from ui.workshop.agenda_view import NEW_TITLE_MIN_WIDTH
from ui.workspace import Workspace


def test_the_new_agenda_item_field_is_wide_enough(qtbot: QtBot, window: MainWindow) -> None:
    page = window.show_page("workshops")
    assert isinstance(page, WorkshopsPage)
    agenda = page.editor.agenda
    page.editor.tabs.setCurrentWidget(agenda.parentWidget())
    qtbot.waitUntil(agenda.new_title.isVisible)
    assert agenda.new_title.width() >= NEW_TITLE_MIN_WIDTH


def test_next_workshops_share_the_width_between_title_and_place(window: MainWindow) -> None:
    page = window.show_page("overview")
    assert isinstance(page, OverviewPage)
    header = page.workshop_table.horizontalHeader()
    for column in (UpcomingWorkshopsModel.TITLE, UpcomingWorkshopsModel.PLACE):
        assert header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch


def test_editing_a_note_puts_the_cursor_at_the_end_without_selecting_it(qtbot: QtBot, workspace: Workspace) -> None:
    for window in open_valuma_window(qtbot, workspace):
        item = window.scene.note_items()[0]
        editor = window.scene.start_editing(item)
        assert editor is not None
        cursor = editor.textCursor()
        assert not cursor.hasSelection() and cursor.position() == len(item.record.text)
        editor.finish(False)
