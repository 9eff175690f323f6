"""What happens when the app meets an error nothing else caught: it is logged, the person is told, the app goes on.

Every edit is committed to the programme file the moment it is acknowledged, so an unexpected error in the
interface loses nothing; quitting would only lose the person's place. :class:`CrashReporter` installs itself as
``sys.excepthook`` (which PySide6 calls for an exception raised in a slot or event handler), as
``threading.excepthook`` and as the asyncio loop's exception handler. It logs the traceback (redacted by the
log's privacy filter) and shows :class:`CrashDialog`: non-modal (no nested event loop, safe from async code),
saying what happened, where the log is, with "Copy Details" for a support request. Errors in quick succession
(a failing paint event repeats at every repaint) update the one open dialog instead of piling up new ones.
"""

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, Slot, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app import APP_NAME, __version__
from workshop_app.paths import log_dir

if TYPE_CHECKING:  # the hooks are installed before the window shows, the loop (and asyncio) comes after it
    import asyncio

logger = logging.getLogger(__name__)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]
MAX_KEPT = 5  # tracebacks kept in one dialog's details; the log has them all


def format_details(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, where: str) -> str:
    """The traceback as it is logged and copied: redacted like the log (no names, texts or contacts)."""
    from workshop_app.logs import redact_traceback

    text = "".join(traceback.format_exception(exc_type, exc, tb))
    stamp = datetime.now().astimezone().isoformat(timespec="seconds")
    return f"{stamp}, {where}:\n{redact_traceback(text.rstrip())}"


def environment_summary(log_file: Path | None) -> str:
    """Versions and places that help whoever reads a copied report; no personal data."""
    import platform

    from workshop_app.logs import redact_traceback

    return "\n".join(
        [
            f"{APP_NAME} {__version__}",
            f"Python {platform.python_version()}, Qt {qVersion()}, {platform.platform(terse=True)}",
            f"Frozen bundle: {'yes' if getattr(sys, 'frozen', False) else 'no'}",
            f"Log: {redact_traceback(str(log_file)) if log_file else '-'}",
        ]
    )


class CrashDialog(QDialog):
    """Tells that something went wrong, that the work is safe, where the log is; copies the details."""

    def __init__(self, parent: QWidget | None = None, *, log_file: Path | None = None) -> None:
        # Imported here, when something has gone wrong, not before the first window is on screen.
        from PySide6.QtGui import QFontDatabase
        from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit, QStyle

        super().__init__(parent)
        self.setObjectName("CrashDialog")
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.log_file = log_file
        self.reports: list[str] = []
        self.count = 0

        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.25)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.repeated = QLabel(self)
        self.repeated.setWordWrap(True)
        self.repeated.hide()
        self.log_caption = QLabel(self)
        self.log_caption.setWordWrap(True)
        self.log_path = QLabel(self)
        self.log_path.setObjectName("logPath")
        self.log_path.setWordWrap(True)
        self.log_path.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.log_path.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("crashDetails")
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMinimumHeight(180)
        self.details.hide()
        self.copied = QLabel(self)
        self.copied.setProperty("role", "muted")

        self.buttons = QDialogButtonBox(self)
        self.copy_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setObjectName("copyDetails")
        self.folder_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button.setObjectName("openLogFolder")
        self.details_button = QPushButton(self)
        self.details_button.setObjectName("showDetails")
        self.details_button.setCheckable(True)
        self.buttons.addButton(self.details_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        assert close is not None
        self.close_button = close
        self.close_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button.clicked.connect(self.open_log_folder)
        self.details_button.toggled.connect(self._show_details)
        self.buttons.rejected.connect(self.reject)

        text = QVBoxLayout()
        text.setSpacing(10)
        text.addWidget(self.heading)
        text.addWidget(self.explanation)
        text.addWidget(self.repeated)
        text.addSpacing(4)
        text.addWidget(self.log_caption)
        text.addWidget(self.log_path)
        text.addWidget(self.copied)
        top = QHBoxLayout()
        top.setSpacing(18)
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 18)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)
        self.retranslate()

    def add_report(self, details: str) -> None:
        """Record one more error (the dialog may already be open for an earlier one)."""
        self.count += 1
        self.reports = [*self.reports, details][-MAX_KEPT:]
        self.details.setPlainText(self.details_text())
        self.copied.clear()
        self.copied.hide()
        self.retranslate()
        if self.count == 1:
            self.close_button.setFocus()
        self._fit()

    def details_text(self) -> str:
        """What "Copy Details" puts on the clipboard: environment, then each error's redacted traceback."""
        shown = f"Errors since this dialog opened: {self.count} (the last {len(self.reports)} follow)"
        parts = [environment_summary(self.log_file), shown, *self.reports]
        return "\n\n".join(parts) + "\n"

    @Slot()
    def copy_details(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.details_text())
        self.copied.setText(self.tr("The details are on the clipboard. Paste them into a message to your support."))
        self.copied.show()
        self._fit()

    @Slot()
    def open_log_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        folder = self.log_file.parent if self.log_file else log_dir()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self._update_details_button()
        self._fit()

    def _fit(self) -> None:
        """Height for the actual width: word-wrapped labels otherwise leave a gap above the buttons."""
        self.adjustSize()
        width = max(self.width(), self.minimumWidth())
        height = self.heightForWidth(width)
        if height > 0:
            self.resize(width, height)

    def _update_details_button(self) -> None:
        shown = self.details_button.isChecked()
        self.details_button.setText(self.tr("Hide &Details") if shown else self.tr("Show &Details"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("{app}: unexpected problem").format(app=APP_NAME))
        self.heading.setText(self.tr("Something went wrong, but your work is safe."))
        self.explanation.setText(
            self.tr(
                "{app} ran into a problem it did not expect and carried on. Every change you made was saved to "
                "the programme file the moment you made it, so nothing is lost. If something on the screen looks "
                "wrong, close the programme and open it again."
            ).format(app=APP_NAME)
        )
        if self.count > 1:
            self.repeated.setText(
                self.tr("This has happened {count} times since the dialog opened.").format(count=self.count)
            )
        self.repeated.setVisible(self.count > 1)
        if self.log_file is not None:
            self.log_caption.setText(self.tr("The details were written to the log file:"))
            self.log_path.setText(str(self.log_file))
        else:
            self.log_caption.setText(self.tr("No log file is being written. The details are below."))
            self.log_path.clear()
        self.log_path.setVisible(self.log_file is not None)
        self.log_path.setAccessibleName(self.tr("Log file"))
        self.details.setAccessibleName(self.tr("Error details"))
        self.copy_button.setText(self.tr("&Copy Details"))
        self.copy_button.setToolTip(self.tr("Copy the technical details, without personal data, to the clipboard"))
        self.folder_button.setText(self.tr("Open &Log Folder"))
        self.folder_button.setEnabled(self.log_file is not None)
        self._update_details_button()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._fit()  # other languages, other lengths
        super().changeEvent(event)


class CrashReporter(QObject):
    """Installs the hooks; logs every unhandled error and shows it in one non-modal :class:`CrashDialog`.

    ``reported`` is emitted from whichever thread the error happened in; Qt queues it to the GUI thread, where
    the dialog is shown.
    """

    reported = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: CrashDialog | None = None
        self.count = 0
        self._previous_excepthook: Callable[..., Any] | None = None
        self._previous_threading_hook: Callable[[threading.ExceptHookArgs], Any] | None = None
        self._in_hook = threading.local()
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    # --- hooks -------------------------------------------------------------------------------------------

    def install(self) -> "CrashReporter":
        """Become ``sys.excepthook`` and ``threading.excepthook`` (the previous ones are kept for uninstall)."""
        if self._previous_excepthook is None:
            self._previous_excepthook = sys.excepthook
            self._previous_threading_hook = threading.excepthook
            sys.excepthook = self.excepthook
            threading.excepthook = self.threading_excepthook
        return self

    def uninstall(self) -> None:
        if self._previous_excepthook is not None:
            sys.excepthook = self._previous_excepthook
            if self._previous_threading_hook is not None:
                threading.excepthook = self._previous_threading_hook
            self._previous_excepthook = None
            self._previous_threading_hook = None

    def install_on_loop(self, loop: "asyncio.AbstractEventLoop") -> None:
        """Report errors of the asyncio loop (qasync's), e.g. a task's exception that nobody awaited."""
        loop.set_exception_handler(self.loop_exception_handler)

    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            previous = self._previous_excepthook or sys.__excepthook__
            previous(exc_type, exc, tb)
            return
        self.report((exc_type, exc, tb), where="main thread")

    def threading_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        self.report((args.exc_type, args.exc_value, args.exc_traceback), where=f"thread {name}")

    def loop_exception_handler(self, loop: "asyncio.AbstractEventLoop", context: dict[str, Any]) -> None:
        exc = context.get("exception")
        if isinstance(exc, BaseException):
            self.report((type(exc), exc, exc.__traceback__), where="asyncio")
        else:  # a warning of the loop itself ("Task was destroyed but it is pending"): logged, not shown
            logger.warning("asyncio: %s", context.get("message", "(no message)"))

    # --- reporting -------------------------------------------------------------------------------------

    def report(self, exc_info: ExcInfo, *, where: str) -> None:
        """Log the error and ask the GUI thread to show it. Never raises: it is the last line of defence."""
        if getattr(self._in_hook, "active", False):  # an error while reporting an error: stderr only
            traceback.print_exception(*exc_info, file=sys.stderr)
            return
        self._in_hook.active = True
        try:
            exc_type, exc, tb = exc_info
            self.count += 1
            logger.critical("unhandled %s in %s", exc_type.__name__, where, exc_info=exc_info)
            details = format_details(exc_type, exc, tb, where)
            if QApplication.instance() is not None:
                self.reported.emit(details)
            else:
                traceback.print_exception(*exc_info, file=sys.stderr)
        except Exception:  # reporting must never raise into Qt or the loop
            traceback.print_exc(file=sys.stderr)
        finally:
            self._in_hook.active = False

    @Slot(str)
    def _show(self, details: str) -> None:
        try:
            if self.dialog is None:
                from workshop_app.logs import current_log_file

                parent = QApplication.activeWindow()
                self.dialog = CrashDialog(parent, log_file=current_log_file())
                self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                self.dialog.destroyed.connect(self._forget_dialog)
                self.dialog.finished.connect(self._forget_dialog)
            self.dialog.add_report(details)
            self.dialog.show()
            self.dialog.raise_()
            self.dialog.activateWindow()
        except Exception:  # the dialog itself failed; the log has the error
            traceback.print_exc(file=sys.stderr)

    def _forget_dialog(self, *_: object) -> None:
        self.dialog = None


_reporter: CrashReporter | None = None


def install_crash_handler(app: QCoreApplication | None = None) -> CrashReporter:
    """The app's one reporter, installed (idempotent); call right after the QApplication is made."""
    global _reporter
    if _reporter is None:
        _reporter = CrashReporter(app or QCoreApplication.instance())
    return _reporter.install()
