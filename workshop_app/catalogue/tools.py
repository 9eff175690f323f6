"""The method's tools as catalogue content: the impact canvas with its starting lists, the hybrid models A–D,
the lifecycle curves, discussion prompts, workshop-series templates and phase 4's goal-and-indicator sheet.

They live beside the phases (``resources/method/tools.json``) so that every text is checked for all three
languages by :class:`~workshop_app.catalogue.models.LocalText`, like the rest of the method.
"""

from typing import Self

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from workshop_app.catalogue.text import LocalText
from workshop_app.domain.enums import Quadrant

CANVAS_COLUMNS = ("impacts", "results", "means", "resources")  # the order of backwards design


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CanvasColumn(_Strict):
    key: str
    title: LocalText
    question: LocalText


class ImpactCanvas(_Strict):
    """The four columns, laid out for backwards design, and the lists the method offers as starting picks."""

    columns: list[CanvasColumn]
    impact_themes: list[LocalText]
    targeted_results: list[LocalText]
    means_types: list[LocalText]
    funding_models: list[LocalText]
    funding_instruments: list[LocalText]
    organisation_options: list[LocalText]
    member_layers: list[LocalText]

    @field_validator("columns")
    @classmethod
    def _four_columns(cls, value: list[CanvasColumn]) -> list[CanvasColumn]:
        if tuple(column.key for column in value) != CANVAS_COLUMNS:
            raise ValueError(f"the impact canvas needs the columns {', '.join(CANVAS_COLUMNS)} in that order")
        return value

    def column(self, key: str) -> CanvasColumn:
        return next(column for column in self.columns if column.key == key)

    def starting_lists(self) -> dict[str, list[LocalText]]:
        """The picks offered in each column (the column's key → texts)."""
        return {
            "impacts": self.impact_themes,
            "results": self.targeted_results,
            "means": self.means_types + self.organisation_options + self.member_layers,
            "resources": self.funding_models + self.funding_instruments,
        }


class HybridModel(_Strict):
    key: str
    title: LocalText
    content: LocalText
    quadrant: Quadrant  # the likely quadrant on the VALUMA board (an inference of the method's authors)


class LifecycleStage(_Strict):
    key: str
    title: LocalText
    description: LocalText
    level: float  # height on the drawn curve, -1 … 1
    phases: list[int]  # the phases of the method where the stage usually falls
    outcome: bool = False  # a level reached (real impact), not a stage of its own


class Lifecycle(_Strict):
    key: str
    title: LocalText
    description: LocalText
    stages: list[LifecycleStage]


class PromptSet(_Strict):
    key: str
    title: LocalText
    prompts: list[LocalText]


class TemplateItem(_Strict):
    """An agenda item of a template: an activity of the method (its title, length and board), or a free item."""

    activity: str | None = None
    title: LocalText | None = None
    minutes: int = 0

    @model_validator(mode="after")
    def _activity_or_title(self) -> Self:
        if (self.activity is None) == (self.title is None):
            raise ValueError("a template item names either an activity or a title with minutes")
        return self


class TemplateWorkshop(_Strict):
    phase: int
    title: LocalText
    purpose: LocalText | None = None
    agenda: list[TemplateItem]


class SeriesTemplate(_Strict):
    key: str
    phase: int | None  # the phase whose activities it lays out; None for a series across phases (VALUMA's)
    title: LocalText
    description: LocalText
    workshops: list[TemplateWorkshop]


class SubGoal(_Strict):
    goal: LocalText
    indicators: list[LocalText]


class IndicatorSheet(_Strict):
    phase: int
    source: str
    steps: list[LocalText]
    main_goal: LocalText
    sub_goals: list[SubGoal]
    note: LocalText


class MethodTools(_Strict):
    impact_canvas: ImpactCanvas
    hybrid_models: list[HybridModel]
    lifecycles: list[Lifecycle]
    prompt_sets: list[PromptSet]
    series_templates: list[SeriesTemplate]
    indicator_sheet: IndicatorSheet

    @field_validator("hybrid_models")
    @classmethod
    def _a_to_d(cls, value: list[HybridModel]) -> list[HybridModel]:
        if [model.key for model in value] != ["A", "B", "C", "D"]:
            raise ValueError("the hybrid models are A, B, C and D")
        return value

    def keys(self) -> list[str]:
        """Every key these tools define, for the catalogue's check against duplicates."""
        keys = [lifecycle.key for lifecycle in self.lifecycles]
        keys += [f"{lifecycle.key}.{stage.key}" for lifecycle in self.lifecycles for stage in lifecycle.stages]
        keys += [prompt_set.key for prompt_set in self.prompt_sets]
        keys += [template.key for template in self.series_templates]
        return keys

    def activity_keys(self) -> list[str]:
        return [
            item.activity
            for template in self.series_templates
            for workshop in template.workshops
            for item in workshop.agenda
            if item.activity is not None
        ]

    def lifecycle(self, key: str) -> Lifecycle | None:
        return next((lifecycle for lifecycle in self.lifecycles if lifecycle.key == key), None)

    def template(self, key: str) -> SeriesTemplate | None:
        return next((template for template in self.series_templates if template.key == key), None)

    def phase_template(self, number: int) -> SeriesTemplate | None:
        return next((template for template in self.series_templates if template.phase == number), None)

    def prompt_set(self, key: str) -> PromptSet | None:
        return next((prompt_set for prompt_set in self.prompt_sets if prompt_set.key == key), None)
