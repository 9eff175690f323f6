"""How action-plan values are named, edited and drawn in item views: dates, status, owner, priority, phase, plan.

Delegates only read the model's EditRole value and write the new one back with ``setData``; the model turns
that into an undoable command, so no delegate ever touches the core. Choice lists come from callables, so an
editor always offers what is in the programme (and in its language) at the moment it opens.
"""

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, TypeAlias

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QIcon, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
    QWidget,
)

from ui.qt_dates import to_qdate
from ui.workspace import Workspace
from workshop_app.domain.enums import PHASE_NUMBERS, ActionStatus
from workshop_app.services import participants
from workshop_app.services.programme import get_programme

Index: TypeAlias = QModelIndex | QPersistentModelIndex
Choices: TypeAlias = Callable[[], Sequence[tuple[str, Any]]]

STATUS_KEYS: tuple[str, ...] = tuple(status.value for status in ActionStatus)
PRIORITIES: tuple[int, ...] = (1, 2, 3)
# The value a date field holds while it is empty; earlier than any date the core accepts.
EMPTY_DATE = QDate(1899, 12, 31)


# --- names of values --------------------------------------------------------------------------------------


def status_label(key: str) -> str:
    labels: dict[str, str] = {
        ActionStatus.OPEN: QCoreApplication.translate("ActionStatus", "Open"),
        ActionStatus.IN_PROGRESS: QCoreApplication.translate("ActionStatus", "In progress"),
        ActionStatus.DONE: QCoreApplication.translate("ActionStatus", "Done"),
        ActionStatus.DROPPED: QCoreApplication.translate("ActionStatus", "Dropped"),
    }
    return labels.get(key, key)


def priority_label(value: int) -> str:
    labels = {
        1: QCoreApplication.translate("ActionPriority", "High"),
        2: QCoreApplication.translate("ActionPriority", "Normal"),
        3: QCoreApplication.translate("ActionPriority", "Low"),
    }
    return labels.get(value, str(value))


def plan_label(year: int | None, quarter: int | None) -> str:
    """Where an action sits in the yearly activity plan: "2026 Q3", "2026", or empty when unplanned."""
    if year is None:
        return ""
    if quarter is None:
        return str(year)
    return QCoreApplication.translate("ActionPlan", "{year} Q{quarter}").format(year=year, quarter=quarter)


def phase_label(number: int, title: str) -> str:
    return QCoreApplication.translate("ActionPhase", "{number}. {title}").format(number=number, title=title)


def short_date(value: date | None) -> str:
    """A date as the interface locale writes it briefly; empty for no date."""
    return "" if value is None else QLocale().toString(to_qdate(value), QLocale.FormatType.ShortFormat)


def long_date(value: date) -> str:
    return QLocale().toString(to_qdate(value), QLocale.FormatType.LongFormat)


def edit_date_format() -> str:
    """The locale's short date format with a four-digit year, so a typed date is never ambiguous."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


# --- editors ------------------------------------------------------------------------------------------------


class ClearableDateEdit(QDateEdit):
    """A date field that may also be empty (a QDateEdit cannot): Delete or Backspace with the whole date
    selected empties it, and stepping or opening the calendar from empty starts at today."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(edit_date_format())
        self.setMinimumDate(EMPTY_DATE)
        self.setSpecialValueText(QCoreApplication.translate("ClearableDateEdit", "No date"))
        self.setToolTip(
            QCoreApplication.translate(
                "ClearableDateEdit", "Type a date or press Alt+Down for the calendar. Delete empties the date."
            )
        )
        calendar = self.calendarWidget()
        calendar.setGridVisible(True)
        calendar.installEventFilter(self)

    def value(self) -> date | None:
        chosen = self.date()
        return None if chosen == EMPTY_DATE else date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(EMPTY_DATE if value is None else to_qdate(value))

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt override
        if self.value() is None:
            self.setDate(QDate.currentDate())
            return
        super().stepBy(steps)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        whole = self.lineEdit().selectedText() == self.lineEdit().text()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and whole:
            self.set_value(None)
            self.selectAll()
            return
        if self.value() is None and event.text().isdigit():
            self.setDate(QDate.currentDate())
            self.setCurrentSectionIndex(0)
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show and self.value() is None:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)


class DateDelegate(QStyledItemDelegate):
    """Edits an optional date (EditRole: ``datetime.date`` or None) with a calendar popup."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = ClearableDateEdit(parent)
        editor.setAccessibleName(_header(index))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 - Qt override
        assert isinstance(editor, ClearableDateEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.set_value(value if isinstance(value, date) else None)
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, ClearableDateEdit)
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class ChoiceCombo(QComboBox):
    """A combo box whose entries stand for Python values (kept here, not squeezed through QVariant)."""

    def __init__(self, choices: Sequence[tuple[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values = [value for _label, value in choices]
        self.addItems([label for label, _value in choices])
        self.setMaxVisibleItems(14)

    def current_value(self) -> Any:
        row = self.currentIndex()
        return self.values[row] if 0 <= row < len(self.values) else None

    def set_current_value(self, value: Any) -> None:
        if value in self.values:
            self.setCurrentIndex(self.values.index(value))


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a value from a fixed list with a combo box; subclasses say what the list is."""

    def __init__(self, choices: Choices, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = ChoiceCombo(self._choices(), parent)
        editor.setAccessibleName(_header(index))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 - Qt override
        assert isinstance(editor, ChoiceCombo)
        editor.set_current_value(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, ChoiceCombo)
        model.setData(index, editor.current_value(), Qt.ItemDataRole.EditRole)


class StatusDelegate(ChoiceDelegate):
    """Open, in progress, done, dropped: the status keys of the core, shown in the interface language."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(lambda: [(status_label(key), key) for key in STATUS_KEYS], parent)


class PriorityDelegate(ChoiceDelegate):
    """High, normal, low, stored as 1, 2, 3."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(lambda: [(priority_label(value), value) for value in PRIORITIES], parent)


class PhaseDelegate(ChoiceDelegate):
    """One of the five phases by its catalogue title in the programme's language, or none."""

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        def choices() -> list[tuple[str, int | None]]:
            language = workspace.language
            none = QCoreApplication.translate("PhaseDelegate", "No phase")
            titles = [(phase_label(n, workspace.catalogue.phase(n).title.get(language)), n) for n in PHASE_NUMBERS]
            return [(none, None), *titles]

        super().__init__(choices, parent)


class PlanDelegate(ChoiceDelegate):
    """A year, or a quarter of a year, of the yearly activity plan (EditRole: ``(year, quarter)``)."""

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        self._workspace = workspace
        super().__init__(lambda: [], parent)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        current = index.data(Qt.ItemDataRole.EditRole)
        year = current[0] if isinstance(current, tuple) and current[0] is not None else None
        editor = ChoiceCombo(self.plan_choices(year), parent)
        editor.setAccessibleName(_header(index))
        return editor

    def plan_choices(self, current_year: int | None) -> list[tuple[str, tuple[int | None, int | None]]]:
        """Not planned, then each year of the programme and the next few, alone and by quarter."""
        start = get_programme(self._workspace.store).start_year
        this_year = self._workspace.today().year
        first = min(start, this_year - 1, current_year or this_year)
        last = max(start + 5, this_year + 3, current_year or this_year)
        none = QCoreApplication.translate("PlanDelegate", "Not planned")
        choices: list[tuple[str, tuple[int | None, int | None]]] = [(none, (None, None))]
        for year in range(first, last + 1):
            choices.append((plan_label(year, None), (year, None)))
            choices.extend((plan_label(year, quarter), (year, quarter)) for quarter in (1, 2, 3, 4))
        return choices


class OwnerDelegate(QStyledItemDelegate):
    """Who is responsible: a name from the participant register, or any name typed in.

    The model links the action to the register entry when the name matches one, so the editor only
    deals in text.
    """

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QComboBox(parent)
        editor.setEditable(True)
        editor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        editor.setMaxVisibleItems(14)
        register = participants.list_participants(self._workspace.store, include_erased=False)
        editor.addItems([person.display_name for person in register])
        editor.setAccessibleName(_header(index))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 - Qt override
        assert isinstance(editor, QComboBox)
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        found = editor.findText(text)
        if found >= 0:
            editor.setCurrentIndex(found)
        editor.setEditText(text)
        line = editor.lineEdit()
        if line is not None:
            line.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText().strip(), Qt.ItemDataRole.EditRole)


# --- drawing ------------------------------------------------------------------------------------------------


class ActionCardDelegate(QStyledItemDelegate):
    """Draws an item as a small card for list views: its text, and under it a muted line of details
    (taken from ``detail_role``), wrapped to the view's width so nothing is cut off on a projector."""

    PADDING = 8

    def __init__(self, detail_role: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._detail_role = detail_role

    def _text_rect(self, option: QStyleOptionViewItem, rect: QRect) -> QRect:
        """Where the text goes inside ``rect``: padded, and right of the icon if there is one."""
        inner = rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        if not option.icon.isNull():
            inner.setLeft(inner.left() + option.decorationSize.width() + self.PADDING)
        return inner

    @staticmethod
    def _detail_font(option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setStrikeOut(False)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.92))
        return font

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt override
        self.initStyleOption(option, index)
        widget = option.widget
        if isinstance(widget, QListView):
            width = widget.viewport().width() - 2 * widget.spacing()
        else:
            width = option.rect.width()
        text = self._text_rect(option, QRect(0, 0, max(120, width), 10_000))
        flags = int(Qt.TextFlag.TextWordWrap)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        detail = str(index.data(self._detail_role) or "")
        title_height = QFontMetrics(option.font).boundingRect(text, flags, title).height()
        detail_height = QFontMetrics(self._detail_font(option)).boundingRect(text, flags, detail).height()
        return QSize(width, title_height + detail_height + 2 * self.PADDING + self.PADDING // 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        icon = QIcon(option.icon)
        text = self._text_rect(option, option.rect)
        widget = option.widget
        option.text = ""
        option.icon = QIcon()
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        painter.save()
        if not icon.isNull():
            top_left = option.rect.topLeft() + QPoint(self.PADDING, self.PADDING)
            icon.paint(painter, QRect(top_left, option.decorationSize))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if selected:
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        elif isinstance(foreground, QBrush | QColor):
            painter.setPen(QColor(foreground.color() if isinstance(foreground, QBrush) else foreground))
        else:
            painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.setFont(option.font)
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        used = painter.boundingRect(text, flags, title)
        painter.drawText(text, flags, title)
        text.setTop(used.bottom() + self.PADDING // 2)
        painter.setFont(self._detail_font(option))
        muted = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        painter.setPen(palette.color(muted))
        painter.drawText(text, flags, str(index.data(self._detail_role) or ""))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.restore()


class WrappingDelegate(QStyledItemDelegate):
    """Wraps long texts (decisions, minutes) onto several lines in a tree or table view, which by itself
    sizes rows as if every text had to fit on one. The view must lay its items out again when a column
    is resized (see :func:`relayout_on_resize`)."""

    PADDING = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt override
        widget = option.widget
        wrapped = QStyleOptionViewItem(option)
        if isinstance(widget, QTreeView):
            depth = 0
            parent = index.parent()
            while parent.isValid():
                depth += 1
                parent = parent.parent()
            indent = (
                widget.indentation() * (depth + (1 if widget.rootIsDecorated() else 0)) if index.column() == 0 else 0
            )
            wrapped.rect = QRect(0, 0, max(80, widget.columnWidth(index.column()) - indent), 10_000)
        elif isinstance(widget, QTableView):
            wrapped.rect = QRect(0, 0, widget.columnWidth(index.column()), 10_000)
        hint = super().sizeHint(wrapped, index)
        return QSize(hint.width(), hint.height() + self.PADDING)


def relayout_on_resize(view: QTreeView) -> None:
    """Recompute row heights whenever a column's width changes, so wrapped texts get the lines they need."""
    view.header().sectionResized.connect(lambda *_: view.doItemsLayout())


def _header(index: Index) -> str:
    """The column's title, as the editor's accessible name (a screen reader says what is being edited)."""
    model = index.model()
    if model is None:
        return ""
    return str(model.headerData(index.column(), Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
