"""An unexpected error is logged and shown in a non-modal dialog; the app, the undo stack and the file go on.

pytest-qt normally puts its own ``sys.excepthook`` in place to fail a test on an exception in a slot; these
tests switch that off (``qt_no_exception_capture``) because the reporter's hook is what is under test.
"""

import asyncio
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from ui.commands import update_command
from ui.crash import CrashDialog, CrashReporter
from ui.workspace import Workspace
from workshop_app.logs import setup_logging, shutdown_logging
from workshop_app.operations.changes import Kind
from workshop_app.services.programme import get_programme
from workshop_app.storage.health import check_file

pytestmark = pytest.mark.qt_no_exception_capture

SECRET = "Anna Virtanen of the village association"
_GIVEN_BACK: list[None] = []  # references to None handed back after measuring a binding that loses them


class Emitter(QObject):
    fired = Signal()


@pytest.fixture
def log_file(app_home: Path) -> Iterator[Path]:
    path = setup_logging()
    yield path
    shutdown_logging()


@pytest.fixture
def reporter(qapp: QApplication) -> Iterator[CrashReporter]:
    installed = CrashReporter().install()
    yield installed
    installed.uninstall()
    if installed.dialog is not None:
        installed.dialog.close()


def fail_in_slot() -> None:
    raise ValueError(f"could not place the note of '{SECRET}'")


def shown_dialog(qtbot: QtBot, reporter: CrashReporter, count: int = 1) -> CrashDialog:
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.count >= count, timeout=5000)
    assert reporter.dialog is not None
    qtbot.waitUntil(reporter.dialog.isVisible)
    return reporter.dialog


def test_error_in_a_slot_is_logged_shown_and_the_work_goes_on(
    qtbot: QtBot, workspace: Workspace, demo_path: Path, log_file: Path, reporter: CrashReporter
) -> None:
    QTimer.singleShot(0, fail_in_slot)
    dialog = shown_dialog(qtbot, reporter)

    # Non-modal: no nested event loop, the windows behind it stay usable.
    assert not dialog.isModal()
    assert QApplication.activeModalWidget() is None
    assert dialog.log_path.text() == str(log_file)
    assert dialog.folder_button.isEnabled()

    # The log has the traceback, without the quoted personal text.
    logged = log_file.read_text(encoding="utf-8")
    assert "unhandled ValueError" in logged
    assert "fail_in_slot" in logged
    assert SECRET not in logged

    # "Copy Details" puts the redacted traceback and the versions on the clipboard.
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "Traceback (most recent call last)" in copied
    assert "fail_in_slot" in copied and "ValueError" in copied
    assert "Workshop App" in copied and "Qt " in copied
    assert SECRET not in copied
    assert dialog.copied.isVisible()

    # The app goes on: a new edit is validated, written through and undoable; the file is sound.
    command = update_command(workspace, "area", Kind.PROGRAMME, None, {"area": "Kylä after the error"})
    assert workspace.apply(command)
    assert get_programme(workspace.store).area == "Kylä after the error"
    assert check_file(demo_path).sound
    workspace.undo_stack.undo()
    assert get_programme(workspace.store).area != "Kylä after the error"
    assert check_file(demo_path).sound


def test_repeated_errors_update_the_one_dialog(qtbot: QtBot, log_file: Path, reporter: CrashReporter) -> None:
    emitter = Emitter()
    emitter.fired.connect(fail_in_slot)
    emitter.fired.emit()
    first = shown_dialog(qtbot, reporter)
    emitter.fired.emit()
    emitter.fired.emit()
    again = shown_dialog(qtbot, reporter, count=3)
    assert again is first
    assert first.repeated.isVisible()
    assert "3" in first.repeated.text()
    assert first.details_text().count("Traceback") == 3


def test_details_are_hidden_until_asked_for_and_escape_closes(
    qtbot: QtBot, log_file: Path, reporter: CrashReporter
) -> None:
    QTimer.singleShot(0, fail_in_slot)
    dialog = shown_dialog(qtbot, reporter)
    assert not dialog.details.isVisible()  # a projector audience need not read a traceback
    qtbot.mouseClick(dialog.details_button, Qt.MouseButton.LeftButton)
    assert dialog.details.isVisible()
    assert "fail_in_slot" in dialog.details.toPlainText()
    assert dialog.details_button.text() == "Hide &Details"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: reporter.dialog is None)


def test_error_in_another_thread_is_shown_on_the_gui_thread(
    qtbot: QtBot, log_file: Path, reporter: CrashReporter
) -> None:
    worker = threading.Thread(target=fail_in_slot, name="exporter")
    worker.start()
    worker.join()
    dialog = shown_dialog(qtbot, reporter)
    assert "thread exporter" in dialog.details_text()
    assert dialog.thread() is QApplication.instance().thread()


def test_asyncio_errors_are_reported_and_loop_warnings_only_logged(
    qtbot: QtBot, log_file: Path, reporter: CrashReporter
) -> None:
    loop = asyncio.new_event_loop()
    try:
        reporter.install_on_loop(loop)
        loop.call_exception_handler({"message": "Task was destroyed but it is pending!"})
        assert reporter.count == 0
        loop.call_exception_handler({"message": "Task exception was never retrieved", "exception": KeyError("x")})
    finally:
        loop.close()
    dialog = shown_dialog(qtbot, reporter)
    assert "asyncio" in dialog.details_text()
    assert "Task was destroyed" in log_file.read_text(encoding="utf-8")


def test_without_a_log_the_dialog_says_so(qtbot: QtBot) -> None:
    dialog = CrashDialog(log_file=None)
    qtbot.addWidget(dialog)
    dialog.add_report("main thread:\nTraceback (most recent call last):\nValueError: x")
    dialog.show()
    assert not dialog.folder_button.isEnabled()
    assert not dialog.log_path.isVisible()
    assert "No log file" in dialog.log_caption.text()


def test_keyboard_interrupt_is_passed_on(reporter: CrashReporter, monkeypatch: pytest.MonkeyPatch) -> None:
    passed: list[type[BaseException]] = []
    monkeypatch.setattr(reporter, "_previous_excepthook", lambda kind, _value, _tb: passed.append(kind))
    reporter.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert passed == [KeyboardInterrupt]
    assert reporter.dialog is None


def test_qt_calls_keep_their_reference_to_none(qapp: QApplication) -> None:
    """A Qt method without a result must hand back None with a reference of its own.

    PySide6-Essentials 6.12.0 on Python 3.11 does not: every call of a void method (``setText``, ``show``,
    ``processEvents``) takes one reference from None, and after a few thousand of them Python aborts with
    "none_dealloc", which no exception handler can catch; a long session in the app gets there. 6.11.3 keeps
    the count, and Python 3.12 makes None immortal, which hides it.
    """
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("x")
    lost = before - sys.getrefcount(None)
    _GIVEN_BACK.extend([None] * max(lost, 0))  # so that measuring does not bring the abort closer
    assert lost <= 0, f"the Qt binding lost {lost} references to None in 200 calls; pin PySide6-Essentials<6.12"
