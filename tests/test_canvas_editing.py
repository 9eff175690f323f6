"""Editing an impact canvas's cards through the generic records operations and the tools' own: text changed
in place (refused when changed elsewhere meanwhile), reordered within a column, moved to another column with
the links that no longer fit removed and put back by the undo; and phase 4's goal-and-indicator sheet stored
in the canvas tables: started from the method's sheet, edited, reordered, undone, reopened."""

import uuid

import pytest

from tests.servicefixtures import reopened
from tests.servicefixtures import store as store  # fixture
from workshop_app.errors import ConflictError, ValidationError
from workshop_app.operations.base import run
from workshop_app.operations.changes import Kind
from workshop_app.operations.method_tools import AddCanvasCard, AttachCard, CreateGoalSheet, MoveCard
from workshop_app.operations.records import Delete, Reorder, Update
from workshop_app.services import method_tools, workshops
from workshop_app.storage.store import ProgrammeStore


def _canvas(store: ProgrammeStore) -> tuple[uuid.UUID, dict[str, uuid.UUID]]:
    """A canvas: impacts I1, I2; results R1 (serves I1), R2; means M1 (produces R1)."""
    workshop = workshops.create_workshop(store, "Impact", 2)
    canvas = method_tools.create_canvas(store, workshop.id, "Canvas")
    ids = {}
    for column, name in (("impacts", "I1"), ("impacts", "I2"), ("results", "R1"), ("results", "R2"), ("means", "M1")):
        ids[name] = method_tools.add_card(store, canvas.id, column, name).id
    method_tools.link_cards(store, ids["R1"], ids["I1"])
    method_tools.link_cards(store, ids["M1"], ids["R1"])
    return canvas.id, ids


def _columns(store: ProgrammeStore, canvas_id: uuid.UUID) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for card in method_tools.list_cards(store, canvas_id):
        found.setdefault(card.column, []).append(card.text)
    return found


def _links(store: ProgrammeStore, canvas_id: uuid.UUID) -> set[tuple[str, str]]:
    texts = {card.id: card.text for card in method_tools.list_cards(store, canvas_id)}
    return {(texts[link.from_card_id], texts[link.to_card_id]) for link in method_tools.list_links(store, canvas_id)}


def test_a_card_text_is_edited_undone_and_a_stale_edit_refused(store: ProgrammeStore) -> None:
    canvas_id, ids = _canvas(store)
    outcome = run(store, Update(Kind.CANVAS_CARD, ids["I1"], {"text": "Less inequality"}, expected={"text": "I1"}))
    assert outcome.result == {"text": "I1"} and Kind.CANVAS_CARD in outcome.changes.kinds()
    assert _columns(store, canvas_id)["impacts"] == ["Less inequality", "I2"]
    with pytest.raises(ConflictError):  # the person saw "I1", which another screen has changed since
        run(store, Update(Kind.CANVAS_CARD, ids["I1"], {"text": "Mine"}, expected={"text": "I1"}))
    with pytest.raises(ValidationError):
        run(store, Update(Kind.CANVAS_CARD, ids["I1"], {"text": "  "}))
    with pytest.raises(ValidationError):  # a column changes by moving the card, not by an update
        run(store, Update(Kind.CANVAS_CARD, ids["I1"], {"column": "results"}))
    assert outcome.inverse is not None
    run(store, outcome.inverse)
    assert _columns(store, canvas_id)["impacts"] == ["I1", "I2"]


def test_cards_reorder_within_their_column_generically_and_with_move(store: ProgrammeStore) -> None:
    canvas_id, ids = _canvas(store)
    reorder = run(store, Reorder(Kind.CANVAS_CARD, ids["I2"], 0))
    assert reorder.result == 1 and _columns(store, canvas_id)["impacts"] == ["I2", "I1"]
    assert reorder.inverse is not None
    run(store, reorder.inverse)
    moved = run(store, MoveCard(ids["R2"], "results", 0, expected=("results", 1)))
    assert moved.result == 0 and _columns(store, canvas_id)["results"] == ["R2", "R1"]
    assert _links(store, canvas_id) == {("R1", "I1"), ("M1", "R1")}  # links follow the card, not its place
    with pytest.raises(ConflictError):  # the person saw R2 second: it has moved since
        run(store, MoveCard(ids["R2"], "results", 1, expected=("results", 1)))
    assert moved.inverse is not None
    run(store, moved.inverse)
    assert _columns(store, canvas_id)["results"] == ["R1", "R2"]


def test_a_card_moved_to_another_column_loses_the_links_that_no_longer_fit_until_undone(
    store: ProgrammeStore,
) -> None:
    canvas_id, ids = _canvas(store)
    outcome = run(store, MoveCard(ids["R1"], "impacts", 1, expected=("results", 0)))
    assert _columns(store, canvas_id) == {"impacts": ["I1", "R1", "I2"], "results": ["R2"], "means": ["M1"]}
    assert _links(store, canvas_id) == set()  # R1 serving I1 and M1 producing R1 no longer join neighbours
    assert {Kind.CANVAS_CARD, Kind.CANVAS_LINK} <= outcome.changes.kinds()
    positions = [(card.column, card.position) for card in method_tools.list_cards(store, canvas_id)]
    assert positions == [("impacts", 0), ("impacts", 1), ("impacts", 2), ("results", 0), ("means", 0)]
    assert outcome.inverse is not None
    redo = run(store, outcome.inverse)
    assert _columns(store, canvas_id) == {"impacts": ["I1", "I2"], "results": ["R1", "R2"], "means": ["M1"]}
    assert _links(store, canvas_id) == {("R1", "I1"), ("M1", "R1")}
    assert redo.inverse is not None
    run(store, redo.inverse)
    assert _links(store, canvas_id) == set() and _columns(store, canvas_id)["impacts"] == ["I1", "R1", "I2"]
    kept = run(store, MoveCard(ids["M1"], "resources", 0))  # no links left to break
    assert kept.result == 0 and _columns(store, canvas_id)["resources"] == ["M1"]
    with pytest.raises(ValidationError):
        run(store, MoveCard(ids["M1"], "main_goal", 0))  # not a column of an impact canvas


def test_a_goal_sheet_from_the_method_edited_undone_and_reopened(store: ProgrammeStore) -> None:
    workshop = workshops.create_workshop(store, "Indicators", 4)
    main_text, goals = method_tools.starting_sheet(store)
    assert main_text and len(goals) == 4 and all(len(indicators) == 2 for _goal, indicators in goals)
    made = run(store, CreateGoalSheet(workshop.id, "Goals and indicators", main_text, goals))
    sheet = made.result
    assert method_tools.canvas_kind(store, sheet.id) == method_tools.GOAL_SHEET
    assert [c.id for c in method_tools.list_canvases(store, kind=method_tools.GOAL_SHEET)] == [sheet.id]
    assert method_tools.list_canvases(store) == []  # the impact canvases only, unless asked
    main, outline = method_tools.sheet_outline(store, sheet.id)
    assert main.text == main_text and [goal.text for goal, _ in outline if goal] == [g for g, _ in goals]
    assert all(card.origin == "method" for _goal, cards in outline for card in cards)
    first_goal, first_indicators = outline[0]
    second_goal, _second_indicators = outline[1]
    assert first_goal is not None and second_goal is not None

    new = run(store, AddCanvasCard(sheet.id, "indicators", "New homes built", serves=first_goal.id))
    _main, outline = method_tools.sheet_outline(store, sheet.id)
    assert [card.text for card in outline[0][1]][-1] == "New homes built"
    run(store, Update(Kind.CANVAS_CARD, main.id, {"text": "A good place to live"}, expected={"text": main_text}))
    attach = run(store, AttachCard(first_indicators[0].id, second_goal.id))
    _main, outline = method_tools.sheet_outline(store, sheet.id)
    assert first_indicators[0].id in [card.id for card in outline[1][1]]
    assert attach.inverse is not None
    run(store, attach.inverse)
    _main, outline = method_tools.sheet_outline(store, sheet.id)
    assert first_indicators[0].id in [card.id for card in outline[0][1]]

    with pytest.raises(ValidationError):  # the sheet keeps its one main goal
        run(store, Delete(Kind.CANVAS_CARD, (main.id,)))
    with pytest.raises(ValidationError):
        run(store, AddCanvasCard(sheet.id, "main_goal", "A second main goal"))
    with pytest.raises(ValidationError):
        run(store, AddCanvasCard(sheet.id, "impacts", "Not a column of a sheet"))
    with pytest.raises(ValidationError):  # an indicator belongs to one sub-goal
        method_tools.link_cards(store, new.result.id, second_goal.id)

    gone = run(store, Delete(Kind.CANVAS_CARD, (second_goal.id, *(card.id for card in outline[1][1]))))
    _main, outline = method_tools.sheet_outline(store, sheet.id)
    assert len(outline) == 3 and all(goal is not None for goal, _ in outline)
    assert gone.inverse is not None
    run(store, gone.inverse)
    with reopened(store) as again:
        main, outline = method_tools.sheet_outline(again, sheet.id)
        assert main.text == "A good place to live"
        assert [len(cards) for _goal, cards in outline] == [3, 2, 2, 2]
        assert method_tools.canvas_kind(again, sheet.id) == method_tools.GOAL_SHEET
        sheets = [c for c in method_tools.tools_by_workshop(again)[workshop.id]["canvases"]]
        assert [(c["kind"], c["cards"], c["links"]) for c in sheets] == [("goal_sheet", 14, 13)]


def test_undoing_a_goal_sheet_removes_it_whole(store: ProgrammeStore) -> None:
    workshop = workshops.create_workshop(store, "Indicators", 4)
    made = run(store, CreateGoalSheet(workshop.id, "Sheet", "Main", (("Sub", ("Measure",)),)))
    assert made.inverse is not None
    redo = run(store, made.inverse)
    assert method_tools.list_canvases(store, kind=None) == []
    assert redo.inverse is not None
    run(store, redo.inverse)
    _main, outline = method_tools.sheet_outline(store, made.result.id)
    assert [(goal.text if goal else None, [c.text for c in cards]) for goal, cards in outline] == [("Sub", ["Measure"])]
