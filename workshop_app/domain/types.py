"""Column types shared by the tables."""

import random
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


def utcnow() -> datetime:
    return datetime.now(UTC)


def sqlite_text(moment: datetime) -> str:
    """An aware moment as a time is stored in a programme file: naive UTC text with microseconds, the form of
    SQLAlchemy's SQLite DateTime ("2026-11-23 12:00:00.000000"), so text written either way reads the same.

    The last moment converted is remembered: a transaction's one moment (``ChangeTracker.now``) is written by
    its statements and by its merge stamps, and a dragged note's commit then converts it once."""
    last = _last_text[0]
    if last[0] is moment:  # the same object: a datetime never changes
        return last[1]
    if moment.tzinfo is UTC:  # nearly always (utcnow): no conversion, the "+00:00" of the ISO text cut off
        text = moment.isoformat(" ", "microseconds")[:26]
    else:
        text = moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
    _last_text[0] = (moment, text)
    return text


_last_text: list[tuple[datetime | None, str]] = [(None, "")]
"""The moment :func:`sqlite_text` converted last and its text, as one pair (replaced whole: a thread that reads
it while another converts sees one pair or the other, never half of each)."""


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC text in SQLite and always hands back timezone-aware UTC datetimes.

    SQLite has no time zone type; without this a local time could slip in and files merged from laptops in
    different zones would disagree about what happened first.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where UTC is required")
        return value.astimezone(UTC).replace(tzinfo=None)

    def bind_processor(self, dialect: Dialect) -> Callable[[Any], Any] | None:
        """On SQLite, straight to the stored text (:func:`sqlite_text`, what SQLAlchemy's DateTime would store
        after :meth:`process_bind_param`) in one step: this runs for every time written, a dragged note's too,
        and the two-step way costs three times as much."""
        if dialect.name != "sqlite":
            return super().bind_processor(dialect)

        def process(value: datetime | None) -> str | None:
            if value is None:
                return None
            if value.tzinfo is None:
                raise ValueError("naive datetime given where UTC is required")
            return sqlite_text(value)

        return process

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


_id_source: ContextVar[random.Random | None] = ContextVar("workshop_id_source", default=None)


def new_id() -> uuid.UUID:
    """A random UUID; inside :func:`deterministic_ids` a reproducible one (for the demo programme)."""
    source = _id_source.get()
    if source is None:
        return uuid.uuid4()
    return uuid.UUID(int=source.getrandbits(128), version=4)


@contextmanager
def deterministic_ids(seed: str) -> Iterator[None]:
    token = _id_source.set(random.Random(seed))
    try:
        yield
    finally:
        _id_source.reset(token)
