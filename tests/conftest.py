"""Shared fixtures: every test gets its own app home (backups, logs, data) in a temporary folder."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ui import gui_collector
from workshop_app.paths import HOME_ENV


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The files that hold a test marked ``slow`` run first, each file's tests still together and in order.

    pytest-xdist hands the tests out in this order, and a worker that starts a long test near the end keeps the
    run going while the other sits idle: started first, the long tests overlap with everything else and the
    run ends on short ones. A file is moved whole, so its module fixtures are still made once per worker.
    """
    slow_files = {item.path for item in items if item.get_closest_marker("slow") is not None}
    items.sort(key=lambda item: item.path not in slow_files)  # stable: the order within each part is kept


@pytest.fixture(scope="session", autouse=True)
def compiled_translations(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The .qm files are build output (make translations); rebuild them when a .ts source is newer.

    Under pytest-xdist every worker runs this at its start: the lock (in the folder all workers' temporary
    folders share) lets one of them rebuild while the others wait, so none reads a half-written .qm file.
    """
    from filelock import FileLock

    from tools import translations

    with FileLock(tmp_path_factory.getbasetemp().parent / "workshop-app-translations.lock"):
        stale = [
            language
            for language in translations.LANGUAGES
            if not (qm := translations.ts_file(language).with_suffix(".qm")).exists()
            or qm.stat().st_mtime < translations.ts_file(language).stat().st_mtime
        ]
        if stale:
            translations.build()


@pytest.fixture(scope="session", autouse=True)
def one_qapplication(qapp: QApplication) -> None:
    """Every test process makes its QApplication first (pytest-qt's ``qapp``).

    The core's command line, called in the test's process, makes a QCoreApplication when there is none; Qt
    allows one application per process, so every GUI test after it in that process would fail. Which tests a
    pytest-xdist worker runs first is chance: the order must not matter.

    The app's cycle collector is installed with it, as in the app (:mod:`ui.gui_collector`): Python's own
    collector would free a window or timer a test left in a reference cycle on whichever thread allocates next
    (a store's check, a server's listener), and Qt then delivers a timer to freed memory in a later test.
    """
    gui_collector.install(qapp)


@pytest.fixture(autouse=True)
def cycles_collected_on_the_main_thread() -> Iterator[None]:
    """After each test, the collection CPython's thresholds call for, on this (the GUI) thread.

    The collector's timer only fires while events are processed, and many tests never process any.
    """
    yield
    collector = gui_collector.installed()
    if collector is not None:
        collector.collect_due()


@pytest.fixture(autouse=True)
def app_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The app's own folders (data, backups, logs) for this test alone.

    The app started in a subprocess also keeps its Qt settings (recent files, window geometry, language) in
    ``$XDG_CONFIG_HOME``: pointing that at a folder of this test keeps tests running side by side (xdist) from
    reading each other's settings, and keeps all of them away from the developer's own.
    """
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv(HOME_ENV, str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
    return home


@pytest.fixture
def workdir(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path
