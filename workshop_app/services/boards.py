"""Quadrant boards: their axes and quadrant titles, notes placed on them, votes, pros and cons."""

import uuid
from collections.abc import Mapping, Sequence
from functools import partial
from typing import Any

from sqlalchemy import Connection, Table, bindparam, insert, update
from sqlmodel import Session, col, func, select

from workshop_app.domain.enums import ProConKind, Quadrant
from workshop_app.domain.models import (
    Board,
    BoardView,
    Note,
    NoteView,
    Participant,
    ProCon,
    ProConView,
    Vote,
    VoteView,
    Workshop,
)
from workshop_app.domain.types import new_id, utcnow
from workshop_app.errors import QT_TRANSLATE_NOOP, ValidationError
from workshop_app.operations.changes import Kind
from workshop_app.services import validation as check
from workshop_app.services.common import Rule, apply_changes, fetch, move_in_order, not_found, view
from workshop_app.services.programme import catalogue_of, get_programme
from workshop_app.storage.prepared import Prepared
from workshop_app.storage.store import ProgrammeStore

LABEL_FIELDS = (
    "x_title",
    "x_low",
    "x_high",
    "y_title",
    "y_low",
    "y_high",
    "title_top_left",
    "title_top_right",
    "title_bottom_left",
    "title_bottom_right",
)
BOARD_RULES: dict[str, Rule] = {
    "title": partial(check.text, field="title", required=True),
    "round": partial(check.integer, field="round", low=1, high=1000),
    "dots_per_participant": partial(check.integer, field="dots_per_participant", low=0, high=100),
    **{name: partial(check.text, field=name) for name in LABEL_FIELDS},
}


def open_board(session: Session, board_id: uuid.UUID) -> Board:
    """The board, if it may still change: a round frozen for comparison keeps what the room decided."""
    board = fetch(session, Board, board_id)
    if board.frozen_at is not None:
        raise _frozen()
    return board


def _frozen() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "WorkshopErrors", "This round of the board is frozen. Continue in its latest round to change it."
        ),
        field="board",
    )


def _participant_or_none(session: Session, participant_id: uuid.UUID | None) -> uuid.UUID | None:
    if participant_id is not None:
        fetch(session, Participant, participant_id)
    return participant_id


NOTE_RULES: dict[str, Rule] = {
    "text": partial(check.text, field="text", required=True, limit=check.NOTE_MAX, multiline=True),
    "colour": check.colour,
    "hidden": lambda value: bool(
        check.integer(int(value) if isinstance(value, bool) else value, field="hidden", low=0, high=1)
    ),
}
PRO_CON_RULES: dict[str, Rule] = {
    "text": partial(check.text, field="text", required=True, limit=check.NOTE_MAX, multiline=True),
    "kind": lambda value: check.choice(value, ProConKind, field="kind").value,
}


# --- boards --------------------------------------------------------------------------------------------------


def create_board(
    store: ProgrammeStore,
    workshop_id: uuid.UUID,
    title: str,
    *,
    preset_key: str | None = None,
    labels: Mapping[str, str] | None = None,
    language: str | None = None,
) -> BoardView:
    """A board with a preset's axes, quadrant titles and prompts (pros/cons), or with typed ``labels``.

    Texts come from the catalogue in the programme's language; everything stays editable afterwards.
    """
    catalogue = catalogue_of(store)
    lang = language or get_programme(store).language
    values: dict[str, Any] = {"title": BOARD_RULES["title"](title)}
    preset = None
    if preset_key:
        preset = catalogue.preset(check.key(preset_key, [p.key for p in catalogue.presets], field="preset_key"))
        assert preset is not None
        values.update(
            x_title=preset.x_axis.title.get(lang),
            x_low=preset.x_axis.low.get(lang),
            x_high=preset.x_axis.high.get(lang),
            y_title=preset.y_axis.title.get(lang),
            y_low=preset.y_axis.low.get(lang),
            y_high=preset.y_axis.high.get(lang),
        )
        for quadrant, content in preset.quadrants.items():
            values[f"title_{quadrant.value}"] = content.title.get(lang)
    for name, value in (labels or {}).items():
        if name not in LABEL_FIELDS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("WorkshopErrors", "These fields cannot be changed: {fields}."),
                field=name,
                fields=name,
            )
        values[name] = BOARD_RULES[name](value)
    board = Board(workshop_id=workshop_id, preset_key=preset_key or "", **values)
    with store.transaction() as session:
        fetch(session, Workshop, workshop_id)
        session.add(board)
        session.flush()
        if preset is not None:
            for quadrant, content in preset.quadrants.items():
                prompts = [(ProConKind.PRO, t) for t in content.pros] + [(ProConKind.CON, t) for t in content.cons]
                for position, (kind, prompt) in enumerate(prompts):
                    session.add(
                        ProCon(
                            board_id=board.id,
                            quadrant=quadrant.value,
                            kind=kind.value,
                            text=prompt.get(lang),
                            position=position,
                            origin="method",  # a prompt of the method, not what the group said
                        )
                    )
        return view(BoardView, board)


def update_board(store: ProgrammeStore, board_id: uuid.UUID, changes: Mapping[str, Any]) -> dict[str, Any]:
    with store.transaction() as session:
        return apply_changes(open_board(session, board_id), changes, BOARD_RULES)


def delete_board(store: ProgrammeStore, board_id: uuid.UUID) -> None:
    with store.transaction() as session:
        session.delete(fetch(session, Board, board_id))


def get_board(store: ProgrammeStore, board_id: uuid.UUID) -> BoardView:
    with store.reading() as session:
        return view(BoardView, fetch(session, Board, board_id))


def list_boards(store: ProgrammeStore, workshop_id: uuid.UUID | None = None) -> list[BoardView]:
    with store.reading() as session:
        query = (
            select(Board)
            .join(Workshop, col(Workshop.id) == col(Board.workshop_id))
            .where(Workshop.programme_id == store.programme_id)
        )
        if workshop_id is not None:
            query = query.where(Board.workshop_id == workshop_id)
        rows = session.exec(query.order_by(col(Board.created_at), col(Board.title))).all()
        return [view(BoardView, row) for row in rows]


# --- notes ---------------------------------------------------------------------------------------------------


def add_note(
    store: ProgrammeStore,
    board_id: uuid.UUID,
    text: str,
    x: float,
    y: float,
    *,
    colour: str = "#ffd54f",
    participant_id: uuid.UUID | None = None,
    hidden: bool = False,
) -> NoteView:
    """One note on an open board, written with SQLAlchemy Core: fifty phones add notes at once on the loop the
    facilitator's window runs on, and an ORM load of the board and a Note model per note cost several times the
    INSERT. The rules are the ORM path's: the same checks of every value, the board present and not frozen, the
    author present; the note is named in the transaction's change set (``store.tracker``) as a flush would."""
    values = {
        "board_id": board_id,
        "text": NOTE_RULES["text"](text),
        "x": check.coordinate(x, field="x"),
        "y": check.coordinate(y, field="y"),
        "colour": check.colour(colour),
        "participant_id": participant_id,
        "hidden": NOTE_RULES["hidden"](hidden),
    }
    if not isinstance(board_id, uuid.UUID) or (
        participant_id is not None and not isinstance(participant_id, uuid.UUID)
    ):
        raise not_found()
    now = utcnow()
    row = {"id": new_id(), **values, "created_at": now, "updated_at": now}
    with store.writing() as conn:
        found = conn.execute(_BOARD_FROZEN, {"board_id": board_id}).first()
        if found is None:
            raise not_found()
        if found[0] is not None:
            raise _frozen()
        if participant_id is not None and conn.execute(_PERSON, {"person_id": participant_id}).first() is None:
            raise not_found()
        conn.execute(_INSERT_NOTE, row)
        store.tracker.created(Kind.NOTE, [row["id"]])
    return NoteView.model_construct(**row)


def update_note(store: ProgrammeStore, note_id: uuid.UUID, changes: Mapping[str, Any]) -> dict[str, Any]:
    """Change a note's text, colour, hidden flag or author (``participant_id``); returns the old values."""
    with store.transaction() as session:
        note = fetch(session, Note, note_id)
        open_board(session, note.board_id)
        rules: dict[str, Rule] = {**NOTE_RULES, "participant_id": partial(_participant_or_none, session)}
        return apply_changes(note, changes, rules)


_NOTE_TABLE: Table = Note.__table__  # type: ignore[attr-defined]
_BOARD_TABLE: Table = Board.__table__  # type: ignore[attr-defined]
_PERSON_TABLE: Table = Participant.__table__  # type: ignore[attr-defined]
_BOARD_FROZEN = select(_BOARD_TABLE.c.frozen_at).where(_BOARD_TABLE.c.id == bindparam("board_id"))
_PERSON = select(_PERSON_TABLE.c.id).where(_PERSON_TABLE.c.id == bindparam("person_id"))
_INSERT_NOTE = insert(_NOTE_TABLE)
# Compiled once and run on the driver's connection: a drag's UPDATE must cost little more than SQLite's own.
_MOVE_NOTE = Prepared(
    update(_NOTE_TABLE)
    .where(
        _NOTE_TABLE.c.id == bindparam("note_id"),
        # The note's own board, looked up by its key (not a list of every open board).
        select(_BOARD_TABLE.c.id)
        .where(_BOARD_TABLE.c.id == _NOTE_TABLE.c.board_id, _BOARD_TABLE.c.frozen_at.is_(None))
        .exists(),
    )
    .values(x=bindparam("new_x"), y=bindparam("new_y"), updated_at=bindparam("now"))
)


def move_note(store: ProgrammeStore, note_id: uuid.UUID, x: float, y: float) -> None:
    """Persist a note's new position: one prepared UPDATE, since this runs at the end of every drag."""
    move_notes(store, [(note_id, x, y)])


def move_notes(store: ProgrammeStore, positions: Sequence[tuple[uuid.UUID, float, float]]) -> None:
    """Move one note or several at once (a multi-selection dragged together), all or none."""
    checked = [
        {"note_id": note_id, "new_x": check.coordinate(x, field="x"), "new_y": check.coordinate(y, field="y")}
        for note_id, x, y in positions
    ]
    ids = [note_id for note_id, _x, _y in positions]
    if not all(isinstance(note_id, uuid.UUID) for note_id in ids):
        raise not_found()
    with store.writing() as conn:
        # The transaction's moment: the notes' updated_at and the commit's merge stamps are one time.
        now = store.tracker.now()
        for params in checked:
            params["now"] = now
        # On a server the moves join the commit's one statement (a few notes, each once; a large selection's
        # would make it long): a drag that is a transaction of its own is one round trip.
        if store.defers_writes and len(set(ids)) == len(ids) <= _DEFERRED_MOVES:
            for note_id, params in zip(ids, checked, strict=True):
                explain = partial(_explain_unmoved, note_id)
                store.defer(_MOVE_NOTE.deferred(conn, params, rows=1, explain=explain))
        else:
            for note_id, params in zip(ids, checked, strict=True):
                if _MOVE_NOTE.run(conn, params) != 1:
                    _explain_unmoved(note_id, conn)
        store.tracker.updated(Kind.NOTE, ids, ("x", "y", "updated_at"))


_DEFERRED_MOVES = 8
"""At most this many notes moved at once are left for a server's commit statement (see move_notes)."""


def _explain_unmoved(note_id: uuid.UUID, conn: Connection) -> None:
    """Why a note was not moved: it is not in the programme, or its round is frozen (raises either); returns
    when neither holds (any longer)."""
    board_id = conn.execute(select(_NOTE_TABLE.c.board_id).where(_NOTE_TABLE.c.id == note_id)).scalar()
    if board_id is None:
        raise not_found()
    with Session(bind=conn) as session:
        open_board(session, board_id)  # raises: the note is on a frozen round


def delete_note(store: ProgrammeStore, note_id: uuid.UUID) -> NoteView:
    with store.transaction() as session:
        note = fetch(session, Note, note_id)
        open_board(session, note.board_id)
        removed = view(NoteView, note)
        session.delete(note)
        return removed


def reveal_notes(store: ProgrammeStore, board_id: uuid.UUID) -> list[uuid.UUID]:
    """Show every hidden note of a board at once; returns which were hidden (for undo)."""
    with store.transaction() as session:
        open_board(session, board_id)
        hidden = list(session.exec(select(Note.id).where(Note.board_id == board_id, col(Note.hidden))).all())
        if hidden:
            session.execute(update(Note).where(col(Note.id).in_(hidden)).values(hidden=False, updated_at=utcnow()))
            store.tracker.updated(Kind.NOTE, hidden, ("hidden", "updated_at"))
        return hidden


def get_note(store: ProgrammeStore, note_id: uuid.UUID) -> NoteView:
    with store.reading() as session:
        return view(NoteView, fetch(session, Note, note_id))


def list_notes(store: ProgrammeStore, board_id: uuid.UUID) -> list[NoteView]:
    with store.reading() as session:
        rows = session.exec(select(Note).where(Note.board_id == board_id).order_by(col(Note.created_at))).all()
        return [view(NoteView, row) for row in rows]


# --- votes ---------------------------------------------------------------------------------------------------


def add_vote(store: ProgrammeStore, note_id: uuid.UUID, participant_id: uuid.UUID | None = None) -> VoteView:
    """One dot on a note. A named participant has the board's number of dots (0 means no limit)."""
    with store.transaction() as session:
        board = open_board(session, fetch(session, Note, note_id).board_id)
        voter = _participant_or_none(session, participant_id)
        if voter is not None and board.dots_per_participant > 0:
            used = session.exec(
                select(func.count())
                .select_from(Vote)
                .join(Note, col(Note.id) == col(Vote.note_id))
                .where(Note.board_id == board.id, Vote.participant_id == voter)
            ).one()
            if used >= board.dots_per_participant:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("WorkshopErrors", "This participant has used all {dots} dots on this board."),
                    field="participant_id",
                    dots=board.dots_per_participant,
                )
        vote = Vote(note_id=note_id, participant_id=voter)
        session.add(vote)
        session.flush()
        return view(VoteView, vote)


def remove_vote(store: ProgrammeStore, vote_id: uuid.UUID) -> VoteView:
    with store.transaction() as session:
        vote = fetch(session, Vote, vote_id)
        open_board(session, fetch(session, Note, vote.note_id).board_id)
        removed = view(VoteView, vote)
        session.delete(vote)
        return removed


def list_votes(store: ProgrammeStore, board_id: uuid.UUID) -> list[VoteView]:
    """Every dot on a board, oldest first: one query, for the voters' dots left and taking one back."""
    with store.reading() as session:
        rows = session.exec(
            select(Vote)
            .join(Note, col(Note.id) == col(Vote.note_id))
            .where(Note.board_id == board_id)
            .order_by(col(Vote.created_at))
        ).all()
        return [view(VoteView, row) for row in rows]


def vote_counts(store: ProgrammeStore, board_id: uuid.UUID) -> dict[uuid.UUID, int]:
    with store.reading() as session:
        rows = session.exec(
            select(Vote.note_id, func.count())
            .join(Note, col(Note.id) == col(Vote.note_id))
            .where(Note.board_id == board_id)
            .group_by(col(Vote.note_id))
        ).all()
        return {note_id: int(count) for note_id, count in rows}


# --- pros and cons -------------------------------------------------------------------------------------------


def _pro_cons(session: Session, board_id: uuid.UUID, quadrant: str | None, note_id: uuid.UUID | None) -> list[ProCon]:
    query = select(ProCon).where(ProCon.board_id == board_id)
    query = query.where(col(ProCon.quadrant).is_(None) if quadrant is None else ProCon.quadrant == quadrant)
    query = query.where(col(ProCon.note_id).is_(None) if note_id is None else ProCon.note_id == note_id)
    return list(session.exec(query.order_by(col(ProCon.position))).all())


def add_pro_con(
    store: ProgrammeStore,
    board_id: uuid.UUID,
    kind: str,
    text: str,
    *,
    quadrant: str | None = None,
    note_id: uuid.UUID | None = None,
) -> ProConView:
    """A pro or con of one quadrant or of one note (exactly one of the two)."""
    if (quadrant is None) == (note_id is None):
        raise ValidationError(
            QT_TRANSLATE_NOOP("WorkshopErrors", "A pro or con belongs either to a quadrant or to a note."),
            field="quadrant",
        )
    cleaned_quadrant = None if quadrant is None else check.choice(quadrant, Quadrant, field="quadrant").value
    cleaned = {name: PRO_CON_RULES[name](value) for name, value in {"kind": kind, "text": text}.items()}
    with store.transaction() as session:
        open_board(session, board_id)
        if note_id is not None and fetch(session, Note, note_id).board_id != board_id:
            raise not_found()
        siblings = _pro_cons(session, board_id, cleaned_quadrant, note_id)
        item = ProCon(board_id=board_id, quadrant=cleaned_quadrant, note_id=note_id, position=len(siblings), **cleaned)
        session.add(item)
        session.flush()
        return view(ProConView, item)


def update_pro_con(store: ProgrammeStore, item_id: uuid.UUID, changes: Mapping[str, Any]) -> dict[str, Any]:
    with store.transaction() as session:
        item = fetch(session, ProCon, item_id)
        open_board(session, item.board_id)
        return apply_changes(item, changes, PRO_CON_RULES)


def move_pro_con(store: ProgrammeStore, item_id: uuid.UUID, new_index: int) -> int:
    with store.transaction() as session:
        item = fetch(session, ProCon, item_id)
        open_board(session, item.board_id)
        siblings = _pro_cons(session, item.board_id, item.quadrant, item.note_id)
        return move_in_order(session, siblings, item_id, new_index)


def delete_pro_con(store: ProgrammeStore, item_id: uuid.UUID) -> ProConView:
    with store.transaction() as session:
        item = fetch(session, ProCon, item_id)
        open_board(session, item.board_id)
        removed = view(ProConView, item)
        session.delete(item)
        session.flush()
        for position, sibling in enumerate(_pro_cons(session, item.board_id, item.quadrant, item.note_id)):
            sibling.position = position
        return removed


def list_pro_cons(store: ProgrammeStore, board_id: uuid.UUID) -> list[ProConView]:
    """All pros and cons of a board, grouped by quadrant or note and in their order."""
    with store.reading() as session:
        rows = session.exec(
            select(ProCon)
            .where(ProCon.board_id == board_id)
            .order_by(col(ProCon.quadrant).nulls_first(), col(ProCon.note_id).nulls_first(), col(ProCon.position))
        ).all()
        return [view(ProConView, row) for row in rows]
