"""Two copies of one small programme for the merge tests, and ways to read what a file holds."""

import contextlib
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.servicefixtures import close, make_programme
from tests.templates import copy_of, template
from workshop_app.merge.copying import copy_programme
from workshop_app.services import actions, boards, participants, workshops
from workshop_app.storage.store import ProgrammeStore

PERSON_NAME = "Ingrid Solheim"
PERSON_CONTACT = "ingrid.solheim@example.org"
CONTENT_TABLES = (
    "programme",
    "participant",
    "workshop",
    "agenda_item",
    "attendance",
    "decision",
    "board",
    "note",
    "vote",
    "pro_con",
    "action",
)


@dataclass(frozen=True)
class Base:
    """The ids of the shared programme's records."""

    person: uuid.UUID
    workshop: uuid.UUID
    board: uuid.UUID
    notes: tuple[uuid.UUID, ...]
    actions: tuple[uuid.UUID, ...]
    agenda: tuple[uuid.UUID, ...]


_ids: dict[Path, Base] = {}


def _build(path: Path) -> ProgrammeStore:
    store = make_programme(path)
    person = participants.add_participant(store, PERSON_NAME, contact=PERSON_CONTACT, role="chair")
    workshop = workshops.create_workshop(store, "Village evening", 1)
    board = boards.create_board(store, workshop.id, "Ideas")
    notes = tuple(
        boards.add_note(store, board.id, f"Idea {n}", n / 10, -n / 10, participant_id=person.id).id for n in range(3)
    )
    done = tuple(actions.create_action(store, f"Action {n}").id for n in range(2))
    agenda = tuple(workshops.add_agenda_item(store, workshop.id, f"Item {n}").id for n in range(2))
    _ids[path] = Base(person.id, workshop.id, board.id, notes, done, agenda)
    return store


def base_file(factory: pytest.TempPathFactory, folder: Path, name: str = "a.workshop") -> tuple[Path, Base]:
    """A closed copy of the shared programme at ``folder/name`` and the ids of its records."""
    made = template(factory, "merge-base", _build)
    return copy_of(made, folder, name), _ids[made]


def pair(factory: pytest.TempPathFactory, folder: Path) -> tuple[Path, Path, Base]:
    """MINE and THEIRS: the shared programme and a copy of it made with ``copy`` (a common ancestor)."""
    mine, base = base_file(factory, folder)
    theirs = folder / "b.workshop"
    copy_programme(mine, theirs)
    return mine, theirs, base


@contextlib.contextmanager
def editing(path: Path) -> Iterator[ProgrammeStore]:
    store = ProgrammeStore.open(path)
    try:
        yield store
    finally:
        close(store)


def read(path: Path, query: str, *params: Any) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(query, params).fetchall()
    finally:
        conn.close()


def value(path: Path, query: str, *params: Any) -> Any:
    rows = read(path, query, *params)
    assert len(rows) == 1, rows
    return rows[0][0]


def content(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every record of every kind a person works with, sorted: what two merged files must agree on."""
    conn = sqlite3.connect(path)
    try:
        return {
            table: sorted(conn.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr) for table in CONTENT_TABLES
        }
    finally:
        conn.close()


def hexid(record_id: uuid.UUID) -> str:
    return record_id.hex
