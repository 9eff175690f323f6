"""The method's tools in the file: an impact canvas with starting picks, cards and links across columns,
undo and redo with the same ids, reopening; lifecycle marks over time by the group and by participants; a
hybrid decision; pro/con prompts keep their origin when accepted."""

from datetime import date
from pathlib import Path

import pytest

from tests.servicefixtures import reopened
from tests.servicefixtures import store as store  # fixture
from tests.templates import demo_file
from workshop_app.cli import describe
from workshop_app.errors import ValidationError
from workshop_app.operations.base import run
from workshop_app.operations.changes import Kind
from workshop_app.operations.method_tools import AddCanvasCard, CreateCanvas, DecideHybrid, LinkCards, MarkLifecycle
from workshop_app.operations.records import Delete
from workshop_app.operations.records_of_minutes import AcceptPrompt
from workshop_app.services import boards, method_tools, participants, workshops
from workshop_app.storage.fileformat import HEAD_FORMAT
from workshop_app.storage.store import ProgrammeStore


def test_canvas_cards_links_undo_redo_and_reopen(store: ProgrammeStore) -> None:
    workshop = workshops.create_workshop(store, "Impact", 2)
    canvas = run(store, CreateCanvas(workshop.id, "Our impacts", (("impacts", "Less inequality"),))).result
    impact = method_tools.list_cards(store, canvas.id)[0]
    assert impact.origin == "method" and impact.column == "impacts"
    result = run(store, AddCanvasCard(canvas.id, "results", "Shared will")).result
    activity = run(store, AddCanvasCard(canvas.id, "means", "Peer learning circles")).result
    serves = run(store, LinkCards(result.id, impact.id))
    produces = run(store, LinkCards(activity.id, result.id)).result
    assert {(link.from_card_id, link.to_card_id) for link in method_tools.list_links(store, canvas.id)} == {
        (result.id, impact.id),
        (activity.id, result.id),
    }
    with pytest.raises(ValidationError):
        method_tools.link_cards(store, activity.id, impact.id)  # skips a column
    with pytest.raises(ValidationError):
        method_tools.link_cards(store, result.id, impact.id)  # already linked

    assert serves.inverse is not None
    redo = run(store, serves.inverse)  # undo the link
    assert [link.id for link in method_tools.list_links(store, canvas.id)] == [produces.id]
    assert redo.inverse is not None
    run(store, redo.inverse)  # redo: the same link id again
    assert len(method_tools.list_links(store, canvas.id)) == 2

    deleted = run(store, AddCanvasCard(canvas.id, "results", "Second result"))
    assert deleted.inverse is not None
    run(store, deleted.inverse)
    removed_card = run(store, AddCanvasCard(canvas.id, "resources", "Co-funding")).result
    assert removed_card.position == 0
    with reopened(store) as again:
        cards = method_tools.list_cards(again, canvas.id)
        assert [card.column for card in cards] == ["impacts", "results", "means", "resources"]
        assert len(method_tools.list_links(again, canvas.id)) == 2
        assert [c.title for c in method_tools.list_canvases(again, workshop.id)] == ["Our impacts"]


def test_deleting_a_card_takes_its_links_and_undo_brings_both(store: ProgrammeStore) -> None:
    workshop = workshops.create_workshop(store, "Impact", 2)
    canvas = method_tools.create_canvas(store, workshop.id, "Canvas")
    impact = method_tools.add_card(store, canvas.id, "impacts", "Well-being")
    result = method_tools.add_card(store, canvas.id, "results", "Services")
    method_tools.link_cards(store, result.id, impact.id)
    outcome = run(store, Delete(Kind.CANVAS_CARD, (impact.id,)))
    assert method_tools.list_links(store, canvas.id) == []
    assert Kind.CANVAS_LINK in outcome.changes.kinds()
    assert outcome.inverse is not None
    run(store, outcome.inverse)
    assert len(method_tools.list_links(store, canvas.id)) == 1


def test_lifecycle_marks_over_time(store: ProgrammeStore) -> None:
    first = workshops.create_workshop(store, "Spring", 1)
    later = workshops.create_workshop(store, "Autumn", 4)
    anna = participants.add_participant(store, "Anna Virtanen")
    run(store, MarkLifecycle(first.id, "valuma_lifecycle", "initial_enthusiasm", date(2026, 3, 2)))
    run(store, MarkLifecycle(first.id, "valuma_lifecycle", "shaping", date(2026, 3, 2), participant_id=anna.id))
    run(store, MarkLifecycle(later.id, "valuma_lifecycle", "consolidation", date(2026, 10, 5), comment="Steadier"))
    run(store, MarkLifecycle(later.id, "drijven_klijven_blijven", "klijven", date(2026, 10, 5)))
    assert method_tools.group_path(store, "valuma_lifecycle") == [
        (date(2026, 3, 2), "initial_enthusiasm"),
        (date(2026, 10, 5), "consolidation"),
    ]
    spring = method_tools.list_lifecycle_marks(store, workshop_id=first.id)
    assert {mark.participant_id for mark in spring} == {None, anna.id}
    with pytest.raises(ValidationError):
        method_tools.add_lifecycle_mark(store, first.id, "valuma_lifecycle", "blijven", date(2026, 3, 2))
    with pytest.raises(ValidationError):
        method_tools.add_lifecycle_mark(store, first.id, "no_such_curve", "shaping", date(2026, 3, 2))


def test_a_hybrid_decision_is_one_undo_step(store: ProgrammeStore) -> None:
    workshop = workshops.create_workshop(store, "Choosing", 2)
    outcome = run(store, DecideHybrid(workshop.id, "We combine B and D", ("D", "B"), "Themes from the regions"))
    decision, choice = outcome.result
    assert choice.models == "B,D" and choice.decision_id == decision.id
    assert [c.models for c in method_tools.list_hybrids(store, workshop.id)] == ["B,D"]
    with pytest.raises(ValidationError):
        method_tools.record_hybrid(store, decision.id, ["A"])  # one per decision
    with pytest.raises(ValidationError):
        run(store, DecideHybrid(workshop.id, "Nothing chosen", ()))
    assert [d.text for d in workshops.list_decisions(store, workshop.id)] == ["We combine B and D"]
    assert outcome.inverse is not None
    run(store, outcome.inverse)
    assert method_tools.list_hybrids(store) == [] and workshops.list_decisions(store, workshop.id) == []


def test_method_prompts_keep_their_origin_when_accepted(store: ProgrammeStore) -> None:
    workshop = workshops.create_workshop(store, "Scenarios", 2)
    board = boards.create_board(store, workshop.id, "VALUMA", preset_key="valuma")
    prompts = [p for p in boards.list_pro_cons(store, board.id) if p.origin == "method"]
    assert prompts, "the preset's pros and cons are method prompts"
    run(store, AcceptPrompt(prompts[0].id))
    accepted = next(p for p in boards.list_pro_cons(store, board.id) if p.id == prompts[0].id)
    assert accepted.accepted and accepted.origin == "method"


def test_the_demo_uses_each_tool_and_info_reports_them(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = demo_file(tmp_path, tmp_path_factory, "nb", today=date(2026, 11, 23))
    facts = describe(path)
    assert facts["file_format"] == HEAD_FORMAT
    by_title = {w["title"]: w for w in facts["workshops"]}
    canvases = [(c["kind"], c["title"], c["cards"], c["links"]) for w in by_title.values() for c in w["canvases"]]
    # the goal sheet: the main goal, 4 + 1 sub-goals and 8 + 4 indicators, each line linked to the one above
    assert canvases == [("impact", "Effektbasert rammeverk", 8, 7), ("goal_sheet", "Indikatorverksted", 18, 17)]
    sheet_workshop = next(w for w in by_title.values() if any(c["kind"] == "goal_sheet" for c in w["canvases"]))
    assert sheet_workshop["title"].startswith("Indikatorverksted:") and sheet_workshop["state"] == "planned"
    hybrids = [h for w in by_title.values() for h in w["hybrids"]]
    assert [h["models"] for h in hybrids] == [["B", "C"]]
    group_marks = [
        (m["date"], m["stage"]) for w in by_title.values() for m in w["lifecycle_marks"] if m["by"] == "group"
    ]
    assert ("2026-11-13", "Konsolidering") in group_marks and len({d for d, _ in group_marks}) == 2
    assert any(m["by"] != "group" for w in by_title.values() for m in w["lifecycle_marks"])
