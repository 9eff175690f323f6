"""The ``workshop-app`` command, run as a person runs it: a separate process on real files.

``python -m ui`` is the installed command (the window and every headless command); ``python -m workshop_app``
is the core's alone, which runs the headless commands and refuses the window in one line.

A child process costs one to three seconds, nearly all of it imports: each command's real entry point is run
once that way, and so are the messages that must be the only line on the terminal and the language chosen by
the environment; what a command does with its arguments is checked through ``core_main``, the same ``main`` in
this process.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_in_process import CoreMain, core_main_fixture  # noqa: F401  (the core_main fixture)
from tools import translations
from workshop_app.storage.fileformat import HEAD_FORMAT


def run(
    *args: str, env: dict[str, str] | None = None, module: str = "ui", cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """``workshop-app ARGS`` (the installed entry point's module), or the core's with ``module="workshop_app"``."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", module, *args], capture_output=True, text=True, env=environment, timeout=120, cwd=cwd
    )


def core(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m workshop_app ARGS``: the core's command line alone."""
    return run(*args, env=env, module="workshop_app", cwd=cwd)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo fi.workshop"
    result = core("demo", "--out", str(path), "--lang", "fi")  # the core alone writes it, no widget loaded
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
    assert facts["file_format"] == HEAD_FORMAT


def test_info_text(demo_file: Path, core_main: CoreMain) -> None:
    result = core_main("info", str(demo_file), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "Elvheim" in result.stdout and "Overdue actions" in result.stdout


def test_check_says_sound(demo_file: Path, core_main: CoreMain) -> None:
    result = core_main("check", str(demo_file))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[-1] == "sound"


def test_check_of_a_damaged_file_fails(tmp_path: Path, demo_file: Path, core_main: CoreMain) -> None:
    damaged = tmp_path / "damaged.workshop"
    data = demo_file.read_bytes()
    damaged.write_bytes(data[: len(data) // 2])
    before = damaged.read_bytes()
    result = core_main("check", str(damaged))
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


def test_errors_speak_the_chosen_language(tmp_path: Path, core_main: CoreMain) -> None:
    translations.build()
    missing = tmp_path / "nowhere.workshop"
    english = core_main("info", str(missing), "--lang", "en").stderr
    finnish = core_main("info", str(missing), "--lang", "fi").stderr
    # The language named by the environment, in a fresh process started with it as a shell starts one.
    norwegian = run("info", str(missing), env={"LANG": "nb_NO.UTF-8"}).stderr
    assert str(missing) in english and str(missing) in finnish and str(missing) in norwegian
    assert len({english, finnish, norwegian}) == 3


def test_open_with_screenshot_renders_the_window(tmp_path: Path, demo_file: Path) -> None:
    png = tmp_path / "window.png"
    result = run("open", str(demo_file), "--screenshot", str(png))
    assert result.returncode == 0, result.stderr
    assert png.read_bytes().startswith(b"\x89PNG") and png.stat().st_size > 5_000


@pytest.mark.slow
def test_demo_flag_opens_a_fresh_demo(tmp_path: Path, app_home: Path) -> None:
    png = tmp_path / "demo.png"
    result = run("--demo", "--lang", "nb", "--screenshot", str(png))
    assert result.returncode == 0, result.stderr
    assert png.exists()
    assert (app_home / "data" / "demo-nb.workshop").exists()


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("workshop-app ")


def test_the_core_alone_runs_the_headless_commands(demo_file: Path) -> None:
    result = core("info", str(demo_file), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["programme"]["language"] == "fi"
    assert core("check", str(demo_file)).stdout.strip().splitlines()[-1] == "sound"


def test_help_describes_the_whole_command_and_the_core_its_own_part(core_main: CoreMain) -> None:
    installed = run("--help", "--lang", "en")
    alone = core_main("--help", "--lang", "en")
    assert installed.returncode == 0 and alone.returncode == 0
    for command in ("demo", "info", "check", "export"):
        assert command in installed.stdout and command in alone.stdout
    assert "open a programme file in the window" in installed.stdout and "--demo" in installed.stdout
    assert "open a programme file in the window" not in alone.stdout and "--demo" not in alone.stdout


@pytest.mark.parametrize(
    "args",
    [(), ("--demo",), ("--screenshot", "out.png"), ("open", "x.workshop"), ("open", "x.workshop", "--board", "A")],
)
def test_the_core_alone_refuses_the_window_in_one_line(tmp_path: Path, args: tuple[str, ...]) -> None:
    result = core(*args, "--lang", "en", cwd=tmp_path)  # out.png, if made, would land in tmp_path
    assert result.returncode == 2 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("workshop-app: ") and "python -m ui" in lines[0]
    assert not (tmp_path / "out.png").exists()


def test_the_refusal_speaks_the_chosen_language(core_main: CoreMain) -> None:
    translations.build()
    english, finnish, norwegian = (core_main("open", "--lang", lang).stderr for lang in ("en", "fi", "nb"))
    assert all("workshop-app" in line and "python -m ui" in line for line in (english, finnish, norwegian))
    assert len({english, finnish, norwegian}) == 3
