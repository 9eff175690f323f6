"""Draws a workshop as two lines, the title over its date and phase, so a narrow list stays readable.

The list's model keeps separate columns (date, title, phase) for sorting and filtering; this delegate
paints the title column's row and reads the other two from the same row.
"""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.workshop.list_model import DATE, PHASE

PADDING_X, PADDING_Y, LINE_GAP = 10, 7, 2

Index = QModelIndex | QPersistentModelIndex


class WorkshopDelegate(QStyledItemDelegate):
    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        detail = QFont(option.font)
        return title, detail

    def detail_text(self, index: Index) -> str:
        model = index.model()
        date = model.index(index.row(), DATE).data()
        phase = model.index(index.row(), PHASE).data()
        return self.tr("{date} · {phase}").format(date=date, phase=phase)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt override
        title, detail = self._fonts(option)
        height = QFontMetrics(title).height() + LINE_GAP + QFontMetrics(detail).height() + 2 * PADDING_Y
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        text = option.text
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        rect: QRect = option.rect.adjusted(PADDING_X, PADDING_Y, -PADDING_X, -PADDING_Y)
        title_font, detail_font = self._fonts(option)
        title_metrics, detail_metrics = QFontMetrics(title_font), QFontMetrics(detail_font)
        painter.save()
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.setFont(title_font)
        title_rect = QRect(rect.left(), rect.top(), rect.width(), title_metrics.height())
        painter.drawText(
            title_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            title_metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width()),
        )
        if not selected:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.setFont(detail_font)
        detail_rect = QRect(rect.left(), title_rect.bottom() + 1 + LINE_GAP, rect.width(), detail_metrics.height())
        painter.drawText(
            detail_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            detail_metrics.elidedText(self.detail_text(index), Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()
