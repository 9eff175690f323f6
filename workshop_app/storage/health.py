"""A read-only health check of a programme file (``workshop-app check``).

"Sound" means the app can open, show and export the file: beyond SQLite's integrity check, every record has
the types the app reads (ids, dates, numbers, required values), the schema is the app's own (no triggers or
views added), and the app's own opening succeeds. A pending write-ahead log is judged as opening judges it,
and everything after the header is checked on a private copy, so the file itself is never written.
"""

import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from workshop_app.errors import FileOpenError, WorkshopError
from workshop_app.storage.fileformat import HEAD_FORMAT, REVISIONS, read_header, wal_path, wal_pending
from workshop_app.storage.locking import held_elsewhere
from workshop_app.storage.records import schema_additions, unreadable_records
from workshop_app.storage.wal import judge_pending_log


@dataclass
class HealthReport:
    sound: bool = True
    findings: list[str] = field(default_factory=list)

    def ok(self, text: str) -> None:
        self.findings.append(f"ok      {text}")

    def note(self, text: str) -> None:
        """Worth knowing, but the app opens, shows and exports the file all the same."""
        self.findings.append(f"note    {text}")

    def fail(self, text: str) -> None:
        self.sound = False
        self.findings.append(f"FAILED  {text}")


def check_file(path: Path) -> HealthReport:
    """Header, application id, pending log, SQLite integrity, foreign keys, schema, every record's types,
    the stored catalogue and the app's own opening; never writes to ``path``."""
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
    try:
        if not held_elsewhere(path):  # a live writer's log is its work in progress, not a stranger's
            judge_pending_log(path)
    except FileOpenError as error:
        report.fail(str(error))
        return report
    try:
        with tempfile.TemporaryDirectory(prefix="workshop-check-") as folder:
            copy = Path(folder) / "check.workshop"
            shutil.copyfile(path, copy)
            if wal_pending(path):
                shutil.copyfile(wal_path(path), wal_path(copy))
            _check_content(copy, report)
            if report.sound:
                _check_opening(copy, Path(folder) / "backups", report)
    except OSError as error:
        report.fail(
            QCoreApplication.translate("Health", "the file could not be copied to be checked: {reason}").format(
                reason=error.strerror or error
            )
        )
    return report


def _check_content(copy: Path, report: HealthReport) -> None:
    try:
        conn = sqlite3.connect(copy)  # the private copy: SQLite replays a pending log into it, as at opening
        try:
            conn.execute("PRAGMA trusted_schema = OFF")
            _check_pages(conn, report)
        finally:
            conn.close()
    except sqlite3.Error as error:
        report.fail(QCoreApplication.translate("Health", "SQLite cannot read the file: {reason}").format(reason=error))


def _check_pages(conn: sqlite3.Connection, report: HealthReport) -> None:
    problems = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
    if problems == ["ok"]:
        report.ok(QCoreApplication.translate("Health", "SQLite integrity check"))
    else:
        report.fail(
            QCoreApplication.translate("Health", "SQLite integrity check: {problems}").format(
                problems="; ".join(problems[:5])
            )
        )
        return
    dangling = conn.execute("PRAGMA foreign_key_check").fetchall()
    if dangling:
        report.fail(
            QCoreApplication.translate("Health", "{count} references point to missing records").format(
                count=len(dangling)
            )
        )
    else:
        report.ok(QCoreApplication.translate("Health", "references between records"))
    added = schema_additions(conn)
    if added:
        report.fail(
            QCoreApplication.translate("Health", "triggers or views the app does not make: {names}").format(
                names=", ".join(added)
            )
        )
    (file_format,) = conn.execute("PRAGMA user_version").fetchone()
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    revision = (
        [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]
        if ("alembic_version" in tables)
        else []
    )
    if len(revision) == 1 and REVISIONS.get(revision[0]) == file_format:
        report.ok(
            QCoreApplication.translate("Health", "file format {found} (newest: {head})").format(
                found=file_format, head=HEAD_FORMAT
            )
        )
    else:
        report.fail(QCoreApplication.translate("Health", "schema revision does not match the file format"))
        return
    programmes = conn.execute("SELECT count(*) FROM programme").fetchone()[0]
    if programmes == 1:
        report.ok(QCoreApplication.translate("Health", "one programme"))
    else:
        report.fail(QCoreApplication.translate("Health", "{count} programmes instead of one").format(count=programmes))
    bad = unreadable_records(conn)
    for item in bad:
        report.fail(
            QCoreApplication.translate(
                "Health", "{count} values in {table}.{column} cannot be read by the app (expected: {expected})"
            ).format(count=item.count, table=item.table, column=item.column, expected=item.expected)
        )
    if not bad:
        report.ok(QCoreApplication.translate("Health", "every record readable by the app"))
    _check_catalogue(conn, report)


def _check_catalogue(conn: sqlite3.Connection, report: HealthReport) -> None:
    from workshop_app.catalogue.loader import catalogue_from_json

    rows = conn.execute(
        "SELECT s.version, s.content FROM catalogue_snapshot s JOIN programme p ON p.catalogue_version = s.version"
    ).fetchall()
    for version, content in rows:
        try:
            catalogue_from_json(str(content))
        except (ValueError, TypeError):
            report.note(
                QCoreApplication.translate(
                    "Health",
                    "the stored method catalogue {version} cannot be read; the app shows its own catalogue instead",
                ).format(version=version)
            )
            return
    report.ok(QCoreApplication.translate("Health", "stored method catalogue"))


def _check_opening(copy: Path, backups: Path, report: HealthReport) -> None:
    """The app's own opening of the copy (an older file is updated, as opening would), waiting for the
    checks it runs in the background."""
    from workshop_app.storage.store import ProgrammeStore

    try:
        store = ProgrammeStore.open(copy, backup_folder=backups)
    except WorkshopError as error:
        report.fail(str(error))
        return
    try:
        if store.verify(timeout=600):
            report.ok(QCoreApplication.translate("Health", "the app opens the file"))
        else:
            report.fail(QCoreApplication.translate("Health", "the app finds the file damaged when opening it"))
    finally:
        store.close()
