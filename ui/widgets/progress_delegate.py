"""Draws a cell as the platform's progress bar with the cell's text on it (e.g. "2 of 8 tasks done")."""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QWidget,
)


class ProgressDelegate(QStyledItemDelegate):
    """Reads ``(done, total)`` from ``role``; the text stays in DisplayRole, so it is also what screen readers
    and tests see."""

    def __init__(self, role: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._role = role

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        progress = index.data(self._role)
        if not progress:
            super().paint(painter, option, index)
            return
        done, total = progress
        # The row's background (selection, current-phase tint) first, then the bar on top of it.
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, widget)
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(6, 5, -6, -5)
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        bar.direction = option.direction
        bar.palette = option.palette
        bar.fontMetrics = option.fontMetrics
        bar.minimum = 0
        bar.maximum = max(total, 1)
        bar.progress = min(done, total)
        bar.text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, widget)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width() + 40, 220), max(hint.height() + 12, 30))
