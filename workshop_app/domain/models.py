"""Tables of a programme file and the frozen views the services hand out.

Each entity has a ``...Fields`` base with its columns, the table class, and a frozen ``...View``: the UI only
ever sees views, so nothing it holds is tied to a database session. Keys are UUIDs because programme files
from several laptops are to be merged later. A column holding one of a closed set of values (a status, a kind) is
text in the table and the StrEnum of :mod:`workshop_app.domain.enums` in the view: the same strings, so the file
format does not change. No ``from __future__ import annotations`` here: SQLModel reads the
annotations at class creation.
"""

import datetime as dt
import uuid
from datetime import date, datetime, time

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel
from sqlmodel._compat import SQLModelConfig

from workshop_app.domain.enums import ActionStatus, AttendanceStatus, PhaseStatus, ProConKind, Quadrant
from workshop_app.domain.types import UTCDateTime, new_id, utcnow

FROZEN = SQLModelConfig(frozen=True, from_attributes=True)


class Keyed(SQLModel):
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)


class Stamped(Keyed):
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


# --- file metadata -------------------------------------------------------------------------------------------


class AppMeta(SQLModel, table=True):
    """Key/value facts about the file itself (which app version made it and last wrote it)."""

    __tablename__ = "app_meta"
    key: str = Field(primary_key=True)
    value: str = ""


class CatalogueSnapshot(SQLModel, table=True):
    """The method catalogue a programme was made with, kept verbatim so the file shows it years later."""

    __tablename__ = "catalogue_snapshot"
    version: str = Field(primary_key=True)
    content: str


# --- programme -----------------------------------------------------------------------------------------------


class ProgrammeFields(SQLModel):
    name: str
    area: str = ""
    region: str = ""
    language: str = "en"
    start_year: int
    description: str = ""
    catalogue_version: str


class Programme(ProgrammeFields, Stamped, table=True):
    __tablename__ = "programme"


class ProgrammeView(ProgrammeFields, Stamped):
    model_config = FROZEN


class PhaseStateFields(SQLModel):
    programme_id: uuid.UUID = Field(foreign_key="programme.id", ondelete="CASCADE")
    phase: int
    status: str = "not_started"
    started_on: date | None = None
    completed_on: date | None = None
    notes: str = ""


class PhaseState(PhaseStateFields, Stamped, table=True):
    __tablename__ = "phase_state"
    __table_args__ = (UniqueConstraint("programme_id", "phase", name="uq_phase_state_phase"),)


class PhaseStateView(PhaseStateFields, Stamped):
    model_config = FROZEN
    status: PhaseStatus = PhaseStatus.NOT_STARTED


class TaskCheckFields(SQLModel):
    programme_id: uuid.UUID = Field(foreign_key="programme.id", ondelete="CASCADE")
    task_key: str
    done: bool = False
    owner: str = ""
    note: str = ""


class TaskCheck(TaskCheckFields, Stamped, table=True):
    __tablename__ = "task_check"
    __table_args__ = (UniqueConstraint("programme_id", "task_key", name="uq_task_check_task"),)


class TaskCheckView(TaskCheckFields, Stamped):
    model_config = FROZEN


class CriterionRatingFields(SQLModel):
    programme_id: uuid.UUID = Field(foreign_key="programme.id", ondelete="CASCADE")
    criterion_key: str
    score: int
    comment: str = ""
    rated_on: date


class CriterionRating(CriterionRatingFields, Stamped, table=True):
    __tablename__ = "criterion_rating"
    __table_args__ = (Index("ix_criterion_rating_key_date", "programme_id", "criterion_key", "rated_on"),)


class CriterionRatingView(CriterionRatingFields, Stamped):
    model_config = FROZEN


# --- people --------------------------------------------------------------------------------------------------


class ParticipantFields(SQLModel):
    programme_id: uuid.UUID = Field(foreign_key="programme.id", ondelete="CASCADE")
    display_name: str
    organisation: str = ""
    actor_type: str = "other"
    role: str = ""
    contact: str = ""
    consent_date: date | None = None
    erased_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Participant(ParticipantFields, Stamped, table=True):
    __tablename__ = "participant"


class ParticipantView(ParticipantFields, Stamped):
    model_config = FROZEN

    @property
    def erased(self) -> bool:
        return self.erased_at is not None


# --- workshops -----------------------------------------------------------------------------------------------


class WorkshopFields(SQLModel):
    programme_id: uuid.UUID = Field(foreign_key="programme.id", ondelete="CASCADE")
    title: str
    phase: int
    date: dt.date | None = None
    start_time: time | None = None
    end_time: time | None = None
    place: str = ""
    facilitator: str = ""
    purpose: str = ""


class Workshop(WorkshopFields, Stamped, table=True):
    __tablename__ = "workshop"
    __table_args__ = (Index("ix_workshop_programme_date", "programme_id", "date"),)


class WorkshopView(WorkshopFields, Stamped):
    model_config = FROZEN


class AgendaItemFields(SQLModel):
    workshop_id: uuid.UUID = Field(foreign_key="workshop.id", ondelete="CASCADE", index=True)
    position: int
    title: str
    planned_minutes: int = 0
    minutes_text: str = ""
    activity_key: str = ""


class AgendaItem(AgendaItemFields, Stamped, table=True):
    __tablename__ = "agenda_item"


class AgendaItemView(AgendaItemFields, Stamped):
    model_config = FROZEN


class AttendanceFields(SQLModel):
    workshop_id: uuid.UUID = Field(foreign_key="workshop.id", ondelete="CASCADE")
    participant_id: uuid.UUID = Field(foreign_key="participant.id", ondelete="CASCADE", index=True)
    status: str = "present"


class Attendance(AttendanceFields, Stamped, table=True):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("workshop_id", "participant_id", name="uq_attendance_person"),)


class AttendanceView(AttendanceFields, Stamped):
    model_config = FROZEN
    status: AttendanceStatus = AttendanceStatus.PRESENT


class DecisionFields(SQLModel):
    workshop_id: uuid.UUID = Field(foreign_key="workshop.id", ondelete="CASCADE", index=True)
    position: int
    text: str


class Decision(DecisionFields, Stamped, table=True):
    __tablename__ = "decision"


class DecisionView(DecisionFields, Stamped):
    model_config = FROZEN


# --- boards --------------------------------------------------------------------------------------------------


class BoardFields(SQLModel):
    workshop_id: uuid.UUID = Field(foreign_key="workshop.id", ondelete="CASCADE", index=True)
    title: str
    preset_key: str = ""
    x_title: str = ""
    x_low: str = ""
    x_high: str = ""
    y_title: str = ""
    y_low: str = ""
    y_high: str = ""
    title_top_left: str = ""
    title_top_right: str = ""
    title_bottom_left: str = ""
    title_bottom_right: str = ""
    round: int = 1
    previous_id: uuid.UUID | None = Field(
        default=None,
        foreign_key="board.id",
        ondelete="SET NULL",
        index=True,
    )
    frozen_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    dots_per_participant: int = Field(default=3, sa_column_kwargs={"server_default": "3"})


class Board(BoardFields, Stamped, table=True):
    __tablename__ = "board"


class BoardView(BoardFields, Stamped):
    model_config = FROZEN


class NoteFields(SQLModel):
    board_id: uuid.UUID = Field(foreign_key="board.id", ondelete="CASCADE", index=True)
    text: str
    x: float = 0.0
    y: float = 0.0
    colour: str = "#ffd54f"
    participant_id: uuid.UUID | None = Field(
        default=None, foreign_key="participant.id", ondelete="SET NULL", index=True
    )
    hidden: bool = False


class Note(NoteFields, Stamped, table=True):
    __tablename__ = "note"


class NoteView(NoteFields, Stamped):
    model_config = FROZEN


class VoteFields(SQLModel):
    note_id: uuid.UUID = Field(foreign_key="note.id", ondelete="CASCADE", index=True)
    participant_id: uuid.UUID | None = Field(
        default=None, foreign_key="participant.id", ondelete="SET NULL", index=True
    )


class Vote(VoteFields, Stamped, table=True):
    __tablename__ = "vote"


class VoteView(VoteFields, Stamped):
    model_config = FROZEN


class ProConFields(SQLModel):
    """A pro or con of a quadrant (note_id empty) or of one note (quadrant empty)."""

    board_id: uuid.UUID = Field(foreign_key="board.id", ondelete="CASCADE", index=True)
    quadrant: str | None = None
    note_id: uuid.UUID | None = Field(default=None, foreign_key="note.id", ondelete="CASCADE", index=True)
    kind: str
    text: str
    position: int
    origin: str = Field(default="group", sa_column_kwargs={"server_default": "group"})
    """Who said it: ``group`` (the participants) or ``method`` (a prompt the preset brought, see issue 15's
    prompt cards); documents list a method prompt only once ``accepted`` into the group's list."""
    accepted: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})


class ProCon(ProConFields, Stamped, table=True):
    __tablename__ = "pro_con"


class ProConView(ProConFields, Stamped):
    model_config = FROZEN
    quadrant: Quadrant | None = None
    kind: ProConKind


# --- action plan ---------------------------------------------------------------------------------------------


class ActionFields(SQLModel):
    programme_id: uuid.UUID = Field(foreign_key="programme.id", ondelete="CASCADE")
    what: str
    why: str = ""
    owner: str = ""
    owner_id: uuid.UUID | None = Field(default=None, foreign_key="participant.id", ondelete="SET NULL", index=True)
    partners: str = ""
    due_date: date | None = None
    status: str = "open"
    priority: int = 2
    phase: int | None = None
    workshop_id: uuid.UUID | None = Field(default=None, foreign_key="workshop.id", ondelete="SET NULL", index=True)
    board_id: uuid.UUID | None = Field(default=None, foreign_key="board.id", ondelete="SET NULL")
    note_id: uuid.UUID | None = Field(default=None, foreign_key="note.id", ondelete="SET NULL", index=True)
    plan_year: int | None = None
    plan_quarter: int | None = None
    done_date: date | None = None


class Action(ActionFields, Stamped, table=True):
    __tablename__ = "action"
    __table_args__ = (Index("ix_action_programme_status_due", "programme_id", "status", "due_date"),)


class ActionView(ActionFields, Stamped):
    model_config = FROZEN
    status: ActionStatus = ActionStatus.OPEN

    def is_overdue(self, today: date) -> bool:
        still_open = self.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
        return still_open and self.due_date is not None and self.due_date < today


# --- exports written -------------------------------------------------------------------------------------------


class ExportRecord(Keyed, table=True):
    """One export the app wrote from this programme (where, what kind, when; never its content), so that
    erasing a person can list the files outside the programme that may still name them."""

    __tablename__ = "export_log"
    path: str
    kind: str
    written_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


# --- merge stamps (revision 0005; written by workshop_app.merge) -------------------------------------------------


class MergeCopy(SQLModel, table=True):
    """This copy of the programme: its identity, the copy it was made from, and its change clock."""

    __tablename__ = "merge_copy"
    copy_id: uuid.UUID = Field(primary_key=True)
    origin_id: uuid.UUID | None = None
    copied_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    clock: int = Field(default=0, sa_column_kwargs={"server_default": "0"})


class MergeKnowledge(SQLModel, table=True):
    """The highest clock value of each copy whose changes this file holds (a version vector)."""

    __tablename__ = "merge_knowledge"
    copy_id: uuid.UUID = Field(primary_key=True)
    counter: int


class ChangeStamp(SQLModel, table=True):
    """When and on which copy a field of a record last changed (``field`` '' : the whole record; format 8)."""

    __tablename__ = "change_stamp"
    __table_args__ = {"sqlite_with_rowid": False}
    kind: str = Field(primary_key=True)
    record_id: uuid.UUID = Field(primary_key=True)
    field: str = Field(default="", primary_key=True, sa_column_kwargs={"server_default": ""})
    copy_id: uuid.UUID
    counter: int
    changed_at: datetime = Field(sa_type=UTCDateTime)


class Tombstone(SQLModel, table=True):
    """A deleted record: when and on which copy it was deleted, so a merge does not bring it back."""

    __tablename__ = "tombstone"
    kind: str = Field(primary_key=True)
    record_id: uuid.UUID = Field(primary_key=True)
    copy_id: uuid.UUID
    counter: int
    changed_at: datetime = Field(sa_type=UTCDateTime)


class MergeConflict(Keyed, table=True):
    """A value a merge did not keep (the record changed on both copies), kept for the facilitator to choose."""

    __tablename__ = "merge_conflict"
    __table_args__ = (Index("ix_merge_conflict_record", "kind", "record_id"),)
    kind: str
    record_id: uuid.UUID
    field: str | None = None
    kept_value: str | None = None
    other_value: str | None = None
    other_copy_id: uuid.UUID | None = None
    merged_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


# --- the approved record of a workshop's minutes -------------------------------------------------------------


class MinutesRecordFields(SQLModel):
    """Who approves a workshop's minutes and, once approved, what they say as of the meeting.

    ``record`` holds the facts that later edits must not change (attendance with the organisations and roles
    of that day, decisions, the actions decided with their status then) as JSON, written when the minutes
    are approved (see :mod:`workshop_app.operations.records_of_minutes`); empty while the minutes are a draft.
    """

    workshop_id: uuid.UUID = Field(foreign_key="workshop.id", ondelete="CASCADE", unique=True)
    chair: str = ""
    minute_taker: str = ""
    checkers: str = ""
    distribution: str = ""
    next_meeting: str = ""
    approved_on: date | None = None
    approved: bool = False
    approved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    reopened_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    record: str = ""


class MinutesRecord(MinutesRecordFields, Stamped, table=True):
    __tablename__ = "minutes_record"


class MinutesRecordView(MinutesRecordFields, Stamped):
    model_config = FROZEN


# The method tools' tables (file format 7) belong to the same metadata: registered whenever the models are loaded.
from workshop_app.domain import method_tools as method_tools  # noqa: E402
