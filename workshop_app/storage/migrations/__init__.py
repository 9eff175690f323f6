"""Alembic environment and revisions of the programme file schema."""
