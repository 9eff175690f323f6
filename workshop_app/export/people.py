"""How the exports name people: full names, initials only, or their organisation only (privacy options).

Light (no ReportLab): the spreadsheets and JSON use it as the PDFs do.
"""

import uuid
from typing import Literal

from workshop_app.domain.models import ParticipantView
from workshop_app.errors import QT_TRANSLATE_NOOP, ValidationError
from workshop_app.export.labels import Labels

AttendanceMode = Literal["names", "initials", "organisations"]
ATTENDANCE_MODES: tuple[AttendanceMode, ...] = ("names", "initials", "organisations")


def attendance_mode(value: str) -> AttendanceMode:
    """``value`` checked to be one of :data:`ATTENDANCE_MODES`."""
    for mode in ATTENDANCE_MODES:
        if value == mode:
            return mode
    raise ValidationError(
        QT_TRANSLATE_NOOP("WorkshopErrors", "{value} is not one of the allowed values: {allowed}."),
        field="attendance",
        value=value,
        allowed=", ".join(ATTENDANCE_MODES),
    )


def initials(name: str) -> str:
    """ "Päivi Mäkelä-Laine" -> "P. M. L."; "–" for a name without letters."""
    parts = [part for part in name.replace("-", " ").split() if part[:1].isalpha()]
    return " ".join(f"{part[0].upper()}." for part in parts) if parts else "–"


class People:
    """How people are named in a document: full names, initials only, or their organisation only."""

    def __init__(self, people: dict[uuid.UUID, ParticipantView], mode: AttendanceMode, labels: Labels) -> None:
        self.people = people
        self.mode = mode
        self.labels = labels

    initials = staticmethod(initials)

    def name(self, person_id: uuid.UUID | None) -> str:
        """The person as this document may name them: "" when unknown."""
        person = self.people.get(person_id) if person_id is not None else None
        if person is None:
            return ""
        if person.erased:
            return self.labels("people.erased")
        if self.mode == "initials":
            return self.initials(person.display_name)
        if self.mode == "organisations":
            return person.organisation or self.labels("people.no_organisation")
        return person.display_name

    def free_text(self, text: str, person_id: uuid.UUID | None) -> str:
        """A name typed as text (an action's owner); linked to a person when ``person_id`` is given."""
        if person_id is not None and person_id in self.people:
            return self.name(person_id)
        if self.mode == "names" or not text.strip():
            return text
        return self.initials(text)
