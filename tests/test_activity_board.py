"""An activity that uses a board preset brings its board along when put on an agenda (once per workshop),
and a new workshop can be made with its boards; each is one transaction and one undo step."""

from tests.servicefixtures import count, new_workshop
from tests.servicefixtures import store as store  # fixture
from workshop_app.operations.activity import AddActivity, WorkshopWithBoards
from workshop_app.operations.base import run
from workshop_app.operations.programme import AgendaEntry, CreateWorkshop
from workshop_app.services import boards, workshops
from workshop_app.storage.store import ProgrammeStore


def test_an_activity_with_a_preset_makes_its_board_once_and_undo_takes_both(store: ProgrammeStore) -> None:
    workshop = new_workshop(store)
    first = run(store, AddActivity(workshop.id, "Scenarios", 45, "scenarios", "valuma", "VALUMA board"))
    [board] = boards.list_boards(store, workshop.id)
    assert (board.title, board.preset_key) == ("VALUMA board", "valuma")
    run(store, AddActivity(workshop.id, "Scenarios again", 30, "scenarios", "valuma", "VALUMA board"))
    assert len(boards.list_boards(store, workshop.id)) == 1  # the workshop has that board already
    assert len(workshops.list_agenda(store, workshop.id)) == 2
    assert first.inverse is not None
    run(store, first.inverse)
    assert boards.list_boards(store, workshop.id) == []
    assert [item.title for item in workshops.list_agenda(store, workshop.id)] == ["Scenarios again"]


def test_an_activity_without_a_preset_makes_no_board(store: ProgrammeStore) -> None:
    workshop = new_workshop(store)
    run(store, AddActivity(workshop.id, "Walk", 60, "walk"))
    assert count(store, "board") == 0


def test_a_workshop_with_its_boards_is_one_step(store: ProgrammeStore) -> None:
    made = run(
        store,
        WorkshopWithBoards(
            CreateWorkshop("Focus group", 3, agenda=(AgendaEntry("Scenarios", planned_minutes=45),)),
            (("Impact and effort", "impact_effort"),),
        ),
    )
    [board] = boards.list_boards(store, made.result.id)
    assert board.preset_key == "impact_effort"
    assert made.inverse is not None
    run(store, made.inverse)
    assert count(store, "workshop") == 0 and count(store, "board") == 0 and count(store, "agenda_item") == 0
