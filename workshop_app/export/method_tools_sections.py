"""The method's tools in a workshop's minutes and in the programme report: the impact canvas (its four
columns, each card with the cards it serves), phase 4's goal-and-indicator sheet (an outline: the main goal,
then each sub-goal numbered with its indicators), the hybrid model a decision recorded, and the lifecycle
diagnoses (dated, by the group or a participant). The sections' own texts in en, fi and nb are in
:mod:`workshop_app.export.method_tools_texts`, shared with the DOCX; the method's own texts come from the catalogue.
"""

import uuid
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from workshop_app.catalogue.tools import CANVAS_COLUMNS
from workshop_app.domain.method_tools import LifecycleMarkView
from workshop_app.export.document import Heading, markup, para
from workshop_app.export.fonts import BOLD
from workshop_app.export.labels import Labels
from workshop_app.export.lifecycle_drawing import lifecycle_drawing
from workshop_app.export.method_tools_facts import mark_rows
from workshop_app.export.method_tools_texts import text
from workshop_app.export.styles import Styles, data_table
from workshop_app.services import method_tools, workshops
from workshop_app.storage.store import ProgrammeStore


def workshop_tools_story(
    store: ProgrammeStore, workshop_id: uuid.UUID, language: str, s: Styles, width: float, *, names: bool = True
) -> list[Flowable]:
    """The tools' sections for one workshop's minutes; empty when the workshop used none. ``names`` False
    (privacy) says "a participant" instead of the person's name."""
    return [
        *_canvases(store, workshop_id, language, s, width),
        *_goal_sheets(store, workshop_id, language, s),
        *_hybrids(store, workshop_id, language, s),
        *_lifecycle(store, workshop_id, language, s, width, names=names),
    ]


def programme_tools_story(store: ProgrammeStore, language: str, s: Styles, width: float) -> list[Flowable]:
    """For the programme report: the group's path on each lifecycle curve, every hybrid recorded, and every
    goal-and-indicator sheet (the programme's goal hierarchy, whichever workshop drew it up)."""
    story: list[Flowable] = []
    tools = method_tools.tools_of(store)
    for lifecycle in tools.lifecycles:
        path = method_tools.group_path(store, lifecycle.key)
        if not path:
            continue
        stages = {stage.key: stage.title.get(language) for stage in lifecycle.stages}
        steps = " → ".join(f"{day.isoformat()} {stages.get(stage, stage)}" for day, stage in path)
        marks = method_tools.list_lifecycle_marks(store, lifecycle_key=lifecycle.key)
        story += [
            CondPageBreak(260),
            Heading(lifecycle.title.get(language), s.h2, 1),
            lifecycle_drawing(lifecycle, marks, Labels(language), width),
            Spacer(1, 4),
            Paragraph(markup(text("path", language, path=steps)), s.body),
        ]
    every_workshop = workshops.list_workshops(store)
    for workshop in every_workshop:
        story += _hybrids(store, workshop.id, language, s, level=1)
    for workshop in every_workshop:
        story += _goal_sheets(store, workshop.id, language, s, level=1, workshop=workshop.title)
    if not story:
        return []
    return [CondPageBreak(90), Heading(text("tools", language), s.h1, 0), *story]


def _canvases(store: ProgrammeStore, workshop_id: uuid.UUID, language: str, s: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = []
    columns = method_tools.tools_of(store).impact_canvas
    for canvas in method_tools.list_canvases(store, workshop_id):
        cards = method_tools.list_cards(store, canvas.id)
        texts = {card.id: card.text for card in cards}
        serves: dict[uuid.UUID, list[str]] = {}
        for link in method_tools.list_links(store, canvas.id):
            serves.setdefault(link.from_card_id, []).append(texts.get(link.to_card_id, ""))
        header = [para(columns.column(key).title.get(language), s.cell_head) for key in CANVAS_COLUMNS]
        by_column = [[card for card in cards if card.column == key] for key in CANVAS_COLUMNS]
        rows: list[list[Any]] = [header]
        for index in range(max((len(column) for column in by_column), default=0)):
            row: list[Any] = []
            for column in by_column:
                if index < len(column):
                    card = column[index]
                    cell = card.text
                    if card.id in serves:
                        cell += "\n" + text("serves", language, targets="; ".join(serves[card.id]))
                    row.append(para(cell, s.cell))
                else:
                    row.append("")
            rows.append(row)
        story += [CondPageBreak(90), Heading(text("canvas", language, title=canvas.title), s.h1, 0)]
        story += [data_table(rows, [width / 4] * 4), Spacer(1, 6)]
    return story


def _goal_sheets(
    store: ProgrammeStore, workshop_id: uuid.UUID, language: str, s: Styles, *, level: int = 0, workshop: str = ""
) -> list[Flowable]:
    """Each sheet as an outline, top down: the main goal, then the sub-goals numbered, each with its indicators
    bulleted below it and kept on one page with them; indicators under no sub-goal (a phone's) come last.
    ``workshop``: named below the heading (the report, where the sheet stands apart from its workshop)."""
    story: list[Flowable] = []
    look = _sheet_styles(s)
    for sheet in method_tools.list_canvases(store, workshop_id, kind=method_tools.GOAL_SHEET):
        main, outline = method_tools.sheet_outline(store, sheet.id)
        story += [
            CondPageBreak(120),
            Heading(text("sheet", language, title=sheet.title), s.h1 if level == 0 else s.h2, level),
        ]
        if workshop:
            story.append(Paragraph(markup(text("sheet_of", language, workshop=workshop)), s.muted))
        story += [
            Paragraph(markup(text("main_goal", language)), s.kicker),
            Paragraph(markup(main.text), look["main"]),
        ]
        if outline:
            story.append(Paragraph(markup(text("sub_goals", language)), s.kicker))
        number = 0
        for goal, indicators in outline:
            if goal is None:
                lines: list[Flowable] = [Paragraph(markup(text("loose", language)), look["loose"])]
            else:
                number += 1
                lines = [Paragraph(markup(goal.text), look["goal"], bulletText=f"{number}.")]
            lines += [Paragraph(markup(card.text), look["indicator"], bulletText="•") for card in indicators]
            story.append(KeepTogether(lines))
        story.append(Spacer(1, 6))
    return story


def _sheet_styles(s: Styles) -> dict[str, ParagraphStyle]:
    """The outline's levels: the main goal larger and bold, sub-goals bold and numbered, indicators indented."""
    return {
        "main": ParagraphStyle("sheet_main", parent=s.body, fontName=BOLD, fontSize=10.5, leading=14, spaceAfter=8),
        "goal": ParagraphStyle(
            "sheet_goal",
            parent=s.body,
            fontName=BOLD,
            leftIndent=16,
            bulletIndent=0,
            bulletFontName=BOLD,
            spaceBefore=5,
            spaceAfter=2,
        ),
        "loose": ParagraphStyle("sheet_loose", parent=s.muted, spaceBefore=5, spaceAfter=2),
        "indicator": ParagraphStyle("sheet_indicator", parent=s.body, leftIndent=30, bulletIndent=18, spaceAfter=1.5),
    }


def _hybrids(
    store: ProgrammeStore, workshop_id: uuid.UUID, language: str, s: Styles, *, level: int = 0
) -> list[Flowable]:
    choices = method_tools.list_hybrids(store, workshop_id)
    if not choices:
        return []
    models = {model.key: model.title.get(language) for model in method_tools.tools_of(store).hybrid_models}
    decisions = {decision.id: decision.text for decision in workshops.list_decisions(store, workshop_id)}
    style = s.h1 if level == 0 else s.h2
    story: list[Flowable] = [CondPageBreak(60), Heading(text("hybrid", language), style, level)]
    for choice in choices:
        combined = "; ".join(models.get(letter, letter) for letter in choice.models.split(","))
        story.append(
            Paragraph(
                markup(text("combines", language, decision=decisions.get(choice.decision_id, ""), models=combined)),
                s.body,
            )
        )
        if choice.reason:
            story.append(Paragraph(markup(text("why", language, reason=choice.reason)), s.body))
    return story


def _lifecycle(
    store: ProgrammeStore, workshop_id: uuid.UUID, language: str, s: Styles, width: float, *, names: bool
) -> list[Flowable]:
    marks = method_tools.list_lifecycle_marks(store, workshop_id=workshop_id)
    if not marks:
        return []
    rows: list[list[Any]] = [
        [para(text(key, language), s.cell_head) for key in ("date", "by", "curve", "stage")],
        *(
            [
                para(row.marked_on.isoformat(), s.cell),
                para(row.by, s.cell),
                para(row.curve, s.cell),
                para(row.stage, s.cell),
            ]
            for row in mark_rows(store, marks, method_tools.tools_of(store), language, names=names)
        ),
    ]
    return [
        CondPageBreak(280),
        Heading(text("lifecycle", language), s.h1, 0),
        *_curves_so_far(store, marks, language, s, width),
        data_table(rows, [width * 0.16, width * 0.24, width * 0.3, width * 0.3]),
        Spacer(1, 6),
    ]


def _curves_so_far(
    store: ProgrammeStore, marks: list[LifecycleMarkView], language: str, s: Styles, width: float
) -> list[Flowable]:
    """Each curve the workshop marked, drawn with the programme's path up to this workshop's diagnosis."""
    tools = method_tools.tools_of(store)
    story: list[Flowable] = []
    for lifecycle in tools.lifecycles:
        own = [mark for mark in marks if mark.lifecycle_key == lifecycle.key]
        if not own:
            continue
        until = max(mark.marked_on for mark in own)
        so_far = [
            mark
            for mark in method_tools.list_lifecycle_marks(store, lifecycle_key=lifecycle.key)
            if mark.marked_on <= until
        ]
        story += [
            CondPageBreak(260),
            Heading(lifecycle.title.get(language), s.h2, 1),
            lifecycle_drawing(lifecycle, so_far, Labels(language), width),
            Spacer(1, 8),
        ]
    return story
