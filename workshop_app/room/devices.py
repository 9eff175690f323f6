"""The phones in the room: who they are, what they wrote, and how much they may ask for.

A device is known by a key the server hands out on its first request (``<id>.<secret>``, kept by the page
in a cookie and sent back on every request); the secret is compared in constant time. What a device wrote
is remembered here (not in the programme file): ownership of anonymous notes, the dots an anonymous phone
has given, and the ``client_id`` of each note it sent, so a retried POST does not add the note twice.
Everything is forgotten when the server stops, together with the join token.
"""

import asyncio
import hmac
import secrets
import time
import uuid
from collections import OrderedDict, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from workshop_app.room import errors

MAX_DEVICES = 200
NOTES_PER_MINUTE = 30
CLIENT_IDS_KEPT = 1_000
"""Retries arrive within seconds; a device's last thousand note ids are plenty to recognise them."""
CONNECTED_FOR = 45.0
"""Seconds after its last request (or while its live stream is open) that a phone counts as connected."""


@dataclass
class Device:
    id: str
    secret: str
    number: int
    language: str
    participant_id: uuid.UUID | None = None
    name: str = ""
    notes: set[uuid.UUID] = field(default_factory=set)
    votes: list[uuid.UUID] = field(default_factory=list)
    client_ids: "OrderedDict[str, uuid.UUID]" = field(default_factory=OrderedDict)
    client_ids_waiting: "dict[str, asyncio.Future[Any]]" = field(default_factory=dict)
    """Notes sent and not yet committed, by client_id: a retry meanwhile waits for the same answer."""
    note_times: deque[float] = field(default_factory=deque)
    last_seen: float = 0.0
    streams: int = 0

    @property
    def key(self) -> str:
        return f"{self.id}.{self.secret}"

    def remember_client_id(self, client_id: str, note_id: uuid.UUID) -> None:
        self.client_ids[client_id] = note_id
        while len(self.client_ids) > CLIENT_IDS_KEPT:
            self.client_ids.popitem(last=False)


class Devices:
    """The registry: joins (up to ``limit``), recognises, rate-limits and removes devices."""

    def __init__(
        self,
        limit: int = MAX_DEVICES,
        notes_per_minute: int = NOTES_PER_MINUTE,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit = limit
        self.notes_per_minute = notes_per_minute
        self.clock = clock
        self._devices: dict[str, Device] = {}
        self._removed: set[str] = set()
        self._numbers = 0

    def __len__(self) -> int:
        return len(self._devices)

    def __iter__(self) -> Iterator[Device]:
        return iter(list(self._devices.values()))

    def get(self, device_id: str) -> Device | None:
        return self._devices.get(device_id)

    def identify(self, key: str | None) -> Device | None:
        """The device ``key`` belongs to; None for no key or one this server never gave out (a stale cookie
        from an earlier session: the phone simply joins again). A removed device is refused."""
        device_id, _, secret = (key or "").partition(".")
        if device_id in self._removed:
            raise errors.removed()
        device = self._devices.get(device_id)
        if device is None or not hmac.compare_digest(device.secret.encode(), secret.encode()):
            return None
        device.last_seen = self.clock()
        return device

    def join(self, language: str) -> Device:
        if len(self._devices) >= self.limit:
            raise errors.room_full(self.limit)
        self._numbers += 1
        device = Device(
            id=secrets.token_hex(8),
            secret=secrets.token_urlsafe(24),
            number=self._numbers,
            language=language,
            last_seen=self.clock(),
        )
        self._devices[device.id] = device
        return device

    def remove(self, device_id: str) -> Device | None:
        """Forget a device: its key stops working at once; the notes it wrote stay on the board."""
        device = self._devices.pop(device_id, None)
        if device is not None:
            self._removed.add(device_id)
        return device

    def connected(self) -> list[Device]:
        now = self.clock()
        return [d for d in self._devices.values() if d.streams > 0 or now - d.last_seen <= CONNECTED_FOR]

    def count_note(self, device: Device) -> None:
        """Refuse a note beyond the per-minute limit (a sliding window), else count it."""
        now = self.clock()
        times = device.note_times
        while times and now - times[0] >= 60.0:
            times.popleft()
        if len(times) >= self.notes_per_minute:
            raise errors.too_many_notes(self.notes_per_minute)
        times.append(now)

    def owner_of(self, note_id: uuid.UUID) -> Device | None:
        return next((device for device in self._devices.values() if note_id in device.notes), None)

    def carry_over(self, copies: dict[uuid.UUID, uuid.UUID]) -> None:
        """A new round copied the notes: each device owns the copies of the notes it owned."""
        for device in self._devices.values():
            device.notes |= {copies[note_id] for note_id in device.notes if note_id in copies}
            device.votes = []  # votes start afresh in a new round
