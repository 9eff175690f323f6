"""Typed options kept between runs through QSettings; the only module that talks to QSettings.

Each option is declared once (in ``ui.settings``) with its key, type and default; ``get()`` converts what QSettings
hands back, which differs by platform and format: an INI file (Linux, and the tests) returns every scalar as a
string (``"true"``, ``"3"``), a one-item list as a plain string and an empty list as ``None``, while the macOS and
Windows stores keep some types. A value that cannot be read as the option's type (a hand-edited file, a value left
by another version) gives the default instead of an exception in the middle of building a window.
"""

from collections.abc import Sequence
from enum import Enum
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")
E = TypeVar("E", bound=Enum)

_TRUE = frozenset({"true", "1"})
_FALSE = frozenset({"false", "0"})


class Option(Generic[T]):
    """One remembered value under ``key``; subclasses say how to read it back from what QSettings returns."""

    def __init__(self, key: str, default: T) -> None:
        self.key = key
        self.default = default

    def get(self) -> T:
        """The stored value, or the default when nothing usable is stored."""
        raw = QSettings().value(self.key)
        value = None if raw is None else self.parse(raw)
        return self.default if value is None else value

    def set(self, value: T) -> None:
        QSettings().setValue(self.key, self.to_stored(value))

    def remove(self) -> None:
        """Forget the value: the next ``get()`` gives the default."""
        QSettings().remove(self.key)

    def parse(self, raw: object) -> T | None:
        """``raw`` as this option's type, or ``None`` if it cannot be read as one."""
        raise NotImplementedError

    def to_stored(self, value: T) -> object:
        """What to hand QSettings so that ``parse`` reads it back on every platform."""
        return value

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.key!r}, default={self.default!r})"


class BoolOption(Option[bool]):
    def parse(self, raw: object) -> bool | None:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        return True if text in _TRUE else False if text in _FALSE else None


class IntOption(Option[int]):
    """A whole number, optionally within ``minimum``..``maximum`` (a stored value outside gives the default)."""

    def __init__(self, key: str, default: int, *, minimum: int | None = None, maximum: int | None = None) -> None:
        super().__init__(key, default)
        self.minimum = minimum
        self.maximum = maximum

    def parse(self, raw: object) -> int | None:
        if isinstance(raw, bool) or not isinstance(raw, int | str):
            return None
        try:
            value = int(raw)
        except ValueError:
            return None
        if (self.minimum is not None and value < self.minimum) or (self.maximum is not None and value > self.maximum):
            return None
        return value


class StrOption(Option[str]):
    def parse(self, raw: object) -> str | None:
        return raw if isinstance(raw, str) else None


class ChoiceOption(Option[str]):
    """One of a fixed set of strings (a language code, a palette colour); the default need not be one of them."""

    def __init__(self, key: str, choices: Sequence[str], default: str) -> None:
        super().__init__(key, default)
        self.choices = tuple(choices)

    def parse(self, raw: object) -> str | None:
        return raw if isinstance(raw, str) and raw in self.choices else None


class EnumOption(Option[E]):
    """A member of the default's enum, stored as its value: QSettings cannot read a stored Qt enum back from an
    INI file (it comes back as ``None``), and its value is what earlier versions stored."""

    def parse(self, raw: object) -> E | None:
        kind = type(self.default)
        if isinstance(raw, kind):
            return raw
        if isinstance(raw, bool):
            return None
        return next((member for member in kind if str(member.value) == str(raw)), None)

    def to_stored(self, value: E) -> object:
        return value.value


class ListOption(Option[list[str]]):
    """A list of strings. An INI file gives a one-item list back as a plain string and an empty one as ``None``
    (read as the default), so an empty list is stored as an empty string; a list of one empty string reads back
    empty."""

    def __init__(self, key: str, default: Sequence[str] = ()) -> None:
        super().__init__(key, list(default))

    def get(self) -> list[str]:
        return list(super().get())  # a copy: callers may change it without changing the default

    def parse(self, raw: object) -> list[str] | None:
        if isinstance(raw, str):
            return [raw] if raw else []
        if isinstance(raw, list | tuple):
            return [str(item) for item in raw]
        return None

    def to_stored(self, value: list[str]) -> object:
        return [str(item) for item in value] if value else ""


class BytesOption(Option[QByteArray | None]):
    """Opaque Qt state (a window's geometry, a header's columns), ``None`` until first saved."""

    def __init__(self, key: str) -> None:
        super().__init__(key, None)

    def parse(self, raw: object) -> QByteArray | None:
        if isinstance(raw, QByteArray):
            return raw
        return QByteArray(raw) if isinstance(raw, bytes | bytearray) else None
