"""``workshop-app copy SRC DST``: a copy of a programme for a colleague's laptop that knows its origin.

The copy gets an identity of its own and remembers the copy it was made from and everything that copy knew,
so merging the two later is three-way (each side's changes since the copy are told apart from what both
had). A copy made with the file manager keeps the original's identity: merging it then compares everything
and says there is no common ancestor.
"""

import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path

from workshop_app.domain.types import sqlite_text
from workshop_app.errors import QT_TRANSLATE_NOOP, FileOpenError
from workshop_app.merge.stamps import OWN_CLOCK_SQL, own_clock
from workshop_app.storage.building import part_path, publish, refuse_existing, remove_part
from workshop_app.storage.store import ProgrammeStore


def copy_programme(source: Path, target: Path) -> uuid.UUID:
    """Write a copy of ``source`` (migrated first if older; refused if newer) to ``target``, which must not
    exist; returns the copy's new identity. The copy is built beside ``target`` and appears only when whole."""
    source, target = Path(source).expanduser(), Path(target).expanduser()
    refuse_existing(target)
    building = part_path(target)
    with ProgrammeStore.open_for_reading(source) as store, store.snapshot() as session:
        try:
            reader = session.connection().connection.driver_connection
            assert isinstance(reader, sqlite3.Connection)
            copy = sqlite3.connect(building)
            try:
                reader.backup(copy)
                copy_id = make_copy_identity(copy)
            finally:
                copy.close()
            publish(building, target)
        except OSError as error:
            raise FileOpenError(
                QT_TRANSLATE_NOOP("WorkshopErrors", "The copy {path} could not be written: {reason}."),
                kind="unwritable",
                path=str(target),
                reason=error.strerror or str(error),
            ) from error
        finally:
            remove_part(building)
    return copy_id


def make_copy_identity(conn: sqlite3.Connection) -> uuid.UUID:
    """Turn the file on ``conn`` (a fresh copy of another) into a copy of its own: a new identity, the
    original as its origin, and the original's knowledge including the original's own clock."""
    copy_id = uuid.uuid4()
    with conn:
        origin, clock = own_clock(conn.execute(OWN_CLOCK_SQL).fetchall())
        conn.execute(
            "INSERT INTO merge_knowledge (copy_id, counter) VALUES (?, ?) "
            "ON CONFLICT(copy_id) DO UPDATE SET counter = max(counter, excluded.counter)",
            (origin, clock),
        )
        conn.execute(
            "UPDATE merge_copy SET copy_id = ?, origin_id = ?, copied_at = ?, clock = 0",
            (copy_id.hex, origin, sqlite_text(datetime.now(UTC))),
        )
    return copy_id
