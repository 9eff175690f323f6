"""Checks every service runs on its input before it touches the file.

Messages do not name the field (the UI shows them beside it); inserting a translated field name into a
translated sentence would break Finnish grammar.
"""

import math
import re
from collections.abc import Iterable
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any, TypeVar

from workshop_app.errors import QT_TRANSLATE_NOOP, ValidationError

NAME_MAX = 200
NOTE_MAX = 1_000
TEXT_MAX = 20_000
YEAR_MIN, YEAR_MAX = 1900, 2200

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Bidirectional embeddings, overrides and isolates: "abc\u202efdp.exe" shows as "abcexe.pdf". Nobody types them.
BIDI_CONTROLS = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
# Characters that show nothing: a required field holding only these is empty to a reader.
INVISIBLE = re.compile(
    r"[\s\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2060-\u2064\u3164\ufeff\uffa0]"
)
_LINE_BREAK = re.compile(r"[\r\n\x85\u2028\u2029]")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")

E = TypeVar("E", bound=StrEnum)


def text(value: Any, *, field: str, limit: int = NAME_MAX, required: bool = False, multiline: bool = False) -> str:
    """Trimmed text that SQLite can store and a person can read; refuses the wrong type outright."""
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise ValidationError(QT_TRANSLATE_NOOP("WorkshopErrors", "This value must be text."), field=field)
    cleaned = value.strip()
    if required and not INVISIBLE.sub("", cleaned):
        raise ValidationError(QT_TRANSLATE_NOOP("WorkshopErrors", "This must not be empty."), field=field)
    if len(cleaned) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "WorkshopErrors", "This text is too long: {length} characters, at most {limit} are allowed."
            ),
            field=field,
            length=len(cleaned),
            limit=limit,
        )
    if _CONTROL.search(cleaned) or BIDI_CONTROLS.search(cleaned) or (not multiline and _LINE_BREAK.search(cleaned)):
        raise ValidationError(
            QT_TRANSLATE_NOOP("WorkshopErrors", "This text contains control characters or line breaks."),
            field=field,
        )
    try:
        cleaned.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("WorkshopErrors", "This text contains characters that cannot be stored."),
            field=field,
        ) from error
    return cleaned


def integer(value: Any, *, field: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "WorkshopErrors", "{value} is not allowed here; use a whole number from {low} to {high}."
            ),
            field=field,
            value=value,
            low=low,
            high=high,
        )
    return value


def optional_integer(value: Any, *, field: str, low: int, high: int) -> int | None:
    return None if value is None else integer(value, field=field, low=low, high=high)


def year(value: Any, *, field: str = "year") -> int:
    return integer(value, field=field, low=YEAR_MIN, high=YEAR_MAX)


def phase(value: Any, *, field: str = "phase") -> int:
    return integer(value, field=field, low=1, high=5)


def coordinate(value: Any, *, field: str) -> float:
    """A board coordinate, normalised to [-1, 1]."""
    # Compared before any float conversion: float(10**400) would raise OverflowError, not refuse.
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not (-1 <= value <= 1)
        or (isinstance(value, float) and not math.isfinite(value))
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("WorkshopErrors", "A position on the board must lie between -1 and 1."),
            field=field,
        )
    return float(value)


def optional_date(value: Any, *, field: str) -> date | None:
    if value is None:
        return None
    # datetime is a subclass of date: refuse it rather than silently drop (or choke on) its time of day.
    if isinstance(value, datetime) or not isinstance(value, date) or not YEAR_MIN <= value.year <= YEAR_MAX:
        raise ValidationError(QT_TRANSLATE_NOOP("WorkshopErrors", "This is not a valid date."), field=field)
    return value


def required_date(value: Any, *, field: str) -> date:
    checked = optional_date(value, field=field)
    if checked is None:
        raise ValidationError(QT_TRANSLATE_NOOP("WorkshopErrors", "A date is needed here."), field=field)
    return checked


def optional_time(value: Any, *, field: str) -> time | None:
    if value is None:
        return None
    if not isinstance(value, time):
        raise ValidationError(QT_TRANSLATE_NOOP("WorkshopErrors", "This is not a valid time of day."), field=field)
    return value.replace(tzinfo=None)


def time_span(start: time | None, end: time | None) -> None:
    if start is not None and end is not None and end <= start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("WorkshopErrors", "The end time must be later than the start time."),
            field="end_time",
        )


def choice(value: Any, options: type[E], *, field: str) -> E:
    try:
        return options(value)
    except ValueError as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("WorkshopErrors", "{value} is not one of the allowed values: {allowed}."),
            field=field,
            value=value,
            allowed=", ".join(member.value for member in options),
        ) from error


def key(value: Any, known: Iterable[str], *, field: str) -> str:
    """A key that must exist in the method catalogue (task, criterion, actor type, preset)."""
    if not isinstance(value, str) or value not in set(known):
        raise ValidationError(
            QT_TRANSLATE_NOOP("WorkshopErrors", "{value} is not known in this programme's method catalogue."),
            field=field,
            value=value,
        )
    return value


def colour(value: Any, *, field: str = "colour") -> str:
    if not isinstance(value, str) or not _COLOUR.fullmatch(value):
        raise ValidationError(
            QT_TRANSLATE_NOOP("WorkshopErrors", "A colour is written as # and six hexadecimal digits."),
            field=field,
        )
    return value.lower()
