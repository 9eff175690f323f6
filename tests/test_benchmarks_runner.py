"""The benchmark runner's machinery (``python -m tests.benchmarks``), on tiny fake benchmarks: the real ones take
minutes and are run by hand. Nothing here is timed."""

import ast
import importlib.util
import itertools
import json
import math
import re
from pathlib import Path

import pytest

from tests.benchmarks import runner
from tests.benchmarks.figures import Figures

ROOT = Path(__file__).resolve().parent.parent


def _fakes(ran: list[str]) -> dict[str, runner.Benchmark]:
    def first() -> Figures:
        ran.append("first")
        figures = Figures()
        figures.ratio("first_move", 3.0, 2.0)
        figures.record("first_pages", 7)
        return figures

    def second() -> Figures:
        ran.append("second")
        figures = Figures()
        figures.ratio("second_memory", 150.0, 50.0, unit="mb")
        return figures

    return {"first": runner.Benchmark("a fake", first), "second": runner.Benchmark("another fake", second)}


def test_json_is_one_flat_object_of_finite_numbers_under_the_recorded_names(tmp_path, capsys):
    out = tmp_path / "nested" / "bench.json"
    ran: list[str] = []
    runner.main(["--json", str(out)], _fakes(ran))
    data = json.loads(out.read_text(encoding="utf-8"))
    assert ran == ["first", "second"]
    assert data == {
        "first_move_ms": 3.0,
        "first_move_baseline_ms": 2.0,
        "first_move_ratio": 1.5,
        "first_pages": 7,
        "second_memory_mb": 150.0,
        "second_memory_baseline_mb": 50.0,
        "second_memory_ratio": 3.0,
    }
    assert all(type(value) in (int, float) and math.isfinite(value) for value in data.values())
    assert list(data) == sorted(data)  # so that two runs' files compare line by line
    printed = capsys.readouterr().out
    assert "== first (a fake)" in printed and "7 figures written to" in printed


def test_only_runs_the_named_benchmarks_and_writes_only_their_figures(tmp_path):
    out = tmp_path / "bench.json"
    ran: list[str] = []
    runner.main(["--only", "second", "--json", str(out)], _fakes(ran))
    assert ran == ["second"]
    assert set(json.loads(out.read_text(encoding="utf-8"))) == {
        "second_memory_mb",
        "second_memory_baseline_mb",
        "second_memory_ratio",
    }


def test_an_unknown_benchmark_name_is_refused_before_anything_runs(tmp_path, capsys):
    out = tmp_path / "bench.json"
    ran: list[str] = []
    with pytest.raises(SystemExit) as exited:
        runner.main(["--only", "first", "bord", "--json", str(out)], _fakes(ran))
    assert exited.value.code == 2
    error = capsys.readouterr().err
    assert "'bord'" in error and "first" in error and "second" in error
    assert ran == [] and not out.exists()


def test_two_benchmarks_may_not_write_the_same_name(tmp_path):
    def again() -> Figures:
        figures = Figures()
        figures.record("first_pages", 8)
        return figures

    benchmarks = {**_fakes([]), "again": runner.Benchmark("a clash", again)}
    with pytest.raises(ValueError, match="first_pages"):
        runner.main(["--json", str(tmp_path / "bench.json")], benchmarks)
    assert not (tmp_path / "bench.json").exists()


@pytest.mark.parametrize("name", ["NoteMove", "note move", "note__move", "_ms", "note_move_", "1st_ms", ""])
def test_a_figure_name_must_be_snake_case(name):
    with pytest.raises(ValueError, match="snake_case"):
        Figures().record(name, 1.0)


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf, True, "1.5", None])
def test_a_figure_must_be_a_finite_number(value):
    with pytest.raises(ValueError, match="finite number"):
        Figures().record("note_move_ms", value)


def test_a_benchmark_may_not_record_a_name_twice():
    figures = Figures()
    figures.record("note_move_ms", 1.0)
    with pytest.raises(ValueError, match="already recorded"):
        figures.record("note_move_ms", 2.0)


def test_the_real_benchmarks_are_registered_by_the_names_the_issues_use():
    assert list(runner.BENCHMARKS) == ["core", "startup", "actions", "export", "board", "room", "merge", "pg"]
    for name in runner.BENCHMARKS:  # found, not imported: importing starts Qt
        assert importlib.util.find_spec(f"tests.benchmarks.bench_{name}") is not None


# --- every recorded name is documented ------------------------------------------------------------------------------


def _pattern(node: ast.expr) -> str:
    """A regex for a figure name given as a literal or an f-string (a formatted part matches any name fragment)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return re.escape(node.value)
    if isinstance(node, ast.JoinedStr):
        return "".join(
            re.escape(part.value) if isinstance(part, ast.Constant) else "[a-z0-9_]+" for part in node.values
        )
    raise AssertionError(f"figure name at line {node.lineno} is neither a literal nor an f-string")


def _recorded_patterns() -> list[str]:
    """Every name that a ``record(...)`` or ``ratio(...)`` call in the benchmark modules can write."""
    patterns = []
    for path in sorted((ROOT / "tests" / "benchmarks").glob("bench_*.py")):
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)):
                continue
            if call.func.attr == "record":
                patterns.append(_pattern(call.args[0]))
            elif call.func.attr == "ratio":
                stem = _pattern(call.args[0])
                unit = next((k.value for k in call.keywords if k.arg == "unit"), None)
                unit_name = unit.value if isinstance(unit, ast.Constant) else "ms"
                patterns += [f"{stem}_{unit_name}", f"{stem}_baseline_{unit_name}", f"{stem}_ratio"]
    return patterns


def _documented_names() -> set[str]:
    """The figure names in the README's benchmark section, with ``a_{b,c}_ms`` expanded to ``a_b_ms``, ``a_c_ms``."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Benchmarks\n", 1)[1].split("\n## ", 1)[0]
    names = set()
    for written in re.findall(r"`([a-z0-9_{},]+)`", section):
        parts = re.split(r"\{([a-z0-9_,]+)\}", written)
        choices = [part.split(",") if index % 2 else [part] for index, part in enumerate(parts)]
        names.update("".join(combination) for combination in itertools.product(*choices))
    return names


def test_every_figure_a_benchmark_records_is_documented_in_the_readme():
    documented = _documented_names()
    patterns = _recorded_patterns()
    assert len(patterns) > 30  # the scan found the benchmarks' calls
    missing = [p for p in patterns if not any(re.fullmatch(p, name) for name in documented)]
    assert not missing, f"figures not named in the README's benchmark section: {missing}"
