"""Tables of the method's tools (file format 7): the impact canvas with its cards and links, lifecycle
diagnoses, and the hybrid model a decision records.

* ``impact_canvas``: a workshop's canvas of the impact framework, four columns for backwards design.
* ``canvas_card``: a card in one column (``impacts``, ``results``, ``means``, ``resources``), in the column's
  order; ``origin`` is ``group`` for what the room wrote and ``method`` for a starting pick from the method;
  ``participant_id`` says who wrote it (a phone, later), cleared when the person is erased.
* ``canvas_link``: this card serves that one (a result serves an impact, an activity produces a result).
* ``lifecycle_mark``: "where are we now" on a lifecycle curve of the method, dated, by the group (no
  participant) or by one participant, so the programme's path over time shows as ratings do.
* ``hybrid_choice``: which of the hybrid models A–D a decision combines, and why.
"""

import uuid
from datetime import date

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from workshop_app.domain.models import FROZEN, Stamped


class ImpactCanvasFields(SQLModel):
    workshop_id: uuid.UUID = Field(foreign_key="workshop.id", ondelete="CASCADE", index=True)
    title: str


class ImpactCanvas(ImpactCanvasFields, Stamped, table=True):
    __tablename__ = "impact_canvas"


class ImpactCanvasView(ImpactCanvasFields, Stamped):
    model_config = FROZEN


class CanvasCardFields(SQLModel):
    canvas_id: uuid.UUID = Field(foreign_key="impact_canvas.id", ondelete="CASCADE", index=True)
    column: str
    position: int
    text: str
    origin: str = "group"
    participant_id: uuid.UUID | None = Field(default=None, foreign_key="participant.id", ondelete="SET NULL")


class CanvasCard(CanvasCardFields, Stamped, table=True):
    __tablename__ = "canvas_card"


class CanvasCardView(CanvasCardFields, Stamped):
    model_config = FROZEN


class CanvasLinkFields(SQLModel):
    canvas_id: uuid.UUID = Field(foreign_key="impact_canvas.id", ondelete="CASCADE", index=True)
    from_card_id: uuid.UUID = Field(foreign_key="canvas_card.id", ondelete="CASCADE", index=True)
    to_card_id: uuid.UUID = Field(foreign_key="canvas_card.id", ondelete="CASCADE", index=True)


class CanvasLink(CanvasLinkFields, Stamped, table=True):
    __tablename__ = "canvas_link"
    __table_args__ = (UniqueConstraint("from_card_id", "to_card_id"),)


class CanvasLinkView(CanvasLinkFields, Stamped):
    model_config = FROZEN


class LifecycleMarkFields(SQLModel):
    workshop_id: uuid.UUID = Field(foreign_key="workshop.id", ondelete="CASCADE", index=True)
    lifecycle_key: str
    stage_key: str
    marked_on: date
    participant_id: uuid.UUID | None = Field(default=None, foreign_key="participant.id", ondelete="SET NULL")
    comment: str = ""


class LifecycleMark(LifecycleMarkFields, Stamped, table=True):
    __tablename__ = "lifecycle_mark"


class LifecycleMarkView(LifecycleMarkFields, Stamped):
    model_config = FROZEN


class HybridChoiceFields(SQLModel):
    decision_id: uuid.UUID = Field(foreign_key="decision.id", ondelete="CASCADE", unique=True)
    models: str  # the letters combined, in order: "A,C"
    reason: str = ""


class HybridChoice(HybridChoiceFields, Stamped, table=True):
    __tablename__ = "hybrid_choice"


class HybridChoiceView(HybridChoiceFields, Stamped):
    model_config = FROZEN
