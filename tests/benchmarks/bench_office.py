"""Editable and spreadsheet exports against bare python-docx and openpyxl writing the same content.

* ``minutes_docx_ratio``: the minutes of the 200-note, 100-action workshop of :mod:`tests.benchmarks.bench_export`
  as DOCX (``export_workshop_docx``: reading the file, heading styles, tables with repeated header rows, the
  language) over a bare python-docx document with the same headings, paragraphs and table rows.
* ``actions_xlsx_ratio``: the large programme's action plan of 5,000 actions as XLSX (``export_table``: reading
  the plan, typed cells, frozen header, filter, widths) over bare openpyxl appending the same rows.

Each is a median of several runs; the target is <= 1.5. Part of the ``export`` benchmark (its ``main`` calls
:func:`record`); also runnable alone with ``python -m tests.benchmarks.bench_office``.
"""

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
from openpyxl import Workbook

from tests.benchmarks.bench_export import TODAY, big_workshop
from tests.benchmarks.figures import Figures
from tests.benchmarks.large_programme import build_large
from workshop_app.export.docx_minutes import export_workshop_docx
from workshop_app.export.minutes import get_minutes_facts
from workshop_app.export.spreadsheet import export_table
from workshop_app.services import actions, workshops
from workshop_app.storage.store import ProgrammeStore


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _median(action: Callable[[], object], runs: int) -> float:
    action()  # warm: imports, caches
    return statistics.median(_timed(action) for _ in range(runs))


def bare_minutes_docx(facts: Any, out: Path) -> None:
    """The minutes' headings, paragraphs and table rows in a bare python-docx document."""
    document = docx.Document()
    document.add_heading(facts.workshop.title, level=0)
    document.add_heading("Attendance", level=1)
    rows = [["Person", "Organisation", "Role", "Status"]] + [
        [facts.people[a.participant_id].display_name, facts.people[a.participant_id].organisation, "", a.status]
        for a in facts.attendance
    ]
    _bare_table(document, rows)
    document.add_heading("Agenda", level=1)
    _bare_table(
        document, [["No.", "Item", "Planned"]] + [[str(i), a.title, "30 min"] for i, a in enumerate(facts.agenda)]
    )
    document.add_heading("Minutes", level=1)
    for item in facts.agenda:
        document.add_heading(item.title, level=2)
        document.add_paragraph(item.minutes_text)
    document.add_heading("Decisions", level=1)
    for decision in facts.decisions:
        document.add_paragraph(decision.text, style="List Number")
    for board in facts.boards:
        document.add_heading(board.board.title, level=2)
        _bare_table(
            document, [["Note", "Author", "Votes"]] + [[n.text, "", str(board.votes.get(n.id, 0))] for n in board.notes]
        )
        _bare_table(document, [["For", "Pro or con", "Text"]] + [["", p.kind, p.text] for p in board.pro_cons])
    document.add_heading("Actions", level=1)
    _bare_table(
        document,
        [["What", "Who", "Due", "Status"]]
        + [[a.what, a.owner, a.due_date.isoformat() if a.due_date else "", a.status] for a in facts.actions],
    )
    document.save(str(out))


def _bare_table(document: Any, rows: list[list[str]]) -> None:
    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for values in rows:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value


def bare_actions_xlsx(rows: list[list[Any]], out: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    workbook.save(out)


def record(figures: Figures) -> Figures:
    """Measure both ratios into ``figures`` (the ``export`` benchmark's, see :mod:`tests.benchmarks.bench_export`)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store, workshop_id = big_workshop(folder)
        facts = get_minutes_facts(store, workshop_id)
        docx_ms = _median(lambda: export_workshop_docx(store, workshop_id, folder / "m.docx", today=TODAY), 5) * 1e3
        bare_ms = _median(lambda: bare_minutes_docx(facts, folder / "bare.docx"), 5) * 1e3
        store.close()
        ratio = figures.ratio("minutes_docx", docx_ms, bare_ms)
        print(
            f"minutes as DOCX: {docx_ms:.0f} ms, bare python-docx {bare_ms:.0f} ms, ratio {ratio:.2f} (target <= 1.5)"
        )

        path = folder / "large.workshop"
        build_large(path, today=TODAY).close()
        with ProgrammeStore.open(path, read_only=True) as large:
            plan = actions.list_actions(large)
            titles = {w.id: w.title for w in workshops.list_workshops(large)}
            rows: list[list[Any]] = [
                [
                    a.what,
                    a.why,
                    a.owner,
                    a.partners,
                    a.due_date,
                    a.status,
                    a.priority,
                    a.phase,
                    a.plan_year,
                    a.plan_quarter,
                    a.done_date,
                    titles.get(a.workshop_id, "") if a.workshop_id else "",
                ]
                for a in plan
            ]
            xlsx_ms = _median(lambda: export_table(large, folder / "plan.xlsx", what="actions"), 3) * 1e3
            bare_xlsx_ms = _median(lambda: bare_actions_xlsx(rows, folder / "bare.xlsx"), 3) * 1e3
        ratio = figures.ratio("actions_xlsx", xlsx_ms, bare_xlsx_ms)
        figures.record("actions_xlsx_rows", len(rows))
        print(
            f"action plan of {len(rows)} actions as XLSX: {xlsx_ms:.0f} ms, bare openpyxl {bare_xlsx_ms:.0f} ms, "
            f"ratio {ratio:.2f} (target <= 1.5)"
        )
    return figures


def main() -> Figures:
    return record(Figures())


if __name__ == "__main__":
    main()
