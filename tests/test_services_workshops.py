"""Workshops with agenda, attendance and decisions: validation, ordering, undo values and durability."""

import uuid
from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any

import pytest

from tests.servicefixtures import (
    BAD_MULTILINE,
    BAD_SINGLE_LINE,
    BLANKS,
    WRONG_IDS,
    count,
    new_workshop,
    not_found,
    refused,
    reopened,
)
from tests.servicefixtures import shared_store as shared_store  # fixture
from tests.servicefixtures import store as store  # fixture
from workshop_app.services import actions, boards, participants, workshops
from workshop_app.services.validation import NAME_MAX, TEXT_MAX
from workshop_app.storage.store import ProgrammeStore


def titles(items: list[Any]) -> list[str]:
    return [item.title for item in items]


def assert_positions(items: list[Any]) -> None:
    """Positions are always 0..n-1 in list order: gaps or duplicates would make moves ambiguous."""
    assert [item.position for item in items] == list(range(len(items)))


# --- workshops -----------------------------------------------------------------------------------------------


def test_create_workshop_keeps_every_field(store: ProgrammeStore) -> None:
    made = workshops.create_workshop(
        store,
        " Kick-off ",
        2,
        held_on=date(2026, 4, 9),
        start_time=time(9, 30),
        end_time=time(15, 0),
        place="Kulturhuset, Tromsø",
        facilitator="Aino Mäkelä",
        purpose="Why we meet.\nWhat we want.",
    )
    with reopened(store) as again:
        stored = workshops.get_workshop(again, made.id)
        assert stored == made
        assert (stored.title, stored.phase, stored.date, stored.start_time, stored.end_time) == (
            "Kick-off",
            2,
            date(2026, 4, 9),
            time(9, 30),
            time(15, 0),
        )
        assert (stored.place, stored.facilitator, stored.purpose) == (
            "Kulturhuset, Tromsø",
            "Aino Mäkelä",
            "Why we meet.\nWhat we want.",
        )


def test_workshops_are_listed_by_date_with_undated_last(store: ProgrammeStore) -> None:
    new_workshop(store, "Undated B")
    new_workshop(store, "Late", held_on=date(2027, 1, 1))
    new_workshop(store, "Undated A")
    new_workshop(store, "Early", held_on=date(2026, 1, 1))
    new_workshop(store, "Also early", held_on=date(2026, 1, 1))
    assert titles(workshops.list_workshops(store)) == ["Also early", "Early", "Late", "Undated A", "Undated B"]


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        *[({"title": blank}, "title") for blank in BLANKS],
        *[({"title": bad}, "title") for bad in BAD_SINGLE_LINE.values()],
        ({"title": "t" * (NAME_MAX + 1)}, "title"),
        ({"phase": 0}, "phase"),
        ({"phase": 6}, "phase"),
        ({"phase": True}, "phase"),
        ({"phase": "3"}, "phase"),
        ({"held_on": "2026-04-09"}, "date"),
        ({"held_on": date(1800, 1, 1)}, "date"),
        ({"start_time": "09:00"}, "start_time"),
        ({"end_time": 900}, "end_time"),
        ({"start_time": time(10), "end_time": time(9)}, "end_time"),
        ({"start_time": time(10), "end_time": time(10)}, "end_time"),
        ({"place": "two\nlines"}, "place"),
        ({"facilitator": "f" * (NAME_MAX + 1)}, "facilitator"),
        ({"purpose": "p" * (TEXT_MAX + 1)}, "purpose"),
        *[({"purpose": bad}, "purpose") for bad in BAD_MULTILINE.values()],
    ],
)
def test_create_workshop_refuses_bad_input(shared_store: ProgrammeStore, arguments: dict[str, Any], field: str) -> None:
    arguments = {"title": "Workshop", "phase": 1, **arguments}
    refused(shared_store, field, lambda: workshops.create_workshop(shared_store, **arguments))


def test_update_workshop_returns_previous_values_that_undo_it(store: ProgrammeStore) -> None:
    made = new_workshop(store, start_time=time(9), end_time=time(12))
    changes = {"title": "Renamed", "phase": 4, "date": date(2026, 9, 9), "end_time": time(16)}
    previous = workshops.update_workshop(store, made.id, changes)
    assert previous == {"title": "Kick-off", "phase": 1, "date": None, "end_time": time(12)}
    assert workshops.update_workshop(store, made.id, previous) == changes
    with reopened(store) as again:
        assert workshops.get_workshop(again, made.id).model_dump(exclude={"updated_at"}) == made.model_dump(
            exclude={"updated_at"}
        )


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"end_time": time(8)}, "end_time"),
        ({"start_time": time(12, 30)}, "end_time"),
        ({"title": ""}, "title"),
        ({"phase": 6}, "phase"),
        ({"date": "tomorrow"}, "date"),
        ({"programme_id": uuid.uuid4()}, "programme_id"),
        ({"title": "Fine", "place": "\x00"}, "place"),
    ],
)
def test_update_workshop_refuses_bad_changes(store: ProgrammeStore, changes: dict[str, Any], field: str) -> None:
    """The time span is checked against the stored times too, and nothing of a refused change is kept."""
    made = new_workshop(store, start_time=time(9), end_time=time(12))
    refused(store, field, lambda: workshops.update_workshop(store, made.id, changes))
    assert workshops.get_workshop(store, made.id).title == "Kick-off"


def test_delete_workshop_removes_its_parts_but_keeps_actions(store: ProgrammeStore) -> None:
    made = new_workshop(store)
    person = participants.add_participant(store, "Aino")
    workshops.add_agenda_item(store, made.id, "Welcome")
    workshops.add_decision(store, made.id, "We go ahead.")
    workshops.set_attendance(store, made.id, person.id, "present")
    board = boards.create_board(store, made.id, "Ideas")
    boards.add_note(store, board.id, "Idea", 0, 0)
    action = actions.create_action(store, "Follow up", workshop_id=made.id, board_id=board.id)
    workshops.delete_workshop(store, made.id)
    with reopened(store) as again:
        assert workshops.list_workshops(again) == []
        for table in ("agenda_item", "decision", "attendance", "board", "note"):
            assert count(again, table) == 0, table
        kept = actions.get_action(again, action.id)
        assert (kept.what, kept.workshop_id, kept.board_id) == ("Follow up", None, None)
        assert participants.get_participant(again, person.id).display_name == "Aino"


@pytest.mark.parametrize("wrong", WRONG_IDS)
def test_unknown_workshops_are_not_found(store: ProgrammeStore, wrong: Any) -> None:
    new_workshop(store)
    person = participants.add_participant(store, "Aino")
    changes: list[Callable[[], Any]] = [
        lambda: workshops.update_workshop(store, wrong, {"title": "x"}),
        lambda: workshops.delete_workshop(store, wrong),
        lambda: workshops.get_workshop(store, wrong),
        lambda: workshops.add_agenda_item(store, wrong, "Item"),
        lambda: workshops.add_decision(store, wrong, "Decision"),
        lambda: workshops.set_attendance(store, wrong, person.id, "present"),
        lambda: boards.create_board(store, wrong, "Board"),
    ]
    for change in changes:
        not_found(store, change)


# --- agenda --------------------------------------------------------------------------------------------------


def agenda(store: ProgrammeStore, workshop_id: uuid.UUID, *names: str) -> list[uuid.UUID]:
    return [workshops.add_agenda_item(store, workshop_id, name).id for name in names]


def test_agenda_items_append_and_insert_at_an_index(store: ProgrammeStore) -> None:
    made = new_workshop(store)
    agenda(store, made.id, "B", "D")
    workshops.add_agenda_item(store, made.id, "A", index=0)
    workshops.add_agenda_item(store, made.id, "C", index=2)
    workshops.add_agenda_item(store, made.id, "E", index=99)
    workshops.add_agenda_item(store, made.id, "Start", index=-3)
    items = workshops.list_agenda(store, made.id)
    assert titles(items) == ["Start", "A", "B", "C", "D", "E"]
    assert_positions(items)
    with reopened(store) as again:
        assert titles(workshops.list_agenda(again, made.id)) == ["Start", "A", "B", "C", "D", "E"]


def test_agenda_item_keeps_every_field_and_minutes_add_up(store: ProgrammeStore) -> None:
    made = new_workshop(store)
    item = workshops.add_agenda_item(
        store, made.id, "Placement", planned_minutes=45, minutes_text="Said:\n- a\n- b", activity_key="p2.x"
    )
    workshops.add_agenda_item(store, made.id, "Break", planned_minutes=15)
    assert workshops.agenda_minutes(store, made.id) == 60
    assert workshops.agenda_minutes(store, uuid.uuid4()) == 0
    with reopened(store) as again:
        stored = workshops.list_agenda(again, made.id)[0]
        assert stored == item
        assert (stored.planned_minutes, stored.minutes_text, stored.activity_key) == (45, "Said:\n- a\n- b", "p2.x")


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        *[({"title": blank}, "title") for blank in BLANKS],
        *[({"title": bad}, "title") for bad in BAD_SINGLE_LINE.values()],
        ({"planned_minutes": -1}, "planned_minutes"),
        ({"planned_minutes": 24 * 60 + 1}, "planned_minutes"),
        ({"planned_minutes": True}, "planned_minutes"),
        ({"planned_minutes": "30"}, "planned_minutes"),
        ({"planned_minutes": 30.0}, "planned_minutes"),
        ({"minutes_text": "m" * (TEXT_MAX + 1)}, "minutes_text"),
        *[({"minutes_text": bad}, "minutes_text") for bad in BAD_MULTILINE.values()],
        ({"activity_key": "a\nb"}, "activity_key"),
        ({"index": "1"}, "position"),
        ({"index": True}, "position"),
    ],
)
def test_add_agenda_item_refuses_bad_input(shared_store: ProgrammeStore, arguments: dict[str, Any], field: str) -> None:
    made = new_workshop(shared_store)
    agenda(shared_store, made.id, "First")
    arguments = {"title": "Item", **arguments}
    refused(shared_store, field, lambda: workshops.add_agenda_item(shared_store, made.id, **arguments))


@pytest.mark.parametrize(
    ("index", "expected"),
    [(0, "CABD"), (1, "ACBD"), (3, "ABDC"), (99, "ABDC"), (-1, "CABD"), (2, "ABCD")],
)
def test_move_agenda_item_clamps_and_returns_the_old_index(store: ProgrammeStore, index: int, expected: str) -> None:
    made = new_workshop(store)
    ids = agenda(store, made.id, *"ABCD")
    assert workshops.move_agenda_item(store, ids[2], index) == 2
    with reopened(store) as again:
        items = workshops.list_agenda(again, made.id)
        assert "".join(titles(items)) == expected
        assert_positions(items)
        new_index = [item.id for item in items].index(ids[2])
        assert workshops.move_agenda_item(again, ids[2], 2) == new_index
        assert "".join(titles(workshops.list_agenda(again, made.id))) == "ABCD"


def test_move_agenda_item_refuses_a_non_integer_index(store: ProgrammeStore) -> None:
    made = new_workshop(store)
    ids = agenda(store, made.id, "A", "B")
    for bad in ("1", 1.0, None, True):
        refused(store, "position", lambda bad=bad: workshops.move_agenda_item(store, ids[0], bad))


def test_delete_agenda_item_renumbers_the_rest(store: ProgrammeStore) -> None:
    made = new_workshop(store)
    ids = agenda(store, made.id, *"ABCDE")
    removed = workshops.delete_agenda_item(store, ids[1])
    assert removed.title == "B" and removed.position == 1
    workshops.delete_agenda_item(store, ids[0])
    workshops.delete_agenda_item(store, ids[4])
    with reopened(store) as again:
        items = workshops.list_agenda(again, made.id)
        assert titles(items) == ["C", "D"]
        assert_positions(items)


def test_agendas_of_different_workshops_are_ordered_separately(store: ProgrammeStore) -> None:
    first, second = new_workshop(store, "One"), new_workshop(store, "Two")
    agenda(store, first.id, "A1", "A2")
    moved = agenda(store, second.id, "B1", "B2", "B3")
    workshops.move_agenda_item(store, moved[2], 0)
    assert titles(workshops.list_agenda(store, first.id)) == ["A1", "A2"]
    assert titles(workshops.list_agenda(store, second.id)) == ["B3", "B1", "B2"]
    assert_positions(workshops.list_agenda(store, first.id))


def test_update_agenda_item_returns_previous_values(store: ProgrammeStore) -> None:
    made = new_workshop(store)
    (item,) = agenda(store, made.id, "Welcome")
    previous = workshops.update_agenda_item(store, item, {"minutes_text": "Everyone came.", "planned_minutes": 10})
    assert previous == {"minutes_text": "", "planned_minutes": 0}
    refused(store, "position", lambda: workshops.update_agenda_item(store, item, {"position": 5}))
    refused(store, "title", lambda: workshops.update_agenda_item(store, item, {"title": " "}))
    with reopened(store) as again:
        assert workshops.list_agenda(again, made.id)[0].minutes_text == "Everyone came."
        workshops.update_agenda_item(again, item, previous)
        assert workshops.list_agenda(again, made.id)[0].minutes_text == ""


@pytest.mark.parametrize("wrong", WRONG_IDS)
def test_unknown_agenda_items_are_not_found(store: ProgrammeStore, wrong: Any) -> None:
    agenda(store, new_workshop(store).id, "A")
    not_found(store, lambda: workshops.update_agenda_item(store, wrong, {"title": "x"}))
    not_found(store, lambda: workshops.move_agenda_item(store, wrong, 0))
    not_found(store, lambda: workshops.delete_agenda_item(store, wrong))


# --- attendance ----------------------------------------------------------------------------------------------


def test_attendance_is_set_changed_and_removed_returning_the_old_status(store: ProgrammeStore) -> None:
    made = new_workshop(store)
    aino, bjorn = participants.add_participant(store, "Aino"), participants.add_participant(store, "Bjørn")
    assert workshops.set_attendance(store, made.id, aino.id, "present") is None
    assert workshops.set_attendance(store, made.id, bjorn.id, "apologies") is None
    assert workshops.set_attendance(store, made.id, aino.id, "absent") == "present"
    with reopened(store) as again:
        assert {(a.participant_id, a.status) for a in workshops.list_attendance(again, made.id)} == {
            (aino.id, "absent"),
            (bjorn.id, "apologies"),
        }
        assert workshops.set_attendance(again, made.id, bjorn.id, None) == "apologies"
        assert workshops.set_attendance(again, made.id, bjorn.id, None) is None
        assert [a.participant_id for a in workshops.list_attendance(again, made.id)] == [aino.id]


@pytest.mark.parametrize("status", ["late", "", "PRESENT", 1, True])
def test_set_attendance_refuses_unknown_statuses(store: ProgrammeStore, status: Any) -> None:
    made = new_workshop(store)
    person = participants.add_participant(store, "Aino")
    refused(store, "status", lambda: workshops.set_attendance(store, made.id, person.id, status))


@pytest.mark.parametrize("wrong", WRONG_IDS)
def test_attendance_of_an_unknown_person_is_not_found(store: ProgrammeStore, wrong: Any) -> None:
    made = new_workshop(store)
    not_found(store, lambda: workshops.set_attendance(store, made.id, wrong, "present"))


# --- decisions -----------------------------------------------------------------------------------------------


def decide(store: ProgrammeStore, workshop_id: uuid.UUID, *texts: str) -> list[uuid.UUID]:
    return [workshops.add_decision(store, workshop_id, text).id for text in texts]


def test_decisions_are_added_moved_and_deleted_in_order(store: ProgrammeStore) -> None:
    made = new_workshop(store)
    ids = decide(store, made.id, "A", "B", "C\nwith details", "D")
    assert workshops.move_decision(store, ids[3], 0) == 3
    assert workshops.move_decision(store, ids[0], 100) == 1
    assert [d.text[0] for d in workshops.list_decisions(store, made.id)] == list("DBCA")
    removed = workshops.delete_decision(store, ids[1])
    assert removed.text == "B"
    with reopened(store) as again:
        decisions = workshops.list_decisions(again, made.id)
        assert [d.text for d in decisions] == ["D", "C\nwith details", "A"]
        assert_positions(decisions)


def test_update_decision_returns_previous_text(store: ProgrammeStore) -> None:
    made = new_workshop(store)
    (decision,) = decide(store, made.id, "We go ahead.")
    assert workshops.update_decision(store, decision, {"text": " We wait. "}) == {"text": "We go ahead."}
    with reopened(store) as again:
        assert workshops.list_decisions(again, made.id)[0].text == "We wait."


@pytest.mark.parametrize(
    "text", [*BLANKS, *BAD_MULTILINE.values(), "d" * (TEXT_MAX + 1)], ids=lambda value: repr(value)[:20]
)
def test_decisions_refuse_bad_text(shared_store: ProgrammeStore, text: Any) -> None:
    made = new_workshop(shared_store)
    (decision,) = decide(shared_store, made.id, "Kept")
    refused(shared_store, "text", lambda: workshops.add_decision(shared_store, made.id, text))
    refused(shared_store, "text", lambda: workshops.update_decision(shared_store, decision, {"text": text}))


def test_the_longest_decision_is_kept(store: ProgrammeStore) -> None:
    made = new_workshop(store)
    text = ("Å" * 99 + "\n") * (TEXT_MAX // 100)
    decide(store, made.id, text)
    with reopened(store) as again:
        assert workshops.list_decisions(again, made.id)[0].text == text.strip()


@pytest.mark.parametrize("wrong", WRONG_IDS)
def test_unknown_decisions_are_not_found(store: ProgrammeStore, wrong: Any) -> None:
    decide(store, new_workshop(store).id, "A")
    not_found(store, lambda: workshops.update_decision(store, wrong, {"text": "x"}))
    not_found(store, lambda: workshops.move_decision(store, wrong, 0))
    not_found(store, lambda: workshops.delete_decision(store, wrong))


@pytest.mark.parametrize("service", ["workshop", "participant", "action"])
def test_a_datetime_is_not_a_date(store: ProgrammeStore, service: str) -> None:
    """datetime is a subclass of date: at midnight it is silently truncated, otherwise building the view fails."""
    moment = datetime(2026, 4, 9, 12, 30)
    change: dict[str, Callable[[], Any]] = {
        "workshop": lambda: workshops.create_workshop(store, "W", 1, held_on=moment),
        "participant": lambda: participants.add_participant(store, "Aino", consent_date=moment),
        "action": lambda: actions.create_action(store, "Do it", due_date=moment),
    }
    refused(store, {"workshop": "date", "participant": "consent_date", "action": "due_date"}[service], change[service])
