"""Editing a note's text in place, on the card itself, at the card's size and zoom.

Enter (or Tab) keeps the text, Shift+Enter starts a new line, Escape throws the edit away; clicking elsewhere
keeps it (:class:`ui.widgets.in_place_editor.InPlaceTextEditor`, shared with the canvas's cards). The editor only
reports the result (``finished``); the controller turns it into an undoable command.
"""

from typing import cast

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QTextOption
from PySide6.QtWidgets import QStyle, QStyleOptionGraphicsItem, QWidget

from ui.board import text_layout
from ui.board.note_item import NoteItem, text_box
from ui.widgets.in_place_editor import InPlaceTextEditor
from workshop_app import board_geometry as geo

PLACEHOLDER_COLOUR = "#6b7178"


class NoteTextEditor(InPlaceTextEditor):
    """Plain-text editing over a note card, at the card's size, font and zoom, in the note's colour."""

    def __init__(self, note: NoteItem) -> None:
        super().__init__(note)
        self.note = note
        box = text_box(with_foot=False)
        self.setFont(text_layout.font(geo.NOTE_TEXT_SIZE))
        self.setDefaultTextColor(QColor(geo.NOTE_TEXT_COLOUR))
        self.document().setDocumentMargin(0)
        self.document().setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignHCenter))  # as on the card
        self.setPos(box.topLeft())
        self.start(note.record.text if not note.record.hidden else "", box.width(), box.height())
        note.set_editing(True)

    def finishing(self) -> None:
        self.note.set_editing(False)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """The note's colour behind the text (it may grow past the card), and a hint while it is empty."""
        area = self.boundingRect()
        painter.setPen(QColor(geo.FRAME_COLOUR))
        painter.setBrush(QColor(self.note.record.colour if not self.note.record.hidden else geo.BOARD_COLOUR))
        painter.drawRoundedRect(area, 4, 4)
        if not self.toPlainText():
            painter.setPen(QColor(PLACEHOLDER_COLOUR))
            painter.setFont(text_layout.font(geo.NOTE_TEXT_SIZE, italic=True))
            hint = QCoreApplication.translate("NoteTextEditor", "Type the note, then press Enter")
            lines = text_layout.fit(hint, self.textWidth(), 3, geo.NOTE_TEXT_SIZE, italic=True)
            box = QRectF(0, 0, self.textWidth(), lines.height)
            text_layout.draw_lines(painter, lines, box, geo.Align.CENTRE, geo.VAlign.TOP)
        # Without Qt's dashed focus frame: the card's own frame already shows where the text goes.
        option.state &= ~(QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
        super().paint(painter, option, cast(QWidget, widget))
