"""The Approval tab of a workshop: who chairs, takes and checks the minutes, when they were approved, the
next meeting and the distribution list; approving the minutes (they become a record that later edits do not
change) and reopening them.

Every change is one core operation (:mod:`workshop_app.operations.records_of_minutes`) run as one undoable
command. While the minutes are approved the fields are read-only: the record says what it said.
"""

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ui.commands import OperationCommand
from ui.widgets.action_button import ActionButton
from ui.widgets.optional_edits import OptionalDateEdit
from ui.workshop.inline_error import InlineError
from ui.workshop.look import MUTED, SECTION_TITLE, set_role
from ui.workspace import Workspace
from workshop_app.domain.models import MinutesRecordView
from workshop_app.operations.changes import ChangeSet, Kind
from workshop_app.operations.records_of_minutes import ApproveMinutes, ReopenMinutes, SetMinutesApproval

TEXT_FIELDS = ("chair", "minute_taker", "checkers", "next_meeting")


class MinutesApprovalPanel(QWidget):
    """The approval block of one workshop's minutes, and the Approve / Reopen actions."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.workshop_id: uuid.UUID | None = None
        self.record: MinutesRecordView | None = None
        self.title = QLabel(self)
        set_role(self.title, SECTION_TITLE)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        set_role(self.status, MUTED)
        self.fields: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for name in TEXT_FIELDS:
            edit = QLineEdit(self)
            edit.editingFinished.connect(lambda name=name, edit=edit: self._edited(name, edit.text()))
            label = QLabel(self)
            label.setBuddy(edit)
            self.fields[name] = edit
            self.labels[name] = label
            form.addRow(label, edit)
        self.approved_on = OptionalDateEdit(self, today=workspace.today)
        self.approved_on.edited.connect(lambda value: self._edited("approved_on", value))
        self.approved_on_label = QLabel(self)
        self.approved_on_label.setBuddy(self.approved_on)
        form.addRow(self.approved_on_label, self.approved_on)
        self.distribution = QPlainTextEdit(self)
        self.distribution.setTabChangesFocus(True)
        self.distribution.setMaximumHeight(80)
        self.distribution_label = QLabel(self)
        self.distribution_label.setBuddy(self.distribution)
        form.addRow(self.distribution_label, self.distribution)
        self.distribution.installEventFilter(self)

        self.approve_action = QAction(self)
        self.approve_action.triggered.connect(self.approve)
        self.reopen_action = QAction(self)
        self.reopen_action.triggered.connect(self.reopen)
        buttons = QHBoxLayout()
        buttons.addWidget(ActionButton(self.approve_action, self))
        buttons.addWidget(ActionButton(self.reopen_action, self))
        buttons.addStretch(1)
        self.error = InlineError(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addStretch(1)
        workspace.changes_applied.connect(self._changed)
        workspace.failed.connect(self._failed)
        self.retranslate()
        self._show()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Approval of the minutes"))
        self.labels["chair"].setText(self.tr("C&hair:"))
        self.labels["minute_taker"].setText(self.tr("&Minute-taker:"))
        self.labels["checkers"].setText(self.tr("Chec&ked by:"))
        self.labels["next_meeting"].setText(self.tr("&Next meeting:"))
        self.approved_on_label.setText(self.tr("Approved &on:"))
        self.distribution_label.setText(self.tr("D&istribution:"))
        self.approved_on.set_texts(self.tr("Not set"), self.tr("Clear the date"))
        self.approve_action.setText(self.tr("A&pprove the minutes"))
        self.approve_action.setToolTip(
            self.tr("Keep the minutes as they are now: later edits to people and actions do not change them")
        )
        self.reopen_action.setText(self.tr("&Reopen the minutes"))
        self.reopen_action.setToolTip(self.tr("Make approved minutes a draft again; the minutes will say so"))
        self._show()

    # --- loading ------------------------------------------------------------------------------------------

    def set_workshop(self, workshop_id: uuid.UUID | None) -> None:
        self.workshop_id = workshop_id
        self.error.clear()
        self._load()

    def _load(self) -> None:
        from workshop_app.export.record import minutes_record

        self.record = None if self.workshop_id is None else minutes_record(self.workspace.store, self.workshop_id)
        self._show()

    def _changed(self, changes: ChangeSet) -> None:
        if self.workshop_id is not None and self.workshop_id in changes.ids(Kind.WORKSHOP):
            self._load()

    def _show(self) -> None:
        record = self.record
        approved = record is not None and record.approved
        for name, edit in self.fields.items():
            text = getattr(record, name) if record is not None else ""
            if edit.text() != text:
                edit.setText(text)
            edit.setReadOnly(approved)
        self.approved_on.set_value(record.approved_on if record is not None else None)
        self.approved_on.setEnabled(not approved and self.workshop_id is not None)
        distribution = record.distribution if record is not None else ""
        if self.distribution.toPlainText() != distribution:
            self.distribution.setPlainText(distribution)
        self.distribution.setReadOnly(approved)
        self.approve_action.setEnabled(self.workshop_id is not None and not approved)
        self.reopen_action.setEnabled(approved)
        if approved and record is not None and record.approved_on is not None:
            self.status.setText(
                self.tr("Approved on {date}. The minutes are a record: later edits do not change them.").format(
                    date=self.locale().toString(
                        QDate(record.approved_on.year, record.approved_on.month, record.approved_on.day),
                        QLocale.FormatType.LongFormat,
                    )
                )
            )
        elif record is not None and record.reopened_at is not None:
            self.status.setText(self.tr("Draft, reopened after approval. The minutes say so."))
        else:
            self.status.setText(self.tr("Draft: the minutes are marked as a draft until they are approved."))

    # --- changes ------------------------------------------------------------------------------------------

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt override
        from PySide6.QtCore import QEvent

        if watched is self.distribution and event.type() == QEvent.Type.FocusOut:
            self._edited("distribution", self.distribution.toPlainText())
        return super().eventFilter(watched, event)

    def _edited(self, name: str, value: str | date | None) -> None:
        if self.workshop_id is None or (self.record is not None and self.record.approved):
            return
        current = getattr(self.record, name) if self.record is not None else ("" if name != "approved_on" else None)
        if (value.strip() if isinstance(value, str) else value) == current:
            return
        operation = SetMinutesApproval(self.workshop_id, {name: value})
        self._apply(self.tr("Edit the approval of the minutes"), operation)

    def approve(self) -> None:
        if self.workshop_id is None:
            return
        self.flush()
        day = self.approved_on.value() or self.workspace.today()
        self._apply(self.tr("Approve the minutes"), ApproveMinutes(self.workshop_id, day))

    def reopen(self) -> None:
        if self.workshop_id is not None:
            self._apply(self.tr("Reopen the minutes"), ReopenMinutes(self.workshop_id))

    def flush(self) -> None:
        """Commit the field being typed in (before approving, or when the workshop changes)."""
        for name, edit in self.fields.items():
            self._edited(name, edit.text())
        self._edited("distribution", self.distribution.toPlainText())

    def _apply(self, text: str, operation: Any) -> None:
        self.error.clear()
        if self.workspace.apply(OperationCommand(self.workspace, text, operation)):
            self._load()

    def _failed(self, message: str) -> None:
        if self.isVisible():
            self.error.show_message(message)
