"""Laying out a workshop series from the method's templates: VALUMA's sequence, or a phase's activities.

:func:`plan_series` turns a template into plain planned workshops in the programme's language (titles,
purposes, agenda items with their activities and lengths, the boards their activities use), and
:class:`LayOutSeries` makes them all as one operation, so one undo removes the whole series with its agendas
and boards.
"""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from workshop_app.catalogue.models import Catalogue
from workshop_app.domain.models import WorkshopView
from workshop_app.operations.base import Operation
from workshop_app.operations.changes import Kind
from workshop_app.operations.programme import AgendaEntry, CreateWorkshop
from workshop_app.operations.records import Delete
from workshop_app.services import boards, method_tools
from workshop_app.storage.store import ProgrammeStore


@dataclass(frozen=True)
class PlannedBoard:
    """A board an activity of the series works on, made with its preset when the series is laid out."""

    title: str
    preset_key: str


@dataclass(frozen=True)
class PlannedWorkshop:
    title: str
    phase: int
    purpose: str = ""
    agenda: Sequence[AgendaEntry] = ()
    boards: Sequence[PlannedBoard] = ()
    canvases: Sequence[str] = ()  # titles of the impact canvases its activities work on


@dataclass(frozen=True)
class LayOutSeries(Operation[list[WorkshopView]]):
    """Planned workshops (no date yet) with their agendas and boards; the inverse deletes them all at once."""

    workshops: Sequence[PlannedWorkshop]

    def apply(self, store: ProgrammeStore) -> tuple[list[WorkshopView], Operation[Any]]:
        made: list[WorkshopView] = []
        with store.transaction():
            for planned in self.workshops:
                workshop, _inverse = CreateWorkshop(
                    planned.title, planned.phase, purpose=planned.purpose, agenda=tuple(planned.agenda)
                ).apply(store)
                for board in planned.boards:
                    boards.create_board(store, workshop.id, board.title, preset_key=board.preset_key)
                for title in planned.canvases:
                    method_tools.create_canvas(store, workshop.id, title)
                made.append(workshop)
        ids: tuple[uuid.UUID, ...] = tuple(workshop.id for workshop in made)
        return made, Delete(Kind.WORKSHOP, ids)


def plan_series(catalogue: Catalogue, template_key: str, language: str) -> tuple[PlannedWorkshop, ...]:
    """The workshops of the template ``template_key`` in ``language``; a KeyError if there is no such template.

    An agenda item naming an activity takes the activity's title, length and key (so the phase page shows
    where it is planned); the activity's board preset, if any, becomes a board of that workshop, and an
    activity working on the impact canvas gets an empty canvas.
    """
    tools = catalogue.tools
    template = tools.template(template_key) if tools is not None else None
    if template is None:
        raise KeyError(template_key)
    planned = []
    for workshop in template.workshops:
        agenda: list[AgendaEntry] = []
        board_list: list[PlannedBoard] = []
        canvases: list[str] = []
        for item in workshop.agenda:
            activity = catalogue.activity(item.activity) if item.activity else None
            if activity is not None:
                title = activity.title.get(language)
                agenda.append(AgendaEntry(title, planned_minutes=activity.minutes, activity_key=activity.key))
                if activity.preset is not None:
                    board_list.append(PlannedBoard(title, activity.preset))
                if activity.tool == "impact_canvas":
                    canvases.append(title)
            elif item.title is not None:
                agenda.append(AgendaEntry(item.title.get(language), planned_minutes=item.minutes))
        planned.append(
            PlannedWorkshop(
                title=workshop.title.get(language),
                phase=workshop.phase,
                purpose=workshop.purpose.get(language) if workshop.purpose else "",
                agenda=tuple(agenda),
                boards=tuple(board_list),
                canvases=tuple(canvases),
            )
        )
    return tuple(planned)
