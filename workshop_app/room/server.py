"""The room's server for one board: its join token, its phones, the live stream, start and stop.

One :class:`RoomServer` serves one board while the facilitator has it on. It runs on the asyncio loop it is
started on (the window's qasync loop, or the headless command's own loop) and touches the programme file
only from that loop, through core operations (:func:`workshop_app.operations.base.run`) for every change
and shared snapshots for every read. It hears every committed change set, whoever made it (the laptop, a
phone), and pushes each phone a fresh view of what it may see: reveals, others' notes, dots, a new round,
input locked or unlocked, the timer.
"""

import asyncio
import hmac
import secrets
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from aiohttp import web
from sqlmodel import col, select

from workshop_app.domain.models import Note
from workshop_app.errors import WorkshopError
from workshop_app.operations.base import Batch, Operation, Outcome, run
from workshop_app.operations.changes import EMPTY, ChangeSet, Kind
from workshop_app.room import collector
from workshop_app.room.devices import MAX_DEVICES, NOTES_PER_MINUTE, Device, Devices
from workshop_app.room.language import Catalogues
from workshop_app.room.view import Snapshot, device_view_json, latest_round
from workshop_app.storage.store import ProgrammeStore

T = TypeVar("T")

TOKEN_BYTES = 16
"""128 random bits in every join link, new each time the server starts."""
BODY_LIMIT = 16 * 1024
SEEN_KINDS = (Kind.BOARD, Kind.NOTE, Kind.VOTE, Kind.PRO_CON, Kind.PARTICIPANT, Kind.ATTENDANCE)
"""Changes that can alter what a phone sees (a board's texts, its notes, dots, pros and cons, who attends)."""


@dataclass(frozen=True)
class Limits:
    devices: int = MAX_DEVICES
    notes_per_minute: int = NOTES_PER_MINUTE
    body_bytes: int = BODY_LIMIT


class Stream:
    """One open live stream of one phone: woken when there is something new to send."""

    def __init__(self, device: Device) -> None:
        self.device = device
        self.wake = asyncio.Event()
        self.closed = False


class RoomServer:
    """Serves ``board_id`` (and the rounds that follow it) to phones; see the module's docstring."""

    def __init__(
        self,
        store: ProgrammeStore,
        board_id: uuid.UUID,
        *,
        offer_names: bool = False,
        face_down: bool = False,
        limits: Limits = Limits(),
        catalogues: Catalogues | None = None,
    ) -> None:
        self.store = store
        self.board_id = latest_round(store, board_id)
        self.offer_names = offer_names
        self.face_down = face_down
        self.limits = limits
        self.catalogues = catalogues or Catalogues()
        self.devices = Devices(limits.devices, limits.notes_per_minute)
        self.locked = False
        self.timer: dict[str, Any] | None = None
        self.token: str | None = None
        self.url: str | None = None
        self.streams: set[Stream] = set()
        self.listeners: list[Callable[[], None]] = []
        """Called (on the loop) when the phones change: one joined, named itself, left or was removed."""
        self._snapshot: Snapshot | None = None
        self._pending = EMPTY
        self._push_scheduled = False
        self._unsubscribe: Callable[[], None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._loop_thread: int | None = None
        self._runner: web.AppRunner | None = None
        self._waiting: list[tuple[Operation[Any], asyncio.Future[Any]]] = []
        self._holding = False  # whether this room holds the collector off what was alive when it opened

    # --- life cycle ----------------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.token is not None

    def open(self) -> str:
        """A fresh token and the change sets subscribed to (``start`` also listens on the network)."""
        self.token = secrets.token_urlsafe(TOKEN_BYTES)
        try:
            self._loop = asyncio.get_running_loop()
        except RuntimeError:
            self._loop = None
        self._loop_thread = threading.get_ident()
        if self._unsubscribe is None:
            self._unsubscribe = self.store.subscribe(self._heard)
        self._snapshot = None
        self._pending = EMPTY
        if not self._holding:
            collector.hold()
            self._holding = True
        return self.token

    async def start(self, host: str, port: int = 0) -> str:
        """Listen on ``host``:``port`` (0: any free port); returns the join URL."""
        from workshop_app.room.routes import make_app

        self.open()
        runner = web.AppRunner(make_app(self), access_log=None, handle_signals=False, shutdown_timeout=2.0)
        await runner.setup()
        try:
            site = web.TCPSite(runner, host, port)
            await site.start()
        except BaseException:
            await runner.cleanup()
            self.close_streams()
            self._forget()
            raise
        self._runner = runner
        bound_port = runner.addresses[0][1]
        shown_host = f"[{host}]" if ":" in host else host
        self.url = f"http://{shown_host}:{bound_port}/j/{self.token}"
        return self.url

    async def stop(self) -> None:
        """Stop listening; the token dies at once and every phone's stream ends."""
        self.close_streams()
        self._forget()
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    def halt(self) -> None:
        """Stop at once, without awaiting anything (a window closing, the app quitting): the token dies,
        every stream ends and no connection is accepted any more; the rest is cleaned up on the loop."""
        self.close_streams()
        self._forget()
        runner, self._runner = self._runner, None
        if runner is None:
            return
        for site in list(runner.sites):
            listening = getattr(site, "_server", None)
            if listening is not None:
                listening.close()
        loop = self._loop
        if loop is not None and loop.is_running() and not loop.is_closed():
            loop.create_task(runner.cleanup())

    def close_streams(self) -> None:
        for stream in list(self.streams):
            stream.closed = True
            stream.wake.set()

    def _forget(self) -> None:
        self.token = None
        self.url = None
        if self._holding:
            self._holding = False
            collector.release()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._notify()

    def token_matches(self, token: str) -> bool:
        """Constant-time comparison, so the token cannot be guessed a character at a time."""
        current = self.token
        return current is not None and hmac.compare_digest(current.encode(), token.encode())

    # --- facilitator's controls ----------------------------------------------------------------------------

    def set_locked(self, locked: bool) -> None:
        self.locked = locked
        self.push()

    def set_face_down(self, face_down: bool) -> None:
        self.face_down = face_down
        self.push()

    def set_offer_names(self, offer: bool) -> None:
        self.offer_names = offer
        self.push()

    def set_timer(self, *, running: bool, remaining: int, total: int) -> None:
        self.timer = {"running": running, "remaining": remaining, "total": total}
        self.push()

    def remove_device(self, device_id: str) -> bool:
        device = self.devices.remove(device_id)
        if device is None:
            return False
        for stream in list(self.streams):
            if stream.device is device:
                stream.closed = True
                stream.wake.set()
        self._notify()
        return True

    def connected(self) -> list[Device]:
        return self.devices.connected()

    # --- reading and writing -------------------------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        """The board as the file holds it now: changes heard since the last look are read in first."""
        pending, self._pending = self._pending, EMPTY
        if pending and pending.created.get(Kind.BOARD) and self._follow_rounds():
            self._snapshot = None
        if self._snapshot is None:
            self._snapshot = Snapshot.read(self.store, self.board_id)
        elif pending:
            self._snapshot = self._snapshot.apply(self.store, pending)
        return self._snapshot

    def view_for(self, device: Device) -> str:
        """The device's view as JSON text (see the README's API table)."""
        return device_view_json(
            self.snapshot(),
            device,
            locked=self.locked,
            offer_names=self.offer_names,
            face_down=self.face_down,
            timer=self.timer,
        )

    def run(self, operation: Operation[T]) -> Outcome[T]:
        """One phone change: one core operation, one transaction (never on the facilitator's undo stack)."""
        return run(self.store, operation)

    def add_together(self, operation: Operation[T]) -> "asyncio.Future[T]":
        """A phone's new note, committed together with the others that arrive in the same turn of the loop.

        Fifty phones writing at once would otherwise take one durable commit each, one after another on the
        loop the facilitator's window also runs on; one commit for all the notes that are waiting costs about
        what one note did. The future is settled after the commit (a request is answered only then), and the
        note is committed even if the phone stops waiting. If the core refuses any of them, the transaction
        is rolled back whole and each is run on its own, so one phone's bad note never costs another phone
        its note."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._waiting.append((operation, future))
        if len(self._waiting) == 1:
            loop.call_soon(self._commit_waiting)
        return future

    def _commit_waiting(self) -> None:
        waiting, self._waiting = self._waiting, []
        if len(waiting) > 1:
            try:
                results = run(self.store, Batch(tuple(operation for operation, _ in waiting))).result
            except WorkshopError:
                pass  # one of them is refused: each on its own below
            except Exception as error:  # the file itself failed: every phone hears so
                for _, future in waiting:
                    _settle(future, error=error)
                return
            else:
                for (_, future), result in zip(waiting, results, strict=True):
                    _settle(future, result=result)
                return
        for operation, future in waiting:
            try:
                result = run(self.store, operation).result
            except Exception as error:
                _settle(future, error=error)
            else:
                _settle(future, result=result)

    # --- hearing changes -----------------------------------------------------------------------------------

    def _heard(self, changes: ChangeSet) -> None:
        """Called by the store right after each commit, on the committing thread: note the change and wake the
        phones soon. Nothing is read here, so a phone's POST is answered as soon as its note has committed;
        the next look at the board reads in everything heard since, in one go."""
        if not changes.touches(*SEEN_KINDS):
            return
        loop = self._loop
        if loop is None or threading.get_ident() == self._loop_thread:
            self._changed(changes)
        elif not loop.is_closed():
            loop.call_soon_threadsafe(self._changed, changes)

    def _changed(self, changes: ChangeSet) -> None:
        self._pending = self._pending.merge(changes)
        loop = self._loop
        if loop is None or loop.is_closed():
            self.push()
        elif not self._push_scheduled:
            self._push_scheduled = True
            loop.call_soon(self._scheduled_push)

    def _scheduled_push(self) -> None:
        self._push_scheduled = False
        self.push()

    def _follow_rounds(self) -> bool:
        """A new round of the board: serve it, and give each phone the copies of its own notes. True if so."""
        newest = latest_round(self.store, self.board_id)
        if newest == self.board_id:
            return False
        earlier, self.board_id = self.board_id, newest
        self.devices.carry_over(note_copies(self.store, earlier, newest))
        return True

    def push(self) -> None:
        """Wake every live stream; each sends its phone one fresh view (several changes, one view)."""
        for stream in self.streams:
            stream.wake.set()

    def _notify(self) -> None:
        for listener in list(self.listeners):
            listener()


def _settle(future: "asyncio.Future[Any]", *, result: Any = None, error: BaseException | None = None) -> None:
    """Answer a waiting phone's request, unless the phone has gone (its request cancelled) meanwhile."""
    if future.done():
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)


def note_copies(store: ProgrammeStore, earlier: uuid.UUID, later: uuid.UUID) -> dict[uuid.UUID, uuid.UUID]:
    """Which note of ``later`` is the copy of which note of ``earlier``: "next round" copies them in order,
    keeping text, place, colour and author."""
    with store.snapshot() as session:

        def notes(board_id: uuid.UUID) -> list[tuple[uuid.UUID, tuple[Any, ...]]]:
            rows = session.exec(
                select(Note).where(Note.board_id == board_id).order_by(col(Note.created_at), col(Note.id))
            ).all()
            return [(note.id, (note.text, note.x, note.y, note.colour, note.participant_id)) for note in rows]

        waiting: dict[tuple[Any, ...], list[uuid.UUID]] = {}
        for note_id, key in notes(later):
            waiting.setdefault(key, []).append(note_id)
        copies = {}
        for note_id, key in notes(earlier):
            if waiting.get(key):
                copies[note_id] = waiting[key].pop(0)
        return copies
