"""The installed ``workshop-app`` command (also ``python -m ui``): opens the window, and hands every command
that needs no window to the core's command line.

The window's options (``--demo``, ``--screenshot``) and its ``open`` command are added here to the core's
parser, so ``--help`` describes the whole command. ``demo --out``, ``info``, ``check`` and ``export`` run in
:mod:`workshop_app.cli` without loading any widget. The window itself is imported only when it is wanted.

A window's command line (``open FILE``, none at all) is parsed first by the frame of the command line and the
window's part alone (:mod:`workshop_app.cli_frame`): the core's headless commands are loaded and built only
when that parser does not take it, so the programme's window is not kept waiting for them.
"""

import argparse
import contextlib
import io
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from workshop_app import APP_ID
from workshop_app import cli_frame as frame
from workshop_app.errors import WorkshopError
from workshop_app.storage.urls import Location, location_argument

WINDOW_VALUE_OPTIONS = frame.VALUE_OPTIONS | {"--screenshot"}
"""The global options that take a value, skipped when looking for the command word."""
PAGES = (
    "overview",
    "phase-1",
    "phase-2",
    "phase-3",
    "phase-4",
    "phase-5",
    "workshops",
    "participants",
    "actions",
)
"""``open --page``: the main window's pages (``ui.pages.navigation.PageKey``'s values, written out so the
command line loads no page module; a test keeps them equal)."""


def add_window_arguments(
    parser: argparse.ArgumentParser,
    commands: "argparse._SubParsersAction[argparse.ArgumentParser]",
    common: argparse.ArgumentParser,
) -> None:
    """The window's part of the command line: ``--demo``, ``--screenshot`` and ``open [FILE] [--board ...]``.

    The strings keep the ``Cli`` context of the core's, so one translation serves the whole ``--help``.
    """
    parser.add_argument(
        "--demo",
        action="store_true",
        help=QCoreApplication.translate("Cli", "open the window on a fresh demo programme"),
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="PNG",
        help=QCoreApplication.translate("Cli", "render the window to PNG and exit"),
    )
    opening = commands.add_parser(
        "open", parents=[common], help=QCoreApplication.translate("Cli", "open a programme file in the window")
    )
    opening.add_argument(  # none: the start screen (a menu's "open %f" alone)
        "file", type=location_argument, nargs="?", help=QCoreApplication.translate("Cli", "the programme file")
    )
    opening.add_argument(
        "--page",
        choices=PAGES,
        help=QCoreApplication.translate("Cli", "the page to show (with --screenshot: the page to render)"),
    )
    opening.add_argument(
        "--screenshot",
        type=Path,
        metavar="PNG",
        dest="open_screenshot",
        help=QCoreApplication.translate("Cli", "render the window to PNG and exit"),
    )
    opening.add_argument(
        "--board",
        metavar="ID-OR-TITLE",
        help=QCoreApplication.translate(
            "Cli", "open only this quadrant board of the file, in its own window (its id, title or the start of it)"
        ),
    )
    opening.add_argument(
        "--participant-mode",
        action="store_true",
        help=QCoreApplication.translate("Cli", "with --board: start in participant mode, full screen for the room"),
    )


def build_parser() -> argparse.ArgumentParser:
    """The whole ``workshop-app`` command line: the window's commands and the core's."""
    from workshop_app import cli as core

    return core.build_parser(add_window_arguments)


def window_parser() -> argparse.ArgumentParser:
    """The window's part of the command line on its frame, without the core's commands. A command line it
    accepts is parsed by :func:`build_parser` to the same namespace, since the two differ only in commands
    that are not named in it."""
    parser, _commands, _common = frame.frame_parser(add_window_arguments)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    raw = list(sys.argv[1:] if argv is None else argv)
    if frame.command_of(raw, WINDOW_VALUE_OPTIONS) in frame.HEADLESS_WORDS:
        from workshop_app import cli as core

        return core.run_headless(raw, add_window_arguments)
    args = _silently_parsed(window_parser(), raw) or _silently_parsed(build_parser(), raw)
    if args is None:  # --help or a usage error: said in the user's language, then argparse exits
        from workshop_app import cli as core

        core.install_argparse_translations(frame.language_from(raw))
        args = build_parser().parse_args(raw)
    try:
        return open_window(args)
    except WorkshopError as error:
        from workshop_app.cli import printable

        print(f"{APP_ID}: {printable(str(error))}", file=sys.stderr)
        return frame.EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        from workshop_app.cli import quiet_closed_stdout

        quiet_closed_stdout()
        return frame.EXIT_FAILED


def _silently_parsed(parser: argparse.ArgumentParser, raw: Sequence[str]) -> argparse.Namespace | None:
    """``raw`` parsed by ``parser`` if it accepts it silently (no help asked for, no error); else None.

    Only then can the window start without a Qt application made just to translate the command line: Qt
    allows one application per process, and the window's must be a QApplication."""
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        try:
            return parser.parse_args(raw)
        except SystemExit:
            return None


def open_window(args: argparse.Namespace) -> int:
    """The main window (on a file, the start screen, or a fresh demo), or one board's window with ``--board``."""
    file: Location | None = getattr(args, "file", None)  # a file, or a postgresql:// address
    screenshot: Path | None = getattr(args, "open_screenshot", None) or args.screenshot
    language: str | None = args.lang
    if args.demo:
        from ui import settings
        from workshop_app.cli import fresh_demo_path
        from workshop_app.demo.generator import build_demo

        demo_language = language or settings.interface_language()  # the content speaks as the window does
        path = fresh_demo_path(demo_language)
        if not path.exists():
            build_demo(path, demo_language).close()
        file = path
    board: str | None = getattr(args, "board", None)
    if board is not None:
        from ui.launch import start_log

        start_log()
        if file is None:
            print(f"{APP_ID}: " + QCoreApplication.translate("Cli", "--board needs a programme file."), file=sys.stderr)
            return frame.EXIT_FAILED
        from ui.launch import run_board

        return run_board(
            file,
            board,
            participant_mode=bool(getattr(args, "participant_mode", False)),
            screenshot=screenshot,
            language=language,
        )
    from ui.launch import run  # widgets load only now: the headless commands above never pay for them

    # run() sets up the log itself, once its first window is painted (ui.launch.start_log).
    return run(file=file, screenshot=screenshot, language=language, page=getattr(args, "page", None))
