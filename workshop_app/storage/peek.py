"""A quick, read-only look into a programme file without the data stack, for the first window's title."""

import sqlite3
from pathlib import Path

from workshop_app.errors import FileOpenError
from workshop_app.storage.fileformat import read_header, sqlite_uri


def programme_name(path: Path) -> str | None:
    """The programme's name, or None when the file cannot tell (opening it properly will say why)."""
    try:
        read_header(path)
        conn = sqlite3.connect(sqlite_uri(path, read_only=True), uri=True)
        try:
            row = conn.execute("SELECT name FROM programme LIMIT 1").fetchone()
        finally:
            conn.close()
    except (FileOpenError, sqlite3.Error, OSError):
        return None
    return str(row[0]) if row else None
