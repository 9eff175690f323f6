"""The log file: where it goes, its level, its rotation, and that no personal data reaches it."""

import logging
import logging.handlers
from collections.abc import Iterator
from pathlib import Path

import pytest

from workshop_app import logs
from workshop_app.logs import (
    LOG_FILE_NAME,
    LOG_LEVEL_ENV,
    current_log_file,
    redact,
    resolve_level,
    setup_logging,
    shutdown_logging,
)

NAME = "Anna Virtanen"
EMAIL = "anna.virtanen@kunta.fi"
PHONE = "+358 40 123 4567"


@pytest.fixture(autouse=True)
def clean_logging() -> Iterator[None]:
    root = logging.getLogger()
    level = root.level
    yield
    shutdown_logging()
    root.setLevel(level)


def read_log(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_log_goes_to_the_app_log_folder(app_home: Path) -> None:
    path = setup_logging()
    assert path == app_home / "logs" / LOG_FILE_NAME
    assert current_log_file() == path
    logging.getLogger("workshop_app.test").info("note %s moved", "3f2a")
    text = read_log(path)
    assert "note 3f2a moved" in text
    assert "Workshop App" in text and "started" in text


def test_setting_up_twice_does_not_duplicate_lines(app_home: Path) -> None:
    setup_logging()
    path = setup_logging()
    logging.getLogger("workshop_app.test").warning("once")
    assert read_log(path).count("once") == 1
    assert sum(isinstance(h, logging.handlers.RotatingFileHandler) for h in logging.getLogger().handlers) == 1


def test_level_from_argument_env_or_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(LOG_LEVEL_ENV, raising=False)
    assert resolve_level() == logging.INFO
    monkeypatch.setenv(LOG_LEVEL_ENV, "debug")
    assert resolve_level() == logging.DEBUG
    monkeypatch.setenv(LOG_LEVEL_ENV, "30")
    assert resolve_level() == logging.WARNING
    assert resolve_level("ERROR") == logging.ERROR  # the argument wins over the environment
    monkeypatch.setenv(LOG_LEVEL_ENV, "chatty")
    assert resolve_level() == logging.INFO  # nonsense falls back to INFO


def test_env_level_applies_to_the_file(app_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(LOG_LEVEL_ENV, "WARNING")
    path = setup_logging()
    logging.getLogger("workshop_app.test").info("hidden detail")
    logging.getLogger("workshop_app.test").warning("shown problem")
    text = read_log(path)
    assert "hidden detail" not in text
    assert "shown problem" in text


def test_sql_loggers_stay_quiet_even_at_debug(app_home: Path) -> None:
    setup_logging("DEBUG")
    assert logging.getLogger("sqlalchemy.engine").getEffectiveLevel() >= logging.WARNING


def test_personal_data_never_reaches_the_file(app_home: Path) -> None:
    path = setup_logging("DEBUG")
    log = logging.getLogger("workshop_app.test")
    log.info("participant %s with %s, %s", f"'{NAME}'", EMAIL, PHONE)
    log.error("insert failed [parameters: ('%s', '%s')]", NAME, EMAIL)
    log.info("note text %s", "x" * 5000)
    try:
        raise KeyError(NAME)
    except KeyError:
        log.exception("lookup failed")
    text = read_log(path)
    assert NAME not in text
    assert EMAIL not in text
    assert PHONE not in text
    assert "x" * 2000 not in text
    assert "[parameters withheld]" in text
    assert "characters withheld" in text
    assert "KeyError" in text and "lookup failed" in text  # the kind of error stays, for support


def test_redact_keeps_what_support_needs() -> None:
    kept = "note 3f2a1234-5678-1234-1234-123456789abc moved on 2026-11-23 12:30:01 in 'overview' line 1234"
    assert redact(kept) == kept
    assert redact("call 040 123 4567") == "call <phone number withheld>"
    assert str(Path.home()) not in redact(f"{Path.home()}/programmes/kylä.workshop")


def test_log_rotates(app_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    path = setup_logging()
    for number in range(200):
        logging.getLogger("workshop_app.test").info("edit %d committed", number)
    read_log(path)
    rotated = sorted(path.parent.glob(f"{LOG_FILE_NAME}.*"))
    assert 1 <= len(rotated) <= logs.BACKUP_COUNT
    assert path.stat().st_size <= 2_000
