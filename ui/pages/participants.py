"""The participant and stakeholder register: a filterable table edited in place, adding people, and erasing a
person's personal data (GDPR), which is the one change in the app that cannot be undone."""

import uuid
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QHideEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import settings
from ui.commands import OperationCommand
from ui.dialogs.erasure import ErasureReport, FirstNameReview
from ui.dialogs.participant import EraseConfirmation, ParticipantDialog, long_year_format
from ui.models.participants_model import (
    ACTOR_TYPE,
    CONSENT,
    CONTACT,
    ERASED_ROLE,
    NAME,
    ORGANISATION,
    ROLE,
    ParticipantsFilter,
    ParticipantsModel,
)
from ui.pages.base import Page
from ui.widgets.action_button import ActionButton
from ui.workspace import Workspace
from workshop_app.domain.models import ParticipantView
from workshop_app.operations.programme import AddParticipant, EraseFirstNames, EraseParticipant
from workshop_app.services import participants
from workshop_app.services.erasure import Occurrence, Outside, erase_outside
from workshop_app.services.export_log import exports_written
from workshop_app.services.validation import NAME_MAX, YEAR_MAX
from workshop_app.storage.migrate import backups_of

ModelIndex = QModelIndex | QPersistentModelIndex

ADD_SHORTCUT = QKeySequence("Ctrl+Shift+N")
ERASE_SHORTCUT = QKeySequence("Ctrl+Shift+Del")
NO_DATE = QDate(1899, 12, 31)  # the date editor's "not recorded" value, one day before the core's range


# --- delegates -------------------------------------------------------------------------------------------------


class TextDelegate(QStyledItemDelegate):
    """Line editors limited to what the core stores, so a long paste is cut where the core would refuse it."""

    def createEditor(  # noqa: N802 - Qt override
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(NAME_MAX)
        return editor


class ActorTypeDelegate(QStyledItemDelegate):
    """A combo of the catalogue's actor types in the programme's language; the model stores the key."""

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace

    def createEditor(  # noqa: N802 - Qt override
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        editor = QComboBox(parent)
        language = self.workspace.language
        for actor in self.workspace.catalogue.actor_types:
            editor.addItem(actor.label.get(language), actor.key)
            editor.setItemData(editor.count() - 1, actor.description.get(language), Qt.ItemDataRole.ToolTipRole)
        editor.setAccessibleName(self.tr("Actor type"))
        # The list opens at once and choosing from it is the whole edit (arrows move within the open list;
        # Enter or a click commits, Escape cancels), as in a spreadsheet.
        editor.activated.connect(lambda _index: self._commit(editor))
        QTimer.singleShot(0, editor, editor.showPopup)
        return editor

    def _commit(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:  # noqa: N802 - Qt override
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(  # noqa: N802 - Qt override
        self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ConsentDateDelegate(QStyledItemDelegate):
    """A date editor in the locale's form. An empty date starts at today (what you see is what is saved);
    Delete sets it back to "not recorded"."""

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace

    def createEditor(  # noqa: N802 - Qt override
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat(long_year_format())
        editor.setDateRange(NO_DATE, QDate(YEAR_MAX, 12, 31))
        editor.setSpecialValueText(self.tr("Not recorded"))
        editor.setAccessibleName(self.tr("Consent date"))
        editor.setToolTip(self.tr("Delete clears the date."))
        return editor

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:  # noqa: N802 - Qt override
        if isinstance(editor, QDateEdit):
            value = index.data(Qt.ItemDataRole.EditRole)
            if isinstance(value, QDate) and value.isValid():
                editor.setDate(value)
            else:
                today = self.workspace.today()
                editor.setDate(QDate(today.year, today.month, today.day))

    def setModelData(  # noqa: N802 - Qt override
        self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex
    ) -> None:
        if isinstance(editor, QDateEdit):
            chosen = editor.date()
            model.setData(index, None if chosen == NO_DATE else chosen, Qt.ItemDataRole.EditRole)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            isinstance(watched, QDateEdit)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Delete
        ):
            watched.setDate(NO_DATE)
            return True
        return super().eventFilter(watched, event)


# --- the page --------------------------------------------------------------------------------------------------


class ParticipantsPage(Page):
    """Who takes part: residents, organisations, authorities. Every edit is an undoable command; erasing a
    person is not, by design, and says so before it happens. The model follows the change sets itself; the
    page keeps its counts and filters in step with the model's ``refreshed``."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.model = ParticipantsModel(workspace, self)
        self.proxy = ParticipantsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.model.refreshed.connect(self._model_refreshed)
        self.add_dialog: ParticipantDialog | None = None
        self.erase_dialog: EraseConfirmation | None = None
        self.first_name_dialog: FirstNameReview | None = None
        self.erase_report: ErasureReport | None = None
        self._build_actions()
        self._build_widgets()
        self._restore_settings()
        self.retranslate()

    # --- building ------------------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        # Window-wide shortcuts are only live while the page is shown (Qt skips hidden widgets' actions), so
        # other pages may use the same keys; F2 stays within the page so it never edits from the navigator.
        def action(shortcut: QKeySequence, slot: Any, context: Qt.ShortcutContext) -> QAction:
            made = QAction(self)
            made.setShortcut(shortcut)
            made.setShortcutContext(context)
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        window, page = Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.add_action = action(ADD_SHORTCUT, self.add_participant, window)
        self.edit_action = action(QKeySequence(Qt.Key.Key_F2), self.edit_current, page)
        self.erase_action = action(ERASE_SHORTCUT, self.erase_selected, window)
        self.find_action = action(QKeySequence(QKeySequence.StandardKey.Find), self._focus_search, window)

    def _build_widgets(self) -> None:
        self.title = QLabel(self)
        self.title.setProperty("role", "pageTitle")
        self.intro = QLabel(self)
        self.intro.setProperty("role", "muted")
        self.intro.setWordWrap(True)

        self.search_label = QLabel(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.search_label.setBuddy(self.search)
        self.search.textChanged.connect(self._filters_changed)
        self.actor_label = QLabel(self)
        self.actor_filter = QComboBox(self)
        # Catalogue labels are long in Finnish; the popup shows them whole, the closed combo need not.
        self.actor_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.actor_filter.setMinimumContentsLength(26)
        self.actor_label.setBuddy(self.actor_filter)
        self.actor_filter.currentIndexChanged.connect(self._filters_changed)
        self.show_erased = QCheckBox(self)
        self.show_erased.toggled.connect(self._filters_changed)
        self.add_button = ActionButton(self.add_action, self)
        self.erase_button = ActionButton(self.erase_action, self)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.search_label)
        filters.addWidget(self.search, 2)
        filters.addSpacing(12)
        filters.addWidget(self.actor_label)
        filters.addWidget(self.actor_filter, 1)
        filters.addSpacing(12)
        filters.addWidget(self.show_erased)
        filters.addStretch(1)
        heading = QHBoxLayout()
        heading.setSpacing(8)
        heading.addWidget(self.title, 1)
        heading.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)
        heading.addWidget(self.erase_button, 0, Qt.AlignmentFlag.AlignBottom)

        self.table = QTableView(self)
        self.table.setObjectName("participantsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        self.table.setWordWrap(False)
        self.table.setStyleSheet("QTableView::item { padding: 0 6px; }")  # text clear of the grid lines
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 16)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(80)
        for column in (ORGANISATION, ACTOR_TYPE, ROLE, CONTACT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (NAME, CONSENT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setItemDelegate(TextDelegate(self.table))
        self.table.setItemDelegateForColumn(ACTOR_TYPE, ActorTypeDelegate(self.workspace, self.table))
        self.table.setItemDelegateForColumn(CONSENT, ConsentDateDelegate(self.workspace, self.table))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().currentRowChanged.connect(lambda _new, _old: self._update_actions())
        self.table.doubleClicked.connect(self._double_clicked)

        self.empty = QLabel(self)
        self.empty.setProperty("role", "muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.views = QStackedWidget(self)
        self.views.addWidget(self.table)
        self.views.addWidget(self.empty)

        self.summary = QLabel(self)
        self.summary.setProperty("role", "muted")
        self.filter_status = QLabel(self)
        self.filter_status.setProperty("role", "muted")
        self.clear_filters = QPushButton(self)
        self.clear_filters.clicked.connect(self._clear_filters)
        footer = QHBoxLayout()
        footer.addWidget(self.summary, 1)
        footer.addWidget(self.filter_status)
        footer.addWidget(self.clear_filters)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(heading)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addLayout(filters)
        layout.addWidget(self.views, 1)
        layout.addLayout(footer)

        for first, second in (
            (self.add_button, self.erase_button),
            (self.erase_button, self.search),
            (self.search, self.actor_filter),
            (self.actor_filter, self.show_erased),
            (self.show_erased, self.table),
            (self.table, self.clear_filters),
        ):
            QWidget.setTabOrder(first, second)

    def _restore_settings(self) -> None:
        self.show_erased.setChecked(settings.PARTICIPANTS_SHOW_ERASED.get())
        column = settings.PARTICIPANTS_SORT_COLUMN.get()
        self.table.sortByColumn(column if NAME <= column <= CONSENT else NAME, settings.PARTICIPANTS_SORT_ORDER.get())

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        """Remember the sort and the erased toggle for the next time the register is opened."""
        header = self.table.horizontalHeader()
        settings.PARTICIPANTS_SORT_COLUMN.set(header.sortIndicatorSection())
        settings.PARTICIPANTS_SORT_ORDER.set(header.sortIndicatorOrder())
        settings.PARTICIPANTS_SHOW_ERASED.set(self.show_erased.isChecked())
        super().hideEvent(event)

    # --- texts ---------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Participants and stakeholders"))
        self.intro.setText(
            self.tr(
                "Everyone the programme works with: residents, organisations, businesses and authorities. "
                "Double-click a cell or press F2 to edit it; every change is saved at once and can be undone."
            )
        )
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Name, organisation or role"))
        self.search.setAccessibleName(self.tr("Search the register"))
        self.actor_label.setText(self.tr("Actor &type:"))
        self.actor_filter.setAccessibleName(self.tr("Show actor type"))
        self.show_erased.setText(self.tr("Show erase&d entries"))
        self.show_erased.setToolTip(self.tr("Show the anonymous entries left behind when personal data was erased."))
        self._describe(self.add_action, self.tr("&Add participant…"), self.tr("Add a person to the register"))
        self._describe(self.edit_action, self.tr("&Edit cell"), self.tr("Edit the selected cell"))
        self._describe(
            self.erase_action,
            self.tr("E&rase personal data…"),
            self.tr("Remove the selected person's personal data from the file for good (GDPR)"),
        )
        self._describe(self.find_action, self.tr("&Find"), self.tr("Search the register"))
        self.table.setAccessibleName(self.tr("Participant and stakeholder register"))
        self.clear_filters.setText(self.tr("C&lear filters"))
        self.model.retranslate()
        self.proxy.relocalise()
        self._fill_actor_filter()
        self._update_counts()

    def _describe(self, action: QAction, text: str, description: str) -> None:
        action.setText(text)
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if shortcut:
            description = self.tr("{description} ({shortcut})").format(description=description, shortcut=shortcut)
        action.setToolTip(description)
        action.setStatusTip(description)

    # --- loading -------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.model.reload()  # announces ``refreshed``: counts, filters and the current row follow

    def _model_refreshed(self) -> None:
        self._fill_actor_filter()
        self._update_counts()
        self._update_actions()
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, NAME))

    def _fill_actor_filter(self) -> None:
        """All actor types first, then each type with how many people in the register have it."""
        chosen = self.actor_filter.currentData()
        people = [person for person in self.model.people() if not person.erased]
        counts: dict[str, int] = {}
        for person in people:
            counts[person.actor_type] = counts.get(person.actor_type, 0) + 1
        language = self.workspace.language
        self.actor_filter.blockSignals(True)
        self.actor_filter.clear()
        self.actor_filter.addItem(self.tr("All actor types ({count})").format(count=len(people)), None)
        for actor in self.workspace.catalogue.actor_types:
            label = self.tr("{label} ({count})").format(label=actor.label.get(language), count=counts.get(actor.key, 0))
            self.actor_filter.addItem(label, actor.key)
            self.actor_filter.setItemData(
                self.actor_filter.count() - 1, actor.description.get(language), Qt.ItemDataRole.ToolTipRole
            )
        self.actor_filter.setCurrentIndex(max(0, self.actor_filter.findData(chosen)))
        self.actor_filter.blockSignals(False)
        popup = self.actor_filter.view()
        popup.setMinimumWidth(popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width() + 16)

    def _update_counts(self) -> None:
        people = [person for person in self.model.people() if not person.erased]
        erased = sum(1 for person in self.model.people() if person.erased)
        types = {person.actor_type for person in people}
        if erased:
            text = self.tr("People: {people}   ·   Actor types: {types}   ·   Erased entries: {erased}")
        else:
            text = self.tr("People: {people}   ·   Actor types: {types}")
        self.summary.setText(text.format(people=len(people), types=len(types), erased=erased))
        lines = [
            self.tr("{label}: {count}").format(
                label=self.model.actor_label(key), count=sum(1 for p in people if p.actor_type == key)
            )
            for key in [actor.key for actor in self.workspace.catalogue.actor_types if actor.key in types]
        ]
        self.summary.setToolTip("\n".join(lines))
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        filtering = self.proxy.is_filtering()
        self.filter_status.setText(
            self.tr("Showing {shown} of {total} entries").format(shown=shown, total=total) if filtering else ""
        )
        self.filter_status.setVisible(filtering)
        self.clear_filters.setVisible(filtering)
        if shown:
            self.views.setCurrentWidget(self.table)
        else:
            if total and filtering:
                self.empty.setText(
                    self.tr("No one matches the search and actor type. Clear the filters to see everyone.")
                )
            elif total:
                self.empty.setText(
                    self.tr("Only erased entries are in the register. Tick “Show erased entries” to see them.")
                )
            else:
                self.empty.setText(
                    self.tr("No one is in the register yet. Use “Add participant” to add the first person.")
                )
            self.views.setCurrentWidget(self.empty)

    def _update_actions(self) -> None:
        writable = not self.workspace.store.read_only
        person = self.current_person()
        self.add_action.setEnabled(writable)
        self.edit_action.setEnabled(writable and person is not None and not person.erased)
        self.erase_action.setEnabled(writable and person is not None and not person.erased)

    # --- filters -------------------------------------------------------------------------------------------

    def _filters_changed(self) -> None:
        self.proxy.set_search(self.search.text())
        self.proxy.set_actor_type(self.actor_filter.currentData())
        self.proxy.set_show_erased(self.show_erased.isChecked())
        self._update_counts()
        self._update_actions()

    def _clear_filters(self) -> None:
        self.search.clear()
        self.actor_filter.setCurrentIndex(0)
        self.table.setFocus()

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- selection -----------------------------------------------------------------------------------------

    def current_person(self) -> ParticipantView | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.person(self.proxy.mapToSource(index).row())

    def select_person(self, participant_id: uuid.UUID) -> bool:
        """Make ``participant_id`` the current row and scroll to it; False if the filters hide the person."""
        row = self.model.row_of(participant_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, NAME))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addActions([self.add_action, self.edit_action])
        menu.addSeparator()
        menu.addAction(self.erase_action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.viewport().mapToGlobal(position))

    def _double_clicked(self, index: QModelIndex) -> None:
        """An erased row cannot be edited; say why instead of silently doing nothing (read-only files say so
        in the status bar already)."""
        if index.isValid() and index.data(ERASED_ROLE):
            self._status(self.tr("An erased participant cannot be edited."))

    def edit_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        if self.proxy.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.table.edit(index)
        else:
            self._double_clicked(index)

    # --- adding --------------------------------------------------------------------------------------------

    def add_participant(self) -> None:
        """Open the add dialog (window-modal, without a nested event loop)."""
        if self.workspace.store.read_only:
            return
        if self.add_dialog is not None:
            self.add_dialog.raise_()
            return
        dialog = ParticipantDialog(self.workspace, self._create, self)
        dialog.finished.connect(partial(self._dialog_closed, dialog))
        self.add_dialog = dialog
        dialog.open()

    def _create(self, values: dict[str, Any]) -> bool:
        name = str(values["display_name"]).strip()
        fields = {key: value for key, value in values.items() if key != "display_name"}
        command = OperationCommand(
            self.workspace, self.tr("Add {name}").format(name=name), AddParticipant(values["display_name"], fields)
        )
        if not self.workspace.apply(command):
            return False
        if command.created_id is not None and not self.select_person(command.created_id):
            self._clear_filters()  # the filters hid the new person; show them, or the add looks lost
            self.select_person(command.created_id)
        return True

    def _dialog_closed(self, dialog: ParticipantDialog, _result: int) -> None:
        if self.add_dialog is dialog:
            self.add_dialog = None
        dialog.deleteLater()
        self.table.setFocus()

    # --- erasing -------------------------------------------------------------------------------------------

    def erase_selected(self) -> None:
        """Ask first, saying exactly what will happen; the erasure itself runs only on confirmation."""
        person = self.current_person()
        if person is None or person.erased or self.workspace.store.read_only:
            return
        box = EraseConfirmation(person.display_name, self)
        box.confirmed.connect(partial(self.erase, person.id))
        box.finished.connect(partial(self._erase_dialog_closed, box))
        self.erase_dialog = box
        box.open()

    def _erase_dialog_closed(self, box: EraseConfirmation, _result: int) -> None:
        if self.erase_dialog is box:
            self.erase_dialog = None
        box.deleteLater()

    def erase(self, participant_id: uuid.UUID) -> None:
        """Erase at once, outside the undo stack: it must not be undoable, and earlier commands may hold the
        person's data (a rename's old value, a snapshot), so the history is dropped as well. Then, beyond the
        file: backups holding the person deleted, exports listed; the first name alone is for the facilitator
        to decide, one occurrence at a time."""
        store = self.workspace.store
        name = participants.get_participant(store, participant_id).display_name
        matcher = participants.person_matcher(store, participant_id)
        first_names = participants.first_name_occurrences(store, participant_id)
        exports = [entry.path for entry in exports_written(store)]
        backups = backups_of(store.path) if not isinstance(store.path, str) else []  # a server: IT's backups, not ours
        command = OperationCommand(self.workspace, self.tr("Erase"), EraseParticipant(participant_id))
        if not self.workspace.apply(command):  # not undoable: the workspace drops the history with it
            return
        redacted = command.result
        self._status(
            self.tr("The personal data was erased. Texts in which the name or contact was replaced: {count}.").format(
                count=redacted
            )
        )
        outside = erase_outside(matcher, backups, exports)
        report = partial(self._report_erasure, name, redacted, outside)
        if not first_names:
            report()
            return
        review = FirstNameReview(first_names, self)
        review.decided.connect(self._replace_first_names)
        review.finished.connect(partial(self._review_closed, review, report))
        self.first_name_dialog = review
        review.open()

    def _review_closed(self, review: FirstNameReview, report: Callable[[], None], _result: int) -> None:
        self.first_name_dialog = None
        review.deleteLater()
        report()

    def _replace_first_names(self, chosen: tuple[Occurrence, ...]) -> None:
        if chosen:
            self.workspace.apply(OperationCommand(self.workspace, self.tr("Erase"), EraseFirstNames(chosen)))

    def _report_erasure(self, name: str, redacted: int, outside: Outside) -> None:
        box = ErasureReport(name, redacted, outside, self)
        box.finished.connect(partial(self._report_closed, box))
        self.erase_report = box
        box.open()

    def _report_closed(self, box: ErasureReport, _result: int) -> None:
        if self.erase_report is box:
            self.erase_report = None
        box.deleteLater()

    def _status(self, message: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 10_000)
