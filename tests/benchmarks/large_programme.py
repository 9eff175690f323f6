"""A large generated programme (default: 100 workshops, 20,000 notes, 5,000 actions) for benchmarks and tests.

Written in one transaction with Core inserts: going through a service per row would mean 25,000 durable
commits, which measures the disk rather than anything the app does when it opens such a file.
"""

import random
import uuid
from datetime import date, time, timedelta
from pathlib import Path

from sqlalchemy import Table

from workshop_app.domain import models
from workshop_app.domain.types import deterministic_ids, new_id, utcnow
from workshop_app.services.programme import catalogue_of, create_programme
from workshop_app.storage.store import ProgrammeStore

STATUSES = ("open", "in_progress", "done", "dropped")
COLOURS = ("#ffd54f", "#81d4fa", "#a5d6a7", "#f48fb1", "#ce93d8", "#ffab91")


def _table(model: type) -> Table:
    table: Table = model.__table__  # type: ignore[attr-defined]
    return table


def build_large(
    path: Path,
    *,
    workshops: int = 100,
    notes: int = 20_000,
    actions: int = 5_000,
    participants: int = 200,
    today: date | None = None,
    seed: int = 7,
) -> ProgrammeStore:
    today = today or date.today()
    rng = random.Random(seed)
    with deterministic_ids(f"large-{seed}"):
        store = create_programme(path, name="Suuri ohjelma – Stor programfil", start_year=today.year - 4, language="fi")
        catalogue = catalogue_of(store)
        tasks = [task.key for phase in catalogue.phases for task in phase.tasks]
        criteria = [c.key for phase in catalogue.phases for c in phase.criteria]
        now = utcnow()
        stamp = {"created_at": now, "updated_at": now}
        pid = store.programme_id
        people = [
            {
                "id": new_id(),
                "programme_id": pid,
                "display_name": f"Osallistuja {i} Ääkkönen",
                "organisation": "Kunta",
                "actor_type": "residents",
                "role": "",
                "contact": "",
                "consent_date": None,
                "erased_at": None,
                **stamp,
            }
            for i in range(participants)
        ]
        workshop_rows, board_rows, agenda_rows, note_rows, action_rows, vote_rows = [], [], [], [], [], []
        for w in range(workshops):
            workshop_id = new_id()
            held = today + timedelta(days=rng.randint(-1200, 200))
            workshop_rows.append(
                {
                    "id": workshop_id,
                    "programme_id": pid,
                    "title": f"Työpaja {w + 1}",
                    "phase": rng.randint(1, 5),
                    "date": held,
                    "start_time": time(9),
                    "end_time": time(12),
                    "place": "Kylätalo",
                    "facilitator": "Fasilitaattori",
                    "purpose": "Tavoite " * 10,
                    **stamp,
                }
            )
            for a in range(5):
                agenda_rows.append(
                    {
                        "id": new_id(),
                        "workshop_id": workshop_id,
                        "position": a,
                        "title": f"Kohta {a + 1}",
                        "planned_minutes": 30,
                        "minutes_text": "Muistiinpanot " * 20,
                        "activity_key": "",
                        **stamp,
                    }
                )
            board_id = new_id()
            board_rows.append(
                {
                    "id": board_id,
                    "workshop_id": workshop_id,
                    "title": f"Nelikenttä {w + 1}",
                    "preset_key": "valuma",
                    "x_title": "x",
                    "x_low": "vasen",
                    "x_high": "oikea",
                    "y_title": "y",
                    "y_low": "ala",
                    "y_high": "ylä",
                    "title_top_left": "A",
                    "title_top_right": "B",
                    "title_bottom_left": "C",
                    "title_bottom_right": "D",
                    "round": 1,
                    **stamp,
                }
            )
            for _ in range(notes // workshops):
                note_id = new_id()
                note_rows.append(
                    {
                        "id": note_id,
                        "board_id": board_id,
                        "text": f"Idea {rng.randint(1, 10**6)} – nuorten paikka",
                        "x": rng.uniform(-1, 1),
                        "y": rng.uniform(-1, 1),
                        "colour": rng.choice(COLOURS),
                        "participant_id": rng.choice(people)["id"],
                        "hidden": False,
                        **stamp,
                    }
                )
                if rng.random() < 0.3:
                    vote_rows.append(
                        {"id": new_id(), "note_id": note_id, "participant_id": rng.choice(people)["id"], **stamp}
                    )
        for a in range(actions):
            status = rng.choice(STATUSES)
            due = today + timedelta(days=rng.randint(-700, 700))
            action_rows.append(
                {
                    "id": new_id(),
                    "programme_id": pid,
                    "what": f"Toimenpide {a + 1}: kehitetään kohtaamispaikkoja",
                    "why": "Tavoite",
                    "owner": rng.choice(people)["display_name"],
                    "owner_id": None,
                    "partners": "Kunta",
                    "due_date": due,
                    "status": status,
                    "priority": rng.randint(1, 3),
                    "phase": rng.randint(1, 5),
                    "workshop_id": rng.choice(workshop_rows)["id"],
                    "board_id": None,
                    "note_id": None,
                    "plan_year": due.year,
                    "plan_quarter": (due.month - 1) // 3 + 1,
                    "done_date": due if status == "done" else None,
                    **stamp,
                }
            )
        task_rows = [
            {
                "id": new_id(),
                "programme_id": pid,
                "task_key": key,
                "done": rng.random() < 0.6,
                "owner": "",
                "note": "",
                **stamp,
            }
            for key in tasks
        ]
        rating_rows = [
            {
                "id": new_id(),
                "programme_id": pid,
                "criterion_key": key,
                "score": rng.randint(1, 5),
                "comment": "",
                "rated_on": today - timedelta(days=days),
                **stamp,
            }
            for key in criteria
            for days in (400, 200, 30)
        ]
        with store.writing() as conn:
            for model, rows in (
                (models.Participant, people),
                (models.Workshop, workshop_rows),
                (models.AgendaItem, agenda_rows),
                (models.Board, board_rows),
                (models.Note, note_rows),
                (models.Vote, vote_rows),
                (models.Action, action_rows),
                (models.TaskCheck, task_rows),
                (models.CriterionRating, rating_rows),
            ):
                if rows:
                    conn.execute(_table(model).insert(), rows)
        return store


def ids_of(store: ProgrammeStore, model: type, limit: int = 10) -> list[uuid.UUID]:
    with store.reading() as session:
        return [
            row[0] for row in session.execute(_table(model).select().with_only_columns(_table(model).c.id).limit(limit))
        ]
