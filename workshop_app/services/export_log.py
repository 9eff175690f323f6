"""The programme's record of the exports written from it: path, kind and date, never the content.

Exports leave the programme file (a PDF mailed around, a CSV in a spreadsheet), so erasing a person cannot reach
them; the log lets the erasure list every exported file that may still name them, for the facilitator to delete.
"""

import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import text as sql
from sqlmodel import col, select

from workshop_app.domain.models import ExportRecord
from workshop_app.domain.types import utcnow
from workshop_app.storage.store import ProgrammeStore


@dataclass(frozen=True)
class ExportEntry:
    path: Path
    kind: str
    written_at: datetime


def record_export(store: ProgrammeStore, path: Path, kind: str) -> bool:
    """Note that ``path`` was written as ``kind``; False when the store cannot be written (opened read-only,
    or the write failed): an export is never lost for want of its log line."""
    if store.read_only:
        return False
    from workshop_app.errors import WorkshopError

    try:
        with store.writing() as conn:
            conn.execute(
                sql("INSERT INTO export_log (id, path, kind, written_at) VALUES (:id, :path, :kind, :at)"),
                {
                    "id": uuid.uuid4().hex,
                    "path": str(Path(path).expanduser().resolve()),
                    "kind": kind,
                    "at": utcnow().strftime("%Y-%m-%d %H:%M:%S.%f"),
                },
            )
    except WorkshopError:
        return False
    return True


def exports_written(store: ProgrammeStore) -> list[ExportEntry]:
    """Every export recorded, newest first."""
    with store.reading() as session:
        rows = session.exec(select(ExportRecord).order_by(col(ExportRecord.written_at).desc())).all()
        return [ExportEntry(Path(row.path), row.kind, row.written_at) for row in rows]
