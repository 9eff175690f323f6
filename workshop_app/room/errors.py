"""Errors the room answers a phone with: an HTTP status and a sentence in the phone's language.

Sentences are stored untranslated (marked for lupdate with QT_TRANSLATE_NOOP in the ``RoomErrors`` context)
and translated per request into the language of the device that asked, not the laptop's interface.
"""

from typing import Any

from workshop_app.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError, WorkshopError

CONTEXT = "RoomErrors"


class RoomError(WorkshopError):
    """A refusal of the room itself (not of the core's rules): who may do what, how often, how much."""

    context = CONTEXT

    def __init__(self, status: int, source: str, **params: Any) -> None:
        super().__init__(source, **params)
        self.status = status


def not_found() -> RoomError:
    """The same answer for a wrong token, an unknown path and a note this phone may not see."""
    return RoomError(404, QT_TRANSLATE_NOOP("RoomErrors", "There is nothing here."))


def bad_json() -> RoomError:
    return RoomError(400, QT_TRANSLATE_NOOP("RoomErrors", "The request is not valid JSON."))


def bad_field(name: str) -> RoomError:
    return RoomError(
        400, QT_TRANSLATE_NOOP("RoomErrors", "The request has a field this room does not know: {name}."), name=name
    )


def too_large(limit_kb: int) -> RoomError:
    return RoomError(
        413, QT_TRANSLATE_NOOP("RoomErrors", "The request is too large: at most {limit} kB."), limit=limit_kb
    )


def locked() -> RoomError:
    return RoomError(409, QT_TRANSLATE_NOOP("RoomErrors", "The facilitator has paused input for a moment."))


def not_yours() -> RoomError:
    return RoomError(403, QT_TRANSLATE_NOOP("RoomErrors", "You can change only the notes you wrote on this phone."))


def removed() -> RoomError:
    return RoomError(403, QT_TRANSLATE_NOOP("RoomErrors", "The facilitator has removed this phone from the room."))


def room_full(limit: int) -> RoomError:
    return RoomError(403, QT_TRANSLATE_NOOP("RoomErrors", "The room is full: {limit} phones have joined."), limit=limit)


def too_many_notes(limit: int) -> RoomError:
    return RoomError(
        429,
        QT_TRANSLATE_NOOP("RoomErrors", "Too many notes at once: at most {limit} a minute. Wait a moment."),
        limit=limit,
    )


def name_not_offered() -> RoomError:
    return RoomError(
        403, QT_TRANSLATE_NOOP("RoomErrors", "This name cannot be chosen here. Choose another or stay anonymous.")
    )


def name_erased() -> RoomError:
    return RoomError(
        403,
        QT_TRANSLATE_NOOP(
            CONTEXT, "This person has been removed from the programme. Choose another name or stay anonymous."
        ),
    )


def dots_used(dots: int) -> RoomError:
    return RoomError(409, QT_TRANSLATE_NOOP("RoomErrors", "You have used all {dots} dots on this board."), dots=dots)


def no_vote() -> RoomError:
    return RoomError(409, QT_TRANSLATE_NOOP("RoomErrors", "You have no dot on this note to take back."))


CONFLICT_FIELDS = frozenset({"board", "participant_id"})
"""Core validation fields whose refusal is about the state of the board (a frozen round, dots used up),
not about what was typed: answered with 409 rather than 400."""


def status_of(error: WorkshopError) -> int:
    """The HTTP status that tells a client what kind of refusal ``error`` is."""
    if isinstance(error, RoomError):
        return error.status
    if isinstance(error, NotFoundError):
        return 404
    if isinstance(error, ValidationError) and error.field in CONFLICT_FIELDS:
        return 409
    if isinstance(error, ValidationError):
        return 400
    return 409
