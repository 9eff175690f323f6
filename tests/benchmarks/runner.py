"""Runs the benchmarks by name and writes their figures as one flat JSON object of numbers.

``python -m tests.benchmarks [--only NAME ...] [--json FILE]``. Each benchmark module's ``main()`` prints its
human-readable lines and returns its ``Figures``; the runner imports a module only when it is selected, so
``--only core`` needs no Qt.
"""

import argparse
import importlib
import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

from tests.benchmarks.figures import merge


class Benchmark(NamedTuple):
    title: str
    run: Callable[[], Mapping[str, float]]


def _module(name: str) -> Callable[[], Mapping[str, float]]:
    """Imports ``name`` when the benchmark runs, not when the runner starts (bench_board imports Qt at the top)."""

    def run() -> Mapping[str, float]:
        figures: Mapping[str, float] = importlib.import_module(name).main()
        return figures

    return run


# In the order they run; the order of ``make bench`` before the figures became data.
BENCHMARKS: dict[str, Benchmark] = {
    "core": Benchmark("storage: note move, opening a large programme", _module("tests.benchmarks.bench_core")),
    "startup": Benchmark("process start to window and to usable", _module("tests.benchmarks.bench_startup")),
    "actions": Benchmark("action table of 5,000 actions", _module("tests.benchmarks.bench_actions")),
    "export": Benchmark("minutes and report PDFs", _module("tests.benchmarks.bench_export")),
    "board": Benchmark("board scene: first paint, drag frames", _module("tests.benchmarks.bench_board")),
    "room": Benchmark("50 phones adding notes to the board window", _module("tests.benchmarks.bench_room")),
    "merge": Benchmark("merging two copies of the large programme", _module("tests.benchmarks.bench_merge")),
    "pg": Benchmark("a programme on PostgreSQL: note move, opening", _module("tests.benchmarks.bench_pg")),
}


def parse(argv: Sequence[str], names: Sequence[str]) -> argparse.Namespace:
    """The command line; an unknown ``--only`` name exits with argparse's usage error, naming the choices."""
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--only",
        nargs="+",
        action="extend",
        choices=list(names),
        metavar="NAME",
        help=f"run only these benchmarks (of: {', '.join(names)}); default all",
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="write every figure to FILE as one JSON object")
    return parser.parse_args(list(argv))


def run(benchmarks: Mapping[str, Benchmark], only: Sequence[str] | None = None) -> dict[str, float]:
    """Runs the selected benchmarks (all if ``only`` is empty) in registry order; their figures, merged."""
    figures: dict[str, float] = {}
    for name, benchmark in benchmarks.items():
        if only and name not in only:
            continue
        print(f"== {name} ({benchmark.title})", flush=True)
        merge(figures, benchmark.run(), name)
    return figures


def write(figures: Mapping[str, float], path: Path) -> None:
    """One JSON object, names sorted so that two runs' files compare line by line; NaN is refused, not written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(dict(figures), indent=2, sort_keys=True, allow_nan=False) + "\n", encoding="utf-8")


def main(argv: Sequence[str], benchmarks: Mapping[str, Benchmark] = BENCHMARKS) -> dict[str, float]:
    args = parse(argv, list(benchmarks))
    figures = run(benchmarks, args.only)
    if args.json is not None:
        write(figures, args.json)
        print(f"{len(figures)} figures written to {args.json}")
    return figures
