"""One workshop, quickly: a programme made with sensible defaults around a single workshop (a one-off focus
group needs no area, region or phase plan), its agenda from the method's activities and the board they use.

The programme is still a whole programme (phase 3, mobilisation and collaboration, is where a focus group
sits), so everything else in the app works on it; the facilitator may fill in the rest later or never.
"""

import uuid
from datetime import date, timedelta
from pathlib import Path

from workshop_app.operations.activity import WorkshopWithBoards
from workshop_app.operations.base import run
from workshop_app.operations.programme import AgendaEntry, CreateWorkshop
from workshop_app.services import programme
from workshop_app.storage.store import ProgrammeStore

PHASE = 3
AGENDA_LENGTH = 3
DAYS_AHEAD = 7


def plan_one_workshop(path: Path, title: str, language: str, today: date) -> tuple[ProgrammeStore, uuid.UUID]:
    """A new programme file at ``path`` named ``title``, holding the workshop ``title`` a week from ``today``
    with the first activities of phase 3 on its agenda and the quadrant board the first of them uses (the
    impact/effort board when none does). Returns the open store and the workshop's id."""
    store = programme.create_programme(path, name=title, language=language, start_year=today.year)
    try:
        catalogue = programme.catalogue_of(store)
        activities = catalogue.phase(PHASE).activities[:AGENDA_LENGTH]
        agenda = tuple(
            AgendaEntry(activity.title.get(language), planned_minutes=activity.minutes, activity_key=activity.key)
            for activity in activities
        )
        preset_key = next((activity.preset for activity in activities if activity.preset), None) or "impact_effort"
        preset = catalogue.preset(preset_key)
        board_title = preset.title.get(language) if preset is not None else title
        made = run(
            store,
            WorkshopWithBoards(
                CreateWorkshop(title, PHASE, held_on=today + timedelta(days=DAYS_AHEAD), agenda=agenda),
                ((board_title, preset_key),),
            ),
        )
    except BaseException:
        store.close()
        raise
    return store, made.result.id
