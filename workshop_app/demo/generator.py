"""The demo programme: a Nordic area programme in phase 3, built through the services from resources/demo.

Deterministic: the same language and ``today`` give the same content and the same ids. Dates are relative
to ``today`` so that "overdue" and "next workshop" mean something whenever the demo is made.
"""

import json
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from workshop_app import board_geometry
from workshop_app.catalogue import Catalogue
from workshop_app.demo.goal_sheet import DAY_OFFSET, indicator_workshop
from workshop_app.domain.enums import Language, PhaseStatus
from workshop_app.domain.types import deterministic_ids
from workshop_app.operations.base import run
from workshop_app.operations.notes import TidyNotes
from workshop_app.paths import resources_dir
from workshop_app.services import actions, boards, method_tools, participants, phases, programme, workshops
from workshop_app.storage.store import ProgrammeStore

DEMO_PHASE = 3
HYBRID_REASON = {
    "en": "Municipal steering and investments frame the work (C); the villages and young people lead themed "
    "measures of their own (B).",
    "fi": "Kunnan ohjaus ja investoinnit antavat työlle raamit (C); kylät ja nuoret vetävät omia teemallisia "
    "toimiaan (B).",
    "nb": "Kommunal styring og investeringer gir rammene for arbeidet (C); bygdene og de unge leder egne "
    "tematiske tiltak (B).",
}


def demo_content(language: str) -> dict[str, Any]:
    lang = Language(language).value
    with (resources_dir() / "demo" / f"demo_{lang}.json").open(encoding="utf-8") as handle:
        content: dict[str, Any] = json.load(handle)
    return content


def spread_out(points: list[tuple[float, float]], rounds: int = 80) -> list[tuple[float, float]]:
    """Nudge the demo's notes apart so the cards do not cover each other, each staying in its quadrant.

    The content gives rough places (as a room would); cards on screen and paper have a size, so overlapping
    pairs are pushed apart along the axis where they overlap least. Deterministic, rounded to two decimals.
    """
    width = board_geometry.NOTE_WIDTH / board_geometry.PLACEMENT + 0.02
    height = board_geometry.NOTE_HEIGHT / board_geometry.PLACEMENT + 0.02
    placed = [list(point) for point in points]
    signs = [(1.0 if x >= 0 else -1.0, 1.0 if y >= 0 else -1.0) for x, y in points]
    for _ in range(rounds):
        moved = False
        for i in range(len(placed)):
            for j in range(i + 1, len(placed)):
                dx, dy = placed[j][0] - placed[i][0], placed[j][1] - placed[i][1]
                overlap_x, overlap_y = width - abs(dx), height - abs(dy)
                if overlap_x <= 0 or overlap_y <= 0:
                    continue
                moved = True
                if overlap_x < overlap_y * (width / height):
                    step = overlap_x / 2 * (1 if dx >= 0 else -1)
                    placed[i][0] -= step
                    placed[j][0] += step
                else:
                    step = overlap_y / 2 * (1 if dy >= 0 else -1)
                    placed[i][1] -= step
                    placed[j][1] += step
        for point, (sx, sy) in zip(placed, signs, strict=True):  # stay in the quadrant the room chose
            point[0] = sx * min(0.95, max(width / 2, sx * point[0]))
            point[1] = sy * min(0.95, max(height / 2, sy * point[1]))
        if not moved:
            break
    return [(round(x, 2), round(y, 2)) for x, y in placed]


def build_demo(path: Path, language: str = "en", *, today: date | None = None) -> ProgrammeStore:
    """Write a new demo programme file at ``path`` and return it open."""
    content = demo_content(language)
    today = today or date.today()
    with deterministic_ids(f"workshop-app-demo-{language}-{today.isoformat()}"):
        return _DemoBuilder(content, language, today).build(path)


class _DemoBuilder:
    def __init__(self, content: dict[str, Any], language: str, today: date) -> None:
        self.content = content
        self.language = language
        self.today = today
        self.people: dict[str, uuid.UUID] = {}
        self.names: dict[str, str] = {}
        self.workshops: dict[str, uuid.UUID] = {}
        self.notes: dict[str, tuple[uuid.UUID, uuid.UUID, uuid.UUID]] = {}  # ref -> note, board, workshop

    def day(self, offset: int) -> date:
        return self.today + timedelta(days=offset)

    def build(self, path: Path) -> ProgrammeStore:
        info = self.content["programme"]
        store = programme.create_programme(
            path,
            name=info["name"],
            area=info["area"],
            region=info["region"],
            language=self.language,
            start_year=self.today.year + info["start_year_offset"],
            description=info["description"],
        )
        try:
            catalogue = programme.catalogue_of(store)
            self._phases(store)
            self._participants(store)
            self._tasks(store, catalogue)
            self._ratings(store)
            for workshop in self.content["workshops"]:
                self._workshop(store, workshop)
            self._method_tools(store, catalogue)
            self._actions(store)
        except BaseException:
            store.close()
            raise
        return store

    def _phases(self, store: ProgrammeStore) -> None:
        start = self.day(-700)
        spans = {1: (start, self.day(-330)), 2: (self.day(-329), self.day(-120)), 3: (self.day(-119), None)}
        for number, (started, completed) in spans.items():
            status = PhaseStatus.DONE if completed else PhaseStatus.IN_PROGRESS
            phases.update_phase(
                store,
                number,
                {
                    "status": status.value,
                    "started_on": started,
                    "completed_on": completed,
                    "notes": self.content["phase_notes"].get(str(number), ""),
                },
            )

    def _participants(self, store: ProgrammeStore) -> None:
        for index, person in enumerate(self.content["participants"]):
            added = participants.add_participant(
                store,
                person["display_name"],
                organisation=person["organisation"],
                actor_type=person["actor_type"],
                role=person["role"],
                contact=person["contact"],
                consent_date=self.day(-690 + index * 7),
            )
            self.people[person["ref"]] = added.id
            self.names[person["ref"]] = added.display_name

    def _tasks(self, store: ProgrammeStore, catalogue: Catalogue) -> None:
        """Phases before the current one are fully ticked; the current one only where the demo has a note."""
        noted = {item["task"]: item for item in self.content["task_notes"]}
        for phase in catalogue.phases[:DEMO_PHASE]:
            for task in phase.tasks:
                item = noted.get(task.key)
                if phase.number == DEMO_PHASE and item is None:
                    continue
                changes: dict[str, Any] = {"done": True}
                if item is not None:
                    changes |= {"owner": self.names[item["owner_ref"]], "note": item["note"]}
                phases.update_task(store, task.key, changes)

    def _ratings(self, store: ProgrammeStore) -> None:
        """Each criterion rated twice, about nine months apart, so the overview can show progress."""
        for item in self.content["criterion_comments"]:
            for score, comment, offset in (
                (item["first_score"], item["first_comment"], -300),
                (item["second_score"], item["second_comment"], -25),
            ):
                phases.rate_criterion(store, item["criterion"], score, comment=comment, rated_on=self.day(offset))

    def _workshop(self, store: ProgrammeStore, data: dict[str, Any]) -> None:
        made = workshops.create_workshop(
            store,
            data["title"],
            data["phase"],
            held_on=self.day(data["day_offset"]),
            start_time=datetime.strptime(data["start"], "%H:%M").time(),
            end_time=datetime.strptime(data["end"], "%H:%M").time(),
            place=data["place"],
            facilitator=self.names[data["facilitator_ref"]],
            purpose=data["purpose"],
        )
        self.workshops[data["ref"]] = made.id
        for item in data["agenda"]:
            workshops.add_agenda_item(
                store,
                made.id,
                item["title"],
                planned_minutes=item["minutes"],
                minutes_text=item["minutes_text"],
            )
        for entry in data["attendance"]:
            workshops.set_attendance(store, made.id, self.people[entry["ref"]], entry["status"])
        for text in data["decisions"]:
            workshops.add_decision(store, made.id, text)
        for board in data["boards"]:
            self._board(store, made.id, board)

    def _method_tools(self, store: ProgrammeStore, catalogue: Catalogue) -> None:
        """The method's tools in use: an impact canvas in phase 2 (the method's picks, linked backwards), the
        hybrid the phase-2 workshop chose as a recorded decision, two dated lifecycle diagnoses, and phase 4's
        indicator workshop planned ahead with its goal sheet drafted."""
        tools = catalogue.tools
        if tools is None:
            return
        lang = self.language
        canvas = tools.impact_canvas
        picks = (
            ("impacts", canvas.impact_themes[3]),
            ("impacts", canvas.impact_themes[1]),
            ("results", canvas.targeted_results[1]),
            ("results", canvas.targeted_results[7]),
            ("means", canvas.means_types[1]),
            ("means", canvas.means_types[3]),
            ("resources", canvas.funding_models[2]),
            ("resources", canvas.funding_models[3]),
        )
        phase_two = self.workshops["w2"]
        activity = catalogue.activity("p2.impact_framework_canvas")
        made = method_tools.create_canvas(store, phase_two, activity.title.get(lang) if activity else "Impact")
        cards = [
            method_tools.add_card(store, made.id, column, text.get(lang), origin="method") for column, text in picks
        ]
        for source, target in ((2, 0), (3, 1), (3, 0), (4, 2), (5, 3), (6, 5), (7, 4)):
            method_tools.link_cards(store, cards[source].id, cards[target].id)
        decisions = workshops.list_decisions(store, phase_two)
        if decisions:
            method_tools.record_hybrid(store, decisions[0].id, ["B", "C"], HYBRID_REASON[lang])
        refs = list(self.people.values())
        for ref, offset, stage, personal in (
            ("w1", -560, "shaping", ("shaping", "initial_enthusiasm")),
            ("w3", -10, "consolidation", ("initial_enthusiasm", "consolidation", "consolidation")),
        ):
            day = self.day(offset)
            workshop_id = self.workshops[ref]
            method_tools.add_lifecycle_mark(store, workshop_id, "valuma_lifecycle", stage, day)
            for person, personal_stage in zip(refs, personal, strict=False):
                method_tools.add_lifecycle_mark(
                    store, workshop_id, "valuma_lifecycle", personal_stage, day, participant_id=person
                )
        method_tools.add_lifecycle_mark(
            store, self.workshops["w1"], "drijven_klijven_blijven", "drijven", self.day(-560)
        )
        method_tools.add_lifecycle_mark(
            store, self.workshops["w3"], "drijven_klijven_blijven", "klijven", self.day(-10)
        )
        indicator_workshop(store, catalogue, lang, self.day(DAY_OFFSET), self.names["p01"])

    def _board(self, store: ProgrammeStore, workshop_id: uuid.UUID, data: dict[str, Any]) -> None:
        board = boards.create_board(store, workshop_id, data["title"], preset_key=data["preset"])
        places = spread_out([(note["x"], note["y"]) for note in data["notes"]])
        for note, (x, y) in zip(data["notes"], places, strict=True):
            author = self.people[note["author_ref"]] if note["author_ref"] else None
            made = boards.add_note(
                store,
                board.id,
                note["text"],
                x,
                y,
                colour=note["colour"],
                participant_id=author,
            )
            self.notes[note["ref"]] = (made.id, board.id, workshop_id)
        run(store, TidyNotes(board.id))  # what Tidy does in the room: no card covers another, in any language
        for item in data["pro_cons"]:
            note_ref = item.get("note_ref")
            if note_ref:
                boards.add_pro_con(store, board.id, item["kind"], item["text"], note_id=self.notes[note_ref][0])
            else:
                boards.add_pro_con(store, board.id, item["kind"], item["text"], quadrant=item["quadrant"])
        for vote in data["votes"]:
            boards.add_vote(store, self.notes[vote["note_ref"]][0], self.people[vote["voter_ref"]])

    def _actions(self, store: ProgrammeStore) -> None:
        for item in self.content["actions"]:
            origin: dict[str, Any] = {}
            if item["from_note"]:
                note_id, board_id, workshop_id = self.notes[item["from_note"]]
                origin = {"note_id": note_id, "board_id": board_id, "workshop_id": workshop_id}
            elif item["from_workshop"]:
                origin = {"workshop_id": self.workshops[item["from_workshop"]]}
            due = self.day(item["due_offset"])  # planned in the quarter it is due, whenever the demo is made
            actions.create_action(
                store,
                item["what"],
                why=item["why"],
                owner=self.names[item["owner_ref"]],
                owner_id=self.people[item["owner_ref"]],
                partners=item["partners"],
                due_date=due,
                status=item["status"],
                priority=item["priority"],
                phase=item["phase"],
                plan_year=due.year,
                plan_quarter=(due.month - 1) // 3 + 1,
                done_date=self.day(item["done_offset"]) if item["done_offset"] is not None else None,
                **origin,
            )
