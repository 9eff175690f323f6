"""The column a page's content stands in: centred in its scroll area, never wider than reads well.

The overview page and the first view shown before the programme is open (ui/first_view.py) build the same
column, so the first view is laid out exactly like the page that replaces it.
"""

from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

PAGE_MARGIN = 28


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
