"""Phase 4's goal-and-indicator sheet in documents, in Finnish and Bokmål: the PDF (read back with pypdf) and
the DOCX (read back with python-docx) minutes show it as an outline, top down: the main goal under its label,
then each sub-goal numbered with its indicators, and an indicator under no sub-goal (a phone's) last; the
report gives every sheet with its workshop. The outline's texts are compared whole, so a lost ä, ö, å or ø,
a line out of order or one missing fails. The demo's sheet (the method's lines and the group's) is the
material, with one loose indicator added."""

from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.text.paragraph import Paragraph

from tests.templates import DEMO_TODAY, demo_file
from tests.test_export_common import pdf_text
from workshop_app.export.docx_minutes import export_workshop_docx
from workshop_app.export.docx_report import export_report_docx
from workshop_app.export.method_tools_texts import text
from workshop_app.export.minutes import export_minutes
from workshop_app.export.report import export_report
from workshop_app.services import method_tools, workshops
from workshop_app.storage.store import ProgrammeStore

LETTERS = {"fi": "äö", "nb": "øå"}
LOOSE = {"fi": "Kesäasukkaiden määrä kylissä", "nb": "Antall fritidsbeboere på bygdene i løpet av året"}


@pytest.fixture(params=["fi", "nb"])
def demo(
    request: pytest.FixtureRequest, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[ProgrammeStore, str]]:
    """The demo in ``language`` with one indicator left under no sub-goal on its goal sheet."""
    language: str = request.param
    with ProgrammeStore.open(demo_file(tmp_path, tmp_path_factory, language)) as store:
        sheet = method_tools.list_canvases(store, kind=method_tools.GOAL_SHEET)[0]
        method_tools.add_card(store, sheet.id, "indicators", LOOSE[language])
        yield store, language


def _outline(store: ProgrammeStore, language: str) -> tuple[str, str, list[str]]:
    """The sheet's heading, its workshop's title and the outline's lines as a reader sees them, from the file."""
    sheet = method_tools.list_canvases(store, kind=method_tools.GOAL_SHEET)[0]
    workshop = next(w for w in workshops.list_workshops(store) if w.id == sheet.workshop_id)
    main, goals = method_tools.sheet_outline(store, sheet.id)
    lines = [text("main_goal", language), main.text, text("sub_goals", language)]
    numbered = [goal for goal, _ in goals if goal is not None]
    for goal, indicators in goals:
        lines.append(f"{numbered.index(goal) + 1}. {goal.text}" if goal is not None else text("loose", language))
        lines += [f"• {card.text}" for card in indicators]
    return text("sheet", language, title=sheet.title), workshop.title, lines


def _docx_lines(paragraphs: list[Paragraph], heading: str) -> list[str]:
    """The paragraphs after ``heading`` up to the next heading, bulleted ones written with their bullet."""
    texts = [p.text for p in paragraphs]
    start = texts.index(heading) + 1
    lines: list[str] = []
    for paragraph in paragraphs[start:]:
        style = paragraph.style.name if paragraph.style is not None else ""
        if style.startswith("Heading"):
            break
        lines.append(f"• {paragraph.text}" if style == "List Bullet" else paragraph.text)
    return lines


def test_the_demo_sheet_outline_is_what_the_documents_show(demo: tuple[ProgrammeStore, str]) -> None:
    """The material the other tests read: the method's starting lines, the group's own, one loose indicator."""
    store, language = demo
    _, _, lines = _outline(store, language)
    main, goals = method_tools.starting_sheet(store)
    assert lines[1] == main and lines[3] == f"1. {goals[0][0]}" and lines[4] == f"• {goals[0][1][0]}"
    assert len([line for line in lines if line[0].isdigit()]) == len(goals) + 1  # the group added a sub-goal
    assert lines[-2:] == [text("loose", language), f"• {LOOSE[language]}"]
    assert set(LETTERS[language]) <= set("".join(lines))


def test_pdf_minutes_and_report_show_the_outline(demo: tuple[ProgrammeStore, str], tmp_path: Path) -> None:
    store, language = demo
    heading, workshop, lines = _outline(store, language)
    sheet = method_tools.list_canvases(store, kind=method_tools.GOAL_SHEET)[0]
    minutes = pdf_text(export_minutes(store, sheet.workshop_id, tmp_path / "m.pdf", today=DEMO_TODAY))
    assert " ".join([heading, *lines]) in minutes
    report = pdf_text(export_report(store, tmp_path / "r.pdf", today=DEMO_TODAY))
    assert " ".join([heading, text("sheet_of", language, workshop=workshop), *lines]) in report
    other = next(w for w in workshops.list_workshops(store) if w.id != sheet.workshop_id)
    elsewhere = pdf_text(export_minutes(store, other.id, tmp_path / "o.pdf", today=DEMO_TODAY))
    assert text("main_goal", language) not in elsewhere and heading not in elsewhere


def test_docx_minutes_and_report_show_the_outline(demo: tuple[ProgrammeStore, str], tmp_path: Path) -> None:
    store, language = demo
    heading, workshop, lines = _outline(store, language)
    sheet = method_tools.list_canvases(store, kind=method_tools.GOAL_SHEET)[0]
    minutes: Document = docx.Document(
        str(export_workshop_docx(store, sheet.workshop_id, tmp_path / "m.docx", today=DEMO_TODAY))
    )
    assert _docx_lines(minutes.paragraphs, heading) == lines
    main = next(p for p in minutes.paragraphs if p.text == lines[1])
    assert all(run.bold for run in main.runs)
    report: Document = docx.Document(str(export_report_docx(store, tmp_path / "r.docx", today=DEMO_TODAY)))
    assert _docx_lines(report.paragraphs, heading) == [text("sheet_of", language, workshop=workshop), *lines]
    level = next(p for p in report.paragraphs if p.text == heading).style
    assert level is not None and level.name == "Heading 2"  # under the report's "The method's tools"
