"""The running agenda: its clock as plain logic over a fake clock (no sleeping), and the view on the page."""

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.pages.workshops import WorkshopsPage
from ui.workshop.agenda_clock import AgendaClock, ClockItem, format_clock, format_duration
from workshop_app.services import workshops


class FakeClock:
    """Seconds that only move when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


ITEMS = [ClockItem("Welcome", 10), ClockItem("Walk", 60), ClockItem("Round-up", 5)]


@pytest.fixture
def fake() -> FakeClock:
    return FakeClock()


def test_counts_down_the_current_item(fake: FakeClock, qtbot: QtBot) -> None:
    clock = AgendaClock(ITEMS, fake)
    assert not clock.running and clock.remaining_seconds() == 600
    with qtbot.waitSignal(clock.changed):
        clock.start()
    fake.advance(90.4)
    assert clock.remaining_seconds() == pytest.approx(509.6)
    assert format_clock(clock.remaining_seconds()) == "08:30", "whole seconds round up while counting down"
    assert clock.elapsed_seconds() == pytest.approx(90.4)
    assert clock.planned_seconds() == 75 * 60


def test_pause_stops_the_clock(fake: FakeClock) -> None:
    clock = AgendaClock(ITEMS, fake)
    clock.start()
    fake.advance(60)
    clock.toggle()
    assert not clock.running
    fake.advance(300)  # a long question from the floor, clock paused
    assert clock.remaining_seconds() == 540
    clock.toggle()
    fake.advance(30)
    assert clock.remaining_seconds() == 510
    assert clock.elapsed_seconds() == 90


def test_next_and_previous_keep_each_items_time(fake: FakeClock) -> None:
    clock = AgendaClock(ITEMS, fake)
    clock.start()
    fake.advance(120)
    assert clock.next()
    assert clock.current() == ITEMS[1] and clock.next_item() == ITEMS[2]
    assert clock.remaining_seconds() == 3600
    fake.advance(600)
    assert clock.remaining_seconds() == 3000
    assert clock.previous()
    assert clock.remaining_seconds() == 480, "back to the first item: its countdown resumes where it stopped"
    assert clock.elapsed_seconds() == 720
    assert not clock.previous(), "there is nothing before the first item"
    clock.go_to(2)
    assert not clock.next() and clock.next_item() is None


def test_running_over_is_shown_with_a_minus(fake: FakeClock) -> None:
    clock = AgendaClock(ITEMS, fake)
    clock.go_to(2)
    clock.start()
    fake.advance(5 * 60 + 10)
    assert clock.is_over()
    assert format_clock(clock.remaining_seconds()) == "\u221200:10"
    assert format_clock(3725) == "1:02:05"
    assert format_duration(310.7) == "0:05:10"


def test_an_empty_agenda_does_not_run(fake: FakeClock) -> None:
    clock = AgendaClock([], fake)
    clock.start()
    assert not clock.running and clock.current() is None and clock.remaining_seconds() == 0


def test_f5_runs_the_agenda_on_the_page(window: MainWindow, qtbot: QtBot, fake: FakeClock) -> None:
    page = window.show_page("workshops")
    assert isinstance(page, WorkshopsPage)
    workshop = page.editor.workshop
    assert workshop is not None
    agenda = workshops.list_agenda(window.workspace.store, workshop.id)  # type: ignore[union-attr]
    page.running.clock_source = fake
    assert page.run_action.isEnabled()
    qtbot.keyClick(page.list.view, Qt.Key.Key_F5)
    assert page.is_running()
    view = page.running
    assert view.isWindow() and view.isFullScreen()  # alone on the wall: no navigator, menu or file path
    qtbot.waitUntil(view.isActiveWindow)
    assert view.title.text() == agenda[0].title
    assert view.countdown.text() == format_clock(agenda[0].planned_minutes * 60)
    assert view.next_label.text() == f"Next: {agenda[1].title}"
    fake.advance(61)
    view.clock.changed.emit()  # what the ticking QTimer does
    assert view.countdown.text() == format_clock(agenda[0].planned_minutes * 60 - 61)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.title.text() == agenda[1].title
    assert view.position.text() == f"Item 2 of {len(agenda)}"
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert view.title.text() == agenda[0].title
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert not view.clock.running and view.status.text() == "Paused: press Space to continue"
    fake.advance(agenda[0].planned_minutes * 60)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    fake.advance(agenda[0].planned_minutes * 60)
    view.clock.changed.emit()
    assert view.clock.is_over() and view.countdown.text().startswith("\u2212")
    assert view.status.text().startswith("Over the")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not page.is_running() and not view.clock.running
    assert not view.isWindow() and page.modes.currentWidget() is page.splitter
