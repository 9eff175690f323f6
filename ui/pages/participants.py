"""Placeholder until the page is built."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.pages.base import Page
from ui.workspace import Workspace


class ParticipantsPage(Page):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        QVBoxLayout(self).addWidget(QLabel("ParticipantsPage", self))
