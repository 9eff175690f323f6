"""The programme report as a PDF: the programme, its five phases and tasks, success-criteria ratings over time
with a chart, the workshops held, overdue actions and the consolidated action plan by year and quarter."""

import uuid
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from statistics import fmean
from typing import Any

from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents
from sqlmodel import col, func, select

from workshop_app.catalogue import Catalogue
from workshop_app.domain.enums import ActionStatus, AttendanceStatus, PhaseStatus
from workshop_app.domain.models import (
    ActionView,
    Attendance,
    CriterionRatingView,
    DecisionView,
    PhaseStateView,
    ProgrammeView,
    TaskCheckView,
    Workshop,
    WorkshopView,
)
from workshop_app.export.board_drawing import board_drawing
from workshop_app.export.document import (
    ExportDocument,
    ExportJob,
    Heading,
    StreamingTable,
    atomic_output,
    markup,
    page_size_of,
    para,
    paragraphs,
)
from workshop_app.export.fonts import REGULAR
from workshop_app.export.labels import Labels, document_language
from workshop_app.export.method_tools_sections import programme_tools_story
from workshop_app.export.minutes import BoardFacts, board_legend
from workshop_app.export.styles import (
    ACCENT,
    ALERT_FILL,
    ALERT_HEX,
    DONE_HEX,
    HEADER_FILL,
    INK,
    MUTED,
    MUTED_HEX,
    RULE,
    RULE_STRONG,
    TOTAL_FILL,
    Styles,
    data_table,
    meta_table,
    styles,
)
from workshop_app.services import actions, boards, participants, phases, programme, workshops
from workshop_app.services.export_log import record_export
from workshop_app.storage.store import ProgrammeStore

DRAWN_NOTES = 60
"""Boards with more notes than this are listed in the report, not drawn (their minutes draw them)."""
CONTENTS_LIMIT = 2000
"""Above this many actions and notes the report has no table of contents (its PDF bookmarks navigate it):
the page numbers need a second layout of the whole report, which would double its time."""

PHASE_COLOURS = ("#1f4e79", "#c0504d", "#4f8a3c", "#8064a2", "#d08a1e")
"""One colour per phase in the ratings chart."""


def export_report(
    store: ProgrammeStore,
    out: Path,
    *,
    language: str | None = None,
    page_size: str = "A4",
    today: date | None = None,
    glossary: bool = False,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write the programme report to ``out`` (PDF) and return ``out``; ``glossary`` adds the method's
    glossary as an appendix.

    ``today`` is the day the report speaks of (overdue actions, workshops held); ``progress`` receives 0..1 and
    ``cancelled`` is asked between sections and pages; on cancel
    :class:`~workshop_app.export.document.ExportCancelled` is raised and no file is left behind.
    """
    job = ExportJob(progress, cancelled)
    job.step(0.0)
    page_size_of(page_size)
    today = today or date.today()
    facts = get_report_facts(store, job)
    labels = Labels(document_language(language, facts.programme.language))
    with atomic_output(Path(out)) as temporary:
        doc = ExportDocument(
            temporary,
            page_size=page_size,
            title=labels(
                "common.title_in_programme", title=labels("report.document_title"), programme=facts.programme.name
            ),
            programme_name=facts.programme.name,
            labels=labels,
            job=job,
            exported_on=today,
            subject=labels("report.kicker"),
            author=facts.programme.name,
            keywords=(facts.programme.name, facts.programme.area, labels("report.kicker")),
        )
        writer = ReportWriter(facts, labels, styles(labels.language), doc.frame_width, today, job)
        writer.glossary = glossary
        writer.height = doc.frame_height
        writer.tools = programme_tools_story(store, labels.language, writer.s, doc.frame_width)
        writer.contents = len(facts.actions) + sum(len(board.notes) for _, board in facts.boards) <= CONTENTS_LIMIT
        doc.render(writer.story(), progress_from=0.15, contents=writer.contents)
    record_export(store, Path(out), "report")
    return Path(out)


@dataclass(frozen=True)
class ReportFacts:
    programme: ProgrammeView
    catalogue: Catalogue
    phase_states: list[PhaseStateView]
    tasks: dict[str, TaskCheckView]
    ratings: list[CriterionRatingView]
    workshops: list[WorkshopView]
    present: dict[uuid.UUID, int]
    actions: list[ActionView]
    boards: list[tuple[WorkshopView, BoardFacts]] = field(default_factory=list)
    """The latest round of every board, with its workshop."""
    decisions: list[tuple[WorkshopView, DecisionView]] = field(default_factory=list)
    actor_counts: dict[str, int] = field(default_factory=dict)
    """How many people of each actor type are in the register (erased people left out)."""


def get_report_facts(store: ProgrammeStore, job: ExportJob | None = None) -> ReportFacts:
    """Everything the report shows, in one snapshot of the file (see ``ProgrammeStore.snapshot``)."""
    with store.snapshot():
        return _report_facts(store, job or ExportJob())


def _report_facts(store: ProgrammeStore, job: ExportJob) -> ReportFacts:
    facts_programme = programme.get_programme(store)
    catalogue = programme.catalogue_of(store)
    job.step(0.03)
    with store.reading() as session:
        present_rows = session.exec(
            select(Attendance.workshop_id, func.count())
            .join(Workshop, col(Workshop.id) == col(Attendance.workshop_id))
            .where(Workshop.programme_id == store.programme_id, Attendance.status == AttendanceStatus.PRESENT)
            .group_by(col(Attendance.workshop_id))
        ).all()
    job.step(0.06)
    all_actions = actions.list_actions(store)
    job.step(0.09)
    every_workshop = workshops.list_workshops(store)
    board_facts: list[tuple[WorkshopView, BoardFacts]] = []
    decisions: list[tuple[WorkshopView, DecisionView]] = []
    for workshop in every_workshop:
        decisions += [(workshop, decision) for decision in workshops.list_decisions(store, workshop.id)]
        listed = boards.list_boards(store, workshop.id)
        superseded = {board.previous_id for board in listed if board.previous_id is not None}
        for board in listed:
            if board.id in superseded:
                continue
            board_facts.append(
                (
                    workshop,
                    BoardFacts(
                        board=board,
                        notes=boards.list_notes(store, board.id),
                        votes=boards.vote_counts(store, board.id),
                        pro_cons=boards.list_pro_cons(store, board.id),
                    ),
                )
            )
    actor_counts = Counter(person.actor_type for person in participants.list_participants(store) if not person.erased)
    job.step(0.12)
    return ReportFacts(
        programme=facts_programme,
        catalogue=catalogue,
        phase_states=phases.list_phase_states(store),
        tasks=phases.list_task_checks(store),
        ratings=phases.list_ratings(store),
        workshops=workshops.list_workshops(store),
        present={workshop_id: int(count) for workshop_id, count in present_rows},
        actions=all_actions,
        boards=board_facts,
        decisions=decisions,
        actor_counts=dict(actor_counts),
    )


def action_year(action: ActionView) -> int | None:
    """The year an action is planned for: its plan year, else the year it is due."""
    if action.plan_year is not None:
        return action.plan_year
    return action.due_date.year if action.due_date else None


def action_quarter(action: ActionView) -> int | None:
    if action.plan_quarter is not None:
        return action.plan_quarter
    if action.plan_year is None and action.due_date is not None:
        return (action.due_date.month - 1) // 3 + 1
    return None


class ReportWriter:
    def __init__(
        self, facts: ReportFacts, labels: Labels, style: Styles, width: float, today: date, job: ExportJob
    ) -> None:
        self.facts = facts
        self.labels = labels
        self.s = style
        self.width = width
        self.today = today
        self.job = job
        self.language = labels.language
        self.glossary = False
        self.contents = True
        self.height = 700.0
        self.tools: list[Flowable] = []  # the method's tools: lifecycle paths, hybrids (issue 15)

    def story(self) -> list[Flowable]:
        return self.job.sections(
            self._title_block,
            self._contents,
            self._key_figures,
            self._phases,
            self._criteria,
            self._workshops,
            self._participants,
            self._decisions,
            self._boards,
            lambda: self.tools,
            self._overdue,
            self._plan,
            self._glossary,
        )

    def _contents(self) -> list[Flowable]:
        """The table of contents: the sections and their subsections with page numbers (filled in on the
        second pass of the layout); none for a very large report (see :data:`CONTENTS_LIMIT`)."""
        if not self.contents:
            return []
        toc = TableOfContents()
        toc.levelStyles = [
            ParagraphStyle("toc1", parent=self.s.body, leftIndent=0, firstLineIndent=0, spaceBefore=2),
            ParagraphStyle("toc2", parent=self.s.small, leftIndent=14, firstLineIndent=0),
        ]
        toc.dotsMinLevel = 0
        toc.tableStyle = TableStyle(  # the family's face: no base-14 font in the PDF
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 9.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
        heading = Heading(self.labels("report.contents"), self.s.h1, 0)
        heading.in_contents = False
        return [heading, toc, PageBreak()]

    def _participants(self) -> list[Flowable]:
        """How many people of each actor type take part (counts only: no names in the report)."""
        out = self._h1("report.participants")
        counts = self.facts.actor_counts
        if not counts:
            return [*out, self._none("report.no_participants")]

        def label(key: str) -> str:
            found = self.facts.catalogue.actor_type(key)
            return found.label.get(self.language) if found is not None else key

        order = [a.key for a in self.facts.catalogue.actor_types]
        keys = sorted(counts, key=lambda key: (order.index(key) if key in order else len(order), key))
        rows: list[list[Any]] = [self._head("register.actor_type", "report.people", right=(1,))]
        rows += [[para(label(key), self.s.cell), para(str(counts[key]), self.s.cell_right)] for key in keys]
        total = sum(counts.values())
        rows.append([para(self.labels("minutes.total"), self.s.cell_bold), para(str(total), self.s.cell_head_right)])
        w = self.width
        last = len(rows) - 1
        table = data_table(rows, [w * 0.6, w * 0.15], extra=[("BACKGROUND", (0, last), (-1, last), TOTAL_FILL)])
        intro = Paragraph(markup(self.labels("report.participants_intro")), self.s.small)
        return [KeepTogether([*out, intro, table])]  # the heading never alone at a page's foot

    def _decisions(self) -> list[Flowable]:
        """Every decision of every workshop, by date: the decisions log."""
        out = self._h1("report.decisions")
        if not self.facts.decisions:
            return [*out, self._none("minutes.no_decisions")]
        header = self._head("minutes.date", "report.workshop", "report.decision")

        def row(item: tuple[WorkshopView, DecisionView]) -> list[Any]:
            workshop, decision = item
            return [
                self.labels.day(workshop.date) or "–",
                para(workshop.title, self.s.cell),
                para(decision.text, self.s.cell),
            ]

        w = self.width
        return [*out, StreamingTable(header, self.facts.decisions, row, [w * 0.14, w * 0.3, w * 0.56])]

    def _boards(self) -> list[Flowable]:
        """One drawing per board (its latest round), under its workshop's name; a board of more than
        :data:`DRAWN_NOTES` notes is listed in a table instead (its minutes draw it and list its notes)."""
        out = self._h1("report.boards")
        if not self.facts.boards:
            return [*out, self._none("minutes.no_boards")]
        hidden = self.labels("minutes.hidden_note")
        listed: list[tuple[WorkshopView, BoardFacts]] = []
        for workshop, facts in self.facts.boards:
            self.job.check()
            if len(facts.notes) > DRAWN_NOTES:
                listed.append((workshop, facts))
                continue
            title = self.labels("report.board_title", board=facts.board.title, workshop=workshop.title)
            drawing = board_drawing(
                facts.board,
                facts.notes,
                facts.votes,
                width=self.width,
                max_height=self.height * 0.6,
                hidden_label=hidden,
                language=self.language,
                legend=board_legend(facts, self.labels, None),
                numbers={note.id: index for index, note in enumerate(facts.notes, 1)},
                markers_note=self.labels("report.markers_note"),
            )
            summary = self.labels("minutes.board_summary", notes=len(facts.notes), votes=sum(facts.votes.values()))
            out.append(
                KeepTogether(
                    [Heading(title, self.s.h2, 1), Paragraph(markup(summary), self.s.small), Spacer(1, 4), drawing]
                )
            )
        if listed:
            header = self._head("report.board", "report.workshop", "minutes.notes", "minutes.votes", right=(2, 3))

            def row(item: tuple[WorkshopView, BoardFacts]) -> list[Any]:
                workshop, facts = item
                return [
                    para(facts.board.title, self.s.cell),
                    para(workshop.title, self.s.cell),
                    str(len(facts.notes)),
                    str(sum(facts.votes.values())),
                ]

            w = self.width
            out += [
                CondPageBreak(90),
                Paragraph(markup(self.labels("report.boards_listed", count=DRAWN_NOTES)), self.s.small),
                Spacer(1, 4),
                StreamingTable(
                    header,
                    listed,
                    row,
                    [w * 0.42, w * 0.38, w * 0.1, w * 0.1],
                    style=[("ALIGN", (2, 0), (3, -1), "RIGHT")],
                ),
            ]
        return out

    def _glossary(self) -> list[Flowable]:
        """The method's terms and what they mean (an appendix, when asked for)."""
        if not self.glossary:
            return []
        out: list[Flowable] = [PageBreak(), Heading(self.labels("report.glossary"), self.s.h1, 0)]
        terms = sorted(self.facts.catalogue.glossary, key=lambda term: term.term.get(self.language).casefold())
        for term in terms:
            out.append(
                Paragraph(
                    f"<b>{markup(term.term.get(self.language))}</b> – {markup(term.definition.get(self.language))}",
                    self.s.body,
                )
            )
        return out

    # --- helpers ------------------------------------------------------------------------------------------

    def _h1(self, key: str, **params: Any) -> list[Flowable]:
        return [CondPageBreak(110), Heading(self.labels(key, **params), self.s.h1, 0)]

    def _none(self, key: str, **params: Any) -> Paragraph:
        return Paragraph(markup(self.labels(key, **params)), self.s.muted)

    def _head(self, *keys: str, right: tuple[int, ...] = ()) -> list[Any]:
        return [
            Paragraph(markup(self.labels(key)), self.s.cell_head_right if index in right else self.s.cell_head)
            for index, key in enumerate(keys)
        ]

    def _phase_title(self, number: int | None) -> str:
        if number is None or not 1 <= number <= 5:
            return "–"
        return self.facts.catalogue.phase(number).title.get(self.language)

    def _status(self, action: ActionView) -> Paragraph | str:
        label = self.labels.choice("action_status", action.status)
        if action.is_overdue(self.today):
            overdue = markup(self.labels("actions.overdue"))
            return Paragraph(f'{markup(label)}<br/><font color="{ALERT_HEX}"><b>{overdue}</b></font>', self.s.cell)
        return label

    def _overdue_style(self, index: int, action: ActionView) -> list[tuple[Any, ...]]:
        return [("BACKGROUND", (0, index), (-1, index), ALERT_FILL)] if action.is_overdue(self.today) else []

    # --- sections -----------------------------------------------------------------------------------------

    def _title_block(self) -> list[Flowable]:
        p = self.facts.programme
        current = self._current_phase()
        rows = [
            ("report.area", p.area or "–"),
            ("report.region", p.region or "–"),
            ("report.start_year", str(p.start_year)),
            (
                "report.current_phase",
                self.labels("common.phase_title", number=current, title=self._phase_title(current)),
            ),
            ("report.as_of", self.labels.day(self.today, "long")),
        ]
        table = meta_table(
            [[para(self.labels(key), self.s.meta_label), para(value, self.s.meta_value)] for key, value in rows],
            [self.width * 0.22, self.width * 0.78],
        )
        out: list[Flowable] = [
            Paragraph(markup(self.labels("report.kicker").upper()), self.s.kicker),
            Heading(p.name, self.s.title, 0),
            table,
            Spacer(1, 8),
        ]
        out += paragraphs(p.description, self.s.body)
        return out

    def _current_phase(self) -> int:
        states = {state.phase: state.status for state in self.facts.phase_states}
        for wanted in (PhaseStatus.IN_PROGRESS, PhaseStatus.NOT_STARTED):
            for number in range(1, 6):
                if states.get(number, PhaseStatus.NOT_STARTED) == wanted:
                    return number
        return 5

    def _key_figures(self) -> list[Flowable]:
        held = sum(1 for w in self.facts.workshops if w.date is not None and w.date <= self.today)
        by_status = Counter(action.status for action in self.facts.actions)
        overdue = sum(1 for action in self.facts.actions if action.is_overdue(self.today))
        figures = [
            (held, "report.figure_workshops"),
            (len(self.facts.actions), "report.figure_actions"),
            (by_status[ActionStatus.DONE], "report.figure_done"),
            (by_status[ActionStatus.OPEN] + by_status[ActionStatus.IN_PROGRESS], "report.figure_open"),
            (overdue, "report.figure_overdue"),
        ]
        big = self.s.title.clone("figure", fontSize=17, leading=20, spaceAfter=0, textColor=ACCENT)
        alert = big.clone("figure_alert", textColor=colors.HexColor(ALERT_HEX))
        cells = [
            [
                Paragraph(self.labels.number(value), alert if key == "report.figure_overdue" and value else big),
                Paragraph(markup(self.labels(key)), self.s.small),
            ]
            for value, key in figures
        ]
        table = Table([cells], colWidths=[self.width / len(cells)] * len(cells), hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), REGULAR, 8),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                    ("BACKGROUND", (0, 0), (-1, -1), HEADER_FILL),
                    ("LINEBEFORE", (1, 0), (-1, 0), 2, colors.white),
                ]
            )
        )
        return [Spacer(1, 6), table]

    def _phases(self) -> list[Flowable]:
        out = self._h1("report.phases")
        states = {state.phase: state for state in self.facts.phase_states}
        for phase in self.facts.catalogue.phases:
            self.job.check()
            state = states.get(phase.number)
            status = state.status if state else PhaseStatus.NOT_STARTED
            line = self.labels.choice("phase_status", status)
            if state and state.started_on and state.completed_on:
                line += " · " + self.labels(
                    "report.phase_span",
                    start=self.labels.day(state.started_on),
                    end=self.labels.day(state.completed_on),
                )
            elif state and state.started_on:
                line += " · " + self.labels("report.phase_since", start=self.labels.day(state.started_on))
            block: list[Flowable] = [
                Heading(
                    self.labels("common.phase_title", number=phase.number, title=phase.title.get(self.language)),
                    self.s.h2,
                    1,
                ),
                Paragraph(markup(line), self.s.small),
                Spacer(1, 3),
            ]
            if state and state.notes:
                block += paragraphs(state.notes, self.s.body)
            rows: list[list[Any]] = [self._head("report.task", "report.task_status", "report.owner")]
            for task in phase.tasks:
                check = self.facts.tasks.get(task.key)
                done = bool(check and check.done)
                title: list[Flowable] = [para(task.title.get(self.language), self.s.cell)]
                if check and check.note:
                    title.append(para(check.note, self.s.cell_muted))
                mark = self.labels("report.task_done" if done else "report.task_open")
                colour = DONE_HEX if done else MUTED_HEX
                rows.append(
                    [
                        title,
                        Paragraph(
                            f'<font color="{colour}">{markup(mark)}</font>', self.s.cell_bold if done else self.s.cell
                        ),
                        para(check.owner if check else "", self.s.cell),
                    ]
                )
            w = self.width
            table = data_table(rows, [w * 0.62, w * 0.12, w * 0.26], split_in_row=True)
            out += [CondPageBreak(90), KeepTogether(block[:3]), *block[3:], table]
        return out

    def _criteria(self) -> list[Flowable]:
        out = self._h1("report.criteria")
        ratings = self.facts.ratings
        if not ratings:
            return [*out, self._none("report.no_ratings")]
        out += [
            Paragraph(markup(self.labels("report.chart_caption")), self.s.small),
            Spacer(1, 4),
            self._chart(),
            Spacer(1, 6),
        ]
        by_key: dict[str, list[CriterionRatingView]] = defaultdict(list)
        for rating in ratings:
            by_key[rating.criterion_key].append(rating)
        for phase in self.facts.catalogue.phases:
            self.job.check()
            rated = [criterion for criterion in phase.criteria if criterion.key in by_key]
            if not rated:
                continue
            rows: list[list[Any]] = [
                self._head("report.criterion", "report.latest", "report.previous", "report.change", right=(3,))
            ]
            for criterion in rated:
                history = by_key[criterion.key]
                latest = history[-1]
                previous = history[-2] if len(history) > 1 else None
                text: list[Flowable] = [para(criterion.text.get(self.language), self.s.cell)]
                if latest.comment:
                    text.append(para(latest.comment, self.s.cell_muted))
                change = "–"
                if previous is not None:
                    delta = latest.score - previous.score
                    change = f"+{delta}" if delta > 0 else ("±0" if delta == 0 else f"–{-delta}")
                rows.append(
                    [
                        text,
                        self._score(latest),
                        self._score(previous) if previous else para("–", self.s.cell_muted),
                        para(change, self.s.cell_right),
                    ]
                )
            w = self.width
            title = self.labels("common.phase_title", number=phase.number, title=phase.title.get(self.language))
            out += [
                CondPageBreak(80),
                Heading(title, self.s.h3, 1),
                data_table(rows, [w * 0.58, w * 0.15, w * 0.15, w * 0.12], split_in_row=True),
            ]
        return out

    def _score(self, rating: CriterionRatingView) -> list[Flowable]:
        return [
            Paragraph(f"<b>{rating.score}</b> / 5", self.s.cell),
            para(self.labels.day(rating.rated_on), self.s.cell_muted),
        ]

    def _chart(self) -> Drawing:
        """Average score of each phase's criteria on each day they were rated, one line per phase."""
        phase_of = {c.key: phase.number for phase in self.facts.catalogue.phases for c in phase.criteria}
        scores: dict[int, dict[date, list[int]]] = defaultdict(lambda: defaultdict(list))
        for rating in self.facts.ratings:
            number = phase_of.get(rating.criterion_key)
            if number is not None:
                scores[number][rating.rated_on].append(rating.score)
        numbers = sorted(scores)
        series = [sorted((day.toordinal(), fmean(values)) for day, values in scores[n].items()) for n in numbers]
        days = sorted({x for points in series for x, _ in points})
        low, high = days[0], days[-1]
        if high - low < 60:
            low, high = low - 30, high + 30
        width, height = self.width, 150.0
        drawing = Drawing(width, height, initialFontName=REGULAR)
        plot = LinePlot()
        plot.x, plot.y = 28, 22
        plot.width, plot.height = width * 0.62, height - 34
        plot.data = series
        plot.joinedLines = 1
        for index, number in enumerate(numbers):
            colour = colors.HexColor(PHASE_COLOURS[(number - 1) % len(PHASE_COLOURS)])
            plot.lines[index].strokeColor = colour
            plot.lines[index].strokeWidth = 1.4
            plot.lines[index].symbol = makeMarker("FilledCircle", size=4, fillColor=colour, strokeColor=colour)
        x_axis, y_axis = plot.xValueAxis, plot.yValueAxis
        x_axis.valueMin, x_axis.valueMax = low - (high - low) * 0.04, high + (high - low) * 0.04
        ticks = days if len(days) <= 6 else days[:: max(1, len(days) // 6)]
        x_axis.valueSteps = ticks
        x_axis.labelTextFormat = lambda value: self.labels.month(date.fromordinal(int(value)))
        y_axis.valueMin, y_axis.valueMax, y_axis.valueStep = 1, 5, 1
        y_axis.labelTextFormat = "%d"
        y_axis.visibleGrid = 1
        y_axis.gridStrokeColor = RULE
        y_axis.gridStrokeWidth = 0.4
        for axis in (x_axis, y_axis):
            axis.labels.fontName = REGULAR
            axis.labels.fontSize = 7
            axis.labels.fillColor = MUTED
            axis.strokeColor = RULE_STRONG
            axis.strokeWidth = 0.6
        x_axis.tickDown = 2
        y_axis.tickLeft = 2
        drawing.add(plot)
        legend = Legend()
        legend.x, legend.y = plot.x + plot.width + 22, plot.y + plot.height
        legend.alignment = "right"
        legend.fontName = REGULAR
        legend.fontSize = 7.5
        legend.fillColor = INK
        legend.columnMaximum = 5
        legend.deltay = 12
        legend.dx = legend.dy = 7
        legend.dxTextSpace = 5
        legend.strokeWidth = 0
        legend.colorNamePairs = [
            (
                colors.HexColor(PHASE_COLOURS[(number - 1) % len(PHASE_COLOURS)]),
                self.labels("common.phase_title", number=number, title=self._phase_title(number)),
            )
            for number in numbers
        ]
        drawing.add(legend)
        return drawing

    def _workshops(self) -> list[Flowable]:
        out = self._h1("report.workshops")
        held = [w for w in self.facts.workshops if w.date is not None and w.date <= self.today]
        planned = [w for w in self.facts.workshops if w.date is None or w.date > self.today]
        if not held:
            out.append(self._none("report.no_workshops"))
        else:
            out.append(self._workshop_table(held))
        if planned:
            out += [
                CondPageBreak(60),
                Heading(self.labels("report.planned_workshops"), self.s.h3, 1),
                self._workshop_table(planned),
            ]
        return out

    def _workshop_table(self, items: list[WorkshopView]) -> Flowable:
        header = self._head(
            "minutes.date", "report.workshop", "minutes.phase", "minutes.place", "report.present", right=(4,)
        )

        def row(w: WorkshopView) -> list[Any]:
            return [
                self.labels.day(w.date) or "–",
                para(w.title, self.s.cell),
                str(w.phase),
                para(w.place or "–", self.s.cell),
                str(self.facts.present.get(w.id, 0) or "–"),
            ]

        w = self.width
        widths = [w * 0.14, w * 0.44, w * 0.08, w * 0.24, w * 0.1]
        return StreamingTable(header, items, row, widths, style=[("ALIGN", (4, 0), (4, -1), "RIGHT")])

    def _overdue(self) -> list[Flowable]:
        overdue = [action for action in self.facts.actions if action.is_overdue(self.today)]
        out = self._h1("report.overdue", date=self.labels.day(self.today))
        if not overdue:
            return [*out, self._none("report.no_overdue")]
        out.append(
            Paragraph(
                markup(self.labels("report.overdue_intro", count=len(overdue), date=self.labels.day(self.today))),
                self.s.body,
            )
        )
        header = self._head(
            "actions.what", "actions.who", "actions.due", "report.days_overdue", "actions.status", right=(3,)
        )

        def row(action: ActionView) -> list[Any]:
            late = (self.today - action.due_date).days if action.due_date else 0
            return [
                para(action.what, self.s.cell),
                para(action.owner or "–", self.s.cell),
                self.labels.day(action.due_date),
                self.labels.number(late),
                self.labels.choice("action_status", action.status),
            ]

        w = self.width
        widths = [w * 0.41, w * 0.18, w * 0.14, w * 0.13, w * 0.14]
        out.append(StreamingTable(header, overdue, row, widths, style=[("ALIGN", (3, 0), (3, -1), "RIGHT")]))
        return out

    def _plan(self) -> list[Flowable]:
        """A table per year, its actions grouped by quarter under a spanning row, overdue ones shaded."""
        out = self._h1("report.plan")
        if not self.facts.actions:
            return [*out, self._none("report.no_actions")]
        out.append(Paragraph(markup(self.labels("report.plan_intro")), self.s.small))
        years: dict[int | None, list[ActionView]] = defaultdict(list)
        for action in self.facts.actions:
            years[action_year(action)].append(action)
        header = self._head("actions.what", "actions.who", "actions.due", "actions.status", "minutes.phase")
        columns = len(header)

        def row(item: ActionView | str) -> list[Any]:
            if isinstance(item, str):
                return [para(item, self.s.cell_bold), *[""] * (columns - 1)]
            return [
                para(item.what, self.s.cell),
                para(item.owner or "–", self.s.cell),
                self.labels.day(item.due_date) or "–",
                self._status(item),
                str(item.phase) if item.phase else "–",
            ]

        def row_style(index: int, item: ActionView | str) -> list[tuple[Any, ...]]:
            if isinstance(item, str):
                return [("SPAN", (0, index), (-1, index)), ("BACKGROUND", (0, index), (-1, index), TOTAL_FILL)]
            return self._overdue_style(index, item)

        w = self.width
        widths = [w * 0.46, w * 0.19, w * 0.14, w * 0.13, w * 0.08]
        for year in sorted(years, key=lambda y: (y is None, y or 0)):
            self.job.check()
            items = sorted(years[year], key=lambda a: (action_quarter(a) or 5, a.due_date or date.max, a.priority))
            rows: list[ActionView | str] = []
            quarter: int | None = -1
            for action in items:
                if action_quarter(action) != quarter:
                    quarter = action_quarter(action)
                    rows.append(self._quarter_title(year, quarter))
                rows.append(action)
            counts = Counter(action.status for action in items)
            summary = self.labels(
                "report.year_summary",
                count=len(items),
                done=counts[ActionStatus.DONE],
                open=counts[ActionStatus.OPEN] + counts[ActionStatus.IN_PROGRESS],
                overdue=sum(1 for action in items if action.is_overdue(self.today)),
            )
            title = str(year) if year is not None else self.labels("report.no_year")
            table: StreamingTable[ActionView | str] = StreamingTable(
                header, rows, row, widths, row_style=row_style, is_group=lambda item: isinstance(item, str)
            )
            out += [
                CondPageBreak(170),  # the year's heading, summary and first rows stay together
                Heading(title, self.s.h2, 1),
                Paragraph(markup(summary), self.s.small),
                Spacer(1, 4),
                table,
            ]
        return out

    def _quarter_title(self, year: int | None, quarter: int | None) -> str:
        if quarter is None or not 1 <= quarter <= 4:
            return self.labels("report.no_quarter")
        if year is None:
            return self.labels("report.quarter_label", quarter=quarter)
        return self.labels(
            "report.quarter_span",
            quarter=self.labels("report.quarter_label", quarter=quarter),
            start=self.labels.month_name(date(year, 3 * quarter - 2, 1)),
            end=self.labels.month_name(date(year, 3 * quarter, 1), with_year=True),
        )
