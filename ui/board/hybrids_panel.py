"""The Hybrid models tab beside the VALUMA board: the method's models A–D, each with its likely quadrant, the
hybrids this workshop has recorded, and "Record a hybrid…".

The board's four scenarios are deliberate extremes; the method's result is a hybrid of network-cooperation
models A–D. The group reads them here next to the board, then records the hybrid it chose or composed (which
models, why) as a decision of the workshop through :class:`~ui.dialogs.method_tools_dialogs.HybridDialog`
(one undo step); the minutes and the report list it.
"""

import uuid

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.board import icons
from ui.board.side_panel import panel_button
from ui.dialogs.method_tools_dialogs import HybridDialog
from ui.widgets.action_button import describe
from ui.widgets.headings import body_text, muted_text, section_title
from ui.workspace import Workspace
from workshop_app.domain.enums import Quadrant
from workshop_app.errors import WorkshopError
from workshop_app.operations.changes import ChangeSet, Kind
from workshop_app.services import method_tools, workshops


class HybridsPanel(QWidget):
    """Models A–D and the workshop's recorded hybrids; ``dialog`` is the open recording dialog, if any."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HybridsPanel")
        self.workspace = workspace
        self.workshop_id: uuid.UUID | None = None
        self._titles: dict[Quadrant, str] = {}
        self.dialog: HybridDialog | None = None
        self.about = muted_text(self)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.models_view = QScrollArea(self)
        self.models_view.setWidgetResizable(True)
        self.models_view.setFrameShape(QFrame.Shape.NoFrame)
        self.models_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.models_view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the arrow keys scroll the models
        inner = QWidget(self.models_view)
        self.models_layout = QVBoxLayout(inner)
        self.models_layout.setContentsMargins(0, 0, 6, 0)
        self.models_layout.setSpacing(4)
        self.models_view.setWidget(inner)
        self.model_labels: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        for model in method_tools.tools_of(workspace.store).hybrid_models:
            title, content, corner = section_title(inner), body_text(inner), muted_text(inner)
            for label in (title, content, corner):
                label.setTextFormat(Qt.TextFormat.PlainText)
                self.models_layout.addWidget(label)
            self.models_layout.addSpacing(8)
            self.model_labels[model.key] = (title, content, corner)
        self.recorded_title = section_title(inner)
        self.recorded = body_text(inner)
        self.recorded.setTextFormat(Qt.TextFormat.PlainText)
        self.models_layout.addWidget(self.recorded_title)
        self.models_layout.addWidget(self.recorded)
        self.models_layout.addStretch(1)
        self.record = QAction(self)
        self.record.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        self.record.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.record.triggered.connect(lambda _checked=False: self.open_dialog())
        self.addAction(self.record)
        self.record.setIcon(icons.add_note())
        self.record_button = panel_button(self.record, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.about)
        layout.addWidget(self.models_view, 1)
        layout.addWidget(self.record_button)
        workspace.changes_applied.connect(self._on_changes)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.PaletteChange:
            self.record.setIcon(icons.add_note())  # drawn in the palette's colours
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.about.setText(
            self.tr(
                "The board's corners are extremes. The method's result is a hybrid of the models A–D; "
                "each model's quadrant is where the method's authors would place it."
            )
        )
        self.models_view.setAccessibleName(self.tr("Hybrid models A–D"))
        self.recorded_title.setText(self.tr("Recorded in this workshop"))
        describe(
            self.record,
            self.tr("&Record a hybrid…"),
            self.tr("Record the hybrid the group chose or composed, as a decision of the workshop"),
        )
        self._fill()

    def set_board(self, workshop_id: uuid.UUID, titles: dict[Quadrant, str], *, writable: bool) -> None:
        """The board's workshop (where a hybrid is recorded) and its quadrant titles (the models' corners)."""
        self.workshop_id = workshop_id
        self._titles = dict(titles)
        self.record.setEnabled(writable)
        self._fill()

    def _corner(self, quadrant: Quadrant) -> str:
        names = {
            Quadrant.TOP_LEFT: self.tr("Top left"),
            Quadrant.TOP_RIGHT: self.tr("Top right"),
            Quadrant.BOTTOM_LEFT: self.tr("Bottom left"),
            Quadrant.BOTTOM_RIGHT: self.tr("Bottom right"),
        }
        title = self._titles.get(quadrant, "")
        if title:
            return self.tr("Likely quadrant: {corner}, {title}").format(corner=names[quadrant], title=title)
        return self.tr("Likely quadrant: {corner}").format(corner=names[quadrant])

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.touches(Kind.HYBRID_CHOICE, Kind.DECISION):
            self._fill()

    def _fill(self) -> None:
        language = self.workspace.language
        for model in method_tools.tools_of(self.workspace.store).hybrid_models:
            labels = self.model_labels.get(model.key)
            if labels is None:
                continue
            title, content, corner = labels
            title.setText(model.title.get(language))
            content.setText(model.content.get(language))
            corner.setText(self._corner(model.quadrant))
            title.setAccessibleDescription(model.content.get(language))
        self.recorded.setText("\n\n".join(self.recorded_hybrids()) or self.tr("No hybrid recorded yet."))

    def recorded_hybrids(self) -> list[str]:
        """Each hybrid recorded in the workshop: its models, its decision and why."""
        if self.workshop_id is None:
            return []
        try:
            choices = method_tools.list_hybrids(self.workspace.store, self.workshop_id)
            decisions = {d.id: d.text for d in workshops.list_decisions(self.workspace.store, self.workshop_id)}
        except WorkshopError:
            return []
        lines = []
        for choice in choices:
            models = " + ".join(choice.models.split(","))
            line = self.tr("{models}: {decision}").format(models=models, decision=decisions.get(choice.decision_id, ""))
            if choice.reason:
                line = self.tr("{hybrid}\nWhy: {reason}").format(hybrid=line, reason=choice.reason)
            lines.append(line)
        return lines

    def open_dialog(self) -> HybridDialog | None:
        """The recording dialog for the board's workshop (a decision with its models and reason)."""
        if self.workshop_id is None or not self.record.isEnabled():
            return None
        self.dialog = HybridDialog(self.workspace, self.workshop_id, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(lambda *_: setattr(self, "dialog", None))
        self.dialog.open()
        return self.dialog
