"""The overview's queries, and the window's first view of a programme file read with the standard library alone.

Opening a programme in the window costs about a second of imports (SQLAlchemy, SQLModel, pydantic, alembic)
before anything can be read through the store. The first view does not wait for them: it reads what the
overview shows first straight from the file with :mod:`sqlite3`, read-only, and the window shows it while the
data stack loads. Both readers run the statements defined here (:data:`QUERIES`), and :mod:`services.overview`
turns their rows into the same :class:`PhaseProgress` and :class:`RatingTrend` with the same functions, so the
two cannot drift apart in meaning; ``tests/test_first_view.py`` checks that they agree on the demo and on a
large programme.

This module imports nothing beyond the standard library and the light parts of the core (enums, the file
header), so the window's start-up can import it before the data stack. The read is an optimisation, never a
requirement: whenever the file is not plainly readable as the current format (older or newer format, a
pending write-ahead log to replay, a damaged catalogue, anything odd), :func:`read_first_view` returns None
and the window opens the file the ordinary way.
"""

import json
import sqlite3
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import Any

from workshop_app.domain.enums import PHASE_NUMBERS, ActionStatus, PhaseStatus
from workshop_app.errors import FileOpenError
from workshop_app.storage.fileformat import HEAD_FORMAT, read_header, sqlite_uri, wal_pending

UPCOMING_LIMIT = 3
OVERDUE_LIMIT = 10
OPEN_STATUSES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
"""The statuses of an action still to be done (the overdue count and list)."""

_OPEN = ", ".join(f"'{status.value}'" for status in OPEN_STATUSES)

QUERIES: Mapping[str, str] = {
    # Parameters: :pid (the programme's id), :today (a date). Standard SQL for SQLite and PostgreSQL alike.
    "phase_states": "SELECT phase, status FROM phase_state WHERE programme_id = :pid",
    "done_tasks": "SELECT task_key FROM task_check WHERE programme_id = :pid AND done",
    "upcoming": (
        "SELECT workshop.* FROM workshop WHERE programme_id = :pid AND date >= :today"
        f" ORDER BY date, id LIMIT {UPCOMING_LIMIT}"
    ),
    "workshops_total": "SELECT count(*) FROM workshop WHERE programme_id = :pid",
    "actions_by_status": "SELECT status, count(*) FROM action WHERE programme_id = :pid GROUP BY status",
    "overdue_total": (
        f"SELECT count(*) FROM action WHERE programme_id = :pid AND status IN ({_OPEN}) AND due_date < :today"
    ),
    "overdue": (
        f"SELECT action.* FROM action WHERE programme_id = :pid AND status IN ({_OPEN}) AND due_date < :today"
        f" ORDER BY due_date, id LIMIT {OVERDUE_LIMIT}"
    ),
    # The two latest ratings of each criterion (PostgreSQL wants the subquery named).
    "ratings": (
        "SELECT criterion_key, score, rated_on, rank FROM ("
        " SELECT criterion_key, score, rated_on, row_number() OVER ("
        "  PARTITION BY criterion_key ORDER BY rated_on DESC, created_at DESC) AS rank"
        " FROM criterion_rating WHERE programme_id = :pid) AS ranked WHERE rank <= 2"
    ),
}
"""What the overview reads, by name: one definition for the store's reader and the first view's."""


@dataclass(frozen=True)
class PhaseProgress:
    number: int
    status: PhaseStatus
    tasks_done: int
    tasks_total: int


@dataclass(frozen=True)
class RatingTrend:
    criterion_key: str
    latest_score: int
    latest_on: date
    previous_score: int | None
    previous_on: date | None


@dataclass(frozen=True)
class WorkshopLine:
    """A next workshop as the overview lists it."""

    id: uuid.UUID
    title: str
    date: date
    start_time: time | None
    place: str


@dataclass(frozen=True)
class ActionLine:
    """An overdue action as the overview lists it."""

    id: uuid.UUID
    what: str
    owner: str
    due_date: date


@dataclass(frozen=True)
class FirstView:
    """What the overview and the navigator show first, read without the data stack."""

    path: Path
    programme_id: uuid.UUID
    name: str
    area: str
    region: str
    language: str
    start_year: int
    description: str
    phase_titles: dict[int, str]  # in the programme's language, as the method catalogue stored in the file says
    criteria: dict[str, tuple[int, str]]  # criterion key -> (its phase, its text), in the catalogue's order
    phases: list[PhaseProgress]
    next_workshops: list[WorkshopLine]
    workshops_total: int
    actions_by_status: dict[str, int]
    overdue_total: int
    overdue: list[ActionLine]
    ratings: list[RatingTrend]

    @property
    def current_phase(self) -> int:
        return current_phase(self.phases)


def current_phase(phases: Sequence[PhaseProgress]) -> int:
    """The first phase in progress, else the first not done, else the last."""
    for wanted in (PhaseStatus.IN_PROGRESS, PhaseStatus.NOT_STARTED):
        for phase in phases:
            if phase.status == wanted:
                return phase.number
    return phases[-1].number


def phase_progress(
    tasks: Iterable[tuple[int, Sequence[str]]], states: Mapping[int, str], done_keys: set[str]
) -> list[PhaseProgress]:
    """Each phase's status and task count; ``tasks`` is the catalogue's (number, task keys) in phase order."""
    return [
        PhaseProgress(
            number=number,
            status=PhaseStatus(states.get(number, PhaseStatus.NOT_STARTED)),
            tasks_done=sum(1 for key in keys if key in done_keys),
            tasks_total=len(keys),
        )
        for number, keys in tasks
    ]


def trends(rows: Iterable[Sequence[Any]]) -> list[RatingTrend]:
    """The rows of the ``ratings`` query as each criterion's latest rating against the one before it."""
    latest: dict[str, tuple[int, date]] = {}
    previous: dict[str, tuple[int, date]] = {}
    for key, score, rated_on, rank in rows:
        (latest if rank == 1 else previous)[key] = (int(score), as_date(rated_on))
    return [
        RatingTrend(
            criterion_key=key,
            latest_score=score,
            latest_on=day,
            previous_score=previous[key][0] if key in previous else None,
            previous_on=previous[key][1] if key in previous else None,
        )
        for key, (score, day) in sorted(latest.items())
    ]


def as_date(value: object) -> date:
    """A date as a driver hands it out: a ``date`` from PostgreSQL, ISO text from SQLite."""
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _time(value: object) -> time | None:
    if value is None or isinstance(value, time):
        return value
    return time.fromisoformat(str(value))


# --- the first view, through sqlite3 -------------------------------------------------------------------------


def read_first_view(path: Path, today: date) -> FirstView | None:
    """The first view of the programme file at ``path``, or None when it should be opened the ordinary way."""
    try:
        header = read_header(path)
        if header.user_version != HEAD_FORMAT or wal_pending(path):
            return None  # older (to migrate), newer (to refuse) or with a log to replay: the store's job
        conn = sqlite3.connect(sqlite_uri(path, read_only=True), uri=True)
        try:
            conn.row_factory = sqlite3.Row
            conn.execute("BEGIN")  # one snapshot for every statement
            return _read(conn, path, today)
        finally:
            conn.close()
    except (FileOpenError, sqlite3.Error, OSError, ValueError, KeyError, TypeError, IndexError):
        return None


def _read(conn: sqlite3.Connection, path: Path, today: date) -> FirstView | None:
    programmes = conn.execute("SELECT * FROM programme").fetchall()
    if len(programmes) != 1:
        return None
    programme = programmes[0]
    pid = uuid.UUID(hex=programme["id"])
    snapshot = conn.execute(
        "SELECT content FROM catalogue_snapshot WHERE version = ?", (programme["catalogue_version"],)
    ).fetchone()
    if snapshot is None:
        return None  # the store falls back to the app's own catalogue: leave that to it
    phases = json.loads(snapshot["content"])["phases"]
    if [phase["number"] for phase in phases] != list(PHASE_NUMBERS):
        return None
    language = str(programme["language"])
    titles = {int(phase["number"]): _local(phase["title"], language) for phase in phases}
    tasks = [(int(phase["number"]), [str(task["key"]) for task in phase["tasks"]]) for phase in phases]
    criteria = {
        str(criterion["key"]): (int(phase["number"]), _local(criterion["text"], language))
        for phase in phases
        for criterion in phase["criteria"]
    }

    params = {"pid": pid.hex, "today": today.isoformat()}

    def rows(name: str) -> list[sqlite3.Row]:
        return conn.execute(QUERIES[name], params).fetchall()

    states = {int(row["phase"]): str(row["status"]) for row in rows("phase_states")}
    done = {str(row["task_key"]) for row in rows("done_tasks")}
    return FirstView(
        path=path,
        programme_id=pid,
        name=str(programme["name"]),
        area=str(programme["area"]),
        region=str(programme["region"]),
        language=language,
        start_year=int(programme["start_year"]),
        description=str(programme["description"]),
        phase_titles=titles,
        criteria=criteria,
        phases=phase_progress(tasks, states, done),
        next_workshops=[
            WorkshopLine(
                id=uuid.UUID(hex=row["id"]),
                title=str(row["title"]),
                date=as_date(row["date"]),
                start_time=_time(row["start_time"]),
                place=str(row["place"]),
            )
            for row in rows("upcoming")
        ],
        workshops_total=int(rows("workshops_total")[0][0]),
        actions_by_status={str(status): int(count) for status, count in rows("actions_by_status")},
        overdue_total=int(rows("overdue_total")[0][0]),
        overdue=[
            ActionLine(
                id=uuid.UUID(hex=row["id"]),
                what=str(row["what"]),
                owner=str(row["owner"]),
                due_date=as_date(row["due_date"]),
            )
            for row in rows("overdue")
        ],
        ratings=trends(tuple(row) for row in rows("ratings")),
    )


def _local(text: Mapping[str, str], language: str) -> str:
    """A catalogue text in ``language``, English where it has none (as ``LocalText.get``)."""
    return text.get(language) or text["en"]
