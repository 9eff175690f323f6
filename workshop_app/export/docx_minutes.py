"""A workshop's minutes, agenda and sign-in sheet as editable DOCX: the same facts and words as the PDFs
(:mod:`workshop_app.export.minutes`, :mod:`workshop_app.export.invitation`), in Word's own structure."""

import uuid
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from workshop_app.domain.enums import AttendanceStatus, ProConKind, Quadrant
from workshop_app.export.document import ExportJob
from workshop_app.export.docx_document import ALERT, DONE, DocxWriter
from workshop_app.export.docx_method_tools import write_workshop_tools
from workshop_app.export.invitation import BLANK_ROWS, SignInWriter, timed_agenda
from workshop_app.export.labels import Labels, document_language
from workshop_app.export.method_tools_facts import WorkshopTools, workshop_tools
from workshop_app.export.minutes import (
    DOCUMENT_LABELS,
    QUADRANT_ORDER,
    STATUS_ORDER,
    MinutesFacts,
    get_minutes_facts,
    group_pro_cons,
    notes_by_quadrant,
)
from workshop_app.export.people import People, attendance_mode
from workshop_app.services.export_log import record_export
from workshop_app.storage.store import ProgrammeStore


def export_workshop_docx(
    store: ProgrammeStore,
    workshop_id: uuid.UUID,
    out: Path,
    *,
    document: str = "minutes",
    language: str | None = None,
    attendance: str = "names",
    today: date | None = None,
) -> Path:
    """Write a workshop's ``document`` (minutes, agenda or sign_in) to ``out`` as DOCX and return ``out``."""
    mode = attendance_mode(attendance)
    facts = get_minutes_facts(store, workshop_id, ExportJob())
    labels = Labels(document_language(language, facts.programme.language))
    kind = document.replace("-", "_")
    title_key, kicker_key = DOCUMENT_LABELS[kind]
    title = labels(title_key, title=facts.workshop.title)
    writer = DocxWriter(
        labels,
        title=labels("common.title_in_programme", title=title, programme=facts.programme.name),
        author=facts.workshop.facilitator,
        subject=labels(kicker_key),
        keywords=(facts.programme.name, facts.workshop.title, labels(kicker_key)),
    )
    people = People(facts.people, mode, labels)
    if kind == "agenda":
        write_agenda(writer, facts, labels)
    elif kind == "sign_in":
        write_sign_in(writer, facts, labels, people)
    else:
        tools = workshop_tools(store, workshop_id, labels.language, names=mode == "names")
        write_minutes(writer, facts, labels, people, today or date.today(), tools)
    writer.save(out)
    record_export(store, Path(out), kind)
    return Path(out)


def _facts_rows(facts: MinutesFacts, labels: Labels, *, long_date: str = "long") -> list[tuple[str, str]]:
    w = facts.workshop
    dash = "–"
    phase_title = facts.catalogue.phase(w.phase).title.get(labels.language) if 1 <= w.phase <= 5 else ""
    rows = [
        (labels("minutes.programme"), facts.programme.name),
        (labels("minutes.phase"), labels("common.phase_title", number=w.phase, title=phase_title)),
        (labels("minutes.date"), labels.day(w.date, long_date) or dash),
        (labels("minutes.time"), labels.clock_span(w.start_time, w.end_time) or dash),
        (labels("minutes.place"), w.place or dash),
        (labels("minutes.facilitator"), w.facilitator or dash),
    ]
    if w.purpose:
        rows.append((labels("minutes.purpose"), w.purpose))
    return rows


def write_minutes(
    writer: DocxWriter,
    facts: MinutesFacts,
    labels: Labels,
    people: People,
    today: date,
    tools: WorkshopTools | None = None,
) -> None:
    """The minutes; ``tools`` are the method's tools the workshop used (canvas, hybrid, lifecycle), written
    after the boards as in the PDF."""
    record = facts.record
    writer.kicker(labels("minutes.kicker"))
    writer.title(facts.workshop.title)
    if record is not None and record.approved:
        writer.paragraph(
            labels("minutes.approved_banner", date=labels.day(record.approved_on, "long")), bold=True, colour=DONE
        )
    else:
        text = labels("minutes.draft_banner")
        if record is not None and record.reopened_at is not None:
            text = f"{text} {labels('minutes.reopened', date=labels.day(record.reopened_at.date(), 'long'))}"
        writer.paragraph(text, bold=True, colour=ALERT)
    writer.facts(_facts_rows(facts, labels))

    writer.heading(labels("minutes.attendance"))
    if not facts.attendance:
        writer.paragraph(labels("minutes.no_attendance"), muted=True)
    else:
        counts = Counter(row.status for row in facts.attendance)
        writer.paragraph(
            " · ".join(
                labels(f"attendance_count.{status.value}", count=counts[status])
                for status in AttendanceStatus
                if counts[status]
            )
        )
        ordered = sorted(
            facts.attendance,
            key=lambda row: (STATUS_ORDER.get(row.status, 9), people.name(row.participant_id).casefold()),
        )
        if people.mode == "organisations":
            by_org: dict[str, Counter[str]] = {}
            for row in facts.attendance:
                org = people.name(row.participant_id) or labels("people.no_organisation")
                by_org.setdefault(org, Counter())[row.status] += 1
            writer.table(
                [labels("minutes.organisation"), *(labels(f"attendance_status.{s.value}") for s in AttendanceStatus)],
                [
                    [org, *(by_org[org][s.value] or "–" for s in AttendanceStatus)]
                    for org in sorted(by_org, key=str.casefold)
                ],
            )
        elif people.mode == "initials":
            writer.table(
                [labels("minutes.person"), labels("minutes.attendance_status")],
                [[people.name(row.participant_id), labels.choice("attendance_status", row.status)] for row in ordered],
            )
        else:
            rows = []
            for row in ordered:
                person = facts.people.get(row.participant_id)
                shown = person is not None and not person.erased
                rows.append(
                    [
                        people.name(row.participant_id),
                        person.organisation if shown and person is not None else "",
                        person.role if shown and person is not None else "",
                        labels.choice("attendance_status", row.status),
                    ]
                )
            writer.table(
                [
                    labels(k)
                    for k in ("minutes.person", "minutes.organisation", "minutes.role", "minutes.attendance_status")
                ],
                rows,
            )

    writer.heading(labels("minutes.agenda"))
    _agenda_table(writer, facts, labels)

    writer.heading(labels("minutes.minutes"))
    if not any(item.minutes_text.strip() for item in facts.agenda):
        writer.paragraph(labels("minutes.no_minutes"), muted=True)
    for number, item in enumerate(facts.agenda, 1):
        if not item.minutes_text.strip():
            continue
        writer.heading(f"{number}. {item.title}", 2)
        writer.paragraphs(item.minutes_text)

    writer.heading(labels("minutes.decisions"))
    if facts.decisions:
        writer.numbered([decision.text for decision in facts.decisions])
    else:
        writer.paragraph(labels("minutes.no_decisions"), muted=True)

    writer.heading(labels("minutes.boards"))
    if not facts.boards:
        writer.paragraph(labels("minutes.no_boards"), muted=True)
    for board_facts in facts.boards:
        board = board_facts.board
        title = board.title if board.round <= 1 else labels("minutes.board_round", title=board.title, round=board.round)
        writer.heading(title, 2)
        writer.paragraph(
            labels("minutes.board_summary", notes=len(board_facts.notes), votes=sum(board_facts.votes.values()))
        )
        writer.heading(labels("minutes.notes"), 3)
        if not board_facts.notes:
            writer.paragraph(labels("minutes.no_notes"), muted=True)
        else:
            authors = people.mode == "names"
            note_rows: list[list[Any]] = []
            for entry in notes_by_quadrant(board_facts):
                if isinstance(entry, str):
                    title_of = str(getattr(board, f"title_{entry}", "") or "") or labels(f"quadrant.{entry}")
                    note_rows.append([title_of, *([""] if authors else []), ""])
                    continue
                text = labels("minutes.hidden_note") if entry.hidden else entry.text
                note_rows.append(
                    [
                        text,
                        *([people.name(entry.participant_id)] if authors else []),
                        board_facts.votes.get(entry.id, 0) or "–",
                    ]
                )
            header = [labels("minutes.note"), *([labels("minutes.author")] if authors else []), labels("minutes.votes")]
            writer.table(header, note_rows)
        listed = group_pro_cons(board_facts.pro_cons)
        if listed:
            writer.heading(labels("minutes.pros_and_cons"), 3)
            notes = {note.id: note for note in board_facts.notes}
            pro_rows: list[list[Any]] = []
            for quadrant in [*QUADRANT_ORDER, None]:
                for kind in ProConKind:
                    for pro_con in listed:
                        if pro_con.kind != kind or (
                            pro_con.quadrant != (quadrant.value if isinstance(quadrant, Quadrant) else None)
                        ):
                            continue
                        if quadrant is None:
                            note = notes.get(pro_con.note_id) if pro_con.note_id else None
                            shown = note is not None and not note.hidden
                            note_text = note.text if shown and note is not None else labels("minutes.hidden_note")
                            subject = f"{labels('minutes.note_ref')} {note_text}"
                        else:
                            subject = str(getattr(board, f"title_{quadrant.value}", "") or "") or labels(
                                f"quadrant.{quadrant.value}"
                            )
                        text = (
                            pro_con.text
                            if pro_con.origin != "method"
                            else f"{pro_con.text} {labels('minutes.from_method')}"
                        )
                        side = labels("minutes.pros") if kind is ProConKind.PRO else labels("minutes.cons")
                        pro_rows.append([subject, side, text])
            writer.table(
                [labels("minutes.pro_con_for"), labels("minutes.pro_or_con"), labels("minutes.text")], pro_rows
            )

    if tools:
        write_workshop_tools(writer, tools)

    writer.heading(labels("minutes.actions"))
    status_day = facts.as_of or today
    if not facts.actions:
        writer.paragraph(labels("minutes.no_actions"), muted=True)
    else:
        key = "minutes.status_as_approved" if facts.approved else "minutes.status_as_of"
        writer.paragraph(labels(key, date=labels.day(status_day)), muted=True)
        writer.table(
            [labels(k) for k in ("actions.what", "actions.who", "actions.due", "actions.status")],
            [
                [
                    action.what,
                    people.free_text(action.owner, action.owner_id),
                    labels.day(action.due_date) or "–",
                    labels.choice("action_status", action.status)
                    + (f" ({labels('actions.overdue')})" if action.is_overdue(status_day) else ""),
                ]
                for action in facts.actions
            ],
        )

    writer.heading(labels("approval.heading"))
    dash = "–"
    writer.facts(
        [
            (labels("approval.chair"), (record.chair if record else "") or dash),
            (labels("approval.minute_taker"), (record.minute_taker if record else "") or dash),
            (labels("approval.checkers"), (record.checkers if record else "") or dash),
            (
                labels("approval.approved_on"),
                labels.day(record.approved_on, "long")
                if record is not None and record.approved and record.approved_on
                else labels("approval.not_approved"),
            ),
            (labels("approval.next_meeting"), (record.next_meeting if record else "") or dash),
            (labels("approval.distribution"), (record.distribution if record else "") or dash),
        ]
    )


def _agenda_table(writer: DocxWriter, facts: MinutesFacts, labels: Labels) -> None:
    if not facts.agenda:
        writer.paragraph(labels("minutes.no_agenda"), muted=True)
        return
    with_times = facts.workshop.start_time is not None
    header = [
        labels("minutes.number"),
        *([labels("agenda.start")] if with_times else []),
        labels("minutes.item"),
        labels("minutes.planned"),
    ]
    rows = [
        [
            f"{entry.number}.",
            *([labels.clock(entry.starts)] if with_times else []),
            entry.item.title,
            labels.duration(entry.item.planned_minutes) if entry.item.planned_minutes else "–",
        ]
        for entry in timed_agenda(facts.agenda, facts.workshop.start_time)
    ]
    total = sum(item.planned_minutes for item in facts.agenda)
    rows.append(["", *([""] if with_times else []), labels("minutes.total"), labels.duration(total)])
    writer.table(header, rows)


def write_agenda(writer: DocxWriter, facts: MinutesFacts, labels: Labels) -> None:
    w = facts.workshop
    writer.kicker(labels("agenda.kicker"))
    writer.title(w.title)
    writer.paragraph(labels("agenda.invitation", title=w.title))
    writer.facts([*_facts_rows(facts, labels, long_date="full"), (labels("agenda.bring"), labels("agenda.bring_text"))])
    writer.heading(labels("minutes.agenda"))
    if facts.workshop.start_time is None and facts.agenda:
        writer.paragraph(labels("agenda.no_time"), muted=True)
    _agenda_table(writer, facts, labels)


def write_sign_in(writer: DocxWriter, facts: MinutesFacts, labels: Labels, people: People) -> None:
    w = facts.workshop
    writer.kicker(labels("sign_in.kicker"))
    writer.title(w.title)
    when = " · ".join(
        p for p in (labels.day(w.date, "long"), labels.clock_span(w.start_time, w.end_time), w.place) if p
    )
    writer.paragraph(when)
    expected = SignInWriter(facts, labels, 0, people).expected()
    writer.paragraph(labels("sign_in.expected", count=len(expected)), muted=True)
    rows = [[f"{n}.", name, organisation, ""] for n, (name, organisation) in enumerate(expected, 1)]
    rows += [[f"{n}.", "", "", ""] for n in range(len(expected) + 1, len(expected) + BLANK_ROWS + 1)]
    writer.table(
        [labels(k) for k in ("minutes.number", "minutes.person", "minutes.organisation", "sign_in.signature")], rows
    )
    writer.paragraph(labels("sign_in.privacy"), muted=True)
