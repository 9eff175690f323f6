"""ActionsModel and its proxies on the real demo programme, without any view: every column and role, sorting,
edits that land in the file and undo, overdue as of the demo's day, and the page's filters."""

import uuid
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPalette
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TODAY
from ui.models.actions_model import (
    COLUMN_COUNT,
    DETAIL_ROLE,
    DONE,
    DUE,
    ID_ROLE,
    ORIGIN,
    OVERDUE_ROLE,
    OWNER,
    PARTNERS,
    PHASE,
    PLAN,
    PRIORITY,
    SORT_ROLE,
    STATUS,
    WHAT,
    ActionsFilterProxy,
    ActionsModel,
    PlanSlotProxy,
)
from ui.workspace import Workspace
from workshop_app.services import actions, participants, workshops

NEWSLETTER = "Publish the first programme newsletter"  # in progress, overdue, not from a workshop
SURVEY = "Carry out the resident survey in Norwegian, North Sámi and Finnish"  # done, from the kick-off
YOUTH_SURVEY = "Separate youth survey via the school's learning platform"  # dropped
EXHIBITION = "Art and local history exhibition in empty shop windows"  # open, due after TODAY
OVERDUE = {
    "Develop the idea-fund criteria together with the village associations",
    "Agreement with the county authority on a demand-responsive village bus",
    "Recruit a business coordinator (50 %) for the empty shop premises",
    "Meeting with the owners of empty shop premises in Storgata",
    NEWSLETTER,
}


@pytest.fixture
def space(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    monkeypatch.setattr(workspace, "today", lambda: TODAY)
    return workspace


@pytest.fixture
def model(space: Workspace) -> Iterator[ActionsModel]:
    made = ActionsModel(space)
    yield made
    made.setParent(None)  # Python owns it: let its wrapper delete it (a deleteLater here could free it twice)


@pytest.fixture
def proxy(model: ActionsModel) -> Iterator[ActionsFilterProxy]:
    made = ActionsFilterProxy()
    made.setSourceModel(model)
    yield made
    made.setSourceModel(None)  # detach before either is freed, so neither outlives the other's signals


def row_of(model: ActionsModel, what: str) -> int:
    return next(row for row in range(model.rowCount()) if model.action_at(row).what == what)


def cell(model: ActionsModel, what: str, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    return model.index(row_of(model, what), column).data(role)


def short(day: date) -> str:
    return QLocale().toString(QDate(day), QLocale.FormatType.ShortFormat)


def test_shape_and_headers(model: ActionsModel) -> None:
    assert model.rowCount() == 26
    assert model.columnCount() == COLUMN_COUNT == 10
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(COLUMN_COUNT)]
    assert titles == [
        "What",
        "Owner",
        "Due",
        "Status",
        "Priority",
        "Phase",
        "Plan",
        "Partners",
        "Done on",
        "From workshop",
    ]
    assert all(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) for c in range(10))
    assert model.rowCount(model.index(0, 0)) == 0  # a flat table


def test_display_and_edit_values_of_every_column(model: ActionsModel) -> None:
    due = TODAY.replace(day=29, month=10)
    display = [cell(model, NEWSLETTER, column) for column in range(COLUMN_COUNT)]
    assert display == [
        NEWSLETTER,
        "Kari Nordmo",
        short(due),
        "In progress",
        "Normal",
        "3. Mobilisation and collaboration",
        "2026 Q4",
        "Reference group, Northern Learning Network for Place Development",
        "",
        "",
    ]
    edit = Qt.ItemDataRole.EditRole
    assert cell(model, NEWSLETTER, DUE, edit) == due
    assert cell(model, NEWSLETTER, STATUS, edit) == "in_progress"
    assert cell(model, NEWSLETTER, PRIORITY, edit) == 2
    assert cell(model, NEWSLETTER, PHASE, edit) == 3
    assert cell(model, NEWSLETTER, PLAN, edit) == (2026, 4)  # planned in the quarter it is due
    assert cell(model, NEWSLETTER, DONE, edit) is None
    assert cell(model, SURVEY, STATUS) == "Done"
    assert cell(model, SURVEY, PRIORITY) == "High"
    assert cell(model, SURVEY, DONE) == short(date(2025, 8, 4))
    assert cell(model, SURVEY, ORIGIN) == "Kick-off: what do we know, and who must be involved?"
    assert cell(model, YOUTH_SURVEY, STATUS) == "Dropped"
    assert cell(model, YOUTH_SURVEY, PRIORITY) == "Low"
    assert isinstance(cell(model, NEWSLETTER, WHAT, ID_ROLE), uuid.UUID)
    detail = cell(model, NEWSLETTER, WHAT, DETAIL_ROLE)
    assert detail == f"Kari Nordmo · due {short(due)} · In progress"


def test_tooltips_fonts_colours_and_icons(model: ActionsModel) -> None:
    tip = Qt.ItemDataRole.ToolTipRole
    assert str(cell(model, NEWSLETTER, DUE, tip)).startswith("Overdue since ")
    assert "Residents kept informed" in str(cell(model, NEWSLETTER, WHAT, tip))
    assert "(in the participant register)" in str(cell(model, NEWSLETTER, OWNER, tip))
    assert str(cell(model, SURVEY, ORIGIN, tip)).startswith("From the workshop “Kick-off")
    assert str(cell(model, SURVEY, STATUS, tip)).startswith("Done on ")
    assert cell(model, EXHIBITION, DUE, tip) == QLocale().toString(QDate(2027, 1, 2), QLocale.FormatType.LongFormat)

    font = Qt.ItemDataRole.FontRole
    overdue_due = cell(model, NEWSLETTER, DUE, font)
    assert isinstance(overdue_due, QFont) and overdue_due.bold()
    dropped = cell(model, YOUTH_SURVEY, WHAT, font)
    assert isinstance(dropped, QFont) and dropped.strikeOut()
    assert cell(model, EXHIBITION, DUE, font) is None

    muted = QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
    assert cell(model, SURVEY, WHAT, Qt.ItemDataRole.ForegroundRole) == muted
    assert cell(model, EXHIBITION, WHAT, Qt.ItemDataRole.ForegroundRole) is None
    tint = cell(model, NEWSLETTER, PLAN, Qt.ItemDataRole.BackgroundRole)
    assert isinstance(tint, QColor) and tint != QGuiApplication.palette().color(QPalette.ColorRole.Base)
    assert cell(model, EXHIBITION, PLAN, Qt.ItemDataRole.BackgroundRole) is None
    icon = cell(model, NEWSLETTER, WHAT, Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    assert cell(model, EXHIBITION, WHAT, Qt.ItemDataRole.DecorationRole) is None


def test_overdue_is_judged_on_the_workspace_day(model: ActionsModel) -> None:
    overdue = {model.action_at(r).what for r in range(model.rowCount()) if model.index(r, 0).data(OVERDUE_ROLE)}
    assert overdue == OVERDUE
    # a done action that was due long ago is not overdue
    assert cell(model, SURVEY, WHAT, OVERDUE_ROLE) is False


def test_flags(model: ActionsModel) -> None:
    editable = Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(row_of(model, NEWSLETTER), WHAT)) & editable
    assert not model.flags(model.index(row_of(model, SURVEY), ORIGIN)) & editable
    assert not model.flags(model.index(row_of(model, NEWSLETTER), DONE)) & editable  # not done yet
    assert model.flags(model.index(row_of(model, SURVEY), DONE)) & editable


def test_sort_role_orders_dates_as_dates(model: ActionsModel) -> None:
    assert cell(model, NEWSLETTER, DUE, SORT_ROLE) == (False, TODAY.replace(day=29, month=10))
    for column in range(COLUMN_COUNT):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
            keys = [model.index(row, column).data(SORT_ROLE) for row in range(model.rowCount())]
            expected = sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder)
            assert keys == expected, (column, order)
    model.sort(DUE, Qt.SortOrder.AscendingOrder)
    dues = [model.action_at(row).due_date for row in range(model.rowCount())]
    assert dues == sorted(d for d in dues if d is not None)
    # by day, not by the text: 2 January 2027 comes after 29 October 2026 whatever the short format says
    assert row_of(model, EXHIBITION) > row_of(model, NEWSLETTER)


def test_unknown_dates_sort_last(model: ActionsModel, space: Workspace) -> None:
    actions.create_action(space.store, "Undated")
    model.reload()
    model.sort(DUE, Qt.SortOrder.AscendingOrder)
    assert model.action_at(model.rowCount() - 1).what == "Undated"


def test_set_data_is_an_undoable_edit_in_the_file(model: ActionsModel, space: Workspace) -> None:
    index = model.index(row_of(model, NEWSLETTER), STATUS)
    action_id = index.data(ID_ROLE)
    assert model.setData(index, "done")
    stored = actions.get_action(space.store, action_id)
    assert stored.status == "done" and stored.done_date is not None
    assert space.undo_stack.count() == 1
    assert space.undo_stack.undoText() == "Change the status of an action"
    assert model.index(row_of(model, NEWSLETTER), STATUS).data() == "Done"
    space.undo_stack.undo()
    stored = actions.get_action(space.store, action_id)
    assert stored.status == "in_progress" and stored.done_date is None
    assert model.index(row_of(model, NEWSLETTER), STATUS).data() == "In progress"
    space.undo_stack.redo()
    assert actions.get_action(space.store, action_id).status == "done"


def test_set_data_for_each_kind_of_value(model: ActionsModel, space: Workspace) -> None:
    action_id = cell(model, EXHIBITION, WHAT, ID_ROLE)
    assert isinstance(action_id, uuid.UUID)

    def set_cell(column: int, value: object) -> bool:
        return model.setData(model.index(row_of(model, EXHIBITION), column), value)

    assert set_cell(DUE, QDate(2027, 3, 1))
    assert set_cell(PLAN, (2027, 1))
    assert set_cell(PRIORITY, 1)
    assert set_cell(PHASE, 4)
    assert set_cell(PARTNERS, "  Museum  ")
    stored = actions.get_action(space.store, action_id)
    assert (stored.due_date, stored.plan_year, stored.plan_quarter) == (date(2027, 3, 1), 2027, 1)
    assert (stored.priority, stored.phase, stored.partners) == (1, 4, "Museum")
    assert set_cell(DUE, None)
    assert set_cell(PLAN, (None, None))
    stored = actions.get_action(space.store, action_id)
    assert stored.due_date is None and stored.plan_year is None
    count = space.undo_stack.count()
    assert set_cell(PRIORITY, 1)  # unchanged: no command
    assert space.undo_stack.count() == count
    assert not set_cell(ORIGIN, None)


def test_owner_links_to_the_register_when_the_name_matches(model: ActionsModel, space: Workspace) -> None:
    person = next(p for p in participants.list_participants(space.store) if p.display_name == "Sigrid Bakken")
    assert model.setData(model.index(row_of(model, EXHIBITION), OWNER), "sigrid bakken")
    stored = actions.get_action(space.store, cell(model, EXHIBITION, WHAT, ID_ROLE))  # type: ignore[arg-type]
    assert stored.owner == "sigrid bakken" and stored.owner_id == person.id
    assert model.setData(model.index(row_of(model, EXHIBITION), OWNER), "The museum board")
    stored = actions.get_action(space.store, stored.id)
    assert stored.owner == "The museum board" and stored.owner_id is None


def test_a_refused_value_changes_nothing(model: ActionsModel, space: Workspace, qtbot: QtBot) -> None:
    with qtbot.waitSignal(space.failed):
        assert not model.setData(model.index(row_of(model, NEWSLETTER), WHAT), "   ")
    assert space.undo_stack.count() == 0
    assert cell(model, NEWSLETTER, WHAT) == NEWSLETTER


def test_rows_follow_the_file_and_keep_persistent_indexes(model: ActionsModel, space: Workspace, qtbot: QtBot) -> None:
    model.sort(DUE, Qt.SortOrder.AscendingOrder)
    kept = QPersistentModelIndex(model.index(row_of(model, EXHIBITION), WHAT))
    newsletter = model.index(row_of(model, NEWSLETTER), DUE)
    assert model.setData(newsletter, date(2030, 1, 1))  # moves to the end; the exhibition moves up one
    assert kept.isValid() and kept.data() == EXHIBITION
    assert model.action_at(model.rowCount() - 1).what == NEWSLETTER
    space.undo_stack.undo()
    assert kept.data() == EXHIBITION
    removed_id = cell(model, YOUTH_SURVEY, WHAT, ID_ROLE)
    with qtbot.waitSignal(space.changes_applied):  # a change made outside the window, heard on the next turn
        actions.delete_action(space.store, removed_id)  # type: ignore[arg-type]
    assert model.rowCount() == 25 and kept.data() == EXHIBITION


def test_origin_titles_follow_workshop_renames(model: ActionsModel, space: Workspace, qtbot: QtBot) -> None:
    workshop_id = actions.get_action(space.store, cell(model, SURVEY, WHAT, ID_ROLE)).workshop_id  # type: ignore[arg-type]
    assert workshop_id is not None
    with qtbot.waitSignal(space.changes_applied):
        workshops.update_workshop(space.store, workshop_id, {"title": "Kick-off"})
    assert cell(model, SURVEY, ORIGIN) == "Kick-off"


def test_proxy_filters(proxy: ActionsFilterProxy, model: ActionsModel, space: Workspace) -> None:
    def shown() -> set[str]:
        return {proxy.index(row, WHAT).data() for row in range(proxy.rowCount())}

    assert proxy.rowCount() == 26 and not proxy.is_filtered()
    proxy.set_statuses({"open"})
    assert proxy.rowCount() == 10
    proxy.set_statuses({"open", "in_progress"})
    assert proxy.rowCount() == 16
    proxy.set_statuses(["open", "in_progress", "done", "dropped"])
    assert proxy.rowCount() == 26 and not proxy.is_filtered()
    proxy.set_overdue_only(True)
    assert shown() == OVERDUE
    proxy.set_owner("pekka laitinen")
    assert shown() == {
        "Recruit a business coordinator (50 %) for the empty shop premises",
        "Meeting with the owners of empty shop premises in Storgata",
    }
    proxy.clear_filters()
    assert proxy.rowCount() == 26
    proxy.set_phase(1)
    assert proxy.rowCount() == 5
    proxy.set_phase(None)
    proxy.set_plan_year(2025)
    assert proxy.rowCount() == 5
    proxy.set_plan_year(ActionsFilterProxy.UNPLANNED)
    assert proxy.rowCount() == 0
    proxy.set_plan_year(None)
    proxy.set_search("demand-responsive BUS")
    assert shown() == {"Agreement with the county authority on a demand-responsive village bus"}
    proxy.set_search("Husbanken")  # in partners
    assert "Sign the cooperation agreement with Husbanken" in shown() and len(shown()) > 2
    proxy.set_search("Choosing our operating")  # the workshop an action came from
    assert "Draft the action plan with three focus areas" in shown()
    proxy.clear_filters()
    actions.create_action(space.store, "Nobody's yet")
    model.reload()
    proxy.set_owner("")
    assert shown() == {"Nobody's yet"}
    proxy.set_owner(None)
    proxy.set_plan_year(ActionsFilterProxy.UNPLANNED)
    proxy.set_phase(ActionsFilterProxy.NO_PHASE)
    assert shown() == {"Nobody's yet"}


def test_proxy_sorting_is_done_by_the_model(proxy: ActionsFilterProxy, model: ActionsModel) -> None:
    proxy.set_statuses({"open"})
    proxy.sort(DUE, Qt.SortOrder.DescendingOrder)
    assert model.sort_column() == DUE and model.sort_order() == Qt.SortOrder.DescendingOrder
    dues = [proxy.index(row, DUE).data(Qt.ItemDataRole.EditRole) for row in range(proxy.rowCount())]
    assert dues == sorted(dues, reverse=True) and len(dues) == 10
    proxy.sort(WHAT, Qt.SortOrder.AscendingOrder)
    whats = [proxy.index(row, WHAT).data() for row in range(proxy.rowCount())]
    assert whats[0].startswith("Agreement") and whats[-1].startswith("Welcome")


def test_plan_slots(model: ActionsModel) -> None:
    quarter = PlanSlotProxy(2)
    quarter.setSourceModel(model)
    quarter.set_year(2026)
    assert quarter.rowCount() == 1
    unplanned = PlanSlotProxy(None, unplanned=True)
    unplanned.setSourceModel(model)
    assert unplanned.rowCount() == 0
    model.setData(model.index(row_of(model, EXHIBITION), PLAN), (None, None))
    assert unplanned.rowCount() == 1
    whole_year = PlanSlotProxy(None)
    whole_year.setSourceModel(model)
    whole_year.set_year(2027)
    model.setData(model.index(row_of(model, EXHIBITION), PLAN), (2027, None))
    assert whole_year.rowCount() == 1 and unplanned.rowCount() == 0
    for slot in (quarter, unplanned, whole_year):
        slot.setSourceModel(None)  # detach before the model is freed (a proxy must not outlive its source)
