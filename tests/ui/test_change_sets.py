"""Models and pages follow the workspace's change sets on the real demo: each re-reads only the records a change
names (counted in SQL statements and service calls), whoever made the change (an undo step, or ``workspace.run``
as a phone's edit arrives), and a multi-person edit is one transaction and one undo step."""

import re
import threading
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from tests.ui.conftest import TODAY
from ui.commands import OperationCommand
from ui.main_window import MainWindow
from ui.models.actions_model import ORIGIN, OWNER, WHAT, ActionsModel
from ui.models.participants_model import ParticipantsModel
from ui.models.phase_models import TaskChecklistModel
from ui.pages.actions import ActionsPage
from ui.pages.overview import OverviewPage
from ui.pages.phase import STATUS_ORDER, PhasePage
from ui.pages.workshops import WorkshopsPage
from ui.workshop.attendance_model import AttendanceModel
from ui.workshop.list_model import WorkshopListModel
from ui.workspace import Workspace
from workshop_app.domain.enums import AttendanceStatus, PhaseStatus
from workshop_app.operations.changes import Kind
from workshop_app.operations.programme import AddAgendaItem, AddParticipant, CreateAction, SetAttendance
from workshop_app.operations.records import Delete, Update
from workshop_app.services import actions, boards, participants, workshops
from workshop_app.services import overview as overview_service
from workshop_app.storage.store import ProgrammeStore

MOBILISATION = "Mobilisation: quick wins and who does what"
PRESENT = AttendanceStatus.PRESENT.value
CHECKED = Qt.ItemDataRole.CheckStateRole


class Statements:
    """Every SQL statement and every COMMIT on a store's engine while the block runs."""

    def __init__(self, store: ProgrammeStore) -> None:
        self.store = store
        self.engine = store.engine
        self.sql: list[str] = []
        self.commits = 0

    def _statement(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        self.sql.append(" ".join(statement.split()))

    def _commit(self, _conn: Any) -> None:
        self.commits += 1

    def __enter__(self) -> "Statements":
        with self.store.transaction():
            pass  # the file's first write of a session stamps it once: not a step of what is measured
        event.listen(self.engine, "before_cursor_execute", self._statement)
        event.listen(self.engine, "commit", self._commit)
        return self

    def __exit__(self, *_exc: object) -> None:
        event.remove(self.engine, "before_cursor_execute", self._statement)
        event.remove(self.engine, "commit", self._commit)

    def selects_from(self, table: str) -> list[str]:
        return [s for s in self.sql if s.startswith("SELECT") and re.search(rf"\bFROM {table}\b", s)]


def names_ids(statement: str, table: str) -> bool:
    """Whether a SELECT picks rows of ``table`` by id (``WHERE table.id = ?`` or ``IN (...)``)."""
    where = statement.partition(" WHERE ")[2]
    return re.search(rf"\b{table}\.id (=|IN)", where) is not None


def spy(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[tuple[Any, ...]]:
    """Record every call of ``module.name`` (still calling it)."""
    calls: list[tuple[Any, ...]] = []
    original: Callable[..., Any] = getattr(module, name)

    def recorded(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, recorded)
    return calls


@pytest.fixture
def space(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    monkeypatch.setattr(workspace, "today", lambda: TODAY)
    return workspace


@pytest.fixture
def actions_page(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> ActionsPage:
    assert window.workspace is not None
    monkeypatch.setattr(window.workspace, "today", lambda: TODAY)
    page = window.show_page("actions")
    assert isinstance(page, ActionsPage)
    return page


@pytest.fixture
def action_model(space: Workspace) -> Iterator[ActionsModel]:
    made = ActionsModel(space)
    yield made
    made.setParent(None)


def mobilisation(workspace: Workspace) -> uuid.UUID:
    return next(w.id for w in workshops.list_workshops(workspace.store) if w.title == MOBILISATION)


def whats(model: ActionsModel) -> set[str]:
    return {model.action_at(row).what for row in range(model.rowCount())}


# --- the action plan -----------------------------------------------------------------------------------------


def test_deleting_26_actions_is_one_transaction_and_no_reload_of_the_plan(
    actions_page: ActionsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, workspace = actions_page, actions_page.workspace
    assert page.model.rowCount() == 26
    page.table.selectAll()
    ids = page.selected_ids()
    assert len(ids) == 26
    full_reads = spy(monkeypatch, actions, "list_actions")
    with Statements(workspace.store) as deleting:
        page.delete_actions(ids)
    assert deleting.commits == 1
    assert full_reads == []
    whole_table = [s for s in deleting.selects_from("action") if not names_ids(s, "action")]
    assert whole_table == [], whole_table  # every read of the action table names the ids it wants
    assert page.model.rowCount() == 0 and page.proxy.rowCount() == 0
    assert page.count_label.text() == "Shown: 0 of 0"
    assert workspace.undo_stack.count() == 1
    with Statements(workspace.store) as undoing:
        workspace.undo_stack.undo()
    assert undoing.commits == 1 and full_reads == []
    assert sorted(page.model.action_at(row).id for row in range(page.model.rowCount())) == sorted(ids)
    with Statements(workspace.store) as redoing:
        workspace.undo_stack.redo()
    assert redoing.commits == 1 and full_reads == [] and page.model.rowCount() == 0


def test_an_edit_keeps_the_selection_and_reads_only_its_action(
    actions_page: ActionsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = actions_page
    page.table.selectRow(3)
    chosen = page.selected_ids()
    index = page.model.index(page.model.row_of(chosen[0]) or 0, WHAT)
    full_reads = spy(monkeypatch, actions, "list_actions")
    with Statements(page.workspace.store) as editing:
        assert page.model.setData(index, "Rewritten in place")
    assert editing.commits == 1 and full_reads == []
    assert page.selected_ids() == chosen
    assert page.model.action_at(page.model.row_of(chosen[0]) or 0).what == "Rewritten in place"


def test_a_change_from_outside_the_undo_stack_reaches_the_model_on_the_next_turn(
    action_model: ActionsModel, space: Workspace, qtbot: QtBot
) -> None:
    before = action_model.rowCount()
    outcome = space.run(CreateAction("Sent from a phone", {"plan_year": 2026}))  # as the room server does
    assert action_model.rowCount() == before  # nothing is emitted inside the transaction's caller
    with qtbot.waitSignal(space.changes_applied, timeout=2000):
        pass
    assert action_model.rowCount() == before + 1 and "Sent from a phone" in whats(action_model)
    assert space.undo_stack.count() == 0  # not an undo step
    space.run(Update(Kind.ACTION, outcome.result.id, {"what": "Edited on the phone"}))
    qtbot.waitUntil(lambda: "Edited on the phone" in whats(action_model), timeout=2000)
    assert "Sent from a phone" not in whats(action_model)


def test_owners_and_workshops_are_re_read_by_id(
    action_model: ActionsModel, space: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = space.store
    owned = next(
        action_model.action_at(row) for row in range(action_model.rowCount()) if action_model.action_at(row).owner_id
    )
    origin = next(
        action_model.action_at(row) for row in range(action_model.rowCount()) if action_model.action_at(row).workshop_id
    )
    assert owned.owner_id is not None and origin.workshop_id is not None
    reads = [
        spy(monkeypatch, actions, "list_actions"),
        spy(monkeypatch, participants, "list_participants"),
        spy(monkeypatch, workshops, "list_workshops"),
    ]
    space.run(Update(Kind.PARTICIPANT, owned.owner_id, {"organisation": "Village association"}))
    space.run(Update(Kind.WORKSHOP, origin.workshop_id, {"title": "Renamed workshop"}))
    space.flush()
    assert reads == [[], [], []]
    owner_row = action_model.row_of(owned.id)
    assert owner_row is not None
    assert "Village association" in action_model.index(owner_row, OWNER).data(Qt.ItemDataRole.ToolTipRole)
    origin_row = action_model.row_of(origin.id)
    assert origin_row is not None and action_model.index(origin_row, ORIGIN).data() == "Renamed workshop"
    assert actions.get_actions(store, [owned.id]) == [action_model.action_at(owner_row)]


# --- attendance -----------------------------------------------------------------------------------------------


def test_attendance_of_several_people_is_one_transaction_and_one_undo_step(space: Workspace) -> None:
    model = AttendanceModel(space)
    workshop_id = mobilisation(space)
    model.set_workshop(workshop_id)
    before = {row.participant_id: row.status for row in workshops.list_attendance(space.store, workshop_id)}
    rows = [row for row in range(model.rowCount()) if model.status(row) != PRESENT][:5]
    assert len(rows) == 5
    with Statements(space.store) as marking:
        assert model.set_status(rows, PRESENT)
    assert marking.commits == 1 and space.undo_stack.count() == 1
    assert all(model.status(row) == PRESENT for row in rows)
    with Statements(space.store) as undoing:
        space.undo_stack.undo()
    assert undoing.commits == 1
    after_undo = {row.participant_id: row.status for row in workshops.list_attendance(space.store, workshop_id)}
    assert after_undo == before
    assert [model.status(row) for row in rows] == [before.get(model.record(row).id, "") for row in rows]
    with Statements(space.store) as redoing:
        space.undo_stack.redo()
    assert redoing.commits == 1 and all(model.status(row) == PRESENT for row in rows)
    model.setParent(None)


def test_attendance_follows_the_register_and_the_room(space: Workspace, qtbot: QtBot) -> None:
    model = AttendanceModel(space)
    workshop_id = mobilisation(space)
    model.set_workshop(workshop_id)
    rows = model.rowCount()
    added = space.run(AddParticipant("Aino Phone", {"organisation": "Youth council"})).result
    space.run(SetAttendance(workshop_id, {added.id: PRESENT}))
    qtbot.waitUntil(lambda: model.row_of(added.id) >= 0, timeout=2000)
    assert model.rowCount() == rows + 1 and model.status(model.row_of(added.id)) == PRESENT
    names = [model.record(row).display_name for row in range(model.rowCount())]
    assert names == sorted(names)  # in the register's order, as the core lists it
    space.run(Update(Kind.PARTICIPANT, added.id, {"display_name": "Aino Mobile"}))
    space.flush()
    assert model.record(model.row_of(added.id)).display_name == "Aino Mobile"
    model.setParent(None)


# --- the register and the workshop list -------------------------------------------------------------------------


def test_register_and_workshop_list_re_read_only_what_changed(
    space: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = ParticipantsModel(space)
    people.reload()
    listed = WorkshopListModel(space)
    listed.reload()
    full_reads = [
        spy(monkeypatch, participants, "list_participants"),
        spy(monkeypatch, workshops, "list_workshops"),
    ]
    person = people.person(0)
    space.run(Update(Kind.PARTICIPANT, person.id, {"role": "Chair"}))
    workshop = listed.record(0)
    space.run(Update(Kind.WORKSHOP, workshop.id, {"date": date(2031, 1, 1)}))  # now the last one
    space.flush()
    assert full_reads == [[], []]
    assert people.person(people.row_of(person.id) or 0).role == "Chair"
    assert listed.records()[-1].id == workshop.id
    assert [w.id for w in listed.records()] == [w.id for w in workshops.list_workshops(space.store)]
    people.setParent(None)
    listed.setParent(None)


def test_undo_and_redo_keep_the_register_in_step(space: Workspace) -> None:
    people = ParticipantsModel(space)
    people.reload()
    count = people.rowCount()
    command = OperationCommand(space, "Add", AddParticipant("Undo Person"))
    assert space.apply(command) and people.rowCount() == count + 1
    space.undo_stack.undo()
    assert people.rowCount() == count and people.row_of(command.created_id or uuid.uuid4()) is None
    space.undo_stack.redo()
    assert people.rowCount() == count + 1 and people.row_of(command.created_id or uuid.uuid4()) is not None
    people.setParent(None)


# --- pages decide from the kinds a change names ------------------------------------------------------------------


def test_the_overview_reloads_only_for_what_it_summarises(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    workspace = window.workspace
    assert workspace is not None
    page = window.show_page("overview")
    assert isinstance(page, OverviewPage) and page.isVisible()
    loads = spy(monkeypatch, overview_service, "load_overview")  # the page reads through current_overview
    workshop_id = mobilisation(workspace)
    person = participants.list_participants(workspace.store, include_erased=False)[0]
    workspace.run(SetAttendance(workshop_id, {person.id: PRESENT}))
    workspace.flush()
    assert loads == []  # attendance is not on the overview
    workspace.run(CreateAction("Counted on the overview"))
    workspace.flush()
    assert len(loads) == 1


def test_the_navigator_and_the_overview_share_one_read(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At start-up, and after a task check with the overview on screen, the navigator (tasks done per phase)
    and the overview page both show where the programme stands: one read of it serves both."""
    loads = spy(monkeypatch, overview_service, "load_overview")
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    page = window.page("overview")
    assert isinstance(page, OverviewPage) and page.isVisible() and page.overview is not None
    assert window.navigator is not None and window.navigator.item(3).text().endswith("2 of 8 tasks done")
    assert len(loads) == 1  # not one for the navigator and another for the page
    checklist = TaskChecklistModel(workspace, 3)
    checklist.reload()
    assert checklist.setData(checklist.index(2, TaskChecklistModel.DONE), 2, CHECKED)
    workspace.flush()
    assert window.navigator.item(3).text().endswith("3 of 8 tasks done")
    assert page.phase_model.phase(2).tasks_done == 3
    assert len(loads) == 2  # the change: one read again, for both
    checklist.setParent(None)


def test_selection_survives_a_removal_elsewhere(actions_page: ActionsPage) -> None:
    page = actions_page
    model = page.model
    page.table.selectRow(0)
    kept = page.selected_ids()
    other = next(model.action_at(row).id for row in range(model.rowCount()) if model.action_at(row).id not in kept)
    page.workspace.run(Delete(Kind.ACTION, (other,)))
    page.workspace.flush()
    assert model.row_of(other) is None and page.selected_ids() == kept


# --- phases and the navigator ------------------------------------------------------------------------------------


def test_starting_a_phase_is_one_transaction_and_one_undo_step(window: MainWindow) -> None:
    workspace = window.workspace
    assert workspace is not None
    page = window.show_page("phase-5")
    assert isinstance(page, PhasePage) and page.state is not None
    assert page.state.status == "not_started" and page.state.started_on is None
    with Statements(workspace.store) as starting:
        page._status_chosen(STATUS_ORDER.index(PhaseStatus.IN_PROGRESS))  # what choosing it in the combo does
    assert starting.commits == 1 and workspace.undo_stack.count() == 1
    state = page.state
    assert state.status == "in_progress" and state.started_on == workspace.today()  # status and date together
    with Statements(workspace.store) as undoing:
        workspace.undo_stack.undo()
    assert undoing.commits == 1
    assert page.state.status == "not_started" and page.state.started_on is None


def test_the_navigator_follows_task_checks_only(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    workspace = window.workspace
    assert workspace is not None and window.navigator is not None
    page = window.show_page("phase-5")
    assert isinstance(page, PhasePage)
    loads = spy(monkeypatch, overview_service, "load_overview")
    workshop_id = mobilisation(workspace)
    person = participants.list_participants(workspace.store, include_erased=False)[0]
    workspace.run(SetAttendance(workshop_id, {person.id: PRESENT}))
    workspace.flush()
    assert loads == []
    item = window.navigator.item(5)  # the overview, then phases 1 to 5
    assert item.text().endswith(f"0 of {page.task_model.rowCount()} tasks done")
    assert page.task_model.setData(page.task_model.index(0, TaskChecklistModel.DONE), 2, CHECKED)
    assert len(loads) == 1 and item.text().endswith(f"1 of {page.task_model.rowCount()} tasks done")


# --- the workshops page --------------------------------------------------------------------------------------------


def test_the_workshop_editor_follows_changes_from_the_room(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = window.workspace
    assert workspace is not None
    page = window.show_page("workshops")
    assert isinstance(page, WorkshopsPage)
    workshop_id = mobilisation(workspace)
    page.list.select(workshop_id)
    items = page.editor.agenda.model.rowCount()
    full_reads = [spy(monkeypatch, workshops, "list_workshops"), spy(monkeypatch, boards, "list_boards")]
    workspace.run(Update(Kind.WORKSHOP, workshop_id, {"title": "Renamed in the room"}))
    workspace.run(AddAgendaItem(workshop_id, "Added from a phone", planned_minutes=5))
    qtbot.waitUntil(lambda: page.editor.agenda.model.rowCount() == items + 1, timeout=2000)
    assert page.editor.heading.text() == "Renamed in the room"
    assert page.editor.details.title_edit.text() == "Renamed in the room"
    assert page.list.current_id() == workshop_id
    assert full_reads == [[], []]  # the list re-read one workshop; the boards tab did not read at all
    workspace.undo_stack.clear()


def test_a_phase_page_reads_activity_uses_in_one_query(window: MainWindow) -> None:
    workspace = window.workspace
    assert workspace is not None
    workshop_id = mobilisation(workspace)
    number = workshops.get_workshop(workspace.store, workshop_id).phase
    page = window.show_page(f"phase-{number}")
    assert isinstance(page, PhasePage)
    card = next(card for card in page.activity_cards if not card.used.isVisibleTo(page))
    with Statements(workspace.store) as adding:
        assert page.add_activity(card.activity.key, workshop_id)
    assert adding.commits == 1
    assert card.used.isVisibleTo(page) and MOBILISATION in card.used.text()
    assert len(adding.selects_from("agenda_item")) <= 2  # the add itself, then one read for every card
    workspace.undo_stack.undo()
    assert not card.used.isVisibleTo(page)


def test_a_change_committed_on_another_thread_reaches_the_model(
    action_model: ActionsModel, space: Workspace, qtbot: QtBot
) -> None:
    before = action_model.rowCount()
    phone = threading.Thread(target=lambda: space.run(CreateAction("From the room server's thread")))
    phone.start()
    phone.join(timeout=10)
    assert not phone.is_alive()
    qtbot.waitUntil(lambda: action_model.rowCount() == before + 1, timeout=2000)
    assert "From the room server's thread" in whats(action_model)
