"""What a revision does differently on SQLite (a programme file) and PostgreSQL (a programme on a server)."""

from alembic import op


def on_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def set_file_format(number: int) -> None:
    """SQLite files carry their format in the header (``PRAGMA user_version``), where the app reads it before
    opening; a server database is known by its ``alembic_version`` row alone."""
    if on_sqlite():
        op.execute(f"PRAGMA user_version = {int(number)}")


def random_uuid_sql() -> str:
    """A fresh random id as ``sa.Uuid`` stores it: 32 hex digits in SQLite, a native uuid on PostgreSQL."""
    return "lower(hex(randomblob(16)))" if on_sqlite() else "gen_random_uuid()"


def seconds_between_sql(first: str, second: str) -> str:
    """Seconds between two timestamp expressions (SQLite keeps them as text)."""
    if on_sqlite():
        return f"abs(julianday({first}) - julianday({second})) * 86400"
    return f"abs(extract(epoch from ({first}) - ({second})))"
