"""The lifecycle diagnosis and hybrid dialogs on the demo: a mark by the group and one by a participant,
dated, each one undo step and listed; a hybrid recorded as a decision with its models; names for screen
readers."""

from datetime import date

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from ui.dialogs.method_tools_dialogs import HybridDialog, LifecycleDialog
from ui.workspace import Workspace
from workshop_app.services import method_tools, workshops


def test_lifecycle_marks_by_the_group_and_a_participant(qtbot: QtBot, workspace: Workspace) -> None:
    workshop = workshops.list_workshops(workspace.store)[-1]
    dialog = LifecycleDialog(workspace, workshop.id)
    qtbot.addWidget(dialog)
    assert dialog.stages.count() == 6 and dialog.stages.accessibleName() and dialog.marks.accessibleName()
    dialog.stages.setCurrentRow(2)  # consolidation
    dialog.day.setDate(QDate(2027, 2, 1))
    depth = workspace.undo_stack.count()
    assert dialog.mark()
    dialog.by.setCurrentIndex(1)
    dialog.curve.setCurrentIndex(1)  # drijven - klijven - blijven
    dialog.stages.setCurrentRow(2)
    assert dialog.mark()
    assert workspace.undo_stack.count() == depth + 2
    marks = method_tools.list_lifecycle_marks(workspace.store, workshop_id=workshop.id)
    assert [(m.stage_key, m.marked_on, m.participant_id is None) for m in marks] == [
        ("consolidation", date(2027, 2, 1), True),
        ("blijven", date(2027, 2, 1), False),
    ]
    qtbot.waitUntil(lambda: dialog.marks.rowCount() == 2)
    workspace.undo_stack.undo()
    qtbot.waitUntil(lambda: dialog.marks.rowCount() == 1)


def test_hybrid_recorded_as_a_decision(qtbot: QtBot, workspace: Workspace) -> None:
    workshop = workshops.list_workshops(workspace.store)[-1]
    dialog = HybridDialog(workspace, workshop.id)
    qtbot.addWidget(dialog)
    dialog.models["A"].setChecked(True)
    dialog.models["D"].setChecked(True)
    dialog.reason.setPlainText("Funding with a member network")
    assert dialog.record()
    decision = workshops.list_decisions(workspace.store, workshop.id)[-1]
    assert decision.text == "Hybrid model: A + D"
    assert [h.models for h in method_tools.list_hybrids(workspace.store, workshop.id)] == ["A,D"]
    assert all(box.accessibleDescription() for box in dialog.models.values())
