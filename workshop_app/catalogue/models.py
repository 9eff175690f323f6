"""The shape of the method catalogue; validation here is what makes a missing translation an error."""

from typing import Self

from pydantic import BaseModel, ConfigDict, RootModel, field_validator, model_validator

from workshop_app.domain.enums import Language, Quadrant

LANGUAGES = tuple(language.value for language in Language)


class LocalText(RootModel[dict[str, str]]):
    """One text in every language of the app; none may be missing or blank."""

    @field_validator("root")
    @classmethod
    def _complete(cls, value: dict[str, str]) -> dict[str, str]:
        missing = [lang for lang in LANGUAGES if not value.get(lang, "").strip()]
        if missing:
            raise ValueError(f"missing translation(s): {', '.join(missing)} in {value!r}")
        unknown = set(value) - set(LANGUAGES)
        if unknown:
            raise ValueError(f"unknown language(s): {', '.join(sorted(unknown))}")
        return value

    def get(self, language: str) -> str:
        return self.root.get(language) or self.root["en"]


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


class Criterion(_Strict):
    key: str
    text: LocalText


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

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if [phase.number for phase in self.phases] != [1, 2, 3, 4, 5]:
            raise ValueError("the catalogue needs phases 1 to 5 in order")
        keys: list[str] = []
        for phase in self.phases:
            keys += [task.key for task in phase.tasks] + [result.key for result in phase.results]
            keys += [activity.key for activity in phase.activities] + [c.key for c in phase.criteria]
        keys += [p.key for p in self.presets] + [a.key for a in self.actor_types] + [t.key for t in self.glossary]
        duplicates = sorted({key for key in keys if keys.count(key) > 1})
        if duplicates:
            raise ValueError(f"duplicate keys: {', '.join(duplicates)}")
        preset_keys = {p.key for p in self.presets}
        for phase in self.phases:
            for activity in phase.activities:
                if activity.preset is not None and activity.preset not in preset_keys:
                    raise ValueError(f"activity {activity.key} names unknown preset {activity.preset}")
        return self

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
