"""The programme as JSON read back: export, import, export again gives the same JSON apart from the export
time; the JSON Schema in docs validates every export and is the one the export's own lists make."""

import json
from pathlib import Path

import jsonschema
import pytest

from tests.json_schema_gen import schema
from tests.templates import demo_file
from workshop_app.errors import WorkshopError
from workshop_app.export.json_import import import_programme_json
from workshop_app.export.tabular import export_programme_json
from workshop_app.operations.base import run
from workshop_app.operations.records_of_minutes import ApproveMinutes, SetMinutesApproval
from workshop_app.services import workshops
from workshop_app.storage.store import ProgrammeStore

SCHEMA = Path(__file__).resolve().parent.parent / "docs" / "programme.schema.json"


def without_time(document: dict) -> dict:
    return {key: value for key, value in document.items() if key != "exported_at"}


@pytest.mark.parametrize("language", ["en", "fi", "nb"])
def test_export_import_export_is_the_same(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, language: str
) -> None:
    path = demo_file(tmp_path, tmp_path_factory, language, "demo.workshop")
    with ProgrammeStore.open(path) as store:
        workshop = workshops.list_workshops(store)[1]
        run(store, SetMinutesApproval(workshop.id, {"chair": "Tor Arne Hansen"}))
        run(store, ApproveMinutes(workshop.id, workshop.date))
        first = export_programme_json(store, tmp_path / "first.json")
    imported = import_programme_json(first, tmp_path / "imported.workshop")
    with ProgrammeStore.open(imported, read_only=True) as store:
        second = export_programme_json(store, tmp_path / "second.json")
    one = json.loads(first.read_text(encoding="utf-8"))
    two = json.loads(second.read_text(encoding="utf-8"))
    assert without_time(one) == without_time(two)
    assert one["workshops"][1]["minutes_record"]["approved"] is True
    assert all(check["task"] for check in one["task_checks"])
    assert all(rating["criterion"] for rating in one["ratings"])
    jsonschema.validate(one, json.loads(SCHEMA.read_text(encoding="utf-8")), format_checker=jsonschema.FormatChecker())


def test_the_schema_file_is_the_generated_one() -> None:
    assert json.loads(SCHEMA.read_text(encoding="utf-8")) == schema()


def test_the_schema_refuses_what_is_not_a_programme(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    path = demo_file(tmp_path, tmp_path_factory, "en", "demo.workshop")
    with ProgrammeStore.open(path, read_only=True) as store:
        document = json.loads(export_programme_json(store, tmp_path / "p.json").read_text(encoding="utf-8"))
    document["actions"][0]["due_date"] = 20261201
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, schema())


def test_privacy_options(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    path = demo_file(tmp_path, tmp_path_factory, "en", "demo.workshop")
    with ProgrammeStore.open(path, read_only=True) as store:
        full = json.loads(export_programme_json(store, tmp_path / "a.json").read_text(encoding="utf-8"))
        private = json.loads(
            export_programme_json(store, tmp_path / "b.json", attendance="initials", contacts=False).read_text(
                encoding="utf-8"
            )
        )
    assert any(person.get("contact") for person in full["participants"])
    assert not any(person.get("contact") for person in private["participants"])
    names = [person["display_name"] for person in private["participants"] if not person["erased"]]
    assert names and all(name.endswith(".") for name in names)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "is not a programme export"),
        ('{"format": "other"}', "is not a programme export"),
        ('{"format": "workshop-app-programme", "format_version": 99}', "format version 99"),
    ],
)
def test_import_refuses_other_files(tmp_path: Path, content: str, message: str) -> None:
    source = tmp_path / "x.json"
    source.write_text(content, encoding="utf-8")
    with pytest.raises(WorkshopError) as caught:
        import_programme_json(source, tmp_path / "x.workshop")
    assert message in str(caught.value)
    assert not (tmp_path / "x.workshop").exists()
