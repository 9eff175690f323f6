"""Shared fixtures: every test gets its own app home (backups, logs, data) in a temporary folder."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from workshop_app.paths import HOME_ENV


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """The .qm files are build output (make translations); rebuild them when a .ts source is newer."""
    from tools import translations

    stale = [
        language
        for language in translations.LANGUAGES
        if not (qm := translations.ts_file(language).with_suffix(".qm")).exists()
        or qm.stat().st_mtime < translations.ts_file(language).stat().st_mtime
    ]
    if stale:
        translations.build()


@pytest.fixture(autouse=True)
def app_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv(HOME_ENV, str(home))
    return home


@pytest.fixture
def workdir(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path
