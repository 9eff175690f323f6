"""The command line's ways of naming things: ``info`` lists workshops and boards with their ids, ``--board``
takes an id, a title or its start (candidates listed when ambiguous), an OUT must be named for its format, an
empty ``--workshop`` is refused; every option has help, argparse's headings speak the chosen language, and a
closed pipe ends quietly."""

import argparse
import io
import json
import sys
from pathlib import Path

import pytest

from tests import templates
from tests.cli_in_process import CoreMain, core_main_fixture  # noqa: F401  (the core_main fixture)
from tests.window_in_process import WindowMain, window_main_fixture  # noqa: F401  (the window_main fixture)
from ui.cli import PAGES, build_parser
from ui.pages.navigation import PageKey
from workshop_app import cli
from workshop_app.errors import NotFoundError, WorkshopError
from workshop_app.export.cli import add_export_command, run_export
from workshop_app.services import boards
from workshop_app.storage.store import ProgrammeStore


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The English demo, a copy of the one this test process builds once for every test that wants it."""
    return templates.demo_file(tmp_path_factory.mktemp("lookup"), tmp_path_factory)


def test_info_lists_workshops_and_their_boards(demo_file: Path, core_main: CoreMain) -> None:
    facts = cli.describe(demo_file)
    workshops = facts["workshops"]
    assert len(workshops) == facts["counts"]["workshops"]
    assert {workshop["state"] for workshop in workshops} == {"held", "planned"}
    boards = [board for workshop in workshops for board in workshop["boards"]]
    assert len(boards) == facts["counts"]["boards"]
    assert all(board["id"] and board["title"] and board["preset"] for board in boards)
    result = core_main("info", str(demo_file), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["workshops"] == json.loads(json.dumps(workshops))
    text = core_main("info", str(demo_file), "--lang", "en").stdout
    for workshop in workshops:
        assert workshop["title"] in text and workshop["id"] in text
    for board in boards:
        assert f"{board['title']}  ({board['id']}" in text


def test_a_board_is_found_by_id_title_or_its_start_and_ambiguity_lists_the_candidates(demo_file: Path) -> None:
    with ProgrammeStore.open_for_reading(demo_file) as store:
        listed = boards.list_boards(store)
        target = next(board for board in listed if board.title.startswith("Quick wins"))
        assert cli.find_board(store, str(target.id)).id == target.id
        assert cli.find_board(store, target.title.upper()).id == target.id
        assert cli.find_board(store, "quick").id == target.id
        with pytest.raises(NotFoundError) as ambiguous:
            cli.find_board(store, "and")  # in two titles, at the start of none
        message = str(ambiguous.value)
        assert "Several boards match" in message and sum(board.title in message for board in listed) >= 2
        with pytest.raises(NotFoundError) as missing:
            cli.find_board(store, "no such board")
        assert all(board.title in str(missing.value) for board in listed)
        with pytest.raises(NotFoundError):
            cli.find_board(store, "  ")


def test_open_board_by_prefix_renders_it(demo_file: Path, tmp_path: Path, window_main: WindowMain) -> None:
    shot = tmp_path / "board.png"
    result = window_main("open", str(demo_file), "--board", "quick", "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    assert shot.stat().st_size > 1000
    refused = window_main("open", str(demo_file), "--board", "and", "--screenshot", str(shot))
    assert refused.returncode == 1 and "Several boards match" in refused.stderr and "Traceback" not in refused.stderr


def _export(demo_file: Path, *argv: str) -> int:
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command")
    add_export_command(commands, argparse.ArgumentParser(add_help=False))
    return run_export(parser.parse_args(["export", str(demo_file), *argv]))


@pytest.mark.parametrize(
    ("out", "argv", "message"),
    [
        ("x.docx", ["--format", "pdf"], "ends in .docx but the export is pdf"),
        ("x.txt", [], "ends in .txt but the export is pdf"),
        ("x.pdf", ["--workshop", ""], "--workshop needs a workshop's id or title"),
        ("x.pdf", ["--workshop", "   "], "--workshop needs a workshop's id or title"),
    ],
)
def test_an_out_named_for_another_format_and_an_empty_workshop_are_refused(
    demo_file: Path, tmp_path: Path, out: str, argv: list[str], message: str
) -> None:
    with pytest.raises(WorkshopError) as caught:
        _export(demo_file, "--out", str(tmp_path / out), *argv)
    assert message in str(caught.value)
    assert not (tmp_path / out).exists()


def _actions(parser: argparse.ArgumentParser) -> list[tuple[str, argparse.Action]]:
    found: list[tuple[str, argparse.Action]] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += [(f"{name} {dest}", inner) for dest, inner in _actions(sub)]
        else:
            found.append((action.dest, action))
    return found


def test_every_option_and_argument_has_help() -> None:
    missing = [name for name, action in _actions(build_parser()) if not action.help]
    assert missing == []


def test_open_page_names_every_page_of_the_window() -> None:
    assert tuple(key.value for key in PageKey) == PAGES


def test_argparse_headings_speak_the_chosen_language(core_main: CoreMain, window_main: WindowMain) -> None:
    finnish = core_main("--lang", "fi", "--help")
    assert finnish.returncode == 0
    english = core_main("--lang", "en", "--help")
    assert "usage:" in english.stdout and "options" in english.stdout
    assert "usage:" not in finnish.stdout and "options:" not in finnish.stdout
    window = window_main("open", "--lang", "nb", "--help")
    assert window.returncode == 0 and "usage:" not in window.stdout


def test_a_closed_pipe_ends_quietly(demo_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class ClosedPipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert cli.run_headless(["info", str(demo_file)]) == cli.EXIT_FAILED
