"""The method catalogue: complete in three languages, consistent, and frozen into each programme file."""

import json
import shutil
from pathlib import Path

import pytest
from pydantic import ValidationError

from workshop_app.catalogue import default_catalogue, load_catalogue
from workshop_app.catalogue.loader import method_dir
from workshop_app.catalogue.models import LANGUAGES
from workshop_app.domain.enums import Quadrant
from workshop_app.services import programme


def _texts(node: object) -> list[dict[str, str]]:
    """Every multilingual text object anywhere in the raw JSON."""
    found: list[dict[str, str]] = []
    if isinstance(node, dict):
        if "en" in node:
            found.append(node)
        else:
            for value in node.values():
                found += _texts(value)
    elif isinstance(node, list):
        for value in node:
            found += _texts(value)
    return found


def test_catalogue_is_complete_in_every_language() -> None:
    raw = [json.loads(path.read_text(encoding="utf-8")) for path in sorted(method_dir().glob("*.json"))]
    texts = _texts(raw)
    assert len(texts) > 400
    for text in texts:
        for language in LANGUAGES:
            assert text.get(language, "").strip(), f"missing {language}: {text}"


def test_catalogue_content() -> None:
    catalogue = default_catalogue()
    assert [p.key for p in catalogue.phases] == [
        "knowledge_base",
        "planning_organisation",
        "mobilisation_collaboration",
        "implementation",
        "continuation",
    ]
    assert catalogue.phase(2).title.get("nb") == "Planlegging og organisering"
    for phase in catalogue.phases:
        assert phase.tasks and phase.results and phase.activities and phase.criteria
        assert all(15 <= activity.minutes <= 240 for activity in phase.activities)
    valuma = catalogue.preset("valuma")
    assert valuma is not None
    assert set(valuma.quadrants) == set(Quadrant)
    assert all(q.pros and q.cons for q in valuma.quadrants.values())
    assert {"impact_effort", "influence_interest"} <= {p.key for p in catalogue.presets}
    assert catalogue.actor_type("residents") is not None
    assert len(catalogue.glossary) >= 20
    assert len(catalogue.sources) == 6  # the five seeds and the DAMVAD indicator tool


@pytest.mark.parametrize("language", ["fi", "nb"])
def test_a_missing_translation_is_an_error(tmp_path: Path, language: str) -> None:
    folder = tmp_path / "method"
    shutil.copytree(method_dir(), folder)
    phases = json.loads((folder / "phases.json").read_text(encoding="utf-8"))
    del phases["phases"][3]["tasks"][2]["title"][language]
    (folder / "phases.json").write_text(json.dumps(phases, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValidationError, match=f"missing translation.*{language}"):
        load_catalogue(folder)


def test_a_blank_translation_is_an_error(tmp_path: Path) -> None:
    folder = tmp_path / "method"
    shutil.copytree(method_dir(), folder)
    presets = json.loads((folder / "presets.json").read_text(encoding="utf-8"))
    presets["presets"][0]["x_axis"]["low"]["fi"] = "   "
    (folder / "presets.json").write_text(json.dumps(presets, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValidationError):
        load_catalogue(folder)


def test_a_programme_keeps_the_catalogue_it_was_made_with(tmp_path: Path) -> None:
    """Years later, a file shows the method it was run with, even when the app ships a newer one."""
    older = default_catalogue().model_copy(update={"version": "2020.1"})
    path = tmp_path / "old.workshop"
    programme.create_programme(path, name="Old", start_year=2020, catalogue=older).close()
    from workshop_app.storage.store import ProgrammeStore

    with ProgrammeStore.open(path) as store:
        assert programme.get_programme(store).catalogue_version == "2020.1"
        assert programme.catalogue_of(store).version == "2020.1"
        assert programme.catalogue_of(store).phase(1).title.get("fi") == older.phase(1).title.get("fi")
