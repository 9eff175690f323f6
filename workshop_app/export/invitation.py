"""A planned workshop's documents: the agenda and invitation, and the printable sign-in sheet (PDF).

The agenda gives each item its start time, computed from the workshop's start and the durations before it,
so that moving an item or changing a duration never leaves a stale time in the invitation. The sign-in sheet
lists the people expected (the workshop's attendance list) with their organisation and a signature column,
blank rows for those who come unannounced, and a short privacy notice.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, Final

from reportlab.platypus import Flowable, Paragraph, Spacer

from workshop_app.domain.models import AgendaItemView
from workshop_app.export.document import ExportJob, Heading, atomic_output, markup, page_size_of, para
from workshop_app.export.labels import Labels, document_language
from workshop_app.export.minutes import (
    MinutesFacts,
    People,
    _attendance_mode,
    get_minutes_facts,
    workshop_document,
)
from workshop_app.export.styles import (
    ALERT_FILL,
    ALERT_HEX,
    RULE_STRONG,
    TOTAL_FILL,
    banner,
    data_table,
    meta_table,
    styles,
)
from workshop_app.services.export_log import record_export
from workshop_app.storage.store import ProgrammeStore

BLANK_ROWS: Final = 8
SIGNATURE_PADDING: Final = 7.0
"""Room above and below a name for a signature."""


@dataclass(frozen=True)
class TimedItem:
    """An agenda item with the clock time it starts and ends at (None without a start time)."""

    number: int
    item: AgendaItemView
    starts: time | None
    ends: time | None


def timed_agenda(items: list[AgendaItemView], start: time | None) -> list[TimedItem]:
    """Each item's start and end, from ``start`` and the planned minutes of the items before it."""
    clock = datetime.combine(date(2000, 1, 1), start) if start is not None else None
    out = []
    for number, item in enumerate(items, 1):
        if clock is None:
            out.append(TimedItem(number, item, None, None))
            continue
        end = clock + timedelta(minutes=item.planned_minutes)
        out.append(TimedItem(number, item, clock.time(), end.time()))
        clock = end
    return out


def export_agenda(
    store: ProgrammeStore,
    workshop_id: uuid.UUID,
    out: Path,
    *,
    language: str | None = None,
    page_size: str = "A4",
    today: date | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write the agenda and invitation of a (planned) workshop to ``out`` (PDF) and return ``out``."""
    job = ExportJob(progress, cancelled)
    job.step(0.0)
    page_size_of(page_size)
    facts = get_minutes_facts(store, workshop_id, job)
    labels = Labels(document_language(language, facts.programme.language))
    today = today or date.today()
    with atomic_output(Path(out)) as temporary:
        doc = workshop_document(temporary, facts, labels, "agenda", page_size=page_size, job=job, today=today)
        doc.render(AgendaWriter(facts, labels, doc.frame_width).story(), progress_from=0.2)
    record_export(store, Path(out), "agenda")
    return Path(out)


def export_sign_in(
    store: ProgrammeStore,
    workshop_id: uuid.UUID,
    out: Path,
    *,
    language: str | None = None,
    page_size: str = "A4",
    attendance: str = "names",
    today: date | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write the sign-in sheet of a workshop to ``out`` (PDF) and return ``out``; ``attendance`` names people
    as in the minutes (``organisations``: no names printed, only blank rows under each organisation)."""
    job = ExportJob(progress, cancelled)
    job.step(0.0)
    page_size_of(page_size)
    mode = _attendance_mode(attendance)
    facts = get_minutes_facts(store, workshop_id, job)
    labels = Labels(document_language(language, facts.programme.language))
    today = today or date.today()
    with atomic_output(Path(out)) as temporary:
        doc = workshop_document(temporary, facts, labels, "sign_in", page_size=page_size, job=job, today=today)
        people = People(facts.people, mode, labels)
        doc.render(SignInWriter(facts, labels, doc.frame_width, people).story(), progress_from=0.2)
    record_export(store, Path(out), "sign_in")
    return Path(out)


class AgendaWriter:
    def __init__(self, facts: MinutesFacts, labels: Labels, width: float) -> None:
        self.facts = facts
        self.labels = labels
        self.width = width
        self.s = styles(labels.language)

    def story(self) -> list[Flowable]:
        w = self.facts.workshop
        dash = "–"
        rows = [
            ("minutes.programme", self.facts.programme.name),
            ("minutes.phase", _phase(self.facts, self.labels, w.phase)),
            ("minutes.date", self.labels.day(w.date, "full") or dash),
            ("minutes.time", self.labels.clock_span(w.start_time, w.end_time) or dash),
            ("minutes.place", w.place or dash),
            ("minutes.facilitator", w.facilitator or dash),
        ]
        if w.purpose:
            rows.append(("minutes.purpose", w.purpose))
        rows.append(("agenda.bring", self.labels("agenda.bring_text")))
        out: list[Flowable] = [
            Paragraph(markup(self.labels("agenda.kicker").upper()), self.s.kicker),
            Heading(w.title, self.s.title, 0),
            para(self.labels("agenda.invitation", title=w.title), self.s.body),
            Spacer(1, 4),
            meta_table(
                [[para(self.labels(key), self.s.meta_label), para(value, self.s.meta_value)] for key, value in rows],
                [self.width * 0.22, self.width * 0.78],
            ),
            Heading(self.labels("minutes.agenda"), self.s.h1, 0),
        ]
        return out + self._agenda()

    def _agenda(self) -> list[Flowable]:
        facts = self.facts
        if not facts.agenda:
            return [para(self.labels("minutes.no_agenda"), self.s.muted)]
        timed = timed_agenda(facts.agenda, facts.workshop.start_time)
        with_times = facts.workshop.start_time is not None
        head = [self.labels("minutes.number")]
        if with_times:
            head.append(self.labels("agenda.start"))
        head += [self.labels("minutes.item"), self.labels("minutes.planned")]
        rows: list[list[Any]] = [[para(text, self.s.cell_head) for text in head]]
        rows[0][-1] = para(head[-1], self.s.cell_head_right)
        for entry in timed:
            row: list[Any] = [para(f"{entry.number}.", self.s.cell)]
            if with_times:
                row.append(para(self.labels.clock(entry.starts), self.s.cell_bold))
            row += [
                para(entry.item.title, self.s.cell),
                para(
                    self.labels.duration(entry.item.planned_minutes) if entry.item.planned_minutes else "–",
                    self.s.cell_right,
                ),
            ]
            rows.append(row)
        total = sum(item.planned_minutes for item in facts.agenda)
        total_row: list[Any] = [""] * len(rows[0])
        if with_times and timed[-1].ends is not None:
            total_row[1] = para(self.labels.clock(timed[-1].ends), self.s.cell_bold)
        total_row[-2] = para(self.labels("minutes.total"), self.s.cell_bold)
        total_row[-1] = para(self.labels.duration(total), self.s.cell_head_right)
        rows.append(total_row)
        w = self.width
        widths = [w * 0.07, w * 0.13, w * 0.58, w * 0.22] if with_times else [w * 0.07, w * 0.71, w * 0.22]
        last = len(rows) - 1
        out: list[Flowable] = [
            data_table(
                rows,
                widths,
                extra=[
                    ("BACKGROUND", (0, last), (-1, last), TOTAL_FILL),
                    ("LINEABOVE", (0, last), (-1, last), 0.8, RULE_STRONG),
                ],
            )
        ]
        workshop = facts.workshop
        if not with_times:
            out.insert(0, para(self.labels("agenda.no_time"), self.s.muted))
        elif workshop.start_time is not None and workshop.end_time is not None:
            slot = (
                datetime.combine(date(2000, 1, 1), workshop.end_time)
                - datetime.combine(date(2000, 1, 1), workshop.start_time)
            ).seconds // 60
            if total > slot:
                text = self.labels(
                    "agenda.over_time", planned=self.labels.duration(total), slot=self.labels.duration(slot)
                )
                out += [Spacer(1, 6), banner(text, ALERT_FILL, ALERT_HEX, self.width)]
        return out


class SignInWriter:
    def __init__(self, facts: MinutesFacts, labels: Labels, width: float, people: People) -> None:
        self.facts = facts
        self.labels = labels
        self.width = width
        self.people = people
        self.s = styles(labels.language)

    def expected(self) -> list[tuple[str, str]]:
        """(name, organisation) of each person on the workshop's list (else of the register), by name."""
        out = []
        listed = [row.participant_id for row in self.facts.attendance]
        if not listed:  # nobody invited yet: the register, for people to find themselves on
            listed = list(self.facts.people)
        for person_id in listed:
            person = self.facts.people.get(person_id)
            if person is None or person.erased:
                continue
            organisation = person.organisation
            name = "" if self.people.mode == "organisations" else self.people.name(person.id)
            out.append((name, organisation))
        return sorted(out, key=lambda pair: (pair[0].casefold(), pair[1].casefold()))

    def story(self) -> list[Flowable]:
        w = self.facts.workshop
        when = " · ".join(
            part
            for part in (self.labels.day(w.date, "long"), self.labels.clock_span(w.start_time, w.end_time), w.place)
            if part
        )
        expected = self.expected()
        head = [
            self.labels(key)
            for key in ("minutes.number", "minutes.person", "minutes.organisation", "sign_in.signature")
        ]
        rows: list[list[Any]] = [[para(text, self.s.cell_head) for text in head]]
        for number, (name, organisation) in enumerate(expected, 1):
            rows.append([para(f"{number}.", self.s.cell), para(name, self.s.cell), para(organisation, self.s.cell), ""])
        for number in range(len(expected) + 1, len(expected) + BLANK_ROWS + 1):
            rows.append([para(f"{number}.", self.s.cell_muted), "", "", ""])
        w_ = self.width
        table = data_table(
            rows,
            [w_ * 0.07, w_ * 0.3, w_ * 0.3, w_ * 0.33],
            extra=[
                ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 1), (-1, -1), SIGNATURE_PADDING),
                ("BOTTOMPADDING", (0, 1), (-1, -1), SIGNATURE_PADDING),
                ("LINEBEFORE", (-1, 0), (-1, -1), 0.4, RULE_STRONG),
            ],
        )
        return [
            Paragraph(markup(self.labels("sign_in.kicker").upper()), self.s.kicker),
            Heading(w.title, self.s.title, 0),
            para(when, self.s.body),
            para(self.labels("sign_in.expected", count=len(expected)), self.s.small),
            Spacer(1, 6),
            table,
            Spacer(1, 10),
            para(self.labels("sign_in.privacy"), self.s.small),
        ]


def _phase(facts: MinutesFacts, labels: Labels, number: int) -> str:
    title = facts.catalogue.phase(number).title.get(labels.language) if 1 <= number <= 5 else ""
    return labels("common.phase_title", number=number, title=title)
