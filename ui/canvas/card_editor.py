"""Editing a canvas card's text in place, on the card itself, as a note is edited on the board
(:class:`ui.widgets.in_place_editor.InPlaceTextEditor`: Enter or Tab keeps, Shift+Enter a new line, Escape
drops, clicking elsewhere keeps). The window turns the result into an undo command.
"""

from typing import cast

from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from ui.widgets.in_place_editor import InPlaceTextEditor

EDITOR_FILL = QColor("#ffffff")
EDITOR_FRAME = QColor("#1f5fbf")


class CardTextEditor(InPlaceTextEditor):
    """Plain-text editing over a canvas card, on a white field framed in the selection colour."""

    def __init__(self, text: str, width: float, least_height: float, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.start(text, width, least_height)
        self.setZValue(10)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """A white field framed in the selection colour, so it is plain that the card is being edited."""
        painter.setPen(EDITOR_FRAME)
        painter.setBrush(EDITOR_FILL)
        painter.drawRect(self.boundingRect())
        option.state &= ~(QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
        super().paint(painter, option, cast(QWidget, widget))
