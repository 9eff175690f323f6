"""The programme's lifecycle path at a glance, for the overview (compact: the latest curve used, no legend) and
for the phase pages where the method diagnoses the lifecycle (the curve to choose, with its dated legend).

It reads the marks itself when they (or the people who made them) change, so the page around it reloads
nothing for a mark; a button opens the tool on a workshop to mark "where are we now".
"""

from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.lifecycle.chooser import choose_lifecycle
from ui.lifecycle.curve import LifecycleCurve
from ui.workspace import Workspace
from workshop_app.domain.method_tools import LifecycleMarkView
from workshop_app.operations.changes import ChangeSet, Kind
from workshop_app.services import method_tools, participants


def latest_curve(marks: Sequence[LifecycleMarkView]) -> str:
    """The curve of the latest diagnosis: of the curves marked on the last day, the one with most marks."""
    last = max(mark.marked_on for mark in marks)
    counts = Counter(mark.lifecycle_key for mark in marks if mark.marked_on == last)
    return max(counts, key=lambda key: (counts[key], -list(counts).index(key)))


class LifecycleSummary(QWidget):
    """The group's and participants' marks on one lifecycle curve of the method, and a way to add one."""

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, compact: bool = False, phase: int | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("LifecycleSummary")
        self.workspace = workspace
        self.compact = compact
        self.phase = phase
        self.tools = method_tools.tools_of(workspace.store)
        self.curve_label = QLabel(self)
        self.curve_choice = QComboBox(self)
        self.curve_label.setBuddy(self.curve_choice)
        self.curve = LifecycleCurve(self, compact=compact)
        self.latest = QLabel(self)
        self.latest.setWordWrap(True)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_tool)
        for lifecycle in self.tools.lifecycles:
            self.curve_choice.addItem(lifecycle.title.get(workspace.language), lifecycle.key)
        self.curve_choice.currentIndexChanged.connect(self.refresh)
        choice = QHBoxLayout()
        choice.addWidget(self.curve_label)
        choice.addWidget(self.curve_choice, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.latest, 1)
        bottom.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(choice)
        layout.addWidget(self.curve)
        layout.addLayout(bottom)
        self._stale = True
        self._chosen_by_hand = False
        self.curve_choice.activated.connect(self._chosen)
        workspace.changes_applied.connect(self._on_changes)
        self.retranslate()

    def retranslate(self) -> None:
        self.curve_label.setText(self.tr("Cur&ve:"))
        self.curve_choice.setAccessibleName(self.tr("Lifecycle curve shown"))
        self.open_button.setText(self.tr("D&iagnose in a workshop…"))
        self.open_button.setToolTip(self.tr("Open the lifecycle diagnosis of a workshop and mark where you are now"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _chosen(self, _index: int) -> None:
        self._chosen_by_hand = True

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.touches(Kind.LIFECYCLE_MARK, Kind.PARTICIPANT, Kind.PROGRAMME):
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def refresh(self) -> None:
        """Read the marks of the curve shown (on the overview, until one is chosen, the curve last marked)."""
        store = self.workspace.store
        everything = method_tools.list_lifecycle_marks(store)
        if self.compact and not self._chosen_by_hand and everything:
            index = self.curve_choice.findData(latest_curve(everything))
            if index >= 0 and index != self.curve_choice.currentIndex():
                self.curve_choice.blockSignals(True)
                self.curve_choice.setCurrentIndex(index)
                self.curve_choice.blockSignals(False)
        lifecycle = self.tools.lifecycle(str(self.curve_choice.currentData()))
        marks = [mark for mark in everything if lifecycle is not None and mark.lifecycle_key == lifecycle.key]
        names = {person.id: person.display_name for person in participants.list_participants(store)}
        self.curve.set_curve(lifecycle, self.workspace.language, marks, names)
        self.latest.setText(self.curve.latest_text())
        self._stale = False

    def open_tool(self) -> None:
        choose_lifecycle(self.window(), self.workspace, self.phase)
