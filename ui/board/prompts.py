"""The method's prompt cards that fit one board, and whether the group has taken each one up.

Two kinds of prompt reach a board. A preset with scenarios (the VALUMA board) brought the method's pros and
cons of each scenario as rows of the board marked ``origin`` ``method``; the group accepts one by the
:class:`~workshop_app.operations.records_of_minutes.AcceptPrompt` operation, which the file keeps. The
discussion prompts of the catalogue (the three core questions, the regions' perspective, the state's role,
the leadership challenges) fit any board; the group takes one up as a note on the board. A note has no origin
field, so such a prompt counts as accepted while a note on the board says exactly its words (in any of the
three languages), which survives reopening the file as the note does.

Nothing here draws: the prompts panel lists the groups, the presentation window shows the revealed card.
"""

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from workshop_app.catalogue.text import LANGUAGES
from workshop_app.catalogue.tools import MethodTools
from workshop_app.domain.enums import ProConKind, Quadrant
from workshop_app.domain.models import ProConView

SCENARIO_ORDER = (Quadrant.TOP_LEFT, Quadrant.TOP_RIGHT, Quadrant.BOTTOM_LEFT, Quadrant.BOTTOM_RIGHT)


@dataclass(frozen=True)
class PromptCard:
    """One prompt: its words, and where accepting it goes (a pro or con of a quadrant, or a note)."""

    key: str
    """Stable while the window is open: ``procon:<id>`` or ``<set key>:<index>``."""
    text: str
    accepted: bool
    kind: ProConKind | None = None  # a scenario's pro or con; None for a discussion prompt
    pro_con_id: uuid.UUID | None = None

    @property
    def becomes_note(self) -> bool:
        return self.pro_con_id is None


@dataclass(frozen=True)
class PromptGroup:
    """A scenario's pros and cons (``quadrant`` set, its title the board's) or one of the method's prompt sets."""

    key: str
    title: str
    cards: tuple[PromptCard, ...]
    quadrant: Quadrant | None = None


def board_prompts(
    tools: MethodTools,
    language: str,
    pro_cons: Iterable[ProConView],
    note_texts: Iterable[str],
    quadrant_titles: dict[Quadrant, str],
) -> list[PromptGroup]:
    """The prompts that fit a board: its scenarios' pros and cons first (if its preset brought any), then every
    prompt set of the method, each card marked accepted or not."""
    groups: list[PromptGroup] = []
    method = [item for item in pro_cons if item.origin == "method" and item.note_id is None]
    for quadrant in SCENARIO_ORDER:
        rows = sorted(
            (item for item in method if item.quadrant == quadrant),
            key=lambda item: (item.kind != ProConKind.PRO, item.position),
        )
        if rows:
            cards = tuple(
                PromptCard(f"procon:{item.id}", item.text, item.accepted, kind=item.kind, pro_con_id=item.id)
                for item in rows
            )
            groups.append(PromptGroup(f"scenario:{quadrant.value}", quadrant_titles.get(quadrant, ""), cards, quadrant))
    on_board = {text.strip() for text in note_texts}
    for prompt_set in tools.prompt_sets:
        cards = tuple(
            PromptCard(
                f"{prompt_set.key}:{index}",
                prompt.get(language),
                any(prompt.get(lang).strip() in on_board for lang in LANGUAGES),
            )
            for index, prompt in enumerate(prompt_set.prompts)
        )
        groups.append(PromptGroup(prompt_set.key, prompt_set.title.get(language), cards))
    return groups
