"""``workshop-app room FILE --board TITLE``: the room's server without a window.

For tests, benchmarks, and a facilitator who projects from another machine. The first line on stdout is
``Join: URL`` (then the same link as a QR code); it serves until SIGINT or SIGTERM and then exits 0, every
phone's change already committed (each is its own transaction) and the file closed cleanly.
"""

import argparse
import signal
import sys
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from workshop_app import APP_ID
from workshop_app.storage.urls import location_argument, masked

if TYPE_CHECKING:
    from workshop_app.storage.store import ProgrammeStore

EXIT_OK = 0
EXIT_FAILED = 1


def add_room_command(
    commands: "argparse._SubParsersAction[argparse.ArgumentParser]", common: argparse.ArgumentParser
) -> None:
    room = commands.add_parser(
        "room",
        parents=[common],
        help=QCoreApplication.translate("Cli", "let phones join a board over the local network, without a window"),
    )
    room.add_argument("file", type=location_argument, help=QCoreApplication.translate("Cli", "the programme file"))
    room.add_argument(
        "--board", metavar="TITLE", required=True, help=QCoreApplication.translate("Cli", "the board's title")
    )
    room.add_argument(
        "--host",
        help=QCoreApplication.translate(
            "Cli", "the address to listen on (default: this computer's local network address)"
        ),
    )
    room.add_argument(
        "--port", type=int, default=0, help=QCoreApplication.translate("Cli", "the port (default: any free port)")
    )
    room.add_argument(
        "--names",
        action="store_true",
        help=QCoreApplication.translate("Cli", "let phones pick a name from the attendance"),
    )
    room.add_argument(
        "--face-down",
        action="store_true",
        help=QCoreApplication.translate("Cli", "phones' notes stay face down until revealed"),
    )
    room.add_argument(
        "--no-qr", action="store_true", help=QCoreApplication.translate("Cli", "print the link without a QR code")
    )


def run_room(args: argparse.Namespace) -> int:
    from workshop_app.room.network import lan_address
    from workshop_app.services import boards

    host = args.host or lan_address()
    if host is None:
        print(f"{APP_ID}: {no_network_message()}", file=sys.stderr)
        return EXIT_FAILED
    from workshop_app.storage.locations import as_programme_store, open_programme

    store = as_programme_store(open_programme(args.file))
    try:
        found = [board for board in boards.list_boards(store) if board.title == args.board]
        if not found:
            message = QCoreApplication.translate("Cli", "There is no board called “{title}” in {file}.")
            print(f"{APP_ID}: {message.format(title=args.board, file=masked(args.file))}", file=sys.stderr)
            return EXIT_FAILED
        import asyncio  # here, not at the top: the window's command line builds this parser before its window

        return asyncio.run(_serve(store, found[0].id, host, args))
    finally:
        _close_undisturbed(store)


def _close_undisturbed(store: "ProgrammeStore") -> None:
    """Close the file with a second Ctrl+C (or a supervisor's repeated SIGTERM) held off: it is nearly done."""
    held = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    try:
        store.close()
    finally:
        signal.signal(signal.SIGINT, held[0])
        signal.signal(signal.SIGTERM, held[1])


def no_network_message() -> str:
    return QCoreApplication.translate(
        "Cli",
        "This computer is not on a local network, so phones cannot reach it. Turn on the hotspot of a phone, "
        "join it with this computer and the participants' phones, and start the room again.",
    )


async def _serve(store: "ProgrammeStore", board_id: uuid.UUID, host: str, args: argparse.Namespace) -> int:
    import asyncio

    from workshop_app.room.qr import qr_text
    from workshop_app.room.server import RoomServer

    room = RoomServer(store, board_id, offer_names=args.names, face_down=args.face_down)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    try:
        url = await room.start(host, args.port)
    except OSError as error:
        print(f"{APP_ID}: {error}", file=sys.stderr)
        return EXIT_FAILED
    print(f"Join: {url}", flush=True)
    if not args.no_qr:
        print(qr_text(url), flush=True)
    try:
        await stop.wait()
    finally:
        await room.stop()
    return EXIT_OK
