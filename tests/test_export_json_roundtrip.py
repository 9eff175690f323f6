"""The programme as JSON read back: export, import, export again gives the same JSON apart from the export
time; the JSON Schema in docs validates every export and is the one the export's own lists make."""

import copy
import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.json_schema_gen import schema
from tests.templates import demo_file
from workshop_app.errors import WorkshopError
from workshop_app.export.json_import import import_programme_json
from workshop_app.export.tabular import export_programme_json
from workshop_app.operations.base import run
from workshop_app.operations.method_tools import CreateGoalSheet
from workshop_app.operations.records_of_minutes import ApproveMinutes, SetMinutesApproval
from workshop_app.services import method_tools, workshops
from workshop_app.storage.store import ProgrammeStore

Doc = dict[str, Any]
SCHEMA = Path(__file__).resolve().parent.parent / "docs" / "programme.schema.json"


def without_time(document: Doc) -> Doc:
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
        run(store, CreateGoalSheet(workshop.id, "Goals", "A living centre", (("More visitors", ("Footfall",)),)))
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
    _assert_every_method_tool(one)
    jsonschema.validate(one, json.loads(SCHEMA.read_text(encoding="utf-8")), format_checker=jsonschema.FormatChecker())


def _assert_every_method_tool(document: Doc) -> None:
    """The demo uses every tool: a canvas with cards in all four columns and links, lifecycle marks on more
    than one date, and a decision that records a hybrid; with a goal sheet added, the export carries each."""
    canvases = [canvas for workshop in document["workshops"] for canvas in workshop["canvases"]]
    assert canvases and canvases[0]["links"]
    assert {card["column"] for card in canvases[0]["cards"]} == {"impacts", "results", "means", "resources"}
    marks = [mark for workshop in document["workshops"] for mark in workshop["lifecycle_marks"]]
    assert len({mark["marked_on"] for mark in marks}) >= 2
    sheet = next(canvas for canvas in canvases if canvas["title"] == "Goals")
    assert [card["column"] for card in sheet["cards"]] == ["main_goal", "sub_goals", "indicators"]
    assert len(sheet["links"]) == 2
    hybrids = [d["hybrid"] for w in document["workshops"] for d in w["decisions"] if d["hybrid"]]
    assert hybrids and hybrids[0]["models"] == "B,C" and hybrids[0]["reason"]


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


def _demo_document(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, language: str = "en") -> Doc:
    path = demo_file(tmp_path, tmp_path_factory, language, "demo.workshop")
    with ProgrammeStore.open(path, read_only=True) as store:
        return json.loads(export_programme_json(store, tmp_path / "demo.json").read_text(encoding="utf-8"))


def _canvas_workshop(document: Doc) -> Doc:
    return next(workshop for workshop in document["workshops"] if workshop["canvases"])


def _break_link_target(document: Doc) -> str:
    _canvas_workshop(document)["canvases"][0]["links"][0]["to_card_id"] = str(uuid.uuid4())
    return "refers to a card that is not on the link's canvas"


def _link_across_columns(document: Doc) -> str:
    canvas = _canvas_workshop(document)["canvases"][0]
    impact = next(card for card in canvas["cards"] if card["column"] == "impacts")
    means = next(card for card in canvas["cards"] if card["column"] == "means")
    canvas["links"][0].update(from_card_id=means["id"], to_card_id=impact["id"])
    return "does not lead to the column just before"


def _card_in_a_fifth_column(document: Doc) -> str:
    _canvas_workshop(document)["canvases"][0]["cards"][0]["column"] = "outcomes"
    return "“outcomes”"


def _bad_stage(document: Doc) -> str:
    workshop = next(workshop for workshop in document["workshops"] if workshop["lifecycle_marks"])
    workshop["lifecycle_marks"][0]["stage_key"] = "klijven_hard"
    return "“klijven_hard”"


def _bad_curve(document: Doc) -> str:
    workshop = next(workshop for workshop in document["workshops"] if workshop["lifecycle_marks"])
    workshop["lifecycle_marks"][0]["lifecycle_key"] = "s_curve"
    return "“s_curve”"


def _mark_by_a_stranger(document: Doc) -> str:
    workshop = next(workshop for workshop in document["workshops"] if workshop["lifecycle_marks"])
    workshop["lifecycle_marks"][0]["participant_id"] = str(uuid.uuid4())
    return "who is not in the export"


def _bad_hybrid(document: Doc) -> str:
    decision = next(d for w in document["workshops"] for d in w["decisions"] if d["hybrid"])
    decision["hybrid"]["models"] = "B,E"
    return "“B,E”"


def _hybrid_twice(document: Doc) -> str:
    decision = next(d for w in document["workshops"] for d in w["decisions"] if d["hybrid"])
    decision["hybrid"]["models"] = "C,C"
    return "“C,C”"


def _indicator_under_two_goals(document: Doc) -> str:
    workshop = _canvas_workshop(document)
    main, goal, other, indicator = (str(uuid.uuid4()) for _ in range(4))
    stamps = {"created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z"}

    def card(card_id: str, column: str, position: int = 0) -> Doc:
        return {"id": card_id, "column": column, "position": position, "text": column, "origin": "group"} | {
            "participant_id": None,
            **stamps,
        }

    def link(source: str, target: str) -> Doc:
        return {"id": str(uuid.uuid4()), "from_card_id": source, "to_card_id": target, **stamps}

    workshop["canvases"].append(
        {
            "id": str(uuid.uuid4()),
            "title": "Goals",
            **stamps,
            "cards": [
                card(main, "main_goal"),
                card(goal, "sub_goals"),
                card(other, "sub_goals", 1),
                card(indicator, "indicators"),
            ],
            "links": [link(goal, main), link(other, main), link(indicator, goal), link(indicator, other)],
        }
    )
    return "a second goal above it"


@pytest.mark.parametrize(
    "spoil",
    [
        _indicator_under_two_goals,
        _break_link_target,
        _link_across_columns,
        _card_in_a_fifth_column,
        _bad_stage,
        _bad_curve,
        _mark_by_a_stranger,
        _bad_hybrid,
        _hybrid_twice,
    ],
)
def test_import_refuses_a_method_tool_that_breaks_the_method(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, spoil: Callable[[Doc], str]
) -> None:
    document = _demo_document(tmp_path, tmp_path_factory)
    expected = spoil(document)
    source = tmp_path / "spoilt.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    before = sorted(path.name for path in tmp_path.iterdir())
    with pytest.raises(WorkshopError) as caught:
        import_programme_json(source, tmp_path / "spoilt.workshop")
    message = str(caught.value)
    assert "is not a complete programme export" in message and expected in message, message
    assert sorted(path.name for path in tmp_path.iterdir()) == before  # no file, no leftover part file


def test_the_schema_refuses_a_card_in_a_fifth_column_and_an_unknown_hybrid(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    document = _demo_document(tmp_path, tmp_path_factory)
    jsonschema.validate(document, schema(), format_checker=jsonschema.FormatChecker())
    for spoil in (_card_in_a_fifth_column, _bad_hybrid):
        spoilt = copy.deepcopy(document)
        spoil(spoilt)
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(spoilt, schema())


def test_an_export_from_before_the_method_tools_still_imports(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Keys were added within format version 1: an export without them is valid and imports, without tools."""
    document = _demo_document(tmp_path, tmp_path_factory)
    for workshop in document["workshops"]:
        del workshop["canvases"], workshop["lifecycle_marks"]
        for decision in workshop["decisions"]:
            del decision["hybrid"]
    jsonschema.validate(document, schema(), format_checker=jsonschema.FormatChecker())
    source = tmp_path / "older.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with ProgrammeStore.open(import_programme_json(source, tmp_path / "older.workshop"), read_only=True) as store:
        assert method_tools.list_canvases(store) == [] and method_tools.list_hybrids(store) == []
        assert len(workshops.list_workshops(store)) == len(document["workshops"])
