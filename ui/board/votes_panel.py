"""The Dots tab: voting mode on or off, who is voting and their dots left, the number of dots, and the results.

In voting mode a click on a note (or Space with the note chosen by Tab) gives it one of the voter's dots;
a right-click or Backspace takes one back. The results are a table sorted by dots (click a header to sort
otherwise).
"""

import uuid

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.board.side_panel import panel_button
from ui.board.votes import NOTE, VOTES, Result, ResultsModel, Voting
from ui.commands import update_command
from ui.widgets.headings import body_text, muted_text
from workshop_app.operations.changes import Kind

VOTER_TEXT_SCALE = 1.3


class VotesPanel(QWidget):
    """``voter_chosen`` when another voter is picked (the window keeps ``voting.voter``)."""

    voter_chosen = Signal(object)

    def __init__(self, voting: Voting, toggle: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.voting = voting
        self.workspace = voting.workspace
        self.toggle_button = panel_button(toggle, self)
        self.voter_label = QLabel(self)
        self.voter = QComboBox(self)
        self.voter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.voter.setMinimumContentsLength(14)
        self.voter_label.setBuddy(self.voter)
        self.voter.activated.connect(self._voter_activated)
        self.dots_label = QLabel(self)
        self.dots = QSpinBox(self)
        self.dots.setRange(0, 100)
        self.dots_label.setBuddy(self.dots)
        self.dots.editingFinished.connect(self._dots_edited)
        self.left = body_text(self, scale=VOTER_TEXT_SCALE)
        self.left.setTextFormat(Qt.TextFormat.PlainText)
        self.hint = muted_text(self)
        self._names: dict[uuid.UUID | None, str] = {}
        self.results_label = QLabel(self)
        self.model = ResultsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(VOTES, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        # Two lines per note, the whole text in its tooltip: fitting every row to its contents would lay out
        # every note again for each one added (about 10,000 calls per phone's note on a 500-note board).
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(2 * self.table.fontMetrics().lineSpacing() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(VOTES, QHeaderView.ResizeMode.ResizeToContents)
        self.results_label.setBuddy(self.table)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.voter_label, self.voter)
        form.addRow(self.dots_label, self.dots)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.toggle_button)
        layout.addLayout(form)
        layout.addWidget(self.left)
        layout.addWidget(self.hint)
        layout.addSpacing(6)
        layout.addWidget(self.results_label)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.voter_label.setText(self.tr("V&oter:"))
        self.voter.setAccessibleName(self.tr("Who is voting"))
        self.dots_label.setText(self.tr("&Dots each:"))
        self.dots.setSpecialValueText(self.tr("Unlimited"))
        self.dots.setAccessibleName(self.tr("Dots per participant"))
        self.dots.setToolTip(self.tr("How many dots each named participant may place on this board (0: no limit)"))
        self.hint.setText(
            self.tr(
                "In voting mode, click a note to give it a dot (or Space on the note chosen with Tab); "
                "right-click or Backspace takes the voter's dot back."
            )
        )
        self.results_label.setText(self.tr("Res&ults"))
        self.table.setAccessibleName(self.tr("Notes by number of dots"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        self.refresh([])

    def refresh(self, results: list[Result], people: list[tuple[uuid.UUID, str]] | None = None) -> None:
        """Show the results and, with ``people``, the voter list with each one's dots left."""
        if results and self.model.set_results(results):
            self.proxy.sort(self.proxy.sortColumn(), self.proxy.sortOrder())
        if people is not None:
            self._fill_voters(people)
        allowed = self.voting.dots_per_participant()
        if not self.dots.hasFocus():
            self.dots.setValue(allowed)
        self.dots.setEnabled(self._editable())
        left = self.voting.dots_left(self.voting.voter)
        name = self._names.get(self.voting.voter, self.tr("Anyone"))
        if left is None:
            self.left.setText(self.tr("{name}: no limit on dots").format(name=name))
        elif left == 0:
            self.left.setText(self.tr("{name} has used all {dots} dots").format(name=name, dots=allowed))
        else:
            self.left.setText(self.tr("{name}: {left} of {dots} dots left").format(name=name, left=left, dots=allowed))

    def _editable(self) -> bool:
        return self.voting.editable()

    def _fill_voters(self, people: list[tuple[uuid.UUID, str]]) -> None:
        self._names = {person_id: name for person_id, name in people}
        allowed = self.voting.dots_per_participant()
        self.voter.clear()
        self.voter.addItem(self.tr("Anyone (no limit)"), None)
        for person_id, name in people:
            if allowed:
                left = max(0, allowed - self.voting.used(person_id))
                text = self.tr("{name} — {left} left").format(name=name, left=left)
            else:
                text = name
            self.voter.addItem(text, person_id)
        row = next((r for r in range(self.voter.count()) if self.voter.itemData(r) == self.voting.voter), 0)
        self.voter.setCurrentIndex(row)

    def _voter_activated(self, _index: int) -> None:
        self.voting.voter = self.voter.currentData()
        self.voter_chosen.emit(self.voting.voter)
        self.refresh([])

    def _dots_edited(self) -> None:
        value = self.dots.value()
        if value == self.voting.dots_per_participant() or not self._editable():
            return
        command = update_command(
            self.workspace,
            self.tr("Change the dots per participant"),
            Kind.BOARD,
            self.voting.board_id,
            {"dots_per_participant": value},
            expected={"dots_per_participant": self.voting.dots_per_participant()},  # what the board showed
        )
        if not self.workspace.apply(command):
            self.dots.setValue(self.voting.dots_per_participant())
