"""Phase states, the method-task checklist and criterion ratings: validated, durable, undoable."""

from datetime import date
from typing import Any

import pytest

from tests.servicefixtures import BAD_MULTILINE, BAD_SINGLE_LINE, WRONG_IDS, count, not_found, refused, reopened
from tests.servicefixtures import shared_store as shared_store  # fixture
from tests.servicefixtures import store as store  # fixture
from workshop_app.services import phases, programme
from workshop_app.services.validation import NAME_MAX, TEXT_MAX
from workshop_app.storage.store import ProgrammeStore

TASK = "p1.identify_knowledge_needs"
CRITERION = "p1.actor_map_exists"


def test_update_phase_is_durable_and_undoable(store: ProgrammeStore) -> None:
    changes = {"status": "done", "started_on": date(2026, 1, 5), "completed_on": date(2026, 6, 30), "notes": "A\nB"}
    previous = phases.update_phase(store, 1, changes)
    assert previous == {"status": "not_started", "started_on": None, "completed_on": None, "notes": ""}
    with reopened(store) as again:
        state = phases.list_phase_states(again)[0]
        assert (state.phase, state.status, state.started_on, state.completed_on, state.notes) == (
            1,
            "done",
            date(2026, 1, 5),
            date(2026, 6, 30),
            "A\nB",
        )
        assert phases.update_phase(again, 1, previous) == changes
        assert phases.list_phase_states(again)[0].status == "not_started"


def test_a_phase_may_start_and_end_on_the_same_day(store: ProgrammeStore) -> None:
    phases.update_phase(store, 5, {"started_on": date(2027, 3, 1), "completed_on": date(2027, 3, 1)})
    assert phases.list_phase_states(store)[4].completed_on == date(2027, 3, 1)


@pytest.mark.parametrize("number", [0, 6, -1, True, "1", 1.0, None])
def test_update_phase_refuses_phases_outside_one_to_five(shared_store: ProgrammeStore, number: Any) -> None:
    refused(shared_store, "phase", lambda: phases.update_phase(shared_store, number, {"status": "done"}))


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"status": "finished"}, "status"),
        ({"status": None}, "status"),
        ({"status": "DONE"}, "status"),
        ({"started_on": "2026-01-01"}, "started_on"),
        ({"started_on": 20260101}, "started_on"),
        ({"completed_on": date(1899, 12, 31)}, "completed_on"),
        ({"notes": "n" * (TEXT_MAX + 1)}, "notes"),
        *[({"notes": bad}, "notes") for bad in BAD_MULTILINE.values()],
        ({"phase": 2}, "phase"),
        ({"started_on": date(2026, 5, 2), "completed_on": date(2026, 5, 1)}, "completed_on"),
        ({"status": "done", "notes": "\x00"}, "notes"),
    ],
)
def test_update_phase_refuses_bad_changes(shared_store: ProgrammeStore, changes: dict[str, Any], field: str) -> None:
    refused(shared_store, field, lambda: phases.update_phase(shared_store, 2, changes))


def test_completing_before_the_stored_start_is_refused(store: ProgrammeStore) -> None:
    """The date order is checked against what is already in the file, not only within one change."""
    phases.update_phase(store, 3, {"started_on": date(2026, 5, 2)})
    refused(store, "completed_on", lambda: phases.update_phase(store, 3, {"completed_on": date(2026, 5, 1)}))


def test_update_task_creates_the_check_on_first_use_and_undoes(store: ProgrammeStore) -> None:
    assert phases.list_task_checks(store) == {}
    previous = phases.update_task(store, TASK, {"done": True, "owner": "Aino", "note": "Line 1\nLine 2"})
    assert previous == {"done": False, "owner": "", "note": ""}
    assert phases.update_task(store, "p2.draft_action_plan", {"done": 1}) == {"done": False}
    with reopened(store) as again:
        checks = phases.list_task_checks(again)
        assert set(checks) == {TASK, "p2.draft_action_plan"}
        assert (checks[TASK].done, checks[TASK].owner, checks[TASK].note) == (True, "Aino", "Line 1\nLine 2")
        assert checks["p2.draft_action_plan"].done is True
        phases.update_task(again, TASK, previous)
        undone = phases.list_task_checks(again)[TASK]
        assert (undone.done, undone.owner, undone.note) == (False, "", "")
        assert count(again, "task_check") == 2


@pytest.mark.parametrize("key", ["p9.unknown", "", "P1.IDENTIFY_KNOWLEDGE_NEEDS", CRITERION, "valuma", 1, None])
def test_update_task_refuses_keys_outside_the_catalogue(shared_store: ProgrammeStore, key: Any) -> None:
    refused(shared_store, "task_key", lambda: phases.update_task(shared_store, key, {"done": True}))


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"done": "yes"}, "done"),
        ({"done": 2}, "done"),
        ({"done": None}, "done"),
        ({"owner": "x" * (NAME_MAX + 1)}, "owner"),
        *[({"owner": bad}, "owner") for bad in BAD_SINGLE_LINE.values()],
        ({"note": "n" * (TEXT_MAX + 1)}, "note"),
        ({"task_key": "p1.place_analysis"}, "task_key"),
    ],
)
def test_update_task_refuses_bad_changes(shared_store: ProgrammeStore, changes: dict[str, Any], field: str) -> None:
    refused(shared_store, field, lambda: phases.update_task(shared_store, TASK, changes))
    assert phases.list_task_checks(shared_store) == {}


def test_ratings_are_kept_in_date_order_and_survive_reopening(store: ProgrammeStore) -> None:
    later = phases.rate_criterion(store, CRITERION, 4, comment="Better\nnow", rated_on=date(2026, 9, 1))
    earlier = phases.rate_criterion(store, CRITERION, 2, rated_on=date(2026, 1, 1))
    other = phases.rate_criterion(store, "p2.synergies", 5)
    assert (later.score, later.comment, later.rated_on) == (4, "Better\nnow", date(2026, 9, 1))
    with reopened(store) as again:
        assert [r.id for r in phases.list_ratings(again, CRITERION)] == [earlier.id, later.id]
        assert {r.id for r in phases.list_ratings(again)} == {earlier.id, later.id, other.id}
        assert phases.list_ratings(again, "p2.synergies")[0].rated_on is not None


@pytest.mark.parametrize("score", [0, 6, -1, True, False, 3.0, "3", None])
def test_rate_criterion_refuses_scores_outside_one_to_five(shared_store: ProgrammeStore, score: Any) -> None:
    refused(shared_store, "score", lambda: phases.rate_criterion(shared_store, CRITERION, score))


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"criterion_key": "p1.nope"}, "criterion_key"),
        ({"criterion_key": TASK}, "criterion_key"),
        ({"criterion_key": None}, "criterion_key"),
        ({"comment": "c" * (TEXT_MAX + 1)}, "comment"),
        ({"comment": "\x1b[31mred"}, "comment"),
        ({"comment": "\ud800"}, "comment"),
        ({"rated_on": "2026-01-01"}, "rated_on"),
        ({"rated_on": date(2201, 1, 1)}, "rated_on"),
    ],
)
def test_rate_criterion_refuses_bad_input(shared_store: ProgrammeStore, arguments: dict[str, Any], field: str) -> None:
    arguments = {"criterion_key": CRITERION, "score": 3, **arguments}
    refused(shared_store, field, lambda: phases.rate_criterion(shared_store, **arguments))


def test_delete_rating_returns_what_it_removed(store: ProgrammeStore) -> None:
    rating = phases.rate_criterion(store, CRITERION, 3, rated_on=date(2026, 2, 2))
    assert phases.delete_rating(store, rating.id) == rating
    not_found(store, lambda: phases.delete_rating(store, rating.id))
    with reopened(store) as again:
        assert phases.list_ratings(again) == []


@pytest.mark.parametrize("wrong", WRONG_IDS)
def test_delete_rating_of_an_unknown_id_is_not_found(store: ProgrammeStore, wrong: Any) -> None:
    phases.rate_criterion(store, CRITERION, 3)
    not_found(store, lambda: phases.delete_rating(store, wrong))


def test_task_and_criterion_keys_come_from_the_programmes_own_catalogue(store: ProgrammeStore) -> None:
    catalogue = programme.catalogue_of(store)
    for phase in catalogue.phases:
        phases.update_task(store, phase.tasks[-1].key, {"done": True})
        phases.rate_criterion(store, phase.criteria[-1].key, 1)
    assert len(phases.list_task_checks(store)) == len(phases.list_ratings(store)) == 5
