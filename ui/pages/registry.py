"""Which pages the main window has, in navigator order."""

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.pages.navigation import PageKey
from ui.workspace import Workspace

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def register_pages(window: "MainWindow", workspace: Workspace) -> None:
    from ui.pages.actions import ActionsPage
    from ui.pages.overview import OverviewPage
    from ui.pages.participants import ParticipantsPage
    from ui.pages.phase import PhasePage
    from ui.pages.workshops import WorkshopsPage

    def phase_title(number: int) -> str:
        title = workspace.catalogue.phase(number).title.get(workspace.language)
        return QCoreApplication.translate("Navigator", "{number}. {title}").format(number=number, title=title)

    window.add_page(
        PageKey.OVERVIEW, lambda: QCoreApplication.translate("Navigator", "Overview"), lambda: OverviewPage(workspace)
    )
    for number in range(1, 6):
        window.add_page(PageKey.phase(number), partial(phase_title, number), partial(PhasePage, workspace, number))
    window.add_page(
        PageKey.WORKSHOPS,
        lambda: QCoreApplication.translate("Navigator", "Workshops"),
        lambda: WorkshopsPage(workspace),
    )
    window.add_page(
        PageKey.PARTICIPANTS,
        lambda: QCoreApplication.translate("Navigator", "Participants and stakeholders"),
        lambda: ParticipantsPage(workspace),
    )
    window.add_page(
        PageKey.ACTIONS, lambda: QCoreApplication.translate("Navigator", "Action plan"), lambda: ActionsPage(workspace)
    )
