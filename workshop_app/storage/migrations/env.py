"""Alembic environment: always runs on a connection handed in by the app, never from a URL in a config."""

from alembic import context
from sqlmodel import SQLModel

from workshop_app.domain import models  # noqa: F401  (registers the tables on the metadata)

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run only through workshop_app.storage.migrate")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
