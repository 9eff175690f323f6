"""The action plan page: who does what by when, as a list to filter, sort and edit in place, and as the
yearly activity plan (the year's quarters side by side).

Every edit goes through the model or a command on the workspace, so it is saved at once and undoable.
"""

import uuid
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import settings
from ui.commands import OperationCommand, delete_command
from ui.delegates import (
    STATUS_KEYS,
    ActionCardDelegate,
    DateDelegate,
    OwnerDelegate,
    PhaseDelegate,
    PlanDelegate,
    PriorityDelegate,
    StatusDelegate,
    phase_label,
    plan_label,
    status_label,
)
from ui.dialogs.actions_from_decisions import ActionsFromDecisionsDialog, make_actions
from ui.models.actions_model import (
    COLUMN_COUNT,
    DETAIL_ROLE,
    DONE,
    DUE,
    ID_ROLE,
    ORIGIN,
    OWNER,
    PARTNERS,
    PHASE,
    PLAN,
    PRIORITY,
    STATUS,
    WHAT,
    ActionsFilterProxy,
    ActionsModel,
    PlanSlotProxy,
)
from ui.pages.base import Page
from ui.widgets.action_button import ActionButton
from ui.widgets.status_icons import warning_icon
from ui.workspace import Workspace
from workshop_app.domain.enums import PHASE_NUMBERS
from workshop_app.operations.changes import ChangeSet, Kind
from workshop_app.operations.programme import CreateAction

HIDDEN_BY_DEFAULT = (PARTNERS, DONE, ORIGIN)
WIDE_ENOUGH_FOR_ORIGIN = 1300  # table width (px) from which the workshop column is shown at first
# Starting column widths, in average character widths of the table's font.
COLUMN_CHARS = {OWNER: 17, DUE: 11, STATUS: 11, PRIORITY: 9, PHASE: 18, PLAN: 9, PARTNERS: 24, DONE: 11, ORIGIN: 24}


def native(sequence: QKeySequence | QKeySequence.StandardKey) -> str:
    """A shortcut as this platform writes it in menus and tooltips."""
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


class ActionsPage(Page):
    """The action plan. The model follows the change sets by itself (its actions, and the people, workshops
    and programme its rows show); the page keeps its filters and counts in step with the model's
    ``refreshed`` signal."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("ActionsPage")
        self.model = ActionsModel(workspace, self)
        self.proxy = ActionsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.confirmation: QMessageBox | None = None
        self.decisions_dialog: ActionsFromDecisionsDialog | None = None
        self._build_actions()
        self._build()
        self.model.refreshed.connect(self._sync)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset):
            signal.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.retranslate()

    # --- building ----------------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)  # shown; the key is handled in keyPressEvent
        # Its button holds the action too: a window-wide shortcut would clash with the window's "New programme".
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.new_action_row)
        self.from_decisions_action = QAction(self)
        self.from_decisions_action.triggered.connect(self.open_decisions_dialog)
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.search_action = QAction(self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.search_action.triggered.connect(self._focus_search)
        self.addAction(self.search_action)

    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setProperty("role", "pageTitle")
        self.new_button = ActionButton(self.new_action, self)
        self.from_decisions_button = ActionButton(self.from_decisions_action, self)
        self.delete_button = ActionButton(self.delete_action, self)
        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(self.title)
        header.addStretch(1)
        for button in (self.new_button, self.from_decisions_button, self.delete_button):
            header.addWidget(button)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setProperty("role", "muted")

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.list_tab = QWidget(self.tabs)
        self._build_list(self.list_tab)
        self.plan_view = YearPlanView(self.model, self.workspace, self.tabs)
        self.plan_view.open_requested.connect(self.show_action)
        self.tabs.addTab(self.list_tab, "")
        self.tabs.addTab(self.plan_view, "")
        self.tabs.setCurrentIndex(settings.ACTIONS_TAB.get())
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.intro)
        layout.addWidget(self.tabs, 1)
        self.setTabOrder(self.new_button, self.from_decisions_button)
        self.setTabOrder(self.from_decisions_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.tabs)
        self._tab_changed(self.tabs.currentIndex())

    def _build_list(self, tab: QWidget) -> None:
        self.search = QLineEdit(tab)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.search_label = QLabel(tab)
        self.search_label.setBuddy(self.search)
        self.owner_filter = QComboBox(tab)
        self.owner_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.owner_filter.setMinimumContentsLength(12)
        self.owner_filter.currentIndexChanged.connect(
            lambda _row: self.proxy.set_owner(self.owner_filter.currentData())
        )
        self.owner_label = QLabel(tab)
        self.owner_label.setBuddy(self.owner_filter)
        self.phase_filter = QComboBox(tab)
        self.phase_filter.currentIndexChanged.connect(
            lambda _row: self.proxy.set_phase(self.phase_filter.currentData())
        )
        self.phase_label = QLabel(tab)
        self.phase_label.setBuddy(self.phase_filter)
        self.year_filter = QComboBox(tab)
        self.year_filter.currentIndexChanged.connect(
            lambda _row: self.proxy.set_plan_year(self.year_filter.currentData())
        )
        self.year_label = QLabel(tab)
        self.year_label.setBuddy(self.year_filter)
        first_row = QHBoxLayout()
        first_row.setSpacing(6)
        first_row.addWidget(self.search_label)
        first_row.addWidget(self.search, 3)
        for label, combo in (
            (self.owner_label, self.owner_filter),
            (self.phase_label, self.phase_filter),
            (self.year_label, self.year_filter),
        ):
            first_row.addSpacing(12)
            first_row.addWidget(label)
            first_row.addWidget(combo, 1)

        self.status_label = QLabel(tab)
        self.status_boxes: dict[str, QCheckBox] = {}
        second_row = QHBoxLayout()
        second_row.setSpacing(14)
        second_row.addWidget(self.status_label)
        for key in STATUS_KEYS:
            box = QCheckBox(tab)
            box.setChecked(True)
            box.toggled.connect(lambda _on: self._statuses_changed())
            self.status_boxes[key] = box
            second_row.addWidget(box)
        self.overdue_box = QCheckBox(tab)
        self.overdue_box.setIcon(warning_icon())
        self.overdue_box.toggled.connect(self.proxy.set_overdue_only)
        second_row.addSpacing(10)
        second_row.addWidget(self.overdue_box)
        second_row.addStretch(1)
        self.count_label = QLabel(tab)
        self.count_label.setProperty("role", "muted")
        second_row.addWidget(self.count_label)
        self.reset_button = QPushButton(tab)
        self.reset_button.clicked.connect(self.reset_filters)
        second_row.addWidget(self.reset_button)
        self.columns_button = QPushButton(tab)
        self.columns_menu = QMenu(self.columns_button)
        self.columns_button.setMenu(self.columns_menu)
        second_row.addWidget(self.columns_button)

        self.table = QTableView(tab)
        self.table.setObjectName("actionsTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 16)
        self.table.addAction(self.delete_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.delegates = {
            OWNER: OwnerDelegate(self.workspace, self.table),
            DUE: DateDelegate(self.table),
            STATUS: StatusDelegate(self.table),
            PRIORITY: PriorityDelegate(self.table),
            PHASE: PhaseDelegate(self.workspace, self.table),
            PLAN: PlanDelegate(self.workspace, self.table),
            DONE: DateDelegate(self.table),
        }
        for column, delegate in self.delegates.items():
            self.table.setItemDelegateForColumn(column, delegate)
        self._set_up_header()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_delete())
        self.empty_label = QLabel(tab)
        self.empty_label.setWordWrap(True)
        self.empty_label.setProperty("role", "muted")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(first_row)
        layout.addLayout(second_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        tab.setTabOrder(self.search, self.owner_filter)
        tab.setTabOrder(self.owner_filter, self.phase_filter)
        tab.setTabOrder(self.phase_filter, self.year_filter)
        chain: list[QWidget] = [*self.status_boxes.values(), self.overdue_box, self.reset_button, self.columns_button]
        previous: QWidget = self.year_filter
        for widget in [*chain, self.table]:
            tab.setTabOrder(previous, widget)
            previous = widget

    def _set_up_header(self) -> None:
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(60)
        width = self.table.fontMetrics().averageCharWidth()
        for column, chars in COLUMN_CHARS.items():
            header.resizeSection(column, chars * width + 24)
        for column in HIDDEN_BY_DEFAULT:
            header.setSectionHidden(column, True)
        header.setSortIndicator(DUE, Qt.SortOrder.AscendingOrder)
        saved = settings.ACTIONS_HEADER.get()
        self._fitting = False
        if saved is not None:
            header.restoreState(saved)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionHidden(WHAT, False)
        self.table.setSortingEnabled(True)
        self.column_actions: dict[int, QAction] = {}
        for column in range(COLUMN_COUNT):
            if column == WHAT:
                continue
            toggle = self.columns_menu.addAction("")
            toggle.setCheckable(True)
            toggle.setChecked(not header.isSectionHidden(column))
            toggle.toggled.connect(lambda shown, c=column: self._show_column(c, shown))
            self.column_actions[column] = toggle

    def _show_column(self, column: int, shown: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(column, not shown)
        if not self._fitting:
            settings.ACTIONS_COLUMNS_CHOSEN.set(True)
            self._save_header()

    def _fit_columns(self) -> None:
        """Until someone picks columns, show the workshop column whenever the list is wide enough for it."""
        if settings.ACTIONS_COLUMNS_CHOSEN.get() or not self.table.isVisible():
            return
        self._fitting = True
        self.column_actions[ORIGIN].setChecked(self.table.viewport().width() >= WIDE_ENOUGH_FOR_ORIGIN)
        self._fitting = False

    def _save_header(self) -> None:
        settings.ACTIONS_HEADER.set(self.table.horizontalHeader().saveState())

    # --- texts -------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Action plan"))
        self.intro.setText(
            self.tr(
                "Who does what, and by when. Double-click a cell or press F2 to change it; every change is "
                "saved at once and can be undone."
            )
        )
        self.new_action.setText(self.tr("&New action"))
        self.new_action.setToolTip(
            self.tr("Add an action to the plan ({shortcut})").format(shortcut=native(QKeySequence.StandardKey.New))
        )
        self.from_decisions_action.setText(self.tr("From &decisions…"))
        self.from_decisions_action.setToolTip(self.tr("Make actions of a workshop's decisions in one step"))
        self.delete_action.setText(self.tr("Dele&te"))
        self.delete_action.setToolTip(
            self.tr("Delete the selected actions ({shortcut})").format(shortcut=native(QKeySequence.StandardKey.Delete))
        )
        self.search_action.setText(self.tr("Search actions"))
        self.tabs.setTabText(0, self.tr("Action &list"))
        self.tabs.setTabText(1, self.tr("&Yearly activity plan"))
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Words in what, why, owner, partners or workshop"))
        self.search.setToolTip(
            self.tr("Search actions ({shortcut})").format(shortcut=native(QKeySequence.StandardKey.Find))
        )
        self.search.setAccessibleName(self.tr("Search actions"))
        self.owner_label.setText(self.tr("O&wner:"))
        self.phase_label.setText(self.tr("&Phase:"))
        self.year_label.setText(self.tr("Plan ye&ar:"))
        self.status_label.setText(self.tr("Status:"))
        self.reset_button.setText(self.tr("&Reset filters"))
        self.reset_button.setToolTip(self.tr("Show every action again"))
        self.columns_button.setText(self.tr("&Columns"))
        self.columns_button.setToolTip(self.tr("Choose which columns the list shows"))
        self.table.setAccessibleName(self.tr("Actions"))
        self.overdue_box.setToolTip(self.tr("Only actions past their due date that are not done or dropped"))
        self.model.retranslate()
        titles = self.model.column_titles()
        for column, toggle in self.column_actions.items():
            toggle.setText(titles[column])
        self.plan_view.retranslate()
        self._sync()

    # --- keeping in step ---------------------------------------------------------------------------------

    def concerns(self, changes: ChangeSet) -> bool:
        """The model follows every change; the page reloads it whole only once the day has turned since it
        was read (overdue marks move)."""
        return self.workspace.today() != self.model.today

    def refresh(self) -> None:
        if self.workspace.today() != self.model.today:
            self.model.reload()  # the day has changed since the list was read: overdue marks move
        self._sync()

    def _sync(self) -> None:
        """Counts, filter choices and the plan view after the actions (or their lookups) changed."""
        counts = self.model.status_counts()
        for key, box in self.status_boxes.items():
            box.setText(self.tr("{status} ({count})").format(status=status_label(key), count=counts.get(key, 0)))
            box.setAccessibleName(status_label(key))
        overdue = sum(1 for row in range(self.model.rowCount()) if self.model.is_overdue(self.model.action_at(row)))
        self.overdue_box.setText(self.tr("&Overdue only ({count})").format(count=overdue))
        self.overdue_box.setAccessibleName(self.tr("Overdue only"))
        self._fill_owner_filter()
        self._fill_phase_filter()
        self._fill_year_filter()
        self._update_count()
        self._update_delete()
        self.plan_view.refresh()

    def _refill(self, combo: QComboBox, entries: list[tuple[str, Any]]) -> None:
        """Replace a filter's choices, keeping what was chosen if it is still there."""
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for label, value in entries:
            combo.addItem(label, value)
        found = next((row for row, (_l, value) in enumerate(entries) if value == current), 0)
        combo.setCurrentIndex(found)
        combo.blockSignals(False)
        if combo.currentData() != current:
            combo.currentIndexChanged.emit(combo.currentIndex())

    def _fill_owner_filter(self) -> None:
        entries: list[tuple[str, Any]] = [(self.tr("Everyone"), None)]
        entries += [(name, name) for name in self.model.owners()]
        if any(not self.model.action_at(row).owner for row in range(self.model.rowCount())):
            entries.append((self.tr("No owner yet"), ""))
        self._refill(self.owner_filter, entries)

    def _fill_phase_filter(self) -> None:
        entries: list[tuple[str, Any]] = [(self.tr("All phases"), None)]
        entries += [(phase_label(n, self.model.phase_title(n)), n) for n in PHASE_NUMBERS]
        entries.append((self.tr("No phase"), ActionsFilterProxy.NO_PHASE))
        self._refill(self.phase_filter, entries)

    def _fill_year_filter(self) -> None:
        entries: list[tuple[str, Any]] = [(self.tr("All years"), None)]
        entries += [(plan_label(year, None), year) for year in self.model.plan_years()]
        entries.append((self.tr("Not planned"), ActionsFilterProxy.UNPLANNED))
        self._refill(self.year_filter, entries)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(self.tr("Shown: {shown} of {total}").format(shown=shown, total=total))
        if total == 0:
            self.empty_label.setText(
                self.tr(
                    "No actions yet. Press {shortcut} for a new one, or make actions of a workshop's decisions."
                ).format(shortcut=native(QKeySequence.StandardKey.New))
            )
        else:
            self.empty_label.setText(self.tr("No action matches the filters. Reset filters shows them all."))
        self.empty_label.setVisible(shown == 0)
        self.reset_button.setEnabled(self.proxy.is_filtered())

    def _update_delete(self) -> None:
        on_list = self.tabs.currentWidget() is self.list_tab
        self.delete_action.setEnabled(on_list and bool(self.table.selectionModel().selectedRows()))

    def _tab_changed(self, index: int) -> None:
        settings.ACTIONS_TAB.set(index)
        self._update_delete()

    def _statuses_changed(self) -> None:
        self.proxy.set_statuses(key for key, box in self.status_boxes.items() if box.isChecked())

    def reset_filters(self) -> None:
        for widget in (self.search, self.owner_filter, self.phase_filter, self.year_filter, self.overdue_box):
            widget.blockSignals(True)
        for box in self.status_boxes.values():
            box.blockSignals(True)
            box.setChecked(True)
            box.blockSignals(False)
        self.search.clear()
        self.owner_filter.setCurrentIndex(0)
        self.phase_filter.setCurrentIndex(0)
        self.year_filter.setCurrentIndex(0)
        self.overdue_box.setChecked(False)
        for widget in (self.search, self.owner_filter, self.phase_filter, self.year_filter, self.overdue_box):
            widget.blockSignals(False)
        self.proxy.clear_filters()
        self._update_count()

    # --- commands ----------------------------------------------------------------------------------------

    def new_action_row(self) -> None:
        """Add an action planned for this year (in the filtered phase, if any) and start typing its text."""
        what = self.tr("New action")
        fields: dict[str, Any] = {"plan_year": self.workspace.today().year}
        phase = self.phase_filter.currentData()
        if isinstance(phase, int) and phase in PHASE_NUMBERS:
            fields["phase"] = phase
        command = OperationCommand(self.workspace, self.tr("Add an action"), CreateAction(what, fields))
        if self.workspace.apply(command) and command.created_id is not None:
            self.show_action(command.created_id, edit=True)

    def open_decisions_dialog(self) -> ActionsFromDecisionsDialog:
        """Open the decisions dialog (window-modal, not blocking); accepting it makes the actions."""
        dialog = ActionsFromDecisionsDialog(self.workspace, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._make_from_decisions(dialog.checked_decisions()))
        dialog.destroyed.connect(lambda: setattr(self, "decisions_dialog", None))
        self.decisions_dialog = dialog
        dialog.open()
        return dialog

    def _make_from_decisions(self, decision_ids: list[uuid.UUID]) -> None:
        created = make_actions(self.workspace, decision_ids)
        if created:
            self.show_action(created[0])
            selection = self.table.selectionModel()
            for action_id in created[1:]:
                index = self._proxy_index(action_id)
                if index.isValid():
                    selection.select(
                        index,
                        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
                    )

    def selected_ids(self) -> list[uuid.UUID]:
        rows = self.table.selectionModel().selectedRows()
        return [index.data(ID_ROLE) for index in sorted(rows, key=lambda index: index.row())]

    def delete_selected(self) -> QMessageBox | None:
        """Ask (without blocking) whether to delete the selected actions; deleting is undoable."""
        ids = self.selected_ids()
        if not ids:
            return None
        if len(ids) == 1:
            row = self.model.row_of(ids[0])
            what = self.model.action_at(row).what if row is not None else ""
            question = self.tr("Delete the action “{what}”?").format(what=what)
        else:
            question = self.tr("Delete the {count} selected actions?").format(count=len(ids))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete actions"), question, parent=self)
        box.setInformativeText(
            self.tr("You can undo this with {shortcut}.").format(shortcut=native(QKeySequence.StandardKey.Undo))
        )
        confirm = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(confirm)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self.delete_actions(ids) if button is confirm else None)
        box.destroyed.connect(lambda: setattr(self, "confirmation", None))
        self.confirmation = box
        box.open()
        return box

    def delete_actions(self, ids: list[uuid.UUID]) -> None:
        """Delete actions: one undo step, however many."""
        text = self.tr("Delete an action") if len(ids) == 1 else self.tr("Delete actions")
        self.workspace.apply(delete_command(self.workspace, text, Kind.ACTION, ids))

    # --- navigation --------------------------------------------------------------------------------------

    def _proxy_index(self, action_id: uuid.UUID, column: int = WHAT) -> QModelIndex:
        row = self.model.row_of(action_id)
        if row is None:
            return QModelIndex()
        return self.proxy.mapFromSource(self.model.index(row, column))

    def show_action(self, action_id: uuid.UUID, edit: bool = False) -> None:
        """Bring an action into view in the list (clearing filters that hide it), select it, maybe edit it."""
        self.tabs.setCurrentWidget(self.list_tab)
        index = self._proxy_index(action_id)
        if not index.isValid():
            self.reset_filters()
            index = self._proxy_index(action_id)
        if not index.isValid():
            return
        self.table.setCurrentIndex(index)
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if edit:
            self.table.edit(index)

    def _edit_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.table.edit(index)

    def _focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.list_tab)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _context_menu(self, position: Any) -> None:
        menu = QMenu(self)
        menu.addAction(self.new_action)
        edit = menu.addAction(self.tr("Edit cell"))
        edit.setShortcut(QKeySequence(Qt.Key.Key_F2))
        edit.setEnabled(bool(self.proxy.flags(self.table.currentIndex()) & Qt.ItemFlag.ItemIsEditable))
        edit.triggered.connect(self._edit_current)
        menu.addAction(self.delete_action)
        menu.addSeparator()
        menu.addMenu(self.columns_menu).setText(self.columns_button.text())
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.viewport().mapToGlobal(position))

    # --- Qt events ---------------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        """Ctrl+N here means a new action, not a new programme: claim the key before the window's shortcut."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.New)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.matches(QKeySequence.StandardKey.New):
            self.new_action.trigger()
            event.accept()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_columns()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self._save_header()
        super().hideEvent(event)


class YearPlanView(QWidget):
    """The yearly activity plan: one year's actions by quarter, the year's unscheduled ones, and the ones
    with no plan at all. Enter or a double click opens an action in the list.

    While hidden it lets go of the model, so sorting or editing a large list does not refilter six lists
    nobody sees.
    """

    open_requested = Signal(object)  # the action's id

    def __init__(self, model: ActionsModel, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.workspace = workspace
        self.year_combo = QComboBox(self)
        self.year_combo.currentIndexChanged.connect(lambda _row: self._year_changed())
        self.year_label = QLabel(self)
        self.year_label.setBuddy(self.year_combo)
        self.hint = QLabel(self)
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.year_label)
        top.addWidget(self.year_combo)
        top.addSpacing(16)
        top.addWidget(self.hint, 1)

        self.slots: list[tuple[PlanSlotProxy, SlotListView, QLabel]] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        for column, quarter in enumerate((1, 2, 3, 4)):
            self._add_slot(PlanSlotProxy(quarter, parent=self), grid, 0, column, 1)
        self._add_slot(PlanSlotProxy(None, parent=self), grid, 2, 0, 2)
        self._add_slot(PlanSlotProxy(None, unplanned=True, parent=self), grid, 2, 2, 2)
        grid.setRowStretch(1, 5)
        grid.setRowStretch(3, 2)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        previous: QWidget = self.year_combo
        for _proxy, view, _heading in self.slots:
            self.setTabOrder(previous, view)
            previous = view
        self._attached = False

    def _add_slot(self, proxy: PlanSlotProxy, grid: QGridLayout, row: int, column: int, span: int) -> None:
        heading = QLabel(self)
        heading.setProperty("role", "sectionTitle")
        heading.setWordWrap(True)  # "Huhtikuu–kesäkuu" and "April–juni" set no minimum width for the window
        view = SlotListView(self)
        view.setItemDelegate(ActionCardDelegate(DETAIL_ROLE, view))
        view.setWordWrap(True)
        view.setUniformItemSizes(False)
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setSpacing(2)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.activated.connect(lambda index: self.open_requested.emit(index.data(ID_ROLE)))
        heading.setBuddy(view)
        grid.addWidget(heading, row, column, 1, span)
        grid.addWidget(view, row + 1, column, 1, span)
        self.slots.append((proxy, view, heading))

    # --- model -------------------------------------------------------------------------------------------

    def _attach(self) -> None:
        if self._attached:
            return
        for proxy, view, _heading in self.slots:
            proxy.setSourceModel(self.model)
            view.setModel(proxy)
            view.setModelColumn(WHAT)
        self._attached = True
        self._year_changed()

    def _detach(self) -> None:
        if not self._attached:
            return
        for proxy, view, _heading in self.slots:
            view.setModel(None)
            proxy.setSourceModel(None)  # type: ignore[arg-type]
        self._attached = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self._attach()
        self.refresh()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self._detach()
        super().hideEvent(event)

    def year(self) -> int:
        chosen = self.year_combo.currentData()
        return int(chosen) if chosen is not None else self.workspace.today().year

    def set_year(self, year: int) -> None:
        found = self.year_combo.findData(year)
        if found >= 0:
            self.year_combo.setCurrentIndex(found)

    def view_for(self, quarter: int | None, *, unplanned: bool = False) -> "SlotListView":
        for proxy, view, _heading in self.slots:
            if proxy.quarter == quarter and proxy.unplanned == unplanned:
                return view
        raise KeyError(quarter)

    def _year_changed(self) -> None:
        if self._attached:
            for proxy, _view, _heading in self.slots:
                proxy.set_year(self.year())
        self._update_headings()

    # --- texts -------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        today = self.workspace.today().year
        years = set(self.model.plan_years()) | {today}
        span = list(range(min(years), max(years) + 1))
        current = self.year_combo.currentData()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in span:
            self.year_combo.addItem(plan_label(year, None), year)
        self.year_combo.setCurrentIndex(span.index(current if current in span else today))
        self.year_combo.blockSignals(False)
        self._year_changed()

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("Yea&r:"))
        self.hint.setText(
            self.tr("Actions in the order of the action list. Enter or a double click opens one there to edit.")
        )
        self._update_headings()

    def _update_headings(self) -> None:
        locale = QLocale()
        year = self.year()
        for proxy, view, heading in self.slots:
            count = proxy.rowCount() if self._attached else 0
            if proxy.unplanned:
                text = self.tr("Not planned ({count})").format(count=count)
                name = self.tr("Actions not planned in any year")
                view.placeholder = self.tr("Every action has a year in the plan.")
            elif proxy.quarter is None:
                text = self.tr("Sometime in {year} ({count})").format(year=year, count=count)
                name = self.tr("Actions planned for {year} without a quarter").format(year=year)
                view.placeholder = self.tr("Every action planned for {year} has a quarter.").format(year=year)
            else:
                quarter = proxy.quarter
                months = self.tr("{first}–{last}").format(
                    first=locale.standaloneMonthName(quarter * 3 - 2), last=locale.standaloneMonthName(quarter * 3)
                )
                text = self.tr("Q{quarter} · {months} ({count})").format(quarter=quarter, months=months, count=count)
                name = self.tr("Actions planned for quarter {quarter} of {year}").format(quarter=quarter, year=year)
                view.placeholder = self.tr("Nothing planned for this quarter.")
            heading.setText(text)
            view.setAccessibleName(name)
            view.viewport().update()


class SlotListView(QListView):
    """A list of plan cards that says so when it is empty, instead of showing a blank box."""

    placeholder = ""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        model = self.model()
        if (model is not None and model.rowCount() > 0) or not self.placeholder:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(12, 12, -12, -12)
        painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.placeholder)
        painter.end()
