"""Export benchmarks (issue 6). Run with ``python -m tests.benchmarks.bench_export``.

1. The minutes of a workshop with 200 notes and 100 actions, through ``export_minutes`` (reading the file,
   drawing the board, page x / y), vs a bare ReportLab document with the same paragraphs and table rows in
   the same embedded font. Measured interleaved, median of several runs. Target: ratio <= 1.5.
2. The programme report of the large programme (100 workshops, 20,000 notes, 5,000 actions): pages, seconds,
   and peak memory (tracemalloc) of the export, next to the peak of just reading its data.
"""

import os
import statistics
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import Callable
from datetime import date
from datetime import time as clock
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WORKSHOP_APP_HOME", tempfile.mkdtemp(prefix="workshop-bench-"))

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate

from tests.benchmarks.figures import Figures
from tests.benchmarks.large_programme import build_large
from workshop_app.domain.enums import Quadrant
from workshop_app.export import export_minutes, export_report
from workshop_app.export.document import MARGIN_BOTTOM, MARGIN_SIDE, MARGIN_TOP, markup
from workshop_app.export.fonts import REGULAR, register_fonts
from workshop_app.export.labels import Labels
from workshop_app.export.minutes import get_minutes_facts
from workshop_app.export.report import get_report_facts
from workshop_app.export.styles import data_table, styles
from workshop_app.services import actions, boards, participants, programme, workshops
from workshop_app.storage.store import ProgrammeStore

TODAY = date(2026, 11, 23)
WORDS = [
    "youth",
    "house",
    "meeting",
    "place",
    "village",
    "bus",
    "idea",
    "fund",
    "harbour",
    "library",
    "café",
    "rental",
    "flats",
    "summer",
    "jobs",
    "volunteers",
    "lighting",
    "benches",
    "school",
    "path",
    "art",
    "exhibition",
    "newcomers",
    "welcome",
    "pack",
    "Sámi",
    "language",
    "evenings",
    "Čoalbmi",
    "Bjørkli",
]


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _sentence(index: int, length: int) -> str:
    return " ".join(WORDS[(index * 7 + k * 3) % len(WORDS)] for k in range(length)).capitalize()


def big_workshop(folder: Path) -> tuple[ProgrammeStore, uuid.UUID]:
    """A programme with one workshop of 200 notes, 100 actions, a full agenda, attendance and pros and cons."""
    store = programme.create_programme(folder / "minutes.workshop", name="Elvheim – benchmark", start_year=2025)
    made = workshops.create_workshop(
        store, "Quick wins: 200 ideas", 3, held_on=date(2026, 11, 13), start_time=clock(17), end_time=clock(20)
    )
    people = [
        participants.add_participant(store, f"Person {i} Åsen", organisation=f"Organisation {i % 6}") for i in range(24)
    ]
    for person in people:
        workshops.set_attendance(store, made.id, person.id, "present")
    for index in range(6):
        workshops.add_agenda_item(
            store, made.id, _sentence(index, 5), planned_minutes=30, minutes_text=_sentence(index, 120)
        )
    for index in range(4):
        workshops.add_decision(store, made.id, _sentence(index, 25))
    board = boards.create_board(store, made.id, "Impact and effort", preset_key="impact_effort")
    notes = []
    for index in range(200):
        x, y = ((index * 37) % 200) / 100 - 1, ((index * 53) % 200) / 100 - 1
        note = boards.add_note(
            store, board.id, _sentence(index, 4 + index % 9), x, y, participant_id=people[index % 24].id
        )
        notes.append(note)
    for index, note in enumerate(notes[:60]):
        boards.add_vote(store, note.id)
        if index % 6 == 0:
            boards.add_pro_con(store, board.id, "pro", _sentence(index, 10), note_id=note.id)
    for index in range(100):
        actions.create_action(
            store,
            _sentence(index, 6 + index % 10),
            owner=people[index % 24].display_name,
            due_date=date(2026, 1 + index % 12, 1 + index % 28),
            status=("open", "in_progress", "done", "dropped")[index % 4],
            workshop_id=made.id,
        )
    return store, made.id


def bare_document(texts: dict[str, Any], out: Path) -> None:
    """The same paragraphs and table rows as the minutes, in the same font and table style, and nothing else:
    no reading of the file, no board drawing, no running header, no page x / y, plain ReportLab tables."""
    s = styles()
    width = A4[0] - 2 * MARGIN_SIDE

    def p(text: str, style: Any = s.cell) -> Paragraph:
        return Paragraph(markup(text), style)

    story: list[Any] = [p(texts["kicker"], s.kicker), p(texts["title"], s.title)]
    story.append(
        data_table(
            [[p(a, s.meta_label), p(b, s.meta_value)] for a, b in texts["facts"]],
            [width * 0.22, width * 0.78],
            header=False,
        )
    )
    story += [p("Attendance", s.h1), p(texts["attendance_summary"], s.body)]
    story.append(
        data_table([[p(c) for c in row] for row in texts["attendance"]], [width * f for f in (0.26, 0.33, 0.27, 0.14)])
    )
    story.append(p("Agenda", s.h1))
    story.append(
        data_table([[p(c) for c in row] for row in texts["agenda"]], [width * f for f in (0.07, 0.18, 0.58, 0.17)])
    )
    story.append(p("Minutes by agenda item", s.h1))
    for title, text in texts["minutes"]:
        story += [p(title, s.h3), p(text, s.body)]
    story.append(p("Decisions", s.h1))
    story += [Paragraph(markup(text), s.bullet, bulletText=f"{i}.") for i, text in enumerate(texts["decisions"], 1)]
    story += [p("Boards", s.h1), p(texts["board"], s.h2), p(texts["board_summary"], s.small), p("Notes", s.h3)]
    rows: list[list[Any]] = [[p("Note"), p("Author"), p("Votes")]]
    spans: list[tuple[Any, ...]] = []
    for row in texts["notes"]:
        if len(row) == 1:
            spans += [("SPAN", (0, len(rows)), (-1, len(rows)))]
            rows.append([p(row[0], s.cell_bold), "", ""])
        else:
            rows.append([p(row[0]), p(row[1]), row[2]])
    story.append(data_table(rows, [width * 0.66, width * 0.24, width * 0.1], extra=spans))
    story.append(p("Pros and cons", s.h3))
    rows = [[p("Quadrant or note"), p("Pros"), p("Cons")]]
    rows += [
        [p(subject), [Paragraph(markup(t), s.cell_bullet, bulletText="•") for t in pros], p("–")]
        for subject, pros in texts["pro_cons"]
    ]
    story.append(data_table(rows, [width * 0.28, width * 0.36, width * 0.36]))
    story += [p("Actions agreed", s.h1), p(texts["as_of"], s.small)]
    rows = [[p("What"), p("Who"), p("By when"), p("Status")]]
    rows += [[p(a), p(b), c, d] for a, b, c, d in texts["actions"]]
    story.append(data_table(rows, [width * 0.5, width * 0.2, width * 0.14, width * 0.16]))
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=MARGIN_SIDE,
        rightMargin=MARGIN_SIDE,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        initialFontName=REGULAR,
    )
    doc.build(story)


def minutes_texts(store: ProgrammeStore, workshop_id: uuid.UUID) -> dict[str, Any]:
    """The texts of the minutes' paragraphs and table cells, read once, for the bare document."""
    facts = get_minutes_facts(store, workshop_id)
    labels = Labels("en")
    people = facts.people
    board = facts.boards[0]
    w = facts.workshop
    notes: list[tuple[str, ...]] = []
    for quadrant in ("top_left", "top_right", "bottom_left", "bottom_right"):
        inside = [n for n in board.notes if Quadrant.at(n.x, n.y).value == quadrant]
        if inside:
            notes.append((str(getattr(board.board, f"title_{quadrant}")),))
            notes += [
                (n.text, people[n.participant_id].display_name, str(board.votes.get(n.id, 0) or "–")) for n in inside
            ]  # type: ignore[index]
    return {
        "kicker": "WORKSHOP MINUTES",
        "title": w.title,
        "facts": [
            ("Programme", facts.programme.name),
            ("Phase", "3 – Mobilisation and collaboration"),
            ("Date", labels.day(w.date, "long")),
            ("Time", labels.clock_span(w.start_time, w.end_time)),
            ("Place", w.place or "–"),
            ("Facilitator", w.facilitator or "–"),
        ],
        "attendance_summary": f"Present: {len(facts.attendance)}",
        "attendance": [
            ("Participant", "Organisation", "Role", "Attendance"),
            *[
                (
                    people[a.participant_id].display_name,
                    people[a.participant_id].organisation,
                    people[a.participant_id].role,
                    "Present",
                )
                for a in facts.attendance
            ],
        ],
        "agenda": [
            ("No.", "Time", "Item", "Planned"),
            *[
                (f"{i}.", "17:00–17:30", item.title, labels.duration(item.planned_minutes))
                for i, item in enumerate(facts.agenda, 1)
            ],
            ("", "", "Total", labels.duration(sum(i.planned_minutes for i in facts.agenda))),
        ],
        "minutes": [(f"{i}. {item.title}", item.minutes_text) for i, item in enumerate(facts.agenda, 1)],
        "decisions": [d.text for d in facts.decisions],
        "board": board.board.title,
        "board_summary": f"Notes: {len(board.notes)} · Votes: {sum(board.votes.values())}",
        "notes": notes,
        "pro_cons": [(f"Note: {p.note_id}", [p.text]) for p in board.pro_cons],
        "as_of": "Status as of 23 Nov 2026.",
        "actions": [
            (a.what, a.owner, labels.day(a.due_date), labels.choice("action_status", a.status)) for a in facts.actions
        ],
    }


def minutes_vs_bare(folder: Path, rounds: int = 9) -> dict[str, float]:
    store, workshop_id = big_workshop(folder)
    texts = minutes_texts(store, workshop_id)
    register_fonts()
    exported, bare = [], []
    out, bare_out = folder / "minutes.pdf", folder / "bare.pdf"
    export_minutes(store, workshop_id, out, today=TODAY)  # warm caches (fonts, catalogue, styles)
    bare_document(texts, bare_out)
    for _ in range(rounds):
        exported.append(_timed(lambda: export_minutes(store, workshop_id, out, today=TODAY)))
        bare.append(_timed(lambda: bare_document(texts, bare_out)))
    store.close()
    return {
        "export_s": statistics.median(exported),
        "bare_s": statistics.median(bare),
        "export_pages": len(PdfReader(out).pages),
        "bare_pages": len(PdfReader(bare_out).pages),
    }


def large_report(folder: Path) -> dict[str, float]:
    path = folder / "large.workshop"
    build_large(path, today=TODAY).close()
    out = folder / "large-report.pdf"
    with ProgrammeStore.open(path, read_only=True) as store:
        export_report(store, out, today=TODAY)  # warm
        seconds = statistics.median(_timed(lambda: export_report(store, out, today=TODAY)) for _ in range(3))
        tracemalloc.start()
        get_report_facts(store)
        data_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        tracemalloc.start()
        export_report(store, out, today=TODAY)
        export_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return {
        "pages": len(PdfReader(out).pages),
        "seconds": seconds,
        "data_mb": data_peak / 1e6,
        "peak_mb": export_peak / 1e6,
        "pdf_mb": out.stat().st_size / 1e6,
    }


def main() -> Figures:
    figures = Figures()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        minutes = minutes_vs_bare(folder)
        ratio = figures.ratio("minutes_pdf", minutes["export_s"] * 1e3, minutes["bare_s"] * 1e3)
        figures.record("minutes_pdf_pages", minutes["export_pages"])
        figures.record("minutes_pdf_baseline_pages", minutes["bare_pages"])
        print(
            f"minutes (200 notes, 100 actions): export {minutes['export_s'] * 1e3:.0f} ms "
            f"({minutes['export_pages']:.0f} pages), bare ReportLab {minutes['bare_s'] * 1e3:.0f} ms "
            f"({minutes['bare_pages']:.0f} pages), ratio {ratio:.2f} (target <= 1.5)"
        )
        report = large_report(folder)
        figures.record("report_pdf_pages", report["pages"])
        figures.record("report_pdf_ms", report["seconds"] * 1e3)
        figures.record("report_pdf_mb", report["pdf_mb"])
        figures.record("report_peak_memory_mb", report["peak_mb"])
        figures.record("report_data_memory_mb", report["data_mb"])
        print(
            f"report of the large programme: {report['pages']:.0f} pages in {report['seconds']:.1f} s, "
            f"PDF {report['pdf_mb']:.1f} MB; peak memory {report['peak_mb']:.0f} MB "
            f"(reading its data alone: {report['data_mb']:.0f} MB)"
        )
    from tests.benchmarks.bench_office import record as office  # DOCX minutes, XLSX action plan

    return office(figures)


if __name__ == "__main__":
    main()
