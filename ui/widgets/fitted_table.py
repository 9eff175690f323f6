"""A table view as tall as its rows, for pages that scroll as a whole (no scroll bar inside a scroll bar)."""

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

ROW_PADDING = 10  # pixels added to each row, so rows of wrapped text do not run into each other
CELL_PADDING = 12  # pixels added to the width a cell asks for


class PaddedDelegate(QStyledItemDelegate):
    """The standard delegate with some horizontal air, so columns sized to their contents do not touch."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + CELL_PADDING, hint.height())


class FittedTableView(QTableView):
    """Rows wrap their text and the view grows to show every row, so long method texts stay readable.

    Row heights depend on column widths (wrapped text), so the height is fitted again whenever the model
    or the width changes; the fitting is coalesced into one pass per event-loop turn.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustIgnored)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setItemDelegate(PaddedDelegate(self))
        self.verticalHeader().hide()
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.horizontalHeader().sectionResized.connect(self.schedule_fit)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit)

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt override
        super().setModel(model)
        if model is not None:
            for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved):
                signal.connect(self.schedule_fit)
            model.dataChanged.connect(self.schedule_fit)
        self.schedule_fit()

    def schedule_fit(self, *_args: object) -> None:
        self._fit_timer.start()

    def fit(self) -> None:
        """Size every row to its wrapped contents plus some air, and the view to the sum of the rows."""
        self.resizeRowsToContents()
        rows = self.verticalHeader()
        for row in range(rows.count()):
            rows.resizeSection(row, rows.sectionSize(row) + ROW_PADDING)
        self.setFixedHeight(self._content_height())

    def _content_height(self) -> int:
        header = self.horizontalHeader()
        header_height = header.sizeHint().height() if not header.isHidden() else 0
        rows = self.verticalHeader().length()
        if rows == 0:
            rows = self.verticalHeader().defaultSectionSize()
        return header_height + rows + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(super().sizeHint().width(), self._content_height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.schedule_fit()
