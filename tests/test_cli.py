"""The ``workshop-app`` command, run as a person runs it: a separate process on real files."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tools import translations


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "workshop_app", *args], capture_output=True, text=True, env=environment, timeout=120
    )


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo fi.workshop"
    result = run("demo", "--out", str(path), "--lang", "fi")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(path)
    return path


def test_info_json_describes_the_demo(demo_file: Path) -> None:
    result = run("info", str(demo_file), "--json")
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout)
    assert facts["programme"]["language"] == "fi"
    assert facts["current_phase"] == 3
    assert facts["counts"]["workshops"] >= 3
    assert facts["counts"]["actions"] >= 20
    assert facts["overdue_actions"] > 0
    assert facts["file_format"] == 3


def test_info_text(demo_file: Path) -> None:
    result = run("info", str(demo_file), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "Elvheim" in result.stdout and "Overdue actions" in result.stdout


def test_check_says_sound(demo_file: Path) -> None:
    result = run("check", str(demo_file))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[-1] == "sound"


def test_check_of_a_damaged_file_fails(tmp_path: Path, demo_file: Path) -> None:
    damaged = tmp_path / "damaged.workshop"
    data = demo_file.read_bytes()
    damaged.write_bytes(data[: len(data) // 2])
    before = damaged.read_bytes()
    result = run("check", str(damaged))
    assert result.returncode == 1
    assert "NOT sound" in result.stdout
    assert damaged.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "expected"),
    [(b"", "not a Workshop App programme file"), (b"hello, world\n" * 20, "not a Workshop App programme file")],
)
def test_a_bad_file_gives_one_clear_line(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "bad.workshop"
    path.write_bytes(content)
    result = run("info", str(path), "--lang", "en")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0] and str(path) in lines[0]
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == content


def test_errors_speak_the_chosen_language(tmp_path: Path) -> None:
    translations.build()
    missing = tmp_path / "nowhere.workshop"
    english = run("info", str(missing), "--lang", "en").stderr
    finnish = run("info", str(missing), "--lang", "fi").stderr
    norwegian = run("info", str(missing), env={"LANG": "nb_NO.UTF-8"}).stderr
    assert str(missing) in english and str(missing) in finnish and str(missing) in norwegian
    assert len({english, finnish, norwegian}) == 3


def test_open_with_screenshot_renders_the_window(tmp_path: Path, demo_file: Path) -> None:
    png = tmp_path / "window.png"
    result = run("open", str(demo_file), "--screenshot", str(png))
    assert result.returncode == 0, result.stderr
    assert png.read_bytes().startswith(b"\x89PNG") and png.stat().st_size > 5_000


def test_demo_flag_opens_a_fresh_demo(tmp_path: Path, app_home: Path) -> None:
    png = tmp_path / "demo.png"
    result = run("--demo", "--lang", "nb", "--screenshot", str(png))
    assert result.returncode == 0, result.stderr
    assert png.exists()
    assert (app_home / "data" / "demo-nb.workshop").exists()


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("workshop-app ")
