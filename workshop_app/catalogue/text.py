"""One text of the method in every language of the app: a missing or blank translation is a validation error."""

from pydantic import RootModel, field_validator

from workshop_app.domain.enums import Language

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
