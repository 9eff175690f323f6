"""The method's tools in documents, in Finnish and Bokmål: the minutes show the impact canvas (cards with what
they serve), the hybrid chosen and the lifecycle diagnosis; the report shows the lifecycle path and the hybrid."""

from datetime import date
from pathlib import Path

import pytest

from tests.templates import demo_file
from tests.test_export_common import pdf_text, unhyphenated
from workshop_app.export.minutes import export_minutes
from workshop_app.export.report import export_report
from workshop_app.services import workshops
from workshop_app.storage.store import ProgrammeStore

TEXTS = {
    "fi": (
        "Vaikuttavuuskehikko: Vaikuttavuusperusteinen viitekehys",
        "palvelee:",
        "Valittu hybridimalli",
        "Elinkaaren arviointi",
        "Hahmotusvaihe (tarve ja tilaus)",
        "Ohjelman kulku tällä käyrällä",
    ),
    "nb": (
        "Effektrammeverk: Effektbasert rammeverk",
        "tjener:",
        "Valgt hybridmodell",
        "Livsløpsdiagnose",
        "Avklaringsfase (behov og bestilling)",
        "Programmets vei på denne kurven",
    ),
}


def shown(wanted: str, text: str) -> bool:
    """``wanted`` in the PDF's text, words broken at a line's end read whole."""
    return unhyphenated(wanted) in unhyphenated(text)


@pytest.mark.parametrize("language", ["fi", "nb"])
def test_minutes_and_report_show_the_tools(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, language: str
) -> None:
    store = ProgrammeStore.open(demo_file(tmp_path, tmp_path_factory, language, today=date(2026, 11, 23)))
    try:
        canvas_title, serves, hybrid, lifecycle, shaping, path = TEXTS[language]
        first, second = workshops.list_workshops(store)[:2]
        choosing = pdf_text(export_minutes(store, second.id, tmp_path / "choosing.pdf", today=date(2026, 11, 23)))
        assert (
            shown(canvas_title, choosing)
            and shown(serves, choosing)
            and shown(hybrid, choosing)
            and shown("B – ", choosing)
        )
        kick_off = pdf_text(export_minutes(store, first.id, tmp_path / "kick-off.pdf", today=date(2026, 11, 23)))
        assert shown(lifecycle, kick_off) and shown(shaping, kick_off)
        private = pdf_text(
            export_minutes(store, first.id, tmp_path / "private.pdf", attendance="initials", today=date(2026, 11, 23))
        )
        assert shown(lifecycle, private)
        report = pdf_text(export_report(store, tmp_path / "report.pdf", today=date(2026, 11, 23)))
        assert shown(path, report) and shown(hybrid, report)
    finally:
        store.close()
