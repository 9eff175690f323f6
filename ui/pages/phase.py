"""Placeholder until the page is built."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.pages.base import Page
from ui.workspace import Workspace


class PhasePage(Page):
    def __init__(self, workspace: Workspace, number: int, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.number = number
        QVBoxLayout(self).addWidget(QLabel(f"Phase {number}", self))
