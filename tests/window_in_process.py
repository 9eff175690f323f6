"""The window's command line (``python -m ui``) called in the test's own process, for one board's window.

A child process that opens a board costs three to six seconds, nearly all of it Python starting and importing
Qt, the core and the interface. Each entry point is still run that way once (tests/test_cli.py and
tests/ui/test_board_room.py run ``python -m ui open FILE --board TITLE --screenshot``, on the real event loop);
tests about which board a command line names, or what it says when it names none, call the same ``ui.cli.main``
here. Only the event loop is a stand-in: the board window's start-up coroutine (which renders the screenshot)
runs to its end on a plain asyncio loop instead of qasync's, which would take over this process's
QApplication for the rest of the tests.
"""

import asyncio
import contextlib
import subprocess
import warnings
from collections.abc import Awaitable, Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication

from tests.cli_in_process import called, english_environment
from ui import cli, launch
from workshop_app.logs import shutdown_logging

WindowMain = Callable[..., subprocess.CompletedProcess[str]]


def _startup_only(app: QApplication, startup: Callable[[], Awaitable[None]] | None = None) -> int:
    """``run_event_loop`` without qasync: the start-up (the screenshot, then quit) run on a loop of its own."""
    if startup is not None:
        asyncio.run(startup())  # type: ignore[arg-type]
    return 0


@pytest.fixture(name="window_main")
def window_main_fixture(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[WindowMain]:
    """``python -m ui ARGS`` run in this process (English unless ARGS say otherwise, offscreen).

    Afterwards what the command set up for a process of its own is undone: English translations, the log
    handler, and the board window's "quit when the last window closes".
    """
    english_environment(monkeypatch)
    monkeypatch.setattr(launch, "run_event_loop", _startup_only)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return called(cli.main, "ui", args)

    yield run
    shutdown_logging()
    with warnings.catch_warnings(), contextlib.suppress(RuntimeError, SystemError):
        warnings.simplefilter("ignore")
        qapp.lastWindowClosed.disconnect(qapp.quit)  # connected by run_board, if it got that far
