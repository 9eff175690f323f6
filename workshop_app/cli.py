"""The core's command line: the ``workshop-app`` commands that need no window (``demo``, ``info``, ``check``,
``export``, ``erase``, ``room``).

Every command ends in one line on failure, never a traceback: domain errors say what to do, and anything else
a damaged or foreign file can provoke is reported in one line too (and logged in full).

``python -m workshop_app`` runs this alone. The installed ``workshop-app`` command starts :mod:`ui.cli`
instead, which adds the window's options and its ``open`` command to this parser (through ``extend``) and
hands every headless command back to :func:`run_headless`. The core imports nothing from the interface, so
asked for a window it says so in one line and exits with :data:`EXIT_USAGE`.
"""

import argparse
import contextlib
import json
import logging
import os
import sys
import unicodedata
import uuid
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QCoreApplication

from workshop_app import APP_ID
from workshop_app.cli_frame import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    HEADLESS_COMMANDS,
    HEADLESS_WORDS,
    VALUE_OPTIONS,
    ParserExtension,
    command_of,
    frame_parser,
    language_from,
)
from workshop_app.errors import QT_TRANSLATE_NOOP, WorkshopError
from workshop_app.export.cli import (  # light: no ReportLab at import
    add_export_command,
    add_import_command,
    run_export,
    run_import,
)
from workshop_app.i18n import install_translations
from workshop_app.merge.cli import add_merge_commands, run_copy, run_merge  # light: nothing heavy at import
from workshop_app.paths import data_dir
from workshop_app.room.cli import add_room_command, run_room  # light: no aiohttp at import
from workshop_app.storage.fileformat import FILE_SUFFIX
from workshop_app.storage.urls import Location, location_argument
from workshop_app.storage.urls import masked as shown

if TYPE_CHECKING:
    from workshop_app.domain.models import BoardView
    from workshop_app.storage.store import ProgrammeStore

_cli_app: QCoreApplication | None = None  # kept alive for the translators of a command-line run


def build_parser(extend: ParserExtension | None = None) -> argparse.ArgumentParser:
    """The command line; ``extend`` (the interface's) adds its own options and commands before the core's."""
    parser, commands, common = frame_parser(extend)

    demo = commands.add_parser(
        "demo",
        parents=[common],
        help=QCoreApplication.translate("Cli", "write a demo programme file without opening the window"),
    )
    demo.add_argument(
        "--out",
        type=location_argument,
        required=True,
        metavar="FILE",
        help=QCoreApplication.translate("Cli", "the programme file to create (in the language of --lang)"),
    )

    info = commands.add_parser(
        "info", parents=[common], help=QCoreApplication.translate("Cli", "describe a programme file")
    )
    info.add_argument("file", type=location_argument, help=QCoreApplication.translate("Cli", "the programme file"))
    info.add_argument(
        "--json", action="store_true", help=QCoreApplication.translate("Cli", "print JSON instead of text")
    )

    check = commands.add_parser(
        "check",
        parents=[common],
        help=QCoreApplication.translate("Cli", "check a programme file's integrity (exit 0 when sound)"),
    )
    check.add_argument("file", type=location_argument, help=QCoreApplication.translate("Cli", "the programme file"))

    erase = commands.add_parser(
        "erase",
        parents=[common],
        help=QCoreApplication.translate(
            "Cli", "erase a person's personal data from a programme file, its backups and exports"
        ),
    )
    erase.add_argument("file", type=location_argument, help=QCoreApplication.translate("Cli", "the programme file"))
    erase.add_argument(
        "--participant",
        required=True,
        metavar="NAME-OR-ID",
        help=QCoreApplication.translate("Cli", "the person's name as in the register, or their id"),
    )
    erase.add_argument(
        "--yes", action="store_true", help=QCoreApplication.translate("Cli", "erase without asking first")
    )
    add_export_command(commands, common)
    add_import_command(commands, common)
    add_room_command(commands, common)
    add_merge_commands(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m workshop_app``: a headless command, or one line saying that the window is elsewhere."""
    raw = list(sys.argv[1:] if argv is None else argv)
    if command_of(raw, VALUE_OPTIONS) not in HEADLESS_WORDS:
        _speak(language_from(raw))
        return _needs_the_window()
    return run_headless(raw)


def run_headless(raw: Sequence[str], extend: ParserExtension | None = None) -> int:
    """Parse ``raw`` and run its headless command in the user's language; ``extend`` as in :func:`build_parser`.

    A reader that stops early (``info | head``) closes the pipe: the rest of the output is dropped quietly,
    with no traceback."""
    try:
        return _run_headless(raw, extend)
    except BrokenPipeError:
        quiet_closed_stdout()
        return EXIT_FAILED


def quiet_closed_stdout() -> None:
    """Point stdout at the null device, so Python's own flush at exit does not fail on the closed pipe too."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _run_headless(raw: Sequence[str], extend: ParserExtension | None) -> int:
    _speak(language_from(raw))
    args = build_parser(extend).parse_args(raw)
    if args.command not in HEADLESS_COMMANDS:  # a window's command, from a caller that did not check first
        return _needs_the_window()
    try:
        if args.command == "demo":
            return _demo(args.out, args.lang or "en")
        if args.command == "info":
            return _info(args.file, as_json=args.json)
        if args.command == "check":
            return _check(args.file)
        if args.command == "merge":
            return run_merge(args)
        if args.command == "copy":
            return run_copy(args)
        if args.command == "room":
            return run_room(args)
        if args.command == "erase":
            return _erase(args.file, args.participant, confirmed=args.yes)
        if args.command == "import":
            return run_import(args)
        return run_export(args)
    except WorkshopError as error:
        print(f"{APP_ID}: {printable(str(error))}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        raise
    except Exception as error:
        if logging.getLogger().handlers:  # the app's log file when set up; never a traceback on the terminal
            logging.getLogger(__name__).exception("%s failed", args.command)
        message = QCoreApplication.translate("Cli", "The command failed: {reason}").format(
            reason=printable(" ".join(str(error).split()) or type(error).__name__)
        )
        print(f"{APP_ID}: {message}", file=sys.stderr)
        return EXIT_FAILED


def printable_json(text: str) -> str:
    """JSON text with control and formatting characters as ``\\uXXXX`` escapes (still the same JSON)."""
    return "".join(
        json.dumps(char)[1:-1] if unicodedata.category(char) in {"Cc", "Cf"} and char != "\n" else char for char in text
    )


def printable(text: str) -> str:
    """``text`` with control and formatting characters (escape sequences, right-to-left overrides) shown
    escaped, so a crafted name cannot drive the terminal or reorder what is printed around it."""
    return "".join(
        char.encode("unicode_escape").decode("ascii")
        if unicodedata.category(char) in {"Cc", "Cf"} and char not in "\t"
        else char
        for char in text
    )


def _needs_the_window() -> int:
    """Say in one line, in the user's language, that the window is opened by the interface's command."""
    message = QCoreApplication.translate(
        "Cli",
        "python -m workshop_app runs only the commands demo, info, check and export; "
        "run workshop-app (or python -m ui) to open the window.",
    )
    print(f"{APP_ID}: {message}", file=sys.stderr)
    return EXIT_USAGE


def _speak(language: str) -> None:
    """The command line speaks the user's language (the window installs its own translations later), argparse's
    own headings and messages included."""
    global _cli_app
    _cli_app = QCoreApplication.instance() or QCoreApplication([APP_ID])
    install_translations(language)
    argparse._ = _argparse_text  # type: ignore[attr-defined]  # argparse looks its gettext up at each call


def install_argparse_translations(language: str) -> None:
    """For the window's command line when argparse is about to print help or an error and exit: in
    ``language`` too (a QCoreApplication is made for that if there is none yet)."""
    _speak(language)


ARGPARSE_TEXTS: Final = frozenset(
    {
        QT_TRANSLATE_NOOP("Argparse", "usage: "),
        QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
        QT_TRANSLATE_NOOP("Argparse", "options"),
        QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
        QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
        QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
        QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
        QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
        QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
        QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
        QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    }
)
"""argparse's own words that a ``--help`` or a usage error shows, in the Qt translations' ``Argparse`` context."""


def _argparse_text(text: str) -> str:
    if text in ARGPARSE_TEXTS:
        return QCoreApplication.translate("Argparse", text)
    return text


def _demo(out: Location, language: str) -> int:
    """Build the demo beside ``out`` and give it that name only when whole, so a full disk or a kill never
    leaves a half-built programme under the name asked for. On a server (``out`` a URL) the demo is built in a
    temporary file and copied into the empty database in one transaction."""
    from workshop_app.demo.generator import build_demo
    from workshop_app.errors import FileOpenError

    if not isinstance(out, Path):
        import tempfile

        from workshop_app.storage.transfer import transfer_programme

        with tempfile.TemporaryDirectory(prefix="workshop-demo-") as folder:
            built = Path(folder) / f"demo{FILE_SUFFIX}"
            build_demo(built, language).close()
            transfer_programme(built, out)
        print(shown(out))
        return EXIT_OK
    out = out.expanduser()
    if out.exists():
        raise FileOpenError(
            QT_TRANSLATE_NOOP("WorkshopErrors", "{path} already exists; choose another name."),
            kind="exists",
            path=str(out),
        )
    building = out.with_name(f".{out.name}.{uuid.uuid4().hex}.part")
    try:
        build_demo(building, language).close()
        try:
            os.link(building, out)  # never replaces a file that appeared meanwhile
        except FileExistsError:
            raise
        except OSError:
            building.replace(out)
    except FileExistsError as error:
        raise FileOpenError(
            QT_TRANSLATE_NOOP("WorkshopErrors", "{path} already exists; choose another name."),
            kind="exists",
            path=str(out),
        ) from error
    except OSError as error:
        raise FileOpenError(
            QT_TRANSLATE_NOOP("WorkshopErrors", "The file {path} cannot be created: {reason}."),
            kind="unwritable",
            path=str(out),
            reason=error.strerror or str(error),
        ) from error
    finally:
        from workshop_app.storage.store import lock_path

        for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm"), lock_path(building)):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
    print(out)
    return EXIT_OK


def fresh_demo_path(language: str) -> Path:
    """Where the window's ``--demo`` puts its programme: the app's data folder, made anew each time."""
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"demo-{language}{FILE_SUFFIX}"
    from workshop_app.storage.store import lock_path

    if path.exists() and not lock_path(path).exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


def describe(path: Location) -> dict[str, Any]:
    """What ``info`` reports, read without writing to the file (or the server's database)."""
    from sqlmodel import func, select

    from workshop_app.domain.models import Action, Board, Note, Participant, Workshop
    from workshop_app.services.overview import load_overview
    from workshop_app.storage.fileformat import HEAD_FORMAT, read_header
    from workshop_app.storage.locations import as_programme_store, open_for_reading

    header = read_header(path) if isinstance(path, Path) else None
    with open_for_reading(path) as opened:
        store = as_programme_store(opened)
        overview = load_overview(store, date.today())
        with store.reading() as session:
            counts = {
                name: int(session.exec(select(func.count()).select_from(model)).one())
                for name, model in (
                    ("participants", Participant),
                    ("workshops", Workshop),
                    ("boards", Board),
                    ("notes", Note),
                    ("actions", Action),
                )
            }
        programme = overview.programme
        return {
            "file": shown(path),
            "file_format": header.user_version if header is not None else HEAD_FORMAT,
            "size_bytes": header.file_size if header is not None else None,
            "programme": {
                "id": str(programme.id),
                "name": programme.name,
                "area": programme.area,
                "region": programme.region,
                "language": programme.language,
                "start_year": programme.start_year,
                "catalogue_version": programme.catalogue_version,
                "created_at": programme.created_at.isoformat(),
            },
            "current_phase": overview.current_phase,
            "phases": [
                {
                    "phase": p.number,
                    "status": p.status,
                    "tasks_done": p.tasks_done,
                    "tasks_total": p.tasks_total,
                }
                for p in overview.phases
            ],
            "counts": counts,
            "actions_by_status": overview.actions_by_status,
            "overdue_actions": overview.overdue_total,
            "workshops": _workshops_and_boards(store, date.today()),
        }


def _workshops_and_boards(store: "ProgrammeStore", today: date) -> list[dict[str, Any]]:
    """Each workshop (id, title, date, held or planned) with its boards (id, title, preset): what
    ``export --workshop`` and ``open --board`` take."""
    from workshop_app.services import boards, method_tools, workshops

    every_board = boards.list_boards(store)
    tools = method_tools.tools_by_workshop(store)  # canvases, lifecycle diagnoses, hybrids (issue 15)
    listed = []
    for workshop in workshops.list_workshops(store):
        held = workshop.date is not None and workshop.date <= today
        listed.append(
            {
                "id": str(workshop.id),
                "title": workshop.title,
                "date": workshop.date.isoformat() if workshop.date else None,
                "state": "held" if held else "planned",
                "boards": [
                    {
                        "id": str(board.id),
                        "title": board.title,
                        "preset": board.preset_key or None,
                        "frozen": board.frozen_at is not None,
                    }
                    for board in every_board
                    if board.workshop_id == workshop.id
                ],
                **tools.get(workshop.id, {"canvases": [], "lifecycle_marks": [], "hybrids": []}),
            }
        )
    return listed


def find_board(store: "ProgrammeStore", reference: str) -> "BoardView":
    """The board with this id, else the one titled ``reference``, else the only one whose title starts with
    it (or contains it), ignoring case; a frozen round counts only when no open board matches. Several
    matches are refused with the candidates listed, no match with every board listed."""
    from workshop_app.errors import NotFoundError
    from workshop_app.services import boards

    wanted = reference.strip()
    if not wanted:
        raise NotFoundError(QT_TRANSLATE_NOOP("WorkshopErrors", "--board needs a board's id or title; it was empty."))
    every = boards.list_boards(store)
    with contextlib.suppress(ValueError):
        as_id = uuid.UUID(wanted)
        for board in every:
            if board.id == as_id:
                return board
    folded = wanted.casefold()
    matches: list[BoardView] = []
    for rule in (
        lambda title: title == folded,
        lambda title: title.startswith(folded),
        lambda title: folded in title,
    ):
        matches = [board for board in every if rule(board.title.casefold())]
        open_ones = [board for board in matches if board.frozen_at is None]
        if len(open_ones) == 1 or (len(matches) == 1):
            return open_ones[0] if open_ones else matches[0]
        if matches:
            break
    if not matches:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "WorkshopErrors", "No board in {path} has the id or title “{board}”. The boards: {boards}."
            ),
            path=str(store.path),
            board=wanted,
            boards="; ".join(f"{board.title} ({board.id})" for board in every) or "—",
        )
    raise NotFoundError(
        QT_TRANSLATE_NOOP(
            "WorkshopErrors", "Several boards match “{board}”: {matches}. Give more of the title or the id."
        ),
        board=wanted,
        matches="; ".join(f"{board.title} ({board.id})" for board in matches),
    )


def _info(path: Location, *, as_json: bool) -> int:
    facts = describe(path)
    if as_json:
        # JSON escapes control characters itself; formatting ones (U+202E reorders the terminal) too here.
        print(printable_json(json.dumps(facts, ensure_ascii=False, indent=2)))
        return EXIT_OK
    programme = facts["programme"]
    lines = [
        (QCoreApplication.translate("Cli", "Programme"), programme["name"]),
        (QCoreApplication.translate("Cli", "Area"), programme["area"]),
        (QCoreApplication.translate("Cli", "Region"), programme["region"]),
        (QCoreApplication.translate("Cli", "Language"), programme["language"]),
        (QCoreApplication.translate("Cli", "Start year"), str(programme["start_year"])),
        (QCoreApplication.translate("Cli", "Current phase"), str(facts["current_phase"])),
        (QCoreApplication.translate("Cli", "Method catalogue"), programme["catalogue_version"]),
        (QCoreApplication.translate("Cli", "File format"), str(facts["file_format"])),
        (QCoreApplication.translate("Cli", "Participants"), str(facts["counts"]["participants"])),
        (QCoreApplication.translate("Cli", "Workshops"), str(facts["counts"]["workshops"])),
        (QCoreApplication.translate("Cli", "Boards"), str(facts["counts"]["boards"])),
        (QCoreApplication.translate("Cli", "Notes"), str(facts["counts"]["notes"])),
        (QCoreApplication.translate("Cli", "Actions"), str(facts["counts"]["actions"])),
        (QCoreApplication.translate("Cli", "Overdue actions"), str(facts["overdue_actions"])),
    ]
    width = max(len(label) for label, _ in lines)
    for label, value in lines:
        print(f"{label.ljust(width)}  {printable(value)}")
    if facts["workshops"]:
        print()
        print(QCoreApplication.translate("Cli", "Workshops and their boards:"))
    for workshop in facts["workshops"]:
        state = (
            QCoreApplication.translate("Cli", "held")
            if workshop["state"] == "held"
            else QCoreApplication.translate("Cli", "planned")
        )
        print(f"  {workshop['date'] or '—'}  {state}  {printable(workshop['title'])}  ({workshop['id']})")
        for board in workshop["boards"]:
            frozen = QCoreApplication.translate("Cli", ", frozen round") if board["frozen"] else ""
            print(f"      {printable(board['title'])}  ({board['id']}{frozen})")
    return EXIT_OK


def _check(path: Location) -> int:
    from workshop_app.storage.health import check_file

    if not isinstance(path, Path):
        # A server keeps its own pages sound; what can be checked is that the programme opens as ours.
        from workshop_app.storage.locations import open_programme

        open_programme(path, read_only=True).close()
        print(QCoreApplication.translate("Cli", "sound"))
        return EXIT_OK

    report = check_file(path)
    for finding in report.findings:
        print(finding)
    print(
        QCoreApplication.translate("Cli", "sound") if report.sound else QCoreApplication.translate("Cli", "NOT sound")
    )
    return EXIT_OK if report.sound else EXIT_FAILED


def _erase(path: Location, wanted: str, *, confirmed: bool) -> int:
    """``erase FILE --participant NAME-OR-ID``: a data-protection request from the command line. Prints what was
    erased, the backups deleted and the exports to delete by hand; asks first unless ``--yes``."""
    from workshop_app.services.erasure import erase_outside
    from workshop_app.services.export_log import exports_written
    from workshop_app.services.participants import (
        erase_participant,
        find_participant,
        first_name_occurrences,
        person_matcher,
    )
    from workshop_app.storage.locations import as_programme_store, open_programme
    from workshop_app.storage.migrate import backups_of

    with open_programme(path) as opened:
        store = as_programme_store(opened)
        if store.read_only:
            from workshop_app.errors import ReadOnlyError

            raise ReadOnlyError(
                QT_TRANSLATE_NOOP("WorkshopErrors", "This programme is open read-only; changes cannot be saved.")
            )
        person = find_participant(store, wanted)
        if not confirmed:
            question = QCoreApplication.translate(
                "Cli", "Erase the personal data of {name} ({id}) everywhere? Type yes to erase: "
            ).format(name=printable(person.display_name), id=person.id)
            answer = input(question) if sys.stdin.isatty() else ""
            if answer.strip().casefold() not in {"yes", QCoreApplication.translate("Cli", "yes").casefold()}:
                message = QCoreApplication.translate("Cli", "Nothing was erased (add --yes to erase without asking).")
                print(f"{APP_ID}: {message}")
                return EXIT_FAILED
        matcher = person_matcher(store, person.id)
        first_names = first_name_occurrences(store, person.id)
        exports = [entry.path for entry in exports_written(store)]
        backups = backups_of(path) if isinstance(path, Path) else []  # a server's backups are the region's
        if store.backup is not None and store.backup not in backups:
            backups.append(store.backup)
        redacted = erase_participant(store, person.id)
    outside = erase_outside(matcher, backups, exports)
    print(
        QCoreApplication.translate(
            "Cli", "Erased the personal data of {name}; texts where it was replaced: {count}."
        ).format(name=printable(person.display_name), count=redacted)
    )
    for backup in outside.backups_deleted:
        print(QCoreApplication.translate("Cli", "Backup deleted (it held the person): {path}").format(path=backup))
    for leftover in outside.leftovers_deleted:
        print(QCoreApplication.translate("Cli", "Unfinished export deleted: {path}").format(path=leftover))
    for export in outside.exports:
        print(
            QCoreApplication.translate(
                "Cli", "Exported file that may still name the person; delete it yourself: {path}"
            ).format(path=export)
        )
    for failed, reason in outside.failed:
        print(QCoreApplication.translate("Cli", "Could not delete {path}: {reason}").format(path=failed, reason=reason))
    for occurrence in first_names:
        print(
            QCoreApplication.translate(
                "Cli", "The first name alone remains in {place}: {before}[{name}]{after}"
            ).format(
                place=f"{occurrence.table}.{occurrence.column}",
                before=printable(occurrence.before),
                name=printable(person.display_name.split()[0]),
                after=printable(occurrence.after),
            )
        )
    return EXIT_OK if not outside.failed else EXIT_FAILED


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
