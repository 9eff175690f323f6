"""A QGraphicsScene mirroring one impact canvas of the programme file: four columns laid out for backwards
design (impacts, results, means and activities, resources), each headed by its title and guiding question,
the cards in each column's order, and the links drawn between them.

The scene never writes: edits are operations run by the window as undo commands. It follows the workspace's
``changes_applied`` and re-reads its canvas when a change names the canvas, one of its cards or links (a
phone may add cards later: they show the same way).
"""

import uuid

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsRectItem, QGraphicsScene, QGraphicsTextItem

from ui.workspace import Workspace
from workshop_app.catalogue.tools import CANVAS_COLUMNS
from workshop_app.domain.method_tools import CanvasCardView, CanvasLinkView
from workshop_app.operations.changes import ChangeSet, Kind
from workshop_app.services import method_tools

COLUMN_WIDTH = 300.0
COLUMN_GAP = 40.0
HEADER_HEIGHT = 110.0
CARD_WIDTH = COLUMN_WIDTH - 24.0
CARD_GAP = 12.0
CARD_PADDING = 8.0
METHOD_FILL = QColor("#eef3fb")  # a pick of the method
GROUP_FILL = QColor("#fff7d6")  # what the room wrote


class CardItem(QGraphicsRectItem):
    """One card: its text wrapped in the column's width; selectable and focusable for the keyboard."""

    def __init__(self, card: CanvasCardView) -> None:
        super().__init__()
        self.card = card
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setBrush(QBrush(METHOD_FILL if card.origin == "method" else GROUP_FILL))
        self.setPen(QPen(QColor("#8a8f98"), 1))
        self.label = QGraphicsTextItem(card.text, self)
        self.label.setTextWidth(CARD_WIDTH - 2 * CARD_PADDING)
        self.label.setPos(CARD_PADDING, CARD_PADDING)
        height = self.label.boundingRect().height() + 2 * CARD_PADDING
        self.setRect(QRectF(0, 0, CARD_WIDTH, height))
        self.setToolTip(card.text)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.setPen(QPen(QColor("#1f5fbf"), 3 if value else 1))
        return super().itemChange(change, value)


class CanvasScene(QGraphicsScene):
    """The canvas ``canvas_id`` as the file has it now."""

    def __init__(self, workspace: Workspace, canvas_id: uuid.UUID, parent: object = None) -> None:
        super().__init__()
        self.workspace = workspace
        self.canvas_id = canvas_id
        self.cards: dict[uuid.UUID, CardItem] = {}
        self.links: dict[uuid.UUID, QGraphicsPathItem] = {}
        self.link_views: list[CanvasLinkView] = []
        self.headers: list[tuple[QGraphicsTextItem, QGraphicsTextItem]] = []
        workspace.changes_applied.connect(self._on_changes)
        self.reload()

    def column_x(self, column: str) -> float:
        return CANVAS_COLUMNS.index(column) * (COLUMN_WIDTH + COLUMN_GAP)

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.touches(Kind.IMPACT_CANVAS, Kind.CANVAS_CARD, Kind.CANVAS_LINK):
            self.reload()

    def reload(self) -> None:
        """Re-read the canvas (a few dozen cards at most: one read of cards and one of links)."""
        selected = {item.card.id for item in self.cards.values() if item.isSelected()}
        self.clear()
        self.cards.clear()
        self.links.clear()
        self.headers.clear()
        tools = method_tools.tools_of(self.workspace.store)
        language = self.workspace.language
        tallest = 0.0
        for column in tools.impact_canvas.columns:
            x = self.column_x(column.key)
            title = self.addText(column.title.get(language))
            font = QFont(title.font())
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.2)
            title.setFont(font)
            title.setTextWidth(COLUMN_WIDTH)
            title.setPos(x, 0)
            question = self.addText(column.question.get(language))
            question.setTextWidth(COLUMN_WIDTH)
            question.setDefaultTextColor(QColor("#555b66"))
            question.setPos(x, title.boundingRect().height())
            self.headers.append((title, question))
            tallest = max(tallest, title.boundingRect().height() + question.boundingRect().height())
        top = max(HEADER_HEIGHT, tallest + 12)
        heights = dict.fromkeys(CANVAS_COLUMNS, top)
        for card in method_tools.list_cards(self.workspace.store, self.canvas_id):
            item = CardItem(card)
            item.setPos(self.column_x(card.column) + 12, heights[card.column])
            heights[card.column] += item.rect().height() + CARD_GAP
            self.addItem(item)
            item.setSelected(card.id in selected)
            self.cards[card.id] = item
        self.link_views = method_tools.list_links(self.workspace.store, self.canvas_id)
        for link in self.link_views:
            self._draw_link(link)
        for key in CANVAS_COLUMNS[1:]:
            x = self.column_x(key) - COLUMN_GAP / 2
            self.addLine(x, 0, x, max(heights.values()) + 20, QPen(QColor("#d0d4da"), 1, Qt.PenStyle.DashLine))

    def _draw_link(self, link: CanvasLinkView) -> None:
        """A curve from the left edge of the serving card to the right edge of the card it serves."""
        source = self.cards.get(link.from_card_id)
        target = self.cards.get(link.to_card_id)
        if source is None or target is None:
            return
        start = source.mapToScene(QPointF(0, source.rect().height() / 2))
        end = target.mapToScene(QPointF(target.rect().width(), target.rect().height() / 2))
        path = QPainterPath(start)
        middle = (start.x() + end.x()) / 2
        path.cubicTo(QPointF(middle, start.y()), QPointF(middle, end.y()), end)
        item = self.addPath(path, QPen(QColor("#1f5fbf"), 2))
        item.setZValue(-1)
        self.links[link.id] = item

    def selected_cards(self) -> list[CanvasCardView]:
        """The selected cards, left column first."""
        chosen = [item.card for item in self.cards.values() if item.isSelected()]
        return sorted(chosen, key=lambda card: (CANVAS_COLUMNS.index(card.column), card.position))

    def detach(self) -> None:
        self.workspace.changes_applied.disconnect(self._on_changes)
