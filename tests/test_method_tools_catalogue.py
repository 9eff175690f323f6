"""The method's tools in the catalogue (issue 15): the canvas lists, hybrid models, lifecycles, prompts,
templates and indicator sheet are there with the method's counts, every text in en, fi and nb, and the
glossary covers METHOD.md section 7."""

import json
import shutil
from pathlib import Path

import pytest
from pydantic import ValidationError

from workshop_app.catalogue import default_catalogue, load_catalogue
from workshop_app.catalogue.loader import catalogue_from_json, catalogue_to_json, method_dir
from workshop_app.domain.enums import Quadrant

# The 69 rows of METHOD.md section 7, each as the glossary key that carries it.
SECTION_7_KEYS = [
    "phase",
    "phase_knowledge_base",
    "phase_planning_organisation",
    "phase_mobilisation_collaboration",
    "phase_implementation",
    "phase_continuation",
    "area_based_initiative",
    "area_uplift",
    "quadrant",
    "axis",
    "scenario",
    "extremes",
    "hybrid_model",
    "pros_and_cons",
    "strengths_weaknesses",
    "action_plan",
    "activity_plan",
    "minutes",
    "facilitator",
    "participant",
    "workshop",
    "stakeholder",
    "stakeholder_mapping",
    "actor",
    "success_criteria",
    "checklist",
    "anchoring",
    "network",
    "network_cooperation",
    "learning_network",
    "peer_learning",
    "network_gathering",
    "reference_group",
    "steering_group",
    "project_leader",
    "societal_impacts",
    "results",
    "means_and_activities",
    "resources",
    "funding_model",
    "co_funding_model",
    "membership_fee_model",
    "lead_coordinator_model",
    "peer_network",
    "top_down_bottom_up",
    "power_and_responsibility",
    "targeting_of_activity",
    "targeted_thematic_development",
    "general_development",
    "operating_model",
    "ex_ante_evaluation",
    "place_analysis",
    "holistic_societal_analysis",
    "cross_sectoral",
    "cross_disciplinary",
    "participation",
    "cooperation_agreement",
    "communication_plan",
    "evaluation",
    "final_report",
    "lifecycle_shaping",
    "lifecycle_initial_enthusiasm",
    "lifecycle_consolidation",
    "real_impact",
    "lifecycle_creative_destruction",
    "lifecycle_rediscovering_core",
    "growth_stages_drijven_klijven_blijven",
    "incubator",
    "network_partner",
]


def test_glossary_covers_section_7() -> None:
    assert len(SECTION_7_KEYS) == 69 == len(set(SECTION_7_KEYS))
    keys = {term.key for term in default_catalogue().glossary}
    assert not set(SECTION_7_KEYS) - keys


def test_impact_canvas_lists_have_the_methods_counts() -> None:
    tools = default_catalogue().tools
    assert tools is not None
    canvas = tools.impact_canvas
    assert [column.key for column in canvas.columns] == ["impacts", "results", "means", "resources"]
    assert all(column.question.get("fi").endswith("?") for column in canvas.columns)
    counts = (
        len(canvas.impact_themes),
        len(canvas.targeted_results),
        len(canvas.means_types),
        len(canvas.funding_models),
        len(canvas.funding_instruments),
        len(canvas.organisation_options),
        len(canvas.member_layers),
    )
    assert counts == (5, 12, 5, 5, 4, 3, 3)


def test_hybrids_lifecycles_prompts_and_sheet() -> None:
    tools = default_catalogue().tools
    assert tools is not None
    assert [(m.key, m.quadrant) for m in tools.hybrid_models] == [
        ("A", Quadrant.TOP_LEFT),
        ("B", Quadrant.TOP_RIGHT),
        ("C", Quadrant.BOTTOM_LEFT),
        ("D", Quadrant.BOTTOM_RIGHT),
    ]
    valuma = tools.lifecycle("valuma_lifecycle")
    assert valuma is not None
    assert [s.key for s in valuma.stages if not s.outcome] == [
        "shaping",
        "initial_enthusiasm",
        "consolidation",
        "creative_destruction",
        "rediscovering_core",
    ]
    dkb = tools.lifecycle("drijven_klijven_blijven")
    assert dkb is not None and [s.key for s in dkb.stages] == ["drijven", "klijven", "blijven"]
    sizes = {p.key: len(p.prompts) for p in tools.prompt_sets}
    assert sizes["core_questions"] == 3 and sizes["regions_perspective"] == 3 and sizes["state_role"] == 7
    assert sizes["leadership_challenges"] >= 4
    sheet = tools.indicator_sheet
    assert sheet.phase == 4 and len(sheet.steps) == 3 and len(sheet.sub_goals) == 4
    assert all(goal.indicators for goal in sheet.sub_goals)


def test_templates_cover_valuma_and_every_phase() -> None:
    catalogue = default_catalogue()
    tools = catalogue.tools
    assert tools is not None
    valuma = tools.template("valuma_series")
    assert valuma is not None
    titles = [w.title.get("en") for w in valuma.workshops]
    assert titles[0] == "Kick-off workshop" and titles[-1] == "Final seminar" and len(titles) == 6
    for number in range(1, 6):
        template = tools.phase_template(number)
        assert template is not None
        laid_out = {item.activity for w in template.workshops for item in w.agenda}
        assert laid_out == {a.key for a in catalogue.phase(number).activities}, number


def test_new_criteria_with_sources() -> None:
    catalogue = default_catalogue()
    added = {
        "p1.own_strengths_known": 1,
        "p2.few_priorities": 2,
        "p2.shared_leadership": 2,
        "p2.shared_ownership": 2,
        "p2.roles_defined": 2,
        "p2.plans_integrated": 2,
        "p2.duration_communicated": 2,
        "p3.politics_administration_business": 3,
        "p3.mayors_engaged": 3,
    }
    sources = {s.key for s in catalogue.sources}
    for key, number in added.items():
        criterion = catalogue.criterion(key)
        assert criterion is not None and catalogue.phase_of_criterion(key) == number
        assert criterion.source in sources


def test_fidelity_fixes() -> None:
    catalogue = default_catalogue()
    valuma = catalogue.preset("valuma")
    assert valuma is not None
    kekkonen = valuma.quadrants[Quadrant.BOTTOM_LEFT]
    assert kekkonen.title.get("fi") == "Kekkonen kakkonen – vahva valtioneuvosto"
    for language in ("en", "nb"):
        assert "Kekkonen kakkonen" in kekkonen.description.get(language)
    for axis in (valuma.x_axis, valuma.y_axis):
        assert axis.low_note is not None and axis.high_note is not None
    lifecycle = catalogue.activity("p1.lifecycle_diagnosis")
    assert lifecycle is not None
    assert "creative destruction" in lifecycle.description.get("en")
    assert "luova tuho" in lifecycle.description.get("fi")
    assert "kreativ ødeleggelse" in lifecycle.description.get("nb")
    for phase in catalogue.phases:
        for task in phase.tasks:  # the plural imperative, as in the descriptions
            first = task.title.get("fi").split()[0].rstrip(",")
            assert first.endswith(("kaa", "kää")), task.title.get("fi")
    nb = json.dumps([p.model_dump() for p in catalogue.phases], ensure_ascii=False)
    assert "Områdesatsingen" in nb and "områdeløft" in nb


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "method"
    shutil.copytree(method_dir(), folder)
    return folder


@pytest.mark.parametrize(
    "path",
    [
        ("impact_canvas", "columns", 2, "question"),
        ("impact_canvas", "targeted_results", 11),
        ("hybrid_models", 3, "content"),
        ("lifecycles", 1, "stages", 1, "title"),
        ("prompt_sets", 2, "prompts", 6),
        ("series_templates", 0, "workshops", 3, "agenda", 0, "title"),
        ("indicator_sheet", "sub_goals", 3, "indicators", 0),
    ],
)
@pytest.mark.parametrize("language", ["en", "fi", "nb"])
def test_a_missing_tool_text_fails_validation(tmp_path: Path, path: tuple[object, ...], language: str) -> None:
    folder = _copy(tmp_path)
    raw = json.loads((folder / "tools.json").read_text(encoding="utf-8"))
    node = raw["tools"]
    for step in path:
        node = node[step]
    del node[language]
    (folder / "tools.json").write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValidationError, match="missing translation"):
        load_catalogue(folder)


def test_a_template_naming_an_unknown_activity_fails(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    raw = json.loads((folder / "tools.json").read_text(encoding="utf-8"))
    raw["tools"]["series_templates"][1]["workshops"][0]["agenda"][0]["activity"] = "p1.no_such_activity"
    (folder / "tools.json").write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValidationError, match="unknown activities"):
        load_catalogue(folder)


def test_a_snapshot_from_before_the_tools_still_reads() -> None:
    raw = json.loads(catalogue_to_json(default_catalogue()))
    del raw["tools"]
    for source in raw["sources"]:
        del source["key"]
    for phase in raw["phases"]:
        for criterion in phase["criteria"]:
            criterion.pop("source", None)
    old = catalogue_from_json(json.dumps(raw))
    assert old.tools is None
