"""The Approval tab: approval fields, approving and reopening the minutes, each one undo step."""

from datetime import date

from pytestqt.qtbot import QtBot

from ui.workshop.minutes_approval import MinutesApprovalPanel
from ui.workspace import Workspace
from workshop_app.export.record import minutes_record
from workshop_app.services import workshops


def test_fields_approve_reopen_and_undo(qtbot: QtBot, workspace: Workspace) -> None:
    panel = MinutesApprovalPanel(workspace)
    qtbot.addWidget(panel)
    workshop = workshops.list_workshops(workspace.store)[1]
    panel.set_workshop(workshop.id)
    assert panel.approve_action.isEnabled() and not panel.reopen_action.isEnabled()

    panel.fields["chair"].setText("Tor Arne Hansen")
    panel.fields["chair"].editingFinished.emit()
    record = minutes_record(workspace.store, workshop.id)
    assert record is not None and record.chair == "Tor Arne Hansen"

    panel.approved_on.set_value(date(2026, 4, 24))
    panel.approve_action.trigger()
    record = minutes_record(workspace.store, workshop.id)
    assert record is not None and record.approved and record.approved_on == date(2026, 4, 24)
    qtbot.waitUntil(lambda: panel.reopen_action.isEnabled())
    assert panel.fields["chair"].isReadOnly() and not panel.approve_action.isEnabled()

    panel.reopen_action.trigger()
    record = minutes_record(workspace.store, workshop.id)
    assert record is not None and not record.approved and record.reopened_at is not None
    workspace.undo_stack.undo()  # the reopening
    workspace.undo_stack.undo()  # the approval
    record = minutes_record(workspace.store, workshop.id)
    assert record is not None and not record.approved and record.record == "" and record.chair == "Tor Arne Hansen"
    workspace.undo_stack.undo()  # the chair
    qtbot.waitUntil(lambda: panel.fields["chair"].text() == "")
