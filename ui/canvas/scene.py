"""A QGraphicsScene mirroring one impact canvas of the programme file: four columns laid out for backwards
design (impacts, results, means and activities, resources), each headed by its title and guiding question,
the cards in each column's order, and the links drawn between them.

The scene never writes: edits are operations run by the window as undo commands. It reports what the
person did (a card dropped somewhere, a card's text edited in place) through signals. It follows the
workspace's ``changes_applied`` and re-reads its canvas when a change names the canvas, one of its cards or
links (a phone may add cards later: they show the same way), but not in the middle of an edit or a drag:
then it re-reads once that is over.
"""

import uuid
from functools import partial

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsTextItem,
)

from ui.canvas.card_editor import CardTextEditor
from ui.workspace import Workspace
from workshop_app.catalogue.tools import CANVAS_COLUMNS
from workshop_app.domain.method_tools import CanvasCardView, CanvasLinkView
from workshop_app.operations.changes import ChangeSet, Kind
from workshop_app.services import method_tools, participants

COLUMN_WIDTH = 300.0
COLUMN_GAP = 40.0
HEADER_HEIGHT = 110.0
CARD_WIDTH = COLUMN_WIDTH - 24.0
CARD_GAP = 12.0
CARD_PADDING = 8.0
METHOD_FILL = QColor("#eef3fb")  # a pick of the method
GROUP_FILL = QColor("#fff7d6")  # what the room wrote


def card_origin(card: CanvasCardView, author: str | None) -> str:
    """A card's text and where it came from: a pick of the method, a participant's phone, or the room."""
    if card.origin == "method":
        note = QCoreApplication.translate("CanvasScene", "A starting pick of the method")
    elif author:
        note = QCoreApplication.translate("CanvasScene", "Written by {name}").format(name=author)
    else:
        return card.text
    return f"{card.text}\n\n{note}"


class CardItem(QGraphicsRectItem):
    """One card: its text wrapped in the column's width; selectable, focusable for the keyboard, and dragged
    to another place in its column or to another column (the scene reports the drop)."""

    def __init__(self, card: CanvasCardView, author: str | None = None) -> None:
        super().__init__()
        self.card = card
        self.home = QPointF()
        """Where the layout put the card: a drag that ends here (or is refused) is no move."""
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setBrush(QBrush(METHOD_FILL if card.origin == "method" else GROUP_FILL))
        self.setPen(QPen(QColor("#8a8f98"), 1))
        self.label = QGraphicsTextItem(card.text, self)
        self.label.setTextWidth(CARD_WIDTH - 2 * CARD_PADDING)
        self.label.setPos(CARD_PADDING, CARD_PADDING)
        height = self.label.boundingRect().height() + 2 * CARD_PADDING
        self.setRect(QRectF(0, 0, CARD_WIDTH, height))
        self.setToolTip(card_origin(card, author))

    def place(self, position: QPointF) -> None:
        self.home = position
        self.setPos(position)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.setPen(QPen(QColor("#1f5fbf"), 3 if value else 1))
        elif change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            scene = self.scene()
            if isinstance(scene, CanvasScene):
                scene.follow(self)  # the links stay attached while the card is dragged
        return super().itemChange(change, value)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and not self.isSelected():
            scene = self.scene()
            if scene is not None and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                scene.clearSelection()  # a drag moves the one card taken, not the whole selection
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        scene = self.scene()
        if isinstance(scene, CanvasScene):
            scene.dropped(self)

    def set_editing(self, editing: bool) -> None:
        self.label.setVisible(not editing)


class CanvasScene(QGraphicsScene):
    """The canvas ``canvas_id`` as the file has it now.

    ``card_dropped(card, column, index)``: a card was dragged to ``index`` of ``column`` (where it would
    sit among the others); ``text_edited(card, text)``: a card's text was edited in place and kept.
    """

    card_dropped = Signal(object, str, int)
    text_edited = Signal(object, str)

    def __init__(self, workspace: Workspace, canvas_id: uuid.UUID, parent: object = None) -> None:
        super().__init__()
        self.editor: CardTextEditor | None = None
        self._stale = False
        self.workspace = workspace
        self.canvas_id = canvas_id
        self.cards: dict[uuid.UUID, CardItem] = {}
        self.links: dict[uuid.UUID, QGraphicsPathItem] = {}
        self.link_views: list[CanvasLinkView] = []
        self.headers: list[tuple[QGraphicsTextItem, QGraphicsTextItem]] = []
        workspace.changes_applied.connect(self._on_changes)
        self.reload()

    def width_needed(self) -> float:
        """The width of the four columns, whatever they hold."""
        return len(CANVAS_COLUMNS) * COLUMN_WIDTH + (len(CANVAS_COLUMNS) - 1) * COLUMN_GAP

    def column_x(self, column: str) -> float:
        return CANVAS_COLUMNS.index(column) * (COLUMN_WIDTH + COLUMN_GAP)

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.touches(Kind.IMPACT_CANVAS, Kind.CANVAS_CARD, Kind.CANVAS_LINK):
            if self.editor is not None or self.mouseGrabberItem() is not None:
                self._stale = True  # re-read once the edit or the drag is over, not from under the person
                return
            self.reload()

    def _catch_up(self) -> None:
        if self._stale:
            self._stale = False
            self.reload()

    def reload(self) -> None:
        """Re-read the canvas (a few dozen cards at most: one read of cards and one of links)."""
        focused = self.focusItem()
        focused_id = focused.card.id if isinstance(focused, CardItem) else None
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
        cards = method_tools.list_cards(self.workspace.store, self.canvas_id)
        wanted = {card.participant_id for card in cards if card.participant_id is not None}
        names = {
            person.id: person.display_name for person in participants.get_participants(self.workspace.store, wanted)
        }
        for card in cards:
            item = CardItem(card, names.get(card.participant_id) if card.participant_id else None)
            item.place(QPointF(self.column_x(card.column) + 12, heights[card.column]))
            heights[card.column] += item.rect().height() + CARD_GAP
            self.addItem(item)
            item.setSelected(card.id in selected)
            if card.id == focused_id:
                item.setFocus()
            self.cards[card.id] = item
        self.link_views = method_tools.list_links(self.workspace.store, self.canvas_id)
        for link in self.link_views:
            self.links[link.id] = self.addPath(QPainterPath(), QPen(QColor("#1f5fbf"), 2))
            self.links[link.id].setZValue(-1)
            self._draw_link(link)
        for key in CANVAS_COLUMNS[1:]:
            x = self.column_x(key) - COLUMN_GAP / 2
            self.addLine(x, 0, x, max(heights.values()) + 20, QPen(QColor("#d0d4da"), 1, Qt.PenStyle.DashLine))

    def _draw_link(self, link: CanvasLinkView) -> None:
        """A curve from the left edge of the serving card to the right edge of the card it serves."""
        source = self.cards.get(link.from_card_id)
        target = self.cards.get(link.to_card_id)
        item = self.links.get(link.id)
        if source is None or target is None or item is None:
            return
        start = source.mapToScene(QPointF(0, source.rect().height() / 2))
        end = target.mapToScene(QPointF(target.rect().width(), target.rect().height() / 2))
        path = QPainterPath(start)
        middle = (start.x() + end.x()) / 2
        path.cubicTo(QPointF(middle, start.y()), QPointF(middle, end.y()), end)
        item.setPath(path)

    def follow(self, card: CardItem) -> None:
        """Redraw the links of a card being dragged."""
        for link in self.link_views:
            if card.card.id in (link.from_card_id, link.to_card_id):
                self._draw_link(link)

    # --- what the person does ---------------------------------------------------------------------------

    def column_at(self, x: float) -> str:
        """The column under scene x ``x`` (the nearest at either side)."""
        index = int((x + COLUMN_GAP / 2) // (COLUMN_WIDTH + COLUMN_GAP))
        return CANVAS_COLUMNS[max(0, min(index, len(CANVAS_COLUMNS) - 1))]

    def index_at(self, column: str, y: float, moving: uuid.UUID) -> int:
        """Where a card whose middle is at scene y ``y`` would sit among the other cards of ``column``."""
        others = [item for item in self.cards.values() if item.card.column == column and item.card.id != moving]
        return sum(1 for item in others if item.home.y() + item.rect().height() / 2 < y)

    def dropped(self, item: CardItem) -> None:
        """A card let go: report where it went, or put it back if it did not really move."""
        if (item.pos() - item.home).manhattanLength() < 4:
            item.setPos(item.home)
            QTimer.singleShot(0, self, self._catch_up)
            return
        middle = item.sceneBoundingRect().center()
        column = self.column_at(middle.x())
        index = self.index_at(column, middle.y(), item.card.id)
        if column == item.card.column and index == item.card.position:
            item.setPos(item.home)
            QTimer.singleShot(0, self, self._catch_up)
            return
        # Reported once the mouse event is over: the move re-reads the scene, which replaces this item.
        QTimer.singleShot(0, self, partial(self._report_drop, item.card, column, index))

    def _report_drop(self, card: CanvasCardView, column: str, index: int) -> None:
        self._stale = False
        self.card_dropped.emit(card, column, index)
        self.reload()  # moved, or refused: either way, where the file has it now

    def edit(self, card_id: uuid.UUID) -> CardTextEditor | None:
        """Open the in-place editor on a card (double-click, F2 or Enter)."""
        item = self.cards.get(card_id)
        if item is None or self.editor is not None:
            return None
        self.clearSelection()
        item.setSelected(True)
        item.set_editing(True)
        width = item.rect().width() - 2 * CARD_PADDING
        editor = CardTextEditor(item.card.text, width, item.rect().height() - 2 * CARD_PADDING, item)
        editor.setFont(item.label.font())
        editor.setPos(CARD_PADDING, CARD_PADDING)
        editor.finished.connect(lambda text, accepted: self._edited(item, text, accepted))
        self.editor = editor
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return editor

    def _edited(self, item: CardItem, text: str, accepted: bool) -> None:
        editor, self.editor = self.editor, None
        if editor is not None:
            editor.hide()
            editor.deleteLater()
        item.set_editing(False)
        item.setFocus()
        if accepted and text and text != item.card.text:
            # Reported once the key or focus event is over: the change re-reads the scene, replacing the card.
            QTimer.singleShot(0, self, partial(self._report_text, item.card, text))
        else:
            QTimer.singleShot(0, self, self._catch_up)

    def _report_text(self, card: CanvasCardView, text: str) -> None:
        self._stale = False
        self.text_edited.emit(card, text)
        self._catch_up()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        under = self.itemAt(event.scenePos(), self.views()[0].transform()) if self.views() else None
        while under is not None and not isinstance(under, CardItem):
            under = under.parentItem()
        if isinstance(under, CardItem) and self.editor is None:
            self.edit(under.card.id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def focused_card(self) -> CardItem | None:
        """The card the keyboard works on: the focused one, or else the first selected."""
        focused = self.focusItem()
        if isinstance(focused, CardItem):
            return focused
        chosen = [item for item in self.cards.values() if item.isSelected()]
        return chosen[0] if chosen else None

    def column_cards(self, column: str) -> list[CardItem]:
        return sorted(
            (item for item in self.cards.values() if item.card.column == column), key=lambda i: i.card.position
        )

    def selected_cards(self) -> list[CanvasCardView]:
        """The selected cards, left column first."""
        chosen = [item.card for item in self.cards.values() if item.isSelected()]
        return sorted(chosen, key=lambda card: (CANVAS_COLUMNS.index(card.column), card.position))

    def detach(self) -> None:
        self.workspace.changes_applied.disconnect(self._on_changes)
