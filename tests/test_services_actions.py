"""The action plan: validated fields, done dates, filters, and actions made from decisions, notes and pros/cons."""

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import pytest

from tests.servicefixtures import (
    BAD_MULTILINE,
    BAD_SINGLE_LINE,
    BLANKS,
    WRONG_IDS,
    new_board,
    new_workshop,
    not_found,
    refused,
    reopened,
)
from tests.servicefixtures import shared_store as shared_store  # fixture
from tests.servicefixtures import store as store  # fixture
from workshop_app.domain.models import ActionView
from workshop_app.services import actions, boards, participants, workshops
from workshop_app.services.validation import NAME_MAX, NOTE_MAX, TEXT_MAX
from workshop_app.storage.store import ProgrammeStore


def utc_today_around(change: Callable[[], ActionView]) -> tuple[ActionView, set[date]]:
    """Run ``change`` and return the UTC dates it may have seen (two if it ran across midnight)."""
    before = datetime.now(UTC).date()
    result = change()
    return result, {before, datetime.now(UTC).date()}


def test_create_action_keeps_every_field(store: ProgrammeStore) -> None:
    person = participants.add_participant(store, "Aino")
    workshop = new_workshop(store)
    board = boards.create_board(store, workshop.id, "Ideas")
    note = boards.add_note(store, board.id, "Ferry", 0, 0)
    fields: dict[str, Any] = {
        "why": "Because\nit matters",
        "owner": "Aino",
        "owner_id": person.id,
        "partners": "Municipality, harbour",
        "due_date": date(2026, 12, 1),
        "status": "in_progress",
        "priority": 1,
        "phase": 3,
        "plan_year": 2027,
        "plan_quarter": 2,
        "workshop_id": workshop.id,
        "board_id": board.id,
        "note_id": note.id,
    }
    made = actions.create_action(store, " Start the ferry pilot ", **fields)
    with reopened(store) as again:
        stored = actions.get_action(again, made.id)
        assert stored == made
        assert stored.what == "Start the ferry pilot"
        assert {name: getattr(stored, name) for name in fields} == fields
        assert stored.done_date is None


def test_defaults_of_a_new_action(store: ProgrammeStore) -> None:
    made = actions.create_action(store, "Call the harbour")
    assert (made.status, made.priority, made.phase, made.owner_id, made.due_date) == ("open", 2, None, None, None)


def test_done_sets_the_done_date_and_reopening_clears_it(store: ProgrammeStore) -> None:
    made, today = utc_today_around(lambda: actions.create_action(store, "Done at once", status="done"))
    assert made.done_date in today
    explicit = actions.create_action(store, "Done earlier", status="done", done_date=date(2026, 1, 2))
    assert explicit.done_date == date(2026, 1, 2)
    previous = actions.update_action(store, explicit.id, {"status": "open"})
    assert previous == {"status": "done", "done_date": date(2026, 1, 2)}
    assert actions.get_action(store, explicit.id).done_date is None
    # Undo puts the old day back, not today's.
    actions.update_action(store, explicit.id, previous)
    with reopened(store) as again:
        restored = actions.get_action(again, explicit.id)
        assert (restored.status, restored.done_date) == ("done", date(2026, 1, 2))


def test_finishing_an_action_returns_what_undoes_it(store: ProgrammeStore) -> None:
    made = actions.create_action(store, "Finish me")
    previous = actions.update_action(store, made.id, {"status": "done"})
    assert previous == {"status": "open", "done_date": None}
    assert actions.get_action(store, made.id).done_date is not None
    actions.update_action(store, made.id, previous)
    with reopened(store) as again:
        stored = actions.get_action(again, made.id)
        assert (stored.status, stored.done_date) == ("open", None)


def test_a_done_date_on_an_open_action_is_not_kept(store: ProgrammeStore) -> None:
    assert actions.create_action(store, "Open", done_date=date(2026, 1, 1)).done_date is None
    for status in ("in_progress", "dropped"):
        made = actions.create_action(store, status, status="done")
        actions.update_action(store, made.id, {"status": status})
        assert actions.get_action(store, made.id).done_date is None


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        *[({"what": blank}, "what") for blank in BLANKS],
        *[({"what": bad}, "what") for bad in BAD_MULTILINE.values()],
        ({"what": "w" * (NOTE_MAX + 1)}, "what"),
        ({"why": "w" * (TEXT_MAX + 1)}, "why"),
        *[({"owner": bad}, "owner") for bad in BAD_SINGLE_LINE.values()],
        ({"owner": "o" * (NAME_MAX + 1)}, "owner"),
        ({"partners": "p\nq"}, "partners"),
        ({"partners": "p" * (NOTE_MAX + 1)}, "partners"),
        ({"due_date": "2026-12-01"}, "due_date"),
        ({"due_date": date(2300, 1, 1)}, "due_date"),
        ({"done_date": "yesterday"}, "done_date"),
        ({"status": "finished"}, "status"),
        ({"status": None}, "status"),
        ({"priority": 0}, "priority"),
        ({"priority": 4}, "priority"),
        ({"priority": True}, "priority"),
        ({"priority": "1"}, "priority"),
        ({"phase": 0}, "phase"),
        ({"phase": 6}, "phase"),
        ({"phase": "3"}, "phase"),
        ({"plan_year": 1899}, "plan_year"),
        ({"plan_year": 2026.5}, "plan_year"),
        ({"plan_quarter": 0}, "plan_quarter"),
        ({"plan_quarter": 5}, "plan_quarter"),
        ({"plan_quarter": False}, "plan_quarter"),
        ({"programme_id": uuid.uuid4()}, "programme_id"),
        ({"created_at": datetime.now(UTC)}, "created_at"),
    ],
)
def test_create_action_refuses_bad_fields(shared_store: ProgrammeStore, fields: dict[str, Any], field: str) -> None:
    arguments = {"what": "Do it", **fields}
    refused(shared_store, field, lambda: actions.create_action(shared_store, **arguments))


@pytest.mark.parametrize("origin", ["owner_id", "workshop_id", "board_id", "note_id"])
@pytest.mark.parametrize("wrong", WRONG_IDS)
def test_create_action_with_an_unknown_reference_is_not_found(
    shared_store: ProgrammeStore, origin: str, wrong: Any
) -> None:
    not_found(shared_store, lambda: actions.create_action(shared_store, "Do it", **{origin: wrong}))


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"what": " "}, "what"),
        ({"status": "closed"}, "status"),
        ({"priority": 9}, "priority"),
        ({"plan_quarter": 5}, "plan_quarter"),
        ({"workshop_id": None}, "workshop_id"),
        ({"note_id": None}, "note_id"),
        ({"what": "Fine", "due_date": "soon"}, "due_date"),
    ],
)
def test_update_action_refuses_bad_changes_and_origin_changes(
    store: ProgrammeStore, changes: dict[str, Any], field: str
) -> None:
    """Where an action came from is fixed once made; a refused change leaves the action as it was."""
    made = actions.create_action(store, "Do it", workshop_id=new_workshop(store).id)
    refused(store, field, lambda: actions.update_action(store, made.id, changes))
    assert actions.get_action(store, made.id) == made


def test_update_action_returns_previous_values_that_undo_it(store: ProgrammeStore) -> None:
    person = participants.add_participant(store, "Aino")
    made = actions.create_action(store, "Do it", due_date=date(2026, 5, 1))
    changes = {"what": "Do it well", "owner_id": person.id, "due_date": None, "priority": 3, "plan_quarter": 4}
    previous = actions.update_action(store, made.id, changes)
    assert previous == {
        "what": "Do it",
        "owner_id": None,
        "due_date": date(2026, 5, 1),
        "priority": 2,
        "plan_quarter": None,
    }
    with reopened(store) as again:
        assert {name: getattr(actions.get_action(again, made.id), name) for name in changes} == changes
        actions.update_action(again, made.id, previous)
        restored = actions.get_action(again, made.id)
        assert restored.model_dump(exclude={"updated_at"}) == made.model_dump(exclude={"updated_at"})


@pytest.mark.parametrize("wrong", WRONG_IDS)
def test_unknown_actions_are_not_found(store: ProgrammeStore, wrong: Any) -> None:
    made = actions.create_action(store, "Do it")
    not_found(store, lambda: actions.update_action(store, wrong, {"what": "x"}))
    not_found(store, lambda: actions.delete_action(store, wrong))
    not_found(store, lambda: actions.get_action(store, wrong))
    not_found(store, lambda: actions.update_action(store, made.id, {"owner_id": wrong}))
    not_found(store, lambda: actions.action_from_decision(store, wrong))
    not_found(store, lambda: actions.action_from_note(store, wrong))
    not_found(store, lambda: actions.action_from_pro_con(store, wrong))


def test_delete_action_returns_it(store: ProgrammeStore) -> None:
    made = actions.create_action(store, "Do it")
    assert actions.delete_action(store, made.id) == made
    with reopened(store) as again:
        assert actions.list_actions(again) == []


# --- lists and filters ---------------------------------------------------------------------------------------


def plan(store: ProgrammeStore) -> dict[str, uuid.UUID]:
    """A small action plan around 1 June 2026 covering every filter."""
    rows: dict[str, dict[str, Any]] = {
        "late open": {"due_date": date(2026, 5, 1), "phase": 2, "plan_year": 2026},
        "late busy": {"due_date": date(2026, 5, 31), "status": "in_progress", "priority": 1, "phase": 3},
        "late done": {"due_date": date(2026, 4, 1), "status": "done", "phase": 2, "plan_year": 2026},
        "late dropped": {"due_date": date(2026, 4, 2), "status": "dropped"},
        "due today": {"due_date": date(2026, 6, 1), "plan_year": 2027},
        "future": {"due_date": date(2026, 9, 1), "priority": 3, "phase": 3},
        "undated": {"priority": 1},
    }
    return {what: actions.create_action(store, what, **fields).id for what, fields in rows.items()}


def whats(rows: list[ActionView]) -> list[str]:
    return [row.what for row in rows]


def test_actions_are_listed_by_due_date_with_undated_last(store: ProgrammeStore) -> None:
    plan(store)
    actions.create_action(store, "same day, high", due_date=date(2026, 5, 1), priority=1)
    assert whats(actions.list_actions(store)) == [
        "late done",
        "late dropped",
        "same day, high",
        "late open",
        "late busy",
        "due today",
        "future",
        "undated",
    ]


def test_list_actions_filters(store: ProgrammeStore) -> None:
    plan(store)
    with reopened(store) as again:
        assert whats(actions.list_actions(again, overdue_on=date(2026, 6, 1))) == ["late open", "late busy"]
        assert whats(actions.list_actions(again, overdue_on=date(2026, 5, 1))) == []
        assert whats(actions.list_actions(again, status="done")) == ["late done"]
        assert whats(actions.list_actions(again, status="in_progress")) == ["late busy"]
        assert whats(actions.list_actions(again, phase=2)) == ["late done", "late open"]
        assert whats(actions.list_actions(again, plan_year=2026)) == ["late done", "late open"]
        assert whats(actions.list_actions(again, phase=3, status="open")) == ["future"]
        assert whats(actions.list_actions(again, plan_year=2030)) == []
        for row in actions.list_actions(again):
            assert row.is_overdue(date(2026, 6, 1)) == (row.what in ("late open", "late busy"))


def test_list_actions_refuses_an_unknown_status(store: ProgrammeStore) -> None:
    refused(store, "status", lambda: actions.list_actions(store, status="late"))


# --- actions from decisions, notes, pros and cons ------------------------------------------------------------


def test_an_action_from_a_decision_carries_its_workshop_and_phase(store: ProgrammeStore) -> None:
    workshop = new_workshop(store, phase=2, held_on=date(2027, 3, 3))
    decision = workshops.add_decision(store, workshop.id, "We open a\ncommunity café.")
    made = actions.action_from_decision(store, decision.id)
    with reopened(store) as again:
        stored = actions.get_action(again, made.id)
        assert (stored.what, stored.workshop_id, stored.phase, stored.plan_year) == (
            "We open a\ncommunity café.",
            workshop.id,
            2,
            2027,
        )
        assert (stored.board_id, stored.note_id, stored.status) == (None, None, "open")


def test_an_action_from_an_undated_workshop_is_planned_for_this_year(store: ProgrammeStore) -> None:
    decision = workshops.add_decision(store, new_workshop(store).id, "Soon")
    made, today = utc_today_around(lambda: actions.action_from_decision(store, decision.id))
    assert made.plan_year in {day.year for day in today}


def test_an_action_from_a_note_carries_note_board_and_workshop(store: ProgrammeStore) -> None:
    workshop = new_workshop(store, phase=4)
    board = boards.create_board(store, workshop.id, "Ideas")
    note = boards.add_note(store, board.id, "Benches by the river", 0.2, 0.2)
    other = boards.add_note(store, board.id, "No action", -0.2, 0.2)
    made = actions.action_from_note(store, note.id)
    assert (made.what, made.note_id, made.board_id, made.workshop_id, made.phase) == (
        "Benches by the river",
        note.id,
        board.id,
        workshop.id,
        4,
    )
    with reopened(store) as again:
        assert actions.notes_with_actions(again, board.id) == {note.id}
        assert other.id not in actions.notes_with_actions(again, board.id)
        assert actions.notes_with_actions(again, uuid.uuid4()) == set()


def test_an_action_from_a_pro_con_carries_its_origin(store: ProgrammeStore) -> None:
    board = new_board(store, preset_key="valuma")
    note = boards.add_note(store, board.id, "Idea", 0, 0)
    on_note = boards.add_pro_con(store, board.id, "con", "Costly", note_id=note.id)
    on_quadrant = next(item for item in boards.list_pro_cons(store, board.id) if item.quadrant == "top_left")
    from_note = actions.action_from_pro_con(store, on_note.id)
    from_quadrant = actions.action_from_pro_con(store, on_quadrant.id)
    assert (from_note.what, from_note.note_id, from_note.board_id) == ("Costly", note.id, board.id)
    assert (from_quadrant.what, from_quadrant.note_id, from_quadrant.board_id) == (on_quadrant.text, None, board.id)
    assert from_note.workshop_id == from_quadrant.workshop_id == board.workshop_id
    assert from_note.phase == from_quadrant.phase == 1
    assert actions.notes_with_actions(store, board.id) == {note.id}


def test_deleting_the_origin_keeps_the_action_unlinked(store: ProgrammeStore) -> None:
    board = new_board(store)
    note = boards.add_note(store, board.id, "Idea", 0, 0)
    made = actions.action_from_note(store, note.id)
    boards.delete_note(store, note.id)
    with reopened(store) as again:
        kept = actions.get_action(again, made.id)
        assert (kept.what, kept.note_id, kept.board_id) == ("Idea", None, board.id)


def test_an_action_can_be_made_from_any_valid_decision(store: ProgrammeStore) -> None:
    workshop = new_workshop(store)
    decision = workshops.add_decision(store, workshop.id, "Long decision. " * 100)
    assert actions.action_from_decision(store, decision.id).what.startswith("Long decision.")
