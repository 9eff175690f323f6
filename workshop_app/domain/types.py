"""Column types shared by the tables."""

import random
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime

from sqlalchemy import DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


def utcnow() -> datetime:
    return datetime.now(UTC)


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
