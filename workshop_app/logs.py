"""The app's log: a small rotating file in the user's log folder, for support, with no personal data in it.

Log ids and kinds (``"note %s moved", note.id``), never names, note texts or contacts. Programme files hold
personal data of participants; a log file is copied into e-mails and tickets, so it must not. The
:class:`PrivacyFilter` on the file handler is the safety net for what slips through anyway: it withholds
SQL parameters, e-mail addresses, phone numbers and long quoted texts, shortens the home folder to ``~`` and
cuts very long messages, in messages from any library as much as in our own, tracebacks included.
"""

import logging
import os
import platform
import re
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from workshop_app import APP_NAME, __version__
from workshop_app.paths import log_dir

LOG_LEVEL_ENV = "WORKSHOP_APP_LOG_LEVEL"
LOG_FILE_NAME = "workshop-app.log"
MAX_BYTES = 1_000_000  # per file; with the backups at most about 6 MB on disk
BACKUP_COUNT = 5
MAX_MESSAGE = 1_000  # characters of one message (without its traceback) that are kept
MAX_LINE = 400  # characters of one line of a traceback that are kept
MAX_QUOTED = 24  # a quoted text longer than this, or of several words (a name), is withheld from a message
FORMAT = "%(asctime)s %(levelname)-8s %(name)s [%(process)d:%(threadName)s] %(message)s"
# Loggers that may print data values when turned up; they stay at WARNING whatever level the app logs at.
QUIET_LOGGERS = ("sqlalchemy", "alembic", "PIL", "asyncio")

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# International (+358 40 123 4567) or national (040 123 4567, 09-123 4567) numbers; not dates, times or ids.
_PHONE = re.compile(r"(?<![\w.+-])(?:\+\d|0\d)(?:[ ()\-]{0,2}\d){6,}(?![\w-])")
_SQL_PARAMETERS = re.compile(r"\[parameters: [^\n]*")
_QUOTED = re.compile(r"""(?P<q>['"])(?P<text>(?:(?!(?P=q)).)+)(?P=q)""")

_handler: RotatingFileHandler | None = None


def _withhold_quoted(match: re.Match[str]) -> str:
    quote, text = match.group("q"), match.group("text")
    if len(text) <= MAX_QUOTED and not any(char.isspace() for char in text.strip()):
        return match.group(0)  # a key, a kind, a file suffix: useful and not personal
    return f"{quote}<{len(text)} characters withheld>{quote}"


def redact(text: str, *, quoted: bool = True) -> str:
    """``text`` with what may be personal data replaced by a marker; safe to log, copy or show."""
    text = _SQL_PARAMETERS.sub("[parameters withheld]", text)
    text = _EMAIL.sub("<e-mail withheld>", text)
    text = _PHONE.sub("<phone number withheld>", text)
    home = str(Path.home())
    if len(home) > 1:
        text = text.replace(home, "~")
    if quoted:
        text = _QUOTED.sub(_withhold_quoted, text)
    return text


def redact_traceback(text: str) -> str:
    """A formatted traceback made safe: the exception's own message lines (which may quote data) are redacted
    fully; the file/line/source lines of the frames are code, so only paths are shortened there."""
    lines = []
    for line in text.splitlines():
        code = line.startswith(" ")  # frames ("  File ...") and their source lines are indented
        safe = redact(line, quoted=not code)
        if len(safe) > MAX_LINE:
            safe = f"{safe[:MAX_LINE]}… ({len(safe) - MAX_LINE} characters withheld)"
        lines.append(safe)
    return "\n".join(lines)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text) - limit} characters withheld)"


class PrivacyFilter(logging.Filter):
    """Redacts every record on its way to the file (it never drops one: a log that hides failures is worse)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a broken format string: keep the template, not the arguments
            message = str(record.msg)
        record.msg = _cut(redact(message), MAX_MESSAGE)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact_traceback(record.exc_text)
        if record.stack_info:
            record.stack_info = redact_traceback(record.stack_info)
        return True


def resolve_level(level: int | str | None = None) -> int:
    """The level asked for: the argument, else ``WORKSHOP_APP_LOG_LEVEL`` (a name or a number), else INFO."""
    for candidate in (level, os.environ.get(LOG_LEVEL_ENV, "").strip() or None):
        if candidate is None:
            continue
        if isinstance(candidate, int):
            return candidate
        text = candidate.strip().upper()
        if text.isdigit():
            return int(text)
        named = logging.getLevelNamesMapping().get(text)
        if named is not None:
            return named
    return logging.INFO


def setup_logging(level: int | str | None = None, *, folder: Path | None = None) -> Path:
    """Send the app's log to ``folder`` (default :func:`workshop_app.paths.log_dir`); returns the log file.

    Safe to call again (the handler is replaced, not added twice), e.g. with another level.
    """
    global _handler
    folder = folder or log_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / LOG_FILE_NAME
    resolved = resolve_level(level)
    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=False)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(PrivacyFilter())
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = handler
    root.addHandler(handler)
    root.setLevel(resolved)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(max(logging.WARNING, resolved))
    logging.captureWarnings(True)
    from_env = os.environ.get(LOG_LEVEL_ENV)
    logging.getLogger(__name__).info(
        "%s %s started: Python %s on %s; log level %s%s",
        APP_NAME,
        __version__,
        platform.python_version(),
        platform.platform(terse=True),
        logging.getLevelName(resolved),
        f" (from {LOG_LEVEL_ENV})" if from_env and level is None else "",
    )
    if getattr(sys, "frozen", False):
        logging.getLogger(__name__).info("running from a bundle")
    return path


def current_log_file() -> Path | None:
    """The file the log is written to, or None before :func:`setup_logging` (or after :func:`shutdown_logging`)."""
    return Path(_handler.baseFilename) if _handler is not None else None


def shutdown_logging() -> None:
    """Remove and close the file handler (tests; the app lets ``logging.shutdown`` do it at exit)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
