"""Where a page may ask the main window to go. A page emits a :class:`Destination` on its
``navigate_requested`` signal and the window that holds it goes there, so pages never reach up to their window
(and never import it: the window imports the pages)."""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from workshop_app.errors import QT_TRANSLATE_NOOP


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


def page_title(key: PageKey, phase_titles: Mapping[int, str]) -> str:
    """The navigator's name for page ``key``; a phase's is its number and title (``phase_titles``, in the
    programme's language). Shared by the navigator and the window's first view, so both say the same."""
    if key.startswith("phase-"):
        number = int(key.split("-")[1])
        return QCoreApplication.translate("Navigator", "{number}. {title}").format(
            number=number, title=phase_titles.get(number, "")
        )
    titles = {
        PageKey.OVERVIEW: QT_TRANSLATE_NOOP("Navigator", "Overview"),
        PageKey.WORKSHOPS: QT_TRANSLATE_NOOP("Navigator", "Workshops"),
        PageKey.PARTICIPANTS: QT_TRANSLATE_NOOP("Navigator", "Participants and stakeholders"),
        PageKey.ACTIONS: QT_TRANSLATE_NOOP("Navigator", "Action plan"),
    }
    return QCoreApplication.translate("Navigator", titles[key])


def navigator_text(title: str, progress: tuple[int, int] | None) -> str:
    """A navigator row: the page's title, and for a phase its tasks done (``progress``: done, total)."""
    if progress is None:
        return title
    return QCoreApplication.translate("MainWindow", "{title}\n{done} of {total} tasks done").format(
        title=title, done=progress[0], total=progress[1]
    )
