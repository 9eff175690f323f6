"""Where a programme stands, read with a handful of indexed queries whose cost does not grow with the file."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import text as sql
from sqlmodel import col, func, select

from workshop_app.domain.enums import PhaseStatus
from workshop_app.domain.models import (
    Action,
    ActionView,
    PhaseState,
    ProgrammeView,
    TaskCheck,
    Workshop,
    WorkshopView,
)
from workshop_app.services.actions import OPEN_STATUSES
from workshop_app.services.common import view
from workshop_app.services.programme import catalogue_of, get_programme
from workshop_app.storage.store import ProgrammeStore

UPCOMING_LIMIT = 3
OVERDUE_LIMIT = 10


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
        for wanted in (PhaseStatus.IN_PROGRESS, PhaseStatus.NOT_STARTED):
            for phase in self.phases:
                if phase.status == wanted:
                    return phase.number
        return self.phases[-1].number


def load_overview(store: ProgrammeStore, today: date) -> Overview:
    catalogue = catalogue_of(store)
    programme = get_programme(store)
    pid = store.programme_id
    with store.reading() as session:
        states = {
            row.phase: row.status
            for row in session.exec(select(PhaseState).where(PhaseState.programme_id == pid)).all()
        }
        done_keys = set(
            session.exec(select(TaskCheck.task_key).where(TaskCheck.programme_id == pid, col(TaskCheck.done))).all()
        )
        upcoming = session.exec(
            select(Workshop)
            .where(Workshop.programme_id == pid, col(Workshop.date) >= today)
            .order_by(col(Workshop.date))
            .limit(UPCOMING_LIMIT)
        ).all()
        workshops_total = session.exec(select(func.count()).where(Workshop.programme_id == pid)).one()
        by_status = dict(
            session.exec(
                select(Action.status, func.count()).where(Action.programme_id == pid).group_by(col(Action.status))
            ).all()
        )
        overdue_filter = (
            Action.programme_id == pid,
            col(Action.status).in_(OPEN_STATUSES),
            col(Action.due_date) < today,
        )
        overdue_total = session.exec(select(func.count()).select_from(Action).where(*overdue_filter)).one()
        overdue = session.exec(
            select(Action).where(*overdue_filter).order_by(col(Action.due_date)).limit(OVERDUE_LIMIT)
        ).all()
        recent = session.execute(
            sql(
                "SELECT criterion_key, score, rated_on, rank FROM ("
                " SELECT criterion_key, score, rated_on, row_number() OVER ("
                "  PARTITION BY criterion_key ORDER BY rated_on DESC, created_at DESC) AS rank"
                " FROM criterion_rating WHERE programme_id = :pid) AS ranked WHERE rank <= 2"
            ),
            {"pid": pid.hex},
        ).all()
        phases = [
            PhaseProgress(
                number=phase.number,
                status=PhaseStatus(states.get(phase.number, PhaseStatus.NOT_STARTED)),
                tasks_done=sum(1 for task in phase.tasks if task.key in done_keys),
                tasks_total=len(phase.tasks),
            )
            for phase in catalogue.phases
        ]
        return Overview(
            programme=programme,
            phases=phases,
            next_workshops=[view(WorkshopView, row) for row in upcoming],
            workshops_total=int(workshops_total),
            actions_by_status={str(k): int(v) for k, v in by_status.items()},
            overdue_total=int(overdue_total),
            overdue=[view(ActionView, row) for row in overdue],
            ratings=_trends(recent),
        )


def _trends(rows: Sequence[Any]) -> list[RatingTrend]:
    latest: dict[str, tuple[int, date]] = {}
    previous: dict[str, tuple[int, date]] = {}
    for key, score, rated_on, rank in rows:
        day = rated_on if isinstance(rated_on, date) else date.fromisoformat(str(rated_on))
        (latest if rank == 1 else previous)[key] = (int(score), day)
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
