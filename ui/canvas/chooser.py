"""View > Impact Canvases…: pick a workshop's canvas to open, or make a new one for a workshop (one undo
step, titled after the method's canvas activity)."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from ui.canvas.window import CanvasWindow
from ui.commands import OperationCommand
from ui.widgets.choices import distinct
from ui.workspace import Workspace
from workshop_app.operations.method_tools import CreateCanvas
from workshop_app.services import method_tools, workshops


def choose_canvas(parent: QWidget, workspace: Workspace) -> CanvasWindow | None:
    """Ask which canvas to open (or which workshop gets a new one) and open it in its window."""
    every_workshop = workshops.list_workshops(workspace.store)
    titles = {workshop.id: workshop.title for workshop in every_workshop}
    existing = distinct(
        (
            QCoreApplication.translate("CanvasChooser", "{canvas} – {workshop}").format(
                canvas=canvas.title, workshop=titles.get(canvas.workshop_id, "")
            ),
            canvas.id,
        )
        for canvas in method_tools.list_canvases(workspace.store)
    )
    new = distinct(
        (
            QCoreApplication.translate("CanvasChooser", "New canvas for “{workshop}”").format(workshop=workshop.title),
            workshop.id,
        )
        for workshop in every_workshop
    )
    labels = [*existing, *new]
    if not labels:
        return None
    label, accepted = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("CanvasChooser", "Impact canvases"),
        QCoreApplication.translate("CanvasChooser", "Open a canvas, or make one for a workshop:"),
        labels,
        0,
        False,
    )
    if not accepted:
        return None
    canvas_id = existing.get(label)
    if canvas_id is None:
        workshop_id = new[label]
        activity = workspace.catalogue.activity("p2.impact_framework_canvas")
        title = (
            activity.title.get(workspace.language)
            if activity
            else QCoreApplication.translate("CanvasChooser", "Impact canvas")
        )
        command = OperationCommand(
            workspace,
            QCoreApplication.translate("CanvasChooser", "Make an impact canvas"),
            CreateCanvas(workshop_id, title),
        )
        if not workspace.apply(command):
            return None
        canvas_id = command.created_id
        if canvas_id is None:
            return None
    window = CanvasWindow(workspace, canvas_id, parent)
    window.show()
    return window
