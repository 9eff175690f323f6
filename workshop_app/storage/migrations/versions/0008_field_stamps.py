"""Merge stamps per field: ``change_stamp`` gains ``field`` in its key.

Until format 7 a record had one stamp, so when two copies changed one record the later record won whole and
the other copy's fields were only listed. Now an update stamps the columns it wrote (``field`` = the column's
name), and a record made, restored or changed without saying which columns has the whole-record stamp
(``field`` = ''). A merge then keeps both copies' changes to different fields of one record, and only the
same field changed on both sides is a conflict. Every stamp written before this revision becomes the
whole-record stamp it was.

On SQLite the table is rebuilt (SQLite cannot change a primary key in place) WITHOUT ROWID: the key is its
only b-tree, so a drag's two stamps (x and y, side by side) dirty one page, not a row page and an index page.
(The erasure's clean-up, which names rows by rowid, never looks at the stamps: they hold no person's text.)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from workshop_app.storage.migrations.dialect import on_sqlite, set_file_format

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = "kind, record_id, copy_id, counter, changed_at"


def _stamp_table(name: str, *, with_field: bool) -> None:
    key = ["kind", "record_id", "field"] if with_field else ["kind", "record_id"]
    op.create_table(
        name,
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        *([sa.Column("field", sa.String(), nullable=False, server_default="")] if with_field else []),
        sa.Column("copy_id", sa.Uuid(), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint(*key),
        sqlite_with_rowid=False,
    )


def upgrade() -> None:
    if on_sqlite():
        _stamp_table("change_stamp_fields", with_field=True)
        op.execute(f"INSERT INTO change_stamp_fields ({_COLUMNS}, field) SELECT {_COLUMNS}, '' FROM change_stamp")
        op.drop_table("change_stamp")
        op.rename_table("change_stamp_fields", "change_stamp")
    else:
        op.add_column("change_stamp", sa.Column("field", sa.String(), nullable=False, server_default=""))
        op.drop_constraint("change_stamp_pkey", "change_stamp", type_="primary")
        op.create_primary_key("change_stamp_pkey", "change_stamp", ["kind", "record_id", "field"])
    set_file_format(8)


def downgrade() -> None:
    # Per record again: the latest of a record's stamps stands for it.
    if on_sqlite():
        _stamp_table("change_stamp_records", with_field=False)
        op.execute(
            f"INSERT INTO change_stamp_records ({_COLUMNS}) SELECT {_COLUMNS} FROM change_stamp s"
            " WHERE NOT EXISTS (SELECT 1 FROM change_stamp t WHERE t.kind = s.kind AND t.record_id = s.record_id"
            " AND (t.changed_at, t.copy_id, t.counter, t.field) > (s.changed_at, s.copy_id, s.counter, s.field))"
        )
        op.drop_table("change_stamp")
        op.rename_table("change_stamp_records", "change_stamp")
    else:
        op.execute(
            "DELETE FROM change_stamp s USING change_stamp t WHERE t.kind = s.kind AND t.record_id = s.record_id"
            " AND (t.changed_at, t.copy_id, t.counter, t.field) > (s.changed_at, s.copy_id, s.counter, s.field)"
        )
        op.drop_constraint("change_stamp_pkey", "change_stamp", type_="primary")
        op.drop_column("change_stamp", "field")
        op.create_primary_key("change_stamp_pkey", "change_stamp", ["kind", "record_id"])
    set_file_format(7)
