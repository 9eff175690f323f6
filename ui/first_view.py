"""The main window's first view of a programme file, shown while the data stack loads.

Opening a file in the window takes about a second of imports (SQLAlchemy, SQLModel, pydantic, alembic)
before the store can read anything. Meanwhile this pane shows what the window will show once it has: the
navigator with each phase's tasks done, and the overview's header, phases, success criteria, next
workshops and action plan, read with the standard library (:func:`read_first_view`, which runs the
overview's own statements). It is laid out as the overview page is, so the real page replaces it without a
jump. Choosing another page, or a link, before then shows the busy indicator and that page opens as soon as
the programme has (:attr:`FirstViewPane.wanted`).

Only light modules are imported here: Qt, the shared widgets, and the core's enums and light reader.
"""

import html
import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QModelIndex, Qt, QTime
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.pages.navigation import PageKey, navigator_text, page_title
from ui.widgets.fitted_table import FittedTableView
from ui.widgets.headings import body_text, muted_text, section_title
from ui.widgets.headings import page_title as title_label
from ui.widgets.page_column import OVERVIEW_MAX_WIDTH, SECTION_SPACING, centred_column, overview_columns
from ui.widgets.progress_delegate import ProgressDelegate
from ui.widgets.stat_tile import StatTile
from ui.widgets.status_icons import phase_status_icon, trend_icon, warning_icon
from workshop_app.domain.enums import ActionStatus, PhaseStatus
from workshop_app.services.first_view import FirstView, read_first_view
from workshop_app.storage.urls import Location, is_server_location

if TYPE_CHECKING:
    from ui.main_window import MainWindow

# As the overview page and the main window lay themselves out (ui.pages.overview, MainWindow.attach).
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 1  # (done, total), as PhaseProgressModel.PROGRESS_ROLE


def _locale_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def _status_text(status: str) -> str:
    texts = {
        PhaseStatus.NOT_STARTED: QCoreApplication.translate("PhaseStatus", "Not started"),
        PhaseStatus.IN_PROGRESS: QCoreApplication.translate("PhaseStatus", "In progress"),
        PhaseStatus.DONE: QCoreApplication.translate("PhaseStatus", "Done"),
    }
    return texts.get(PhaseStatus(status), status)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def _item(text: str = "") -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    return item


def _table(parent: QWidget, stretch: int, columns: int) -> FittedTableView:
    table = FittedTableView(parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    # A viewport made here, as Qt makes one, rather than viewport(): to wrap the one Qt made, PySide looks up its
    # class among every QWidget subclass, making all of their Python types (tens of milliseconds) first.
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    viewport.setCursor(Qt.CursorShape.PointingHandCursor)
    table.setViewport(viewport)
    model = QStandardItemModel(0, columns, table)
    table.setModel(model)
    header = table.horizontalHeader()
    for column in range(columns):
        mode = QHeaderView.ResizeMode.Stretch if column == stretch else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)
    return table


def _model(table: FittedTableView) -> QStandardItemModel:
    model = table.model()
    assert isinstance(model, QStandardItemModel)
    return model


class FirstViewPane(QSplitter):
    """Navigator and overview of ``view``, until the window attaches the opened programme."""

    def __init__(self, view: FirstView, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.view = view
        self.wanted: PageKey = PageKey.OVERVIEW
        """The page chosen meanwhile: the window opens it once the programme is open."""
        self.navigator = QListWidget(self)
        self.navigator.setObjectName("navigator")
        self.navigator.setMinimumWidth(220)
        self.navigator.setMaximumWidth(360)
        self.stack = QStackedWidget(self)
        self.setStretchFactor(1, 1)
        self.setChildrenCollapsible(False)
        for key in PageKey:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key.value)
            self.navigator.addItem(item)
        self.overview = QScrollArea(self.stack)
        self.busy = self._busy_page()
        self.stack.addWidget(self.overview)
        self.stack.addWidget(self.busy)
        self._build_overview()
        self.navigator.setCurrentRow(0)
        self.navigator.currentRowChanged.connect(self._row_chosen)
        self._fill()

    # --- building ----------------------------------------------------------------------------------------

    def _busy_page(self) -> QWidget:
        page = QWidget(self.stack)
        self.busy_label = QLabel(page)
        self.busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar = QProgressBar(page)
        bar.setRange(0, 0)
        bar.setMaximumWidth(320)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.busy_label)
        layout.addWidget(bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _build_overview(self) -> None:
        scroll = self.overview
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        content, column = centred_column(scroll, OVERVIEW_MAX_WIDTH)

        self.title = title_label(content)
        self.subtitle = muted_text(content)
        self.description = body_text(content)
        self.where = body_text(content, scale=1.15)
        self.where.setTextFormat(Qt.TextFormat.RichText)
        self.current_button = QPushButton(content)
        self.current_button.clicked.connect(lambda: self.choose(PageKey.phase(self.view.current_phase)))
        header = (self.title, self.subtitle, self.description)
        left, right = overview_columns(column, header, self.where, self.current_button)

        self.phases_title = section_title(content)
        self.phase_table = _table(content, stretch=0, columns=3)
        self.phase_table.setItemDelegateForColumn(2, ProgressDelegate(PROGRESS_ROLE, self.phase_table))
        self.phase_table.clicked.connect(self._phase_clicked)
        self.ratings_title = section_title(content)
        self.ratings_hint = muted_text(content)
        self.rating_table = _table(content, stretch=0, columns=4)
        self.rating_table.clicked.connect(lambda index: self._phase_clicked(index))
        self.no_ratings = muted_text(content)
        for widget in (self.phases_title, self.phase_table):
            left.addWidget(widget)
        left.addSpacing(SECTION_SPACING)
        for widget in (self.ratings_title, self.ratings_hint, self.rating_table, self.no_ratings):
            left.addWidget(widget)

        self.workshops_title = section_title(content)
        self.workshop_table = _table(content, stretch=1, columns=3)
        self.workshop_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.workshop_table.clicked.connect(lambda _index: self.choose(PageKey.WORKSHOPS))
        self.no_workshops = muted_text(content)
        self.workshops_button = QPushButton(content)
        self.workshops_button.clicked.connect(lambda: self.choose(PageKey.WORKSHOPS))
        right.addWidget(self.workshops_title)
        right.addWidget(self.workshop_table)
        right.addWidget(self.no_workshops)
        right.addWidget(self.workshops_button, 0, Qt.AlignmentFlag.AlignLeft)
        right.addSpacing(SECTION_SPACING)

        self.actions_title = section_title(content)
        tiles = QGridLayout()
        tiles.setSpacing(8)
        self.tiles = [StatTile(content) for _ in range(4)]
        for position, tile in enumerate(self.tiles):
            tiles.addWidget(tile, position // 2, position % 2)
        self.dropped = muted_text(content)
        self.overdue_title = QLabel(content)
        self.overdue_title.setFont(_bold())
        self.overdue_table = _table(content, stretch=1, columns=3)
        self.overdue_table.clicked.connect(lambda _index: self.choose(PageKey.ACTIONS))
        self.more_overdue = muted_text(content)
        self.actions_button = QPushButton(content)
        self.actions_button.clicked.connect(lambda: self.choose(PageKey.ACTIONS))
        right.addWidget(self.actions_title)
        right.addLayout(tiles)
        right.addWidget(self.dropped)
        right.addSpacing(8)
        for widget in (self.overdue_title, self.overdue_table, self.more_overdue):
            right.addWidget(widget)
        right.addWidget(self.actions_button, 0, Qt.AlignmentFlag.AlignLeft)

        for label, table in (
            (self.phases_title, self.phase_table),
            (self.ratings_title, self.rating_table),
            (self.workshops_title, self.workshop_table),
            (self.overdue_title, self.overdue_table),
        ):
            label.setBuddy(table)  # as on the overview: the title's "&" is its shortcut, not a character

    # --- contents ----------------------------------------------------------------------------------------

    def _fill(self) -> None:
        """Every text, from the view and the current language (called again on a language change)."""
        view = self.view
        progress = {phase.number: (phase.tasks_done, phase.tasks_total) for phase in view.phases}
        for row, key in enumerate(PageKey):
            number = int(key.split("-")[1]) if key.startswith("phase-") else None
            text = navigator_text(page_title(key, view.phase_titles), progress.get(number) if number else None)
            item = self.navigator.item(row)
            item.setText(text)
            item.setToolTip(text)
        self.busy_label.setText(QCoreApplication.translate("MainWindow", "Opening {name}…").format(name=view.name))
        self._fill_header()
        self._fill_phases()
        self._fill_ratings()
        self._fill_workshops()
        self._fill_actions()

    def _fill_header(self) -> None:
        view = self.view
        self.title.setText(view.name)
        place = ", ".join(part for part in (view.area, view.region) if part.strip())
        if place:
            self.subtitle.setText(
                QCoreApplication.translate("OverviewPage", "{place} · started {year}").format(
                    place=place, year=view.start_year
                )
            )
        else:
            self.subtitle.setText(
                QCoreApplication.translate("OverviewPage", "Started {year}").format(year=view.start_year)
            )
        self.description.setText(view.description)
        self.description.setVisible(bool(view.description.strip()))
        current = view.current_phase
        progress = next(phase for phase in view.phases if phase.number == current)
        title = html.escape(view.phase_titles.get(current, ""))
        if all(phase.status == PhaseStatus.DONE for phase in view.phases):
            self.where.setText(QCoreApplication.translate("OverviewPage", "All five phases are done."))
        elif progress.status == PhaseStatus.IN_PROGRESS:
            self.where.setText(
                QCoreApplication.translate(
                    "OverviewPage", "Now in phase {number} of 5: <b>{title}</b>, {done} of {total} tasks done."
                ).format(number=current, title=title, done=progress.tasks_done, total=progress.tasks_total)
            )
        else:
            self.where.setText(
                QCoreApplication.translate(
                    "OverviewPage", "Next up is phase {number} of 5: <b>{title}</b>, not started yet."
                ).format(number=current, title=title)
            )
        self.current_button.setText(
            QCoreApplication.translate("OverviewPage", "&Continue with phase {number}").format(number=current)
        )
        self.phases_title.setText(QCoreApplication.translate("OverviewPage", "&Phases"))
        self.ratings_title.setText(QCoreApplication.translate("OverviewPage", "&Success criteria"))
        self.ratings_hint.setText(
            QCoreApplication.translate("OverviewPage", "The latest rating of each criterion against the one before it.")
        )
        self.no_ratings.setText(
            QCoreApplication.translate(
                "OverviewPage", "No success criterion has been rated yet. Rate them on the phase pages."
            )
        )
        self.workshops_title.setText(QCoreApplication.translate("OverviewPage", "&Next workshops"))
        self.workshops_button.setText(QCoreApplication.translate("OverviewPage", "Open &workshops"))
        self.actions_title.setText(QCoreApplication.translate("OverviewPage", "Action plan"))
        self.overdue_title.setText(QCoreApplication.translate("OverviewPage", "&Overdue actions"))
        self.actions_button.setText(QCoreApplication.translate("OverviewPage", "Open the &action plan"))

    def _fill_phases(self) -> None:
        model = _model(self.phase_table)
        model.setRowCount(0)
        model.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("PhaseProgressModel", "Phase"),
                QCoreApplication.translate("PhaseProgressModel", "Status"),
                QCoreApplication.translate("PhaseProgressModel", "Tasks"),
            ]
        )
        current = self.view.current_phase
        tint = QColor(QGuiApplication.palette().color(QPalette.ColorRole.Highlight))
        tint.setAlphaF(0.16)
        for phase in self.view.phases:
            status = _status_text(phase.status)
            if phase.number == current:
                status = QCoreApplication.translate("PhaseProgressModel", "{status} · current phase").format(
                    status=status
                )
            title = QCoreApplication.translate("PhaseProgressModel", "{number}. {title}").format(
                number=phase.number, title=self.view.phase_titles.get(phase.number, "")
            )
            tasks = QCoreApplication.translate("PhaseProgressModel", "{done} of {total} tasks done").format(
                done=phase.tasks_done, total=phase.tasks_total
            )
            row = [_item(title), _item(status), _item(tasks)]
            row[1].setIcon(phase_status_icon(phase.status))
            row[2].setData((phase.tasks_done, phase.tasks_total), PROGRESS_ROLE)
            for item in row:
                item.setData(phase.number, Qt.ItemDataRole.UserRole)
                if phase.number == current:
                    item.setFont(_bold())
                    item.setBackground(tint)
            model.appendRow(row)

    def _fill_ratings(self) -> None:
        model = _model(self.rating_table)
        model.setRowCount(0)
        model.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("RatingTrendModel", "Success criterion"),
                QCoreApplication.translate("RatingTrendModel", "Phase"),
                QCoreApplication.translate("RatingTrendModel", "Previous → latest"),
                QCoreApplication.translate("RatingTrendModel", "Change"),
            ]
        )
        order = {key: index for index, key in enumerate(self.view.criteria)}
        muted = QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        for trend in sorted(self.view.ratings, key=lambda t: order.get(t.criterion_key, len(order))):
            phase, text = self.view.criteria.get(trend.criterion_key, (0, trend.criterion_key))
            delta = None if trend.previous_score is None else trend.latest_score - trend.previous_score
            scores = str(trend.latest_score) if delta is None else f"{trend.previous_score} → {trend.latest_score}"
            if delta is None:
                change = QCoreApplication.translate("RatingTrendModel", "first rating")
            elif delta > 0:
                change = QCoreApplication.translate("RatingTrendModel", "up by {delta}").format(delta=delta)
            elif delta < 0:
                change = QCoreApplication.translate("RatingTrendModel", "down by {delta}").format(delta=-delta)
            else:
                change = QCoreApplication.translate("RatingTrendModel", "no change")
            row = [_item(text), _item(str(phase)), _item(scores), _item(change)]
            for item in row[1:3]:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            row[2].setFont(_bold())
            if delta is None:
                row[3].setForeground(muted)
            else:
                row[3].setIcon(trend_icon(delta))
            for item in row:
                item.setData(phase, Qt.ItemDataRole.UserRole)
            model.appendRow(row)
        rated = bool(self.view.ratings)
        self.rating_table.setVisible(rated)
        self.ratings_hint.setVisible(rated)
        self.no_ratings.setVisible(not rated)

    def _fill_workshops(self) -> None:
        view = self.view
        model = _model(self.workshop_table)
        model.setRowCount(0)
        model.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("UpcomingWorkshopsModel", "Date"),
                QCoreApplication.translate("UpcomingWorkshopsModel", "Workshop"),
                QCoreApplication.translate("UpcomingWorkshopsModel", "Place"),
            ]
        )
        for workshop in view.next_workshops:
            day = _locale_date(workshop.date)
            if workshop.start_time is not None:
                start = QLocale().toString(
                    QTime(workshop.start_time.hour, workshop.start_time.minute), QLocale.FormatType.ShortFormat
                )
                day = QCoreApplication.translate("UpcomingWorkshopsModel", "{date} at {time}").format(
                    date=day, time=start
                )
            model.appendRow([_item(day), _item(workshop.title), _item(workshop.place)])
        self.workshop_table.setVisible(bool(view.next_workshops))
        self.no_workshops.setVisible(not view.next_workshops)
        if view.workshops_total:
            self.no_workshops.setText(
                QCoreApplication.translate(
                    "OverviewPage", "No workshop is planned from today on ({count} held so far)."
                ).format(count=view.workshops_total)
            )
        else:
            self.no_workshops.setText(QCoreApplication.translate("OverviewPage", "No workshops yet."))

    def _fill_actions(self) -> None:
        view = self.view
        counts = view.actions_by_status
        opened = counts.get(ActionStatus.OPEN, 0)
        under_way = counts.get(ActionStatus.IN_PROGRESS, 0)
        done = counts.get(ActionStatus.DONE, 0)
        overdue = view.overdue_total
        open_tile, progress_tile, overdue_tile, done_tile = self.tiles
        open_tile.set_values(
            opened,
            QCoreApplication.translate("OverviewPage", "Open"),
            QCoreApplication.translate("OverviewPage", "{count} actions are open").format(count=opened),
        )
        progress_tile.set_values(
            under_way,
            QCoreApplication.translate("OverviewPage", "In progress"),
            QCoreApplication.translate("OverviewPage", "{count} actions are in progress").format(count=under_way),
        )
        overdue_tile.set_values(
            overdue,
            QCoreApplication.translate("OverviewPage", "Overdue"),
            QCoreApplication.translate("OverviewPage", "{count} open actions are overdue").format(count=overdue),
            warning_icon() if overdue else None,
        )
        done_tile.set_values(
            done,
            QCoreApplication.translate("OverviewPage", "Done"),
            QCoreApplication.translate("OverviewPage", "{count} actions are done").format(count=done),
        )
        dropped = counts.get(ActionStatus.DROPPED, 0)
        self.dropped.setVisible(dropped > 0)
        self.dropped.setText(
            QCoreApplication.translate("OverviewPage", "{count} dropped actions are not counted above.").format(
                count=dropped
            )
        )
        model = _model(self.overdue_table)
        model.setRowCount(0)
        model.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("OverdueActionsModel", "Due"),
                QCoreApplication.translate("OverdueActionsModel", "Action"),
                QCoreApplication.translate("OverdueActionsModel", "Owner"),
            ]
        )
        for action in view.overdue:
            due = _item(_locale_date(action.due_date))
            due.setIcon(warning_icon())
            model.appendRow([due, _item(action.what), _item(action.owner)])
        self.overdue_title.setVisible(bool(view.overdue))
        self.overdue_table.setVisible(bool(view.overdue))
        hidden = view.overdue_total - len(view.overdue)
        self.more_overdue.setVisible(hidden > 0)
        self.more_overdue.setText(
            QCoreApplication.translate("OverviewPage", "…and {count} more on the action plan.").format(count=hidden)
        )

    # --- choosing a page meanwhile -----------------------------------------------------------------------

    def _phase_clicked(self, index: QModelIndex) -> None:
        number = index.data(Qt.ItemDataRole.UserRole)
        if number:
            self.choose(PageKey.phase(int(number)))

    def choose(self, key: PageKey) -> None:
        """Go to ``key``: the overview is here already; any other page opens once the programme has."""
        self.navigator.setCurrentRow(list(PageKey).index(key))

    def _row_chosen(self, row: int) -> None:
        if row < 0:
            return
        self.wanted = list(PageKey)[row]
        self.stack.setCurrentWidget(self.overview if self.wanted == PageKey.OVERVIEW else self.busy)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
        super().changeEvent(event)


def first_view(location: Location, today: date) -> FirstView | None:
    """The first view of a programme file (None for a server, or a file the store must deal with first)."""
    if is_server_location(location):
        return None
    return read_first_view(Path(location), today)


def show_view(window: "MainWindow", view: FirstView, path: Path) -> FirstViewPane:
    """Show ``view``, read from the file at ``path``, in ``window``, a window still opening it
    (:func:`ui.launch.opening_window`, which calls this before the window is shown: it is laid out and painted
    once, with the overview in it)."""
    pane = FirstViewPane(view, window)
    window.show_first_view(pane)
    if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):  # as the store will judge it
        message = QCoreApplication.translate("MainWindow", "Every change is saved to {path} as you make it.")
    else:
        message = QCoreApplication.translate("MainWindow", "Read-only: changes cannot be saved to this file.")
    window.statusBar().showMessage(message.format(path=path))
    return pane
