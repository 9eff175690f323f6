"""Two of the method's tools as dialogs on a workshop: the lifecycle diagnosis ("where are we now", by the
group or each participant, dated, with the marks so far) and recording the hybrid model chosen (which of
A–D it combines, and why) as a decision. Every mark and decision is one undo command."""

import uuid

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.commands import OperationCommand
from ui.workspace import Workspace
from workshop_app.operations.changes import ChangeSet, Kind
from workshop_app.operations.method_tools import DecideHybrid, MarkLifecycle
from workshop_app.services import method_tools, participants, workshops


class LifecycleDialog(QDialog):
    """Mark where the collaboration stands on a lifecycle curve of the method, and see the marks so far."""

    def __init__(self, workspace: Workspace, workshop_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LifecycleDialog")
        self.workspace = workspace
        self.workshop_id = workshop_id
        self.tools = method_tools.tools_of(workspace.store)
        language = workspace.language
        self.curve = QComboBox(self)
        for lifecycle in self.tools.lifecycles:
            self.curve.addItem(lifecycle.title.get(language), lifecycle.key)
        self.curve.currentIndexChanged.connect(self._fill_stages)
        self.stages = QListWidget(self)
        self.stages.setWordWrap(True)  # a stage's description reads whole, however narrow the dialog
        self.stages.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.by = QComboBox(self)
        self.by.addItem(self.tr("The group"), None)
        for person in participants.list_participants(workspace.store, include_erased=False):
            self.by.addItem(person.display_name, person.id)
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        today = workspace.today()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.comment = QLineEdit(self)
        self.mark_button = QPushButton(self.tr("&Mark"), self)
        self.mark_button.clicked.connect(self.mark)
        self.marks = QTableWidget(0, 4, self)
        self.marks.setHorizontalHeaderLabels([self.tr("Date"), self.tr("By"), self.tr("Curve"), self.tr("Stage")])
        self.marks.horizontalHeader().setStretchLastSection(True)
        self.marks.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        form = QFormLayout()
        form.addRow(self.tr("&Curve:"), self.curve)
        form.addRow(self.tr("&Where are we now?"), self.stages)
        form.addRow(self.tr("Marked &by:"), self.by)
        form.addRow(self.tr("&Date:"), self.day)
        form.addRow(self.tr("C&omment:"), self.comment)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.mark_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(QLabel(self.tr("Marks so far, oldest first:"), self))
        layout.addWidget(self.marks, 1)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Lifecycle diagnosis"))
        self.stages.setAccessibleName(self.tr("Stages of the lifecycle"))
        self.marks.setAccessibleName(self.tr("Lifecycle marks so far"))
        self.resize(760, 620)
        self._fill_stages()
        self._fill_marks()
        workspace.changes_applied.connect(self._on_changes)

    def _fill_stages(self) -> None:
        self.stages.clear()
        lifecycle = self.tools.lifecycle(str(self.curve.currentData()))
        for stage in lifecycle.stages if lifecycle else []:
            item = QListWidgetItem(
                f"{stage.title.get(self.workspace.language)} – {stage.description.get(self.workspace.language)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, stage.key)
            self.stages.addItem(item)
        self.stages.setCurrentRow(0)

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.touches(Kind.LIFECYCLE_MARK, Kind.PARTICIPANT):
            self._fill_marks()

    def _fill_marks(self) -> None:
        facts = method_tools.tools_by_workshop(self.workspace.store).get(self.workshop_id, {})
        names = {str(p.id): p.display_name for p in participants.list_participants(self.workspace.store)}
        rows = facts.get("lifecycle_marks", [])
        self.marks.setRowCount(len(rows))
        for row, mark in enumerate(rows):
            by = str(mark["by"])
            cells = [
                str(mark["date"]),
                self.tr("The group") if by == "group" else names.get(by, ""),
                str(mark["lifecycle"]),
                str(mark["stage"]),
            ]
            for column, value in enumerate(cells):
                self.marks.setItem(row, column, QTableWidgetItem(value))
        self.marks.resizeColumnsToContents()

    def mark(self) -> bool:
        item = self.stages.currentItem()
        if item is None:
            return False
        day = self.day.date().toPython()
        by = self.by.currentData()
        operation = MarkLifecycle(
            self.workshop_id,
            str(self.curve.currentData()),
            str(item.data(Qt.ItemDataRole.UserRole)),
            day,  # type: ignore[arg-type]
            participant_id=by if isinstance(by, uuid.UUID) else None,
            comment=self.comment.text(),
        )
        if self.workspace.apply(OperationCommand(self.workspace, self.tr("Mark the lifecycle"), operation)):
            self.comment.clear()
            return True
        return False

    def done(self, result: int) -> None:
        self.workspace.changes_applied.disconnect(self._on_changes)
        super().done(result)


class HybridDialog(QDialog):
    """Record the group's hybrid: which models A–D it combines and why, as a decision of the workshop."""

    def __init__(self, workspace: Workspace, workshop_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HybridDialog")
        self.workspace = workspace
        self.workshop_id = workshop_id
        tools = method_tools.tools_of(workspace.store)
        language = workspace.language
        preset = workspace.catalogue.preset("valuma")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Which models does your hybrid combine?"), self))
        self.models: dict[str, QCheckBox] = {}
        for model in tools.hybrid_models:
            corner = preset.quadrants[model.quadrant].title.get(language) if preset else ""
            box = QCheckBox(model.title.get(language), self)
            box.setToolTip(model.content.get(language))
            box.setAccessibleDescription(model.content.get(language))
            note = QLabel(
                self.tr("{content} Likely quadrant: {corner}.").format(
                    content=model.content.get(language), corner=corner
                ),
                self,
            )
            note.setWordWrap(True)
            note.setIndent(24)
            layout.addWidget(box)
            layout.addWidget(note)
            self.models[model.key] = box
        form = QFormLayout()
        self.decision = QLineEdit(self)
        self.reason = QPlainTextEdit(self)
        self.reason.setFixedHeight(80)
        form.addRow(self.tr("&Decision:"), self.decision)
        form.addRow(self.tr("&Why:"), self.reason)
        self.reason.setAccessibleName(self.tr("Why this hybrid"))
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.record)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Record the hybrid model"))
        self.resize(720, 600)

    def record(self) -> bool:
        chosen = [key for key, box in self.models.items() if box.isChecked()]
        text = self.decision.text().strip() or self.tr("Hybrid model: {models}").format(models=" + ".join(chosen))
        operation = DecideHybrid(self.workshop_id, text, tuple(chosen), self.reason.toPlainText())
        if self.workspace.apply(OperationCommand(self.workspace, self.tr("Record the hybrid model"), operation)):
            self.accept()
            return True
        return False


def choose_workshop(parent: QWidget, workspace: Workspace) -> uuid.UUID | None:
    """Ask which workshop the tool is used in (the latest held first in the list as the services order)."""
    every = workshops.list_workshops(workspace.store)
    if not every:
        return None
    labels = [f"{w.date.isoformat() if w.date else '—'}  {w.title}" for w in every]
    label, accepted = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("MethodToolsDialogs", "Which workshop?"),
        QCoreApplication.translate("MethodToolsDialogs", "The workshop where the group uses the tool:"),
        labels,
        0,
        False,
    )
    return every[labels.index(label)].id if accepted else None
