"""``workshop-app export FILE --out OUT ...``: the exports from the command line, the file opened read-only.

Wired into :mod:`workshop_app.cli` with :func:`add_export_command` (building the parser) and
:func:`run_export` (running the parsed command).
"""

import argparse
import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.enums import Language
from workshop_app.errors import QT_TRANSLATE_NOOP, WorkshopError
from workshop_app.storage.urls import location_argument

if TYPE_CHECKING:
    from workshop_app.domain.models import WorkshopView
    from workshop_app.storage.store import ProgrammeStore

FORMATS = ("pdf", "docx", "csv", "xlsx", "json")
DOCUMENTS = ("minutes", "agenda", "sign-in")
DELIMITER_CHOICES = {",": ",", ";": ";", "tab": "\t", "comma": ",", "semicolon": ";"}
PAGE_SIZE_CHOICES = ("A4", "Letter")
ATTENDANCE_CHOICES = ("names", "initials", "organisations")
"""The same as ``document.PAGE_SIZES`` and ``minutes.ATTENDANCE_MODES`` (a test keeps them equal): written out
here so that building the command line does not load ReportLab, only running an export does."""
EXIT_OK = 0


class WorkshopChoiceError(WorkshopError):
    """``--workshop`` names no workshop, several, or is given where it means nothing."""


def add_export_command(
    commands: "argparse._SubParsersAction[argparse.ArgumentParser]", common: argparse.ArgumentParser
) -> None:
    """Register ``export`` on the command line's subcommands; ``common`` carries the shared ``--lang``."""
    export = commands.add_parser(
        "export",
        parents=[common],
        help=QCoreApplication.translate(
            "Cli",
            "write a workshop's minutes, agenda or sign-in sheet or the programme report (PDF, DOCX), the action "
            "plan or participant register (XLSX, CSV) or everything (JSON)",
        ),
    )
    export.add_argument("file", type=location_argument, help=QCoreApplication.translate("Cli", "the programme file"))
    export.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="OUT",
        help=QCoreApplication.translate("Cli", "the file to write"),
    )
    subject = export.add_mutually_exclusive_group()
    subject.add_argument(
        "--workshop",
        metavar="ID-OR-TITLE",
        help=QCoreApplication.translate("Cli", "a document of this workshop (PDF or DOCX; see --document)"),
    )
    subject.add_argument(
        "--programme",
        action="store_true",
        help=QCoreApplication.translate("Cli", "the programme report (PDF; the default)"),
    )
    subject.add_argument(
        "--register",
        action="store_true",
        help=QCoreApplication.translate("Cli", "the participant register (XLSX or CSV)"),
    )
    export.add_argument(
        "--document",
        choices=DOCUMENTS,
        help=QCoreApplication.translate(
            "Cli", "with --workshop: minutes, agenda (and invitation) or sign-in sheet (default: minutes)"
        ),
    )
    export.add_argument(
        "--format",
        choices=FORMATS,
        help=QCoreApplication.translate(
            "Cli", "pdf, docx, csv, xlsx or json (default: from the name of OUT, else pdf)"
        ),
    )
    export.add_argument(
        "--delimiter",
        choices=sorted(DELIMITER_CHOICES),
        help=QCoreApplication.translate("Cli", "CSV field separator (default: ; for fi and nb, , for en)"),
    )
    export.add_argument(
        "--contacts",
        action="store_true",
        help=QCoreApplication.translate("Cli", "include contact details (register, JSON); left out by default"),
    )
    export.add_argument(
        "--page-size",
        choices=PAGE_SIZE_CHOICES,
        default="A4",
        dest="page_size",
        help=QCoreApplication.translate("Cli", "paper size of PDF documents (default: A4)"),
    )
    export.add_argument(
        "--attendance",
        choices=ATTENDANCE_CHOICES,
        default="names",
        help=QCoreApplication.translate("Cli", "how documents, spreadsheets and JSON name people (for privacy)"),
    )


def add_import_command(
    commands: "argparse._SubParsersAction[argparse.ArgumentParser]", common: argparse.ArgumentParser
) -> None:
    """Register ``import PROGRAMME.json --out NEW.workshop``."""
    command = commands.add_parser(
        "import",
        parents=[common],
        help=QCoreApplication.translate("Cli", "make a programme file from an exported programme (JSON)"),
    )
    command.add_argument("file", type=Path, help=QCoreApplication.translate("Cli", "the programme exported as JSON"))
    command.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="NEW",
        help=QCoreApplication.translate("Cli", "the programme file to create"),
    )


def run_import(args: argparse.Namespace) -> int:
    """Run a parsed ``import``: print the new file's path and return 0, or raise WorkshopError."""
    from workshop_app.export.json_import import import_programme_json

    import_programme_json(args.file, args.out)
    print(args.out)
    return EXIT_OK


def export_format(out: Path, requested: str | None) -> str:
    """The format asked for, else the one OUT's suffix names, else PDF."""
    if requested:
        return requested
    suffix = out.suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else "pdf"


def check_out_suffix(out: Path, fmt: str) -> None:
    """Refuse an OUT whose suffix names another format than the one written (``--out x.docx --format pdf``):
    a file must be what its name says. An OUT without a suffix is written as asked."""
    suffix = out.suffix.lower().lstrip(".")
    if suffix and suffix != fmt:
        raise WorkshopChoiceError(
            QT_TRANSLATE_NOOP(
                "WorkshopErrors",
                "{out} ends in .{suffix} but the export is {format}; name it .{format}, or leave --format out.",
            ),
            out=str(out),
            suffix=suffix,
            format=fmt,
        )


def find_workshop(store: "ProgrammeStore", reference: str) -> "WorkshopView":
    """The workshop with this id, else the one whose title is ``reference`` (or, failing that, contains it)."""
    from workshop_app.errors import NotFoundError
    from workshop_app.services import workshops

    wanted = reference.strip()
    try:
        return workshops.get_workshop(store, uuid.UUID(wanted))
    except (ValueError, NotFoundError):
        pass
    every = workshops.list_workshops(store)
    folded = wanted.casefold()
    matches = [w for w in every if w.title.casefold() == folded] or [w for w in every if folded in w.title.casefold()]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise WorkshopChoiceError(
            QT_TRANSLATE_NOOP("WorkshopErrors", "No workshop in {path} has the id or title “{workshop}”."),
            path=str(store.path),
            workshop=wanted,
        )
    raise WorkshopChoiceError(
        QT_TRANSLATE_NOOP(
            "WorkshopErrors", "Several workshops match “{workshop}”: {matches}. Give the whole title or the id."
        ),
        workshop=wanted,
        matches="; ".join(f"{w.title} ({w.date.isoformat() if w.date else '–'}, {w.id})" for w in matches),
    )


def run_export(args: argparse.Namespace) -> int:
    """Run a parsed ``export`` command: print the written file's path and return 0, or raise WorkshopError."""

    out: Path = args.out
    fmt = export_format(out, args.format)
    language: str | None = getattr(args, "lang", None)
    if language is not None:
        language = Language(language).value
    document = getattr(args, "document", None)
    if args.workshop is not None and not args.workshop.strip():
        raise WorkshopChoiceError(
            QT_TRANSLATE_NOOP(
                "WorkshopErrors",
                "--workshop needs a workshop's id or title; it was empty. workshop-app info FILE lists them.",
            )
        )
    if document and not args.workshop:
        raise WorkshopChoiceError(
            QT_TRANSLATE_NOOP("WorkshopErrors", "--document needs --workshop: the documents are a workshop's.")
        )
    if args.workshop and fmt not in ("pdf", "docx"):
        raise WorkshopChoiceError(
            QT_TRANSLATE_NOOP(
                "WorkshopErrors",
                "A workshop's documents are made as PDF or DOCX; CSV, XLSX and JSON hold the whole programme.",
            )
        )
    if args.register and fmt not in ("csv", "xlsx"):
        raise WorkshopChoiceError(
            QT_TRANSLATE_NOOP("WorkshopErrors", "The participant register is made as XLSX or CSV.")
        )
    check_out_suffix(out, fmt)
    from workshop_app.storage.locations import as_programme_store, open_for_reading

    with open_for_reading(args.file, writable_if_free=True) as opened:
        store = as_programme_store(opened)
        if args.workshop:
            workshop = find_workshop(store, args.workshop)
            export_workshop_file(store, workshop.id, out, fmt, document or "minutes", args, language)
        elif fmt in ("csv", "xlsx"):
            from workshop_app.export.spreadsheet import export_table

            export_table(
                store,
                out,
                what="register" if args.register else "actions",
                fmt=fmt,
                language=language,
                attendance=args.attendance,
                contacts=args.contacts,
                delimiter=DELIMITER_CHOICES[args.delimiter] if args.delimiter else None,
            )
        elif fmt == "json":
            from workshop_app.export.tabular import export_programme_json

            export_programme_json(store, out, attendance=args.attendance, contacts=args.contacts)
        elif fmt == "docx":
            from workshop_app.export.docx_report import export_report_docx

            export_report_docx(store, out, language=language, today=date.today())
        else:
            from workshop_app.export.report import export_report

            export_report(store, out, language=language, page_size=args.page_size, today=date.today())
    print(out)
    return EXIT_OK


def export_workshop_file(
    store: "ProgrammeStore",
    workshop_id: uuid.UUID,
    out: Path,
    fmt: str,
    document: str,
    args: argparse.Namespace,
    language: str | None,
) -> Path:
    """One of a workshop's documents (minutes, agenda, sign-in) as PDF or DOCX."""
    today = date.today()
    if fmt == "docx":
        from workshop_app.export.docx_minutes import export_workshop_docx

        return export_workshop_docx(
            store, workshop_id, out, document=document, language=language, attendance=args.attendance, today=today
        )
    if document == "agenda":
        from workshop_app.export.invitation import export_agenda

        return export_agenda(store, workshop_id, out, language=language, page_size=args.page_size, today=today)
    if document == "sign-in":
        from workshop_app.export.invitation import export_sign_in

        return export_sign_in(
            store,
            workshop_id,
            out,
            language=language,
            page_size=args.page_size,
            attendance=args.attendance,
            today=today,
        )
    from workshop_app.export.minutes import export_minutes

    return export_minutes(
        store, workshop_id, out, language=language, page_size=args.page_size, attendance=args.attendance, today=today
    )
