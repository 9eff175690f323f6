"""A read-only health check of a programme file (``workshop-app check``)."""

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from workshop_app.errors import FileOpenError
from workshop_app.storage.connection import sqlite_uri
from workshop_app.storage.fileformat import HEAD_FORMAT, REVISIONS, read_header


@dataclass
class HealthReport:
    sound: bool = True
    findings: list[str] = field(default_factory=list)

    def ok(self, text: str) -> None:
        self.findings.append(f"ok      {text}")

    def fail(self, text: str) -> None:
        self.sound = False
        self.findings.append(f"FAILED  {text}")


def check_file(path: Path) -> HealthReport:
    """Header, application id, schema revision, SQLite integrity and foreign keys; never writes."""
    report = HealthReport()
    try:
        header = read_header(path)
    except FileOpenError as error:
        report.fail(str(error))
        return report
    report.ok(QCoreApplication.translate("Health", "application id of Workshop App"))
    if header.user_version > HEAD_FORMAT:
        report.fail(
            QCoreApplication.translate("Health", "file format {found} is newer than this app reads ({head})").format(
                found=header.user_version, head=HEAD_FORMAT
            )
        )
        return report
    wal = path.with_name(path.name + "-wal")
    immutable = not (wal.exists() and wal.stat().st_size > 0)
    uri = sqlite_uri(path, read_only=True, immutable=immutable)
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            conn.execute("PRAGMA trusted_schema = OFF")
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
            if problems == ["ok"]:
                report.ok(QCoreApplication.translate("Health", "SQLite integrity check"))
            else:
                report.fail(
                    QCoreApplication.translate("Health", "SQLite integrity check: {problems}").format(
                        problems="; ".join(problems[:5])
                    )
                )
            dangling = conn.execute("PRAGMA foreign_key_check").fetchall()
            if dangling:
                report.fail(
                    QCoreApplication.translate("Health", "{count} references point to missing records").format(
                        count=len(dangling)
                    )
                )
            else:
                report.ok(QCoreApplication.translate("Health", "references between records"))
            revision = [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]
            if len(revision) == 1 and REVISIONS.get(revision[0]) == header.user_version:
                report.ok(
                    QCoreApplication.translate("Health", "file format {found} (newest: {head})").format(
                        found=header.user_version, head=HEAD_FORMAT
                    )
                )
            else:
                report.fail(QCoreApplication.translate("Health", "schema revision does not match the file format"))
            programmes = conn.execute("SELECT count(*) FROM programme").fetchone()[0]
            if programmes == 1:
                report.ok(QCoreApplication.translate("Health", "one programme"))
            else:
                report.fail(
                    QCoreApplication.translate("Health", "{count} programmes instead of one").format(count=programmes)
                )
        finally:
            conn.close()
    except sqlite3.Error as error:
        report.fail(QCoreApplication.translate("Health", "SQLite cannot read the file: {reason}").format(reason=error))
    return report
