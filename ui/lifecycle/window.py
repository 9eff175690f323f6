"""The lifecycle diagnosis of a workshop in its own window: the curve (VALUMA's stages, or drijven-klijven-
blijven) with the programme's marks so far, where the facilitator, or a participant at the laptop, clicks
"where are we now". Each mark is one undo command, dated and made by the group or the person chosen; the
keyboard does the same from the list of stages; this workshop's marks can be removed again (also undoable).
"""

import contextlib
import uuid

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.commands import OperationCommand, delete_command
from ui.lifecycle.curve import LifecycleCurve
from ui.models.phase_models import locale_date
from ui.workspace import Workspace
from workshop_app.catalogue.tools import Lifecycle
from workshop_app.operations.changes import ChangeSet, Kind
from workshop_app.operations.method_tools import MarkLifecycle
from workshop_app.services import method_tools, participants, workshops

SIDE_WIDTH = 330


class LifecycleWindow(QMainWindow):
    """One workshop's lifecycle diagnosis, over the programme's path so far."""

    def __init__(self, workspace: Workspace, workshop_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LifecycleWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.workspace = workspace
        self.workshop_id = workshop_id
        self.tools = method_tools.tools_of(workspace.store)
        self.curve_label = QLabel(self)
        self.curve_choice = QComboBox(self)
        self.curve_label.setBuddy(self.curve_choice)
        self.by_label = QLabel(self)
        self.by = QComboBox(self)
        self.by_label.setBuddy(self.by)
        self.day_label = QLabel(self)
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day_label.setBuddy(self.day)
        self.comment_label = QLabel(self)
        self.comment = QLineEdit(self)
        self.comment_label.setBuddy(self.comment)
        self.curve = LifecycleCurve(self, interactive=True)
        self.curve.stage_chosen.connect(self.mark)
        self.stages_label = QLabel(self)
        self.stages = QListWidget(self)
        self.stages.setWordWrap(True)
        self.stages.itemActivated.connect(lambda _item: self.mark_chosen())
        self.stages_label.setBuddy(self.stages)
        self.mark_button = QPushButton(self)
        self.mark_button.clicked.connect(self.mark_chosen)
        self.marks_label = QLabel(self)
        self.marks = QListWidget(self)
        self.marks.setWordWrap(True)
        self.marks_label.setBuddy(self.marks)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)

        top = QHBoxLayout()
        for label, field in (
            (self.curve_label, self.curve_choice),
            (self.by_label, self.by),
            (self.day_label, self.day),
            (self.comment_label, self.comment),
        ):
            top.addWidget(label)
            top.addWidget(field, 1 if field is self.comment else 0)
        side = QVBoxLayout()
        side.addWidget(self.stages_label)
        side.addWidget(self.stages, 3)
        side.addWidget(self.mark_button)
        side.addSpacing(8)
        side.addWidget(self.marks_label)
        side.addWidget(self.marks, 2)
        side.addWidget(self.remove_button)
        side_holder = QWidget(self)
        side_holder.setLayout(side)
        side_holder.setFixedWidth(SIDE_WIDTH)
        middle = QHBoxLayout()
        middle.addWidget(self.curve, 1)
        middle.addWidget(side_holder)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.hint)
        self.setCentralWidget(body)
        self.resize(1366, 768)

        for lifecycle in self.tools.lifecycles:
            self.curve_choice.addItem(lifecycle.title.get(workspace.language), lifecycle.key)
        self.curve_choice.currentIndexChanged.connect(self._curve_changed)
        self.by.currentIndexChanged.connect(self._by_changed)
        workshop = workshops.get_workshop(workspace.store, workshop_id)
        self.workshop_title = workshop.title
        start = workshop.date or workspace.today()
        self.day.setDate(QDate(start.year, start.month, start.day))
        self._fill_people()
        self.retranslate()
        self._curve_changed()
        workspace.changes_applied.connect(self._on_changes)

    # --- texts -------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Lifecycle diagnosis – {workshop}").format(workshop=self.workshop_title))
        self.curve_label.setText(self.tr("&Curve:"))
        self.by_label.setText(self.tr("Marked &by:"))
        self.day_label.setText(self.tr("&Date:"))
        self.comment_label.setText(self.tr("C&omment:"))
        self.comment.setPlaceholderText(self.tr("Why here? (optional)"))
        self.by.setItemText(0, self.tr("The group"))
        self.stages_label.setText(self.tr("&Stages (keyboard: choose, then Enter):"))
        self.stages.setAccessibleName(self.tr("Stages of the lifecycle"))
        self.mark_button.setText(self.tr("&Mark “where we are now”"))
        self.marks_label.setText(self.tr("Marks made in this &workshop:"))
        self.marks.setAccessibleName(self.tr("Lifecycle marks made in this workshop"))
        self.remove_button.setText(self.tr("&Remove the selected mark"))
        self.hint.setText(
            self.tr(
                "Click the curve where the group, or the person chosen above, thinks the collaboration is today. "
                "The curve shows the programme's path: older diagnoses are fainter, the latest is circled. "
                "Undo (Ctrl+Z) takes a mark back."
            )
        )
        self._fill_marks()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        with contextlib.suppress(RuntimeError):  # already disconnected
            self.workspace.changes_applied.disconnect(self._on_changes)
        super().closeEvent(event)

    # --- contents ----------------------------------------------------------------------------------------

    def lifecycle(self) -> Lifecycle | None:
        return self.tools.lifecycle(str(self.curve_choice.currentData()))

    def _fill_people(self) -> None:
        chosen = self.by.currentData()
        self.by.blockSignals(True)
        self.by.clear()
        self.by.addItem(self.tr("The group"), None)
        for person in participants.list_participants(self.workspace.store, include_erased=False):
            self.by.addItem(person.display_name, person.id)
        index = self.by.findData(chosen) if chosen is not None else 0
        self.by.setCurrentIndex(max(index, 0))
        self.by.blockSignals(False)

    def _curve_changed(self) -> None:
        lifecycle = self.lifecycle()
        language = self.workspace.language
        self.stages.clear()
        for stage in lifecycle.stages if lifecycle else []:
            item = QListWidgetItem(stage.title.get(language))
            item.setToolTip(stage.description.get(language))
            item.setData(Qt.ItemDataRole.UserRole, stage.key)
            self.stages.addItem(item)
        self.stages.setCurrentRow(0)
        self._fill_curve()
        self._fill_marks()

    def _by_changed(self) -> None:
        by = self.by.currentData()
        self.curve.set_highlighted(by if isinstance(by, uuid.UUID) else None)

    def _names(self) -> dict[uuid.UUID, str]:
        return {person.id: person.display_name for person in participants.list_participants(self.workspace.store)}

    def _fill_curve(self) -> None:
        lifecycle = self.lifecycle()
        marks = (
            method_tools.list_lifecycle_marks(self.workspace.store, lifecycle_key=lifecycle.key) if lifecycle else []
        )
        self.curve.set_curve(lifecycle, self.workspace.language, marks, self._names())

    def _fill_marks(self) -> None:
        """This workshop's marks on every curve, oldest first, each removable."""
        selected = self.selected_mark()
        self.marks.clear()
        names = self._names()
        for mark in method_tools.list_lifecycle_marks(self.workspace.store, workshop_id=self.workshop_id):
            lifecycle = self.tools.lifecycle(mark.lifecycle_key)
            stage = next((s for s in lifecycle.stages if s.key == mark.stage_key), None) if lifecycle else None
            who = self.tr("The group") if mark.participant_id is None else names.get(mark.participant_id, "")
            item = QListWidgetItem(
                self.tr("{date} – {who}: {stage}").format(
                    date=locale_date(mark.marked_on),
                    who=who or self.tr("A participant"),
                    stage=stage.title.get(self.workspace.language) if stage else mark.stage_key,
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, mark.id)
            self.marks.addItem(item)
            if mark.id == selected:
                self.marks.setCurrentItem(item)
        self.remove_button.setEnabled(self.marks.count() > 0)

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.touches(Kind.PARTICIPANT):
            self._fill_people()
        if changes.touches(Kind.LIFECYCLE_MARK, Kind.PARTICIPANT):
            self._fill_curve()
            self._fill_marks()

    # --- edits -------------------------------------------------------------------------------------------

    def mark_chosen(self) -> bool:
        item = self.stages.currentItem()
        return self.mark(str(item.data(Qt.ItemDataRole.UserRole))) if item is not None else False

    def mark(self, stage_key: str) -> bool:
        """Mark ``stage_key`` as where the group (or the chosen person) places the collaboration: one undo step."""
        lifecycle = self.lifecycle()
        if lifecycle is None:
            return False
        by = self.by.currentData()
        person = by if isinstance(by, uuid.UUID) else None
        operation = MarkLifecycle(
            self.workshop_id,
            lifecycle.key,
            stage_key,
            self.day.date().toPython(),  # type: ignore[arg-type]
            participant_id=person,
            comment=self.comment.text(),
        )
        stage = next((s for s in lifecycle.stages if s.key == stage_key), None)
        title = stage.title.get(self.workspace.language) if stage else stage_key
        command = OperationCommand(
            self.workspace, self.tr("Mark the lifecycle at “{stage}”").format(stage=title), operation
        )
        if not self.workspace.apply(command):
            return False
        self.comment.clear()
        return True

    def selected_mark(self) -> uuid.UUID | None:
        item = self.marks.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, uuid.UUID) else None

    def remove_selected(self) -> bool:
        mark_id = self.selected_mark()
        if mark_id is None:
            return False
        command = delete_command(self.workspace, self.tr("Remove a lifecycle mark"), Kind.LIFECYCLE_MARK, mark_id)
        return self.workspace.apply(command)
