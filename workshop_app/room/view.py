"""What a phone may see of the board: one core read shared by every phone, cut down per device.

The read (:func:`read_snapshot`) is made once per change of the board and shared; :func:`device_view` then
builds each phone's JSON from it without touching the file. Only this board's own texts leave the laptop:
its title, axes and quadrant titles, its notes, dots, pros and cons, and (if the facilitator offers names)
the first names of the people attending its workshop. Others' face-down notes, their pros and cons and
their dots are left out altogether, and no file path, contact or other programme data is ever in it.
"""

import uuid
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlmodel import col, select

from workshop_app.domain.enums import AttendanceStatus, Quadrant
from workshop_app.domain.models import (
    Attendance,
    Board,
    BoardView,
    Note,
    NoteView,
    Participant,
    ProCon,
    ProConView,
    Vote,
    VoteView,
)
from workshop_app.room.devices import Device
from workshop_app.services.common import fetch, view
from workshop_app.storage.store import ProgrammeStore

AXIS_FIELDS = ("x_title", "x_low", "x_high", "y_title", "y_low", "y_high")


@dataclass(frozen=True)
class Snapshot:
    board: BoardView
    notes: tuple[NoteView, ...]
    votes: tuple[VoteView, ...]
    pro_cons: tuple[ProConView, ...]
    names: tuple[tuple[uuid.UUID, str], ...]
    """People attending the board's workshop (present, not erased), the names a phone may pick."""


def latest_round(store: ProgrammeStore, board_id: uuid.UUID) -> uuid.UUID:
    """The round the room works on: the newest one of the board that ``board_id`` belongs to."""
    with store.reading() as session:
        current = fetch(session, Board, board_id).id
        for _ in range(10_000):  # a chain of rounds, never a cycle; bounded all the same
            later = session.exec(select(Board.id).where(Board.previous_id == current)).first()
            if later is None:
                break
            current = later
        return current


def read_snapshot(store: ProgrammeStore, board_id: uuid.UUID) -> Snapshot:
    """The board as one consistent read of the file (a phone's note committed meanwhile is wholly in or out)."""
    with store.snapshot() as session:
        board = fetch(session, Board, board_id)
        notes = session.exec(select(Note).where(Note.board_id == board_id).order_by(col(Note.created_at))).all()
        votes = session.exec(
            select(Vote).join(Note, col(Note.id) == col(Vote.note_id)).where(Note.board_id == board_id)
        ).all()
        pro_cons = session.exec(
            select(ProCon)
            .where(ProCon.board_id == board_id)
            .order_by(col(ProCon.quadrant), col(ProCon.note_id), col(ProCon.position))
        ).all()
        people = session.exec(
            select(Participant.id, Participant.display_name)
            .join(Attendance, col(Attendance.participant_id) == col(Participant.id))
            .where(
                Attendance.workshop_id == board.workshop_id,
                Attendance.status == AttendanceStatus.PRESENT,
                col(Participant.erased_at).is_(None),
            )
            .order_by(col(Participant.display_name))
        ).all()
        return Snapshot(
            board=view(BoardView, board),
            notes=tuple(view(NoteView, note) for note in notes),
            votes=tuple(view(VoteView, vote) for vote in votes),
            pro_cons=tuple(view(ProConView, item) for item in pro_cons),
            names=tuple((person_id, name) for person_id, name in people if name),
        )


def visible_notes(snapshot: Snapshot, device: Device) -> list[NoteView]:
    """Every face-up note, and this device's own face-down ones."""
    return [note for note in snapshot.notes if not note.hidden or note.id in device.notes]


def given_by(vote: VoteView, device: Device) -> bool:
    """A dot of this phone: one it gave, or one of the person it speaks for (the core counts those)."""
    if device.participant_id is not None:
        return vote.participant_id == device.participant_id
    return vote.id in device.votes


def dots_used(snapshot: Snapshot, device: Device) -> int:
    return sum(1 for vote in snapshot.votes if given_by(vote, device))


def device_view(
    snapshot: Snapshot,
    device: Device,
    *,
    locked: bool,
    offer_names: bool,
    face_down: bool,
    timer: dict[str, Any] | None,
) -> dict[str, Any]:
    """The JSON a phone gets for ``GET /board`` and on the live stream."""
    board = snapshot.board
    notes = visible_notes(snapshot, device)
    shown = {note.id for note in notes}
    counts = Counter(vote.note_id for vote in snapshot.votes if vote.note_id in shown)
    given = Counter(vote.note_id for vote in snapshot.votes if vote.note_id in shown and given_by(vote, device))
    limit = board.dots_per_participant
    return {
        "title": board.title,
        "axes": {name: getattr(board, name) for name in AXIS_FIELDS},
        "quadrants": {quadrant.value: getattr(board, f"title_{quadrant.value}") for quadrant in Quadrant},
        "round": board.round,
        "frozen": board.frozen_at is not None,
        "locked": locked,
        "face_down": face_down,
        "notes": [
            {
                "id": str(note.id),
                "text": note.text,
                "x": note.x,
                "y": note.y,
                "mine": note.id in device.notes,
                "hidden": note.hidden,
                "votes": counts.get(note.id, 0),
                "my_votes": given.get(note.id, 0),
            }
            for note in notes
        ],
        "pro_cons": [
            {
                "id": str(item.id),
                "kind": item.kind,
                "text": item.text,
                "quadrant": item.quadrant,
                "note": None if item.note_id is None else str(item.note_id),
            }
            for item in snapshot.pro_cons
            if item.note_id is None or item.note_id in shown
        ],
        "dots": {"limit": limit, "left": None if limit == 0 else max(0, limit - dots_used(snapshot, device))},
        "me": {
            "participant": None if device.participant_id is None else str(device.participant_id),
            "name": device.name,
            "language": device.language,
        },
        "names": [{"id": str(person_id), "name": name} for person_id, name in snapshot.names] if offer_names else [],
        "timer": timer,
    }
