"""The agenda tab: the ordered agenda with its planned minutes against the time slot, and the minutes.

Items are reordered by dragging or with Ctrl+Up / Ctrl+Down, added by typing a title (or from the method's
suggested activities for the workshop's phase) and removed with Delete; each is one undoable command.
"""

import uuid
from datetime import datetime
from itertools import pairwise

from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QAction, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.action_button import ActionButton, describe
from ui.widgets.status_icons import warning_icon
from ui.workshop.agenda_model import MINUTES, TITLE, AgendaModel
from ui.workshop.inline_error import InlineError
from ui.workshop.keyed_model import Index
from ui.workshop.look import SECTION_TITLE, set_role, show_as_warning
from ui.workshop.minutes_editor import MinutesEditor
from ui.workshop.ordered_view import OrderedTableView, RowActions
from ui.workspace import Workspace
from workshop_app.domain.models import WorkshopView

MAX_MINUTES = 24 * 60
DEFAULT_MINUTES = 15


def slot_minutes(workshop: WorkshopView | None) -> int | None:
    """Minutes between the workshop's start and end, if both are set."""
    if workshop is None or workshop.start_time is None or workshop.end_time is None:
        return None
    day = datetime(2000, 1, 1)
    span = datetime.combine(day, workshop.end_time) - datetime.combine(day, workshop.start_time)
    return int(span.total_seconds() // 60)


NEW_TITLE_MIN_WIDTH = 220
"""The new agenda item's title field is never narrower than this (a title is a few words)."""


class MinutesDelegate(QStyledItemDelegate):
    """Planned minutes are edited with a spin box limited to one day."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QSpinBox(parent)
        editor.setRange(0, MAX_MINUTES)
        editor.setFrame(False)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor.setAccessibleName(self.tr("Planned minutes"))
        return editor


class AgendaPanel(QWidget):
    """The agenda table with its buttons, the new-item row, the total against the slot, and the minutes."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.workshop: WorkshopView | None = None
        self.model = AgendaModel(workspace)
        editable = not workspace.store.read_only

        self.agenda_label = QLabel(self)
        set_role(self.agenda_label, SECTION_TITLE)
        self.table = OrderedTableView(self.model, self)
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(MINUTES, MinutesDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MINUTES, QHeaderView.ResizeMode.ResizeToContents)
        self.agenda_label.setBuddy(self.table)
        self.rows = RowActions(self.table, self.model, self.model.remove_row)

        self.new_title_label = QLabel(self)
        self.new_title = QLineEdit(self)
        self.new_title_label.setBuddy(self.new_title)
        self.new_minutes_label = QLabel(self)
        self.new_minutes = QSpinBox(self)
        self.new_minutes.setRange(0, MAX_MINUTES)
        self.new_minutes.setValue(DEFAULT_MINUTES)
        self.new_minutes_label.setBuddy(self.new_minutes)
        self.add_action = QAction(self)
        self.add_action.triggered.connect(self.add_typed_item)
        self.new_title.returnPressed.connect(self.add_action.trigger)
        self.add_button = ActionButton(self.add_action, self)
        self.method_button = QToolButton(self)
        self.method_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.method_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.method_menu = QMenu(self.method_button)
        self.method_menu.setToolTipsVisible(True)
        self.method_button.setMenu(self.method_menu)
        row_buttons = QHBoxLayout()
        self.row_buttons = [
            ActionButton(action, self) for action in (self.rows.move_up, self.rows.move_down, self.rows.remove)
        ]
        for button in self.row_buttons:
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)
        row_buttons.addWidget(self.method_button)
        # The new item's title has a row of its own: beside the minutes and the button it was ~100 px wide.
        add_row = QVBoxLayout()
        title_row = QHBoxLayout()
        title_row.addWidget(self.new_title_label)
        title_row.addWidget(self.new_title, 1)
        minutes_row = QHBoxLayout()
        minutes_row.addStretch(1)
        minutes_row.addWidget(self.new_minutes_label)
        minutes_row.addWidget(self.new_minutes)
        minutes_row.addWidget(self.add_button)
        add_row.addLayout(title_row)
        add_row.addLayout(minutes_row)
        self.new_title.setMinimumWidth(NEW_TITLE_MIN_WIDTH)

        self.total_icon = QLabel(self)
        self.total = QLabel(self)
        self.total.setWordWrap(True)
        total_row = QHBoxLayout()
        total_row.addWidget(self.total_icon, 0, Qt.AlignmentFlag.AlignTop)
        total_row.addWidget(self.total, 1)
        self.error = InlineError(self)
        self.model.rejected.connect(self._refused)

        agenda = QWidget(self)
        column = QVBoxLayout(agenda)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.agenda_label)
        column.addWidget(self.table, 1)
        column.addLayout(row_buttons)
        column.addSpacing(6)
        column.addLayout(add_row)
        column.addWidget(self.error)
        column.addSpacing(6)
        column.addLayout(total_row)
        self.minutes = MinutesEditor(self.model, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(agenda)
        splitter.addWidget(self.minutes)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 360])
        splitter.setChildrenCollapsible(False)
        splitter.setHandleWidth(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        for widget in (self.new_title, self.new_minutes, self.add_button, self.method_button):
            widget.setEnabled(editable)
        chain = (self.table, *self.row_buttons, self.method_button, self.new_title, self.new_minutes, self.add_button)
        for first, second in pairwise((*chain, self.minutes.edit)):
            QWidget.setTabOrder(first, second)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved, self.model.dataChanged):
            signal.connect(lambda *_: self._rows_changed())
        self.retranslate()

    # --- state -------------------------------------------------------------------------------------------

    def set_workshop(self, workshop: WorkshopView | None) -> None:
        """Show ``workshop``'s agenda (reloaded from the core); keeps the chosen item if it is still there."""
        changed = workshop is None or self.workshop is None or workshop.id != self.workshop.id
        phase_changed = changed or workshop is None or self.workshop is None or workshop.phase != self.workshop.phase
        if changed:
            self.minutes.flush()
            self.error.clear()
        self.workshop = workshop
        self.model.set_workshop(None if workshop is None else workshop.id)
        if changed or self.current_id() is None:
            self.table.select_row(0)
        if phase_changed:
            self._fill_method_menu()
        self.minutes.show_item(self.current_id())
        self.rows.set_editable(workshop is not None)
        self._update_total()

    def _rows_changed(self) -> None:
        """The model followed a change (an edit, an undo, a phone): the total and the minutes follow it."""
        self._update_total()
        self.minutes.refresh()

    def current_id(self) -> uuid.UUID | None:
        row = self.table.current_row()
        return self.model.record(row).id if 0 <= row < self.model.rowCount() else None

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.minutes.show_item(self.current_id())

    def _update_total(self) -> None:
        locale = QLocale()
        planned = self.model.total_minutes()
        slot = slot_minutes(self.workshop)
        over = slot is not None and planned > slot
        if slot is None:
            text = self.tr(
                "{planned} minutes planned. Give the workshop a start and an end time to compare the agenda "
                "with its length."
            ).format(planned=locale.toString(planned))
        elif over:
            text = self.tr(
                "{planned} minutes planned: {over} minutes more than the {slot} minutes from start to end."
            ).format(planned=locale.toString(planned), over=locale.toString(planned - slot), slot=locale.toString(slot))
        else:
            text = self.tr("{planned} of {slot} minutes planned, {spare} minutes to spare.").format(
                planned=locale.toString(planned), slot=locale.toString(slot), spare=locale.toString(slot - planned)
            )
        self.total.setText(text)
        show_as_warning(self.total, over)
        size = self.fontMetrics().height()
        self.total_icon.setPixmap(warning_icon().pixmap(size, size) if over else QPixmap())
        self.total_icon.setVisible(over)

    def is_over_slot(self) -> bool:
        slot = slot_minutes(self.workshop)
        return slot is not None and self.model.total_minutes() > slot

    # --- commands ----------------------------------------------------------------------------------------

    def add_typed_item(self) -> None:
        self.error.clear()
        created = self.model.add_item(self.new_title.text(), self.new_minutes.value())
        if created is not None:
            self.new_title.clear()
            self.table.select_row(self.model.row_of(created))

    def _add_activity(self, title: str, minutes: int, key: str) -> None:
        self.error.clear()
        created = self.model.add_item(title, minutes, activity_key=key)
        if created is not None:
            self.table.select_row(self.model.row_of(created))

    def _refused(self, message: str) -> None:
        if not self.minutes.edit.hasFocus() and not self.minutes.is_dirty():
            self.error.show_message(message)

    def _fill_method_menu(self) -> None:
        """The activities the method suggests for the workshop's phase, in the programme's language."""
        self.method_menu.clear()
        self.method_button.setEnabled(self.workshop is not None and not self.workspace.store.read_only)
        if self.workshop is None:
            return
        language = self.workspace.language
        for activity in self.workspace.catalogue.phase(self.workshop.phase).activities:
            title = activity.title.get(language)
            entry = self.method_menu.addAction(
                self.tr("{activity} ({minutes} min)").format(activity=title, minutes=activity.minutes)
            )
            entry.setToolTip(activity.description.get(language))
            entry.triggered.connect(
                lambda _=False, t=title, m=activity.minutes, k=activity.key: self._add_activity(t, m, k)
            )

    # --- texts -------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.agenda_label.setText(self.tr("Agenda"))
        self.table.setAccessibleName(self.tr("Agenda"))
        self.table.placeholder = self.tr("No agenda items yet. Type one below, or add an activity from the method.")
        self.rows.describe(
            (self.tr("Move &up"), self.tr("Move the chosen item up")),
            (self.tr("Move do&wn"), self.tr("Move the chosen item down")),
            (self.tr("Remo&ve"), self.tr("Remove the chosen item from the agenda")),
        )
        self.new_title_label.setText(self.tr("New &item:"))
        self.new_title.setPlaceholderText(self.tr("Title of the agenda item"))
        self.new_title.setAccessibleName(self.tr("New agenda item"))
        self.new_minutes_label.setText(self.tr("&Planned minutes:"))
        self.new_minutes.setAccessibleName(self.tr("Planned minutes of the new item"))
        describe(self.add_action, self.tr("&Add"), self.tr("Add the item at the end of the agenda (Enter)"))
        self.method_button.setText(self.tr("From the m&ethod"))
        self.method_button.setToolTip(self.tr("Add an activity the method suggests for this phase"))
        self.method_button.setAccessibleName(self.tr("Add an activity the method suggests for this phase"))
        self._fill_method_menu()
        self.minutes.retranslate()
        self._update_total()
