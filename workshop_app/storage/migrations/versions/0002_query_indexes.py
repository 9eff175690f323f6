"""Indexes for the overview's queries, so opening a large programme costs what opening a small one does.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from collections.abc import Sequence

from alembic import op

from workshop_app.storage.migrations.dialect import set_file_format

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_action_programme_status_due", "action", ["programme_id", "status", "due_date"])
    op.create_index("ix_workshop_programme_date", "workshop", ["programme_id", "date"])
    op.create_index("ix_criterion_rating_key_date", "criterion_rating", ["programme_id", "criterion_key", "rated_on"])
    set_file_format(2)


def downgrade() -> None:
    op.drop_index("ix_criterion_rating_key_date", table_name="criterion_rating")
    op.drop_index("ix_workshop_programme_date", table_name="workshop")
    op.drop_index("ix_action_programme_status_due", table_name="action")
    set_file_format(1)
