"""Closed sets of values stored as text in the programme file."""

from enum import StrEnum


class Language(StrEnum):
    EN = "en"
    FI = "fi"
    NB = "nb"


class PhaseStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    APOLOGIES = "apologies"
    ABSENT = "absent"


class Quadrant(StrEnum):
    """Quadrants of a board; x grows to the right, y grows upwards."""

    TOP_LEFT = "top_left"
    TOP_RIGHT = "top_right"
    BOTTOM_LEFT = "bottom_left"
    BOTTOM_RIGHT = "bottom_right"

    @classmethod
    def at(cls, x: float, y: float) -> "Quadrant":
        """The quadrant a point lies in; points on an axis count to the right or the top."""
        if y >= 0:
            return cls.TOP_RIGHT if x >= 0 else cls.TOP_LEFT
        return cls.BOTTOM_RIGHT if x >= 0 else cls.BOTTOM_LEFT


class ProConKind(StrEnum):
    PRO = "pro"
    CON = "con"


PHASE_NUMBERS = (1, 2, 3, 4, 5)
