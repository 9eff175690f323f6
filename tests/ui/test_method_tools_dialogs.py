"""The hybrid dialog on the demo: a hybrid recorded as a decision with its models; names for screen readers.
(The lifecycle diagnosis is tested in test_lifecycle_curve.py.)"""

from pytestqt.qtbot import QtBot

from ui.dialogs.method_tools_dialogs import HybridDialog
from ui.workspace import Workspace
from workshop_app.services import method_tools, workshops


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
