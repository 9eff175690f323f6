"""Where several people placed the same idea: every position, their centre and their spread.

Averaging would hide disagreement; the board shows the individual positions around the centre instead.
"""

import math
import re
import unicodedata
import uuid
from collections import defaultdict
from dataclasses import dataclass

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


def same_idea(text: str) -> str:
    """The key two notes share when they say the same thing: case, spacing and Unicode form ignored."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().casefold()


def note_spread(store: ProgrammeStore, board_id: uuid.UUID) -> list[Spread]:
    """Ideas placed more than once on the board, the most disputed first."""
    groups: dict[str, list[tuple[uuid.UUID, str, float, float]]] = defaultdict(list)
    for note in list_notes(store, board_id):
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
