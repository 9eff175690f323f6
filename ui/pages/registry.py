"""Which pages the main window has, in navigator order."""

from functools import partial
from typing import TYPE_CHECKING

from ui.pages.navigation import PageKey, page_title
from ui.workspace import Workspace

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.pages.base import Page


def register_pages(window: "MainWindow", workspace: Workspace) -> None:
    """Each page's module is imported when the page is first shown, not here: opening a programme shows the
    overview, and importing the other pages (their models, delegates, editors) would only delay it."""
    from ui.pages.overview import OverviewPage

    def title(key: PageKey) -> str:
        if not key.startswith("phase-"):
            return page_title(key, {})
        language = workspace.language  # the programme's: a read, so only for the phases' titles
        return page_title(key, {phase.number: phase.title.get(language) for phase in workspace.catalogue.phases})

    window.add_page(PageKey.OVERVIEW, partial(title, PageKey.OVERVIEW), lambda: OverviewPage(workspace))
    for number in range(1, 6):
        key = PageKey.phase(number)
        window.add_page(key, partial(title, key), partial(_phase_page, workspace, number))
    window.add_page(PageKey.WORKSHOPS, partial(title, PageKey.WORKSHOPS), partial(_workshops_page, workspace))
    window.add_page(PageKey.PARTICIPANTS, partial(title, PageKey.PARTICIPANTS), partial(_participants_page, workspace))
    window.add_page(PageKey.ACTIONS, partial(title, PageKey.ACTIONS), partial(_actions_page, workspace))


def _phase_page(workspace: Workspace, number: int) -> "Page":
    from ui.pages.phase import PhasePage

    return PhasePage(workspace, number)


def _workshops_page(workspace: Workspace) -> "Page":
    from ui.pages.workshops import WorkshopsPage

    return WorkshopsPage(workspace)


def _participants_page(workspace: Workspace) -> "Page":
    from ui.pages.participants import ParticipantsPage

    return ParticipantsPage(workspace)


def _actions_page(workspace: Workspace) -> "Page":
    from ui.pages.actions import ActionsPage

    return ActionsPage(workspace)
