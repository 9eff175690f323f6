"""Where the programme stands at a glance: phases, next workshops, open and overdue actions, criteria trends.

Everything comes from one ``load_overview`` call, whose cost does not grow with the file, so the page can
refresh on every change. Rows lead to the page where the thing can be worked on.
"""

import html
import itertools
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.lifecycle.summary import LifecycleSummary
from ui.models.phase_models import (
    DISPLAY,
    KEY_ROLE,
    Index,
    PhaseProgressModel,
    RatingTrendModel,
    locale_date,
)
from ui.pages.base import Page
from ui.pages.navigation import Destination, PageKey
from ui.widgets.fitted_table import FittedTableView
from ui.widgets.headings import body_text, muted_text, page_title, section_title
from ui.widgets.page_column import OVERVIEW_MAX_WIDTH, SECTION_SPACING, centred_column, overview_columns
from ui.widgets.progress_delegate import ProgressDelegate
from ui.widgets.stat_tile import StatTile
from ui.widgets.status_icons import warning_icon
from ui.workspace import Workspace
from workshop_app.domain.enums import ActionStatus, PhaseStatus
from workshop_app.domain.models import ActionView, WorkshopView
from workshop_app.operations.changes import ChangeSet, Kind
from workshop_app.services.overview import Overview, current_overview


class UpcomingWorkshopsModel(QAbstractTableModel):
    """The next few workshops from today on, soonest first."""

    DATE, TITLE, PLACE = range(3)
    COLUMNS = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workshops: list[WorkshopView] = []

    def set_workshops(self, workshops: list[WorkshopView]) -> None:
        self.beginResetModel()
        self._workshops = list(workshops)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._workshops)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        workshop = self._workshops[index.row()]
        if role == KEY_ROLE:
            return workshop.id
        if role != DISPLAY:
            return None
        if index.column() == self.DATE:
            if workshop.start_time is None:
                return locale_date(workshop.date)
            start = QLocale().toString(
                QTime(workshop.start_time.hour, workshop.start_time.minute), QLocale.FormatType.ShortFormat
            )
            return self.tr("{date} at {time}").format(date=locale_date(workshop.date), time=start)
        if index.column() == self.TITLE:
            return workshop.title
        return workshop.place

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY:
            return None
        return {self.DATE: self.tr("Date"), self.TITLE: self.tr("Workshop"), self.PLACE: self.tr("Place")}.get(section)


class OverdueActionsModel(QAbstractTableModel):
    """Open actions past their due date, the longest overdue first."""

    DUE, WHAT, OWNER = range(3)
    COLUMNS = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions: list[ActionView] = []

    def set_actions(self, actions: list[ActionView]) -> None:
        self.beginResetModel()
        self._actions = list(actions)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._actions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        action = self._actions[index.row()]
        column = index.column()
        if role == KEY_ROLE:
            return action.id
        if column == self.DUE:
            if role == DISPLAY:
                return locale_date(action.due_date)
            if role == Qt.ItemDataRole.DecorationRole:
                return warning_icon()
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.tr("Overdue since {date}").format(date=locale_date(action.due_date))
            return None
        if role == DISPLAY:
            return action.what if column == self.WHAT else action.owner
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY:
            return None
        return {self.DUE: self.tr("Due"), self.WHAT: self.tr("Action"), self.OWNER: self.tr("Owner")}.get(section)


def _link_table(parent: QWidget) -> FittedTableView:
    """A read-only table whose rows lead elsewhere on click or Enter."""
    table = FittedTableView(parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
    return table


# What the overview summarises: the programme, phase progress, the next workshops, the action counts and
# overdue actions, the ratings. A change to anything else (a note, attendance) leaves it as it is.
SUMMARISED = (
    Kind.PROGRAMME,
    Kind.PHASE_STATE,
    Kind.TASK_CHECK,
    Kind.WORKSHOP,
    Kind.ACTION,
    Kind.CRITERION_RATING,
)


class OverviewPage(Page):
    def concerns(self, changes: ChangeSet) -> bool:
        return changes.touches(*SUMMARISED)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.overview: Overview | None = None
        self.phase_model = PhaseProgressModel(self)
        self.workshop_model = UpcomingWorkshopsModel(self)
        self.overdue_model = OverdueActionsModel(self)
        self.rating_model = RatingTrendModel(self)
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
        content, column = centred_column(scroll, OVERVIEW_MAX_WIDTH)

        # Header: the programme and where it stands.
        self.title = page_title(content)
        self.subtitle = muted_text(content)
        self.description = body_text(content)
        self.where = body_text(content, scale=1.15)
        self.where.setTextFormat(Qt.TextFormat.RichText)
        self.current_button = QPushButton(content)
        self.current_button.clicked.connect(self._open_current_phase)
        left, right = overview_columns(
            column, (self.title, self.subtitle, self.description), self.where, self.current_button
        )

        # Left: phase progress, then the criteria trends.
        self.phases_title = section_title(content)
        self.phase_table = _link_table(content)
        self.phase_table.setModel(self.phase_model)
        self.phase_table.setItemDelegateForColumn(
            PhaseProgressModel.TASKS, ProgressDelegate(PhaseProgressModel.PROGRESS_ROLE, self.phase_table)
        )
        self._fit_columns(self.phase_table, stretch=PhaseProgressModel.PHASE)
        self.phase_table.activated.connect(self._open_phase)
        self.phase_table.clicked.connect(self._open_phase)
        self.phases_title.setBuddy(self.phase_table)
        left.addWidget(self.phases_title)
        left.addWidget(self.phase_table)
        left.addSpacing(SECTION_SPACING)

        self.ratings_title = section_title(content)
        self.ratings_hint = muted_text(content)
        self.rating_table = _link_table(content)
        self.rating_table.setModel(self.rating_model)
        self._fit_columns(self.rating_table, stretch=RatingTrendModel.CRITERION)
        self.rating_table.activated.connect(self._open_criterion)
        self.rating_table.clicked.connect(self._open_criterion)
        self.no_ratings = muted_text(content)
        self.ratings_title.setBuddy(self.rating_table)
        for item in (self.ratings_title, self.ratings_hint, self.rating_table, self.no_ratings):
            left.addWidget(item)
        left.addSpacing(SECTION_SPACING)

        # The lifecycle diagnosis: the latest curve marked, read by the summary itself (no overview reload).
        self.lifecycle_title = section_title(content)
        self.lifecycle = LifecycleSummary(self.workspace, content, compact=True)
        self.lifecycle_title.setBuddy(self.lifecycle.curve_choice)
        left.addWidget(self.lifecycle_title)
        left.addWidget(self.lifecycle)

        # Right: next workshops, then the action plan.
        self.workshops_title = section_title(content)
        self.workshop_table = _link_table(content)
        self.workshop_table.setModel(self.workshop_model)
        self._fit_columns(self.workshop_table, stretch=UpcomingWorkshopsModel.TITLE)
        # the place shares the width with the title, so neither wraps over four lines while the other is wide
        self.workshop_table.horizontalHeader().setSectionResizeMode(
            UpcomingWorkshopsModel.PLACE, QHeaderView.ResizeMode.Stretch
        )
        self.workshop_table.activated.connect(self._open_workshops)
        self.workshop_table.clicked.connect(self._open_workshops)
        self.workshops_title.setBuddy(self.workshop_table)
        self.no_workshops = muted_text(content)
        self.workshops_button = QPushButton(content)
        self.workshops_button.clicked.connect(self._open_workshops)
        right.addWidget(self.workshops_title)
        right.addWidget(self.workshop_table)
        right.addWidget(self.no_workshops)
        right.addWidget(self.workshops_button, 0, Qt.AlignmentFlag.AlignLeft)
        right.addSpacing(SECTION_SPACING)

        self.actions_title = section_title(content)
        tiles = QGridLayout()
        tiles.setSpacing(8)
        self.open_tile = StatTile(content)
        self.progress_tile = StatTile(content)
        self.overdue_tile = StatTile(content)
        self.done_tile = StatTile(content)
        for position, tile in enumerate((self.open_tile, self.progress_tile, self.overdue_tile, self.done_tile)):
            tiles.addWidget(tile, position // 2, position % 2)
        self.dropped = muted_text(content)
        self.overdue_title = QLabel(content)
        font = self.overdue_title.font()
        font.setBold(True)
        self.overdue_title.setFont(font)
        self.overdue_table = _link_table(content)
        self.overdue_table.setModel(self.overdue_model)
        self._fit_columns(self.overdue_table, stretch=OverdueActionsModel.WHAT)
        self.overdue_table.activated.connect(self._open_actions)
        self.overdue_table.clicked.connect(self._open_actions)
        self.overdue_title.setBuddy(self.overdue_table)
        self.more_overdue = muted_text(content)
        self.actions_button = QPushButton(content)
        self.actions_button.clicked.connect(self._open_actions)
        right.addWidget(self.actions_title)
        right.addLayout(tiles)
        right.addWidget(self.dropped)
        right.addSpacing(8)
        for item in (self.overdue_title, self.overdue_table, self.more_overdue):
            right.addWidget(item)
        right.addWidget(self.actions_button, 0, Qt.AlignmentFlag.AlignLeft)

        # Tab order follows reading order: header, left column, right column.
        chain: list[QWidget] = [
            self.current_button,
            self.phase_table,
            self.rating_table,
            self.lifecycle.curve_choice,
            self.lifecycle.open_button,
            self.workshop_table,
            self.workshops_button,
            self.overdue_table,
            self.actions_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    @staticmethod
    def _fit_columns(table: FittedTableView, *, stretch: int) -> None:
        header = table.horizontalHeader()
        model = table.model()
        for column in range(model.columnCount()):
            mode = QHeaderView.ResizeMode.Stretch if column == stretch else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)

    # --- contents ----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        workspace = self.workspace
        overview = current_overview(workspace.store, workspace.today())  # the navigator's read, when it has one
        self.overview = overview
        language = workspace.language
        titles = {phase.number: phase.title.get(language) for phase in workspace.catalogue.phases}
        self.phase_model.set_overview(overview, titles)
        self.workshop_model.set_workshops(overview.next_workshops)
        self.overdue_model.set_actions(overview.overdue)
        self.rating_model.set_overview(overview, workspace, language)
        self._set_texts()

    def _set_texts(self) -> None:
        """Texts that depend on the programme; called on refresh and on language change."""
        overview = self.overview
        if overview is None:
            return
        programme = overview.programme
        self.title.setText(programme.name)
        place = ", ".join(part for part in (programme.area, programme.region) if part.strip())
        if place:
            self.subtitle.setText(self.tr("{place} · started {year}").format(place=place, year=programme.start_year))
        else:
            self.subtitle.setText(self.tr("Started {year}").format(year=programme.start_year))
        self.description.setText(programme.description)
        self.description.setVisible(bool(programme.description.strip()))

        current = overview.current_phase
        progress = next(phase for phase in overview.phases if phase.number == current)
        phase_title = html.escape(self.workspace.catalogue.phase(current).title.get(self.workspace.language))
        if all(phase.status == PhaseStatus.DONE for phase in overview.phases):
            self.where.setText(self.tr("All five phases are done."))
        elif progress.status == PhaseStatus.IN_PROGRESS:
            self.where.setText(
                self.tr("Now in phase {number} of 5: <b>{title}</b>, {done} of {total} tasks done.").format(
                    number=current, title=phase_title, done=progress.tasks_done, total=progress.tasks_total
                )
            )
        else:
            self.where.setText(
                self.tr("Next up is phase {number} of 5: <b>{title}</b>, not started yet.").format(
                    number=current, title=phase_title
                )
            )
        self.current_button.setText(self.tr("&Continue with phase {number}").format(number=current))

        has_workshops = bool(overview.next_workshops)
        self.workshop_table.setVisible(has_workshops)
        self.no_workshops.setVisible(not has_workshops)
        if overview.workshops_total:
            self.no_workshops.setText(
                self.tr("No workshop is planned from today on ({count} held so far).").format(
                    count=overview.workshops_total
                )
            )
        else:
            self.no_workshops.setText(self.tr("No workshops yet."))

        counts = overview.actions_by_status
        opened = counts.get(ActionStatus.OPEN, 0)
        under_way = counts.get(ActionStatus.IN_PROGRESS, 0)
        done = counts.get(ActionStatus.DONE, 0)
        overdue = overview.overdue_total
        self.open_tile.set_values(opened, self.tr("Open"), self.tr("{count} actions are open").format(count=opened))
        self.progress_tile.set_values(
            under_way, self.tr("In progress"), self.tr("{count} actions are in progress").format(count=under_way)
        )
        self.overdue_tile.set_values(
            overdue,
            self.tr("Overdue"),
            self.tr("{count} open actions are overdue").format(count=overdue),
            warning_icon() if overdue else None,
        )
        self.done_tile.set_values(done, self.tr("Done"), self.tr("{count} actions are done").format(count=done))
        dropped = counts.get(ActionStatus.DROPPED, 0)
        self.dropped.setVisible(dropped > 0)
        self.dropped.setText(self.tr("{count} dropped actions are not counted above.").format(count=dropped))
        has_overdue = bool(overview.overdue)
        self.overdue_title.setVisible(has_overdue)
        self.overdue_table.setVisible(has_overdue)
        hidden = overview.overdue_total - len(overview.overdue)
        self.more_overdue.setVisible(hidden > 0)
        self.more_overdue.setText(self.tr("…and {count} more on the action plan.").format(count=hidden))

        has_ratings = self.rating_model.rowCount() > 0
        self.rating_table.setVisible(has_ratings)
        self.ratings_hint.setVisible(has_ratings)
        self.no_ratings.setVisible(not has_ratings)

    def retranslate(self) -> None:
        self.phases_title.setText(self.tr("&Phases"))
        self.ratings_title.setText(self.tr("&Success criteria"))
        self.ratings_hint.setText(self.tr("The latest rating of each criterion against the one before it."))
        self.no_ratings.setText(self.tr("No success criterion has been rated yet. Rate them on the phase pages."))
        self.lifecycle_title.setText(self.tr("Lifecycle: where are we now?"))
        self.workshops_title.setText(self.tr("&Next workshops"))
        self.workshops_button.setText(self.tr("Open &workshops"))
        self.actions_title.setText(self.tr("Action plan"))
        self.overdue_title.setText(self.tr("&Overdue actions"))
        self.actions_button.setText(self.tr("Open the &action plan"))
        self.phase_table.setAccessibleName(self.tr("Phase progress"))
        self.rating_table.setAccessibleName(self.tr("Latest success-criteria ratings"))
        self.workshop_table.setAccessibleName(self.tr("Next workshops"))
        self.overdue_table.setAccessibleName(self.tr("Overdue actions"))
        for table in (self.phase_table, self.rating_table, self.workshop_table, self.overdue_table):
            model = table.model()
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
        if self.overview is not None:
            self.refresh()

    # --- going elsewhere ---------------------------------------------------------------------------------

    def _go(self, page: PageKey) -> None:
        self.navigate_requested.emit(Destination(page))

    def _open_phase(self, index: QModelIndex) -> None:
        number = index.data(KEY_ROLE)
        if number:
            self._go(PageKey.phase(number))

    def _open_current_phase(self) -> None:
        self._go(PageKey.phase(self.phase_model.current_phase or 1))

    def _open_criterion(self, index: QModelIndex) -> None:
        number = self.rating_model.phase_of(index.row()) if index.isValid() else 0
        if number:
            self._go(PageKey.phase(number))

    def _open_workshops(self, *args: object) -> None:
        """Go to the workshops page, on the workshop chosen in the list if one was."""
        chosen = args[0] if args and isinstance(args[0], QModelIndex) else None
        workshop_id = chosen.data(KEY_ROLE) if chosen is not None and chosen.isValid() else None
        self.navigate_requested.emit(Destination(PageKey.WORKSHOPS, workshop_id))

    def _open_actions(self, *_args: object) -> None:
        self._go(PageKey.ACTIONS)
