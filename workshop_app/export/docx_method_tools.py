"""The method's tools in the DOCX minutes and report, as the PDF shows them, in Word's own headings and tables:
an impact canvas as a four-column table (each card with the cards it serves below it), a goal-and-indicator
sheet as an outline (main goal, sub-goals numbered, their indicators bulleted), the hybrid a decision
recorded (which models, why) and the lifecycle diagnoses as a table of dated marks; the report gives the
group's path on each curve, every hybrid and every goal sheet."""

from docx.shared import Pt

from workshop_app.export.docx_document import MUTED, DocxWriter
from workshop_app.export.method_tools_facts import (
    CanvasFacts,
    HybridFacts,
    ProgrammeTools,
    SheetFacts,
    WorkshopTools,
    path_text,
)
from workshop_app.export.method_tools_texts import text


def write_workshop_tools(writer: DocxWriter, tools: WorkshopTools) -> None:
    """The tools' sections of one workshop's minutes (nothing when it used none)."""
    language = writer.labels.language
    for canvas in tools.canvases:
        writer.heading(text("canvas", language, title=canvas.title))
        _canvas_table(writer, canvas)
    for sheet in tools.sheets:
        writer.heading(text("sheet", language, title=sheet.title))
        _sheet_outline(writer, sheet)
    if tools.hybrids:
        writer.heading(text("hybrid", language))
        _hybrids(writer, tools.hybrids)
    if tools.marks:
        writer.heading(text("lifecycle", language))
        writer.table(
            [text(key, language) for key in ("date", "by", "curve", "stage")],
            [[writer.labels.day(mark.marked_on), mark.by, mark.curve, mark.stage] for mark in tools.marks],
        )


def write_programme_tools(writer: DocxWriter, tools: ProgrammeTools) -> None:
    """For the report: the group's path on each lifecycle curve, then every hybrid recorded."""
    if not tools:
        return
    language = writer.labels.language
    writer.heading(text("tools", language))
    for path in tools.paths:
        writer.heading(path.curve, 2)
        writer.paragraph(path_text(path, language))
    if tools.hybrids:
        writer.heading(text("hybrid", language), 2)
        _hybrids(writer, tools.hybrids)
    for sheet in tools.sheets:
        writer.heading(text("sheet", language, title=sheet.title), 2)
        writer.paragraph(text("sheet_of", language, workshop=sheet.workshop), muted=True)
        _sheet_outline(writer, sheet)


def _sheet_outline(writer: DocxWriter, sheet: SheetFacts) -> None:
    """The hierarchy top down: the main goal in bold under its label, then each sub-goal in bold with its
    number written out (Word's list numbering would run on from an earlier list), its indicators bulleted."""
    language = writer.labels.language
    writer.paragraph(text("main_goal", language), muted=True)
    writer.paragraph(sheet.main_goal, bold=True)
    if sheet.goals:
        writer.paragraph(text("sub_goals", language), muted=True)
    number = 0
    for goal in sheet.goals:
        if goal.goal is None:
            writer.paragraph(text("loose", language), muted=True)
        else:
            number += 1
            writer.paragraph(f"{number}. {goal.goal}", bold=True)
        writer.bullets(goal.indicators)


def _canvas_table(writer: DocxWriter, canvas: CanvasFacts) -> None:
    """The four columns side by side; a card that serves others says which in a smaller line below it."""
    rows = canvas.rows()
    table = writer.table(list(canvas.column_titles), [[card.text if card else "" for card in row] for row in rows])
    language = writer.labels.language
    for row, cards in zip(table.rows[1:], rows, strict=True):
        for cell, card in zip(row.cells, cards, strict=True):
            if card is None or not card.serves:
                continue
            run = cell.add_paragraph().add_run(text("serves", language, targets="; ".join(card.serves)))
            run.italic = True
            run.font.size = Pt(9)
            run.font.color.rgb = MUTED


def _hybrids(writer: DocxWriter, hybrids: tuple[HybridFacts, ...]) -> None:
    language = writer.labels.language
    for hybrid in hybrids:
        writer.paragraph(text("combines", language, decision=hybrid.decision, models="; ".join(hybrid.models)))
        if hybrid.reason:
            writer.paragraph(text("why", language, reason=hybrid.reason))
