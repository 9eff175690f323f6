"""The words of the exported documents in English, Finnish and Bokmål, and dates in each language's form.

A PDF in Finnish must be in Finnish whatever language the interface runs in, so these texts do not go
through Qt's translators: like the method catalogue they are a multilingual data file,
``resources/export/labels.json``, validated when loaded (every label in every language, none blank, the same
``{placeholders}`` in each). A test fails on a missing translation.
"""

import functools
import json
import re
import string
from datetime import date, time
from pathlib import Path
from typing import Any

from babel.dates import format_date, format_time
from babel.numbers import format_decimal
from pydantic import RootModel, field_validator

from workshop_app.catalogue.models import LocalText
from workshop_app.domain.enums import Language
from workshop_app.errors import QT_TRANSLATE_NOOP, ValidationError
from workshop_app.paths import resources_dir

LANGUAGES = tuple(language.value for language in Language)
BABEL_LOCALES = {"en": "en_GB", "fi": "fi_FI", "nb": "nb_NO"}
"""British English: the app's English is British (programme, organisation, colour), so are its dates."""

_KEY = re.compile(r"[a-z][a-z0-9_]*(\.[a-z0-9_]+)*")


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


class LabelCatalogue(RootModel[dict[str, LocalText]]):
    """Every label of the exports, keyed by a dotted name, in every language of the app."""

    @field_validator("root")
    @classmethod
    def _consistent(cls, value: dict[str, LocalText]) -> dict[str, LocalText]:
        for key, text in value.items():
            if not _KEY.fullmatch(key):
                raise ValueError(f"bad label key {key!r}")
            expected = _placeholders(text.root["en"])
            for language in LANGUAGES:
                if _placeholders(text.root[language]) != expected:
                    raise ValueError(f"label {key!r}: the placeholders of {language!r} differ from English")
        return value


def labels_path() -> Path:
    return resources_dir() / "export" / "labels.json"


@functools.cache
def label_catalogue() -> LabelCatalogue:
    """The labels shipped with the app, loaded and validated once (pydantic's ValidationError if incomplete)."""
    with labels_path().open(encoding="utf-8") as handle:
        return LabelCatalogue.model_validate(json.load(handle))


def document_language(language: str | None, programme_language: str) -> str:
    """The language a document is written in: the one asked for, else the programme's."""
    chosen = language or programme_language
    if chosen not in LANGUAGES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("WorkshopErrors", "{value} is not one of the allowed values: {allowed}."),
            field="language",
            value=chosen,
            allowed=", ".join(LANGUAGES),
        )
    return chosen


class Labels:
    """The labels and date formats of one language: ``labels("minutes.kicker")``, ``labels.day(date)``."""

    def __init__(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        self.language = language
        self.locale = BABEL_LOCALES[language]
        self._texts = label_catalogue().root

    def __call__(self, key: str, /, **params: Any) -> str:
        text = self._texts[key].get(self.language)
        return text.format(**params) if params else text

    def day(self, day: date | None, style: str = "medium") -> str:
        """``day`` as people of this language write it (``style``: short, medium, long); "" for none."""
        return "" if day is None else str(format_date(day, format=style, locale=self.locale))

    def month(self, day: date) -> str:
        """Month and year, short: "Nov 2026", "marras 2026", "nov. 2026"."""
        return str(format_date(day, format="MMM y", locale=self.locale))

    def month_name(self, day: date, *, with_year: bool = False) -> str:
        """The month's full name, standing alone: "March", "maaliskuu", "mars" (and the year)."""
        return str(format_date(day, format="LLLL y" if with_year else "LLLL", locale=self.locale))

    def clock(self, moment: time | None) -> str:
        return "" if moment is None else str(format_time(moment, format="short", locale=self.locale))

    def clock_span(self, start: time | None, end: time | None) -> str:
        if start and end:
            return f"{self.clock(start)}–{self.clock(end)}"
        return self.clock(start or end)

    def number(self, value: float, digits: int = 0) -> str:
        pattern = "#,##0" if digits == 0 else "#,##0." + "0" * digits
        return str(format_decimal(value, format=pattern, locale=self.locale))

    def duration(self, minutes: int) -> str:
        """``minutes`` as "45 min" or "3 h 10 min" in this language."""
        hours, rest = divmod(minutes, 60)
        if not hours:
            return self("unit.minutes", minutes=minutes)
        if not rest:
            return self("unit.hours", hours=hours)
        return self("unit.hours_minutes", hours=hours, minutes=rest)

    def choice(self, group: str, value: str | int) -> str:
        """The label of a stored value, e.g. ``choice("action_status", "open")``; the value itself if unknown."""
        key = f"{group}.{value}"
        return self(key) if key in self._texts else str(value)
