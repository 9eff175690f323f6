"""One phase of the method: what it is for, its task checklist, suggested activities and success criteria.

The method texts come from the programme's catalogue in the programme's language. Every edit on this page is
an undoable command on the workspace (status and dates, tasks, agenda items, ratings).
"""

import html
import itertools
import uuid
from datetime import date
from functools import partial

from PySide6.QtCore import QDate, QEvent, QItemSelection, QLocale, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.canvas.indicator_sheet import GoalSheetButton
from ui.commands import OperationCommand, shown_values, update_command
from ui.lifecycle.summary import LifecycleSummary
from ui.models.phase_models import CriteriaModel, TaskChecklistModel, locale_date, status_text
from ui.pages.base import Page
from ui.pages.series_button import SeriesButton
from ui.widgets.committing_text import CommittingTextEdit
from ui.widgets.completer_delegate import CompleterDelegate
from ui.widgets.fitted_table import FittedTableView
from ui.widgets.headings import body_text, muted_text, page_title, section_title
from ui.widgets.optional_edits import OptionalDateEdit
from ui.widgets.rating import RatingInput
from ui.workshop.look import without_mnemonic
from ui.workspace import Workspace
from workshop_app.catalogue.models import Activity
from workshop_app.domain.enums import PhaseStatus
from workshop_app.domain.models import PhaseStateView, WorkshopView
from workshop_app.operations.activity import AddActivity, WorkshopWithBoards
from workshop_app.operations.changes import ChangeSet, Kind
from workshop_app.operations.programme import AgendaEntry, CreateWorkshop, RateCriterion
from workshop_app.services import participants, phases, workshops

CONTENT_MAX_WIDTH = 1280
PAGE_MARGIN = 28
SECTION_SPACING = 24
STATUS_ORDER = (PhaseStatus.NOT_STARTED, PhaseStatus.IN_PROGRESS, PhaseStatus.DONE)
STATUS_MESSAGE_MS = 8000


class ActivityCard(QFrame):
    """One suggested activity: what it is, how long it usually takes, where it is already on an agenda, and
    a button whose menu puts it on a workshop's agenda."""

    def __init__(self, activity: Activity, preset_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activity = activity
        self.preset_title = preset_title
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("role", "card")
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.minutes = muted_text(self)
        self.minutes.setWordWrap(False)
        self.description = body_text(self)
        self.board = muted_text(self)
        self.used = muted_text(self)
        self.button = QPushButton(self)
        self.menu = QMenu(self.button)
        self.button.setMenu(self.menu)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.minutes, 0, Qt.AlignmentFlag.AlignTop)
        bottom = QHBoxLayout()
        bottom.addWidget(self.used, 1)
        bottom.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.description)
        layout.addWidget(self.board)
        layout.addStretch(1)
        layout.addLayout(bottom)


class PhasePage(Page):
    """A phase of the method: its state, tasks and criteria (models that follow the change sets themselves),
    and the page's own summary: the phase's state, the owners to suggest, the activities already on agendas."""

    def concerns(self, changes: ChangeSet) -> bool:
        return changes.touches(Kind.PHASE_STATE, Kind.PARTICIPANT, Kind.WORKSHOP, Kind.AGENDA_ITEM)

    def __init__(self, workspace: Workspace, number: int, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.number = number
        self.language = workspace.language
        self.phase = workspace.catalogue.phase(number)
        self.state: PhaseStateView | None = None
        self._owner_names: list[str] = []
        self.new_workshop_dialog: QInputDialog | None = None
        self.task_model = TaskChecklistModel(workspace, number, self)
        self.criteria_model = CriteriaModel(workspace, number, self)
        self._build()
        self.retranslate()

    # --- building ----------------------------------------------------------------------------------------

    def _build(self) -> None:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        holder = QWidget(scroll)
        scroll.setWidget(holder)
        self.content = QWidget(holder)
        self.content.setMaximumWidth(CONTENT_MAX_WIDTH)
        centring = QHBoxLayout(holder)
        centring.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN - 8, PAGE_MARGIN, PAGE_MARGIN)
        centring.addStretch(0)
        centring.addWidget(self.content, 1)
        centring.addStretch(0)
        self.column = QVBoxLayout(self.content)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(6)
        self._build_header()
        self._build_method_texts()
        self._build_tasks()
        self._build_activities()
        self._build_lifecycle()
        self._build_criteria()
        self.column.addStretch(1)

    def _section(self, title: QLabel, hint: QLabel | None = None) -> None:
        self.column.addSpacing(SECTION_SPACING)
        self.column.addWidget(title)
        if hint is not None:
            self.column.addWidget(hint)

    def _build_header(self) -> None:
        content = self.content
        self.eyebrow = muted_text(content)
        self.title = page_title(content)
        self.title.setText(self.phase.title.get(self.language))
        self.summary = body_text(content, scale=1.15)
        self.summary.setText(self.phase.summary.get(self.language))
        for widget in (self.eyebrow, self.title, self.summary):
            self.column.addWidget(widget)
        self.column.addSpacing(12)

        self.status_label = QLabel(content)
        self.status_combo = QComboBox(content)
        for status in STATUS_ORDER:
            self.status_combo.addItem("", status.value)
        self.status_combo.activated.connect(self._status_chosen)
        self.status_label.setBuddy(self.status_combo)
        self.started_label = QLabel(content)
        self.started = OptionalDateEdit(content, today=lambda: self.workspace.today())
        self.started.edited.connect(partial(self._date_edited, "started_on"))
        self.started_label.setBuddy(self.started.edit)
        self.completed_label = QLabel(content)
        self.completed = OptionalDateEdit(content, today=lambda: self.workspace.today())
        self.completed.edited.connect(partial(self._date_edited, "completed_on"))
        self.completed_label.setBuddy(self.completed.edit)
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(self.status_label)
        row.addWidget(self.status_combo)
        row.addSpacing(24)
        row.addWidget(self.started_label)
        row.addWidget(self.started)
        row.addSpacing(16)
        row.addWidget(self.completed_label)
        row.addWidget(self.completed)
        row.addStretch(1)
        self.column.addLayout(row)
        self.column.addSpacing(6)
        self.notes_label = QLabel(content)
        self.notes = CommittingTextEdit(content)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4 + 16)
        self.notes.committed.connect(self._notes_committed)
        self.notes_label.setBuddy(self.notes)
        self.column.addWidget(self.notes_label)
        self.column.addWidget(self.notes)

    def _build_method_texts(self) -> None:
        content = self.content
        self.purpose_title = section_title(content)
        self.purpose = body_text(content)
        self.purpose.setText(self.phase.purpose.get(self.language))
        self.results_title = section_title(content)
        self.results = body_text(content)
        self.results.setTextFormat(Qt.TextFormat.RichText)
        items = "".join(f"<li>{html.escape(result.text.get(self.language))}</li>" for result in self.phase.results)
        self.results.setText(f"<ul style='margin-left: 0; -qt-list-indent: 1;'>{items}</ul>")
        grid = QGridLayout()
        grid.setHorizontalSpacing(36)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.purpose_title, 0, 0)
        grid.addWidget(self.purpose, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.results_title, 0, 1)
        grid.addWidget(self.results, 1, 1, Qt.AlignmentFlag.AlignTop)
        self.column.addSpacing(SECTION_SPACING)
        self.column.addLayout(grid)

    def _build_tasks(self) -> None:
        content = self.content
        self.tasks_title = section_title(content)
        self.tasks_hint = muted_text(content)
        self._section(self.tasks_title, self.tasks_hint)
        self.task_table = FittedTableView(content)
        self.task_table.setModel(self.task_model)
        self.task_table.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move between cells
        self.task_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.task_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.task_table.setItemDelegateForColumn(
            TaskChecklistModel.OWNER, CompleterDelegate(lambda: self._owner_names, self.task_table)
        )
        header = self.task_table.horizontalHeader()
        header.setSectionResizeMode(TaskChecklistModel.DONE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TaskChecklistModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TaskChecklistModel.OWNER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TaskChecklistModel.NOTE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(TaskChecklistModel.OWNER, 170)
        self.tasks_title.setBuddy(self.task_table)
        self.column.addWidget(self.task_table)
        self.task_model.dataChanged.connect(lambda *_args: self._set_counts())
        self.task_model.modelReset.connect(self._set_counts)

    def _build_activities(self) -> None:
        content = self.content
        self.activities_title = section_title(content)
        self.activities_hint = muted_text(content)
        self._section(self.activities_title, self.activities_hint)
        self.series_button = SeriesButton(self.workspace, self.number, content)
        self.series_button.announced.connect(self.status_message)
        self.column.addWidget(self.series_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.goal_sheet_button = GoalSheetButton.for_phase(self.workspace, self.number, content)  # phase 4
        if self.goal_sheet_button is not None:
            self.column.addWidget(self.goal_sheet_button, 0, Qt.AlignmentFlag.AlignLeft)
        grid = QGridLayout()
        grid.setSpacing(12)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.activity_cards: list[ActivityCard] = []
        for position, activity in enumerate(self.phase.activities):
            preset = self.workspace.catalogue.preset(activity.preset) if activity.preset else None
            card = ActivityCard(activity, preset.title.get(self.language) if preset else "", content)
            card.title.setText(activity.title.get(self.language))
            card.description.setText(activity.description.get(self.language))
            card.board.setVisible(preset is not None)
            card.menu.aboutToShow.connect(partial(self._fill_agenda_menu, card))
            grid.addWidget(card, position // 2, position % 2)
            self.activity_cards.append(card)
        self.column.addLayout(grid)

    def _build_lifecycle(self) -> None:
        """The programme's path on the lifecycle curve, on the phases whose activities diagnose it."""
        self.lifecycle: LifecycleSummary | None = None
        self.lifecycle_title = section_title(self.content)
        self.lifecycle_hint = muted_text(self.content)
        if not any(activity.tool == "lifecycle" for activity in self.phase.activities):
            self.lifecycle_title.hide()
            self.lifecycle_hint.hide()
            return
        self._section(self.lifecycle_title, self.lifecycle_hint)
        self.lifecycle = LifecycleSummary(self.workspace, self.content, phase=self.number)
        self.lifecycle_title.setBuddy(self.lifecycle.curve_choice)
        self.column.addWidget(self.lifecycle)

    def _build_criteria(self) -> None:
        content = self.content
        self.criteria_title = section_title(content)
        self.criteria_hint = muted_text(content)
        self._section(self.criteria_title, self.criteria_hint)
        self.criteria_table = FittedTableView(content)
        self.criteria_table.setModel(self.criteria_model)
        self.criteria_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.criteria_table.setTabKeyNavigation(False)
        header = self.criteria_table.horizontalHeader()
        header.setSectionResizeMode(CriteriaModel.CRITERION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CriteriaModel.HISTORY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CriteriaModel.COMMENT, QHeaderView.ResizeMode.Stretch)
        self.criteria_table.selectionModel().selectionChanged.connect(self._criterion_selected)
        self.criteria_table.installEventFilter(self)
        self.criteria_title.setBuddy(self.criteria_table)
        self.column.addWidget(self.criteria_table)

        self.rate_box = QFrame(content)
        self.rate_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.rate_box.setProperty("role", "card")
        self.rate_heading = QLabel(self.rate_box)
        self.rate_heading.setWordWrap(True)
        self.rate_heading.setTextFormat(Qt.TextFormat.RichText)
        self.score_label = QLabel(self.rate_box)
        self.score = RatingInput(self.rate_box)
        self.score.value_changed.connect(lambda _value: self._update_rate_button())
        self.score_label.setBuddy(self.score)
        self.comment_label = QLabel(self.rate_box)
        self.comment = QLineEdit(self.rate_box)
        self.comment.setClearButtonEnabled(True)
        self.comment.returnPressed.connect(self.add_rating)
        self.comment_label.setBuddy(self.comment)
        self.date_label = QLabel(self.rate_box)
        self.rated_on = QDateEdit(self.rate_box)
        self.rated_on.setCalendarPopup(True)
        self.rated_on.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        today = self.workspace.today()
        self.rated_on.setDate(QDate(today.year, today.month, today.day))
        self.date_label.setBuddy(self.rated_on)
        self.rate_button = QPushButton(self.rate_box)
        self.rate_button.setDefault(False)
        self.rate_button.clicked.connect(self.add_rating)
        score_row = QHBoxLayout()
        score_row.setSpacing(10)
        score_row.addWidget(self.score)
        score_row.addSpacing(24)
        score_row.addWidget(self.date_label)
        score_row.addWidget(self.rated_on)
        score_row.addStretch(1)
        comment_row = QHBoxLayout()
        comment_row.setSpacing(10)
        comment_row.addWidget(self.comment, 1)
        comment_row.addWidget(self.rate_button)
        form = QGridLayout()
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(8)
        form.addWidget(self.score_label, 0, 0)
        form.addLayout(score_row, 0, 1)
        form.addWidget(self.comment_label, 1, 0)
        form.addLayout(comment_row, 1, 1)
        form.setColumnStretch(1, 1)
        box = QVBoxLayout(self.rate_box)
        box.setContentsMargins(14, 12, 14, 12)
        box.setSpacing(10)
        box.addWidget(self.rate_heading)
        box.addLayout(form)
        self.column.addSpacing(8)
        self.column.addWidget(self.rate_box)
        for first, second in itertools.pairwise(
            (self.criteria_table, self.score, self.rated_on, self.comment, self.rate_button)
        ):
            QWidget.setTabOrder(first, second)
        if self.criteria_model.rowCount():
            self.criteria_table.selectRow(0)
        self._update_rate_button()

    # --- contents ----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        store = self.workspace.store
        self.state = next(state for state in phases.list_phase_states(store) if state.phase == self.number)
        self.status_combo.setCurrentIndex(self.status_combo.findData(self.state.status))
        self.started.set_value(self.state.started_on)
        self.completed.set_value(self.state.completed_on)
        self.notes.set_saved_text(self.state.notes)
        read_only = store.read_only
        for widget in (self.status_combo, self.started, self.completed, self.rate_box):
            widget.setEnabled(not read_only)
        self.notes.setReadOnly(read_only)
        self._owner_names = [
            person.display_name
            for person in participants.list_participants(store, include_erased=False)
            if person.display_name
        ]
        self._refresh_activities()
        self._set_counts()
        self._update_rate_heading()

    def _refresh_activities(self) -> None:
        """Which workshops already have each activity on their agenda."""
        used = workshops.activity_uses(self.workspace.store)
        for card in self.activity_cards:
            places = used.get(card.activity.key, [])
            card.used.setVisible(bool(places))
            card.used.setText(
                self.tr("On the agenda of: {workshops}").format(
                    workshops="; ".join(self._workshop_label(workshop) for workshop in places)
                )
            )
            card.button.setEnabled(not self.workspace.store.read_only)

    def _set_counts(self) -> None:
        self.tasks_hint.setText(
            self.tr(
                "{done} of {total} tasks done. Tick a task with Space; type or press F2 to edit its owner or note."
            ).format(done=self.task_model.done_count(), total=self.task_model.rowCount())
        )

    def _workshop_label(self, workshop: WorkshopView) -> str:
        if workshop.date is None:
            return workshop.title
        return self.tr("{title} ({date})").format(title=workshop.title, date=locale_date(workshop.date))

    def retranslate(self) -> None:
        self.eyebrow.setText(self.tr("Phase {number} of 5").format(number=self.number))
        self.status_label.setText(self.tr("Stat&us:"))
        for row, status in enumerate(STATUS_ORDER):
            self.status_combo.setItemText(row, status_text(status.value))
        self.status_combo.setAccessibleName(self.tr("Status of phase {number}").format(number=self.number))
        self.started_label.setText(self.tr("Started &on"))
        self.started.edit.setAccessibleName(without_mnemonic(self.started_label.text()))
        self.started.set_texts(self.tr("Not yet"), self.tr("Remove the start date"))
        self.completed_label.setText(self.tr("Com&pleted on"))
        self.completed.edit.setAccessibleName(without_mnemonic(self.completed_label.text()))
        self.completed.set_texts(self.tr("Not yet"), self.tr("Remove the completion date"))
        for edit in (self.started, self.completed):
            edit.apply_locale()
        self.notes_label.setText(self.tr("Phase &notes:"))
        self.notes.setAccessibleName(self.tr("Notes on phase {number}").format(number=self.number))
        self.notes.setPlaceholderText(self.tr("Where the phase stands, open issues, what was learnt…"))
        self.notes.setToolTip(self.tr("Saved when you leave the field (or press Ctrl+Enter)."))
        self.purpose_title.setText(self.tr("Purpose"))
        self.results_title.setText(self.tr("Expected results"))
        self.tasks_title.setText(self.tr("&Tasks"))
        self.task_table.setAccessibleName(self.tr("Tasks of phase {number}").format(number=self.number))
        self.activities_title.setText(self.tr("Suggested activities"))
        self.activities_hint.setText(
            self.tr("Workshop activities for this phase with their usual length. Add one to a workshop's agenda.")
        )
        for card in self.activity_cards:
            minutes = card.activity.minutes
            card.minutes.setText(self.tr("{minutes} min").format(minutes=QLocale().toString(minutes)))
            card.minutes.setToolTip(self.tr("Usually takes {minutes} minutes").format(minutes=minutes))
            card.board.setText(self.tr("Uses the quadrant board “{board}”.").format(board=card.preset_title))
            card.button.setText(self.tr("Add to agenda…"))
            title = card.activity.title.get(self.language)
            card.button.setAccessibleName(self.tr("Add “{activity}” to a workshop's agenda").format(activity=title))
            card.button.setToolTip(self.tr("Pick a workshop, or make a new one in this phase"))
        self.lifecycle_title.setText(self.tr("Lifecycle diagnosis"))
        self.lifecycle_hint.setText(
            self.tr(
                "Where the group and each participant placed the collaboration, diagnosis by diagnosis: older "
                "ones fainter, the latest circled. Diagnose again in a workshop to see the path continue."
            )
        )
        self.criteria_title.setText(self.tr("Success &criteria"))
        self.criteria_hint.setText(
            self.tr(
                "Rate how well each criterion is met, from 1 (not at all) to 5 (fully); earlier ratings stay. "
                "Select a criterion, press 1–5, type a comment and press Enter."
            )
        )
        self.criteria_table.setAccessibleName(self.tr("Success criteria of phase {number}").format(number=self.number))
        self.score_label.setText(self.tr("&Score:"))
        self.score.setAccessibleName(self.tr("Score"))
        self.comment_label.setText(self.tr("Co&mment:"))
        self.comment.setPlaceholderText(self.tr("Why this score? What would raise it?"))
        self.date_label.setText(self.tr("&Date:"))
        self.rated_on.setAccessibleName(self.tr("Date of the rating"))
        self.rate_button.setText(self.tr("&Add rating"))
        self.rate_button.setToolTip(self.tr("Add the rating (Enter in the comment field)"))
        for model in (self.task_model, self.criteria_model):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
        if self.state is not None:
            self._refresh_activities()
            self._set_counts()
            self.criteria_model.reload()
        self._update_rate_heading()

    # --- status, dates and notes -------------------------------------------------------------------------

    def _status_chosen(self, row: int) -> None:
        status = str(self.status_combo.itemData(row))
        state = self.state
        if state is None or status == state.status:
            return
        changes: dict[str, object] = {"status": status}
        today = self.workspace.today()
        # Starting or finishing a phase usually happens today; the date stays editable, and one undo reverts all.
        if status in (PhaseStatus.IN_PROGRESS, PhaseStatus.DONE) and state.started_on is None:
            changes["started_on"] = today
        if status == PhaseStatus.DONE and state.completed_on is None:
            changes["completed_on"] = today
        text = self.tr("Set phase {number} to “{status}”").format(number=self.number, status=status_text(status))
        self._update_phase(text, changes)

    def _date_edited(self, field: str, value: date | None) -> None:
        if field == "started_on":
            text = self.tr("Change when phase {number} started").format(number=self.number)
        else:
            text = self.tr("Change when phase {number} was completed").format(number=self.number)
        self._update_phase(text, {field: value})

    def _notes_committed(self, text: str) -> None:
        self._update_phase(self.tr("Edit the notes on phase {number}").format(number=self.number), {"notes": text})

    def _update_phase(self, text: str, changes: dict[str, object]) -> None:
        expected = shown_values(self.state, changes) if self.state is not None else None  # what the page showed
        command = update_command(self.workspace, text, Kind.PHASE_STATE, self.number, changes, expected=expected)
        if not self.workspace.apply(command):
            self.refresh()  # show what the file holds again

    # --- activities onto agendas -------------------------------------------------------------------------

    def _fill_agenda_menu(self, card: ActivityCard) -> None:
        """Built each time it opens, so it lists the workshops as they are now."""
        menu = card.menu
        menu.clear()
        all_workshops = workshops.list_workshops(self.workspace.store)
        here = [workshop for workshop in all_workshops if workshop.phase == self.number]
        others = [workshop for workshop in all_workshops if workshop.phase != self.number]
        menu.addSection(self.tr("Workshops in this phase"))
        if not here:
            menu.addAction(self.tr("No workshop in this phase yet")).setEnabled(False)
        for workshop in here:
            action = menu.addAction(self._workshop_label(workshop))
            action.triggered.connect(partial(self._add_chosen, card.activity.key, workshop.id))
        if others:
            submenu = menu.addMenu(self.tr("Other workshops"))
            for workshop in others:
                label = self.tr("{workshop} – phase {number}").format(
                    workshop=self._workshop_label(workshop), number=workshop.phase
                )
                action = submenu.addAction(label)
                action.triggered.connect(partial(self._add_chosen, card.activity.key, workshop.id))
        menu.addSeparator()
        new = menu.addAction(self.tr("New workshop in this phase…"))
        new.triggered.connect(partial(self.ask_new_workshop, card.activity.key))

    def _add_chosen(self, activity_key: str, workshop_id: uuid.UUID, _checked: bool = False) -> None:
        self.add_activity(activity_key, workshop_id)

    def add_activity(self, activity_key: str, workshop_id: uuid.UUID) -> bool:
        """Append the activity (title, usual minutes, its key) to the workshop's agenda, as one undo step."""
        activity = self.workspace.catalogue.activity(activity_key)
        if activity is None:
            return False
        store = self.workspace.store
        title = activity.title.get(self.language)
        workshop = workshops.get_workshop(store, workshop_id)
        command = OperationCommand(
            self.workspace,
            self.tr("Add “{activity}” to the agenda of “{workshop}”").format(activity=title, workshop=workshop.title),
            AddActivity(
                workshop_id,
                title,
                planned_minutes=activity.minutes,
                activity_key=activity.key,
                preset_key=activity.preset,
                board_title=self._board_title(activity.preset),
            ),
        )
        if not self.workspace.apply(command):
            return False
        self._announce(
            self.tr("“{activity}” ({minutes} min) is now on the agenda of “{workshop}”.").format(
                activity=title, minutes=activity.minutes, workshop=workshop.title
            )
        )
        return True

    def ask_new_workshop(self, activity_key: str, _checked: bool = False) -> QInputDialog:
        """Ask for the new workshop's title without blocking (the dialog is window-modal, opened with open())."""
        activity = self.workspace.catalogue.activity(activity_key)
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("New workshop"))
        dialog.setLabelText(
            self.tr("Title of the new workshop in phase {number}; the activity goes on its agenda:").format(
                number=self.number
            )
        )
        dialog.setTextValue(activity.title.get(self.language) if activity else "")
        dialog.setOkButtonText(self.tr("Create"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(partial(self.add_activity_to_new_workshop, activity_key))
        dialog.destroyed.connect(self._forget_dialog)
        self.new_workshop_dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self) -> None:
        self.new_workshop_dialog = None

    def add_activity_to_new_workshop(self, activity_key: str, title: str) -> bool:
        """Create a workshop in this phase and put the activity on its agenda; one undo removes both."""
        title = title.strip()
        if not title:
            return False
        activity = self.workspace.catalogue.activity(activity_key)
        if activity is None:
            return False
        activity_title = activity.title.get(self.language)
        entry = AgendaEntry(activity_title, planned_minutes=activity.minutes, activity_key=activity.key)
        command = OperationCommand(
            self.workspace,
            self.tr("Add an activity to the new workshop “{workshop}”").format(workshop=title),
            WorkshopWithBoards(
                CreateWorkshop(title, self.number, agenda=(entry,)),
                ((self._board_title(activity.preset), activity.preset),) if activity.preset else (),
            ),
        )
        if not self.workspace.apply(command):
            return False
        self._announce(
            self.tr("“{activity}” ({minutes} min) is now on the agenda of “{workshop}”.").format(
                activity=activity_title, minutes=activity.minutes, workshop=title
            )
        )
        return True

    def _board_title(self, preset_key: str | None) -> str:
        """The title a board of the preset gets: the preset's own, in the programme's language."""
        preset = self.workspace.catalogue.preset(preset_key) if preset_key else None
        return preset.title.get(self.language) if preset is not None else ""

    def _announce(self, message: str) -> None:
        self.status_message.emit(message, STATUS_MESSAGE_MS)

    # --- rating criteria ---------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Digits 1-5 in the criteria table pick the score and move on to the comment: rate without the mouse."""
        if watched is self.criteria_table and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_5 and self.selected_criterion_row() >= 0:
                self.score.set_value(key - Qt.Key.Key_0)
                self.comment.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _criterion_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_rate_heading()
        self._update_rate_button()

    def selected_criterion_row(self) -> int:
        rows = self.criteria_table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _update_rate_heading(self) -> None:
        row = self.selected_criterion_row()
        if row < 0:
            self.rate_heading.setText(self.tr("Select a criterion above to rate it."))
            return
        self.rate_heading.setText(
            self.tr("Rate: <b>{criterion}</b>").format(criterion=html.escape(self.criteria_model.criterion_text(row)))
        )

    def _update_rate_button(self) -> None:
        self.rate_button.setEnabled(self.selected_criterion_row() >= 0 and self.score.value() > 0)

    def add_rating(self) -> bool:
        """Add a dated rating for the selected criterion; earlier ones stay, so the trend shows."""
        row = self.selected_criterion_row()
        score = self.score.value()
        if row < 0 or score == 0:
            return False
        key = self.criteria_model.criterion(row).key
        comment = self.comment.text().strip()
        day = self.rated_on.date()
        rated_on = date(day.year(), day.month(), day.day())
        command = OperationCommand(
            self.workspace,
            self.tr("Rate “{criterion}” {score} of 5").format(
                criterion=self.criteria_model.criterion_text(row), score=score
            ),
            RateCriterion(key, score, comment=comment, rated_on=rated_on),
        )
        if not self.workspace.apply(command):
            return False
        self.score.set_value(0)
        self.comment.clear()
        return True
