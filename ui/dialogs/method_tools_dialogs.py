"""Recording the hybrid model a workshop chose (which of A–D it combines, and why) as a decision, one undo
command; and choosing the workshop a method tool works on. (The lifecycle diagnosis is drawn: ui/lifecycle.)"""

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.commands import OperationCommand
from ui.workspace import Workspace
from workshop_app.operations.method_tools import DecideHybrid
from workshop_app.services import method_tools, workshops


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
