"""The action plan and the participant register as spreadsheets: XLSX (openpyxl) and CSV.

XLSX cells are typed (dates are dates, numbers numbers, so a spreadsheet sorts and filters them right), the
header row is bold and frozen, every column has a filter and a width fitted to its content. The register
leaves out contact details unless asked, and people can be named by initials or not at all (by organisation),
as in the PDFs. CSV uses ";" for Finnish and Norwegian (what Excel set up for those languages expects) and ","
for English, unless a delimiter is given.

Workbooks are written in openpyxl's write-only mode: rows stream to the file, so a plan of thousands of
actions costs little more than the bare rows.
"""

import csv
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Final

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from workshop_app.catalogue import Catalogue
from workshop_app.domain.models import ActionView, ParticipantView
from workshop_app.export.document import ExportJob, atomic_output
from workshop_app.export.labels import Labels, document_language
from workshop_app.export.people import People, attendance_mode
from workshop_app.services import actions, participants, programme, workshops
from workshop_app.services.export_log import record_export
from workshop_app.storage.store import ProgrammeStore

DELIMITERS: Final = {"en": ",", "fi": ";", "nb": ";"}
DATE_FORMAT: Final = "yyyy-mm-dd"
MAX_WIDTH: Final = 60
_FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")


def default_delimiter(language: str) -> str:
    """The delimiter a spreadsheet set up for ``language`` expects: ";" where the decimal mark is a comma."""
    return DELIMITERS.get(language, ",")


@dataclass(frozen=True)
class Sheet:
    """A table to write: the sheet's title, the column headers and typed rows (str, int, date, None)."""

    title: str
    headers: list[str]
    rows: list[list[Any]]
    text_columns: frozenset[int]


ACTION_COLUMNS: Final = (
    "what",
    "why",
    "owner",
    "partners",
    "due_date",
    "status",
    "priority",
    "phase",
    "plan_year",
    "plan_quarter",
    "done_date",
    "workshop",
)
REGISTER_COLUMNS: Final = ("name", "organisation", "actor_type", "role", "consent_date", "contact")


def action_sheet(store: ProgrammeStore, labels: Labels, people: People) -> Sheet:
    """The action plan as typed rows, in the plan's order; owners named as ``people`` may name them."""
    titles = {workshop.id: workshop.title for workshop in workshops.list_workshops(store)}

    def row(action: ActionView) -> list[Any]:
        return [
            action.what,
            action.why,
            people.free_text(action.owner, action.owner_id),
            action.partners,
            action.due_date,
            labels.choice("action_status", action.status),
            action.priority,
            action.phase,
            action.plan_year,
            action.plan_quarter,
            action.done_date,
            titles.get(action.workshop_id, "") if action.workshop_id else "",
        ]

    return Sheet(
        labels("sheet.actions"),
        [labels(f"csv.{column}") for column in ACTION_COLUMNS],
        [row(action) for action in actions.list_actions(store)],
        frozenset({0, 1, 2, 3, 5, 11}),
    )


def register_sheet(
    store: ProgrammeStore, labels: Labels, people: People, catalogue: Catalogue, *, contacts: bool
) -> Sheet:
    """The participant register: erased people left out; no names when ``people`` names organisations only;
    the contact column only when ``contacts``."""
    columns = [
        c for c in REGISTER_COLUMNS if (c != "contact" or contacts) and (c != "name" or people.mode != "organisations")
    ]

    def actor(key: str) -> str:
        found = catalogue.actor_type(key)
        return found.label.get(labels.language) if found is not None else key

    def row(person: ParticipantView) -> list[Any]:
        values = {
            "name": people.name(person.id),
            "organisation": person.organisation,
            "actor_type": actor(person.actor_type),
            "role": person.role,
            "consent_date": person.consent_date,
            "contact": person.contact,
        }
        return [values[column] for column in columns]

    listed = [person for person in participants.list_participants(store) if not person.erased]
    listed.sort(key=lambda person: (people.name(person.id).casefold(), person.organisation.casefold()))
    return Sheet(
        labels("sheet.register"),
        [labels(f"register.{column}") for column in columns],
        [row(person) for person in listed],
        frozenset(index for index, column in enumerate(columns) if column != "consent_date"),
    )


def _safe(value: Any, text: bool) -> Any:
    """A text a spreadsheet will not take for a formula (a leading = + - @ gets an apostrophe)."""
    if text and isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return f"'{value}"
    return value


def _width(values: Iterable[Any]) -> float:
    longest = 0
    for value in values:
        if value is None:
            continue
        text = value.isoformat() if isinstance(value, date) else str(value)
        longest = max(longest, max((len(line) for line in text.splitlines()), default=0))
    return float(min(MAX_WIDTH, max(8, longest + 2)))


def write_xlsx(sheet: Sheet, out: Path, *, language: str, title: str, job: ExportJob | None = None) -> Path:
    """``sheet`` as an XLSX workbook at ``out`` (whole or not at all)."""
    job = job or ExportJob()
    workbook = Workbook(write_only=True)
    workbook.properties.title = title
    workbook.properties.language = language
    workbook.properties.creator = ""
    worksheet: WriteOnlyWorksheet = workbook.create_sheet(sheet.title[:31])
    columns = len(sheet.headers)
    sample = sheet.rows[:500]
    for index in range(columns):
        values = [sheet.headers[index], *(row[index] for row in sample)]
        worksheet.column_dimensions[get_column_letter(index + 1)].width = _width(values)
    worksheet.freeze_panes = "A2"
    last = get_column_letter(max(1, columns))
    worksheet.auto_filter.ref = f"A1:{last}{len(sheet.rows) + 1}"
    bold = Font(bold=True)
    header = []
    for text in sheet.headers:
        cell = WriteOnlyCell(worksheet, value=text)
        cell.font = bold
        cell.alignment = Alignment(vertical="top", wrap_text=True)
        header.append(cell)
    worksheet.append(header)
    for number, row in enumerate(sheet.rows):
        if number % 1000 == 0:
            job.step(0.1 + 0.8 * number / max(1, len(sheet.rows)))
        cells: list[Any] = []
        for index, value in enumerate(row):
            if isinstance(value, date):
                cell = WriteOnlyCell(worksheet, value=value)
                cell.number_format = DATE_FORMAT
                cells.append(cell)
            else:
                cells.append(_safe(value, index in sheet.text_columns))
        worksheet.append(cells)
    with atomic_output(Path(out)) as temporary:
        workbook.save(temporary)
    return Path(out)


def write_csv(sheet: Sheet, out: Path, *, delimiter: str) -> Path:
    """``sheet`` as CSV (UTF-8 with a byte order mark, so spreadsheets read the letters right; ISO dates)."""
    with atomic_output(Path(out)) as temporary, temporary.open("x", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
        writer.writerow(sheet.headers)
        for row in sheet.rows:
            writer.writerow(
                [
                    ""
                    if value is None
                    else value.isoformat()
                    if isinstance(value, date)
                    else _safe(value, index in sheet.text_columns)
                    for index, value in enumerate(row)
                ]
            )
    return Path(out)


def export_table(
    store: ProgrammeStore,
    out: Path,
    *,
    what: str = "actions",
    fmt: str = "xlsx",
    language: str | None = None,
    attendance: str = "names",
    contacts: bool = False,
    delimiter: str | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write the action plan (``what="actions"``) or the participant register (``"register"``) to ``out`` as
    ``fmt`` (xlsx or csv). ``attendance`` names people (names, initials, organisations); ``contacts`` adds the
    register's contact column; ``delimiter`` defaults to the document language's (see
    :func:`default_delimiter`)."""
    job = ExportJob(progress, cancelled)
    job.step(0.0)
    mode = attendance_mode(attendance)
    prog = programme.get_programme(store)
    labels = Labels(document_language(language, prog.language))
    with store.snapshot():
        everyone = {person.id: person for person in participants.list_participants(store)}
        people = People(everyone, mode, labels)
        if what == "register":
            sheet = register_sheet(store, labels, people, programme.catalogue_of(store), contacts=contacts)
        else:
            sheet = action_sheet(store, labels, people)
    job.step(0.1)
    if fmt == "csv":
        written = write_csv(sheet, out, delimiter=delimiter or default_delimiter(labels.language))
    else:
        title = labels("common.title_in_programme", title=sheet.title, programme=prog.name)
        written = write_xlsx(sheet, out, language=labels.language, title=title, job=job)
    record_export(store, Path(out), f"{what}_{fmt}")
    job.step(1.0)
    return written
