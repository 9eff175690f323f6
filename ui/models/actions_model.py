"""The action plan as a Qt table model, with the filters and the yearly-plan slots that views put over it.

Sorting happens here, in the source model, with Python's ``sorted`` over precomputed keys: a
QSortFilterProxyModel sorting 5,000 rows calls ``data()`` back into Python for every comparison, which
takes a quarter of a second; reordering our own list takes a few milliseconds. The filter proxy therefore
passes ``sort`` on to this model and only filters.
"""

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeAlias

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QCollatorSortKey,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from ui.commands import shown_values, update_command
from ui.delegates import (
    STATUS_KEYS,
    long_date,
    phase_label,
    plan_label,
    priority_label,
    short_date,
    status_label,
)
from ui.widgets.status_icons import warning_icon
from ui.workspace import Workspace
from workshop_app.domain.enums import PHASE_NUMBERS, ActionStatus
from workshop_app.domain.models import ActionView, ParticipantView, WorkshopView
from workshop_app.operations.changes import ChangeSet, Kind
from workshop_app.services import actions, participants, workshops

Index: TypeAlias = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()

WHAT, OWNER, DUE, STATUS, PRIORITY, PHASE, PLAN, PARTNERS, DONE, ORIGIN = range(10)
COLUMN_COUNT = 10

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a value that orders the column: dates as dates, empty last
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the action's id
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3  # one line of owner, due date and status, for cards
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 4  # True when the action is overdue as of the workspace's today

# Which columns of the core each editable table column writes.
FIELDS = {
    WHAT: "what",
    OWNER: "owner",
    DUE: "due_date",
    STATUS: "status",
    PRIORITY: "priority",
    PHASE: "phase",
    PARTNERS: "partners",
    DONE: "done_date",
}
STATUS_ORDER = {key: position for position, key in enumerate(STATUS_KEYS)}
FINISHED = (ActionStatus.DONE, ActionStatus.DROPPED)
OVERDUE_TINT = QColor(214, 48, 49)  # mixed faintly into the palette's base colour, so it suits light and dark


@dataclass(slots=True)
class ActionRow:
    """One action and its lower-cased searchable text, kept together when rows are reordered."""

    action: ActionView
    haystack: str


def blend(base: QColor, tint: QColor, amount: float) -> QColor:
    """``base`` moved ``amount`` (0..1) of the way towards ``tint``."""
    return QColor.fromRgbF(
        base.redF() + (tint.redF() - base.redF()) * amount,
        base.greenF() + (tint.greenF() - base.greenF()) * amount,
        base.blueF() + (tint.blueF() - base.blueF()) * amount,
    )


class ActionsModel(QAbstractTableModel):
    """Every action of the programme, one per row; edits become undoable commands through the workspace.

    The model follows ``workspace.changes_applied``: it re-reads only the actions a change set names (and
    the people and workshops their rows show) and updates those rows in place (removed rows go, new rows
    are added at the end, then the current sort is applied again), so selections and open persistent
    indexes survive an edit, an undo or a redo, and a large plan is never read whole for one change.
    """

    refreshed = Signal()

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.today: date = workspace.today()
        self._rows: list[ActionRow] = []
        self._people: dict[uuid.UUID, ParticipantView] = {}
        self._workshops: dict[uuid.UUID, WorkshopView] = {}
        self._phase_titles: dict[int, str] = {}
        self._collator = QCollator()
        self._collation: dict[str, QCollatorSortKey] = {}
        self._ranks: dict[int, dict[str, int]] = {}  # per text column: each text's place in the alphabet
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._load_lookups()
        self.reload()
        workspace.changes_applied.connect(self._on_changes)

    # --- loading -----------------------------------------------------------------------------------------

    def _load_lookups(self) -> None:
        store = self.workspace.store
        self._people = {person.id: person for person in participants.list_participants(store)}
        self._workshops = {workshop.id: workshop for workshop in workshops.list_workshops(store)}
        self._load_texts()

    def _load_texts(self) -> None:
        """Phase titles (in the programme's language) and the collation (in the interface's)."""
        language = self.workspace.language
        self._phase_titles = {n: self.workspace.catalogue.phase(n).title.get(language) for n in PHASE_NUMBERS}
        self._collator = QCollator(QLocale())
        self._collator.setNumericMode(True)
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._collation.clear()
        self._ranks.clear()

    def _row_of(self, action: ActionView) -> ActionRow:
        origin = self.origin_title(action)
        parts = (action.what, action.why, action.owner, action.partners, origin)
        return ActionRow(action, "\n".join(parts).casefold())

    def reload(self) -> None:
        """Read every action again and bring the rows up to date without resetting the model (on opening, and
        when the day has changed since: overdue marks move). Edits arrive as change sets instead."""
        self.today = self.workspace.today()
        fresh = actions.list_actions(self.workspace.store)
        known = {action.id for action in fresh}
        self.apply_rows(fresh, [item.action.id for item in self._rows if item.action.id not in known])

    def apply_rows(self, present: Iterable[ActionView], missing_ids: Iterable[uuid.UUID]) -> None:
        """Update, add or remove just these actions (``present`` as re-read from the core, ``missing_ids``
        gone), keeping selections and persistent indexes; then sort again and announce ``refreshed``."""
        gone = set(missing_ids)
        for first, last in reversed(list(_runs([row for row, i in enumerate(self._rows) if i.action.id in gone]))):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._rows[first : last + 1]
            self.endRemoveRows()
        rows = {item.action.id: row for row, item in enumerate(self._rows)}
        changed: list[int] = []
        added: list[ActionRow] = []
        for action in present:
            row = rows.get(action.id)
            if row is None:
                added.append(self._row_of(action))
            elif action != self._rows[row].action:
                self._rows[row] = self._row_of(action)
                changed.append(row)
        if changed or gone or added:
            self._ranks.clear()
        for first, last in _runs(sorted(changed)):
            self.dataChanged.emit(self.index(first, 0), self.index(last, COLUMN_COUNT - 1))
        if added:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self._rows.extend(added)
            self.endInsertRows()
        self._apply_sort()
        self.refreshed.emit()

    def _on_changes(self, changes: ChangeSet) -> None:
        """Re-read only what the change set names: its actions, and the people, workshops and programme
        the rows show (an owner's name in the tooltip, the origin workshop's title, the phase titles)."""
        store = self.workspace.store
        if changes.touches(Kind.PROGRAMME):
            self._load_texts()  # the programme's language names the phases
        owners = changes.ids(Kind.PARTICIPANT)
        if owners:
            fresh_people = {person.id: person for person in participants.get_participants(store, owners)}
            for person_id in owners:
                if person_id in fresh_people:
                    self._people[person_id] = fresh_people[person_id]
                else:
                    self._people.pop(person_id, None)
        origins = changes.ids(Kind.WORKSHOP)
        if origins:
            fresh_workshops = {workshop.id: workshop for workshop in workshops.get_workshops(store, origins)}
            for workshop_id in origins:
                if workshop_id in fresh_workshops:
                    self._workshops[workshop_id] = fresh_workshops[workshop_id]
                else:
                    self._workshops.pop(workshop_id, None)
        ids = changes.ids(Kind.ACTION)
        if ids:
            present = actions.get_actions(store, ids)
            found = {action.id for action in present}
            self.apply_rows(present, [action_id for action_id in ids if action_id not in found])
        if changes.touches(Kind.PROGRAMME):
            self._rows = [self._row_of(item.action) for item in self._rows]
            self._ranks.clear()
            self._emit_all_changed()
            self.refreshed.emit()
        elif owners or origins:
            self._rows_shown_again(lambda action: action.owner_id in owners or action.workshop_id in origins)

    def _rows_shown_again(self, shows: Callable[[ActionView], bool]) -> None:
        """Rows whose looked-up texts (owner, origin) changed: their search text and cells again."""
        touched = [row for row, item in enumerate(self._rows) if shows(item.action)]
        if not touched:
            return
        for row in touched:
            self._rows[row] = self._row_of(self._rows[row].action)
        self._ranks.clear()
        for first, last in _runs(touched):
            self.dataChanged.emit(self.index(first, 0), self.index(last, COLUMN_COUNT - 1))
        self._apply_sort()
        self.refreshed.emit()

    def retranslate(self) -> None:
        """Labels, dates and the collation follow the interface language: show them again."""
        self._load_lookups()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        self._emit_all_changed()

    def _emit_all_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1))

    # --- access ------------------------------------------------------------------------------------------

    def action_at(self, row: int) -> ActionView:
        return self._rows[row].action

    def haystack_at(self, row: int) -> str:
        return self._rows[row].haystack

    def row_of(self, action_id: uuid.UUID) -> int | None:
        return next((row for row, item in enumerate(self._rows) if item.action.id == action_id), None)

    def is_overdue(self, action: ActionView) -> bool:
        return action.is_overdue(self.today)

    def owners(self) -> list[str]:
        """Distinct owner names in the plan, in the locale's alphabetical order."""
        names = {item.action.owner for item in self._rows if item.action.owner}
        return sorted(names, key=self._collate)

    def plan_years(self) -> list[int]:
        return sorted({item.action.plan_year for item in self._rows if item.action.plan_year is not None})

    def status_counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUS_KEYS, 0)
        for item in self._rows:
            counts[item.action.status] = counts.get(item.action.status, 0) + 1
        return counts

    def origin_title(self, action: ActionView) -> str:
        workshop = self._workshops.get(action.workshop_id) if action.workshop_id else None
        return workshop.title if workshop is not None else ""

    def phase_title(self, number: int) -> str:
        return self._phase_titles.get(number, "")

    # --- Qt model ----------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.column_titles()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.column_help()[section]
        return None

    def column_titles(self) -> list[str]:
        return [
            self.tr("What"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Priority"),
            self.tr("Phase"),
            self.tr("Plan"),
            self.tr("Partners"),
            self.tr("Done on"),
            self.tr("From workshop"),
        ]

    def column_help(self) -> list[str]:
        return [
            self.tr("What is to be done. Press F2 to edit."),
            self.tr("Who is responsible; a name from the participant register links the action to that person."),
            self.tr("The day by which it should be done."),
            self.tr("Open, in progress, done or dropped."),
            self.tr("High, normal or low."),
            self.tr("The phase of the method the action belongs to."),
            self.tr("The year and quarter of the yearly activity plan."),
            self.tr("Who else takes part."),
            self.tr("The day it was done; set when the status becomes done."),
            self.tr("The workshop the action came from."),
        ]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        column = index.column()
        if column == ORIGIN or (column == DONE and self.action_at(index.row()).status != ActionStatus.DONE):
            return flags
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        action = self._rows[index.row()].action
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(action, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(action, column)
        if role == SORT_ROLE:
            return self.sort_key(action, column)
        if role == ID_ROLE:
            return action.id
        if role == OVERDUE_ROLE:
            return self.is_overdue(action)
        if role == DETAIL_ROLE:
            return self._detail(action)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(action, column)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(action, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if action.status in FINISHED:
                return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if self.is_overdue(action):
                return blend(QGuiApplication.palette().color(QPalette.ColorRole.Base), OVERDUE_TINT, 0.16)
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if column == WHAT and self.is_overdue(action):
                return warning_icon()
            return None
        return None

    def _display(self, action: ActionView, column: int) -> str:
        if column == WHAT:
            return action.what
        if column == OWNER:
            return action.owner
        if column == DUE:
            return short_date(action.due_date)
        if column == STATUS:
            return status_label(action.status)
        if column == PRIORITY:
            return priority_label(action.priority)
        if column == PHASE:
            return "" if action.phase is None else phase_label(action.phase, self.phase_title(action.phase))
        if column == PLAN:
            return plan_label(action.plan_year, action.plan_quarter)
        if column == PARTNERS:
            return action.partners
        if column == DONE:
            return short_date(action.done_date)
        if column == ORIGIN:
            return self.origin_title(action)
        return ""

    @staticmethod
    def _edit_value(action: ActionView, column: int) -> Any:
        if column == PLAN:
            return (action.plan_year, action.plan_quarter)
        if column == ORIGIN:
            return action.workshop_id
        return getattr(action, FIELDS[column]) if column in FIELDS else None

    def _detail(self, action: ActionView) -> str:
        """Owner, due date and status in one line, for the cards of the yearly plan."""
        owner = action.owner or self.tr("No owner yet")
        status = status_label(action.status)
        if action.due_date is None:
            return self.tr("{owner} · {status}").format(owner=owner, status=status)
        return self.tr("{owner} · due {date} · {status}").format(
            owner=owner, date=short_date(action.due_date), status=status
        )

    def _tooltip(self, action: ActionView, column: int) -> str | None:
        overdue = (
            self.tr("Overdue since {date}.").format(date=long_date(action.due_date))
            if (action.due_date is not None and self.is_overdue(action))
            else ""
        )
        if column in (WHAT, DUE) and overdue:
            return overdue if column == DUE or not action.why else f"{overdue}\n{action.why}"
        if column == WHAT:
            return action.why or None
        if column == DUE and action.due_date is not None:
            return long_date(action.due_date)
        if column == OWNER:
            person = self._people.get(action.owner_id) if action.owner_id else None
            if person is not None and person.organisation:
                return self.tr("{name}, {organisation} (in the participant register)").format(
                    name=person.display_name, organisation=person.organisation
                )
            if person is not None:
                return self.tr("{name} (in the participant register)").format(name=person.display_name)
            return self.tr("Not linked to the participant register.") if action.owner else None
        if column == STATUS and action.done_date is not None:
            return self.tr("Done on {date}.").format(date=long_date(action.done_date))
        if column == PHASE and action.phase is not None:
            return phase_label(action.phase, self.phase_title(action.phase))
        if column == ORIGIN and action.workshop_id is not None:
            workshop = self._workshops.get(action.workshop_id)
            if workshop is not None and workshop.date is not None:
                return self.tr("From the workshop “{title}” on {date}.").format(
                    title=workshop.title, date=long_date(workshop.date)
                )
        if column in (PARTNERS, ORIGIN):
            return self._display(action, column) or None
        return None

    def _font(self, action: ActionView, column: int) -> QFont | None:
        if column == WHAT and action.status == ActionStatus.DROPPED:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if (column == DUE and self.is_overdue(action)) or (column == PRIORITY and action.priority == 1):
            font = QFont()
            font.setBold(True)
            return font
        return None

    # --- editing -----------------------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Change one cell through an undoable command; False if the core refuses the value."""
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or not self.flags(index) & Qt.ItemFlag.ItemIsEditable
        ):
            return False
        action = self.action_at(index.row())
        changes = self._changes(action, index.column(), value)
        if not changes:
            return True
        text = self._undo_texts()[index.column()]
        expected = shown_values(action, changes)  # a colleague's change meanwhile is not overwritten
        return self.workspace.apply(
            update_command(self.workspace, text, Kind.ACTION, action.id, changes, expected=expected)
        )

    def _changes(self, action: ActionView, column: int, value: Any) -> dict[str, Any]:
        """The fields to write for ``value`` in ``column``, leaving out what would not change."""
        if column == PLAN:
            year, quarter = value if isinstance(value, tuple | list) else (None, None)
            changes: dict[str, Any] = {"plan_year": year, "plan_quarter": quarter}
        elif column == OWNER:
            name = str(value or "").strip()
            changes = {"owner": name, "owner_id": self._person_named(name)}
        elif column in (DUE, DONE):
            changes = {FIELDS[column]: _as_date(value)}
        elif column in (WHAT, PARTNERS):
            changes = {FIELDS[column]: str(value or "").strip()}
        elif column == PHASE:
            changes = {"phase": int(value) if value else None}
        elif column in FIELDS:
            changes = {FIELDS[column]: value}
        else:
            return {}
        return {field: new for field, new in changes.items() if getattr(action, field) != new}

    def _person_named(self, name: str) -> uuid.UUID | None:
        wanted = name.casefold()
        return next(
            (p.id for p in self._people.values() if not p.erased and wanted and p.display_name.casefold() == wanted),
            None,
        )

    def _undo_texts(self) -> dict[int, str]:
        return {
            WHAT: self.tr("Change what an action is"),
            OWNER: self.tr("Change the owner of an action"),
            DUE: self.tr("Change the due date of an action"),
            STATUS: self.tr("Change the status of an action"),
            PRIORITY: self.tr("Change the priority of an action"),
            PHASE: self.tr("Change the phase of an action"),
            PLAN: self.tr("Change when an action is planned"),
            PARTNERS: self.tr("Change the partners of an action"),
            DONE: self.tr("Change the day an action was done"),
        }

    # --- sorting -----------------------------------------------------------------------------------------

    def _collate(self, text: str) -> QCollatorSortKey:
        key = self._collation.get(text)
        if key is None:
            key = self._collation[text] = self._collator.sortKey(text)
        return key

    def _text_of(self, action: ActionView, column: int) -> str:
        if column == ORIGIN:
            return self.origin_title(action)
        return str(getattr(action, FIELDS[column]))

    def _rank(self, action: ActionView, column: int) -> int:
        """The text's place among the column's texts in the locale's alphabetical order (numbers by value).

        Ranks are plain ints, so they survive being handed out through SortRole (a QCollatorSortKey does
        not outlive the QVariant that carries it) and compare faster than collation keys.
        """
        ranks = self._ranks.get(column)
        text = self._text_of(action, column)
        if ranks is None or text not in ranks:
            texts = sorted({self._text_of(item.action, column) for item in self._rows} | {text}, key=self._collate)
            ranks = self._ranks[column] = {value: rank for rank, value in enumerate(texts)}
        return ranks[text]

    def sort_key(self, action: ActionView, column: int) -> Any:
        """What orders ``column``: dates as dates, names in the locale's alphabet, empty values last."""
        if column == WHAT:
            return self._rank(action, WHAT)
        if column in (OWNER, PARTNERS, ORIGIN):
            return (not self._text_of(action, column), self._rank(action, column))
        if column == DUE:
            return (action.due_date is None, action.due_date or date.min)
        if column == STATUS:
            return STATUS_ORDER.get(action.status, len(STATUS_ORDER))
        if column == PRIORITY:
            return action.priority
        if column == PHASE:
            return (action.phase is None, action.phase or 0)
        if column == PLAN:
            return (action.plan_year is None, action.plan_year or 0, action.plan_quarter or 0)
        if column == DONE:
            return (action.done_date is None, action.done_date or date.min)
        return 0

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = column
        self._sort_order = order
        self._apply_sort()

    def sort_column(self) -> int:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def _apply_sort(self) -> None:
        column = self._sort_column
        if not 0 <= column < COLUMN_COUNT or len(self._rows) < 2:
            return
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        ordered = sorted(self._rows, key=lambda item: self.sort_key(item.action, column), reverse=descending)
        if all(new is old for new, old in zip(ordered, self._rows, strict=True)):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[index.row()].action.id for index in before]
        self._rows = ordered
        position = {item.action.id: row for row, item in enumerate(ordered)}
        self.changePersistentIndexList(
            before, [self.index(position[i], idx.column()) for i, idx in zip(ids, before, strict=True)]
        )
        self.layoutChanged.emit()


class ActionsFilterProxy(QSortFilterProxyModel):
    """The action list as filtered by the page: statuses, owner, phase, plan year, overdue, search text.

    ``sort`` is handed to the source model (see the module docstring); filtering reads the source's
    rows directly instead of going through ``data()``.
    """

    UNPLANNED = 0  # plan-year filter value for actions without a year
    NO_PHASE = 0  # phase filter value for actions without a phase

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._statuses: frozenset[str] = frozenset()
        self._owner: str | None = None
        self._phase: int | None = None
        self._plan_year: int | None = None
        self._overdue_only = False
        self._words: tuple[str, ...] = ()
        self._test: Callable[[int], bool] | None = None

    def actions_model(self) -> ActionsModel:
        source = self.sourceModel()
        assert isinstance(source, ActionsModel)
        return source

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.actions_model().sort(column, order)

    # --- filters -----------------------------------------------------------------------------------------

    def set_statuses(self, statuses: Iterable[str]) -> None:
        """Show only these statuses; every status when all (or none) are given."""
        chosen = frozenset(statuses)
        self._update(lambda: setattr(self, "_statuses", frozenset() if chosen >= set(STATUS_KEYS) else chosen))

    def set_owner(self, owner: str | None) -> None:
        """Show one owner's actions (``""``: those without an owner); None shows everyone's."""
        self._update(lambda: setattr(self, "_owner", None if owner is None else owner.casefold()))

    def set_phase(self, phase: int | None) -> None:
        self._update(lambda: setattr(self, "_phase", phase))

    def set_plan_year(self, year: int | None) -> None:
        self._update(lambda: setattr(self, "_plan_year", year))

    def set_overdue_only(self, overdue: bool) -> None:
        self._update(lambda: setattr(self, "_overdue_only", overdue))

    def set_search(self, text: str) -> None:
        """Show actions whose text, owner, partners or workshop contain every word typed."""
        self._update(lambda: setattr(self, "_words", tuple(text.casefold().split())))

    def clear_filters(self) -> None:
        def clear() -> None:
            self._statuses, self._owner, self._phase, self._plan_year = frozenset(), None, None, None
            self._overdue_only, self._words = False, ()

        self._update(clear)

    def is_filtered(self) -> bool:
        return self._test is not None

    def _update(self, change: Callable[[], None]) -> None:
        self.beginFilterChange()
        change()
        self._test = self._build_test()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _build_test(self) -> Callable[[int], bool] | None:
        """One function that checks the active filters only, so an unfiltered list costs next to nothing."""
        checks: list[Callable[[ActionView], bool]] = []
        statuses, owner, phase, year, words = self._statuses, self._owner, self._phase, self._plan_year, self._words
        if statuses:
            checks.append(lambda action: action.status in statuses)
        if owner is not None:
            checks.append(lambda action: action.owner.casefold() == owner)
        if phase is not None:
            checks.append(lambda action: (action.phase or self.NO_PHASE) == phase)
        if year is not None:
            checks.append(lambda action: (action.plan_year or self.UNPLANNED) == year)
        if self._overdue_only:
            model = self.actions_model()
            checks.append(lambda action: action.is_overdue(model.today))
        if not checks and not words:
            return None

        def test(row: int) -> bool:
            model = self.actions_model()
            action = model.action_at(row)
            if not all(check(action) for check in checks):
                return False
            haystack = model.haystack_at(row) if words else ""
            return all(word in haystack for word in words)

        return test

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt override
        return self._test is None or self._test(source_row)


class PlanSlotProxy(QSortFilterProxyModel):
    """The actions in one slot of the yearly activity plan: a quarter of a year, a year with no quarter
    given, or (year None) the actions not planned at all. Rows keep the source model's order."""

    def __init__(self, quarter: int | None, *, unplanned: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.quarter = quarter
        self.unplanned = unplanned
        self.year: int | None = None

    def set_year(self, year: int | None) -> None:
        self.beginFilterChange()
        self.year = year
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Slots follow the order of the action list."""

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt override
        source = self.sourceModel()
        if not isinstance(source, ActionsModel):
            return False
        action = source.action_at(source_row)
        if self.unplanned:
            return action.plan_year is None
        return action.plan_year is not None and action.plan_year == self.year and action.plan_quarter == self.quarter


def _as_date(value: Any) -> date | None:
    if isinstance(value, QDate):
        return None if value.isNull() or not value.isValid() else date(value.year(), value.month(), value.day())
    return value if isinstance(value, date) else None


def _runs(rows: list[int]) -> Iterable[tuple[int, int]]:
    """Consecutive stretches of sorted row numbers, as (first, last) pairs."""
    start = previous = None
    for row in rows:
        if start is None or previous is None:
            start = previous = row
        elif row == previous + 1:
            previous = row
        else:
            yield start, previous
            start = previous = row
    if start is not None and previous is not None:
        yield start, previous
