"""The action plan as CSV and the whole programme as JSON: encoding, shape, counts, privacy, the docs."""

import csv
import json
import re
import uuid
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from tests.servicefixtures import demo_copy
from workshop_app.export import ExportCancelled, export_actions_csv, export_programme_json
from workshop_app.export.tabular import CSV_COLUMNS, FIELDS, FORMAT, LEFT_OUT, MODELS
from workshop_app.services import actions, participants, programme, workshops
from workshop_app.storage.store import ProgrammeStore

NESTED = {
    "workshops": {"agenda", "attendance", "decisions", "boards", "minutes_record", "canvases", "lifecycle_marks"},
    "boards": {"notes", "votes", "pro_cons"},
    "decisions": {"hybrid"},
    "canvases": {"cards", "links"},
    "task_checks": {"task"},
    "ratings": {"criterion"},
}
DOCS = Path(__file__).resolve().parent.parent / "docs" / "json-format.md"


@pytest.fixture
def demo_fi(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> ProgrammeStore:
    store = demo_copy(tmp_path, tmp_path_factory, "fi")
    yield store  # type: ignore[misc]
    store.close()


def _count(store: ProgrammeStore, table: str) -> int:
    with store.reading() as session:
        return int(session.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one())


# --- CSV -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["fi", "en", "nb"])
def test_actions_csv(demo_fi: ProgrammeStore, tmp_path: Path, language: str) -> None:
    out = export_actions_csv(demo_fi, tmp_path / "actions.csv", language=language)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    delimiter = "," if language == "en" else ";"  # what a spreadsheet set up for the language expects
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=delimiter))
    header, body = rows[0], rows[1:]
    expected = {
        "fi": ("Mitä", "Määräpäivä", "Tila"),
        "en": ("What", "Due date", "Status"),
        "nb": ("Hva", "Frist", "Status"),
    }
    assert (header[0], header[4], header[5]) == expected[language]
    assert len(header) == len(CSV_COLUMNS) == 12
    plan = actions.list_actions(demo_fi)
    assert len(body) == len(plan) == _count(demo_fi, "action")
    titles = {w.id: w.title for w in workshops.list_workshops(demo_fi)}
    done = {"fi": "Valmis", "en": "Done", "nb": "Ferdig"}[language]
    for row, action in zip(body, plan, strict=True):
        assert len(row) == 12
        assert row[0] == action.what and row[2] == action.owner
        assert row[4] == (action.due_date.isoformat() if action.due_date else "")
        if row[4]:
            date.fromisoformat(row[4])
        if action.status == "done":
            assert row[5] == done and date.fromisoformat(row[10])
        assert row[6] == str(action.priority)
        assert row[11] == (titles.get(action.workshop_id, "") if action.workshop_id else "")
    assert any("ä" in cell for row in body for cell in row)


def test_csv_cells_are_never_formulas_and_semicolons_are_possible(tmp_path: Path) -> None:
    with programme.create_programme(tmp_path / "p.workshop", name="P", start_year=2026) as store:
        actions.create_action(store, '=HYPERLINK("http://example.org")', owner="@someone", partners="+1; -2")
        actions.create_action(store, 'Quote "this", and; that\nsecond line')
        out = export_actions_csv(store, tmp_path / "a.csv", delimiter=";")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    cells = {cell for row in rows[1:] for cell in row}
    assert '\'=HYPERLINK("http://example.org")' in cells and "'@someone" in cells and "'+1; -2" in cells
    assert 'Quote "this", and; that\nsecond line' in cells
    assert len(rows) == 3


# --- JSON ----------------------------------------------------------------------------------------------------


def _check_value(key: str, value: Any) -> None:
    if value is None:
        return
    if key == "id" or key.endswith("_id"):
        uuid.UUID(value)
    elif key in {"created_at", "updated_at", "frozen_at", "erased_at"}:
        assert value.endswith("Z")
        datetime.fromisoformat(value)
    elif key in {
        "date",
        "due_date",
        "done_date",
        "started_on",
        "completed_on",
        "rated_on",
        "consent_date",
        "marked_on",
    }:
        date.fromisoformat(value)
    elif key in {"start_time", "end_time"}:
        time.fromisoformat(value)


def _records(document: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {kind: [] for kind in FIELDS}
    found["programme"].append(document["programme"])
    for kind in ("phases", "task_checks", "ratings", "actions"):
        found[kind] += document[kind]
    for person in document["participants"]:
        found["erased_participants" if person["erased"] else "participants"].append(person)
    for workshop in document["workshops"]:
        found["workshops"].append(workshop)
        for kind in ("agenda", "attendance", "decisions", "boards", "canvases", "lifecycle_marks"):
            found[kind] += workshop[kind]
        for board in workshop["boards"]:
            for kind in ("notes", "votes", "pro_cons"):
                found[kind] += board[kind]
        found["hybrid"] += [decision["hybrid"] for decision in workshop["decisions"] if decision["hybrid"]]
        for canvas in workshop["canvases"]:
            for kind in ("cards", "links"):
                found[kind] += canvas[kind]
    return found


def test_programme_json_matches_the_file_and_the_documented_shape(demo_fi: ProgrammeStore, tmp_path: Path) -> None:
    person = participants.list_participants(demo_fi)[0]
    participants.erase_participant(demo_fi, person.id)
    out = export_programme_json(demo_fi, tmp_path / "programme.json")
    raw = out.read_text(encoding="utf-8")
    assert "Čoalbmi" in raw and "\\u" not in raw  # letters as themselves
    document = json.loads(raw)
    assert list(document)[:5] == ["format", "format_version", "exported_at", "app_version", "catalogue_version"]
    assert document["format"] == FORMAT and document["format_version"] == 1
    assert document["catalogue_version"] == programme.catalogue_of(demo_fi).version
    assert document["programme"]["name"] == programme.get_programme(demo_fi).name
    records = _records(document)
    for kind, items in records.items():
        for item in items:
            assert list(item) == list(FIELDS[kind]), kind
            for key, value in item.items():
                _check_value(key, value)
    tables = {
        "phases": "phase_state",
        "task_checks": "task_check",
        "ratings": "criterion_rating",
        "workshops": "workshop",
        "agenda": "agenda_item",
        "attendance": "attendance",
        "decisions": "decision",
        "boards": "board",
        "notes": "note",
        "votes": "vote",
        "pro_cons": "pro_con",
        "actions": "action",
        "hybrid": "hybrid_choice",
        "canvases": "impact_canvas",
        "cards": "canvas_card",
        "links": "canvas_link",
        "lifecycle_marks": "lifecycle_mark",
    }
    for kind, table in tables.items():
        assert len(records[kind]) == _count(demo_fi, table) > 0, kind
    assert len(document["participants"]) == _count(demo_fi, "participant")
    erased = [p for p in document["participants"] if p["erased"]]
    assert erased == [{"id": str(person.id), "erased": True, "erased_at": erased[0]["erased_at"]}]
    assert person.display_name not in raw and person.contact not in raw


def test_every_column_is_exported_or_deliberately_left_out() -> None:
    for kind, model in MODELS.items():
        columns = set(model.model_fields)
        exported = set(FIELDS[kind]) - NESTED.get(kind, set())
        assert columns - exported - LEFT_OUT[kind] == set(), f"{kind}: new columns must be added to the JSON format"
        assert exported - columns - {"erased"} == set(), kind


def test_the_documentation_lists_every_key() -> None:
    doc = DOCS.read_text(encoding="utf-8")
    sections = re.split(r"^#+ ", doc, flags=re.MULTILINE)
    documented: set[str] = set()
    for section in sections:
        for line in section.splitlines():
            if line.startswith("| `"):
                documented |= set(re.findall(r"`([a-z_]+)`", line.split("|")[1]))
    for kind, keys in FIELDS.items():
        assert set(keys) <= documented, f"{kind}: {sorted(set(keys) - documented)} not in {DOCS.name}"
    assert "format_version" in documented and "exported_at" in documented


def test_an_empty_programme_exports_too(tmp_path: Path) -> None:
    with programme.create_programme(tmp_path / "e.workshop", name="Tyhjä", start_year=2026, language="fi") as store:
        document = json.loads(export_programme_json(store, tmp_path / "e.json").read_text(encoding="utf-8"))
        csv_rows = export_actions_csv(store, tmp_path / "e.csv").read_text(encoding="utf-8-sig").splitlines()
    assert document["workshops"] == [] and document["actions"] == [] and len(document["phases"]) == 5
    assert csv_rows[0].startswith("Mitä;")
    assert len(csv_rows) == 1


def test_cancelled_json_leaves_no_file(demo_fi: ProgrammeStore, tmp_path: Path) -> None:
    with pytest.raises(ExportCancelled):
        export_programme_json(demo_fi, tmp_path / "p.json", cancelled=lambda: True)
    assert list(tmp_path.glob("p.json*")) == [] and list(tmp_path.glob(".p.json*")) == []
