"""The core is importable without a display and never pulls in the interface: no ``ui``, no Qt widgets or GUI.

Two checks. One imports every core module in a fresh interpreter and looks at ``sys.modules``. The other reads
every import in the core's source with ``ast``, wherever it is (inside functions, under ``TYPE_CHECKING``, as an
``importlib.import_module`` or ``__import__`` call), so an import that runs only when one command runs is seen too.
"""

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import workshop_app

CORE = Path(workshop_app.__file__).parent
FORBIDDEN = (
    "ui",
    "PySide6.QtWidgets",
    "PySide6.QtGui",
    "PySide6.QtSvgWidgets",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPrintSupport",
)
"""Packages the core must not import: the interface, and the Qt modules that need a display or a widget stack."""
DYNAMIC_IMPORTERS = frozenset({"import_module", "__import__"})


def _forbidden(name: str) -> bool:
    """Whether ``name`` (a dotted module name, or the known start of one ending in ``*``) may be a forbidden one."""
    if name.endswith("*"):  # only the start is known: forbidden if it could still become a forbidden name
        head = name[:-1]
        return any(bad.startswith(head) or head.startswith(f"{bad}.") or head == bad for bad in FORBIDDEN)
    return any(name == bad or name.startswith(f"{bad}.") for bad in FORBIDDEN)


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _absolute(module: str | None, level: int, importer: str, is_package: bool) -> str:
    """The absolute name ``from <level dots><module> import ...`` refers to inside ``importer``."""
    if level == 0:
        return module or ""
    base = importer.split(".")
    base = base if is_package else base[:-1]
    if level - 1 >= len(base):
        return "*"  # beyond the top-level package: unknown, so checked as anything
    base = base[: len(base) - (level - 1)]
    return ".".join([*base, module] if module else base)


def _string_start(node: ast.expr, importer: str) -> str:
    """The module name a dynamic import asks for: the literal, or its known start followed by ``*``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        known = ""
        for part in node.values:
            if isinstance(part, ast.Constant) and isinstance(part.value, str):
                known += part.value
            elif (
                isinstance(part, ast.FormattedValue)
                and isinstance(part.value, ast.Name)
                and part.value.id == "__name__"
            ):
                known += importer
            else:
                return f"{known}*"
        return known
    return "*"  # a name or an expression: cannot be checked, so it counts as anything


def forbidden_imports(source: str, importer: str, *, is_package: bool = False, filename: str = "<core>") -> list[str]:
    """Every import in ``source`` (the module ``importer``) that reaches a forbidden package, at any depth."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source, filename)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node.module, node.level, importer, is_package)
            names = [base, *(f"{base}.{alias.name}" for alias in node.names if alias.name != "*")]
        elif isinstance(node, ast.Call) and node.args:
            function = node.func
            called = function.id if isinstance(function, ast.Name) else getattr(function, "attr", None)
            if called in DYNAMIC_IMPORTERS:
                names = [_string_start(node.args[0], importer)]
        if any(_forbidden(name) for name in names):
            found.append(f"{filename}:{getattr(node, 'lineno', 0)}: {ast.unparse(node)}")
    return found


def test_no_core_module_imports_the_interface_at_any_depth() -> None:
    sources = sorted(CORE.rglob("*.py"))
    assert len(sources) > 30
    offenders = [
        offence
        for path in sources
        for offence in forbidden_imports(
            path.read_text(encoding="utf-8"),
            _module_name(path, CORE),
            is_package=path.name == "__init__.py",
            filename=str(path.relative_to(CORE.parent)),
        )
    ]
    assert offenders == []


def test_the_source_check_sees_imports_wherever_they_are() -> None:
    """The check above can fail: a nested, a deferred, a dynamic and a relative import of ui are all caught."""
    snippet = (
        "import uuid\n"
        "from typing import TYPE_CHECKING\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "import importlib\n"
        "if TYPE_CHECKING:\n"
        "    from ui.workspace import Workspace\n"
        "def gui():\n"
        "    def deeper():\n"
        "        from ui.launch import run\n"
        "        import PySide6.QtWidgets as widgets\n"
        "    from PySide6 import QtGui\n"
        "    importlib.import_module('ui.board')\n"
        "    __import__('ui')\n"
        "    importlib.import_module(f'{__name__}.helpers')\n"
        "    importlib.import_module(name_from_somewhere)\n"
        "    from ... import ui\n"
    )
    found = forbidden_imports(snippet, "workshop_app.sample")
    lines = sorted(int(offence.split(":")[1]) for offence in found)
    assert lines == [6, 9, 10, 11, 12, 13, 15, 16]  # not uuid, QtCore, the module's own helpers


def test_core_never_imports_qtwidgets_or_ui() -> None:
    modules = [m.name for m in pkgutil.walk_packages(workshop_app.__path__, "workshop_app.")]
    modules = [name for name in modules if not name.endswith("__main__") and ".migrations" not in name]
    assert len(modules) > 15
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules\n"
        f"             if any(m == bad or m.startswith(bad + '.') for bad in {FORBIDDEN!r}))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
