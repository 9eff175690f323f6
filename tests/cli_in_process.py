"""The core's command line called in the test's own process: ``workshop_app.cli.main`` with its output captured.

A child process (``tests.test_cli.core``) costs one to three seconds, nearly all of it Python starting and
importing; tests/test_cli.py runs every command's real entry point that way. Tests about what a command does
with its arguments (merging, copying to a server) call the same ``main`` here, and keep a child process only
where it is the point: a message that must be the only line on the terminal, where a library's own C-level
output would show only in a child's stderr.
"""

import contextlib
import io
import subprocess
from collections.abc import Callable

import pytest

from workshop_app.cli import main
from workshop_app.i18n import install_translations

CoreMain = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture(name="core_main")
def core_main_fixture(qapp: object, monkeypatch: pytest.MonkeyPatch) -> CoreMain:
    """``python -m workshop_app ARGS`` run in this process, as ``core`` runs it in a child (English, offscreen).

    The command line makes a QCoreApplication when there is none, which a later GUI test in this process could
    not use: ``qapp`` makes the QApplication first, so the command line uses that one. The command installs its
    language's translations; English is put back after each call, as the other tests expect.
    """
    english_environment(monkeypatch)
    return lambda *args: called(main, "workshop_app", args)


def english_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The locale a child process is given by the tests: no language named but the C locale's."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


def called(entry: Callable[[list[str]], int], module: str, args: tuple[str, ...]) -> subprocess.CompletedProcess[str]:
    """``python -m MODULE ARGS`` as ``entry(ARGS)`` in this process: its exit code (argparse's too) and what it
    wrote, as a child's run would give them; English translations are put back afterwards."""
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = entry(list(args))
    except SystemExit as stopped:  # argparse's --help and usage errors
        code = stopped.code if isinstance(stopped.code, int) else 1
    finally:
        install_translations("en")
    return subprocess.CompletedProcess(["python", "-m", module, *args], code, out.getvalue(), err.getvalue())
