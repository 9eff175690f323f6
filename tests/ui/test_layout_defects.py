"""Layout defects found by a new user at 1366x768: the agenda's New item field, the overview's next workshops."""

from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.pages.overview import OverviewPage, UpcomingWorkshopsModel
from ui.pages.workshops import WorkshopsPage
from ui.workshop.agenda_view import NEW_TITLE_MIN_WIDTH


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
