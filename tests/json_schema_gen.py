"""The JSON Schema of the programme export (docs/programme.schema.json), made from the export's own lists of
keys and the models' column types; tests/test_export_json_roundtrip.py checks the committed file is this.

Regenerate after adding keys: ``.venv/bin/python -m tests.json_schema_gen > docs/programme.schema.json``.
"""

import json
import types
import typing
import uuid
from datetime import date, datetime, time
from typing import Any

from workshop_app.catalogue.tools import CANVAS_COLUMNS
from workshop_app.export.tabular import FIELDS, FORMAT, FORMAT_VERSION, MODELS
from workshop_app.services.method_tools import ORIGINS, SHEET_COLUMNS

NESTED = {
    ("workshops", "agenda"): "agenda",
    ("workshops", "attendance"): "attendance",
    ("workshops", "decisions"): "decisions",
    ("workshops", "boards"): "boards",
    ("boards", "notes"): "notes",
    ("boards", "votes"): "votes",
    ("boards", "pro_cons"): "pro_cons",
    ("workshops", "canvases"): "canvases",
    ("workshops", "lifecycle_marks"): "lifecycle_marks",
    ("canvases", "cards"): "cards",
    ("canvases", "links"): "links",
}
ADDED = {("workshops", "canvases"), ("workshops", "lifecycle_marks"), ("decisions", "hybrid")}
"""Keys added within format version 1 (the method tools): an export written before them has none, so they
are not required."""
ONE_OR_NONE = {("workshops", "minutes_record"): "minutes_record", ("decisions", "hybrid"): "hybrid"}
EXTRA = {
    ("task_checks", "task"): {"type": "string"},
    ("ratings", "criterion"): {"type": "string"},
    ("cards", "column"): {"enum": [*CANVAS_COLUMNS, *SHEET_COLUMNS]},
    ("cards", "origin"): {"enum": list(ORIGINS)},
    ("hybrid", "models"): {"type": "string", "pattern": "^[A-D](,[A-D]){0,3}$"},
}


def _type(annotation: Any) -> dict[str, Any]:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        inner = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        schema = _type(inner[0])
        kind = schema["type"]
        return {**schema, "type": [kind, "null"]}
    simple: dict[Any, dict[str, Any]] = {
        uuid.UUID: {"type": "string", "format": "uuid"},
        str: {"type": "string"},
        int: {"type": "integer"},
        float: {"type": "number"},
        bool: {"type": "boolean"},
        datetime: {"type": "string", "format": "date-time"},
        date: {"type": "string", "format": "date"},
        time: {"type": "string", "pattern": "^[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?$"},
    }
    return dict(simple[annotation])


def record(kind: str) -> dict[str, Any]:
    model = MODELS.get(kind, MODELS["participants"])
    properties: dict[str, Any] = {}
    for key in FIELDS[kind]:
        if (kind, key) in NESTED:
            properties[key] = {"type": "array", "items": {"$ref": f"#/$defs/{NESTED[(kind, key)]}"}}
        elif (kind, key) in EXTRA:
            properties[key] = EXTRA[(kind, key)]
        elif (kind, key) in ONE_OR_NONE:
            properties[key] = {"oneOf": [{"type": "null"}, {"$ref": f"#/$defs/{ONE_OR_NONE[(kind, key)]}"}]}
        elif key == "erased":
            properties[key] = {"type": "boolean"}
        else:
            properties[key] = _type(model.model_fields[key].annotation)
    required = [key for key in FIELDS[kind] if (kind, key) not in ADDED]
    return {"type": "object", "required": required, "properties": properties}


def schema() -> dict[str, Any]:
    defs = {kind: record(kind) for kind in FIELDS}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://workshop-app.invalid/programme.schema.json",
        "title": "Workshop App programme export",
        "description": "A whole programme as written by `workshop-app export FILE --out PROGRAMME.json` and read "
        "by `workshop-app import`; described in docs/json-format.md. Keys may be added within a format version.",
        "type": "object",
        "required": [
            "format",
            "format_version",
            "exported_at",
            "app_version",
            "catalogue_version",
            "programme",
            "phases",
            "task_checks",
            "ratings",
            "participants",
            "workshops",
            "actions",
        ],
        "properties": {
            "format": {"const": FORMAT},
            "format_version": {"const": FORMAT_VERSION},
            "exported_at": {"type": "string", "format": "date-time"},
            "app_version": {"type": "string"},
            "catalogue_version": {"type": "string"},
            "programme": {"$ref": "#/$defs/programme"},
            "phases": {"type": "array", "items": {"$ref": "#/$defs/phases"}},
            "task_checks": {"type": "array", "items": {"$ref": "#/$defs/task_checks"}},
            "ratings": {"type": "array", "items": {"$ref": "#/$defs/ratings"}},
            "participants": {
                "type": "array",
                "items": {"oneOf": [{"$ref": "#/$defs/participants"}, {"$ref": "#/$defs/erased_participants"}]},
            },
            "workshops": {"type": "array", "items": {"$ref": "#/$defs/workshops"}},
            "actions": {"type": "array", "items": {"$ref": "#/$defs/actions"}},
        },
        "$defs": defs,
    }


if __name__ == "__main__":
    print(json.dumps(schema(), ensure_ascii=False, indent=1))
