"""File › Merge Conflicts…: the conflicts merges left open, one row each, decided one at a time.

Each row names the record in words, the field, the value the merge kept, the other value and the copy it
came from. Keep the Other Value puts the other value in, Accept keeps the merged one; either is one undo
step (:class:`workshop_app.merge.conflicts.ResolveConflict`) and takes the row off the list. The list is read
again after every change of the programme and every undo or redo, so it never shows a decided conflict.
Usable from the keyboard alone: the table has the focus, the arrows choose a row, Alt+K and Alt+A decide.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.commands import OperationCommand
from ui.workspace import Workspace
from workshop_app.merge.conflicts import OpenConflict, ResolveConflict, open_conflicts
from workshop_app.merge.describe import field_words, record_words, value_text


class MergeConflictsDialog(QDialog):
    """The open conflicts of the programme; not modal, so the facilitator can look at the record meanwhile."""

    COLUMNS = 5

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.conflicts: list[OpenConflict] = []
        self.setWindowTitle(self.tr("Merge Conflicts"))
        self.setMinimumSize(900, 460)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setText(
            self.tr(
                "Where both copies changed the same field, the merge kept the later change and saved the other "
                "value here. Choose a row, then keep the other value instead, or accept the value kept."
            )
        )
        self.empty = QLabel(self.tr("No conflicts are open: every merge conflict has been decided."), self)
        self.empty.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Record"), self.tr("Field"), self.tr("Value kept"), self.tr("Other value"), self.tr("From")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons, the arrows choose a row
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(column, mode)
        # Rows grow to their wrapped text again whenever the columns' widths change (on showing, on resizing).
        header.sectionResized.connect(lambda *_args: self.table.resizeRowsToContents())
        self.table.itemSelectionChanged.connect(self._enable)
        self.buttons = QDialogButtonBox(self)
        self.keep_other_button: QPushButton = self.buttons.addButton(
            self.tr("&Keep the Other Value"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.accept_button: QPushButton = self.buttons.addButton(
            self.tr("&Accept the Value Kept"), QDialogButtonBox.ButtonRole.ActionRole
        )
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        for button in (self.keep_other_button, self.accept_button):
            button.setAutoDefault(False)
        self.keep_other_button.clicked.connect(lambda: self.resolve(keep_other=True))
        self.accept_button.clicked.connect(lambda: self.resolve(keep_other=False))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        workspace.changes_applied.connect(self.refresh)
        workspace.undo_stack.indexChanged.connect(self.refresh)
        self.refresh()
        self.table.setFocus()

    def selected(self) -> OpenConflict | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.conflicts):
            return None
        return self.conflicts[rows[0].row()]

    def refresh(self, *_args: object) -> None:
        """Read the open conflicts again, keeping the chosen row where it was (or the one that took its place)."""
        chosen = self.table.currentRow()
        self.conflicts = open_conflicts(self.workspace.store)
        self.table.setRowCount(len(self.conflicts))
        for row, conflict in enumerate(self.conflicts):
            merged = conflict.merged_at.strftime("%Y-%m-%d %H:%M")
            source = (conflict.other_copy or "")[:8]
            cells = (
                record_words(conflict.kind, conflict.label),
                field_words(conflict.field),
                value_text(conflict.kept),
                value_text(conflict.other),
                self.tr("Copy {copy}, merged {when}").format(copy=source, when=merged) if source else merged,
            )
            for column, shown in enumerate(cells):
                item = QTableWidgetItem(shown)
                item.setToolTip(shown)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not self.conflicts)
        self.table.setVisible(bool(self.conflicts))
        if self.conflicts:
            self.table.selectRow(min(max(chosen, 0), len(self.conflicts) - 1))
        self._enable()

    def resolve(self, *, keep_other: bool) -> None:
        conflict = self.selected()
        if conflict is None:
            return
        if keep_other:
            text = self.tr("Keep the other value of {field}").format(field=field_words(conflict.field))
        else:
            text = self.tr("Accept the merged value of {field}").format(field=field_words(conflict.field))
        self.workspace.apply(OperationCommand(self.workspace, text, ResolveConflict(conflict.id, keep_other)))
        self.refresh()
        self.table.setFocus()

    def _enable(self) -> None:
        conflict = self.selected()
        self.accept_button.setEnabled(conflict is not None)
        self.keep_other_button.setEnabled(conflict is not None and conflict.choosable)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Enter on a row does nothing by itself: deciding is always an explicit Alt+K or Alt+A."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)
