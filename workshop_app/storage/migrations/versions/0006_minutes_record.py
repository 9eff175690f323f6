"""Minutes as a record, and method prompts marked as prompts.

* ``minutes_record`` (one per workshop at most): who chairs, takes and checks the minutes, the approval date,
  the next meeting and the distribution list; once approved, what the minutes say as of the meeting (JSON),
  which later edits to people or actions do not change.
* ``pro_con.origin``: ``group`` for what the participants said, ``method`` for a prompt a preset brought;
  ``pro_con.accepted``: a method prompt the group took into its own list. Existing prompts are recognised as
  the rows of a preset board's quadrants written in the same second as the board (the preset wrote them).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from workshop_app.storage.migrations.dialect import seconds_between_sql, set_file_format

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "minutes_record",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("workshop_id", sa.Uuid(), nullable=False),
        sa.Column("chair", sa.String(), nullable=False),
        sa.Column("minute_taker", sa.String(), nullable=False),
        sa.Column("checkers", sa.String(), nullable=False),
        sa.Column("distribution", sa.String(), nullable=False),
        sa.Column("next_meeting", sa.String(), nullable=False),
        sa.Column("approved_on", sa.Date(), nullable=True),
        sa.Column("approved", sa.Boolean(), nullable=False),
        sa.Column("approved_at", sa.DateTime(), nullable=True),
        sa.Column("reopened_at", sa.DateTime(), nullable=True),
        sa.Column("record", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["workshop_id"], ["workshop.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("workshop_id"),
    )
    with op.batch_alter_table("pro_con") as batch_op:
        batch_op.add_column(sa.Column("origin", sa.String(), nullable=False, server_default="group"))
        batch_op.add_column(sa.Column("accepted", sa.Boolean(), nullable=False, server_default="0"))
    apart = seconds_between_sql("created_at", "(SELECT board.created_at FROM board WHERE board.id = pro_con.board_id)")
    op.execute(
        f"""
        UPDATE pro_con SET origin = 'method'
        WHERE note_id IS NULL
          AND board_id IN (SELECT id FROM board WHERE coalesce(preset_key, '') != '')
          AND {apart} < 1
        """
    )
    set_file_format(6)


def downgrade() -> None:
    with op.batch_alter_table("pro_con") as batch_op:
        batch_op.drop_column("accepted")
        batch_op.drop_column("origin")
    op.drop_table("minutes_record")
    set_file_format(5)
