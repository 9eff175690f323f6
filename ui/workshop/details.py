"""The details tab: title, phase, date, times, place, facilitator and purpose of one workshop.

Each field commits on its own when editing finishes: one undoable ``update_workshop`` command per change.
Values are checked with the core's own rules first, so a refused value is explained right under the field
and the field goes back to what the file holds, instead of a dialog interrupting the facilitator.
"""

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from ui.commands import shown_values, update_command
from ui.widgets.committing_text import CommittingTextEdit
from ui.widgets.optional_edits import OptionalDateEdit, OptionalTimeEdit
from ui.workshop.inline_error import InlineError
from ui.workspace import Workspace
from workshop_app.domain.models import WorkshopView
from workshop_app.errors import ValidationError
from workshop_app.operations.changes import ChangeSet, Kind
from workshop_app.services import participants
from workshop_app.services import validation as check
from workshop_app.services.workshops import WORKSHOP_RULES


def keep_duration(workshop: WorkshopView, changes: dict[str, Any]) -> dict[str, Any]:
    """A start moved to or past the end moves the end too, keeping the length, as calendars do."""
    start, end, new_start = workshop.start_time, workshop.end_time, changes.get("start_time")
    if start is None or end is None or new_start is None or new_start < end:
        return changes
    day = datetime(2000, 1, 1)
    moved_end = datetime.combine(day, new_start) + (datetime.combine(day, end) - datetime.combine(day, start))
    if moved_end.date() != day.date():
        return changes  # it would run past midnight: let the core explain why that cannot be
    return {**changes, "end_time": moved_end.time()}


FIELDS = ("title", "phase", "date", "start_time", "end_time", "place", "facilitator", "purpose")


class DetailsForm(QWidget):
    """One row per field, each with its own inline error row, hidden until the core refuses a value."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.workshop: WorkshopView | None = None
        self._shown: dict[str, Any] = {}  # what each field showed after the last load, to spot unsaved typing
        self.title_edit = QLineEdit(self)
        self.phase = QComboBox(self)
        self.date = OptionalDateEdit(self)
        self.start = OptionalTimeEdit(self)
        self.end = OptionalTimeEdit(self)
        self.place = QLineEdit(self)
        self.facilitator = QComboBox(self)
        self.facilitator.setEditable(True)
        self.facilitator.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.purpose = CommittingTextEdit(self)
        self.purpose.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.purpose.setMaximumHeight(self.fontMetrics().lineSpacing() * 12)

        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, InlineError] = {}
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(8)
        self.form.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for field in FIELDS:
            widget = self.widget(field)
            label = QLabel(self)
            label.setBuddy(widget.focusProxy() or widget)
            self.labels[field] = label
            self.form.addRow(label, widget)
            error = InlineError(self)
            self.errors[field] = error
            self.form.addRow("", error)
            self.form.setRowVisible(error, False)

        self.title_edit.editingFinished.connect(lambda: self._commit("title", self.title_edit.text()))
        self.phase.activated.connect(lambda _i: self._commit("phase", self.phase.currentData()))
        self.date.edited.connect(lambda value: self._commit("date", value))
        self.start.edited.connect(lambda value: self._commit("start_time", value))
        self.end.edited.connect(lambda value: self._commit("end_time", value))
        self.place.editingFinished.connect(lambda: self._commit("place", self.place.text()))
        facilitator_line = self.facilitator.lineEdit()
        assert facilitator_line is not None
        facilitator_line.editingFinished.connect(lambda: self._commit("facilitator", self.facilitator.currentText()))
        self.facilitator.activated.connect(lambda _i: self._commit("facilitator", self.facilitator.currentText()))
        self.purpose.editingFinished.connect(lambda: self._commit("purpose", self.purpose.toPlainText()))
        self._set_read_only(workspace.store.read_only)
        workspace.changes_applied.connect(self._on_changes)
        self.retranslate()

    def widget(self, field: str) -> QWidget:
        widgets: dict[str, QWidget] = {
            "title": self.title_edit,
            "phase": self.phase,
            "date": self.date,
            "start_time": self.start,
            "end_time": self.end,
            "place": self.place,
            "facilitator": self.facilitator,
            "purpose": self.purpose,
        }
        return widgets[field]

    def _set_read_only(self, read_only: bool) -> None:
        for line in (self.title_edit, self.place):
            line.setReadOnly(read_only)
        self.purpose.setReadOnly(read_only)
        for widget in (self.phase, self.date, self.start, self.end, self.facilitator):
            widget.setEnabled(not read_only)

    # --- showing -----------------------------------------------------------------------------------------

    def load(self, workshop: WorkshopView | None) -> None:
        """Show ``workshop``; a field with typing not yet committed keeps it (it commits when left)."""
        switched = workshop is None or self.workshop is None or workshop.id != self.workshop.id
        self.workshop = workshop
        if switched:
            for field in FIELDS:
                self._hide_error(field)
            self._shown = {}
            self._fill_facilitators()
        if workshop is None:
            return
        for field in FIELDS:
            if switched or self._value(field) == self._shown.get(field):
                self._show(field, getattr(workshop, field))
                self._shown[field] = self._value(field)

    def _value(self, field: str) -> Any:
        """What ``field``'s widget holds now, in the form the core takes."""
        readers: dict[str, Callable[[], Any]] = {
            "title": self.title_edit.text,
            "phase": self.phase.currentData,
            "date": self.date.value,
            "start_time": self.start.value,
            "end_time": self.end.value,
            "place": self.place.text,
            "facilitator": self.facilitator.currentText,
            "purpose": self.purpose.toPlainText,
        }
        return readers[field]()

    def _show(self, field: str, value: Any) -> None:
        if field == "title":
            self.title_edit.setText(value)
            self.title_edit.setCursorPosition(0)
        elif field == "phase":
            self.phase.setCurrentIndex(max(0, self.phase.findData(value)))
        elif field == "date":
            self.date.set_value(value)
        elif field == "start_time":
            self.start.set_value(value)
        elif field == "end_time":
            self.end.set_value(value)
        elif field == "place":
            self.place.setText(value)
            self.place.setCursorPosition(0)
        elif field == "facilitator":
            self.facilitator.setCurrentText(value)
        else:
            self.purpose.replace_text(value)

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.touches(Kind.PARTICIPANT):
            self._fill_facilitators()

    def _fill_facilitators(self) -> None:
        """The register's names to choose from; any other name can be typed."""
        names = [p.display_name for p in participants.list_participants(self.workspace.store, include_erased=False)]
        current = self.facilitator.currentText()
        if [self.facilitator.itemText(i) for i in range(self.facilitator.count())] != names:
            self.facilitator.blockSignals(True)
            self.facilitator.clear()
            self.facilitator.addItems(names)
            self.facilitator.setCurrentText(current)
            self.facilitator.blockSignals(False)

    def _fill_phases(self) -> None:
        """Phase titles from the method catalogue, in the programme's language."""
        current = self.phase.currentData()
        self.phase.clear()
        for phase in self.workspace.catalogue.phases:
            title = phase.title.get(self.workspace.language)
            self.phase.addItem(self.tr("{number}. {title}").format(number=phase.number, title=title), phase.number)
        self.phase.setCurrentIndex(max(0, self.phase.findData(current)))

    # --- committing --------------------------------------------------------------------------------------

    def flush(self) -> None:
        """Commit the field being typed in, before something else (a new workshop, F5) takes over."""
        focused = QApplication.focusWidget()
        if focused is None:
            return
        for field in FIELDS:
            widget = self.widget(field)
            if focused is widget or widget.isAncestorOf(focused):
                self._commit(field, self._value(field))

    def _commit(self, field: str, value: Any) -> None:
        workshop = self.workshop
        if workshop is None or self.workspace.store.read_only:
            return
        try:
            changes = {field: WORKSHOP_RULES[field](value)}
            if field in ("start_time", "end_time"):
                changes = keep_duration(workshop, changes)
                times = {"start_time": workshop.start_time, "end_time": workshop.end_time, **changes}
                check.time_span(times["start_time"], times["end_time"])
        except ValidationError as error:
            self._show_error(field, str(error))
            self._show(field, getattr(workshop, field))
            self._shown[field] = self._value(field)
            return
        self._hide_error(field)
        self._shown[field] = self._value(field)  # the field now counts as in step with the file
        if all(getattr(workshop, name) == new for name, new in changes.items()):
            return
        command = update_command(
            self.workspace,
            self._undo_text(field),
            Kind.WORKSHOP,
            workshop.id,
            changes,
            expected=shown_values(workshop, changes),  # a colleague's change meanwhile is refused, not overwritten
        )
        self.workspace.apply(command)

    def _show_error(self, field: str, message: str) -> None:
        self.errors[field].show_message(message)
        self.form.setRowVisible(self.errors[field], True)

    def _hide_error(self, field: str) -> None:
        self.errors[field].clear()
        self.form.setRowVisible(self.errors[field], False)

    def error_message(self, field: str) -> str:
        return self.errors[field].message()

    def _undo_text(self, field: str) -> str:
        texts = {
            "title": self.tr("Rename the workshop"),
            "phase": self.tr("Change the workshop's phase"),
            "date": self.tr("Change the workshop's date"),
            "start_time": self.tr("Change the start time"),
            "end_time": self.tr("Change the end time"),
            "place": self.tr("Change the place"),
            "facilitator": self.tr("Change the facilitator"),
            "purpose": self.tr("Edit the purpose"),
        }
        return texts[field]

    # --- texts -------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        labels = {
            "title": (self.tr("T&itle:"), self.tr("Title")),
            "phase": (self.tr("&Phase:"), self.tr("Phase")),
            "date": (self.tr("D&ate:"), self.tr("Date")),
            "start_time": (self.tr("&Starts at:"), self.tr("Start time")),
            "end_time": (self.tr("&Ends at:"), self.tr("End time")),
            "place": (self.tr("P&lace:"), self.tr("Place")),
            "facilitator": (self.tr("Fa&cilitator:"), self.tr("Facilitator")),
            "purpose": (self.tr("P&urpose:"), self.tr("Purpose")),
        }
        for field, (label, name) in labels.items():
            self.labels[field].setText(label)
            self.widget(field).setAccessibleName(name)
        self.date.edit.setAccessibleName(self.tr("Date"))
        self.start.edit.setAccessibleName(self.tr("Start time"))
        self.end.edit.setAccessibleName(self.tr("End time"))
        self.date.set_texts(self.tr("No date yet"), self.tr("Remove the date"))
        self.start.set_texts(self.tr("Not set"), self.tr("Remove the start time"))
        self.end.set_texts(self.tr("Not set"), self.tr("Remove the end time"))
        for edit in (self.date, self.start, self.end):
            edit.apply_locale()
        self.facilitator.setPlaceholderText(self.tr("Choose from the register or type a name"))
        self.place.setPlaceholderText(self.tr("Where the workshop is held"))
        self.purpose.setPlaceholderText(self.tr("What the workshop is for and what it should produce"))
        self._fill_phases()
        if self.workshop is not None:
            self._show("phase", self.workshop.phase)
