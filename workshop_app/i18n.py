"""Loading the app's Qt translations (and Qt's own) for a language; used by the command line and the GUI."""

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from workshop_app.domain.enums import Language
from workshop_app.paths import resources_dir

# Qt ships no Bokmål catalogue of its own; Nynorsk is the closest it has for its standard buttons.
QT_CATALOGUE_LANGUAGE = {"fi": "fi", "nb": "nn", "en": "en"}
# Dates and numbers: English in its British form (day before month), as Nordic readers expect.
LOCALES = {"en": "en_GB", "fi": "fi_FI", "nb": "nb_NO"}

_installed: list[QTranslator] = []


def system_language() -> str:
    """The language of the user's environment if the app speaks it, else English."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            code = value.split(":")[0].split(".")[0].split("_")[0].lower()
            code = {"no": "nb", "nn": "nb"}.get(code, code)
            return code if code in {lang.value for lang in Language} else Language.EN.value
    name = QLocale.system().name().split("_")[0]
    return name if name in {lang.value for lang in Language} else Language.EN.value


def install_translations(language: str) -> bool:
    """Replace the installed translators with ``language``'s; needs a Q(Core)Application. True if loaded."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(LOCALES.get(language, language)))
    if language == Language.EN:
        return True
    ours = QTranslator(app)
    loaded = ours.load(f"workshop_app_{language}", str(resources_dir() / "translations"))
    if loaded:
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{QT_CATALOGUE_LANGUAGE.get(language, language)}", qt_dir):
        QCoreApplication.installTranslator(qt_own)
        _installed.append(qt_own)
    return loaded
