"""Exports of a programme: a workshop's minutes, agenda and sign-in sheet and the programme report as PDF or
DOCX, the action plan and the participant register as XLSX or CSV, the whole programme as JSON (and a
programme file made again from it).

Each export reads through the services (or one ``store.reading()`` snapshot), never touches the UI, and
writes its file whole or not at all. The PDF exports take ``progress`` and ``cancelled`` hooks so the GUI can
run them off its own thread.

The names below are loaded on first use: importing this package (or :mod:`workshop_app.export.cli`, which the
command line does at every start) does not load ReportLab.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workshop_app.export.document import PAGE_SIZES, ExportCancelled, ExportFileError, PageSize
    from workshop_app.export.docx_minutes import export_workshop_docx
    from workshop_app.export.docx_report import export_report_docx
    from workshop_app.export.invitation import export_agenda, export_sign_in
    from workshop_app.export.json_import import import_programme_json
    from workshop_app.export.minutes import ATTENDANCE_MODES, AttendanceMode, export_minutes
    from workshop_app.export.report import export_report
    from workshop_app.export.spreadsheet import export_table
    from workshop_app.export.tabular import FORMAT, FORMAT_VERSION, export_actions_csv, export_programme_json

_WHERE = {
    "PAGE_SIZES": "document",
    "ExportCancelled": "document",
    "ExportFileError": "document",
    "PageSize": "document",
    "ATTENDANCE_MODES": "minutes",
    "AttendanceMode": "minutes",
    "export_minutes": "minutes",
    "export_report": "report",
    "FORMAT": "tabular",
    "FORMAT_VERSION": "tabular",
    "export_actions_csv": "tabular",
    "export_programme_json": "tabular",
    "export_agenda": "invitation",
    "export_sign_in": "invitation",
    "export_workshop_docx": "docx_minutes",
    "export_report_docx": "docx_report",
    "export_table": "spreadsheet",
    "import_programme_json": "json_import",
}

__all__ = [
    "ATTENDANCE_MODES",
    "FORMAT",
    "FORMAT_VERSION",
    "PAGE_SIZES",
    "AttendanceMode",
    "ExportCancelled",
    "ExportFileError",
    "PageSize",
    "export_actions_csv",
    "export_agenda",
    "export_minutes",
    "export_programme_json",
    "export_report",
    "export_report_docx",
    "export_sign_in",
    "export_table",
    "export_workshop_docx",
    "import_programme_json",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
