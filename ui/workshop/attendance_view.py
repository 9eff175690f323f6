"""The attendance tab: the register with each person's status, quick buttons for the chosen people, counts."""

import uuid

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.action_button import ActionButton, describe
from ui.workshop.attendance_model import CHOICES, NAME, NOT_RECORDED, STATUS, AttendanceModel, status_icon, status_label
from ui.workshop.keyed_model import Index
from ui.workshop.look import SECTION_TITLE, set_role
from ui.workspace import Workspace
from workshop_app.domain.enums import AttendanceStatus


class StatusDelegate(QStyledItemDelegate):
    """Chooses a status from a list; choosing commits at once (one command), without leaving the cell."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QComboBox(parent)
        for status in CHOICES:
            editor.addItem(status_icon(status), status_label(status), status)
        editor.setAccessibleName(self.tr("Attendance"))
        editor.activated.connect(lambda _row: self._commit(editor))
        return editor

    def _commit(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 - Qt override
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class AttendancePanel(QWidget):
    """The register filtered by a search field; status by the cell's list or by buttons for several people."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.model = AttendanceModel(workspace)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.search_label = QLabel(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.search_label.setBuddy(self.search)
        self.register_label = QLabel(self)
        set_role(self.register_label, SECTION_TITLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.register_label.setBuddy(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setItemDelegateForColumn(STATUS, StatusDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_state())

        self.status_actions: dict[str, QAction] = {}
        self.status_buttons: dict[str, ActionButton] = {}
        buttons = QHBoxLayout()
        self.mark_label = QLabel(self)
        buttons.addWidget(self.mark_label)
        for status in CHOICES:
            action = QAction(status_icon(status), "", self)
            action.triggered.connect(lambda _=False, s=status: self.mark_selected(s))
            self.status_actions[status] = action
            self.status_buttons[status] = ActionButton(action, self)
            buttons.addWidget(self.status_buttons[status])
        buttons.addStretch(1)
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)

        find_row = QHBoxLayout()
        find_row.addWidget(self.search_label)
        find_row.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(find_row)
        layout.addWidget(self.register_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.counts)
        for signal in (self.model.modelReset, self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(lambda *_: self._update_state())
        self.retranslate()

    def set_workshop(self, workshop_id: uuid.UUID | None) -> None:
        self.model.set_workshop(workshop_id)
        self._update_state()

    def selected_rows(self) -> list[int]:
        """Rows of the model (not the filtered view) of the people chosen in the table."""
        rows = {self.proxy.mapToSource(index).row() for index in self.table.selectionModel().selectedRows()}
        return sorted(rows)

    def mark_selected(self, status: str) -> None:
        self.model.set_status(self.selected_rows(), status)

    def _update_state(self) -> None:
        editable = not self.workspace.store.read_only and self.model.workshop_id is not None
        chosen = bool(self.table.selectionModel().selectedRows())
        for action in self.status_actions.values():
            action.setEnabled(editable and chosen)
        counts = self.model.counts()
        self.counts.setText(
            self.tr(
                "Present: {present}    Sent apologies: {apologies}    Absent: {absent}    Not recorded: {unknown}"
            ).format(
                present=counts[AttendanceStatus.PRESENT],
                apologies=counts[AttendanceStatus.APOLOGIES],
                absent=counts[AttendanceStatus.ABSENT],
                unknown=counts[NOT_RECORDED],
            )
        )

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Search the register:"))
        self.search.setPlaceholderText(self.tr("Name or organisation"))
        self.search.setAccessibleName(self.tr("Find a person"))
        self.register_label.setText(self.tr("Register"))
        self.table.setAccessibleName(self.tr("Attendance register"))
        self.mark_label.setText(self.tr("Mark the chosen people as:"))
        texts = {
            "present": (self.tr("&Present"), self.tr("Record the chosen people as present")),
            "apologies": (self.tr("Sent &apologies"), self.tr("Record that the chosen people sent apologies")),
            "absent": (self.tr("A&bsent"), self.tr("Record the chosen people as absent")),
            NOT_RECORDED: (self.tr("Not re&corded"), self.tr("Remove the chosen people's attendance record")),
        }
        for status, (text, tooltip) in texts.items():
            describe(self.status_actions[status], text, tooltip)
        self._update_state()
