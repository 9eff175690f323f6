"""The participant register as a Qt table model, and the proxy that filters and sorts it for the page.

The model holds frozen views from the core and turns an edit into an undoable command; it never writes to the
file itself. Reloading merges by id instead of resetting, so the view keeps its selection and scroll position
when a change elsewhere (an undo, another page) touches the register.
"""

import uuid
from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication, QIcon, QPalette

from ui.commands import shown_values, update_command
from ui.workspace import Workspace
from workshop_app.domain.models import ParticipantView
from workshop_app.operations.changes import ChangeSet, Kind
from workshop_app.services import participants

ModelIndex = QModelIndex | QPersistentModelIndex

NAME, ORGANISATION, ACTOR_TYPE, ROLE, CONTACT, CONSENT = range(6)
COLUMN_COUNT = 6

# The service field each column edits.
FIELDS: dict[int, str] = {
    NAME: "display_name",
    ORGANISATION: "organisation",
    ACTOR_TYPE: "actor_type",
    ROLE: "role",
    CONTACT: "contact",
    CONSENT: "consent_date",
}

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # uuid.UUID of the row's person
ACTOR_TYPE_ROLE = Qt.ItemDataRole.UserRole + 2  # catalogue key of the actor type
ERASED_ROLE = Qt.ItemDataRole.UserRole + 3  # bool
SORT_ROLE = Qt.ItemDataRole.UserRole + 4  # str: what the proxy compares
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 5  # str: name, organisation and role, case-folded

CONTEXT = "ParticipantsModel"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def header_title(column: int) -> str:
    """Column headings; also used by the page for its accessible names."""
    titles = {
        NAME: _tr("Name"),
        ORGANISATION: _tr("Organisation"),
        ACTOR_TYPE: _tr("Actor type"),
        ROLE: _tr("Role"),
        CONTACT: _tr("Contact"),
        CONSENT: _tr("Consent date"),
    }
    return titles[column]


def _command_text(column: int, name: str) -> str:
    """What the Edit menu shows for undo/redo, one whole sentence per field so translators see it all."""
    texts = {
        NAME: _tr("Rename {name}"),
        ORGANISATION: _tr("Change the organisation of {name}"),
        ACTOR_TYPE: _tr("Change the actor type of {name}"),
        ROLE: _tr("Change the role of {name}"),
        CONTACT: _tr("Change the contact of {name}"),
        CONSENT: _tr("Change the consent date of {name}"),
    }
    return texts[column].format(name=name)


def short_date(value: date) -> str:
    """A date in the locale's short form, as everywhere else in the app."""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


class ParticipantsModel(QAbstractTableModel):
    """One row per register entry, erased ones included (the proxy decides whether to show them).

    After the first :meth:`reload` it follows ``workspace.changes_applied`` by itself, re-reading only the
    people a change set names; ``refreshed`` then tells the page to update its counts and filters.
    """

    refreshed = Signal()

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._rows: list[ParticipantView] = []
        self._actor_labels: dict[str, str] = {}
        self._loaded = False  # until the page first shows the register, changes need not be followed
        workspace.changes_applied.connect(self._on_changes)

    # --- loading -------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the register again and merge it in: changed rows update, new rows append, gone rows leave."""
        self._relabel()
        fresh = participants.list_participants(self.workspace.store)
        known = {person.id for person in fresh}
        self._loaded = True
        self.apply_rows(fresh, [person.id for person in self._rows if person.id not in known])

    def _relabel(self) -> bool:
        """Actor types as the catalogue names them in the programme's language; rows show them again if
        that changed (True then)."""
        language = self.workspace.language
        labels = {actor.key: actor.label.get(language) for actor in self.workspace.catalogue.actor_types}
        if labels == self._actor_labels:
            return False
        self._actor_labels = labels
        self._all_changed()
        return True

    def apply_rows(self, present: Iterable[ParticipantView], missing_ids: Iterable[uuid.UUID]) -> None:
        """Update just these people: ``present`` as re-read (changed rows update, new rows append),
        ``missing_ids`` gone (their rows leave). Other rows, and the view's selection, stay as they are."""
        gone = set(missing_ids)
        for gone_row in reversed(range(len(self._rows))):
            if self._rows[gone_row].id in gone:
                self.beginRemoveRows(QModelIndex(), gone_row, gone_row)
                del self._rows[gone_row]
                self.endRemoveRows()
        rows = {person.id: row for row, person in enumerate(self._rows)}
        added: list[ParticipantView] = []
        for person in present:
            row = rows.get(person.id)
            if row is None:
                added.append(person)
            elif person != self._rows[row]:
                self._rows[row] = person
                self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
        if added:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self._rows.extend(added)
            self.endInsertRows()
        self.refreshed.emit()

    def _on_changes(self, changes: ChangeSet) -> None:
        if not self._loaded:
            return
        if changes.touches(Kind.PROGRAMME) and self._relabel():  # the programme's language names actor types
            self.refreshed.emit()
        ids = changes.ids(Kind.PARTICIPANT)
        if ids:
            present = participants.get_participants(self.workspace.store, ids)
            found = {person.id for person in present}
            self.apply_rows(present, [person_id for person_id in ids if person_id not in found])

    def retranslate(self) -> None:
        """Headings and the texts of erased and unconsented rows follow the interface language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        self._all_changed()

    def _all_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1))

    # --- look-ups ------------------------------------------------------------------------------------------

    def person(self, row: int) -> ParticipantView:
        return self._rows[row]

    def row_of(self, participant_id: uuid.UUID) -> int | None:
        return next((row for row, person in enumerate(self._rows) if person.id == participant_id), None)

    def people(self) -> list[ParticipantView]:
        return list(self._rows)

    def actor_label(self, key: str) -> str:
        """The catalogue's label in the programme's language; an unknown key (older catalogue) shows as is."""
        return self._actor_labels.get(key, key)

    # --- Qt model interface --------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return header_title(section)
        if role == Qt.ItemDataRole.ToolTipRole and section == CONSENT:
            return _tr("When the person agreed to be in the register. While editing, Delete clears the date.")
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._rows[index.row()].erased or self.workspace.store.read_only:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        person = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return person.id
        if role == ACTOR_TYPE_ROLE:
            return person.actor_type
        if role == ERASED_ROLE:
            return person.erased
        if role == SEARCH_ROLE:
            return " ".join((person.display_name, person.organisation, person.role)).casefold()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(person, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(person, column)
        if role == SORT_ROLE:
            if column == CONSENT:
                return person.consent_date.isoformat() if person.consent_date else ""
            return self._display(person, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(person, column)
        if role == Qt.ItemDataRole.FontRole and (person.erased or self._unconsented(person, column)):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and (person.erased or self._unconsented(person, column)):
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.DecorationRole and self._unconsented(person, column):
            icon = QIcon.fromTheme(QIcon.ThemeIcon.DialogWarning)
            return None if icon.isNull() else icon
        return None

    @staticmethod
    def _unconsented(person: ParticipantView, column: int) -> bool:
        return column == CONSENT and not person.erased and person.consent_date is None

    def _display(self, person: ParticipantView, column: int) -> str:
        if person.erased:
            if column == NAME:
                return _tr("Erased participant")
            return self.actor_label(person.actor_type) if column == ACTOR_TYPE else ""
        if column == ACTOR_TYPE:
            return self.actor_label(person.actor_type)
        if column == CONSENT:
            return short_date(person.consent_date) if person.consent_date else _tr("Not recorded")
        return str(getattr(person, FIELDS[column]))

    @staticmethod
    def _edit_value(person: ParticipantView, column: int) -> Any:
        if column == CONSENT:
            value = person.consent_date
            return QDate(value.year, value.month, value.day) if value else None
        return getattr(person, FIELDS[column])

    def _tooltip(self, person: ParticipantView, column: int) -> str | None:
        if person.erased:
            return _tr("This person's personal data was erased; their contributions stay, anonymous.")
        if column == ACTOR_TYPE:
            actor = self.workspace.catalogue.actor_type(person.actor_type)
            return actor.description.get(self.workspace.language) if actor else None
        if self._unconsented(person, column):
            return _tr("No consent date is recorded for this person.")
        text = self._display(person, column)
        return text or None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """An edit becomes one undoable command; the core validates it, and a refusal is reported by the
        workspace (the page reloads when the change is announced). The edit carries what the row showed, so a
        change made elsewhere meanwhile (a colleague on the server) is refused, not overwritten; the register
        is then read again, showing what the record holds now."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        person = self._rows[index.row()]
        column = index.column()
        new_value = _to_core(column, value)
        if new_value == getattr(person, FIELDS[column]):
            return False
        changes = {FIELDS[column]: new_value}
        command = update_command(
            self.workspace,
            _command_text(column, person.display_name),
            Kind.PARTICIPANT,
            person.id,
            changes,
            expected=shown_values(person, changes),
        )
        if self.workspace.apply(command):
            return True
        self.reload()
        return False


def _to_core(column: int, value: Any) -> Any:
    """What the service expects for a column: text as typed (the core trims and checks it), a date or None."""
    if column == CONSENT and isinstance(value, QDate):
        return value.toPython() if value.isValid() else None
    return value


class ParticipantsFilter(QSortFilterProxyModel):
    """Search text, actor type and whether erased entries show; sorting follows the locale's collation, so
    Å, Ä and Ö fall where a Nordic reader expects them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = ""
        self._actor_type: str | None = None
        self._show_erased = True
        self._collator = QCollator(QLocale())
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._collator.setNumericMode(True)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    @property
    def search(self) -> str:
        return self._search

    @property
    def actor_type(self) -> str | None:
        return self._actor_type

    @property
    def show_erased(self) -> bool:
        return self._show_erased

    def set_search(self, text: str) -> None:
        self._refilter("_search", text.strip().casefold())

    def set_actor_type(self, key: str | None) -> None:
        """Show only people of this actor type; None shows every type."""
        self._refilter("_actor_type", key or None)

    def set_show_erased(self, show: bool) -> None:
        self._refilter("_show_erased", show)

    def is_filtering(self) -> bool:
        return bool(self._search) or self._actor_type is not None

    def relocalise(self) -> None:
        """Follow a change of the default locale (the interface language) in sorting."""
        self._collator = QCollator(QLocale())
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._collator.setNumericMode(True)
        self.invalidate()

    def _refilter(self, attribute: str, value: object) -> None:
        if getattr(self, attribute) == value:
            return
        self.beginFilterChange()
        setattr(self, attribute, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:  # noqa: N802 - Qt override
        source = self.sourceModel()
        index = source.index(source_row, NAME, source_parent)
        if index.data(ERASED_ROLE) and not self._show_erased:
            return False
        if self._actor_type is not None and index.data(ACTOR_TYPE_ROLE) != self._actor_type:
            return False
        return not self._search or self._search in str(index.data(SEARCH_ROLE))

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:  # noqa: N802 - Qt override
        """Ties (same actor type, same date) fall back to the name, so the order is always predictable."""
        order = self._collator.compare(str(left.data(SORT_ROLE)), str(right.data(SORT_ROLE)))
        if order == 0 and left.column() != NAME:
            source = self.sourceModel()
            left_name = source.index(left.row(), NAME).data(SORT_ROLE)
            right_name = source.index(right.row(), NAME).data(SORT_ROLE)
            order = self._collator.compare(str(left_name), str(right_name))
        return order < 0
