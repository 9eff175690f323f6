"""Board rounds and dot voting: a board can be frozen as a round and continued in the next one, and it
says how many dots each participant has.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from workshop_app.storage.migrations.dialect import set_file_format

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("board", schema=None) as batch_op:
        batch_op.add_column(sa.Column("previous_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("frozen_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("dots_per_participant", sa.Integer(), nullable=False, server_default="3"))
        batch_op.create_index(batch_op.f("ix_board_previous_id"), ["previous_id"], unique=False)
        batch_op.create_foreign_key("fk_board_previous_id_board", "board", ["previous_id"], ["id"], ondelete="SET NULL")
    set_file_format(3)


def downgrade() -> None:
    with op.batch_alter_table("board", schema=None) as batch_op:
        batch_op.drop_constraint("fk_board_previous_id_board", type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_board_previous_id"))
        batch_op.drop_column("dots_per_participant")
        batch_op.drop_column("frozen_at")
        batch_op.drop_column("previous_id")
    set_file_format(2)
