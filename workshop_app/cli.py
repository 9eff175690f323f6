"""The ``workshop-app`` command: opens the GUI, or works on a programme file without one.

GUI commands import the ``ui`` package only when they run, so the core stays importable (and testable)
without a display and never imports QtWidgets itself.
"""

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from workshop_app import APP_ID, __version__
from workshop_app.domain.enums import Language
from workshop_app.errors import WorkshopError
from workshop_app.paths import data_dir
from workshop_app.storage.fileformat import FILE_SUFFIX

EXIT_OK = 0
EXIT_FAILED = 1


def tr(text: str) -> str:
    return QCoreApplication.translate("Cli", text)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_ID,
        description=tr("Guides a regional or neighbourhood development programme through the five phases."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--demo", action="store_true", help=tr("open the window on a fresh demo programme"))
    parser.add_argument(
        "--lang", choices=[lang.value for lang in Language], help=tr("language of the interface and the demo")
    )
    parser.add_argument("--screenshot", type=Path, metavar="PNG", help=tr("render the window to PNG and exit"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    opening = commands.add_parser("open", help=tr("open a programme file in the window"))
    opening.add_argument("file", type=Path)
    opening.add_argument(
        "--screenshot",
        type=Path,
        metavar="PNG",
        dest="open_screenshot",
        help=tr("render the window to PNG and exit"),
    )

    demo = commands.add_parser("demo", help=tr("write a demo programme file without opening the window"))
    demo.add_argument("--out", type=Path, required=True, metavar="FILE")
    demo.add_argument("--lang", choices=[lang.value for lang in Language], default=None, dest="demo_lang")

    info = commands.add_parser("info", help=tr("describe a programme file"))
    info.add_argument("file", type=Path)
    info.add_argument("--json", action="store_true", help=tr("print JSON instead of text"))

    check = commands.add_parser("check", help=tr("check a programme file's integrity (exit 0 when sound)"))
    check.add_argument("file", type=Path)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "demo":
            return _demo(args.out, args.demo_lang or args.lang or "en")
        if args.command == "info":
            return _info(args.file, as_json=args.json)
        if args.command == "check":
            return _check(args.file)
        return _gui(args)
    except WorkshopError as error:
        print(f"{APP_ID}: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130


def _demo(out: Path, language: str) -> int:
    from workshop_app.demo.generator import build_demo

    store = build_demo(out, language)
    store.close()
    print(out)
    return EXIT_OK


def fresh_demo_path(language: str) -> Path:
    """Where ``--demo`` puts its programme: the app's data folder, made anew each time."""
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"demo-{language}{FILE_SUFFIX}"
    from workshop_app.storage.store import lock_path

    if path.exists() and not lock_path(path).exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


def _gui(args: argparse.Namespace) -> int:
    file: Path | None = getattr(args, "file", None)
    screenshot: Path | None = getattr(args, "open_screenshot", None) or args.screenshot
    language: str | None = args.lang
    if args.demo:
        from workshop_app.demo.generator import build_demo

        demo_language = language or "en"
        path = fresh_demo_path(demo_language)
        if not path.exists():
            build_demo(path, demo_language).close()
        file = path
    from ui.launch import run  # the GUI lives outside the core; imported only when a window is wanted

    return run(file=file, screenshot=screenshot, language=language)


def describe(path: Path) -> dict[str, Any]:
    """What ``info`` reports, read without writing to the file."""
    from sqlmodel import func, select

    from workshop_app.domain.models import Action, Board, Note, Participant, Workshop
    from workshop_app.services.overview import load_overview
    from workshop_app.storage.fileformat import read_header
    from workshop_app.storage.store import ProgrammeStore

    header = read_header(path)
    with ProgrammeStore.open(path, read_only=True) as store:
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
            "file": str(path),
            "file_format": header.user_version,
            "size_bytes": header.file_size,
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
        }


def _info(path: Path, *, as_json: bool) -> int:
    facts = describe(path)
    if as_json:
        print(json.dumps(facts, ensure_ascii=False, indent=2))
        return EXIT_OK
    programme = facts["programme"]
    lines = [
        (tr("Programme"), programme["name"]),
        (tr("Area"), programme["area"]),
        (tr("Region"), programme["region"]),
        (tr("Language"), programme["language"]),
        (tr("Start year"), str(programme["start_year"])),
        (tr("Current phase"), str(facts["current_phase"])),
        (tr("Method catalogue"), programme["catalogue_version"]),
        (tr("File format"), str(facts["file_format"])),
        (tr("Participants"), str(facts["counts"]["participants"])),
        (tr("Workshops"), str(facts["counts"]["workshops"])),
        (tr("Boards"), str(facts["counts"]["boards"])),
        (tr("Notes"), str(facts["counts"]["notes"])),
        (tr("Actions"), str(facts["counts"]["actions"])),
        (tr("Overdue actions"), str(facts["overdue_actions"])),
    ]
    width = max(len(label) for label, _ in lines)
    for label, value in lines:
        print(f"{label.ljust(width)}  {value}")
    return EXIT_OK


def _check(path: Path) -> int:
    from workshop_app.storage.health import check_file

    report = check_file(path)
    for finding in report.findings:
        print(finding)
    print(tr("sound") if report.sound else tr("NOT sound"))
    return EXIT_OK if report.sound else EXIT_FAILED


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
