"""Programme files made once per test process and copied into each test's own folder.

Building the demo runs every migration and writes hundreds of rows (about 0.65 s); copying the finished file
takes a few milliseconds. Each test still gets a file of its own, in its own folder, so tests stay independent.

Under pytest-xdist every worker has its own base temporary folder, so each worker builds its own templates
(a second or two per worker) and no worker ever reads a half-written file of another; only the demos, which
are the same whoever builds them, are built by one worker for both (:func:`_once_per_run`).
"""

import os
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from filelock import FileLock

from workshop_app.demo.generator import build_demo
from workshop_app.storage.store import ProgrammeStore

DEMO_TODAY = date(2026, 11, 23)
"""A fixed "today" for the demo, so overdue actions and phase dates are the same on every run."""

_templates: dict[tuple[Path, str], Path] = {}


def template(factory: pytest.TempPathFactory, key: str, build: Callable[[Path], ProgrammeStore]) -> Path:
    """The closed programme file that ``build`` made under ``key``, made on first use in this test process.

    The file is closed after its integrity check, so SQLite has folded the write-ahead log into it: the main
    file alone is the whole programme, and a copy of it is too.
    """
    cache_key = (factory.getbasetemp(), key)
    if cache_key not in _templates:
        path = factory.mktemp("template") / "template.workshop"
        store = build(path)
        store.verify()  # closing while the opening check still runs can race (see servicefixtures.close)
        store.close()
        leftovers = [side for side in ("-wal", "-shm") if path.with_name(path.name + side).exists()]
        assert not leftovers, f"the template was not checkpointed on closing: {leftovers}"
        _templates[cache_key] = path
    return _templates[cache_key]


def copy_of(template_file: Path, directory: Path, name: str) -> Path:
    """A copy of ``template_file`` at ``directory/name`` (contents only: a new file, with its own inode)."""
    path = directory / name
    shutil.copyfile(template_file, path)
    return path


def demo_template(factory: pytest.TempPathFactory, language: str = "en", today: date | None = DEMO_TODAY) -> Path:
    """The demo programme in ``language`` as of ``today``, built once per test process.

    ``today=None`` is the real date, as ``build_demo`` takes it by default (for tests that want the demo a person
    would see today rather than a fixed one).
    """
    when = today or date.today()
    key = f"demo-{language}-{when.isoformat()}"
    return template(
        factory, key, lambda path: _once_per_run(factory, key, path, lambda at: build_demo(at, language, today=when))
    )


def _once_per_run(
    factory: pytest.TempPathFactory, key: str, path: Path, build: Callable[[Path], ProgrammeStore]
) -> ProgrammeStore:
    """``build(path)``; under pytest-xdist the first worker to ask builds it and the others open a copy.

    A demo takes about a second to build and is the same file whichever worker builds it (nothing about it is
    kept in the building process). The folder all workers' temporary folders share is this run's own, and the
    lock there lets one worker build while the others wait, so none copies a half-written file. Without xdist
    that folder outlives the run, so each run builds its own, as before.
    """
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return build(path)
    shared = factory.getbasetemp().parent / "shared-templates" / f"{key}.workshop"
    shared.parent.mkdir(exist_ok=True)
    with FileLock(shared.with_suffix(".lock")):
        if not shared.exists():
            store = build(path)
            store.verify()
            store.close()  # checkpointed: the main file alone is the whole programme
            partial = shared.with_suffix(".partial")
            shutil.copyfile(path, partial)
            partial.replace(shared)
        else:
            shutil.copyfile(shared, path)
    return ProgrammeStore.open(path)


def demo_file(
    directory: Path,
    factory: pytest.TempPathFactory,
    language: str = "en",
    name: str = "demo.workshop",
    today: date | None = DEMO_TODAY,
) -> Path:
    """A closed copy of the demo programme in ``language`` as of ``today`` (``DEMO_TODAY`` unless told; None is
    the real date), at ``directory/name``."""
    return copy_of(demo_template(factory, language, today), directory, name)
