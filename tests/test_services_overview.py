"""The overview of where a programme stands, read from the demo programme, and the demo itself."""

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.servicefixtures import DEMO_TODAY, close, demo_copy, new_workshop
from tests.servicefixtures import demo as demo  # fixture
from tests.servicefixtures import store as store  # fixture
from workshop_app.demo.generator import build_demo
from workshop_app.services import actions, boards, overview, participants, phases, programme, workshops
from workshop_app.storage.store import ProgrammeStore

STAMPS = {"created_at", "updated_at"}


def test_the_demo_stands_in_phase_three_with_earlier_phases_done(demo: ProgrammeStore) -> None:
    seen = overview.load_overview(demo, DEMO_TODAY)
    assert seen.current_phase == 3
    assert [p.number for p in seen.phases] == [1, 2, 3, 4, 5]
    assert [p.status for p in seen.phases] == ["done", "done", "in_progress", "not_started", "not_started"]
    for progress in seen.phases[:2]:
        assert progress.tasks_total > 0 and progress.tasks_done == progress.tasks_total
    assert 0 < seen.phases[2].tasks_done < seen.phases[2].tasks_total
    assert seen.phases[3].tasks_done == seen.phases[4].tasks_done == 0
    assert seen.programme == programme.get_programme(demo)


def test_overdue_actions_in_the_overview_match_the_action_list(demo: ProgrammeStore) -> None:
    seen = overview.load_overview(demo, DEMO_TODAY)
    listed = actions.list_actions(demo, overdue_on=DEMO_TODAY)
    assert seen.overdue_total == len(listed) > 0
    assert {a.id for a in seen.overdue} <= {a.id for a in listed}
    assert len(seen.overdue) == min(len(listed), overview.OVERDUE_LIMIT)
    assert [a.due_date for a in seen.overdue] == sorted(a.due_date for a in seen.overdue if a.due_date)
    assert all(a.is_overdue(DEMO_TODAY) for a in seen.overdue)
    assert sum(seen.actions_by_status.values()) == len(actions.list_actions(demo))
    for status, number in seen.actions_by_status.items():
        assert len(actions.list_actions(demo, status=status)) == number


def test_rating_trends_show_the_previous_score(demo: ProgrammeStore) -> None:
    seen = overview.load_overview(demo, DEMO_TODAY)
    assert seen.ratings
    assert [t.criterion_key for t in seen.ratings] == sorted(t.criterion_key for t in seen.ratings)
    for trend in seen.ratings:
        history = phases.list_ratings(demo, trend.criterion_key)
        assert trend.previous_score is not None and trend.previous_on is not None
        assert trend.previous_on < trend.latest_on
        assert (trend.latest_score, trend.latest_on) == (history[-1].score, history[-1].rated_on)
        assert (trend.previous_score, trend.previous_on) == (history[-2].score, history[-2].rated_on)


def test_next_workshops_are_the_coming_ones_in_date_order(demo: ProgrammeStore) -> None:
    already = overview.load_overview(demo, DEMO_TODAY)
    assert already.workshops_total == len(workshops.list_workshops(demo)) >= 3
    for title, offset in (("In a month", 30), ("Today", 0), ("Next week", 7), ("Next year", 365), ("Past", -1)):
        new_workshop(demo, title, 3, held_on=DEMO_TODAY + timedelta(days=offset))
    new_workshop(demo, "Undated", 3)
    coming = sorted(
        (w for w in workshops.list_workshops(demo) if w.date and w.date >= DEMO_TODAY), key=lambda w: w.date
    )
    seen = overview.load_overview(demo, DEMO_TODAY)
    assert [w.id for w in seen.next_workshops] == [w.id for w in coming[: overview.UPCOMING_LIMIT]]
    assert [w.title for w in seen.next_workshops][:2] == ["Today", "Next week"]
    assert seen.workshops_total == already.workshops_total + 6


def test_the_overview_of_an_empty_programme(store: ProgrammeStore) -> None:
    seen = overview.load_overview(store, date(2026, 1, 1))
    assert seen.current_phase == 1
    assert (seen.next_workshops, seen.workshops_total, seen.actions_by_status) == ([], 0, {})
    assert (seen.overdue_total, seen.overdue, seen.ratings) == (0, [], [])
    assert all(p.tasks_done == 0 and p.status == "not_started" for p in seen.phases)


def test_the_current_phase_follows_the_phase_states(store: ProgrammeStore) -> None:
    for number in (1, 2, 3, 4, 5):
        phases.update_phase(store, number, {"status": "done"})
    assert overview.load_overview(store, date(2026, 1, 1)).current_phase == 5
    phases.update_phase(store, 4, {"status": "not_started"})
    assert overview.load_overview(store, date(2026, 1, 1)).current_phase == 4
    phases.update_phase(store, 5, {"status": "in_progress"})
    assert overview.load_overview(store, date(2026, 1, 1)).current_phase == 5


def test_a_single_rating_has_no_previous_score(store: ProgrammeStore) -> None:
    phases.rate_criterion(store, "p1.actor_map_exists", 2, rated_on=date(2026, 1, 1))
    (trend,) = overview.load_overview(store, date(2026, 2, 1)).ratings
    assert (trend.latest_score, trend.previous_score, trend.previous_on) == (2, None, None)


# --- the demo ------------------------------------------------------------------------------------------------


def content(store: ProgrammeStore) -> dict[str, Any]:
    """Everything the demo shows, without the moments it was written (which differ from run to run)."""

    def rows(items: list[Any]) -> list[dict[str, Any]]:
        return [item.model_dump(exclude=STAMPS) for item in items]

    made = workshops.list_workshops(store)
    board_list = boards.list_boards(store)
    return {
        "programme": programme.get_programme(store).model_dump(exclude=STAMPS),
        "participants": rows(participants.list_participants(store)),
        "workshops": rows(made),
        "agendas": [rows(workshops.list_agenda(store, w.id)) for w in made],
        "decisions": [rows(workshops.list_decisions(store, w.id)) for w in made],
        "boards": rows(board_list),
        "notes": [rows(boards.list_notes(store, b.id)) for b in board_list],
        "pro_cons": [rows(boards.list_pro_cons(store, b.id)) for b in board_list],
        "votes": [boards.vote_counts(store, b.id) for b in board_list],
        "actions": rows(actions.list_actions(store)),
        "ratings": rows(phases.list_ratings(store)),
    }


@pytest.mark.parametrize("language", ["en", "fi", "nb"])
def test_the_demo_builds_in_every_language(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, language: str
) -> None:
    made = demo_copy(tmp_path, tmp_path_factory, language)  # built once per session, shared with other tests
    try:
        assert programme.get_programme(made).language == language
        assert len(actions.list_actions(made)) >= 20 and len(workshops.list_workshops(made)) >= 3
        assert made.verify(timeout=30)
    finally:
        close(made)


def test_the_demo_is_reproducible(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    """The same language and day give the same ids and content (one language: each build takes a second)."""
    first = demo_copy(tmp_path, tmp_path_factory, "nb")
    second = build_demo(tmp_path / "again.workshop", "nb", today=DEMO_TODAY)
    try:
        assert first.programme_id == second.programme_id
        assert content(first) == content(second)
    finally:
        close(first)
        close(second)


def test_the_demo_has_a_rich_action_plan(demo: ProgrammeStore) -> None:
    plan = actions.list_actions(demo)
    assert len(plan) >= 20
    assert any(a.status == "done" and a.done_date is not None for a in plan)
    assert any(a.is_overdue(DEMO_TODAY) for a in plan)
    assert any(a.due_date and a.due_date > DEMO_TODAY and a.status == "open" for a in plan)
    assert any(a.note_id is not None for a in plan)
    assert all(a.owner and a.owner_id is not None for a in plan)


def test_the_demo_has_workshops_with_agendas_attendance_decisions_and_a_valuma_board(demo: ProgrammeStore) -> None:
    complete = [
        w
        for w in workshops.list_workshops(demo)
        if workshops.list_agenda(demo, w.id)
        and workshops.list_attendance(demo, w.id)
        and workshops.list_decisions(demo, w.id)
        and any(item.minutes_text for item in workshops.list_agenda(demo, w.id))
    ]
    assert len(complete) >= 3
    valuma = [b for b in boards.list_boards(demo) if b.preset_key == "valuma"]
    assert valuma
    items = boards.list_pro_cons(demo, valuma[0].id)
    assert {i.kind for i in items} == {"pro", "con"}
    assert {i.quadrant for i in items if i.quadrant} == {"top_left", "top_right", "bottom_left", "bottom_right"}
    assert boards.list_notes(demo, valuma[0].id)
    assert boards.vote_counts(demo, valuma[0].id)


def test_the_demo_has_a_coming_workshop(demo: ProgrammeStore) -> None:
    """Demo dates are relative to "today" so that the overview's "next workshop" always shows something."""
    (coming, *_) = overview.load_overview(demo, DEMO_TODAY).next_workshops
    assert coming.date is not None and coming.date > DEMO_TODAY
    assert workshops.list_agenda(demo, coming.id)
