"""Domain errors whose messages are translated through Qt's machinery at display time.

Messages are stored untranslated (marked with QT_TRANSLATE_NOOP so lupdate finds them) together with their
named parameters; ``str(error)`` translates first and then fills the parameters, so translators always see a
whole sentence and no translated fragments are ever concatenated.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication

CONTEXT = "WorkshopErrors"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``source`` for translation in ``context`` without translating it yet (typed, unlike Qt's)."""
    return source


class WorkshopError(Exception):
    """Base of every error the core reports to a person."""

    def __init__(self, source: str, **params: Any) -> None:
        super().__init__(source)
        self.source = source
        self.params = params

    def message(self) -> str:
        translated = QCoreApplication.translate(CONTEXT, self.source)
        try:
            return translated.format(**self.params)
        except (KeyError, IndexError, ValueError):
            # A broken translation must never hide the error itself.
            return self.source.format(**self.params)

    def __str__(self) -> str:
        return self.message()


class ValidationError(WorkshopError):
    """Input that a service refuses: empty, too long, out of range, unknown value."""

    def __init__(self, source: str, *, field: str = "", **params: Any) -> None:
        super().__init__(source, **params)
        self.field = field


class ConflictError(WorkshopError):
    """Someone else (a phone, another window, a colleague on the server) changed the record since this
    change was prepared; nothing was written, so their change is not overwritten silently."""


class NotFoundError(WorkshopError):
    """The record a change refers to is not (or no longer) in the file."""


class ReadOnlyError(WorkshopError):
    """A change was attempted on a programme file opened read-only."""


class FileOpenError(WorkshopError):
    """A programme file cannot be opened; the file is left exactly as it was."""

    def __init__(self, source: str, *, kind: str, **params: Any) -> None:
        super().__init__(source, **params)
        self.kind = kind
