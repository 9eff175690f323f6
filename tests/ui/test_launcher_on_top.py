"""The launcher sits on top of the interface: only the entry points import ``ui.launch``, so no window, page
or board module imports it back (``run_board`` used to, closing an import loop through the whole board)."""

import ast
from pathlib import Path

import ui

UI = Path(ui.__file__).parent
ENTRY_POINTS = {UI / "cli.py", UI / "__main__.py", UI / "launch.py"}


def _imports_launch(path: Path) -> bool:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module == "ui.launch":
            return True
        if isinstance(node, ast.ImportFrom) and node.module == "ui" and any(a.name == "launch" for a in node.names):
            return True
        if isinstance(node, ast.Import) and any(alias.name == "ui.launch" for alias in node.names):
            return True
    return False


def test_only_the_entry_points_import_the_launcher() -> None:
    importers = sorted(str(p.relative_to(UI)) for p in UI.rglob("*.py") if p not in ENTRY_POINTS and _imports_launch(p))
    assert importers == []


def test_the_check_sees_an_import_inside_a_function(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from ui.launch import make_application\n", encoding="utf-8")
    assert _imports_launch(module)


def test_run_board_lives_in_the_launcher() -> None:
    from ui import launch
    from ui.board import board_window

    assert callable(launch.run_board)
    assert not hasattr(board_window, "run_board")
