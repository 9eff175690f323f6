"""What a phone may see of the board: one copy of the board kept up to date from change sets, cut per device.

The board is read once (:meth:`Snapshot.read`); after that each committed change set re-reads only the rows it
names (:meth:`Snapshot.apply`), so a note added by one phone costs one small query, not a read of the whole
board for each of fifty phones. Each phone's JSON is then cut from that copy without touching the file; the
public form of every note is serialised once and reused for every phone that neither wrote it nor put a dot
on it. Only this board's own texts leave the laptop: its title, axes and quadrant titles, its notes, dots, pros
and cons, and (if the facilitator offers names) the names of the people attending its workshop. Others'
face-down notes, their pros and cons and their dots are left out altogether, and no file path, contact or
other programme data is ever in it.
"""

import json
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Table
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from workshop_app.domain.enums import AttendanceStatus, Quadrant
from workshop_app.domain.models import Attendance, Board, BoardView, Note, Participant, ProCon, Vote
from workshop_app.operations.changes import ChangeSet, Kind
from workshop_app.room.devices import Device
from workshop_app.services.common import fetch, view
from workshop_app.storage.store import ProgrammeStore

AXIS_FIELDS = ("x_title", "x_low", "x_high", "y_title", "y_low", "y_high")
RELOAD_KINDS = (Kind.BOARD, Kind.PARTICIPANT, Kind.ATTENDANCE)
"""Changes read again whole: the board's own texts and limits, who attends (rare, and small to read)."""

_NOTE: Table = Note.__table__  # type: ignore[attr-defined]
_VOTE: Table = Vote.__table__  # type: ignore[attr-defined]
_PRO_CON: Table = ProCon.__table__  # type: ignore[attr-defined]
_NOTES_NOTES = "\u0000notes\u0000"  # stands in for the notes in the envelope until they are joined in


@dataclass(frozen=True, slots=True)
class NoteRow:
    id: uuid.UUID
    text: str
    x: float
    y: float
    hidden: bool
    participant_id: uuid.UUID | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class VoteRow:
    id: uuid.UUID
    note_id: uuid.UUID
    participant_id: uuid.UUID | None


@dataclass(frozen=True, slots=True)
class ProConRow:
    id: uuid.UUID
    kind: str
    text: str
    quadrant: str | None
    note_id: uuid.UUID | None
    position: int


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


@dataclass
class Snapshot:
    """One board as the room shows it. Not frozen: :meth:`apply` keeps it in step with the file."""

    board: BoardView
    notes: dict[uuid.UUID, NoteRow]
    votes: dict[uuid.UUID, VoteRow]
    pro_cons: dict[uuid.UUID, ProConRow]
    names: tuple[tuple[uuid.UUID, str], ...]
    """People attending the board's workshop (present, not erased), the names a phone may pick."""
    _order: list[uuid.UUID] | None = None
    _counts: Counter[uuid.UUID] | None = None
    _public: dict[uuid.UUID, str] = field(default_factory=dict)
    _parts: list[str | None] | None = None
    _positions: dict[uuid.UUID, int] | None = None
    _pro_con_list: list[ProConRow] | None = None

    @classmethod
    def read(cls, store: ProgrammeStore, board_id: uuid.UUID) -> "Snapshot":
        """The board as one consistent read of the file (a note committed meanwhile is wholly in or out)."""
        with store.snapshot() as session:
            board = fetch(session, Board, board_id)
            people = session.exec(
                select(Participant.id, Participant.display_name)
                .join(Attendance, col(Attendance.participant_id) == col(Participant.id))
                .where(
                    Attendance.workshop_id == board.workshop_id,
                    Attendance.status == AttendanceStatus.PRESENT.value,
                    col(Participant.erased_at).is_(None),
                )
                .order_by(col(Participant.display_name))
            ).all()
            return cls(
                board=view(BoardView, board),
                notes={row.id: row for row in _notes(session, _NOTE.c.board_id == board_id)},
                votes={row.id: row for row in _votes(session, _NOTE.c.board_id == board_id)},
                pro_cons={row.id: row for row in _pro_cons(session, _PRO_CON.c.board_id == board_id)},
                names=tuple((person_id, name) for person_id, name in people if name),
            )

    def apply(self, store: ProgrammeStore, changes: ChangeSet) -> "Snapshot":
        """This snapshot with ``changes`` read in: only the rows they name (or all of it, for the board's own
        texts and who attends). Returns the snapshot to use from now on."""
        if changes.touches(*RELOAD_KINDS):
            return Snapshot.read(store, self.board.id)
        board_id = self.board.id
        with store.snapshot() as session:
            note_ids = changes.ids(Kind.NOTE)
            if note_ids:
                for note_id in note_ids:
                    self.notes.pop(note_id, None)
                    self._public.pop(note_id, None)
                where = _NOTE.c.id.in_(list(note_ids)) & (_NOTE.c.board_id == board_id)
                self.notes.update((row.id, row) for row in _notes(session, where))
                self._order = None
                self._parts = None
            vote_ids = changes.ids(Kind.VOTE)
            if vote_ids:
                touched = {self.votes[i].note_id for i in vote_ids if i in self.votes}
                for vote_id in vote_ids:
                    self.votes.pop(vote_id, None)
                fresh_votes = _votes(session, _VOTE.c.id.in_(list(vote_ids)) & (_NOTE.c.board_id == board_id))
                self.votes.update((row.id, row) for row in fresh_votes)
                touched |= {row.note_id for row in fresh_votes}
                for note_id in touched:
                    self._public.pop(note_id, None)
                self._counts = None
                self._parts = None
            item_ids = changes.ids(Kind.PRO_CON)
            if item_ids:
                for item_id in item_ids:
                    self.pro_cons.pop(item_id, None)
                where = _PRO_CON.c.id.in_(list(item_ids)) & (_PRO_CON.c.board_id == board_id)
                self.pro_cons.update((row.id, row) for row in _pro_cons(session, where))
                self._pro_con_list = None
        if note_ids:  # votes and pros and cons of deleted notes went with them (the database cascades)
            self.votes = {i: v for i, v in self.votes.items() if v.note_id in self.notes}
            self.pro_cons = {i: p for i, p in self.pro_cons.items() if p.note_id is None or p.note_id in self.notes}
            self._counts = None
            self._pro_con_list = None
        return self

    def ordered_notes(self) -> list[NoteRow]:
        if self._order is None:
            self._order = [row.id for row in sorted(self.notes.values(), key=lambda row: (row.created_at, row.id))]
            self._positions = None
        return [self.notes[note_id] for note_id in self._order]

    def public_parts(self) -> tuple[list[str | None], dict[uuid.UUID, int]]:
        """Every note as any other phone sees it, in the board's order (None for a face-down note, which others
        do not see), and each note's place in that list. Kept until a note or a dot changes, so a phone's view
        is a copy of this list with its own few notes put in, not a walk over every note in Python."""
        if self._parts is None or self._positions is None:
            ordered = self.ordered_notes()
            self._parts = [None if note.hidden else self.public_json(note) for note in ordered]
            self._positions = {note.id: at for at, note in enumerate(ordered)}
        return list(self._parts), self._positions

    def ordered_pro_cons(self) -> list[ProConRow]:
        if self._pro_con_list is None:
            self._pro_con_list = sorted(self.pro_cons.values(), key=_pro_con_order)
        return self._pro_con_list

    def counts(self) -> Counter[uuid.UUID]:
        if self._counts is None:
            self._counts = Counter(vote.note_id for vote in self.votes.values())
        return self._counts

    def public_json(self, note: NoteRow) -> str:
        """A note as any other phone sees it, serialised once until it changes."""
        cached = self._public.get(note.id)
        if cached is None:
            cached = json.dumps(
                _note(note, mine=False, votes=self.counts().get(note.id, 0), given=0), ensure_ascii=False
            )
            self._public[note.id] = cached
        return cached


def _notes(session: Session, where: Any) -> list[NoteRow]:
    columns = (
        _NOTE.c.id,
        _NOTE.c.text,
        _NOTE.c.x,
        _NOTE.c.y,
        _NOTE.c.hidden,
        _NOTE.c.participant_id,
        _NOTE.c.created_at,
    )
    return [
        NoteRow(note_id, text, x, y, bool(hidden), participant_id, created_at)
        for note_id, text, x, y, hidden, participant_id, created_at in session.connection().execute(
            core_select(*columns).where(where)
        )
    ]


def _votes(session: Session, where: Any) -> list[VoteRow]:
    query = core_select(_VOTE.c.id, _VOTE.c.note_id, _VOTE.c.participant_id).join(_NOTE, _NOTE.c.id == _VOTE.c.note_id)
    return [VoteRow(*row) for row in session.connection().execute(query.where(where))]


def _pro_cons(session: Session, where: Any) -> list[ProConRow]:
    """The group's own pros and cons, and the method's prompts the group has accepted: a prompt still on the
    facilitator's cards is not something the room said."""
    columns = (_PRO_CON.c.id, _PRO_CON.c.kind, _PRO_CON.c.text, _PRO_CON.c.quadrant, _PRO_CON.c.note_id)
    said = (_PRO_CON.c.origin != "method") | _PRO_CON.c.accepted
    query = core_select(*columns, _PRO_CON.c.position).where(where & said)
    return [ProConRow(*row) for row in session.connection().execute(query)]


def _pro_con_order(row: ProConRow) -> tuple[str, str, int]:
    """Grouped by quadrant or note, in their order (as the laptop lists them)."""
    return (row.quadrant or "", str(row.note_id or ""), row.position)


def visible_notes(snapshot: Snapshot, device: Device) -> list[NoteRow]:
    """Every face-up note, and this device's own face-down ones, in the order they were written."""
    return [note for note in snapshot.ordered_notes() if not note.hidden or note.id in device.notes]


def given_by(vote: VoteRow, device: Device) -> bool:
    """A dot of this phone: one it gave, or one of the person it speaks for (the core counts those)."""
    if device.participant_id is not None:
        return vote.participant_id == device.participant_id
    return vote.id in device.votes


def dots_used(snapshot: Snapshot, device: Device) -> int:
    return sum(1 for vote in snapshot.votes.values() if given_by(vote, device))


def _note(note: NoteRow, *, mine: bool, votes: int, given: int) -> dict[str, Any]:
    return {
        "id": str(note.id),
        "text": note.text,
        "x": note.x,
        "y": note.y,
        "mine": mine,
        "hidden": note.hidden,
        "votes": votes,
        "my_votes": given,
    }


def device_view_json(
    snapshot: Snapshot,
    device: Device,
    *,
    locked: bool,
    offer_names: bool,
    face_down: bool,
    timer: dict[str, Any] | None,
) -> str:
    """The JSON a phone gets for ``GET /board`` and on the live stream (see the README's API table)."""
    board = snapshot.board
    rows = snapshot.notes

    def shown(note_id: uuid.UUID | None) -> bool:
        row = rows.get(note_id) if note_id is not None else None
        return row is not None and (not row.hidden or note_id in device.notes)

    counts = snapshot.counts()
    given = Counter(vote.note_id for vote in snapshot.votes.values() if given_by(vote, device) and shown(vote.note_id))
    parts, positions = snapshot.public_parts()
    for note_id in device.notes | given.keys():  # this phone's own notes and those it put dots on
        at = positions.get(note_id)
        if at is None or not shown(note_id):
            continue
        note = rows[note_id]
        own = _note(note, mine=note_id in device.notes, votes=counts.get(note_id, 0), given=given.get(note_id, 0))
        parts[at] = json.dumps(own, ensure_ascii=False)
    limit = board.dots_per_participant
    envelope = {
        "title": board.title,
        "axes": {name: getattr(board, name) for name in AXIS_FIELDS},
        "quadrants": {quadrant.value: getattr(board, f"title_{quadrant.value}") for quadrant in Quadrant},
        "round": board.round,
        "frozen": board.frozen_at is not None,
        "locked": locked,
        "face_down": face_down,
        "notes": _NOTES_NOTES,
        "pro_cons": [
            {
                "id": str(item.id),
                "kind": item.kind,
                "text": item.text,
                "quadrant": item.quadrant,
                "note": None if item.note_id is None else str(item.note_id),
            }
            for item in snapshot.ordered_pro_cons()
            if item.note_id is None or shown(item.note_id)
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
    text = json.dumps(envelope, ensure_ascii=False)
    return text.replace(json.dumps(_NOTES_NOTES), "[" + ",".join(filter(None, parts)) + "]", 1)
