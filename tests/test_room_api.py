"""The room's HTTP API, through aiohttp's test client: what a phone may read and write, and every refusal.

Each refusal is a JSON sentence in the phone's language with the documented status, and leaves the file
exactly as it was (a dump of every row before and after).
"""

import asyncio
import gc
import json
import uuid
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from aiohttp import ClientResponse
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import text

from tests.servicefixtures import count, dump
from tests.templates import demo_file
from workshop_app.operations.base import run
from workshop_app.operations.changes import Kind
from workshop_app.operations.notes import AddNote, NextRound, RevealNotes
from workshop_app.operations.programme import EraseParticipant
from workshop_app.operations.records import Update
from workshop_app.paths import resources_dir
from workshop_app.room import collector
from workshop_app.room.routes import make_app
from workshop_app.room.server import Limits, RoomServer
from workshop_app.services import boards
from workshop_app.storage.store import ProgrammeStore

Scenario = Callable[["Phones"], Awaitable[None]]


class Phone:
    """One simulated phone: keeps the device key the server gave it, as the page keeps its cookie."""

    def __init__(self, client: TestClient[Any, Any], token: str, language: str = "en") -> None:
        self.client = client
        self.token = token
        self.language = language
        self.key: str | None = None

    async def call(
        self, method: str, path: str, body: Any = None, *, raw: bytes | str | None = None
    ) -> tuple[int, Any]:
        headers = {"Accept-Language": self.language}
        if self.key:
            headers["X-Device"] = self.key
        if raw is not None:
            data: bytes | str | None = raw
        else:
            data = None if body is None else json.dumps(body)
            headers["Content-Type"] = "application/json"
        self.client.session.cookie_jar.clear()  # phones share this client: each is known by its own key only
        response: ClientResponse = await self.client.request(
            method, f"/api/{self.token}{path}", data=data, headers=headers
        )
        self.key = response.headers.get("X-Device", self.key)
        payload = await response.json()
        return response.status, payload

    async def board(self) -> dict[str, Any]:
        status, view = await self.call("GET", "/board")
        assert status == 200, view
        return view  # type: ignore[no-any-return]

    async def note(self, text: str = "A market hall", x: float = 0.5, y: float = 0.5) -> str:
        status, answer = await self.call("POST", "/notes", {"text": text, "x": x, "y": y})
        assert status == 201, answer
        return answer["id"]  # type: ignore[no-any-return]


class Phones:
    def __init__(self, room: RoomServer, client: TestClient[Any, Any]) -> None:
        self.room = room
        self.client = client

    def new(self, language: str = "en") -> Phone:
        assert self.room.token is not None
        return Phone(self.client, self.room.token, language)


def serve(room: RoomServer, scenario: Scenario) -> None:
    """Run ``scenario`` against ``room``'s app on a fresh loop (bounded: the test client times out by itself)."""

    async def main() -> None:
        room.open()
        async with TestClient(TestServer(make_app(room))) as client:
            await asyncio.wait_for(scenario(Phones(room, client)), timeout=60)
        await room.stop()

    asyncio.run(main())


def valuma(store: ProgrammeStore) -> uuid.UUID:
    return next(board.id for board in boards.list_boards(store) if board.preset_key == "valuma")


@pytest.fixture
def store(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ProgrammeStore]:
    opened = ProgrammeStore.open(demo_file(tmp_path, tmp_path_factory))
    yield opened
    opened.close()


@pytest.fixture
def room(store: ProgrammeStore) -> RoomServer:
    return RoomServer(store, valuma(store), offer_names=True)


def rows(store: ProgrammeStore) -> dict[str, Any]:
    """Every row of the programme (the file's own bookkeeping, which a checkpoint may touch, left out)."""
    everything = dump(store)
    everything.pop("app_meta", None)
    return everything


async def refused(phone: Phone, status: int, method: str, path: str, body: Any = None, **kwargs: Any) -> str:
    """The call is refused with ``status`` and a sentence, and nothing in the file changed."""
    store = phone_store[0]
    before = rows(store)
    got, answer = await phone.call(method, path, body, **kwargs)
    assert got == status, answer
    assert set(answer) == {"error"} and isinstance(answer["error"], str) and answer["error"].endswith((".", "?"))
    assert rows(store) == before
    return answer["error"]


phone_store: list[ProgrammeStore] = []


@pytest.fixture(autouse=True)
def _remember_store(store: ProgrammeStore) -> Iterator[None]:
    phone_store[:] = [store]
    yield
    phone_store.clear()


# --- reading ---------------------------------------------------------------------------------------------------


def test_a_phone_reads_the_board_and_nothing_else(room: RoomServer, store: ProgrammeStore) -> None:
    async def scenario(phones: Phones) -> None:
        view = await phones.new().board()
        board = boards.get_board(store, room.board_id)
        assert view["title"] == board.title
        assert view["axes"]["x_title"] == board.x_title
        assert view["quadrants"]["top_left"] == board.title_top_left
        assert view["round"] == board.round and view["locked"] is False and view["frozen"] is False
        assert {note["id"] for note in view["notes"]} == {
            str(note.id) for note in boards.list_notes(store, board.id) if not note.hidden
        }
        assert set(view["notes"][0]) == {"id", "text", "x", "y", "mine", "hidden", "votes", "my_votes"}
        assert view["dots"] == {"limit": board.dots_per_participant, "left": board.dots_per_participant}
        whole = json.dumps(view)
        assert str(store.path) not in whole and "@" not in whole  # no file path, no e-mail address

    serve(room, scenario)


def test_others_face_down_notes_are_never_sent_until_revealed(room: RoomServer, store: ProgrammeStore) -> None:
    room.face_down = True

    async def scenario(phones: Phones) -> None:
        writer, reader = phones.new(), phones.new()
        mine = await writer.note("Secret until the reveal")
        laptop = run(store, AddNote(room.board_id, "Laptop's hidden note", 0.1, 0.1, hidden=True)).result.id
        seen_by_writer = {note["id"]: note for note in (await writer.board())["notes"]}
        assert seen_by_writer[mine]["mine"] and seen_by_writer[mine]["hidden"]
        assert str(laptop) not in seen_by_writer
        whole = json.dumps(await reader.board())
        assert mine not in whole and "Secret until the reveal" not in whole and str(laptop) not in whole
        await refused(reader, 404, "POST", "/votes", {"note": mine})  # as if it did not exist
        await refused(reader, 404, "PATCH", f"/notes/{mine}", {"text": "guess"})
        run(store, RevealNotes(room.board_id))
        revealed = {note["id"]: note for note in (await reader.board())["notes"]}
        assert revealed[mine]["text"] == "Secret until the reveal" and not revealed[mine]["mine"]
        assert not revealed[mine]["hidden"] and str(laptop) in revealed

    serve(room, scenario)


def test_the_page_is_small_self_contained_and_under_a_strict_policy(room: RoomServer) -> None:
    async def scenario(phones: Phones) -> None:
        token = room.token
        response = await phones.client.get(f"/j/{token}", headers={"Accept-Language": "nb-NO,nb;q=0.9"})
        html = await response.text()
        assert response.status == 200 and 'lang="nb"' in html and f"/j/{token}/room.js" in html
        policy = response.headers["Content-Security-Policy"]
        assert "default-src 'none'" in policy and "script-src 'self'" in policy and "unsafe" not in policy
        total = len(html.encode())
        for asset in ("room.js", "room.css"):
            part = await phones.client.get(f"/j/{token}/{asset}")
            assert part.status == 200 and part.headers["X-Content-Type-Options"] == "nosniff"
            total += len(await part.read())
        assert total < 100_000
        folder = resources_dir() / "web"
        for name in ("index.html", "room.js", "room.css"):
            source = (folder / name).read_text(encoding="utf-8")
            assert "http:" not in source and "https:" not in source and "//" + "cdn" not in source
            assert "innerHTML" not in source and "<script>" not in source.replace('<script src="', "")
        assert (await phones.client.get(f"/j/{token}/secrets.py")).status == 404

    serve(room, scenario)


def test_a_wrong_token_gets_the_same_plain_404_as_any_unknown_path(room: RoomServer, store: ProgrammeStore) -> None:
    async def scenario(phones: Phones) -> None:
        wrong = phones.new()
        wrong.token = "x" * len(room.token or "")
        before = rows(store)
        answers = [await wrong.call("GET", "/board"), await wrong.call("POST", "/notes", {"text": "a", "x": 0, "y": 0})]
        unknown = await phones.client.get("/nothing/here")
        page = await phones.client.get(f"/j/{wrong.token}")
        assert {status for status, _ in answers} == {404} and unknown.status == 404 and page.status == 404
        assert answers[0][1] == await unknown.json() == await page.json()
        assert rows(store) == before and len(room.devices) == 0  # a wrong token makes no device either

    serve(room, scenario)


def test_the_token_dies_when_the_room_stops(room: RoomServer) -> None:
    async def scenario(phones: Phones) -> None:
        phone = phones.new()
        await phone.board()
        old = room.token
        await room.stop()
        assert room.token is None and not room.token_matches(old or "")
        status, _ = await phone.call("GET", "/board")
        assert status == 404
        assert room.open() != old

    serve(room, scenario)


def test_while_a_room_is_open_the_collector_skips_what_was_alive_when_it_opened(store: ProgrammeStore) -> None:
    """A burst of phones must not stand the loop still while the collector walks every object (150 ms seen):
    what was alive when the first room opened is frozen until the last one closes."""
    first, second = RoomServer(store, valuma(store)), RoomServer(store, valuma(store))
    assert collector.rooms_open() == 0 and gc.get_freeze_count() == 0
    first.open()
    assert gc.get_freeze_count() > 0
    second.open()
    first.open()  # a fresh token for the same room holds nothing more
    assert collector.rooms_open() == 2
    asyncio.run(first.stop())
    assert collector.rooms_open() == 1 and gc.get_freeze_count() > 0  # the other room is still open
    second.halt()
    assert collector.rooms_open() == 0 and gc.get_freeze_count() == 0
    second.halt()  # stopping twice releases nothing twice
    assert collector.rooms_open() == 0


# --- writing ---------------------------------------------------------------------------------------------------


def test_a_phone_writes_places_moves_edits_and_deletes_its_own_note(room: RoomServer, store: ProgrammeStore) -> None:
    async def scenario(phones: Phones) -> None:
        phone = phones.new()
        note_id = await phone.note("Community bus", -0.25, 0.75)
        note = boards.get_note(store, uuid.UUID(note_id))
        assert (note.text, note.x, note.y, note.participant_id, note.board_id) == (
            "Community bus",
            -0.25,
            0.75,
            None,
            room.board_id,
        )
        assert (await phone.call("PATCH", f"/notes/{note_id}", {"x": -0.35}))[0] == 200
        assert (await phone.call("PATCH", f"/notes/{note_id}", {"text": "Community bus on Fridays", "y": 0.5}))[
            0
        ] == 200
        note = boards.get_note(store, uuid.UUID(note_id))
        assert (note.text, note.x, note.y) == ("Community bus on Fridays", -0.35, 0.5)
        mine = [n for n in (await phone.board())["notes"] if n["mine"]]
        assert [n["id"] for n in mine] == [note_id]
        assert (await phone.call("DELETE", f"/notes/{note_id}"))[0] == 200
        assert str(note_id) not in json.dumps(await phone.board())

    serve(room, scenario)


def test_every_bad_input_is_refused_with_a_sentence_and_writes_nothing(room: RoomServer, store: ProgrammeStore) -> None:
    async def scenario(phones: Phones) -> None:
        phone = phones.new()
        await phone.board()
        await refused(phone, 400, "POST", "/notes", raw="<html><script>alert(1)</script></html>")  # markup, not JSON
        await refused(phone, 413, "POST", "/notes", raw=b"{" + b" " * (1 << 20) + b"}")  # a 1 MB body
        await refused(phone, 400, "POST", "/notes", raw='{"text": "a", "x": 0.1,')  # broken JSON
        await refused(phone, 400, "POST", "/notes", raw='{"text": "a", "x": NaN, "y": 0}')
        await refused(phone, 400, "POST", "/notes", raw='{"text": "a", "x": Infinity, "y": 0}')
        await refused(phone, 400, "POST", "/notes", raw="[1, 2]")
        await refused(phone, 400, "POST", "/notes", raw=b"\xff\xfe")
        await refused(phone, 400, "POST", "/notes", {"text": "a", "x": 1.5, "y": 0})
        await refused(phone, 400, "POST", "/notes", {"text": "a", "x": "0.1", "y": 0})
        await refused(phone, 400, "POST", "/notes", {"text": "a", "x": True, "y": 0})
        await refused(phone, 400, "POST", "/notes", {"text": "", "x": 0, "y": 0})
        await refused(phone, 400, "POST", "/notes", {"text": 42, "x": 0, "y": 0})
        await refused(phone, 400, "POST", "/notes", {"text": "x" * 1001, "x": 0, "y": 0})
        await refused(phone, 400, "POST", "/notes", {"text": "bell\x07", "x": 0, "y": 0})
        await refused(phone, 400, "POST", "/notes", {"text": "a", "x": 0, "y": 0, "board": "other"})
        await refused(phone, 400, "POST", "/notes", {"text": "a", "x": 0, "y": 0, "client_id": 5})
        await refused(phone, 400, "POST", "/procons", {"kind": "maybe", "text": "a", "quadrant": "top_left"})
        await refused(phone, 400, "POST", "/procons", {"kind": "pro", "text": "a", "quadrant": "middle"})
        await refused(phone, 400, "POST", "/procons", {"kind": "pro", "text": "a"})
        await refused(phone, 404, "POST", "/votes", {"note": "not-an-id"})
        await refused(phone, 404, "POST", "/votes", {"note": str(uuid.uuid4())})
        await refused(phone, 404, "PATCH", "/notes/1234", {"text": "a"})
        await refused(phone, 400, "PATCH", "/me", {"language": "de"})

    serve(room, scenario)


def test_markup_in_a_note_is_kept_as_text(room: RoomServer, store: ProgrammeStore) -> None:
    """A note is text, whatever it looks like: stored as typed and sent as a JSON string (the page sets it
    with textContent), as the laptop keeps it."""

    async def scenario(phones: Phones) -> None:
        phone = phones.new()
        note_id = await phone.note('<img src=x onerror="alert(1)">')
        assert boards.get_note(store, uuid.UUID(note_id)).text == '<img src=x onerror="alert(1)">'

    serve(room, scenario)


def test_another_phones_note_cannot_be_changed(room: RoomServer, store: ProgrammeStore) -> None:
    async def scenario(phones: Phones) -> None:
        owner, other = phones.new(), phones.new("fi")
        note_id = await owner.note()
        error = await refused(other, 403, "PATCH", f"/notes/{note_id}", {"text": "Mine now"})
        assert "puhelimella" in error  # in the phone's own language
        await refused(other, 403, "DELETE", f"/notes/{note_id}")
        laptop = next(n for n in boards.list_notes(store, room.board_id) if not n.hidden)
        await refused(other, 403, "PATCH", f"/notes/{laptop.id}", {"x": 0})

    serve(room, scenario)


def test_a_frozen_round_refuses_every_change(room: RoomServer, store: ProgrammeStore) -> None:
    async def scenario(phones: Phones) -> None:
        phone = phones.new()
        note_id = await phone.note()
        with store.writing() as conn:
            conn.execute(
                text("UPDATE board SET frozen_at = :now WHERE id = :id"),
                {"now": datetime.now(UTC), "id": room.board_id.hex},
            )
        room._snapshot = None
        assert (await phone.board())["frozen"] is True
        await refused(phone, 409, "POST", "/notes", {"text": "Too late", "x": 0, "y": 0})
        await refused(phone, 409, "PATCH", f"/notes/{note_id}", {"text": "Too late"})
        await refused(phone, 409, "DELETE", f"/notes/{note_id}")
        await refused(phone, 409, "POST", "/votes", {"note": note_id})
        await refused(phone, 409, "POST", "/procons", {"kind": "pro", "text": "Late", "quadrant": "top_left"})

    serve(room, scenario)


def test_dots_are_limited_per_phone_and_per_person(room: RoomServer, store: ProgrammeStore) -> None:
    person = room.snapshot().names[0][0]
    used = sum(1 for vote in boards.list_votes(store, room.board_id) if vote.participant_id == person)
    limit = used + 2  # the person has two dots left, as counted by the core
    run(store, Update(Kind.BOARD, room.board_id, {"dots_per_participant": limit}))

    async def scenario(phones: Phones) -> None:
        anonymous, named = phones.new(), phones.new()
        note_id = await anonymous.note()
        for _ in range(limit):
            assert (await anonymous.call("POST", "/votes", {"note": note_id}))[0] == 201
        assert (await anonymous.board())["dots"]["left"] == 0
        await refused(anonymous, 409, "POST", "/votes", {"note": note_id})
        assert (await anonymous.call("DELETE", f"/votes/{note_id}"))[0] == 200
        assert (await anonymous.call("POST", "/votes", {"note": note_id}))[0] == 201
        assert (await named.call("PATCH", "/me", {"participant": str(person)}))[0] == 200
        assert (await named.board())["dots"]["left"] == 2
        for _ in range(2):
            assert (await named.call("POST", "/votes", {"note": note_id}))[0] == 201
        await refused(named, 409, "POST", "/votes", {"note": note_id})
        assert next(n for n in (await named.board())["notes"] if n["id"] == note_id)["votes"] == limit + 2

    serve(room, scenario)


def test_an_erased_persons_name_cannot_be_used(room: RoomServer, store: ProgrammeStore) -> None:
    async def scenario(phones: Phones) -> None:
        phone, other = phones.new(), phones.new()
        names = (await phone.board())["names"]
        chosen, erased = uuid.UUID(names[0]["id"]), uuid.UUID(names[1]["id"])
        assert (await phone.call("PATCH", "/me", {"participant": str(chosen)}))[0] == 200
        note_id = await phone.note("Written under my name")
        assert boards.get_note(store, uuid.UUID(note_id)).participant_id == chosen
        run(store, EraseParticipant(erased))
        await refused(other, 403, "PATCH", "/me", {"participant": str(erased)})
        run(store, EraseParticipant(chosen))
        await refused(phone, 403, "POST", "/notes", {"text": "Still me?", "x": 0, "y": 0})
        await refused(phone, 403, "POST", "/votes", {"note": note_id})
        await refused(phone, 403, "PATCH", "/me", {"participant": str(uuid.uuid4())})
        assert (await phone.call("PATCH", "/me", {"participant": None}))[0] == 200
        assert (await phone.call("POST", "/notes", {"text": "Anonymous now", "x": 0, "y": 0}))[0] == 201

    serve(room, scenario)


def test_names_are_offered_only_when_the_facilitator_says_so(room: RoomServer) -> None:
    room.offer_names = False

    async def scenario(phones: Phones) -> None:
        phone = phones.new()
        assert (await phone.board())["names"] == []
        person = room.snapshot().names[0][0]
        await refused(phone, 403, "PATCH", "/me", {"participant": str(person)})

    serve(room, scenario)


def test_a_retried_note_with_its_client_id_is_written_once(room: RoomServer, store: ProgrammeStore) -> None:
    async def scenario(phones: Phones) -> None:
        phone = phones.new()
        before = count(store, "note")
        body = {"text": "Sent twice", "x": 0.1, "y": 0.2, "client_id": "c-1"}
        first = await phone.call("POST", "/notes", body)
        again = await phone.call("POST", "/notes", body)
        assert first[0] == 201 and again[0] == 200 and first[1]["id"] == again[1]["id"]
        assert count(store, "note") == before + 1

    serve(room, scenario)


def test_locked_input_is_refused_until_unlocked(room: RoomServer) -> None:
    async def scenario(phones: Phones) -> None:
        phone = phones.new()
        room.set_locked(True)
        assert (await phone.board())["locked"] is True
        await refused(phone, 409, "POST", "/notes", {"text": "Wait", "x": 0, "y": 0})
        room.set_locked(False)
        await phone.note("Now")

    serve(room, scenario)


def test_limits_on_notes_per_minute_and_on_phones(store: ProgrammeStore) -> None:
    room = RoomServer(store, valuma(store), limits=Limits(devices=2, notes_per_minute=3))

    async def scenario(phones: Phones) -> None:
        phone = phones.new()
        for number in range(3):
            await phone.note(f"Idea {number}")
        await refused(phone, 429, "POST", "/notes", {"text": "One too many", "x": 0, "y": 0})
        await phones.new().board()
        await refused(phones.new(), 403, "GET", "/board")

    serve(room, scenario)


def test_a_removed_phone_is_refused_and_its_notes_stay(room: RoomServer, store: ProgrammeStore) -> None:
    async def scenario(phones: Phones) -> None:
        phone = phones.new()
        note_id = await phone.note("Stays on the board")
        [device] = list(room.devices)
        assert room.remove_device(device.id)
        await refused(phone, 403, "GET", "/board")
        await refused(phone, 403, "DELETE", f"/notes/{note_id}")
        assert boards.get_note(store, uuid.UUID(note_id)).text == "Stays on the board"

    serve(room, scenario)


def test_a_pro_or_con_goes_to_a_quadrant_or_a_visible_note(room: RoomServer, store: ProgrammeStore) -> None:
    async def scenario(phones: Phones) -> None:
        phone = phones.new()
        note_id = await phone.note()
        for body in (
            {"kind": "pro", "text": "Cheap", "quadrant": "top_left"},
            {"kind": "con", "text": "Slow", "note": note_id},
        ):
            assert (await phone.call("POST", "/procons", body))[0] == 201
        texts = {(item.kind, item.text) for item in boards.list_pro_cons(store, room.board_id)}
        assert {("pro", "Cheap"), ("con", "Slow")} <= texts

    serve(room, scenario)


def test_the_live_stream_follows_changes_made_at_the_laptop(room: RoomServer, store: ProgrammeStore) -> None:
    async def scenario(phones: Phones) -> None:
        phone = phones.new()
        await phone.board()
        response = await phones.client.get(f"/api/{room.token}/events", headers={"X-Device": phone.key or ""})
        assert response.headers["Content-Type"].startswith("text/event-stream")

        async def next_view() -> dict[str, Any]:
            while True:
                line = (await asyncio.wait_for(response.content.readline(), 10)).decode()
                if line.startswith("data: "):
                    return json.loads(line[6:])  # type: ignore[no-any-return]

        first = await next_view()
        added = run(store, AddNote(room.board_id, "From the laptop", 0.3, 0.3)).result.id
        later = await next_view()
        assert str(added) not in json.dumps(first) and str(added) in json.dumps(later)
        room.set_locked(True)
        assert (await next_view())["locked"] is True
        response.close()

    serve(room, scenario)


def test_the_device_key_travels_in_a_cookie_the_page_cannot_read(room: RoomServer) -> None:
    async def scenario(phones: Phones) -> None:
        first = await phones.client.get(f"/api/{room.token}/board")
        cookie = first.headers["Set-Cookie"]
        assert cookie.startswith("room_device=") and "HttpOnly" in cookie and "SameSite=Strict" in cookie
        note = await phones.client.post(f"/api/{room.token}/notes", json={"text": "By cookie", "x": 0, "y": 0})
        assert note.status == 201 and "Set-Cookie" not in note.headers  # the same phone, recognised
        mine = [n for n in (await (await phones.client.get(f"/api/{room.token}/board")).json())["notes"] if n["mine"]]
        assert [n["text"] for n in mine] == ["By cookie"] and len(room.devices) == 1

    serve(room, scenario)


def test_the_room_follows_the_next_round_and_the_phone_keeps_its_notes(room: RoomServer, store: ProgrammeStore) -> None:
    async def scenario(phones: Phones) -> None:
        phone = phones.new()
        await phone.note("Carried over")
        first_round = room.board_id
        following = run(store, NextRound(first_round)).result
        view = await phone.board()
        assert room.board_id == following.id and view["round"] == following.round and not view["frozen"]
        [mine] = [note for note in view["notes"] if note["mine"]]
        assert mine["text"] == "Carried over" and uuid.UUID(mine["id"]) != first_round
        assert (await phone.call("PATCH", f"/notes/{mine['id']}", {"text": "Changed in round two"}))[0] == 200
        assert boards.get_note(store, uuid.UUID(mine["id"])).board_id == following.id

    serve(room, scenario)


def test_the_kept_copy_of_the_board_always_equals_a_fresh_read(room: RoomServer, store: ProgrammeStore) -> None:
    """The room re-reads only what each change set names; after any mix of changes it holds what the file holds."""
    from workshop_app.operations.notes import AddProCon, AddVote, MoveNotes
    from workshop_app.operations.records import Delete
    from workshop_app.room.view import Snapshot

    def same() -> None:
        kept, fresh = room.snapshot(), Snapshot.read(store, room.board_id)
        assert (kept.notes, kept.votes, kept.pro_cons) == (fresh.notes, fresh.votes, fresh.pro_cons)
        assert [n.id for n in kept.ordered_notes()] == [n.id for n in fresh.ordered_notes()]

    async def scenario(phones: Phones) -> None:
        phone = phones.new()
        await phone.board()
        note_id = uuid.UUID(await phone.note("Kept in step"))
        laptop = run(store, AddNote(room.board_id, "Hidden at the laptop", 0.2, 0.2, hidden=True)).result.id
        run(store, AddVote(note_id))
        run(store, AddProCon(room.board_id, "pro", "Good", note_id=note_id))
        run(store, MoveNotes({laptop: (-0.3, 0.3)}))
        same()
        assert (await phone.call("POST", "/votes", {"note": str(note_id)}))[0] == 201
        run(store, RevealNotes(room.board_id))
        same()
        deleted = run(store, Delete(Kind.NOTE, (note_id,)))  # its dots and its pro go with it
        same()
        assert deleted.inverse is not None
        run(store, deleted.inverse)
        same()
        run(store, Update(Kind.BOARD, room.board_id, {"title": "Renamed"}))
        same()
        assert (await phone.board())["title"] == "Renamed"

    serve(room, scenario)


def test_notes_arriving_together_are_committed_together_and_a_bad_one_costs_no_one_else(
    store: ProgrammeStore, room: RoomServer
) -> None:
    """Phones' notes sent at the same moment share one commit; a note the core refuses among them is refused
    alone and every other note is still written; a retry sent while its note is being written gets the same
    note, not a second one."""
    commits: list[int] = []
    store.subscribe(lambda changes: commits.append(len(changes.created.get(Kind.NOTE, ()))))
    before = count(store, "note")

    async def scenario(phones: Phones) -> None:
        crowd = [phones.new() for _ in range(8)]
        for phone in crowd:
            await phone.board()
        commits.clear()
        sent = [
            phone.call("POST", "/notes", {"text": f"Together {n}", "x": 0.1, "y": 0.2}) for n, phone in enumerate(crowd)
        ]
        answers = await asyncio.gather(*sent)
        assert [status for status, _ in answers] == [201] * 8
        assert max(commits) > 1 and sum(commits) == 8  # shared commits, every note once

        commits.clear()
        mixed = [
            crowd[0].call("POST", "/notes", {"text": "Fine", "x": 0, "y": 0}),
            crowd[1].call("POST", "/notes", {"text": "Off the board", "x": 7, "y": 0}),
            crowd[2].call("POST", "/notes", {"text": "Also fine", "x": 0, "y": 0}),
        ]
        statuses = [status for status, _ in await asyncio.gather(*mixed)]
        assert statuses == [201, 400, 201]
        assert sum(commits) == 2

        body = {"text": "Sent twice", "x": 0.3, "y": 0.3, "client_id": "retry-1"}
        twice = await asyncio.gather(crowd[3].call("POST", "/notes", body), crowd[3].call("POST", "/notes", body))
        assert {status for status, _ in twice} == {200, 201}
        assert twice[0][1]["id"] == twice[1][1]["id"]
        view = await crowd[3].board()
        assert sum(1 for note in view["notes"] if note["text"] == "Sent twice" and note["mine"]) == 1

    serve(room, scenario)
    assert count(store, "note") == before + 8 + 2 + 1


def test_phones_see_a_prompt_of_the_method_only_once_the_group_accepts_it(
    store: ProgrammeStore, room: RoomServer
) -> None:
    """The VALUMA board holds the method's pros and cons as prompt cards for the facilitator: a phone sees
    the group's own items, and a prompt only after it is accepted (and no longer when it is taken back)."""
    from workshop_app.operations.records_of_minutes import AcceptPrompt

    prompts = [item for item in boards.list_pro_cons(store, room.board_id) if item.origin == "method"]
    assert prompts and not any(item.accepted for item in prompts)
    chosen = prompts[0]

    async def scenario(phones: Phones) -> None:
        phone = phones.new()
        seen = {item["id"] for item in (await phone.board())["pro_cons"]}
        assert not seen & {str(item.id) for item in prompts}
        run(store, AcceptPrompt(chosen.id))
        assert str(chosen.id) in {item["id"] for item in (await phone.board())["pro_cons"]}
        run(store, AcceptPrompt(chosen.id, accepted=False))
        assert str(chosen.id) not in {item["id"] for item in (await phone.board())["pro_cons"]}

    serve(room, scenario)


def test_a_prompt_on_a_frozen_round_cannot_be_accepted(store: ProgrammeStore, room: RoomServer) -> None:
    from workshop_app.errors import ValidationError
    from workshop_app.operations.records_of_minutes import AcceptPrompt

    prompt = next(item for item in boards.list_pro_cons(store, room.board_id) if item.origin == "method")
    run(store, NextRound(room.board_id))
    before = dump(store)
    with pytest.raises(ValidationError, match="frozen"):
        run(store, AcceptPrompt(prompt.id))
    assert dump(store) == before
