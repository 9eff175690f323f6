"""The Rounds tab (switch rounds, freeze and continue, compare with the previous round) and the Spread tab.

Freezing cannot be undone (the core keeps a frozen round as the record of what the room decided), so it asks
first, without blocking. Earlier rounds open read-only; the window says so in a banner over the board.
"""

from PySide6.QtCore import QLocale, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.board.analysis_models import CHANGE, IDEA, SORT_ROLE, ShiftsModel, SpreadModel
from ui.board.side_panel import panel_button
from ui.qt_dates import to_qdate
from ui.widgets.headings import muted_text
from workshop_app.domain.models import BoardView


def sorted_table(model: ShiftsModel | SpreadModel, parent: QWidget) -> tuple[QTableView, QSortFilterProxyModel]:
    """A read-only table over ``model``, sorted by its second column, largest first; headers sort too."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table = QTableView(parent)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(CHANGE, Qt.SortOrder.DescendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(IDEA, QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setSectionResizeMode(CHANGE, QHeaderView.ResizeMode.ResizeToContents)
    return table, proxy


class RoundsPanel(QWidget):
    """``round_chosen`` with the id of the round to show."""

    round_chosen = Signal(object)

    def __init__(self, freeze: QAction, compare: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.round_label = QLabel(self)
        self.round = QComboBox(self)
        self.round_label.setBuddy(self.round)
        self.round.activated.connect(lambda _index: self.round_chosen.emit(self.round.currentData()))
        self.freeze_button = panel_button(freeze, self)
        self.compare_button = panel_button(compare, self)
        self.about = muted_text(self)
        self.list_label = QLabel(self)
        self.model = ShiftsModel(self)  # freed with the panel, not by the garbage collector
        self.table, self.proxy = sorted_table(self.model, self)
        self.list_label.setBuddy(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.round_label)
        layout.addWidget(self.round)
        layout.addWidget(self.freeze_button)
        layout.addWidget(self.compare_button)
        layout.addWidget(self.about)
        layout.addWidget(self.list_label)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.round_label.setText(self.tr("Round sho&wn:"))
        self.round.setAccessibleName(self.tr("Round of the board"))
        self.list_label.setText(self.tr("&Changes since the previous round"))
        self.table.setAccessibleName(self.tr("Ideas by how far they moved"))
        self.about.setText(
            self.tr(
                "Freezing keeps this round as it stands and starts the next one with the same notes. "
                "Compare shows how the ideas moved since the previous round."
            )
        )

    def set_rounds(self, rounds: list[BoardView], shown: BoardView) -> None:
        self.round.clear()
        for board in rounds:
            if board.frozen_at is not None:
                day = QLocale().toString(to_qdate(board.frozen_at.date()), QLocale.FormatType.ShortFormat)
                text = self.tr("Round {number} (frozen {date})").format(number=board.round, date=day)
            else:
                text = self.tr("Round {number} (latest)").format(number=board.round)
            self.round.addItem(text, board.id)
        rows = [row for row in range(self.round.count()) if self.round.itemData(row) == shown.id]
        self.round.setCurrentIndex(rows[0] if rows else 0)  # findData cannot match a uuid
        self.round.setEnabled(len(rounds) > 1)


class SpreadPanel(QWidget):
    """The spread toggle and the ideas placed more than once, most disputed first."""

    def __init__(self, toggle: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle_button = panel_button(toggle, self)
        self.about = muted_text(self)
        self.list_label = QLabel(self)
        self.model = SpreadModel(self)  # freed with the panel, not by the garbage collector
        self.table, self.proxy = sorted_table(self.model, self)
        self.list_label.setBuddy(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.toggle_button)
        layout.addWidget(self.about)
        layout.addWidget(self.list_label)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.about.setText(
            self.tr(
                "Ideas that several people placed: each placement is joined to their centre, and the circle "
                "shows how far apart they are. A larger spread means more disagreement to talk about."
            )
        )
        self.list_label.setText(self.tr("&Disputed ideas"))
        self.table.setAccessibleName(self.tr("Ideas placed more than once, by spread"))
