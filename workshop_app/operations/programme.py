"""Operations on the rest of a programme: workshops and their agendas, attendance and decisions; the
register of participants; phases, tasks and criteria ratings; the action plan."""

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from workshop_app.domain.models import (
    ActionView,
    AgendaItemView,
    CriterionRatingView,
    DecisionView,
    ParticipantView,
    WorkshopView,
)
from workshop_app.operations.base import Operation
from workshop_app.operations.changes import Kind
from workshop_app.operations.records import Delete
from workshop_app.services import actions, participants, phases, workshops
from workshop_app.services.erasure import Occurrence
from workshop_app.storage.store import ProgrammeStore


@dataclass(frozen=True)
class AgendaEntry:
    """An agenda item to put on a workshop as it is made (an activity of the method, say)."""

    title: str
    planned_minutes: int = 0
    activity_key: str = ""


@dataclass(frozen=True)
class CreateWorkshop(Operation[WorkshopView]):
    """A workshop, with the agenda items it starts with; undone as one (the agenda goes with it)."""

    title: str
    phase: int
    held_on: date | None = None
    start_time: time | None = None
    end_time: time | None = None
    place: str = ""
    facilitator: str = ""
    purpose: str = ""
    agenda: Sequence[AgendaEntry] = ()

    def apply(self, store: ProgrammeStore) -> tuple[WorkshopView, Operation[Any]]:
        workshop = workshops.create_workshop(
            store,
            self.title,
            self.phase,
            held_on=self.held_on,
            start_time=self.start_time,
            end_time=self.end_time,
            place=self.place,
            facilitator=self.facilitator,
            purpose=self.purpose,
        )
        for entry in self.agenda:
            workshops.add_agenda_item(
                store, workshop.id, entry.title, planned_minutes=entry.planned_minutes, activity_key=entry.activity_key
            )
        return workshop, Delete(Kind.WORKSHOP, (workshop.id,))


@dataclass(frozen=True)
class AddAgendaItem(Operation[AgendaItemView]):
    workshop_id: uuid.UUID
    title: str
    planned_minutes: int = 0
    minutes_text: str = ""
    activity_key: str = ""
    index: int | None = None

    def apply(self, store: ProgrammeStore) -> tuple[AgendaItemView, Operation[Any]]:
        item = workshops.add_agenda_item(
            store,
            self.workshop_id,
            self.title,
            planned_minutes=self.planned_minutes,
            minutes_text=self.minutes_text,
            activity_key=self.activity_key,
            index=self.index,
        )
        return item, Delete(Kind.AGENDA_ITEM, (item.id,))


@dataclass(frozen=True)
class AddDecision(Operation[DecisionView]):
    workshop_id: uuid.UUID
    text: str

    def apply(self, store: ProgrammeStore) -> tuple[DecisionView, Operation[Any]]:
        decision = workshops.add_decision(store, self.workshop_id, self.text)
        return decision, Delete(Kind.DECISION, (decision.id,))


@dataclass(frozen=True)
class SetAttendance(Operation[dict[uuid.UUID, str | None]]):
    """Mark people present, sending apologies or absent (None: not on the list) at one workshop."""

    workshop_id: uuid.UUID
    statuses: Mapping[uuid.UUID, str | None]

    def apply(self, store: ProgrammeStore) -> tuple[dict[uuid.UUID, str | None], Operation[Any]]:
        previous = {
            person: workshops.set_attendance(store, self.workshop_id, person, status)
            for person, status in self.statuses.items()
        }
        return previous, SetAttendance(self.workshop_id, previous)


@dataclass(frozen=True)
class AddParticipant(Operation[ParticipantView]):
    display_name: str
    fields: Mapping[str, Any] = field(default_factory=dict)

    def apply(self, store: ProgrammeStore) -> tuple[ParticipantView, Operation[Any]]:
        person = participants.add_participant(store, self.display_name, **self.fields)
        return person, Delete(Kind.PARTICIPANT, (person.id,))


@dataclass(frozen=True)
class EraseParticipant(Operation[int]):
    """Remove a person's personal data everywhere; cannot be taken back (that is the point of it)."""

    participant_id: uuid.UUID

    def apply(self, store: ProgrammeStore) -> tuple[int, Operation[Any] | None]:
        return participants.erase_participant(store, self.participant_id), None


@dataclass(frozen=True)
class EraseFirstNames(Operation[int]):
    """After an erasure, replace the occurrences of the first name alone the facilitator chose; not undoable."""

    occurrences: tuple[Occurrence, ...]

    def apply(self, store: ProgrammeStore) -> tuple[int, Operation[Any] | None]:
        return participants.replace_first_names(store, self.occurrences), None


@dataclass(frozen=True)
class RateCriterion(Operation[CriterionRatingView]):
    criterion_key: str
    score: int
    comment: str = ""
    rated_on: date | None = None

    def apply(self, store: ProgrammeStore) -> tuple[CriterionRatingView, Operation[Any]]:
        rating = phases.rate_criterion(
            store, self.criterion_key, self.score, comment=self.comment, rated_on=self.rated_on
        )
        return rating, Delete(Kind.CRITERION_RATING, (rating.id,))


@dataclass(frozen=True)
class CreateAction(Operation[ActionView]):
    what: str
    fields: Mapping[str, Any] = field(default_factory=dict)

    def apply(self, store: ProgrammeStore) -> tuple[ActionView, Operation[Any]]:
        action = actions.create_action(store, self.what, **self.fields)
        return action, Delete(Kind.ACTION, (action.id,))


@dataclass(frozen=True)
class ActionsFrom(Operation[list[ActionView]]):
    """Actions worded as decisions, notes or pros and cons, remembering where each came from; one step."""

    decisions: Sequence[uuid.UUID] = ()
    notes: Sequence[uuid.UUID] = ()
    pro_cons: Sequence[uuid.UUID] = ()

    def apply(self, store: ProgrammeStore) -> tuple[list[ActionView], Operation[Any]]:
        made = [
            *(actions.action_from_decision(store, decision) for decision in self.decisions),
            *(actions.action_from_note(store, note) for note in self.notes),
            *(actions.action_from_pro_con(store, item) for item in self.pro_cons),
        ]
        return made, Delete(Kind.ACTION, tuple(action.id for action in made))
