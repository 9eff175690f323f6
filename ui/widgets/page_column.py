"""The column a page's content stands in: centred in its scroll area, never wider than reads well.

The overview page and the first view shown before the programme is open (ui/first_view.py) build the same
column and the same header over two columns (:func:`overview_columns`), so the first view is laid out exactly
like the page that replaces it.
"""

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

PAGE_MARGIN = 28
OVERVIEW_MAX_WIDTH = 1500
SECTION_SPACING = 22


def centred_column(scroll: QScrollArea, max_width: int) -> tuple[QWidget, QVBoxLayout]:
    """A content widget at most ``max_width`` wide, centred in ``scroll``, and its vertical layout."""
    holder = QWidget(scroll)
    scroll.setWidget(holder)
    content = QWidget(holder)
    content.setMaximumWidth(max_width)
    centring = QHBoxLayout(holder)
    centring.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN - 8, PAGE_MARGIN, PAGE_MARGIN)
    centring.addWidget(content, 1)
    column = QVBoxLayout(content)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(6)
    return content, column


def overview_columns(
    column: QVBoxLayout, header: Sequence[QWidget], where: QWidget, button: QWidget
) -> tuple[QVBoxLayout, QVBoxLayout]:
    """The overview's header (``header`` stacked, then ``where`` with ``button`` beside it) and, under it,
    a wide left and a narrower right column; returns the two columns to fill."""
    where_row = QHBoxLayout()
    where_row.addWidget(where, 1)
    where_row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
    for widget in header:
        column.addWidget(widget)
    column.addSpacing(8)
    column.addLayout(where_row)
    column.addSpacing(SECTION_SPACING - 6)
    grid = QGridLayout()
    grid.setHorizontalSpacing(32)
    grid.setVerticalSpacing(6)
    grid.setColumnStretch(0, 3)
    grid.setColumnStretch(1, 2)
    column.addLayout(grid)
    column.addStretch(1)
    left, right = QVBoxLayout(), QVBoxLayout()
    for side in (left, right):
        side.setSpacing(6)
    grid.addLayout(left, 0, 0, Qt.AlignmentFlag.AlignTop)
    grid.addLayout(right, 0, 1, Qt.AlignmentFlag.AlignTop)
    return left, right
