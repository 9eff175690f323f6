"""The shape of the method catalogue; validation here is what makes a missing translation an error."""

from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from workshop_app.catalogue.text import LANGUAGES, LocalText
from workshop_app.catalogue.tools import MethodTools
from workshop_app.domain.enums import Quadrant

__all__ = ["LANGUAGES", "LocalText"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Task(_Strict):
    key: str
    title: LocalText
    description: LocalText


class Result(_Strict):
    key: str
    text: LocalText


class Activity(_Strict):
    key: str
    title: LocalText
    description: LocalText
    minutes: int
    preset: str | None = None
    tool: Literal["impact_canvas", "lifecycle"] | None = None  # the method's tool the activity works with


class Criterion(_Strict):
    key: str
    text: LocalText
    source: str | None = None  # key of the catalogue source it comes from, where it was added with one


class Phase(_Strict):
    number: int
    key: str
    title: LocalText
    summary: LocalText
    purpose: LocalText
    tasks: list[Task]
    results: list[Result]
    activities: list[Activity]
    criteria: list[Criterion]


class Axis(_Strict):
    title: LocalText
    low: LocalText
    high: LocalText
    low_note: LocalText | None = None  # what the method writes at the axis end (VALUMA's two sub-objectives)
    high_note: LocalText | None = None


class QuadrantPreset(_Strict):
    title: LocalText
    description: LocalText
    pros: list[LocalText] = []
    cons: list[LocalText] = []


class Preset(_Strict):
    key: str
    title: LocalText
    description: LocalText
    x_axis: Axis
    y_axis: Axis
    quadrants: dict[Quadrant, QuadrantPreset]

    @field_validator("quadrants")
    @classmethod
    def _all_four(cls, value: dict[Quadrant, QuadrantPreset]) -> dict[Quadrant, QuadrantPreset]:
        if set(value) != set(Quadrant):
            raise ValueError("a preset needs exactly the four quadrants")
        return value


class ActorType(_Strict):
    key: str
    label: LocalText
    description: LocalText


class Term(_Strict):
    key: str
    term: LocalText
    definition: LocalText


class Source(_Strict):
    key: str | None = None
    title: str
    language: str
    publisher: str
    year: str
    description: LocalText


class Catalogue(_Strict):
    version: str
    languages: list[str]
    sources: list[Source]
    phases: list[Phase]
    presets: list[Preset]
    actor_types: list[ActorType]
    glossary: list[Term]
    tools: MethodTools | None = None  # absent from the snapshots of programmes made before the tools

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if [phase.number for phase in self.phases] != [1, 2, 3, 4, 5]:
            raise ValueError("the catalogue needs phases 1 to 5 in order")
        keys: list[str] = []
        for phase in self.phases:
            keys += [task.key for task in phase.tasks] + [result.key for result in phase.results]
            keys += [activity.key for activity in phase.activities] + [c.key for c in phase.criteria]
        keys += [p.key for p in self.presets] + [a.key for a in self.actor_types] + [t.key for t in self.glossary]
        keys += self.tools.keys() if self.tools is not None else []
        duplicates = sorted({key for key in keys if keys.count(key) > 1})
        if duplicates:
            raise ValueError(f"duplicate keys: {', '.join(duplicates)}")
        preset_keys = {p.key for p in self.presets}
        for phase in self.phases:
            for activity in phase.activities:
                if activity.preset is not None and activity.preset not in preset_keys:
                    raise ValueError(f"activity {activity.key} names unknown preset {activity.preset}")
        source_keys = {source.key for source in self.sources if source.key}
        for phase in self.phases:
            for criterion in phase.criteria:
                if criterion.source is not None and criterion.source not in source_keys:
                    raise ValueError(f"criterion {criterion.key} names unknown source {criterion.source}")
        if self.tools is not None:
            self._check_tools(self.tools, source_keys)
        return self

    def _check_tools(self, tools: MethodTools, source_keys: set[str]) -> None:
        """The tools' references: activities, sources and phases that exist; a template for every phase."""
        activity_keys = {activity.key for phase in self.phases for activity in phase.activities}
        unknown = sorted(set(tools.activity_keys()) - activity_keys)
        if unknown:
            raise ValueError(f"templates name unknown activities: {', '.join(unknown)}")
        if tools.indicator_sheet.source not in source_keys:
            raise ValueError(f"the indicator sheet names unknown source {tools.indicator_sheet.source}")
        numbers = [w.phase for t in tools.series_templates for w in t.workshops]
        numbers += [stage_phase for lc in tools.lifecycles for stage in lc.stages for stage_phase in stage.phases]
        numbers += [tools.indicator_sheet.phase]
        if any(number not in (1, 2, 3, 4, 5) for number in numbers):
            raise ValueError("a tool names a phase other than 1 to 5")
        missing = [n for n in (1, 2, 3, 4, 5) if tools.phase_template(n) is None]
        if missing:
            raise ValueError(f"no workshop-series template for phase(s) {missing}")

    # --- look-ups ---------------------------------------------------------------------------------------

    def phase(self, number: int) -> Phase:
        return self.phases[number - 1]

    def task(self, key: str) -> Task | None:
        return next((t for p in self.phases for t in p.tasks if t.key == key), None)

    def criterion(self, key: str) -> Criterion | None:
        return next((c for p in self.phases for c in p.criteria if c.key == key), None)

    def activity(self, key: str) -> Activity | None:
        return next((a for p in self.phases for a in p.activities if a.key == key), None)

    def preset(self, key: str) -> Preset | None:
        return next((p for p in self.presets if p.key == key), None)

    def actor_type(self, key: str) -> ActorType | None:
        return next((a for a in self.actor_types if a.key == key), None)

    def phase_of_task(self, key: str) -> int | None:
        return next((p.number for p in self.phases for t in p.tasks if t.key == key), None)

    def phase_of_criterion(self, key: str) -> int | None:
        return next((p.number for p in self.phases for c in p.criteria if c.key == key), None)
