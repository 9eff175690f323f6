"""Turning a workshop's decisions into actions in one step: pick the decisions, get one undoable change.

A decision that already has an action (one from the same workshop with the same wording) is listed but
cannot be picked again, so running the dialog twice does not double the plan.
"""

import uuid

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.commands import OperationCommand
from ui.delegates import WrappingDelegate, long_date, relayout_on_resize
from ui.workspace import Workspace
from workshop_app.domain.models import DecisionView, WorkshopView
from workshop_app.operations.programme import ActionsFrom
from workshop_app.services import actions, workshops

DECISION_ROLE = Qt.ItemDataRole.UserRole + 1  # the decision's id on a decision row


def existing_actions(workspace: Workspace) -> set[tuple[uuid.UUID, str]]:
    """(workshop, wording) of every action that came from a workshop: how a decision is known to be done."""
    return {
        (action.workshop_id, action.what.strip())
        for action in actions.list_actions(workspace.store)
        if action.workshop_id is not None
    }


def make_actions(workspace: Workspace, decision_ids: list[uuid.UUID]) -> list[uuid.UUID]:
    """One action per decision, all in one undo step; returns the new actions' ids."""
    if not decision_ids:
        return []
    text = QCoreApplication.translate("ActionsFromDecisions", "Make actions from decisions")
    command = OperationCommand(workspace, text, ActionsFrom(decisions=tuple(decision_ids)))
    if not workspace.apply(command):
        return []
    return [action.id for action in command.result]


class DecisionsModel(QStandardItemModel):
    """Workshops (newest first) with their decisions as checkable rows; column 1 says which are actions."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._propagating = False
        self.itemChanged.connect(self._on_item_changed)
        self.load(workspace)

    def load(self, workspace: Workspace) -> None:
        self.clear()
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ActionsFromDecisions", "Decision"),
                QCoreApplication.translate("ActionsFromDecisions", "In the action plan"),
            ]
        )
        done = existing_actions(workspace)
        listed = list(workshops.list_workshops(workspace.store))
        listed.sort(key=lambda w: (w.date is not None, w.date), reverse=True)
        for workshop in listed:
            decisions = workshops.list_decisions(workspace.store, workshop.id)
            if decisions:
                self._add_workshop(workshop, decisions, done)

    def _add_workshop(
        self, workshop: WorkshopView, decisions: list[DecisionView], done: set[tuple[uuid.UUID, str]]
    ) -> None:
        if workshop.date is not None:
            title = QCoreApplication.translate("ActionsFromDecisions", "{title} ({date})").format(
                title=workshop.title, date=long_date(workshop.date)
            )
        else:
            title = workshop.title
        parent = QStandardItem(title)
        parent.setEditable(False)
        font = parent.font()
        font.setBold(True)
        parent.setFont(font)
        parent.setToolTip(title)
        parent.setAccessibleText(title)
        status = QStandardItem()
        status.setEditable(False)
        open_count = 0
        for decision in decisions:
            item = QStandardItem(decision.text)
            item.setEditable(False)
            item.setToolTip(decision.text)
            item.setData(decision.id, DECISION_ROLE)
            state = QStandardItem()
            state.setEditable(False)
            if (workshop.id, decision.text.strip()) in done:
                item.setEnabled(False)
                state.setText(QCoreApplication.translate("ActionsFromDecisions", "Already an action"))
                state.setToolTip(
                    QCoreApplication.translate(
                        "ActionsFromDecisions", "An action from this workshop with the same wording exists."
                    )
                )
                state.setEnabled(False)
            else:
                item.setCheckable(True)
                item.setCheckState(Qt.CheckState.Unchecked)
                open_count += 1
            parent.appendRow([item, state])
        if open_count:
            parent.setCheckable(True)
            parent.setCheckState(Qt.CheckState.Unchecked)
        else:
            status.setText(QCoreApplication.translate("ActionsFromDecisions", "All are actions"))
        self.appendRow([parent, status])

    def decision_items(self) -> list[QStandardItem]:
        found: list[QStandardItem] = []
        for row in range(self.rowCount()):
            parent = self.item(row)
            found.extend(parent.child(child) for child in range(parent.rowCount()))
        return found

    def checked(self) -> list[uuid.UUID]:
        """The checked decisions, in the order they are listed."""
        return [
            item.data(DECISION_ROLE)
            for item in self.decision_items()
            if item.isCheckable() and item.checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, decision_id: uuid.UUID, checked: bool) -> None:
        for item in self.decision_items():
            if item.data(DECISION_ROLE) == decision_id and item.isCheckable():
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def is_action(self, decision_id: uuid.UUID) -> bool:
        return any(i.data(DECISION_ROLE) == decision_id and not i.isCheckable() for i in self.decision_items())

    def _on_item_changed(self, item: QStandardItem) -> None:
        """A workshop's box checks or clears all its open decisions; theirs add up to the workshop's."""
        if self._propagating or not item.isCheckable():
            return
        self._propagating = True
        try:
            if item.parent() is None and item.hasChildren():
                if item.checkState() != Qt.CheckState.PartiallyChecked:
                    for row in range(item.rowCount()):
                        child = item.child(row)
                        if child.isCheckable():
                            child.setCheckState(item.checkState())
            elif item.parent() is not None and item.parent().isCheckable():
                parent = item.parent()
                states = {
                    parent.child(row).checkState()
                    for row in range(parent.rowCount())
                    if parent.child(row).isCheckable()
                }
                parent.setCheckState(states.pop() if len(states) == 1 else Qt.CheckState.PartiallyChecked)
        finally:
            self._propagating = False


class ActionsFromDecisionsDialog(QDialog):
    """Lists every workshop's decisions with a checkbox; accepting means "make actions of the checked ones".

    The dialog only chooses; whoever opened it calls :func:`make_actions` with :meth:`checked_decisions`
    when it is accepted (it is opened with ``open()``, never ``exec()``).
    """

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ActionsFromDecisionsDialog")
        self.model = DecisionsModel(workspace, self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setItemDelegate(WrappingDelegate(self.view))
        relayout_on_resize(self.view)
        self.view.setUniformRowHeights(False)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.expandAll()
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "muted")
        self.empty.setVisible(self.model.rowCount() == 0)
        self.view.setVisible(self.model.rowCount() > 0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.make_button = QPushButton(self)
        self.make_button.setDefault(True)
        self.buttons.addButton(self.make_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.model.itemChanged.connect(lambda _item: self._update_button())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.buttons)
        self.resize(960, 620)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0, QModelIndex()))
        self.retranslate()
        self._update_button()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Actions from decisions"))
        self.intro.setText(
            self.tr(
                "Check the decisions that should become actions. Each action is worded as its decision and "
                "remembers the workshop; give it an owner and a due date afterwards in the action plan. "
                "Space checks the decision at the cursor."
            )
        )
        self.view.setAccessibleName(self.tr("Workshops and their decisions"))
        self.empty.setText(self.tr("No workshop has decisions yet. Record them in the workshop's minutes first."))
        self.make_button.setText(self.tr("&Make actions of the checked decisions"))
        self.make_button.setToolTip(
            self.tr("Makes them in one step; {shortcut} undoes it.").format(
                shortcut=QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )

    def checked_decisions(self) -> list[uuid.UUID]:
        return self.model.checked()

    def _update_button(self) -> None:
        self.make_button.setEnabled(bool(self.model.checked()))
