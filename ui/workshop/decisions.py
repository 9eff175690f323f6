"""The decisions tab: what the workshop decided, in order, each one step away from the action plan.

"Make action" puts the chosen decision into the action plan as an action remembering this workshop (one
undoable command); a decision that is already there says so and its button is off, so nothing is doubled.
"""

import uuid
from itertools import pairwise

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui.widgets.action_button import ActionButton, describe
from ui.workshop.decisions_model import ACTION, TEXT, DecisionsModel
from ui.workshop.inline_error import InlineError
from ui.workshop.look import MUTED, SECTION_TITLE, set_role
from ui.workshop.ordered_view import OrderedTableView, RowActions
from ui.workspace import Workspace


class DecisionsPanel(QWidget):
    """The numbered decisions, their buttons (Make action first) and the field for a new one."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.model = DecisionsModel(workspace)
        self.decisions_label = QLabel(self)
        set_role(self.decisions_label, SECTION_TITLE)
        self.table = OrderedTableView(self.model, self)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ACTION, QHeaderView.ResizeMode.ResizeToContents)
        self.decisions_label.setBuddy(self.table)
        self.rows = RowActions(self.table, self.model, self.model.remove_row)
        self.make_action = QAction(self)
        self.make_action.triggered.connect(self.make_action_from_current)
        buttons = QHBoxLayout()
        self.make_button = ActionButton(self.make_action, self)
        buttons.addWidget(self.make_button)
        row_buttons = [
            ActionButton(action, self) for action in (self.rows.move_up, self.rows.move_down, self.rows.remove)
        ]
        for button in row_buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.in_plan_note = QLabel(self)
        set_role(self.in_plan_note, MUTED)
        self.in_plan_note.setWordWrap(True)

        self.new_label = QLabel(self)
        self.new_text = QLineEdit(self)
        self.new_label.setBuddy(self.new_text)
        self.add_action = QAction(self)
        self.add_action.triggered.connect(self.add_typed_decision)
        self.new_text.returnPressed.connect(self.add_action.trigger)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_label)
        add_row.addWidget(self.new_text, 1)
        self.add_button = ActionButton(self.add_action, self)
        add_row.addWidget(self.add_button)
        self.error = InlineError(self)
        self.model.rejected.connect(self.error.show_message)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.decisions_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.in_plan_note)
        layout.addSpacing(6)
        layout.addLayout(add_row)
        layout.addWidget(self.error)
        self.new_text.setEnabled(not workspace.store.read_only)
        for first, second in pairwise((self.table, self.make_button, *row_buttons, self.new_text, self.add_button)):
            QWidget.setTabOrder(first, second)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_state())
        for signal in (
            self.model.modelReset,
            self.model.dataChanged,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.layoutChanged,
        ):
            signal.connect(lambda *_: self._update_state())
        self.retranslate()

    def set_workshop(self, workshop_id: uuid.UUID | None) -> None:
        changed = workshop_id != self.model.workshop_id
        if changed:
            self.error.clear()
        self.model.set_workshop(workshop_id)
        if changed or self.table.current_row() < 0:
            self.table.select_row(0)
        self.rows.set_editable(workshop_id is not None)
        self._update_state()

    def current_has_action(self) -> bool:
        row = self.table.current_row()
        return 0 <= row < self.model.rowCount() and self.model.has_action(row)

    def _update_state(self) -> None:
        row = self.table.current_row()
        chosen = 0 <= row < self.model.rowCount()
        editable = not self.workspace.store.read_only and self.model.workshop_id is not None
        self.make_action.setEnabled(editable and chosen and not self.model.has_action(row))
        self.add_action.setEnabled(editable)
        self.in_plan_note.setText(
            self.tr("The chosen decision is already in the action plan.") if self.current_has_action() else ""
        )
        self.in_plan_note.setVisible(self.current_has_action())

    def add_typed_decision(self) -> None:
        self.error.clear()
        created = self.model.add_decision(self.new_text.text())
        if created is not None:
            self.new_text.clear()
            self.table.select_row(self.model.row_of(created))

    def make_action_from_current(self) -> None:
        row = self.table.current_row()
        if 0 <= row < self.model.rowCount() and not self.model.has_action(row):
            self.model.make_action(row)
            self._update_state()

    def retranslate(self) -> None:
        self.decisions_label.setText(self.tr("Decisions"))
        self.table.setAccessibleName(self.tr("Decisions"))
        self.table.placeholder = self.tr("No decisions recorded yet. Type the first one below.")
        describe(
            self.make_action,
            self.tr("Make &action"),
            self.tr("Put the chosen decision into the action plan as a new action"),
        )
        self.rows.describe(
            (self.tr("Move &up"), self.tr("Move the chosen decision up")),
            (self.tr("Move do&wn"), self.tr("Move the chosen decision down")),
            (self.tr("De&lete"), self.tr("Delete the chosen decision")),
        )
        self.new_label.setText(self.tr("New d&ecision:"))
        self.new_text.setPlaceholderText(self.tr("What was decided, in one sentence"))
        self.new_text.setAccessibleName(self.tr("New decision"))
        describe(self.add_action, self.tr("Add"), self.tr("Add the decision at the end of the list (Enter)"))
        self._update_state()
