"""The Linguist pipeline: every user-visible string of the code is translated in fi and nb, and loads."""

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from tools import translations
from workshop_app.i18n import install_translations

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Copies of the .ts files updated from today's code: anything new or changed shows up as unfinished."""
    folder = tmp_path_factory.mktemp("ts")
    copies = {}
    for language in translations.LANGUAGES:
        copy = translations.ts_file(language, folder)
        shutil.copy(translations.ts_file(language), copy)
        copies[language] = copy
    translations.update(list(copies.values()))
    return copies


def _messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter("message"))


def _texts(translation: ET.Element) -> list[str]:
    """The translated text, or each plural form's: a %n message keeps its text in <numerusform> children."""
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_string_is_translated(refreshed: dict[str, Path], language: str) -> None:
    messages = _messages(refreshed[language])
    assert len(messages) > 50
    unfinished = [
        m.findtext("source")
        for m in messages
        if (t := m.find("translation")) is None
        or t.get("type") in {"unfinished", "vanished", "obsolete"}
        or not all(text.strip() for text in _texts(t))
    ]
    assert unfinished == [], f"{language}: untranslated strings: {unfinished[:10]}"


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_placeholders_survive_translation(refreshed: dict[str, Path], language: str) -> None:
    for message in _messages(refreshed[language]):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        for translated in _texts(translation) if translation is not None else [""]:
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translated)), source


def test_translations_build_and_load(qapp: QCoreApplication) -> None:
    built = translations.build()
    assert all(path.stat().st_size > 0 for path in built)
    source = "This must not be empty."
    try:
        assert install_translations("fi")
        finnish = QCoreApplication.translate("WorkshopErrors", source)
        assert install_translations("nb")
        norwegian = QCoreApplication.translate("WorkshopErrors", source)
    finally:
        install_translations("en")
    assert finnish != source and norwegian != source and finnish != norwegian
    assert QCoreApplication.translate("WorkshopErrors", source) == source
