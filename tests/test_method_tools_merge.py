"""The method tools travel with a programme: a copy (``copy``, and the file side of ``copy`` to and from a
server) holds the same canvases, cards, links, lifecycle marks and hybrids, and a merge of two copies keeps
what either side added to them, a column's order whole. (The server side: tests/test_server_store.py compares
the JSON export, which carries the tools, of a programme copied to a server and back.)"""

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.mergefixtures import editing
from tests.templates import demo_file
from workshop_app.merge.copying import copy_programme
from workshop_app.merge.files import merge_files
from workshop_app.operations.base import run
from workshop_app.operations.changes import Kind
from workshop_app.operations.method_tools import AddCanvasCard, CreateCanvas, LinkCards, MarkLifecycle
from workshop_app.services import method_tools, workshops
from workshop_app.storage.transfer import transfer_programme

TOOL_TABLES = ("impact_canvas", "canvas_card", "canvas_link", "lifecycle_mark", "hybrid_choice")


def tools_content(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tools' tables, sorted: what two files with the same tools agree on."""
    conn = sqlite3.connect(path)
    try:
        return {table: sorted(conn.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr) for table in TOOL_TABLES}
    finally:
        conn.close()


def test_a_copy_keeps_every_tool(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    original = demo_file(tmp_path, tmp_path_factory)
    copied, transferred = tmp_path / "copy.workshop", tmp_path / "transferred.workshop"
    copy_programme(original, copied)
    transfer_programme(original, transferred)
    expected = tools_content(original)
    assert all(expected[table] for table in TOOL_TABLES), {table: len(rows) for table, rows in expected.items()}
    assert tools_content(copied) == expected
    assert tools_content(transferred) == expected


def test_a_merge_keeps_the_cards_links_and_marks_of_both_sides(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    mine = demo_file(tmp_path, tmp_path_factory, name="mine.workshop")
    theirs = tmp_path / "theirs.workshop"
    copy_programme(mine, theirs)
    with editing(mine) as store:
        canvas = method_tools.list_canvases(store)[0]
        impact = next(card for card in method_tools.list_cards(store, canvas.id) if card.column == "impacts")
        here = run(store, AddCanvasCard(canvas.id, "results", "A result written here")).result
        run(store, LinkCards(here.id, impact.id))
    with editing(theirs) as store:
        workshop = workshops.list_workshops(store)[0]
        there = run(store, AddCanvasCard(canvas.id, "results", "A result written there")).result
        run(store, LinkCards(there.id, impact.id))
        new_canvas = run(
            store, CreateCanvas(workshop.id, "Second canvas", (("impacts", "Jobs in the villages"),))
        ).result
        mark = run(store, MarkLifecycle(workshop.id, "valuma_lifecycle", "consolidation", date(2026, 11, 20))).result

    result = merge_files(mine, theirs)

    assert result.plan.new == {Kind.CANVAS_CARD: 2, Kind.CANVAS_LINK: 1, Kind.IMPACT_CANVAS: 1, Kind.LIFECYCLE_MARK: 1}
    with editing(mine) as store:
        cards = method_tools.list_cards(store, canvas.id)
        results = [card for card in cards if card.column == "results"]
        texts = [card.text for card in results]
        assert "A result written here" in texts and "A result written there" in texts
        assert sorted(card.position for card in results) == list(range(len(results)))  # one order, no gaps
        served = {
            link.from_card_id for link in method_tools.list_links(store, canvas.id) if link.to_card_id == impact.id
        }
        assert {here.id, there.id} <= served
        assert [card.text for card in method_tools.list_cards(store, new_canvas.id)] == ["Jobs in the villages"]
        assert mark.id in {m.id for m in method_tools.list_lifecycle_marks(store)}
    merged = tools_content(mine)
    merge_files(mine, theirs)
    assert tools_content(mine) == merged  # merging again changes nothing
