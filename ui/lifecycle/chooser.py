"""Opening a workshop's lifecycle diagnosis, as the impact canvas opens: ask which workshop (a phase's own
first, the latest first) unless the caller knows it, then show the tool in its window."""

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from ui.lifecycle.window import LifecycleWindow
from ui.models.phase_models import locale_date
from ui.workspace import Workspace
from workshop_app.services import workshops


def open_lifecycle(parent: QWidget | None, workspace: Workspace, workshop_id: uuid.UUID) -> LifecycleWindow:
    window = LifecycleWindow(workspace, workshop_id, parent)
    window.show()
    window.raise_()
    return window


def choose_lifecycle(parent: QWidget, workspace: Workspace, phase: int | None = None) -> LifecycleWindow | None:
    """Ask in which workshop the group diagnoses (``phase``'s workshops listed first), and open the tool."""
    every = workshops.list_workshops(workspace.store)
    if not every:
        return None
    ordered = sorted(
        every, key=lambda w: (phase is not None and w.phase != phase, -(w.date.toordinal() if w.date else 0))
    )
    labels = [
        QCoreApplication.translate("LifecycleChooser", "{title} ({date}, phase {phase})").format(
            title=w.title, date=locale_date(w.date) if w.date else "—", phase=w.phase
        )
        for w in ordered
    ]
    label, accepted = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("LifecycleChooser", "Lifecycle diagnosis"),
        QCoreApplication.translate("LifecycleChooser", "The workshop where the group marks where it is now:"),
        labels,
        0,
        False,
    )
    if not accepted:
        return None
    return open_lifecycle(parent, workspace, ordered[labels.index(label)].id)
