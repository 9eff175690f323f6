"""The phone's language: picked from its Accept-Language (or its own switch), translated per request.

The laptop's interface has one language installed in Qt; a room full of phones has several. Each phone's
sentences are looked up in the app's own compiled catalogues through a QTranslator per language that is
never installed, so a Finnish phone gets Finnish errors while the laptop stays in Norwegian.
"""

from pathlib import Path

from PySide6.QtCore import QTranslator

from workshop_app.domain.enums import Language
from workshop_app.errors import CONTEXT as CORE_CONTEXT
from workshop_app.errors import WorkshopError
from workshop_app.paths import resources_dir

LANGUAGES = tuple(language.value for language in Language)
ALIASES = {"no": "nb", "nn": "nb"}


def pick_language(accept_language: str | None, fallback: str = "en") -> str:
    """The first language of an Accept-Language header the app speaks (by weight), else ``fallback``."""
    choices: list[tuple[float, int, str]] = []
    for index, part in enumerate((accept_language or "").split(",")):
        pieces = part.strip().split(";")
        code = pieces[0].strip().lower().split("-")[0]
        weight = 1.0
        for parameter in pieces[1:]:
            name, _, value = parameter.strip().partition("=")
            if name == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        code = ALIASES.get(code, code)
        if code in LANGUAGES and weight > 0:
            choices.append((-weight, index, code))
    return min(choices)[2] if choices else fallback


class Catalogues:
    """The app's translations by language, loaded on first use; English is the source text itself."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or resources_dir() / "translations"
        self._translators: dict[str, QTranslator | None] = {}

    def _translator(self, language: str) -> QTranslator | None:
        if language not in self._translators:
            translator: QTranslator | None = None
            if language in LANGUAGES and language != "en":
                translator = QTranslator()
                if not translator.load(f"workshop_app_{language}", str(self.folder)):
                    translator = None
            self._translators[language] = translator
        return self._translators[language]

    def translate(self, language: str, context: str, source: str) -> str:
        translator = self._translator(language)
        translated = translator.translate(context, source) if translator is not None else ""
        return translated or source

    def message(self, error: WorkshopError, language: str) -> str:
        """``error``'s sentence in ``language``, its parameters filled in after translation."""
        context = getattr(error, "context", CORE_CONTEXT)
        translated = self.translate(language, context, error.source)
        try:
            return translated.format(**error.params)
        except (KeyError, IndexError, ValueError):
            return error.source.format(**error.params)
