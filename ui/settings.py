"""What the app remembers between runs, through QSettings (recent programmes, language, window geometry)."""

from pathlib import Path

from PySide6.QtCore import QSettings

from workshop_app.i18n import system_language

RECENT_FILES = "files/recent"
LANGUAGE = "interface/language"
WINDOW_GEOMETRY = "window/geometry"
LAST_FOLDER = "files/last_folder"
# What was open when the app last stopped without closing it (a crash, a killed process): reopened next time.
SESSION_FILE = "session/open_file"
SESSION_PAGE = "session/page"
MAX_RECENT = 8


def recent_files() -> list[Path]:
    """Recent programmes that still exist, newest first."""
    value = QSettings().value(RECENT_FILES, [])
    names = [value] if isinstance(value, str) else [str(name) for name in value] if isinstance(value, list) else []
    return [Path(name) for name in names if Path(name).exists()]


def remember_file(path: Path) -> None:
    resolved = path.resolve()
    names = [str(resolved)] + [str(p) for p in recent_files() if p.resolve() != resolved]
    store = QSettings()
    store.setValue(RECENT_FILES, names[:MAX_RECENT])
    store.setValue(LAST_FOLDER, str(resolved.parent))


def last_folder() -> str:
    return str(QSettings().value(LAST_FOLDER, str(Path.home())))


def interface_language() -> str:
    value = QSettings().value(LANGUAGE, "")
    return str(value) if value in ("en", "fi", "nb") else system_language()


def set_interface_language(language: str) -> None:
    QSettings().setValue(LANGUAGE, language)


def remember_session(path: Path | None, page: str | None = None) -> None:
    """Note the open programme (and page); ``None`` when the window closes normally."""
    store = QSettings()
    if path is None:
        store.remove(SESSION_FILE)
        store.remove(SESSION_PAGE)
        return
    store.setValue(SESSION_FILE, str(path.resolve()))
    if page is not None:
        store.setValue(SESSION_PAGE, page)


def interrupted_session() -> tuple[Path, str | None] | None:
    """The programme (and page) that was open when the app stopped without closing, if it still exists."""
    store = QSettings()
    name = store.value(SESSION_FILE, "")
    if not isinstance(name, str) or not name or not Path(name).exists():
        return None
    page = store.value(SESSION_PAGE, "")
    return Path(name), str(page) if isinstance(page, str) and page else None
