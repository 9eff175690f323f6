"""Where the app keeps its own files: platformdirs, overridable with WORKSHOP_APP_HOME (tests, portable use)."""

import os
import sys
from pathlib import Path

import platformdirs

from workshop_app import APP_ID

HOME_ENV = "WORKSHOP_APP_HOME"


def _home_override() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """Programmes made by the app itself (the demo) live here unless the user chose another place."""
    home = _home_override()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def backup_dir() -> Path:
    home = _home_override()
    return home / "backups" if home else data_dir() / "backups"


def log_dir() -> Path:
    home = _home_override()
    return home / "logs" if home else Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def resources_dir() -> Path:
    """The ``resources/`` folder: in a source tree, an installed package, or a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    try:
        import workshop_app_resources  # the installed mapping of resources/

        location = next(iter(workshop_app_resources.__path__))
        return Path(location)
    except (ImportError, StopIteration):  # pragma: no cover - plain source checkout without install
        return Path(__file__).resolve().parent.parent / "resources"
