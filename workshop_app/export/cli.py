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

if TYPE_CHECKING:
    from workshop_app.domain.models import WorkshopView
    from workshop_app.storage.store import ProgrammeStore

FORMATS = ("pdf", "json", "csv")
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
            "Cli", "write minutes or the programme report (PDF), the action plan (CSV) or everything (JSON)"
        ),
    )
    export.add_argument("file", type=Path)
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
        help=QCoreApplication.translate("Cli", "the minutes of this workshop (PDF)"),
    )
    subject.add_argument(
        "--programme",
        action="store_true",
        help=QCoreApplication.translate("Cli", "the programme report (PDF; the default)"),
    )
    export.add_argument(
        "--format",
        choices=FORMATS,
        help=QCoreApplication.translate("Cli", "pdf, json or csv (default: from the name of OUT, else pdf)"),
    )
    export.add_argument("--page-size", choices=PAGE_SIZE_CHOICES, default="A4", dest="page_size")
    export.add_argument(
        "--attendance",
        choices=ATTENDANCE_CHOICES,
        default="names",
        help=QCoreApplication.translate("Cli", "how the minutes name people (for privacy)"),
    )


def export_format(out: Path, requested: str | None) -> str:
    """The format asked for, else the one OUT's suffix names, else PDF."""
    if requested:
        return requested
    suffix = out.suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else "pdf"


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
    from workshop_app.export.minutes import export_minutes
    from workshop_app.export.report import export_report
    from workshop_app.export.tabular import export_actions_csv, export_programme_json
    from workshop_app.storage.store import ProgrammeStore

    out: Path = args.out
    fmt = export_format(out, args.format)
    language: str | None = getattr(args, "lang", None)
    if language is not None:
        language = Language(language).value
    with ProgrammeStore.open_for_reading(args.file, writable_if_free=True) as store:
        if fmt != "pdf" and args.workshop:
            raise WorkshopChoiceError(
                QT_TRANSLATE_NOOP(
                    "WorkshopErrors",
                    "Minutes of one workshop are made as PDF only; CSV and JSON hold the whole programme.",
                )
            )
        if fmt == "csv":
            export_actions_csv(store, out, language=language)
        elif fmt == "json":
            export_programme_json(store, out)
        elif args.workshop:
            workshop = find_workshop(store, args.workshop)
            export_minutes(
                store,
                workshop.id,
                out,
                language=language,
                page_size=args.page_size,
                attendance=args.attendance,
                today=date.today(),
            )
        else:
            export_report(store, out, language=language, page_size=args.page_size, today=date.today())
    print(out)
    return EXIT_OK
