"""The command line's frame: its global options, exit codes and command words, without any command.

Light on purpose (argparse, Qt's translate, the language list): the window's command line parses
``open FILE`` with this frame and its own ``open`` alone, so a programme's window is not held up by loading
and building every headless command (:mod:`workshop_app.cli` builds the whole command line on this frame).
"""

import argparse
from collections.abc import Callable, Collection, Sequence
from typing import TypeAlias

from PySide6.QtCore import QCoreApplication

from workshop_app import APP_ID, __version__
from workshop_app.domain.enums import Language
from workshop_app.i18n import system_language

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2  # as argparse: the command line asked for something this command does not do

HEADLESS_COMMANDS = frozenset({"demo", "info", "check", "export", "import", "room", "erase", "merge", "copy"})
HEADLESS_WORDS = HEADLESS_COMMANDS | {"-h", "--help", "--version"}
"""The command words (and flags) the core answers by itself, without a display."""
VALUE_OPTIONS = frozenset({"--lang"})
"""The core's global options that take a value, skipped when looking for the command word."""

ParserExtension: TypeAlias = Callable[
    [argparse.ArgumentParser, "argparse._SubParsersAction[argparse.ArgumentParser]", argparse.ArgumentParser], None
]
"""Adds options and commands to the parser: (parser, its subcommands, the ``common`` parent carrying ``--lang``).
The interface passes one so that ``--help`` describes the whole ``workshop-app`` command."""


def frame_parser(
    extend: ParserExtension | None = None,
) -> tuple[argparse.ArgumentParser, "argparse._SubParsersAction[argparse.ArgumentParser]", argparse.ArgumentParser]:
    """The parser with its global options and ``extend``'s commands (the interface's) but none of the core's:
    (parser, its subcommands, the ``common`` parent carrying ``--lang``) for the caller to add more to."""
    parser = argparse.ArgumentParser(
        prog=APP_ID,
        description=QCoreApplication.translate(
            "Cli", "Guides a regional or neighbourhood development programme through the five phases."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=QCoreApplication.translate("Cli", "show the program's version number and exit"),
    )
    parser.add_argument(
        "--lang",
        choices=[lang.value for lang in Language],
        help=QCoreApplication.translate("Cli", "language of the interface and the demo"),
    )
    # --lang is accepted after the command too; SUPPRESS keeps a missing one from hiding the global one.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--lang",
        choices=[lang.value for lang in Language],
        default=argparse.SUPPRESS,
        help=QCoreApplication.translate("Cli", "language of the interface and the demo"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    if extend is not None:
        extend(parser, commands, common)
    return parser, commands, common


def command_of(raw: Sequence[str], value_options: Collection[str]) -> str | None:
    """The command word (or a help/version flag), skipping global options and the values of ``value_options``."""
    words = iter(raw)
    for word in words:
        if word in value_options:
            next(words, None)
        elif word in {"-h", "--help", "--version"} or not word.startswith("-"):
            return word
    return None


def language_from(raw: Sequence[str]) -> str:
    """``--lang`` if given (before parsing, so that the help text is translated too), else the system's."""
    for index, word in enumerate(raw):
        if word == "--lang" and index + 1 < len(raw):
            return raw[index + 1]
        if word.startswith("--lang="):
            return word.split("=", 1)[1]
    return system_language()
