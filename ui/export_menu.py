"""File > Export: minutes, the programme report, the action plan as CSV and the programme as JSON.

The document is written off the GUI thread (``asyncio.to_thread`` on the qasync loop). The worker only
writes to a small shared state (progress, a cancel flag), which a timer on the GUI thread reads, so no Qt
object is touched from the worker. When a document is done, a message offers to open it.
"""

import asyncio
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog, QWidget

from ui import settings
from workshop_app.errors import WorkshopError

if TYPE_CHECKING:
    from ui.main_window import MainWindow

Job = Callable[[Callable[[float], None], Callable[[], bool]], Path]


class _Progress:
    """What the worker thread and the GUI thread share: a fraction done and a cancel flag."""

    def __init__(self) -> None:
        self.fraction = 0.0
        self.cancel = threading.Event()

    def report(self, fraction: float) -> None:
        self.fraction = max(self.fraction, min(1.0, fraction))

    def cancelled(self) -> bool:
        return self.cancel.is_set()


class ExportMenu(QObject):
    """Fills the main window's Export menu and runs the exports it offers."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        menu = window.export_menu
        self.minutes_action = menu.addAction("")
        self.report_action = menu.addAction("")
        menu.addSeparator()
        self.csv_action = menu.addAction("")
        self.json_action = menu.addAction("")
        self.minutes_action.setShortcut("Ctrl+Shift+E")
        self.minutes_action.triggered.connect(self.export_minutes)
        self.report_action.triggered.connect(self.export_report)
        self.csv_action.triggered.connect(self.export_csv)
        self.json_action.triggered.connect(self.export_json)
        menu.menuAction().setVisible(True)
        self.task: asyncio.Task[None] | None = None
        self.last_output: Path | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.minutes_action.setText(self.tr("Workshop &Minutes as PDF…"))
        self.report_action.setText(self.tr("Programme &Report as PDF…"))
        self.csv_action.setText(self.tr("Action Plan as &CSV…"))
        self.json_action.setText(self.tr("Whole Programme as &JSON…"))

    # --- the four exports --------------------------------------------------------------------------------

    def export_minutes(self) -> None:
        from workshop_app.services.workshops import list_workshops

        workspace = self.window.workspace
        if workspace is None:
            return
        workshops = list_workshops(workspace.store)
        if not workshops:
            QMessageBox.information(self.window, self.tr("Export"), self.tr("This programme has no workshops yet."))
            return
        labels = [self._workshop_label(w.title, w.date) for w in workshops]
        default = self._current_workshop_index(workshops)
        chosen, accepted = QInputDialog.getItem(
            self.window, self.tr("Workshop minutes"), self.tr("Minutes of the workshop:"), labels, default, False
        )
        if not accepted:
            return
        workshop = workshops[labels.index(chosen)]
        out = self._ask_path(self.tr("Save the minutes as"), f"{workshop.title}.pdf", "PDF (*.pdf)")
        if out is None:
            return

        def job(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> Path:
            from workshop_app.export import export_minutes

            return export_minutes(workspace.store, workshop.id, out, progress=progress, cancelled=cancelled)

        self.run(job, self.tr("Writing the minutes…"), opens=True)

    def export_report(self) -> None:
        workspace = self.window.workspace
        if workspace is None:
            return
        out = self._ask_path(self.tr("Save the programme report as"), self._programme_file_name(".pdf"), "PDF (*.pdf)")
        if out is None:
            return

        def job(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> Path:
            from workshop_app.export import export_report

            return export_report(workspace.store, out, today=date.today(), progress=progress, cancelled=cancelled)

        self.run(job, self.tr("Writing the programme report…"), opens=True)

    def export_csv(self) -> None:
        workspace = self.window.workspace
        if workspace is None:
            return
        out = self._ask_path(self.tr("Save the action plan as"), self._programme_file_name(".csv"), "CSV (*.csv)")
        if out is None:
            return

        def job(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> Path:
            from workshop_app.export import export_actions_csv

            return export_actions_csv(workspace.store, out)

        self.run(job, self.tr("Writing the action plan…"), opens=False)

    def export_json(self) -> None:
        workspace = self.window.workspace
        if workspace is None:
            return
        out = self._ask_path(self.tr("Save the programme as"), self._programme_file_name(".json"), "JSON (*.json)")
        if out is None:
            return

        def job(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> Path:
            from workshop_app.export import export_programme_json

            return export_programme_json(workspace.store, out, progress=progress, cancelled=cancelled)

        self.run(job, self.tr("Writing the programme…"), opens=False)

    # --- running in the background -----------------------------------------------------------------------

    def run(self, job: Job, label: str, *, opens: bool) -> None:
        """Start ``job`` off the GUI thread, with a progress dialog that can cancel it."""
        shared = _Progress()
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 100, self.window)
        dialog.setWindowTitle(self.tr("Export"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(shared.cancel.set)
        timer = QTimer(dialog)
        timer.setInterval(100)
        timer.timeout.connect(lambda: dialog.setValue(int(shared.fraction * 100)))
        timer.start()

        async def work() -> None:
            try:
                written = await asyncio.to_thread(job, shared.report, shared.cancelled)
            except WorkshopError as error:
                timer.stop()
                dialog.close()
                if not shared.cancelled():
                    _message(self.window, QMessageBox.Icon.Warning, str(error))
                return
            timer.stop()
            dialog.close()
            self.last_output = written
            self._done(written, opens=opens)

        self.task = asyncio.ensure_future(work())

    def _done(self, written: Path, *, opens: bool) -> None:
        box = _message(self.window, QMessageBox.Icon.Information, self.tr("Saved {path}.").format(path=written))
        if opens:
            open_button = box.addButton(self.tr("&Open the PDF"), QMessageBox.ButtonRole.ActionRole)
            open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(written))))

    # --- helpers -----------------------------------------------------------------------------------------

    def _ask_path(self, title: str, name: str, pattern: str) -> Path | None:
        safe = "".join(c for c in name if c.isalnum() or c in " -_.").strip() or "export"
        chosen, _ = QFileDialog.getSaveFileName(self.window, title, str(Path(settings.last_folder()) / safe), pattern)
        return Path(chosen) if chosen else None

    def _programme_file_name(self, suffix: str) -> str:
        workspace = self.window.workspace
        return (workspace.store.path.stem if workspace is not None else "programme") + suffix

    def _workshop_label(self, title: str, day: date | None) -> str:
        from ui.delegates import short_date

        return self.tr("{title} ({date})").format(title=title, date=short_date(day)) if day else title

    def _current_workshop_index(self, workshops: list[Any]) -> int:
        page = self.window._pages.get("workshops")
        current = getattr(page, "current_workshop_id", lambda: None)() if page is not None else None
        ids = [w.id for w in workshops]
        return ids.index(current) if current in ids else len(ids) - 1


def _message(parent: QWidget, icon: QMessageBox.Icon, text: str) -> QMessageBox:
    """A non-blocking message (safe after async work: no nested event loop)."""
    box = QMessageBox(icon, parent.windowTitle(), text, QMessageBox.StandardButton.Close, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
