"""The method's tools in the DOCX minutes and report, read back with python-docx in Finnish and Bokmål: the
impact canvas as a four-column table whose cells say what each card serves, the hybrid chosen (models and
why) and the lifecycle diagnosis as a table of dated marks; the report gives each curve's path and the hybrid.
Texts are compared whole with what the file holds, so a lost ä, ö, å or ø fails."""

from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from docx.document import Document

from tests.templates import DEMO_TODAY, demo_file
from workshop_app.catalogue.tools import CANVAS_COLUMNS
from workshop_app.export.docx_minutes import export_workshop_docx
from workshop_app.export.docx_report import export_report_docx
from workshop_app.export.labels import Labels
from workshop_app.export.method_tools_texts import text
from workshop_app.services import method_tools, participants, workshops
from workshop_app.services.programme import programme_language
from workshop_app.storage.store import ProgrammeStore

LANGUAGES = ["fi", "nb"]
LETTERS = {"fi": "äö", "nb": "øå"}


@pytest.fixture(params=LANGUAGES)
def demo(
    request: pytest.FixtureRequest, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ProgrammeStore]:
    with ProgrammeStore.open(demo_file(tmp_path, tmp_path_factory, request.param), read_only=True) as store:
        yield store


def _headings(document: Document) -> list[str]:
    return [p.text for p in document.paragraphs if p.style is not None and p.style.name.startswith("Heading")]


def _table(document: Document, header: list[str]) -> list[list[list[str]]]:
    """The rows after the header of the one table with ``header``, each cell as its paragraphs' texts."""
    found = [t for t in document.tables if [cell.text for cell in t.rows[0].cells] == header]
    assert len(found) == 1, [[cell.text for cell in t.rows[0].cells] for t in document.tables]
    return [[[p.text for p in cell.paragraphs] for cell in row.cells] for row in found[0].rows[1:]]


def _with_tool(store: ProgrammeStore, kind: str) -> int:
    """The index of the first workshop that used ``kind`` (canvases, lifecycle_marks, hybrids)."""
    used = method_tools.tools_by_workshop(store)
    return next(i for i, w in enumerate(workshops.list_workshops(store)) if used.get(w.id, {}).get(kind))


def test_minutes_show_the_canvas_and_the_hybrid(demo: ProgrammeStore, tmp_path: Path) -> None:
    language = programme_language(demo)
    workshop = workshops.list_workshops(demo)[_with_tool(demo, "canvases")]
    document = docx.Document(
        str(export_workshop_docx(demo, workshop.id, tmp_path / "m.docx", language=language, today=DEMO_TODAY))
    )
    tools = method_tools.tools_of(demo)
    canvas = method_tools.list_canvases(demo, workshop.id)[0]
    cards = method_tools.list_cards(demo, canvas.id)
    links = method_tools.list_links(demo, canvas.id)
    headings = _headings(document)
    canvas_heading = text("canvas", language, title=canvas.title)
    assert canvas_heading in headings and text("hybrid", language) in headings
    assert headings.index(canvas_heading) > headings.index(Labels(language)("minutes.boards"))
    assert headings.index(canvas_heading) < headings.index(Labels(language)("minutes.actions"))

    rows = _table(document, [tools.impact_canvas.column(key).title.get(language) for key in CANVAS_COLUMNS])
    for index, key in enumerate(CANVAS_COLUMNS):
        in_column = [card.text for card in cards if card.column == key]
        assert [row[index][0] for row in rows if row[index][0]] == in_column, key
    texts = {card.id: card.text for card in cards}
    expected: dict[str, list[str]] = {}
    for link in links:
        expected.setdefault(texts[link.from_card_id], []).append(texts[link.to_card_id])
    assert links
    for row in rows:
        for cell in row:
            if not cell[0]:
                continue
            served = expected.get(cell[0])
            assert cell[1:] == ([text("serves", language, targets="; ".join(served))] if served else []), cell

    body = "\n".join(p.text for p in document.paragraphs)
    choice = method_tools.list_hybrids(demo, workshop.id)[0]
    decision = next(d for d in workshops.list_decisions(demo, workshop.id) if d.id == choice.decision_id)
    models = "; ".join(
        model.title.get(language) for model in tools.hybrid_models if model.key in choice.models.split(",")
    )
    assert text("combines", language, decision=decision.text, models=models) in body
    assert text("why", language, reason=choice.reason) in body
    assert set(LETTERS[language]) <= set(body + "".join(texts.values()))


def test_minutes_show_the_lifecycle_marks_as_a_dated_table(demo: ProgrammeStore, tmp_path: Path) -> None:
    language = programme_language(demo)
    workshop = workshops.list_workshops(demo)[_with_tool(demo, "lifecycle_marks")]
    marks = method_tools.list_lifecycle_marks(demo, workshop_id=workshop.id)
    names = {p.id: p.display_name for p in participants.list_participants(demo)}
    header = [text(key, language) for key in ("date", "by", "curve", "stage")]
    labels = Labels(language)

    named = docx.Document(str(export_workshop_docx(demo, workshop.id, tmp_path / "n.docx", today=DEMO_TODAY)))
    rows = _table(named, header)
    assert len(rows) == len(marks) >= 2
    for row, mark in zip(rows, marks, strict=True):
        assert row[0] == [labels.day(mark.marked_on)]
        who = text("group", language) if mark.participant_id is None else names[mark.participant_id]
        assert row[1] == [who]
        assert row[3][0].startswith(
            next(
                stage.title.get(language)
                for lifecycle in method_tools.tools_of(demo).lifecycles
                for stage in lifecycle.stages
                if lifecycle.key == mark.lifecycle_key and stage.key == mark.stage_key
            )
        )
    by_people = [mark for mark in marks if mark.participant_id is not None]
    assert by_people

    private = docx.Document(
        str(export_workshop_docx(demo, workshop.id, tmp_path / "p.docx", attendance="initials", today=DEMO_TODAY))
    )
    rows = _table(private, header)
    assert [row[1] for row in rows] == [
        [text("group", language) if mark.participant_id is None else text("someone", language)] for mark in marks
    ]


def test_the_report_shows_each_path_and_the_hybrid(demo: ProgrammeStore, tmp_path: Path) -> None:
    language = programme_language(demo)
    document = docx.Document(str(export_report_docx(demo, tmp_path / "r.docx", today=DEMO_TODAY)))
    headings = _headings(document)
    body = [p.text for p in document.paragraphs]
    tools = method_tools.tools_of(demo)
    assert text("tools", language) in headings and text("hybrid", language) in headings
    for lifecycle in tools.lifecycles:
        path = method_tools.group_path(demo, lifecycle.key)
        stages = {stage.key: stage.title.get(language) for stage in lifecycle.stages}
        steps = " → ".join(f"{day.isoformat()} {stages[stage]}" for day, stage in path)
        assert lifecycle.title.get(language) in headings
        assert text("path", language, path=steps) in body
    choice = method_tools.list_hybrids(demo)[0]
    assert any(p.startswith(text("why", language, reason=choice.reason)) for p in body)


def test_a_workshop_without_tools_has_no_tool_sections(demo: ProgrammeStore, tmp_path: Path) -> None:
    language = programme_language(demo)
    used = method_tools.tools_by_workshop(demo)
    workshop = next(w for w in workshops.list_workshops(demo) if w.id not in used)
    document = docx.Document(str(export_workshop_docx(demo, workshop.id, tmp_path / "w.docx", today=DEMO_TODAY)))
    headings = _headings(document)
    assert not {text("hybrid", language), text("lifecycle", language)} & set(headings)
    assert not any(h.startswith(text("canvas", language, title="")) for h in headings)
