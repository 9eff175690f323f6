"""Merge stamps: what a merge of two copies of one programme needs to know about each file.

* ``merge_copy`` (one row): this copy's identity, the copy it was copied from (if made by ``workshop-app copy``)
  and its clock, a counter that every committed change advances.
* ``merge_knowledge``: for every copy whose changes this file holds, the highest clock value it holds (a
  version vector). A change stamped (copy, counter) is known to a file when its knowledge of that copy is at
  least that counter; that is what makes a merge three-way without keeping the ancestor's content.
* ``change_stamp``: per record, when and on which copy (at which clock value) it last changed.
* ``tombstone``: per deleted record, when and on which copy it was deleted, so that a merge does not bring it
  back from a copy that still has it.
* ``merge_conflict``: the value a merge did not keep for a record changed on both sides, listed for the
  facilitator to choose.

Records written before this revision have no stamp: they count as known to every copy that has them.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from workshop_app.storage.migrations.dialect import random_uuid_sql, set_file_format

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "merge_copy",
        sa.Column("copy_id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=True),
        sa.Column("copied_at", sa.DateTime(), nullable=True),
        sa.Column("clock", sa.Integer(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("copy_id"),
    )
    op.create_table(
        "merge_knowledge",
        sa.Column("copy_id", sa.Uuid(), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("copy_id"),
    )
    for table in ("change_stamp", "tombstone"):
        op.create_table(
            table,
            sa.Column("kind", sa.String(), nullable=False),
            sa.Column("record_id", sa.Uuid(), nullable=False),
            sa.Column("copy_id", sa.Uuid(), nullable=False),
            sa.Column("counter", sa.Integer(), nullable=False),
            sa.Column("changed_at", sa.DateTime(), nullable=False),
            sa.PrimaryKeyConstraint("kind", "record_id"),
        )
    op.create_table(
        "merge_conflict",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(), nullable=True),
        sa.Column("kept_value", sa.String(), nullable=True),
        sa.Column("other_value", sa.String(), nullable=True),
        sa.Column("other_copy_id", sa.Uuid(), nullable=True),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_merge_conflict_record", "merge_conflict", ["kind", "record_id"])
    # A fresh identity for every migrated file (hex without dashes, as sa.Uuid stores it in SQLite).
    op.execute(f"INSERT INTO merge_copy (copy_id, clock) VALUES ({random_uuid_sql()}, 0)")
    set_file_format(5)


def downgrade() -> None:
    op.drop_index("ix_merge_conflict_record", table_name="merge_conflict")
    for table in ("merge_conflict", "tombstone", "change_stamp", "merge_knowledge", "merge_copy"):
        op.drop_table(table)
    set_file_format(4)
