"""Laying out a workshop series from a template: the planned workshops, agendas and boards in one COMMIT, and
one undo that removes them all (a redo brings them back with the same ids)."""

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event

from tests.servicefixtures import dump, reopened
from tests.servicefixtures import store as store  # fixture
from workshop_app.catalogue import default_catalogue
from workshop_app.operations.base import run
from workshop_app.operations.changes import Kind
from workshop_app.operations.templates import LayOutSeries, plan_series
from workshop_app.services import boards, method_tools, workshops
from workshop_app.storage.store import ProgrammeStore


@pytest.fixture
def commits(store: ProgrammeStore) -> Iterator[list[str]]:
    seen: list[str] = []

    def on_commit(conn: Any) -> None:
        seen.append("COMMIT")

    event.listen(store.engine, "commit", on_commit)
    yield seen
    event.remove(store.engine, "commit", on_commit)


def test_plan_series_resolves_activities_in_the_language() -> None:
    planned = plan_series(default_catalogue(), "valuma_series", "fi")
    assert planned[0].title == "Käynnistystyöpaja"
    assert planned[-1].title == "Loppuseminaari"
    kick_off = planned[0]
    assert kick_off.agenda[0].activity_key == "" and kick_off.agenda[0].title == "Tervetuloa ja sarjan tarkoitus"
    assert "p1.reference_case_placement" in [entry.activity_key for entry in kick_off.agenda]
    assert [board.preset_key for board in kick_off.boards] == ["valuma"]  # the activity's preset
    with pytest.raises(KeyError):
        plan_series(default_catalogue(), "no_such_series", "en")


def test_the_impact_canvas_activity_gets_its_canvas(store: ProgrammeStore) -> None:
    planned = plan_series(default_catalogue(), "phase2_series", "en")
    assert [w.canvases for w in planned] == [(), ("Impact framework canvas",), ()]
    made = run(store, LayOutSeries(planned)).result
    assert [c.workshop_id for c in method_tools.list_canvases(store)] == [made[1].id]


def test_a_series_is_one_commit_and_one_undo(store: ProgrammeStore, commits: list[str]) -> None:
    workshops.create_workshop(store, "Earlier", 1)  # the file's first write may start its lineage; not counted
    before = dump(store)
    planned = plan_series(default_catalogue(), "phase1_series", "en")
    commits.clear()
    outcome = run(store, LayOutSeries(planned))
    assert commits == ["COMMIT"]
    made = outcome.result
    assert [w.title for w in made] == [w.title for w in planned] and len(made) == 3
    assert all(w.phase == 1 and w.date is None for w in made)
    agenda_keys = [item.activity_key for w in made for item in workshops.list_agenda(store, w.id)]
    assert sorted(agenda_keys) == sorted(a.key for a in default_catalogue().phase(1).activities)
    presets = sorted(b.preset_key or "" for w in made for b in boards.list_boards(store, w.id))
    assert presets == ["influence_interest", "swot", "valuma"]
    assert set(outcome.changes.created.get(Kind.WORKSHOP, ())) == {w.id for w in made}

    commits.clear()
    assert outcome.inverse is not None
    redo = run(store, outcome.inverse)  # the undo: one step, one COMMIT
    assert commits == ["COMMIT"]
    assert dump(store)["workshop"] == before["workshop"] and dump(store)["board"] == before["board"]
    assert dump(store)["agenda_item"] == before["agenda_item"]

    commits.clear()
    assert redo.inverse is not None
    run(store, redo.inverse)  # the redo brings back the same workshops
    assert commits == ["COMMIT"]
    with reopened(store) as again:
        ids: set[uuid.UUID] = {w.id for w in workshops.list_workshops(again)}
        assert {w.id for w in made} <= ids
        assert len(boards.list_boards(again)) == 3
