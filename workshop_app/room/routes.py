"""The room's HTTP API and page (documented in the README), as an aiohttp application.

Every answer is JSON (or the page and its two files, or the live stream). Every refusal is
``{"error": "a sentence in the phone's language"}`` with 400, 403, 404, 409, 413 or 429, and writes
nothing: the request is checked, then run as one core operation whose transaction commits or rolls back
whole. A wrong token, an unknown path and a note this phone may not see all get the same 404.
"""

import asyncio
import contextlib
import json
import uuid
from collections.abc import Awaitable, Callable, Collection
from typing import Any

from aiohttp import web

from workshop_app.domain.enums import Language
from workshop_app.errors import WorkshopError
from workshop_app.operations.base import Batch
from workshop_app.operations.changes import Kind
from workshop_app.operations.notes import AddNote, AddProCon, MoveNotes
from workshop_app.operations.records import Delete, Update
from workshop_app.paths import resources_dir
from workshop_app.room import errors
from workshop_app.room.devices import Device
from workshop_app.room.language import LANGUAGES, pick_language
from workshop_app.room.operations import AsDevice, DeviceVote, check_person
from workshop_app.room.server import RoomServer, Stream
from workshop_app.room.strings import page_strings
from workshop_app.room.view import given_by, visible_notes

ROOM: web.AppKey[RoomServer] = web.AppKey("room", RoomServer)
PAGE: web.AppKey[dict[str, bytes]] = web.AppKey("page", dict)
DEVICE: web.RequestKey[Device] = web.RequestKey("device", Device)
JOINED: web.RequestKey[Device] = web.RequestKey("joined", Device)
COOKIE = "room_device"
DEVICE_HEADER = "X-Device"
ASSETS = {"room.js": "text/javascript", "room.css": "text/css"}
HEARTBEAT = 15.0
"""Seconds between comments on an idle live stream, so phones and proxies keep it open."""
MIN_PUSH_INTERVAL = 0.25
"""A phone gets at most four views a second: changes in between arrive together in the next one."""
PUSH_INTERVAL_PER_STREAM = 0.02
"""A full room waits longer between views (50 phones: one a second each), so that sending views never takes
the loop's time from writing notes and from the facilitator's window."""
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
    "Cross-Origin-Resource-Policy": "same-origin",
}

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def make_app(room: RoomServer) -> web.Application:
    """The room's application: the page, the API and the live stream, for ``room``'s token only."""
    app = web.Application(middlewares=[_guard], client_max_size=room.limits.body_bytes)
    app[ROOM] = room
    app[PAGE] = _page_files()
    app.on_response_prepare.append(_secure)
    app.router.add_get("/j/{token}", _page)
    app.router.add_get("/j/{token}/", _page)
    app.router.add_get("/j/{token}/{asset}", _asset)
    api = "/api/{token}"
    app.router.add_get(f"{api}/strings", _strings)
    app.router.add_get(f"{api}/board", _board)
    app.router.add_patch(f"{api}/me", _me)
    app.router.add_post(f"{api}/notes", _add_note)
    app.router.add_patch(f"{api}/notes/{{note}}", _change_note)
    app.router.add_delete(f"{api}/notes/{{note}}", _delete_note)
    app.router.add_post(f"{api}/votes", _vote)
    app.router.add_delete(f"{api}/votes/{{note}}", _unvote)
    app.router.add_post(f"{api}/procons", _add_pro_con)
    app.router.add_get(f"{api}/events", _events)
    return app


def _page_files() -> dict[str, bytes]:
    folder = resources_dir() / "web"
    return {name: (folder / name).read_bytes() for name in ("index.html", *ASSETS)}


# --- the guard: token, device, errors, headers -----------------------------------------------------------------


@web.middleware
async def _guard(request: web.Request, handler: Handler) -> web.StreamResponse:
    room = request.app[ROOM]
    device: Device | None = None
    response: web.StreamResponse
    try:
        token = request.match_info.get("token")
        if token is None or not room.token_matches(token):
            raise errors.not_found()
        if request.path.startswith("/api/"):
            device = _device(request, room)
        response = await handler(request)
    except web.HTTPRequestEntityTooLarge:
        response = _refusal(request, errors.too_large(room.limits.body_bytes // 1024), device)
    except WorkshopError as error:
        response = _refusal(request, error, device)
    except web.HTTPNotFound:
        response = _refusal(request, errors.not_found(), device)
    if not response.prepared:
        _introduce(request, response)
    return response


def _device(request: web.Request, room: RoomServer) -> Device:
    """The phone that asks: known by its key, or joining now (the key then goes back in a cookie)."""
    key = request.headers.get(DEVICE_HEADER) or request.cookies.get(COOKIE)
    device = room.devices.identify(key)
    if device is None:
        device = room.devices.join(pick_language(request.headers.get("Accept-Language")))
        request[JOINED] = device
        room._notify()
    request[DEVICE] = device
    return device


def _refusal(request: web.Request, error: WorkshopError, device: Device | None) -> web.Response:
    room = request.app[ROOM]
    language = device.language if device is not None else pick_language(request.headers.get("Accept-Language"))
    status = errors.status_of(error)
    return web.json_response({"error": room.catalogues.message(error, language)}, status=status)


async def _secure(request: web.Request, response: web.StreamResponse) -> None:
    response.headers.update(SECURITY_HEADERS)


def _introduce(request: web.Request, response: web.StreamResponse) -> None:
    """A phone that joined with this request gets its key: in a cookie for the page (sent back on every
    request, live stream included), and in a header for other clients."""
    joined = request.get(JOINED)
    if joined is not None:
        response.set_cookie(COOKIE, joined.key, httponly=True, samesite="Strict", path="/", max_age=24 * 3600)
        response.headers[DEVICE_HEADER] = joined.key


# --- reading the request -------------------------------------------------------------------------------------


def _reject_constant(name: str) -> None:
    raise ValueError(name)  # NaN, Infinity: not JSON, and never a place on the board


async def _body(request: web.Request, allowed: Collection[str]) -> dict[str, Any]:
    """The request's JSON object, with only ``allowed`` fields; anything else is refused before any write."""
    room = request.app[ROOM]
    if request.content_length is not None and request.content_length > room.limits.body_bytes:
        raise errors.too_large(room.limits.body_bytes // 1024)
    raw = await request.read()
    try:
        data = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise errors.bad_json() from None
    if not isinstance(data, dict):
        raise errors.bad_json()
    for name in data:
        if name not in allowed:
            raise errors.bad_field(str(name)[:40])
    return data


def _given(data: dict[str, Any], name: str) -> Any:
    """A field as sent (None if missing): the core's operation checks its type and value, as for the laptop."""
    return data.get(name)


def _uuid(value: Any) -> uuid.UUID:
    """An id from the request; anything that is not one is answered like an id that does not exist."""
    if not isinstance(value, str):
        raise errors.not_found()
    try:
        return uuid.UUID(value)
    except ValueError:
        raise errors.not_found() from None


def _visible_note(room: RoomServer, device: Device, value: Any) -> uuid.UUID:
    """A note of the current round this phone may see; any other id is answered as if it did not exist."""
    note_id = _uuid(value)
    if note_id not in {note.id for note in visible_notes(room.snapshot(), device)}:
        raise errors.not_found()
    return note_id


def _own_note(room: RoomServer, device: Device, value: str) -> uuid.UUID:
    note_id = _visible_note(room, device, value)
    if note_id not in device.notes:
        raise errors.not_yours()
    return note_id


def _writable(room: RoomServer, device: Device) -> None:
    if room.locked:
        raise errors.locked()


def _context(request: web.Request) -> tuple[RoomServer, Device]:
    return request.app[ROOM], request[DEVICE]


# --- the page --------------------------------------------------------------------------------------------------


async def _page(request: web.Request) -> web.Response:
    token = request.match_info["token"]
    language = pick_language(request.headers.get("Accept-Language"))
    html = request.app[PAGE]["index.html"].decode("utf-8")
    html = html.replace("{{base}}", f"/j/{token}/").replace("{{lang}}", language)
    return web.Response(text=html, content_type="text/html", charset="utf-8")


async def _asset(request: web.Request) -> web.Response:
    name = request.match_info["asset"]
    if name not in ASSETS:
        raise errors.not_found()
    return web.Response(body=request.app[PAGE][name], content_type=ASSETS[name], charset="utf-8")


async def _strings(request: web.Request) -> web.Response:
    room, device = _context(request)
    language = request.query.get("lang", device.language)
    if language not in LANGUAGES:
        language = device.language
    return web.json_response({"language": language, "strings": page_strings(room.catalogues, language)})


# --- the API ---------------------------------------------------------------------------------------------------


async def _board(request: web.Request) -> web.Response:
    room, device = _context(request)
    return web.Response(text=room.view_for(device), content_type="application/json")


async def _me(request: web.Request) -> web.Response:
    """Choose a language, a name from the attendance (if the facilitator offers names) or anonymity."""
    room, device = _context(request)
    data = await _body(request, ("participant", "language"))
    if "language" in data:
        language = data["language"]
        if language not in {lang.value for lang in Language}:
            raise errors.bad_field("language")
        device.language = language
    if "participant" in data:
        chosen = data["participant"]
        if chosen is None:
            device.participant_id, device.name = None, ""
        else:
            person_id = _uuid(chosen)
            check_person(room.store, person_id)
            names = dict(room.snapshot().names)
            if not room.offer_names or person_id not in names:
                raise errors.name_not_offered()
            device.participant_id, device.name = person_id, names[person_id]
    room._notify()
    return web.Response(text=room.view_for(device), content_type="application/json")


async def _add_note(request: web.Request) -> web.Response:
    room, device = _context(request)
    data = await _body(request, ("text", "x", "y", "client_id"))
    client_id = data.get("client_id")
    if client_id is not None and (not isinstance(client_id, str) or not 0 < len(client_id) <= 64):
        raise errors.bad_field("client_id")
    if client_id is not None and client_id in device.client_ids:
        return web.json_response({"id": str(device.client_ids[client_id]), "repeated": True}, status=200)
    if client_id is not None and client_id in device.client_ids_waiting:
        note = await asyncio.shield(device.client_ids_waiting[client_id])  # the same note, sent again
        return web.json_response({"id": str(note.id), "repeated": True}, status=200)
    _writable(room, device)
    operation = AddNote(
        room.board_id,
        _given(data, "text"),  # the core checks each value
        _given(data, "x"),
        _given(data, "y"),
        participant_id=device.participant_id,
        hidden=room.face_down,
    )
    room.devices.count_note(device)
    written = room.add_together(AsDevice(operation, device.participant_id))
    written.add_done_callback(lambda done: _remember_note(device, client_id, done))
    if client_id is not None:
        device.client_ids_waiting[client_id] = written
    try:
        note = await asyncio.shield(written)  # a phone that stops waiting still has its note written
    except WorkshopError:
        device.note_times.pop()  # a refused note does not count against the phone's limit
        raise
    return web.json_response({"id": str(note.id)}, status=201)


def _remember_note(device: Device, client_id: str | None, written: "asyncio.Future[Any]") -> None:
    """Once a phone's note is committed (or refused): it is the phone's own, and a retry of it is recognised
    (a retry that came while it was being written waited for the same answer)."""
    if client_id is not None:
        device.client_ids_waiting.pop(client_id, None)
    if written.cancelled() or written.exception() is not None:
        return
    note = written.result()
    device.notes.add(note.id)
    if client_id is not None:
        device.remember_client_id(client_id, note.id)


async def _change_note(request: web.Request) -> web.Response:
    room, device = _context(request)
    data = await _body(request, ("text", "x", "y"))
    note_id = _own_note(room, device, request.match_info["note"])
    _writable(room, device)
    parts: list[Any] = []
    if "text" in data:
        parts.append(Update(Kind.NOTE, note_id, {"text": data["text"]}))
    if "x" in data or "y" in data:
        current = room.snapshot().notes[note_id]
        parts.append(MoveNotes({note_id: (data.get("x", current.x), data.get("y", current.y))}))
    if parts:
        room.run(AsDevice(Batch(tuple(parts)), device.participant_id))
    return web.json_response({"id": str(note_id)})


async def _delete_note(request: web.Request) -> web.Response:
    room, device = _context(request)
    note_id = _own_note(room, device, request.match_info["note"])
    _writable(room, device)
    room.run(AsDevice(Delete(Kind.NOTE, (note_id,)), device.participant_id))
    device.notes.discard(note_id)
    return web.json_response({"id": str(note_id)})


async def _vote(request: web.Request) -> web.Response:
    room, device = _context(request)
    data = await _body(request, ("note",))
    note_id = _visible_note(room, device, data.get("note"))
    _writable(room, device)
    vote = room.run(DeviceVote(note_id, device.participant_id, tuple(device.votes))).result
    device.votes.append(vote.id)
    return web.json_response({"id": str(vote.id)}, status=201)


async def _unvote(request: web.Request) -> web.Response:
    """Take back this phone's latest dot on a note."""
    room, device = _context(request)
    note_id = _visible_note(room, device, request.match_info["note"])
    _writable(room, device)
    given = [v.id for v in room.snapshot().votes.values() if v.note_id == note_id and given_by(v, device)]
    if not given:
        raise errors.no_vote()
    vote_id = given[-1]
    room.run(AsDevice(Delete(Kind.VOTE, (vote_id,)), device.participant_id))
    with contextlib.suppress(ValueError):
        device.votes.remove(vote_id)
    return web.json_response({"id": str(vote_id)})


async def _add_pro_con(request: web.Request) -> web.Response:
    room, device = _context(request)
    data = await _body(request, ("kind", "text", "quadrant", "note"))
    note_id = None if data.get("note") is None else _visible_note(room, device, data["note"])
    _writable(room, device)
    operation = AddProCon(
        room.board_id,
        _given(data, "kind"),  # the core checks both
        _given(data, "text"),
        quadrant=data.get("quadrant"),
        note_id=note_id,
    )
    item = room.run(AsDevice(operation, device.participant_id)).result
    return web.json_response({"id": str(item.id)}, status=201)


# --- the live stream -------------------------------------------------------------------------------------------


async def _events(request: web.Request) -> web.StreamResponse:
    """Server-sent events: the phone's view now and after every change (EventSource reconnects by itself)."""
    room, device = _context(request)
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream", "X-Accel-Buffering": "no"})
    _introduce(request, response)
    await response.prepare(request)
    stream = Stream(device)
    room.streams.add(stream)
    device.streams += 1
    room._notify()
    loop = asyncio.get_running_loop()
    try:
        await response.write(b"retry: 2000\n\n")
        stream.wake.set()
        while not stream.closed and room.running:
            try:
                await asyncio.wait_for(stream.wake.wait(), HEARTBEAT)
            except TimeoutError:
                await response.write(b": still here\n\n")
                continue
            stream.wake.clear()
            if stream.closed or not room.running:
                break
            sent_at = loop.time()
            payload = room.view_for(device)
            await response.write(f"event: board\ndata: {payload}\n\n".encode())
            interval = max(MIN_PUSH_INTERVAL, PUSH_INTERVAL_PER_STREAM * len(room.streams))
            await asyncio.sleep(max(0.0, interval - (loop.time() - sent_at)))
    except ConnectionResetError:
        pass  # the phone went to sleep or away: it reconnects by itself
    finally:
        room.streams.discard(stream)
        device.streams -= 1
        room._notify()
    return response
