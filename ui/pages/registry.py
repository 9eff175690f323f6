"""Which pages the main window has, in navigator order."""

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.pages.navigation import PageKey
from ui.workspace import Workspace

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.pages.base import Page


def register_pages(window: "MainWindow", workspace: Workspace) -> None:
    """Each page's module is imported when the page is first shown, not here: opening a programme shows the
    overview, and importing the other pages (their models, delegates, editors) would only delay it."""
    from ui.pages.overview import OverviewPage

    def phase_title(number: int) -> str:
        title = workspace.catalogue.phase(number).title.get(workspace.language)
        return QCoreApplication.translate("Navigator", "{number}. {title}").format(number=number, title=title)

    window.add_page(
        PageKey.OVERVIEW, lambda: QCoreApplication.translate("Navigator", "Overview"), lambda: OverviewPage(workspace)
    )
    for number in range(1, 6):
        window.add_page(PageKey.phase(number), partial(phase_title, number), partial(_phase_page, workspace, number))
    window.add_page(
        PageKey.WORKSHOPS,
        lambda: QCoreApplication.translate("Navigator", "Workshops"),
        partial(_workshops_page, workspace),
    )
    window.add_page(
        PageKey.PARTICIPANTS,
        lambda: QCoreApplication.translate("Navigator", "Participants and stakeholders"),
        partial(_participants_page, workspace),
    )
    window.add_page(
        PageKey.ACTIONS,
        lambda: QCoreApplication.translate("Navigator", "Action plan"),
        partial(_actions_page, workspace),
    )


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
