"""Reference cycles are collected on the GUI thread only (ui.gui_collector), by CPython's generational rule."""

import gc
import threading
import weakref
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from ui import gui_collector
from ui.gui_collector import GuiThreadCollector


class Ticking(QObject):
    """A Qt object with a running timer, held only by a reference cycle once the test lets go of it."""

    def __init__(self) -> None:
        super().__init__()
        self.itself = self
        self.startTimer(60_000)


def left_in_a_cycle() -> "weakref.ref[Ticking]":
    return weakref.ref(Ticking())


def allocate_on(thread_name: str, objects: int = 20_000) -> None:
    """What a worker thread does to the collector's counts: many container objects alive at once."""

    def work() -> None:
        kept = [[] for _ in range(objects)]  # type: ignore[var-annotated]
        del kept

    thread = threading.Thread(target=work, name=thread_name)
    thread.start()
    thread.join(timeout=30)


def rounds_until(done: Callable[[], bool], collector: GuiThreadCollector, limit: int = 400) -> int:
    """Allocation rounds, each past the youngest generation's threshold, until ``done``; bounded."""
    for round_ in range(1, limit + 1):
        kept = [[] for _ in range(gc.get_threshold()[0] + 100)]  # type: ignore[var-annotated]
        collector.collect_due()
        del kept
        if done():
            return round_
    return limit + 1


@pytest.fixture
def collections() -> Iterator[list[tuple[str, int]]]:
    """The thread and generation of every cycle collection while the test runs."""
    seen: list[tuple[str, int]] = []

    def record(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append((threading.current_thread().name, info["generation"]))

    gc.callbacks.append(record)
    yield seen
    gc.callbacks.remove(record)


def test_the_app_turns_the_automatic_collector_off() -> None:
    assert gui_collector.installed() is not None
    assert not gc.isenabled()


def test_a_worker_thread_never_frees_a_qt_object_and_the_gui_thread_does(
    collections: list[tuple[str, int]],
) -> None:
    ticking = left_in_a_cycle()
    allocate_on("exporter")
    assert ticking() is not None, "a collection on the worker would have freed the timer's object there"
    assert [name for name, _ in collections if name != threading.main_thread().name] == []

    collector = gui_collector.installed()
    assert collector is not None
    assert rounds_until(lambda: ticking() is None, collector, limit=5) <= 5  # due once enough objects are alive
    assert collections and {name for name, _ in collections} == {threading.main_thread().name}


def test_asked_on_another_thread_it_collects_nothing(collections: list[tuple[str, int]]) -> None:
    collector = gui_collector.installed()
    assert collector is not None
    ticking = left_in_a_cycle()
    kept = [[] for _ in range(5_000)]  # type: ignore[var-annotated]
    freed: list[int] = []
    thread = threading.Thread(target=lambda: freed.append(collector.collect_due()), name="room")
    thread.start()
    thread.join(timeout=30)
    del kept
    assert freed == [0] and collections == [] and ticking() is not None


def test_its_timer_collects_while_events_are_processed(qtbot: QtBot) -> None:
    ticking = left_in_a_cycle()
    kept = [[] for _ in range(5_000)]  # type: ignore[var-annotated]
    qtbot.waitUntil(lambda: ticking() is None, timeout=3 * gui_collector.CHECK_INTERVAL_MS)
    del kept


@pytest.fixture
def fresh_collector() -> Iterator[GuiThreadCollector]:
    """A collector of its own (the process's one has its history), freed with its parent after the test."""
    owner = QObject()
    yield GuiThreadCollector(owner)
    owner.deleteLater()


def test_a_cycle_in_the_oldest_generation_is_freed_in_time(
    fresh_collector: GuiThreadCollector, collections: list[tuple[str, int]]
) -> None:
    held = Ticking()
    gc.collect(1)
    gc.collect(1)  # survived two collections: the object is in the oldest generation
    assert any(obj is held for obj in gc.get_objects(generation=2))
    ticking = weakref.ref(held)
    del held

    rounds = rounds_until(lambda: ticking() is None, fresh_collector)
    # CPython's thresholds (700, 10, 10): the oldest generation is due after about 10 x 10 young collections
    assert rounds <= 2 * gc.get_threshold()[1] * gc.get_threshold()[2]
    assert (threading.main_thread().name, 2) in collections


def test_the_oldest_generation_is_walked_again_only_once_it_has_grown_by_a_quarter(
    fresh_collector: GuiThreadCollector, collections: list[tuple[str, int]]
) -> None:
    assert rounds_until(lambda: any(gen == 2 for _, gen in collections), fresh_collector) <= 400
    collections.clear()
    # as many rounds again: the oldest generation is due by count, but barely grew, so it is not walked
    rounds_until(lambda: False, fresh_collector, limit=2 * gc.get_threshold()[1] * gc.get_threshold()[2])
    assert collections and all(gen < 2 for _, gen in collections)

    # a third more objects that stay alive: the middle generation's next collection moves them into the oldest
    grown = [[] for _ in range(len(gc.get_objects(generation=2)) // 3)]  # type: ignore[var-annotated]
    collections.clear()
    assert rounds_until(lambda: any(gen == 2 for _, gen in collections), fresh_collector) <= 400
    del grown
