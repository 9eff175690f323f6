"""Labels for a list of choices that stay apart when two things have the same name.

QInputDialog.getItem answers with the chosen label, so two canvases (or workshops) with the same title
would be one entry and only one of them could ever be opened. Repeats get a number, in the order listed.
"""

from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")


def distinct(labelled: Iterable[tuple[str, T]]) -> dict[str, T]:
    """``label -> value`` for every pair, the second and later of equal labels numbered "(2)", "(3)"..."""
    chosen: dict[str, T] = {}
    for label, value in labelled:
        shown, number = label, 1
        while shown in chosen:
            number += 1
            shown = f"{label} ({number})"
        chosen[shown] = value
    return chosen
