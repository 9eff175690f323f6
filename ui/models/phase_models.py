"""Item models of the phase pages (task checklist, success criteria) and of the overview (phase progress, ratings).

Method texts come from the programme's catalogue in the programme's language; the models read the core through
services and edit it only through undoable commands on the workspace.
"""

import html
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from ui.commands import shown_values, update_command
from ui.widgets.status_icons import phase_status_icon, trend_icon
from ui.workspace import Workspace
from workshop_app.catalogue.models import Criterion, Task
from workshop_app.domain.enums import PhaseStatus
from workshop_app.domain.models import CriterionRatingView, TaskCheckView
from workshop_app.operations.changes import ChangeSet, Kind
from workshop_app.services import phases
from workshop_app.services.overview import Overview, PhaseProgress, RatingTrend

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
KEY_ROLE = Qt.ItemDataRole.UserRole  # the catalogue key (task, criterion) or phase number of a row
HISTORY_SHOWN = 4  # ratings shown in the history column; the tooltip has them all


def locale_date(day: date | None) -> str:
    """A date in the locale's short form (13.11.2026 in Finnish, 11/13/26 in US English)."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def status_text(status: str) -> str:
    texts: dict[str, str] = {
        PhaseStatus.NOT_STARTED: QCoreApplication.translate("PhaseStatus", "Not started"),
        PhaseStatus.IN_PROGRESS: QCoreApplication.translate("PhaseStatus", "In progress"),
        PhaseStatus.DONE: QCoreApplication.translate("PhaseStatus", "Done"),
    }
    return texts.get(status, status)


def _tooltip(text: str) -> str:
    """Rich text, so Qt wraps a long tooltip instead of drawing one line across the screen."""
    return f"<p>{html.escape(text)}</p>"


def _muted() -> QColor:
    return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)


def _current_row_background() -> QColor:
    colour = QColor(QGuiApplication.palette().color(QPalette.ColorRole.Highlight))
    colour.setAlphaF(0.16)
    return colour


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


# --- task checklist ----------------------------------------------------------------------------------------


class TaskChecklistModel(QAbstractTableModel):
    """The method tasks of one phase merged with what the programme recorded about them (done, owner, note).

    A task has no row in the file until it is first touched; ``phases.update_task`` makes it then.
    """

    DONE, TITLE, OWNER, NOTE = range(4)
    COLUMNS = 4

    def __init__(self, workspace: Workspace, phase: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._phase = phase
        self._language = workspace.language
        self._tasks: list[Task] = []
        self._checks: dict[str, TaskCheckView] = {}
        workspace.changes_applied.connect(self._on_changes)
        self.reload()

    def reload(self) -> None:
        """Read the checklist again; rows stay put when the tasks are the same, so selection and focus survive."""
        self._language = self._workspace.language
        tasks = list(self._workspace.catalogue.phase(self._phase).tasks)
        checks = phases.list_task_checks(self._workspace.store)
        if [task.key for task in tasks] == [task.key for task in self._tasks]:
            self._checks = checks
            if tasks:
                self.dataChanged.emit(self.index(0, 0), self.index(len(tasks) - 1, self.COLUMNS - 1))
            return
        self.beginResetModel()
        self._tasks, self._checks = tasks, checks
        self.endResetModel()

    def _on_changes(self, changes: ChangeSet) -> None:
        """The checks are a small table read in one query; only a change to them (or to the programme's
        language, which the task titles follow) reads it again."""
        if changes.touches(Kind.TASK_CHECK, Kind.PROGRAMME):
            self.reload()

    # --- reading -----------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._tasks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else self.COLUMNS

    def task(self, row: int) -> Task:
        return self._tasks[row]

    def is_done(self, row: int) -> bool:
        check = self._checks.get(self._tasks[row].key)
        return bool(check and check.done)

    def done_count(self) -> int:
        return sum(1 for row in range(len(self._tasks)) if self.is_done(row))

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        task = self._tasks[index.row()]
        check = self._checks.get(task.key)
        column = index.column()
        if role == KEY_ROLE:
            return task.key
        if column == self.DONE:
            done = bool(check and check.done)
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
            if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
                title = task.title.get(self._language)
                if done:
                    return self.tr("“{task}” is done").format(task=title)
                return self.tr("“{task}” is not done yet").format(task=title)
            return None
        if column == self.TITLE:
            if role == DISPLAY:
                return task.title.get(self._language)
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.WhatsThisRole):
                return _tooltip(task.description.get(self._language))
            if role == Qt.ItemDataRole.AccessibleDescriptionRole:
                return task.description.get(self._language)
            return None
        field = "owner" if column == self.OWNER else "note"
        if role in (DISPLAY, EDIT):
            return getattr(check, field) if check else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NOTE and check and check.note:
            return _tooltip(check.note)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY:
            return None
        return {
            self.DONE: self.tr("Done"),
            self.TITLE: self.tr("Task"),
            self.OWNER: self.tr("Owner"),
            self.NOTE: self.tr("Note"),
        }.get(section)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._workspace.store.read_only:
            return flags
        if index.column() == self.DONE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif index.column() in (self.OWNER, self.NOTE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # --- editing -----------------------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:  # noqa: N802 - Qt override
        """Every edit becomes one undoable command that the core validates and saves at once."""
        if not index.isValid():
            return False
        task = self._tasks[index.row()]
        title = task.title.get(self._language)
        column = index.column()
        if column == self.DONE and role == Qt.ItemDataRole.CheckStateRole:
            done = Qt.CheckState(value) == Qt.CheckState.Checked
            if done == self.is_done(index.row()):
                return True
            if done:
                text = self.tr("Mark “{task}” as done").format(task=title)
            else:
                text = self.tr("Mark “{task}” as not done").format(task=title)
            changes: dict[str, Any] = {"done": done}
        elif column in (self.OWNER, self.NOTE) and role == EDIT:
            field = "owner" if column == self.OWNER else "note"
            new_text = str(value or "").strip()
            if new_text == (self.data(index, EDIT) or ""):
                return True
            if column == self.OWNER:
                text = self.tr("Set the owner of “{task}”").format(task=title)
            else:
                text = self.tr("Edit the note on “{task}”").format(task=title)
            changes = {field: new_text}
        else:
            return False
        # What the row showed: a change made elsewhere meanwhile is refused, not overwritten. A task never
        # touched has no record yet, so there is nothing to compare with (its first change creates it).
        check = self._checks.get(task.key)
        expected = shown_values(check, changes) if check is not None else None
        command = update_command(self._workspace, text, Kind.TASK_CHECK, task.key, changes, expected=expected)
        if self._workspace.apply(command):
            return True
        self.reload()  # refused: show what the programme holds now
        return False


# --- success criteria of one phase ---------------------------------------------------------------------------


class CriteriaModel(QAbstractTableModel):
    """The success criteria of one phase with the dated ratings given so far (oldest first)."""

    CRITERION, HISTORY, COMMENT = range(3)
    COLUMNS = 3

    def __init__(self, workspace: Workspace, phase: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._phase = phase
        self._language = workspace.language
        self._criteria: list[Criterion] = []
        self._ratings: dict[str, list[CriterionRatingView]] = {}
        workspace.changes_applied.connect(self._on_changes)
        self.reload()

    def reload(self) -> None:
        self._language = self._workspace.language
        criteria = list(self._workspace.catalogue.phase(self._phase).criteria)
        ratings: dict[str, list[CriterionRatingView]] = {criterion.key: [] for criterion in criteria}
        for rating in phases.list_ratings(self._workspace.store):
            if rating.criterion_key in ratings:
                ratings[rating.criterion_key].append(rating)
        if [c.key for c in criteria] == [c.key for c in self._criteria]:
            self._ratings = ratings
            if criteria:
                self.dataChanged.emit(self.index(0, 0), self.index(len(criteria) - 1, self.COLUMNS - 1))
            return
        self.beginResetModel()
        self._criteria, self._ratings = criteria, ratings
        self.endResetModel()

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.touches(Kind.CRITERION_RATING, Kind.PROGRAMME):
            self.reload()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._criteria)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else self.COLUMNS

    def criterion(self, row: int) -> Criterion:
        return self._criteria[row]

    def criterion_text(self, row: int) -> str:
        return self._criteria[row].text.get(self._language)

    def ratings(self, row: int) -> list[CriterionRatingView]:
        return self._ratings.get(self._criteria[row].key, [])

    def row_of(self, key: str) -> int:
        return next((row for row, criterion in enumerate(self._criteria) if criterion.key == key), -1)

    def history_text(self, row: int) -> str:
        """The latest ratings as "2 (27.1.2026) → 4 (23.11.2026)"; older ones are summarised by "…"."""
        entries = [
            self.tr("{score} ({date})").format(score=rating.score, date=locale_date(rating.rated_on))
            for rating in self.ratings(row)
        ]
        if not entries:
            return self.tr("Not rated yet")
        shown = entries[-HISTORY_SHOWN:]
        if len(entries) > HISTORY_SHOWN:
            shown.insert(0, "…")
        return " → ".join(shown)

    def _history_tooltip(self, row: int) -> str:
        lines = []
        for rating in self.ratings(row):
            entry = self.tr("{date}: {score} of 5").format(date=locale_date(rating.rated_on), score=rating.score)
            line = f"<b>{html.escape(entry)}</b>"
            if rating.comment:
                line += f"<br>{html.escape(rating.comment)}"
            lines.append(line)
        return "<p>" + "</p><p>".join(lines) + "</p>" if lines else ""

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == KEY_ROLE:
            return self._criteria[row].key
        ratings = self.ratings(row)
        if column == self.CRITERION:
            if role == DISPLAY:
                return self.criterion_text(row)
            if role == Qt.ItemDataRole.ToolTipRole:
                return _tooltip(self.criterion_text(row))
        elif column == self.HISTORY:
            if role == DISPLAY:
                return self.history_text(row)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._history_tooltip(row)
            if role == Qt.ItemDataRole.ForegroundRole and not ratings:
                return _muted()
            if role == Qt.ItemDataRole.FontRole and ratings:
                return _bold()
        elif column == self.COMMENT:
            if role == DISPLAY:
                return ratings[-1].comment if ratings else ""
            if role == Qt.ItemDataRole.ToolTipRole and ratings and ratings[-1].comment:
                return _tooltip(ratings[-1].comment)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY:
            return None
        return {
            self.CRITERION: self.tr("Criterion"),
            self.HISTORY: self.tr("Ratings so far"),
            self.COMMENT: self.tr("Latest comment"),
        }.get(section)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags


# --- overview: phase progress --------------------------------------------------------------------------------


class PhaseProgressModel(QAbstractTableModel):
    """The five phases with their status and tasks done; the current phase stands out (bold, tinted, marked)."""

    PHASE, STATUS, TASKS = range(3)
    COLUMNS = 3
    PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 1  # (done, total) for the progress delegate

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._phases: list[PhaseProgress] = []
        self._titles: dict[int, str] = {}
        self._current = 0

    def set_overview(self, overview: Overview, titles: dict[int, str]) -> None:
        self.beginResetModel()
        self._phases = list(overview.phases)
        self._titles = titles
        self._current = overview.current_phase
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._phases)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else self.COLUMNS

    @property
    def current_phase(self) -> int:
        return self._current

    def phase(self, row: int) -> PhaseProgress:
        return self._phases[row]

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        phase = self._phases[index.row()]
        current = phase.number == self._current
        column = index.column()
        if role == KEY_ROLE:
            return phase.number
        if role == Qt.ItemDataRole.FontRole and current:
            return _bold()
        if role == Qt.ItemDataRole.BackgroundRole and current:
            return _current_row_background()
        if column == self.PHASE:
            title = self._titles.get(phase.number, "")
            if role == DISPLAY:
                return self.tr("{number}. {title}").format(number=phase.number, title=title)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Open phase {number}").format(number=phase.number)
        elif column == self.STATUS:
            if role == DISPLAY:
                if current:
                    return self.tr("{status} · current phase").format(status=status_text(phase.status))
                return status_text(phase.status)
            if role == Qt.ItemDataRole.DecorationRole:
                return phase_status_icon(phase.status)
        elif column == self.TASKS:
            if role == DISPLAY:
                return self.tr("{done} of {total} tasks done").format(done=phase.tasks_done, total=phase.tasks_total)
            if role == self.PROGRESS_ROLE:
                return (phase.tasks_done, phase.tasks_total)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY:
            return None
        return {self.PHASE: self.tr("Phase"), self.STATUS: self.tr("Status"), self.TASKS: self.tr("Tasks")}.get(section)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags


# --- overview: success-criteria trends -----------------------------------------------------------------------


class RatingTrendModel(QAbstractTableModel):
    """The latest rating of each rated criterion against the one before, in the catalogue's order."""

    CRITERION, PHASE, SCORES, CHANGE = range(4)
    COLUMNS = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._trends: list[RatingTrend] = []
        self._texts: dict[str, str] = {}
        self._phase_of: dict[str, int] = {}

    def set_overview(self, overview: Overview, workspace: Workspace, language: str) -> None:
        catalogue = workspace.catalogue
        order = {c.key: i for i, c in enumerate(c for phase in catalogue.phases for c in phase.criteria)}
        self.beginResetModel()
        self._trends = sorted(overview.ratings, key=lambda trend: order.get(trend.criterion_key, len(order)))
        self._texts = {}
        self._phase_of = {}
        for trend in self._trends:
            criterion = catalogue.criterion(trend.criterion_key)
            self._texts[trend.criterion_key] = criterion.text.get(language) if criterion else trend.criterion_key
            self._phase_of[trend.criterion_key] = catalogue.phase_of_criterion(trend.criterion_key) or 0
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._trends)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else self.COLUMNS

    def trend(self, row: int) -> RatingTrend:
        return self._trends[row]

    def phase_of(self, row: int) -> int:
        return self._phase_of.get(self._trends[row].criterion_key, 0)

    @staticmethod
    def delta(trend: RatingTrend) -> int | None:
        return None if trend.previous_score is None else trend.latest_score - trend.previous_score

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        trend = self._trends[index.row()]
        column = index.column()
        delta = self.delta(trend)
        if role == KEY_ROLE:
            return trend.criterion_key
        if role == Qt.ItemDataRole.ToolTipRole:
            if trend.previous_score is None or trend.previous_on is None:
                return self.tr("Rated {score} of 5 on {date}.").format(
                    score=trend.latest_score, date=locale_date(trend.latest_on)
                )
            return self.tr("Rated {previous} of 5 on {previous_date}, then {latest} of 5 on {latest_date}.").format(
                previous=trend.previous_score,
                previous_date=locale_date(trend.previous_on),
                latest=trend.latest_score,
                latest_date=locale_date(trend.latest_on),
            )
        if column == self.CRITERION and role == DISPLAY:
            return self._texts.get(trend.criterion_key, "")
        if column == self.PHASE and role == DISPLAY:
            return str(self.phase_of(index.row()))
        if column == self.SCORES:
            if role == DISPLAY:
                if trend.previous_score is None:
                    return str(trend.latest_score)
                return f"{trend.previous_score} → {trend.latest_score}"
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
        if column == self.CHANGE:
            if role == DISPLAY:
                if delta is None:
                    return self.tr("first rating")
                if delta > 0:
                    return self.tr("up by {delta}").format(delta=delta)
                if delta < 0:
                    return self.tr("down by {delta}").format(delta=-delta)
                return self.tr("no change")
            if role == Qt.ItemDataRole.DecorationRole and delta is not None:
                return trend_icon(delta)
            if role == Qt.ItemDataRole.ForegroundRole and delta is None:
                return _muted()
        if column in (self.PHASE, self.SCORES) and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY:
            return None
        return {
            self.CRITERION: self.tr("Success criterion"),
            self.PHASE: self.tr("Phase"),
            self.SCORES: self.tr("Previous → latest"),
            self.CHANGE: self.tr("Change"),
        }.get(section)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags
