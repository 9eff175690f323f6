"""Reads the catalogue from ``resources/method`` and from the snapshot kept in a programme file."""

import functools
import json
from pathlib import Path
from typing import Any

from workshop_app.catalogue.models import Catalogue
from workshop_app.paths import resources_dir

FILES = ("manifest.json", "phases.json", "presets.json", "actor_types.json", "glossary.json", "tools.json")


def method_dir() -> Path:
    return resources_dir() / "method"


def load_catalogue(folder: Path | None = None) -> Catalogue:
    """Validate and return the catalogue in ``folder``; raises pydantic's ValidationError when incomplete."""
    folder = folder or method_dir()
    merged: dict[str, Any] = {}
    for name in FILES:
        with (folder / name).open(encoding="utf-8") as handle:
            merged.update(json.load(handle))
    merged["glossary"] = merged.pop("terms", [])
    return Catalogue.model_validate(merged)


@functools.cache
def default_catalogue() -> Catalogue:
    """The catalogue shipped with this version of the app, loaded once."""
    return load_catalogue()


def catalogue_to_json(catalogue: Catalogue) -> str:
    return catalogue.model_dump_json()


@functools.lru_cache(maxsize=8)
def catalogue_from_json(content: str) -> Catalogue:
    return Catalogue.model_validate_json(content)
