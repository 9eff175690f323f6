"""The smaller findings of the fault probe, through the commands a person runs and the core they reach.

``demo --out`` on a full disk leaves nothing under the name asked for; partial files of killed exports are
cleaned; a decision of thousands of words is exported across pages, and emoji are shown visibly; the core
refuses a coordinate of 10**400, a required field of invisible characters only and the right-to-left override.
"""

import os
import time
import uuid
from pathlib import Path

import pytest

from tests import templates
from tests.test_export_common import pdf_text
from tests.test_storage_faults import fill, tmpfs
from workshop_app.cli import run_headless
from workshop_app.errors import ValidationError
from workshop_app.services import validation
from workshop_app.storage.store import ProgrammeStore


@pytest.fixture(autouse=True)
def _qt_application(qapp: object) -> None:
    """The commands run here in-process make a QCoreApplication when none exists; pytest-qt's QApplication
    made first is reused instead, so window tests later in the same process can still start."""


def test_demo_on_a_full_disk_leaves_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    with tmpfs("1m") as folder:
        fill(folder, leave=200 * 1024)
        out = folder / "demo.workshop"
        code = run_headless(["demo", "--out", str(out)])
        _, err = capsys.readouterr()
        assert code == 1
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
        assert sorted(p.name for p in folder.iterdir()) == ["filler"]


def test_demo_is_built_beside_and_renamed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "demo.workshop"
    assert run_headless(["demo", "--out", str(out)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.workshop"]
    assert run_headless(["demo", "--out", str(out)]) == 1  # never overwritten
    assert "already exists" in capsys.readouterr().err


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return templates.demo_template(tmp_path_factory)


def test_old_partial_exports_are_removed(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = templates.copy_of(demo, tmp_path, "plan.workshop")
    out = tmp_path / "plan.csv"
    old = tmp_path / f".plan.csv.{uuid.uuid4().hex[:12]}.part"
    recent = tmp_path / f".plan.csv.{uuid.uuid4().hex[:12]}.part"
    someone_elses = tmp_path / ".plan.csv.notours.part"
    for leftover in (old, recent, someone_elses):
        leftover.write_bytes(b"half an export")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    assert run_headless(["export", str(path), "--out", str(out)]) == 0
    capsys.readouterr()
    assert not old.exists()
    assert recent.exists() and someone_elses.exists()  # possibly still being written; not ours


def _with_long_decision_and_emoji(demo: Path, folder: Path) -> tuple[Path, str]:
    path = templates.copy_of(demo, folder, "plan.workshop")
    from workshop_app.services import workshops

    with ProgrammeStore.open(path) as store:
        workshop = workshops.list_workshops(store)[0]
        words = " ".join(f"w{index:04d}" for index in range(2400))  # about 14,000 characters
        workshops.add_decision(store, workshop.id, words)
        workshops.add_decision(store, workshop.id, "Coffee ☕ for everyone 👍🏽")
    return path, str(workshop.id)


def test_long_decision_is_split_across_pages_and_emoji_are_visible(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, workshop = _with_long_decision_and_emoji(demo, tmp_path)
    out = tmp_path / "minutes.pdf"
    code = run_headless(["export", str(path), "--out", str(out), "--workshop", workshop])
    _, err = capsys.readouterr()
    assert code == 0, err
    text = " ".join(pdf_text(out).split())
    found = {int(word[1:]) for word in text.split() if len(word) == 5 and word[0] == "w" and word[1:].isdigit()}
    assert found == set(range(2400))  # every word, none lost at a page break
    assert "[U+2615]" in text and "[U+1F44D]" in text


def test_core_refuses_what_it_cannot_show() -> None:
    for value in (10**400, -(10**400), float("inf"), float("nan"), 2):
        with pytest.raises(ValidationError):
            validation.coordinate(value, field="x")
    assert validation.coordinate(1, field="x") == 1.0
    for invisible in ("\u200b", "\u200b\u200d\u2060", "\ufeff ", "\u00ad"):
        with pytest.raises(ValidationError):
            validation.text(invisible, field="name", required=True)
    with pytest.raises(ValidationError):
        validation.text("invoice\u202efdp.exe", field="name")
    with pytest.raises(ValidationError):
        validation.text("a\u2066b", field="name")
    assert validation.text("Ingrid 👩\u200d👩\u200d👧", field="name", required=True) == "Ingrid 👩\u200d👩\u200d👧"


def test_an_unexpected_error_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever a command meets that no rule foresaw ends in one line on stderr, never a traceback."""
    import workshop_app.cli as cli

    def crash(*args: object, **kwargs: object) -> int:
        raise ValueError("badly formed hexadecimal UUID string\n  at record 7")

    monkeypatch.setattr(cli, "_info", crash)
    assert run_headless(["info", str(tmp_path / "any.workshop")]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and "Traceback" not in err and "badly formed" in err
