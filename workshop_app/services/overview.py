"""Where a programme stands, read with a handful of indexed queries whose cost does not grow with the file.

The statements and the way their rows become phase progress and rating trends are defined once, in
:mod:`workshop_app.services.first_view`, which the window also runs through sqlite3 for its first view.
"""

import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import BindParameter, Date, Uuid, bindparam
from sqlalchemy import text as sql
from sqlmodel import select

from workshop_app.domain.models import (
    Action,
    ActionView,
    ProgrammeView,
    Workshop,
    WorkshopView,
)
from workshop_app.services.common import view
from workshop_app.services.first_view import (
    OVERDUE_LIMIT,
    QUERIES,
    UPCOMING_LIMIT,
    PhaseProgress,
    RatingTrend,
    current_phase,
    phase_progress,
    trends,
)
from workshop_app.services.programme import catalogue_of, get_programme
from workshop_app.storage.store import ProgrammeStore

__all__ = [
    "OVERDUE_LIMIT",
    "UPCOMING_LIMIT",
    "Overview",
    "PhaseProgress",
    "RatingTrend",
    "current_overview",
    "load_overview",
]


@dataclass(frozen=True)
class Overview:
    programme: ProgrammeView
    phases: list[PhaseProgress]
    next_workshops: list[WorkshopView]
    workshops_total: int
    actions_by_status: dict[str, int]
    overdue_total: int
    overdue: list[ActionView]
    ratings: list[RatingTrend]

    @property
    def current_phase(self) -> int:
        """The first phase in progress, else the first not done, else the last."""
        return current_phase(self.phases)


def _statement(name: str) -> Any:
    """The overview's query ``name`` (shared with the first view), its parameters typed for either database."""
    query = QUERIES[name]
    typed: list[BindParameter[Any]] = [bindparam("pid", type_=Uuid())]
    if ":today" in query:
        typed.append(bindparam("today", type_=Date()))
    return sql(query).bindparams(*typed)


def load_overview(store: ProgrammeStore, today: date) -> Overview:
    """Where the programme stands; the statements are :data:`first_view.QUERIES`, which the window's first view
    runs through sqlite3 before this module can be imported."""
    catalogue = catalogue_of(store)
    programme = get_programme(store)
    params = {"pid": store.programme_id, "today": today}
    with store.reading() as session:

        def rows(name: str) -> Sequence[Any]:
            return session.execute(_statement(name), params).all()

        def scalar(name: str) -> int:
            return int(session.execute(_statement(name), params).scalar_one())

        states = {int(phase): str(status) for phase, status in rows("phase_states")}
        done_keys = {str(key) for (key,) in rows("done_tasks")}
        upcoming = session.execute(select(Workshop).from_statement(_statement("upcoming")), params).scalars().all()
        overdue = session.execute(select(Action).from_statement(_statement("overdue")), params).scalars().all()
        tasks = [(phase.number, [task.key for task in phase.tasks]) for phase in catalogue.phases]
        return Overview(
            programme=programme,
            phases=phase_progress(tasks, states, done_keys),
            next_workshops=[view(WorkshopView, row) for row in upcoming],
            workshops_total=scalar("workshops_total"),
            actions_by_status={str(status): int(count) for status, count in rows("actions_by_status")},
            overdue_total=scalar("overdue_total"),
            overdue=[view(ActionView, row) for row in overdue],
            ratings=trends(rows("ratings")),
        )


class _Reads:
    """The latest overview of one store, and how many commits the store has seen (its subscriber counts them)."""

    def __init__(self) -> None:
        self.commits = 0
        self.latest: tuple[int, date, Overview] | None = None

    def committed(self, _changes: object) -> None:
        self.commits += 1


_reads: "weakref.WeakKeyDictionary[ProgrammeStore, _Reads]" = weakref.WeakKeyDictionary()


def current_overview(store: ProgrammeStore, today: date) -> Overview:
    """:func:`load_overview`, read once per committed change and day.

    The window's navigator (tasks done per phase) and the overview page show the same overview, and both react
    to the same change (or both fill at start-up): the second to ask gets the first's read. A commit on any
    thread, or another's change heard from a server, counts before the window hears of it (subscribers run
    right after COMMIT), so a read is never served past a change it does not include.
    """
    reads = _reads.get(store)
    if reads is None:
        reads = _reads[store] = _Reads()
        store.subscribe(reads.committed)
    commits = reads.commits
    if reads.latest is not None and reads.latest[:2] == (commits, today):
        return reads.latest[2]
    overview = load_overview(store, today)
    reads.latest = (commits, today, overview)
    return overview
