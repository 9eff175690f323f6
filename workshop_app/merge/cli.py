"""The ``merge`` and ``copy`` commands of ``workshop-app`` (registered by :mod:`workshop_app.cli`)."""

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from workshop_app.errors import QT_TRANSLATE_NOOP, WorkshopError
from workshop_app.storage.urls import is_server_location, location_argument, masked


class MergeUsageError(WorkshopError):
    """The command line named files that do not fit together."""


def add_merge_commands(
    commands: "argparse._SubParsersAction[argparse.ArgumentParser]", common: argparse.ArgumentParser
) -> None:
    """Register ``merge`` and ``copy``; ``common`` carries the shared ``--lang``."""
    merge = commands.add_parser(
        "merge",
        parents=[common],
        help=QCoreApplication.translate("Cli", "bring into one programme what two copies of it did since they parted"),
    )
    merge.add_argument(
        "mine", type=Path, metavar="MINE", help=QCoreApplication.translate("Cli", "your copy of the programme")
    )
    merge.add_argument("theirs", type=Path, metavar="THEIRS", help=QCoreApplication.translate("Cli", "the other copy"))
    target = merge.add_mutually_exclusive_group()
    target.add_argument(
        "--into",
        type=Path,
        metavar="FILE",
        help=QCoreApplication.translate("Cli", "the copy to write the merge into, MINE (the default) or THEIRS"),
    )
    target.add_argument(
        "--out", type=Path, metavar="NEW", help=QCoreApplication.translate("Cli", "write the merge to a new file")
    )
    target.add_argument(
        "--dry-run",
        action="store_true",
        help=QCoreApplication.translate("Cli", "only show what the merge would do"),
    )
    copy = commands.add_parser(
        "copy",
        parents=[common],
        help=QCoreApplication.translate("Cli", "copy a programme for a colleague's laptop, to merge back later"),
    )
    copy.add_argument(
        "source",
        type=location_argument,
        metavar="SRC",
        help=QCoreApplication.translate("Cli", "the programme file to copy"),
    )
    copy.add_argument(
        "target", type=location_argument, metavar="DST", help=QCoreApplication.translate("Cli", "the new copy")
    )


def run_merge(args: argparse.Namespace) -> int:
    """Run a parsed ``merge``: print what came in and the conflicts; raise WorkshopError on failure."""
    from workshop_app.merge.describe import summary_lines
    from workshop_app.merge.files import merge_files

    mine, theirs = Path(args.mine), Path(args.theirs)
    if args.into is not None:
        into = Path(args.into).resolve()
        if into == theirs.resolve():
            mine, theirs = theirs, mine
        elif into != mine.resolve():
            raise MergeUsageError(
                QT_TRANSLATE_NOOP("WorkshopErrors", "--into must name one of the two files being merged: {path}"),
                path=str(args.into),
            )
    result = merge_files(mine, theirs, out=args.out, dry_run=args.dry_run)
    for line in summary_lines(result.plan):
        print(line)
    if not args.dry_run:
        written = args.out or mine
        print(QCoreApplication.translate("Cli", "Merged {theirs} into {file}.").format(theirs=theirs, file=written))
    if result.backup is not None:
        print(QCoreApplication.translate("Cli", "Backup before the merge: {path}").format(path=result.backup))
    return 0


def run_copy(args: argparse.Namespace) -> int:
    """Run a parsed ``copy``: print the new file's path."""
    from workshop_app.merge.copying import copy_programme

    if is_server_location(args.source) or is_server_location(args.target):
        # Between a file and a server, either way: row by row in one transaction (storage/transfer.py).
        from workshop_app.storage.transfer import transfer_programme

        transfer_programme(args.source, args.target)
    else:
        copy_programme(args.source, args.target)
    print(masked(args.target))
    return 0
