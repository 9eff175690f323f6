"""The programme report as PDF, read back with pypdf: content in order, languages, chart, action plan,
overdue actions, fonts, numbering, a 500-action plan, an empty programme, cancelling."""

from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import LETTER

from tests.benchmarks.large_programme import build_large
from tests.test_export_common import (
    DEMO_TODAY,
    assert_fonts_embedded,
    assert_in_order,
    assert_numbered,
    demos,
    pdf_pages,
    pdf_text,
    unhyphenated,
)
from workshop_app.export import ExportCancelled, export_report
from workshop_app.export.labels import Labels
from workshop_app.export.report import action_year
from workshop_app.services import actions, phases, programme, workshops
from workshop_app.storage.store import ProgrammeStore

__all__ = ["demos"]

EXPECTED = {
    "en": ("PROGRAMME REPORT", "The five phases", "Success criteria", "Action plan"),
    "fi": ("OHJELMARAPORTTI", "Viisi vaihetta", "Onnistumisen kriteerit", "Toimenpidesuunnitelma"),
    "nb": ("PROGRAMRAPPORT", "De fem fasene", "Suksesskriterier", "Handlingsplan"),
}


@pytest.mark.parametrize("language", ["en", "fi", "nb"])
def test_report_of_the_demo(demos: dict[str, ProgrammeStore], tmp_path: Path, language: str) -> None:
    store = demos[language]
    labels = Labels(language)
    facts = programme.get_programme(store)
    catalogue = programme.catalogue_of(store)
    out = export_report(store, tmp_path / "report.pdf", today=DEMO_TODAY)
    text = pdf_text(out)
    kicker, phases_title, criteria_title, plan_title = EXPECTED[language]
    held = [w for w in workshops.list_workshops(store) if w.date and w.date <= DEMO_TODAY]
    plan = actions.list_actions(store)
    overdue = [a for a in plan if a.is_overdue(DEMO_TODAY)]
    years = sorted({year for year in map(action_year, plan) if year is not None})
    phase_titles = [
        labels("common.phase_title", number=p.number, title=p.title.get(language)) for p in catalogue.phases
    ]
    assert_in_order(
        text,
        [
            kicker,
            facts.name,
            facts.area,
            phases_title,
            *phase_titles,
            criteria_title,
            *phase_titles[:3],  # the chart's legend names the rated phases
            labels("report.workshops"),
            *[w.title for w in held],
            labels("report.overdue", date=labels.day(DEMO_TODAY)),
            overdue[0].what,
            plan_title,
            *[str(year) for year in years],
        ],
    )
    assert labels("report.overdue_intro", count=len(overdue), date=labels.day(DEMO_TODAY)) in text
    assert_numbered(out, labels)
    assert_fonts_embedded(out)
    if language == "fi":
        assert "Čoalbmi" in text and "Myöhässä" in text and "Tehty" in text
    if language == "nb":
        assert "Bjørkli" in text and "Forfalt" in text and "Ferdig" in text


def test_every_action_appears_once_in_the_plan(demos: dict[str, ProgrammeStore], tmp_path: Path) -> None:
    store = demos["en"]
    pages = pdf_pages(export_report(store, tmp_path / "r.pdf", today=DEMO_TODAY))
    plan_start = next(i for i, page in enumerate(pages) if "Action plan All actions" in page)
    plan_text = " ".join(pages[plan_start:])
    plan_text = plan_text[plan_text.index("Action plan All actions") :]
    plan_text = unhyphenated(plan_text)  # long words are broken at syllables, with a hyphen, in the PDF
    for action in actions.list_actions(store):
        assert plan_text.count(unhyphenated(action.what)) == 1, action.what


@pytest.mark.slow
def test_a_500_action_plan(tmp_path: Path) -> None:
    today = date(2026, 11, 23)
    store = build_large(tmp_path / "large.workshop", workshops=12, notes=120, actions=500, today=today)
    try:
        out = export_report(store, tmp_path / "large.pdf", page_size="Letter", today=today)
        plan = actions.list_actions(store)
    finally:
        store.close()
    reader = PdfReader(out)
    assert len(reader.pages) > 15
    assert {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages} == {
        (round(LETTER[0]), round(LETTER[1]))
    }
    assert_numbered(out, Labels("fi"))
    assert_fonts_embedded(out)
    text = pdf_text(out)
    for year, count in Counter(map(action_year, plan)).items():
        assert f"{year} Toimenpiteitä: {count} ·" in text
    assert "Toimenpide 500: kehitetään kohtaamispaikkoja" in text
    overdue = sum(1 for action in plan if action.is_overdue(today))
    assert f"{today.day}.{today.month}.{today.year}: {overdue}." in text


def test_an_empty_programme(tmp_path: Path) -> None:
    with programme.create_programme(tmp_path / "e.workshop", name="Nothing <yet> & more", start_year=2026) as store:
        out = export_report(store, tmp_path / "empty.pdf", today=DEMO_TODAY)
    text = pdf_text(out)
    assert_in_order(
        text,
        [
            "Nothing <yet> & more",
            "Not started",
            "No success criteria have been rated yet.",
            "No workshops have been held yet.",
            "No action is overdue.",
            "The action plan is empty.",
        ],
    )
    assert_fonts_embedded(out)


def test_ratings_chart_over_several_dates(tmp_path: Path) -> None:
    with programme.create_programme(tmp_path / "r.workshop", name="Ratings", start_year=2024, language="nb") as store:
        keys = [c.key for p in programme.catalogue_of(store).phases for c in p.criteria]
        for index, key in enumerate(keys[:20]):
            for month in (1, 4, 7, 10):
                phases.rate_criterion(store, key, 1 + (index + month) % 5, rated_on=date(2025, month, 3))
        out = export_report(store, tmp_path / "r.pdf", language="en", today=DEMO_TODAY)
    text = pdf_text(out)
    assert_in_order(text, ["Success criteria", "Jan 2025", "Oct 2025", "1 – Knowledge base"])
    assert_fonts_embedded(out)


def test_cancelling_the_report(demos: dict[str, ProgrammeStore], tmp_path: Path) -> None:
    store = demos["nb"]
    seen: list[float] = []
    export_report(store, tmp_path / "whole.pdf", progress=seen.append, today=DEMO_TODAY)
    assert seen[-1] == 1.0 and seen == sorted(seen)
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > 12

    with pytest.raises(ExportCancelled):
        export_report(store, tmp_path / "cancelled.pdf", cancelled=cancelled, today=DEMO_TODAY)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["whole.pdf"]


@pytest.mark.slow
def test_texts_at_their_longest_never_overflow(tmp_path: Path) -> None:
    """Every text at the longest the services accept, much of it one unbroken word: no LayoutError."""
    from workshop_app.export import export_minutes
    from workshop_app.services import boards, participants
    from workshop_app.services.validation import NAME_MAX, NOTE_MAX, TEXT_MAX

    word = "Čoalbmiåøæ" * (NAME_MAX // 10)
    essay = ("Pitkä " * 3 + "Ŋ" * 3000 + "\n\n") * (TEXT_MAX // 3100)
    with programme.create_programme(
        tmp_path / "long.workshop", name=word, area=word, region=word, start_year=2026, description=essay[:TEXT_MAX]
    ) as store:
        catalogue = programme.catalogue_of(store)
        phases.update_phase(store, 1, {"status": "in_progress", "notes": essay[:TEXT_MAX]})
        task = catalogue.phases[0].tasks[0].key
        phases.update_task(store, task, {"done": True, "owner": word, "note": essay[:TEXT_MAX]})
        phases.rate_criterion(
            store, catalogue.phases[0].criteria[0].key, 3, comment=essay[:TEXT_MAX], rated_on=DEMO_TODAY
        )
        made = workshops.create_workshop(
            store, word, 1, held_on=DEMO_TODAY, place=word, facilitator=word, purpose=essay[:TEXT_MAX]
        )
        person = participants.add_participant(store, word, organisation=word, role=word)
        workshops.set_attendance(store, made.id, person.id, "present")
        workshops.add_agenda_item(store, made.id, word, planned_minutes=600, minutes_text=essay[:TEXT_MAX])
        workshops.add_decision(store, made.id, essay[:TEXT_MAX])
        labels = {name: word for name in boards.LABEL_FIELDS}
        board = boards.create_board(store, made.id, word, labels=labels)
        note = boards.add_note(store, board.id, "x" * NOTE_MAX, 0.1, 0.1, participant_id=person.id)
        boards.add_pro_con(store, board.id, "pro", "y" * NOTE_MAX, note_id=note.id)
        boards.add_pro_con(store, board.id, "con", "z" * NOTE_MAX, quadrant="top_left")
        actions.create_action(store, "w" * NOTE_MAX, owner=word, due_date=date(2026, 1, 1), workshop_id=made.id)
        minutes = export_minutes(store, made.id, tmp_path / "long-minutes.pdf", today=DEMO_TODAY)
        report = export_report(store, tmp_path / "long-report.pdf", today=DEMO_TODAY)
    for out in (minutes, report):
        pages = pdf_pages(out)
        assert len(pages) > 3
        assert_fonts_embedded(out)
