"""Whether the app can read every record of a programme file: each stored value has the type its column needs.

SQLite stores whatever it is given, so a file edited by another tool can hold a bad UUID, a date that is not
ISO, text in a number column or NULL where the app requires a value; SQLite's own integrity check calls such a
file sound, and the app would fail on the first screen that reads the record. These checks are SQL generated
from the tables' definitions and run inside SQLite, so they are fast and hold no Python lock while scanning
(the store runs them beside its quick check at every opening, ``workshop-app check`` runs them too: the two
agree by construction).
"""

import sqlite3
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import SQLModel

from workshop_app.domain import models  # noqa: F401  (registers the tables on the metadata)
from workshop_app.operations.changes import Kind
from workshop_app.services.validation import TEXT_MAX

_HEX = "lower({c}) GLOB '*[^0-9a-f]*'"


@dataclass(frozen=True)
class Unreadable:
    """``count`` values of ``table.column`` that are not ``expected`` (a technical type name)."""

    table: str
    column: str
    expected: str
    count: int


def _conditions(column: sa.Column[object], *, user_text: bool) -> list[tuple[str, str]]:
    """(expected, SQL condition true for a bad value) for one column; ``user_text``: a column people type
    into, held to the longest text the app accepts (a 5 MB note would make every export crawl)."""
    c = f'"{column.name}"'
    found: list[tuple[str, str]] = []
    if not column.nullable:
        found.append(("not null", f"{c} IS NULL"))
    kind = column.type
    if isinstance(kind, sa.TypeDecorator):  # UTCDateTime, SQLModel's AutoString: judged by what they store
        kind = kind.impl_instance
    if isinstance(kind, sa.Uuid):
        bad = f"typeof({c}) != 'text' OR length({c}) != 32 OR " + _HEX.format(c=c)
        found.append(("uuid", f"{c} IS NOT NULL AND ({bad})"))
    elif isinstance(kind, sa.DateTime):
        # julianday() counts days, so an impossible day (31 February) comes back as another date.
        bad = f"typeof({c}) != 'text' OR julianday({c}) IS NULL OR date(julianday({c})) IS NOT substr({c}, 1, 10)"
        found.append(("datetime", f"{c} IS NOT NULL AND ({bad})"))
    elif isinstance(kind, sa.Date):
        found.append(("date", f"{c} IS NOT NULL AND (typeof({c}) != 'text' OR date(julianday({c})) IS NOT {c})"))
    elif isinstance(kind, sa.Time):
        found.append(("time", f"{c} IS NOT NULL AND (typeof({c}) != 'text' OR time({c}) IS NULL)"))
    elif isinstance(kind, sa.Boolean):
        found.append(("boolean", f"{c} IS NOT NULL AND {c} NOT IN (0, 1)"))
    elif isinstance(kind, sa.Integer):
        found.append(("integer", f"{c} IS NOT NULL AND typeof({c}) != 'integer'"))
    elif isinstance(kind, sa.Float):
        bad = f"typeof({c}) NOT IN ('real', 'integer') OR abs({c}) > 1.7976931348623157e308"
        found.append(("finite number", f"{c} IS NOT NULL AND ({bad})"))
    elif isinstance(kind, sa.String):
        found.append(("text", f"{c} IS NOT NULL AND typeof({c}) != 'text'"))
        if user_text:
            found.append((f"at most {TEXT_MAX} characters", f"length({c}) > {TEXT_MAX}"))
    return found


def unreadable_records(conn: sqlite3.Connection) -> list[Unreadable]:
    """Every column holding values the app cannot read, with how many; an empty list for a sound file.
    Tables or columns the file lacks are left to the schema checks."""
    present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    found: list[Unreadable] = []
    for table in SQLModel.metadata.sorted_tables:
        if table.name not in present:
            continue
        columns = {row[1] for row in conn.execute(f'PRAGMA table_info("{table.name}")')}
        for column in table.columns:
            if column.name not in columns:
                continue
            for expected, condition in _conditions(column, user_text=Kind.of_table(table.name) is not None):
                (count,) = conn.execute(f'SELECT count(*) FROM "{table.name}" WHERE {condition}').fetchone()
                if count:
                    found.append(Unreadable(table.name, column.name, expected, int(count)))
    return found


def schema_additions(conn: sqlite3.Connection) -> list[str]:
    """Triggers and views someone added (the app makes none): their names."""
    return [str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('trigger', 'view')")]
