"""Where several people placed the same idea: every position, their centre and their spread.

Averaging would hide disagreement; the board shows the individual positions around the centre instead.
"""

import math
import re
import unicodedata
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from workshop_app.services.boards import list_notes
from workshop_app.storage.store import ProgrammeStore


@dataclass(frozen=True)
class Spread:
    text: str
    note_ids: tuple[uuid.UUID, ...]
    positions: tuple[tuple[float, float], ...]
    centre: tuple[float, float]
    radius: float
    """Root-mean-square distance from the centre, in normalised units (0 = everyone agrees)."""


@lru_cache(maxsize=8192)
def same_idea(text: str) -> str:
    """The key two notes share when they say the same thing: case, spacing and Unicode form ignored. Kept per
    text: the board window finds the spread again each time phones add notes, over every note of the board."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().casefold()


class PlacedNote(Protocol):
    """What the spread needs of a note: a note row of the board's read service or of ``list_notes``."""

    @property
    def id(self) -> uuid.UUID: ...
    @property
    def text(self) -> str: ...
    @property
    def x(self) -> float: ...
    @property
    def y(self) -> float: ...
    @property
    def hidden(self) -> bool: ...


def note_spread(store: ProgrammeStore, board_id: uuid.UUID) -> list[Spread]:
    """Ideas placed more than once on the board, the most disputed first (read from the file)."""
    return spreads_of(list_notes(store, board_id))


def spreads_of(notes: Iterable[PlacedNote]) -> list[Spread]:
    """Ideas placed more than once among ``notes`` (face-down ones left out), the most disputed first.

    A pure function of the notes, so a view that already holds them (the board window) needs no query."""
    groups: dict[str, list[tuple[uuid.UUID, str, float, float]]] = defaultdict(list)
    for note in notes:
        if not note.hidden:
            groups[same_idea(note.text)].append((note.id, note.text, note.x, note.y))
    spreads = []
    for members in groups.values():
        if len(members) < 2:
            continue
        xs = [m[2] for m in members]
        ys = [m[3] for m in members]
        cx, cy = sum(xs) / len(xs), sum(ys) / len(ys)
        radius = math.sqrt(sum((x - cx) ** 2 + (y - cy) ** 2 for x, y in zip(xs, ys, strict=True)) / len(xs))
        spreads.append(
            Spread(
                text=members[0][1],
                note_ids=tuple(m[0] for m in members),
                positions=tuple(zip(xs, ys, strict=True)),
                centre=(cx, cy),
                radius=radius,
            )
        )
    return sorted(spreads, key=lambda spread: -spread.radius)
