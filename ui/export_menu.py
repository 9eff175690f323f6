"""File > Export: a workshop's minutes, agenda or sign-in sheet and the programme report (PDF or DOCX), the
action plan and the participant register (XLSX or CSV), the programme as JSON, and a programme made anew from
its JSON (import), the same as the command line's ``export`` and ``import``.

Each export asks its options in one small dialog (format, how people are named, contacts, the CSV delimiter),
then for the file. The document is written off the GUI thread (``asyncio.to_thread`` on the qasync loop). The
worker only writes to a small shared state (progress, a cancel flag), which a timer on the GUI thread reads, so
no Qt object is touched from the worker. When a document is done, a message offers to open it.
"""

import asyncio
import threading
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from ui import settings
from workshop_app.errors import WorkshopError

if TYPE_CHECKING:
    from ui.main_window import MainWindow

Job = Callable[[Callable[[float], None], Callable[[], bool]], Path]

FILTERS = {"pdf": "PDF (*.pdf)", "docx": "Word (*.docx)", "xlsx": "Excel (*.xlsx)", "csv": "CSV (*.csv)"}


class _Progress:
    """What the worker thread and the GUI thread share: a fraction done and a cancel flag."""

    def __init__(self) -> None:
        self.fraction = 0.0
        self.cancel = threading.Event()

    def report(self, fraction: float) -> None:
        self.fraction = max(self.fraction, min(1.0, fraction))

    def cancelled(self) -> bool:
        return self.cancel.is_set()


class ExportOptions(QDialog):
    """The options of one export, in one dialog; only the rows an export needs are shown."""

    def __init__(self, parent: QWidget, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.combos: dict[str, QComboBox] = {}
        self.checks: dict[str, QCheckBox] = {}

    def choice(self, key: str, label: str, items: Sequence[tuple[str, Any]], current: int = 0) -> QComboBox:
        combo = QComboBox(self)
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(current)
        self.form.addRow(label, combo)
        self.combos[key] = combo
        return combo

    def check(self, key: str, text: str) -> QCheckBox:
        box = QCheckBox(text, self)
        self.form.addRow(box)
        self.checks[key] = box
        return box

    def value(self, key: str) -> Any:
        if key in self.combos:
            return self.combos[key].currentData()
        return self.checks[key].isChecked()

    def ask(self) -> bool:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.form.addRow(buttons)
        return self.exec() == QDialog.DialogCode.Accepted


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
        self.register_action = menu.addAction("")
        self.json_action = menu.addAction("")
        menu.addSeparator()
        self.import_action = menu.addAction("")
        self.minutes_action.setShortcut("Ctrl+Shift+E")
        self.minutes_action.triggered.connect(self.export_minutes)
        self.report_action.triggered.connect(self.export_report)
        self.csv_action.triggered.connect(lambda: self.export_table("actions"))
        self.register_action.triggered.connect(lambda: self.export_table("register"))
        self.json_action.triggered.connect(self.export_json)
        self.import_action.triggered.connect(self.import_json)
        menu.menuAction().setVisible(True)
        self.task: asyncio.Task[None] | None = None
        self.last_output: Path | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.minutes_action.setText(self.tr("Workshop &Minutes, Agenda or Sign-in Sheet…"))
        self.report_action.setText(self.tr("Programme &Report…"))
        self.csv_action.setText(self.tr("&Action Plan as Spreadsheet…"))
        self.register_action.setText(self.tr("Participant Re&gister as Spreadsheet…"))
        self.json_action.setText(self.tr("Whole Programme as &JSON…"))
        self.import_action.setText(self.tr("&Import a Programme from JSON…"))

    # --- options shared by several exports ---------------------------------------------------------------

    def _people(self, options: ExportOptions) -> None:
        options.choice(
            "attendance",
            self.tr("Name people by:"),
            [
                (self.tr("Full name"), "names"),
                (self.tr("Initials"), "initials"),
                (self.tr("Organisation only"), "organisations"),
            ],
        )

    def _formats(self, options: ExportOptions, formats: Sequence[str]) -> None:
        names = {
            "pdf": self.tr("PDF (for printing and filing)"),
            "docx": self.tr("Word document (editable)"),
            "xlsx": self.tr("Excel workbook"),
            "csv": self.tr("CSV (plain table)"),
        }
        options.choice("format", self.tr("Format:"), [(names[f], f) for f in formats])

    def _delimiter(self, options: ExportOptions) -> None:
        options.choice(
            "delimiter",
            self.tr("CSV separator:"),
            [
                (self.tr("As the document's language expects (; for Finnish and Norwegian)"), None),
                (self.tr("Semicolon (;)"), ";"),
                (self.tr("Comma (,)"), ","),
                (self.tr("Tab"), "\t"),
            ],
        )

    # --- the exports ----------------------------------------------------------------------------------------

    def export_minutes(self) -> None:
        from workshop_app.services.workshops import list_workshops

        workspace = self.window.workspace
        if workspace is None:
            return
        workshops = list_workshops(workspace.store)
        if not workshops:
            QMessageBox.information(self.window, self.tr("Export"), self.tr("This programme has no workshops yet."))
            return
        options = ExportOptions(self.window, self.tr("Workshop document"))
        options.choice(
            "workshop",
            self.tr("&Workshop:"),
            [(self._workshop_label(w.title, w.date), w) for w in workshops],
            self._current_workshop_index(workshops),
        )
        options.choice(
            "document",
            self.tr("&Document:"),
            [
                (self.tr("Minutes"), "minutes"),
                (self.tr("Agenda and invitation"), "agenda"),
                (self.tr("Sign-in sheet"), "sign-in"),
            ],
        )
        self._formats(options, ("pdf", "docx"))
        self._people(options)
        if not options.ask():
            return
        workshop = options.value("workshop")
        document, fmt, attendance = options.value("document"), options.value("format"), options.value("attendance")
        out = self._ask_path(self.tr("Save the document as"), f"{workshop.title}.{fmt}", FILTERS[fmt])
        if out is None:
            return

        def job(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> Path:
            today = date.today()
            if fmt == "docx":
                from workshop_app.export.docx_minutes import export_workshop_docx

                return export_workshop_docx(
                    workspace.store, workshop.id, out, document=document, attendance=attendance, today=today
                )
            if document == "agenda":
                from workshop_app.export.invitation import export_agenda

                return export_agenda(
                    workspace.store, workshop.id, out, today=today, progress=progress, cancelled=cancelled
                )
            if document == "sign-in":
                from workshop_app.export.invitation import export_sign_in

                return export_sign_in(
                    workspace.store,
                    workshop.id,
                    out,
                    attendance=attendance,
                    today=today,
                    progress=progress,
                    cancelled=cancelled,
                )
            from workshop_app.export import export_minutes

            return export_minutes(
                workspace.store, workshop.id, out, attendance=attendance, progress=progress, cancelled=cancelled
            )

        self.run(job, self.tr("Writing the document…"), opens=True)

    def export_report(self) -> None:
        workspace = self.window.workspace
        if workspace is None:
            return
        options = ExportOptions(self.window, self.tr("Programme report"))
        self._formats(options, ("pdf", "docx"))
        options.check("glossary", self.tr("Add the method's &glossary as an appendix"))
        if not options.ask():
            return
        fmt, glossary = options.value("format"), options.value("glossary")
        out = self._ask_path(
            self.tr("Save the programme report as"), self._programme_file_name(f".{fmt}"), FILTERS[fmt]
        )
        if out is None:
            return

        def job(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> Path:
            if fmt == "docx":
                from workshop_app.export.docx_report import export_report_docx

                return export_report_docx(workspace.store, out, today=date.today(), glossary=glossary)
            from workshop_app.export import export_report

            return export_report(
                workspace.store, out, today=date.today(), glossary=glossary, progress=progress, cancelled=cancelled
            )

        self.run(job, self.tr("Writing the programme report…"), opens=True)

    def export_table(self, what: str) -> None:
        """The action plan (``actions``) or the participant register (``register``) as XLSX or CSV."""
        workspace = self.window.workspace
        if workspace is None:
            return
        register = what == "register"
        options = ExportOptions(self.window, self.tr("Participant register") if register else self.tr("Action plan"))
        self._formats(options, ("xlsx", "csv"))
        self._people(options)
        if register:
            options.check("contacts", self.tr("Include &contact details"))
        self._delimiter(options)
        if not options.ask():
            return
        fmt = options.value("format")
        attendance, delimiter = options.value("attendance"), options.value("delimiter")
        contacts = register and bool(options.value("contacts"))
        title = self.tr("Save the participant register as") if register else self.tr("Save the action plan as")
        out = self._ask_path(title, self._programme_file_name(f".{fmt}"), FILTERS[fmt])
        if out is None:
            return

        def job(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> Path:
            from workshop_app.export.spreadsheet import export_table

            return export_table(
                workspace.store,
                out,
                what=what,
                fmt=fmt,
                attendance=attendance,
                contacts=contacts,
                delimiter=delimiter,
                progress=progress,
                cancelled=cancelled,
            )

        self.run(job, self.tr("Writing the table…"), opens=False)

    def export_json(self) -> None:
        workspace = self.window.workspace
        if workspace is None:
            return
        options = ExportOptions(self.window, self.tr("Whole programme as JSON"))
        self._people(options)
        options.check("contacts", self.tr("Include &contact details"))
        if not options.ask():
            return
        attendance, contacts = options.value("attendance"), options.value("contacts")
        out = self._ask_path(self.tr("Save the programme as"), self._programme_file_name(".json"), "JSON (*.json)")
        if out is None:
            return

        def job(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> Path:
            from workshop_app.export import export_programme_json

            return export_programme_json(
                workspace.store, out, attendance=attendance, contacts=contacts, progress=progress, cancelled=cancelled
            )

        self.run(job, self.tr("Writing the programme…"), opens=False)

    def import_json(self) -> None:
        """A new programme file made from a JSON export (``workshop-app import``)."""
        chosen, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import a programme from JSON"), settings.last_folder(), "JSON (*.json)"
        )
        if not chosen:
            return
        source = Path(chosen)
        out = self._ask_path(self.tr("Save the new programme as"), f"{source.stem}.workshop", "Workshop (*.workshop)")
        if out is None:
            return

        def job(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> Path:
            from workshop_app.export.json_import import import_programme_json

            return import_programme_json(source, out)

        self.run(job, self.tr("Making the programme file…"), opens=False)

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
            open_button = box.addButton(self.tr("&Open the document"), QMessageBox.ButtonRole.ActionRole)
            open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(written))))

    # --- helpers -----------------------------------------------------------------------------------------

    def _ask_path(self, title: str, name: str, pattern: str) -> Path | None:
        safe = "".join(c for c in name if c.isalnum() or c in " -_.").strip() or "export"
        chosen, _ = QFileDialog.getSaveFileName(self.window, title, str(Path(settings.last_folder()) / safe), pattern)
        return Path(chosen) if chosen else None

    def _programme_file_name(self, suffix: str) -> str:
        workspace = self.window.workspace
        if workspace is not None and not isinstance(workspace.store.path, Path):  # on a server: its name
            from workshop_app.services.programme import get_programme

            return get_programme(workspace.store).name + suffix
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
