"""The core is importable without a display and never pulls in QtWidgets or the ui package."""

import pkgutil
import subprocess
import sys

import workshop_app


def test_core_never_imports_qtwidgets_or_ui() -> None:
    modules = [m.name for m in pkgutil.walk_packages(workshop_app.__path__, "workshop_app.")]
    modules = [name for name in modules if not name.endswith("__main__") and ".migrations" not in name]
    assert len(modules) > 15
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules\n"
        "             if m.startswith('PySide6.QtWidgets') or m == 'ui' or m.startswith('ui.'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_ui_never_imported_by_core_sources() -> None:
    """A static check too: no core module imports ui at top level (the GUI command imports it lazily)."""
    from pathlib import Path

    root = Path(workshop_app.__file__).parent
    offenders = [
        str(path)
        for path in root.rglob("*.py")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith(("import ui", "from ui", "from PySide6.QtWidgets", "from PySide6 import QtWidgets"))
    ]
    assert offenders == []
