"""Room benchmark (issue 12): 50 phones adding notes at once to a board open in the facilitator's window.

The board window runs in this process with the room's server on its qasync loop, as in the app. The phones
are another process (they are other devices): 50 of them, each with its live stream open and adding about one
note a second for 20 s over 127.0.0.1, retrying with the same ``client_id`` if an answer is lost. Every note
carries its phone's send time (CLOCK_MONOTONIC, the same in both processes), so this process sees:

1. ``phones_commit_p95_ms``: POST to the answer, which the server sends after the note's transaction has
   committed (target <= 100).
2. ``phones_scene_p95_ms``: POST to the note's card in the facilitator's scene (target <= 250).
3. ``phones_notes_lost``: notes the phones sent that are not in the file afterwards (target 0).
4. ``phones_add_ratio``: the median HTTP add over the core operation alone (``run(store, AddNote)``) on the
   same file in this process.

    python -m tests.benchmarks.bench_room
"""

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WORKSHOP_APP_HOME", tempfile.mkdtemp(prefix="workshop-bench-"))

PHONES = 50
SECONDS = 20
TODAY = date(2026, 11, 23)
PREFIX = "bench-phone"


# --- the phones (their own process) ------------------------------------------------------------------------------


async def _follow(session: Any, api: str, key: str) -> None:
    """The phone's live stream, read and dropped, as a phone's page would render it."""
    async with session.get(f"{api}/events", headers={"X-Device": key}) as response:
        async for _line in response.content:
            pass


async def _phone(url: str, number: int, seconds: float, results: list[dict[str, Any]]) -> None:
    import aiohttp

    base, token = url.split("/j/")
    api = f"{base}/api/{token}"
    timeout = aiohttp.ClientTimeout(total=None, sock_read=None, sock_connect=30)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        async with session.get(f"{api}/board") as response:
            key = response.headers["X-Device"]
        live = asyncio.ensure_future(_follow(session, api, key))
        try:
            await _write(session, api, key, number, seconds, results)
        finally:
            live.cancel()


async def _write(session: Any, api: str, key: str, number: int, seconds: float, results: list[dict[str, Any]]) -> None:
    """About one note a second, each sent again with the same client_id if its answer is lost."""
    import aiohttp

    limit = aiohttp.ClientTimeout(total=30)
    await asyncio.sleep(random.uniform(0, 1))
    start = time.monotonic()
    for index in range(int(seconds)):
        sent = time.monotonic()
        text = f"{PREFIX} {number} {index}"
        body = {"text": text, "x": random.uniform(-0.9, 0.9), "y": random.uniform(-0.9, 0.9), "client_id": text}
        status = 0
        for _attempt in range(5):
            try:
                async with session.post(f"{api}/notes", json=body, headers={"X-Device": key}, timeout=limit) as answer:
                    status = answer.status
                    await answer.read()
                if status in (200, 201):
                    break
            except (aiohttp.ClientError, TimeoutError):
                await asyncio.sleep(0.2)
        results.append({"text": text, "sent": sent, "answered": time.monotonic(), "status": status})
        await asyncio.sleep(max(0.0, start + index + 1 - time.monotonic()))


async def _phones(url: str, count: int, seconds: float) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = []
    await asyncio.gather(*(_phone(url, number, seconds, results) for number in range(count)))
    return results


# --- the facilitator's window (this process) -------------------------------------------------------------------


def _core_add_ms(store: Any, board_id: Any, rounds: int = 200) -> float:
    """The core operation alone: one AddNote in its own transaction, median of ``rounds``."""
    from workshop_app.operations.base import run
    from workshop_app.operations.notes import AddNote

    times = []
    for index in range(rounds):
        start = time.perf_counter()
        run(store, AddNote(board_id, f"baseline {index}", 0.1, 0.1))
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e3


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def main(phones: int = PHONES, seconds: int = SECONDS) -> Any:
    import qasync
    from PySide6.QtWidgets import QApplication

    from tests.benchmarks.figures import Figures
    from ui.board.board_window import BoardWindow
    from ui.board.scene import Mirrored
    from ui.launch import make_application
    from ui.workspace import Workspace
    from workshop_app.demo.generator import build_demo
    from workshop_app.operations.changes import Kind
    from workshop_app.services import boards
    from workshop_app.storage.store import ProgrammeStore

    figures = Figures()
    app = make_application()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.workshop"
        build_demo(path, "en", today=TODAY).close()
        workspace = Workspace(ProgrammeStore.open(path))
        try:
            valuma = next(board.id for board in boards.list_boards(workspace.store) if board.preset_key == "valuma")
            spare = next(board.id for board in boards.list_boards(workspace.store) if board.id != valuma)
            core_ms = _core_add_ms(workspace.store, spare)
            window = BoardWindow(workspace, valuma)
            window.resize(1366, 768)
            window.show()
            shown: dict[str, float] = {}

            def seen(mirrored: Mirrored) -> None:
                """The scene has taken in a change set (or several, merged while phones write): which phone
                notes now have a card."""
                now = time.monotonic()
                for note_id in mirrored.changes.created.get(Kind.NOTE, frozenset()):
                    item = window.scene.note_item(note_id)
                    if item is not None and item.record.text.startswith(PREFIX):
                        shown.setdefault(item.record.text, now)

            window.scene.mirrored.connect(seen)

            async def run_room() -> list[dict[str, Any]]:
                url = await window.phones.start(host="127.0.0.1", port=0)
                assert url is not None
                process = await asyncio.create_subprocess_exec(
                    sys.executable,
                    "-m",
                    "tests.benchmarks.bench_room",
                    "--phones",
                    url,
                    "--count",
                    str(phones),
                    "--seconds",
                    str(seconds),
                    stdout=asyncio.subprocess.PIPE,
                )
                out, _ = await asyncio.wait_for(process.communicate(), seconds + 120)
                await asyncio.sleep(0.5)  # the last change sets reach the scene
                await window.phones.stop_and_wait()
                return json.loads(out)  # type: ignore[no-any-return]

            results = loop.run_until_complete(run_room())
            answered = [r for r in results if r["status"] in (200, 201)]
            commit = [(r["answered"] - r["sent"]) * 1e3 for r in answered]
            scene = [(shown[r["text"]] - r["sent"]) * 1e3 for r in answered if r["text"] in shown]
            in_file = {n.text for n in boards.list_notes(workspace.store, valuma) if n.text.startswith(PREFIX)}
            lost = len({r["text"] for r in results} - in_file)
            p95 = figures.record("phones_commit_p95_ms", _p95(commit))
            print(
                f"{len(results)} notes from {phones} phones over {seconds} s: "
                f"POST to committed p95 {p95:.1f} ms (<= 100)"
            )
            p95 = figures.record("phones_scene_p95_ms", _p95(scene))
            print(f"POST to the facilitator's scene p95 {p95:.1f} ms (<= 250), {len(scene)} cards seen")
            print(f"notes lost: {figures.record('phones_notes_lost', lost)} (target 0)")
            ratio = figures.ratio("phones_add", statistics.median(commit), core_ms)
            print(
                f"add over HTTP median {statistics.median(commit):.2f} ms, "
                f"core alone {core_ms:.2f} ms: ratio {ratio:.2f}"
            )
            window.close()
            window.deleteLater()
            QApplication.processEvents()
        finally:
            workspace.close()
            asyncio.set_event_loop(None)
    return figures


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--phones", metavar="URL", help="be the phones (a process of their own) for this room")
    parser.add_argument("--count", type=int, default=PHONES)
    parser.add_argument("--seconds", type=int, default=SECONDS)
    args = parser.parse_args()
    if args.phones:
        print(json.dumps(asyncio.run(_phones(args.phones, args.count, args.seconds))))
    else:
        main(args.count, args.seconds)
