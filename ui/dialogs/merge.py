"""File › Merge Another Copy… and File › Copy for a Colleague…: the window's side of merging copies.

Reading the other copy and planning the merge run off the GUI thread (``asyncio.to_thread`` on the qasync
loop), as exports do; the preview then shows what comes in by kind, what the other copy changed or deleted,
and every conflict with both values. Nothing is written until the facilitator chooses Merge; the merge itself
(one transaction, after a backup) also runs off the GUI thread, and the window's models refresh from its
change set like after any edit. A merge is not a step of the undo stack: the undo stack is cleared after it
(the backup is the way back).
"""

import asyncio
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import settings
from ui.dialogs.merge_conflicts import MergeConflictsDialog
from workshop_app.errors import WorkshopError
from workshop_app.merge.apply import MergeResult, merge_into, preview, theirs_connection
from workshop_app.merge.describe import conflict_subject, conflict_text, kind_name, value_text
from workshop_app.merge.plan import MergePlan
from workshop_app.operations.changes import Kind
from workshop_app.storage.store import ProgrammeStore

if TYPE_CHECKING:
    from ui.main_window import MainWindow

T = TypeVar("T")
FILTER = "Workshop App (*.workshop)"


def plan_merge(store: ProgrammeStore, theirs: Path) -> MergePlan:
    """The preview, read from both files (runs on a worker thread)."""
    with (
        tempfile.TemporaryDirectory(prefix="workshop-merge-") as work,
        theirs_connection(theirs, work_folder=Path(work)) as conn,
    ):
        return preview(store, conn)


def run_merge(store: ProgrammeStore, theirs: Path) -> MergeResult:
    """The merge itself, one transaction after a backup (runs on a worker thread)."""
    with (
        tempfile.TemporaryDirectory(prefix="workshop-merge-") as work,
        theirs_connection(theirs, work_folder=Path(work)) as conn,
    ):
        return merge_into(store, conn)


class MergePreview(QDialog):
    """What merging the other copy would do; Merge accepts, Cancel rejects. Opened with ``open()``."""

    def __init__(self, plan: MergePlan, theirs: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Merge Another Copy"))
        self.setMinimumSize(640, 420)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setText(self.tr("Merging {file} into this programme:").format(file=theirs.name))
        self.ancestor = QLabel(self)
        self.ancestor.setWordWrap(True)
        self.ancestor.setVisible(not plan.related)
        self.ancestor.setText(
            self.tr(
                "These copies have no common ancestor (one was not made with “Copy for a Colleague”), so every "
                "record is compared."
            )
        )
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("What"), self.tr("This copy"), self.tr("Other copy")])
        self.tree.setAlternatingRowColors(True)
        self._fill()
        self.buttons = QDialogButtonBox(self)
        self.merge_button: QPushButton = self.buttons.addButton(
            self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button.setEnabled(not plan.empty or bool(plan.conflicts))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.ancestor)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)

    def _fill(self) -> None:
        plan = self.plan
        groups = (
            (self.tr("Comes in (new)"), plan.new),
            (self.tr("Changed in the other copy"), plan.changed),
            (self.tr("Deleted in the other copy"), plan.removed),
        )
        for title, counts in groups:
            total = sum(counts.values())
            group = QTreeWidgetItem(self.tree, [self.tr("{title}: {count}").format(title=title, count=total)])
            for kind in Kind:
                if counts.get(kind):
                    QTreeWidgetItem(
                        group, [self.tr("{kind}: {count}").format(kind=kind_name(kind), count=counts[kind])]
                    )
            group.setExpanded(True)
        conflicts = QTreeWidgetItem(self.tree, [self.tr("Conflicts: {count}").format(count=len(plan.conflicts))])
        for conflict in plan.conflicts:
            item = QTreeWidgetItem(
                conflicts, [conflict_subject(conflict), value_text(conflict.mine), value_text(conflict.theirs)]
            )
            item.setToolTip(0, conflict_text(conflict))
            QTreeWidgetItem(item, [conflict_text(conflict)]).setFirstColumnSpanned(True)
        conflicts.setExpanded(True)
        if plan.empty and not plan.conflicts:
            QTreeWidgetItem(
                self.tree, [self.tr("Nothing to bring in: this copy already has everything the other one has.")]
            )
        self.tree.resizeColumnToContents(0)


class MergeMenu(QObject):
    """Adds Merge Another Copy… and Copy for a Colleague… to the window's File menu and runs them."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self.merge_action = QAction(window)
        self.conflicts_action = QAction(window)
        self.copy_action = QAction(window)
        self.merge_action.triggered.connect(self.choose_copy)
        self.conflicts_action.triggered.connect(self.show_conflicts)
        self.copy_action.triggered.connect(self.copy_for_colleague)
        before = window.export_menu.menuAction()
        window.file_menu.insertAction(before, self.merge_action)
        window.file_menu.insertAction(before, self.conflicts_action)
        window.file_menu.insertAction(before, self.copy_action)
        on_server = window.workspace is not None and not isinstance(window.workspace.store.path, Path)
        for action in (self.merge_action, self.copy_action):
            action.setVisible(not on_server)  # copies are files: a server's programme is copied with `copy`
        self.conflicts_action.setEnabled(window.workspace is not None)
        self.task: asyncio.Task[None] | None = None
        self.preview: MergePreview | None = None
        self.conflicts: MergeConflictsDialog | None = None
        self.last_result: MergeResult | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.merge_action.setText(self.tr("&Merge Another Copy…"))
        self.conflicts_action.setText(self.tr("Merge Con&flicts…"))
        self.copy_action.setText(self.tr("Cop&y for a Colleague…"))

    def choose_copy(self) -> None:
        workspace = self.window.workspace
        if workspace is None or workspace.store.read_only:
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Merge another copy of this programme"), settings.last_folder(), FILTER
        )
        if chosen:
            self.start_preview(Path(chosen))

    def start_preview(self, theirs: Path) -> None:
        """Plan the merge of ``theirs`` off the GUI thread, then show the preview."""
        workspace = self.window.workspace
        if workspace is None:
            return
        store = workspace.store
        self._in_background(lambda: plan_merge(store, theirs), lambda plan: self._show_preview(plan, theirs))

    def _show_preview(self, plan: MergePlan, theirs: Path) -> None:
        self.preview = MergePreview(plan, theirs, self.window)
        self.preview.accepted.connect(lambda: self.start_merge(theirs))
        self.preview.open()

    def start_merge(self, theirs: Path) -> None:
        workspace = self.window.workspace
        if workspace is None:
            return
        store = workspace.store
        self._in_background(lambda: run_merge(store, theirs), self._merged)

    def _merged(self, result: MergeResult) -> None:
        self.last_result = result
        workspace = self.window.workspace
        if workspace is not None:
            workspace.undo_stack.clear()  # the commands there knew the file before the merge
        plan = result.plan
        counts = {
            "new": sum(plan.new.values()),
            "changed": sum(plan.changed.values()),
            "removed": sum(plan.removed.values()),
            "conflicts": len(plan.conflicts),
        }
        if result.backup is not None:
            text = self.tr(
                "Merged: {new} new, {changed} changed, {removed} deleted, {conflicts} conflicts.\n"
                "Backup before the merge: {path}"
            ).format(path=result.backup, **counts)
        else:
            text = self.tr("Merged: {new} new, {changed} changed, {removed} deleted, {conflicts} conflicts.").format(
                **counts
            )
        _message(self.window, QMessageBox.Icon.Information, text)
        if plan.conflicts:
            self.show_conflicts()  # decide them now, or later from File › Merge Conflicts…

    def show_conflicts(self) -> MergeConflictsDialog | None:
        """The open conflicts, in one window that is raised again rather than opened twice."""
        workspace = self.window.workspace
        if workspace is None:
            return None
        if self.conflicts is None or self.conflicts.workspace is not workspace:
            self.conflicts = MergeConflictsDialog(workspace, self.window)
        else:
            self.conflicts.refresh()
        self.conflicts.show()
        self.conflicts.raise_()
        self.conflicts.activateWindow()
        return self.conflicts

    def copy_for_colleague(self) -> None:
        workspace = self.window.workspace
        if workspace is None:
            return
        source = workspace.store.path
        suggested = Path(settings.last_folder()) / self.tr("{name} (copy).workshop").format(name=source.stem)
        chosen, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save a copy for a colleague"), str(suggested), FILTER
        )
        if chosen:
            self.make_copy(source, Path(chosen))

    def make_copy(self, source: Path, target: Path) -> None:
        from workshop_app.merge.copying import copy_programme

        def copied(_identity: object) -> None:
            _message(
                self.window,
                QMessageBox.Icon.Information,
                self.tr(
                    "Saved a copy for a colleague: {path}. Merge it back later with File › Merge Another Copy…"
                ).format(path=target),
            )

        self._in_background(lambda: copy_programme(source, target), copied)

    def _in_background(self, job: Callable[[], T], then: Callable[[T], None]) -> None:
        window = self.window

        async def work() -> None:
            window.setCursor(Qt.CursorShape.BusyCursor)
            try:
                result = await asyncio.to_thread(job)
            except WorkshopError as error:
                _message(window, QMessageBox.Icon.Warning, str(error))
                return
            finally:
                window.unsetCursor()
            then(result)

        self.task = asyncio.ensure_future(work())


def _message(parent: QWidget, icon: QMessageBox.Icon, text: str) -> QMessageBox:
    """A non-blocking message (safe after async work: no nested event loop)."""
    box = QMessageBox(icon, parent.windowTitle(), text, QMessageBox.StandardButton.Close, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
