"""The method's tools: impact canvas (cards in four columns, links across them), lifecycle marks, and the
hybrid model a decision records. Pro/con prompts reuse 0006's ``origin``/``accepted``.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from workshop_app.storage.migrations.dialect import set_file_format

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _stamped() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "impact_canvas",
        *_stamped(),
        sa.Column("workshop_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["workshop_id"], ["workshop.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_impact_canvas_workshop_id"), "impact_canvas", ["workshop_id"])
    op.create_table(
        "canvas_card",
        *_stamped(),
        sa.Column("canvas_id", sa.Uuid(), nullable=False),
        sa.Column("column", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("origin", sa.String(), nullable=False),
        sa.Column("participant_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(["canvas_id"], ["impact_canvas.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["participant_id"], ["participant.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_canvas_card_canvas_id"), "canvas_card", ["canvas_id"])
    op.create_table(
        "canvas_link",
        *_stamped(),
        sa.Column("canvas_id", sa.Uuid(), nullable=False),
        sa.Column("from_card_id", sa.Uuid(), nullable=False),
        sa.Column("to_card_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["canvas_id"], ["impact_canvas.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["from_card_id"], ["canvas_card.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["to_card_id"], ["canvas_card.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("from_card_id", "to_card_id"),
    )
    op.create_index(op.f("ix_canvas_link_canvas_id"), "canvas_link", ["canvas_id"])
    op.create_index(op.f("ix_canvas_link_from_card_id"), "canvas_link", ["from_card_id"])
    op.create_index(op.f("ix_canvas_link_to_card_id"), "canvas_link", ["to_card_id"])
    op.create_table(
        "lifecycle_mark",
        *_stamped(),
        sa.Column("workshop_id", sa.Uuid(), nullable=False),
        sa.Column("lifecycle_key", sa.String(), nullable=False),
        sa.Column("stage_key", sa.String(), nullable=False),
        sa.Column("marked_on", sa.Date(), nullable=False),
        sa.Column("participant_id", sa.Uuid(), nullable=True),
        sa.Column("comment", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["workshop_id"], ["workshop.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["participant_id"], ["participant.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_lifecycle_mark_workshop_id"), "lifecycle_mark", ["workshop_id"])
    op.create_table(
        "hybrid_choice",
        *_stamped(),
        sa.Column("decision_id", sa.Uuid(), nullable=False),
        sa.Column("models", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["decision_id"], ["decision.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("decision_id"),
    )
    set_file_format(7)


def downgrade() -> None:
    op.drop_table("hybrid_choice")
    op.drop_index(op.f("ix_lifecycle_mark_workshop_id"), "lifecycle_mark")
    op.drop_table("lifecycle_mark")
    for column in ("to_card_id", "from_card_id", "canvas_id"):
        op.drop_index(op.f(f"ix_canvas_link_{column}"), "canvas_link")
    op.drop_table("canvas_link")
    op.drop_index(op.f("ix_canvas_card_canvas_id"), "canvas_card")
    op.drop_table("canvas_card")
    op.drop_index(op.f("ix_impact_canvas_workshop_id"), "impact_canvas")
    op.drop_table("impact_canvas")
    set_file_format(6)
