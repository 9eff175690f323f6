"""Where a page may ask the main window to go. A page emits a :class:`Destination` on its
``navigate_requested`` signal and the window that holds it goes there, so pages never reach up to their window
(and never import it: the window imports the pages)."""

import uuid
from dataclasses import dataclass
from enum import StrEnum


class PageKey(StrEnum):
    """The main window's pages, as the navigator knows them (in its order, see ``ui.pages.registry``)."""

    OVERVIEW = "overview"
    PHASE_1 = "phase-1"
    PHASE_2 = "phase-2"
    PHASE_3 = "phase-3"
    PHASE_4 = "phase-4"
    PHASE_5 = "phase-5"
    WORKSHOPS = "workshops"
    PARTICIPANTS = "participants"
    ACTIONS = "actions"

    @classmethod
    def phase(cls, number: int) -> "PageKey":
        """The page of phase ``number`` (1-5); a ValueError for any other number."""
        return cls(f"phase-{number}")


@dataclass(frozen=True)
class Destination:
    """A page, and optionally one record to bring forward on it (a workshop on the workshops page)."""

    page: PageKey
    record_id: uuid.UUID | None = None
