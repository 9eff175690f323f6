"""A benchmark's figures: numbers under stable snake_case names, so that a run can be written as one flat JSON
object and compared across commits (``python -m tests.benchmarks --json FILE``).

A name carries its unit, usually as its last word (``_ms``, ``_mb``, ``_ratio``; a count has none), because the JSON
holds bare numbers. Adding a figure is one line: ``figures.record("name_ms", value)``, or for a ratio against
a baseline measured in the same run ``figures.ratio("stem", value, baseline)``, which records ``stem_ms``,
``stem_baseline_ms`` and ``stem_ratio``. Every name is documented in the README's benchmark section.
"""

import math
import re
from collections.abc import Mapping

NAME = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")


def checked(name: str, value: object) -> float:
    """``value`` if ``name`` is snake_case and ``value`` a finite number: anything else would make the JSON
    unreadable by ``json.loads`` of other tools (NaN) or its names unstable."""
    if not isinstance(name, str) or not NAME.fullmatch(name):
        raise ValueError(f"figure name {name!r} is not snake_case (a-z, 0-9, single underscores)")
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"figure {name!r} is {value!r}, not a finite number")
    return value


def merge(into: dict[str, float], figures: Mapping[str, object], source: str) -> None:
    """Adds ``figures`` to ``into``, refusing a name that is already there (two benchmarks must not write the same
    name, or one would silently hide the other in the JSON) and any name or value ``checked`` refuses."""
    for name, value in figures.items():
        if name in into:
            raise ValueError(f"figure {name!r} of {source} is already recorded")
        into[name] = checked(name, value)


class Figures(dict[str, float]):
    """What a benchmark's ``main()`` returns: name -> number, in the order recorded."""

    def record(self, name: str, value: float) -> float:
        """Records one figure and returns it, so the line that prints it can use the same number."""
        merge(self, {name: value}, "this benchmark")
        return value

    def ratio(self, stem: str, value: float, baseline: float, unit: str = "ms") -> float:
        """Records ``value`` and ``baseline`` (both in ``unit``) and their ratio; returns the ratio."""
        self.record(f"{stem}_{unit}", value)
        self.record(f"{stem}_baseline_{unit}", baseline)
        return self.record(f"{stem}_ratio", value / baseline)
