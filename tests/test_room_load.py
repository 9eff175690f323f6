"""Thirty phones at once against the headless ``workshop-app room``: ten notes each, some sent twice with
the same ``client_id`` (a retry after a lost answer), all at the same time. Exactly 300 notes reach the file,
and the file is sound after the server stops on SIGTERM."""

import asyncio
import contextlib
import signal
import sqlite3
import sys
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from tests.templates import demo_file
from workshop_app.services import boards
from workshop_app.storage.store import ProgrammeStore

PHONES = 30
NOTES = 10


async def start_room(path: Path, title: str, *extra: str) -> tuple[asyncio.subprocess.Process, str]:
    """``workshop-app room`` in its own process; its first line on stdout is ``Join: URL``."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "workshop_app",
        "room",
        str(path),
        "--board",
        title,
        "--host",
        "127.0.0.1",
        "--no-qr",
        *extra,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    assert process.stdout is not None
    first = (await asyncio.wait_for(process.stdout.readline(), 120)).decode().strip()
    assert first.startswith("Join: http://127.0.0.1:"), first
    return process, first.removeprefix("Join: ")


async def stop_room(process: asyncio.subprocess.Process) -> int:
    process.send_signal(signal.SIGTERM)
    return await asyncio.wait_for(process.wait(), 60)


async def phone(url: str, number: int) -> list[str]:
    """One phone: joins, then sends its notes; every third one twice with the same client_id, the second
    time at once (as a retry racing the first answer would)."""
    base, token = url.split("/j/")
    api = f"{base}/api/{token}"
    ids: list[str] = []
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        async with session.get(f"{api}/board") as response:
            assert response.status == 200
            key = response.headers["X-Device"]
        headers = {"X-Device": key}
        for note in range(NOTES):
            body: dict[str, Any] = {
                "text": f"Phone {number} note {note}",
                "x": (number % 10) / 10 - 0.45,
                "y": note / 10 - 0.45,
                "client_id": f"{number}-{note}",
            }
            sends = 2 if note % 3 == 0 else 1
            answers = await asyncio.gather(
                *(session.post(f"{api}/notes", json=body, headers=headers) for _ in range(sends))
            )
            got = set()
            for answer in answers:
                assert answer.status in (200, 201), await answer.text()
                got.add((await answer.json())["id"])
            assert len(got) == 1, "a retry must answer with the same note"
            ids.extend(got)
    return ids


@pytest.mark.slow
def test_thirty_phones_ten_notes_each_exactly_three_hundred(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = demo_file(tmp_path, tmp_path_factory)
    with ProgrammeStore.open(path) as store:
        board = next(board for board in boards.list_boards(store) if board.preset_key == "valuma")
        before = len(boards.list_notes(store, board.id))

    async def main() -> list[list[str]]:
        process, url = await start_room(path, board.title)
        try:
            return await asyncio.wait_for(asyncio.gather(*(phone(url, n) for n in range(PHONES))), 120)
        finally:
            assert await stop_room(process) == 0

    ids = asyncio.run(main())
    assert sum(len(phone_ids) for phone_ids in ids) == PHONES * NOTES
    assert len({note_id for phone_ids in ids for note_id in phone_ids}) == PHONES * NOTES
    with contextlib.closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        [(count,)] = connection.execute("SELECT count(*) FROM note WHERE text LIKE 'Phone % note %'").fetchall()
    assert count == PHONES * NOTES
    with ProgrammeStore.open(path) as store:
        assert len(boards.list_notes(store, board.id)) == before + PHONES * NOTES


def test_the_room_command_names_the_boards_it_does_not_find(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    import subprocess

    path = demo_file(tmp_path, tmp_path_factory)
    command = [
        sys.executable,
        "-m",
        "workshop_app",
        "room",
        str(path),
        "--board",
        "No such board",
        "--host",
        "127.0.0.1",
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "No such board" in done.stderr and not done.stdout
