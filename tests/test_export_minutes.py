"""Workshop minutes as PDF, read back with pypdf: content in order, language, fonts, numbering, privacy,
literal markup characters, big boards, empty workshops, page sizes, cancelling."""

from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, LETTER

from tests.test_export_common import (
    DEMO_TODAY,
    assert_fonts_embedded,
    assert_in_order,
    assert_numbered,
    demos,
    pdf_pages,
    pdf_text,
)
from workshop_app.domain.models import BoardView, WorkshopView
from workshop_app.errors import ValidationError
from workshop_app.export import ExportCancelled, export_minutes
from workshop_app.export.labels import Labels
from workshop_app.services import actions, boards, participants, programme, workshops
from workshop_app.storage.store import ProgrammeStore

__all__ = ["demos"]  # the fixture, imported for pytest

FACES = {"NotoSans-Regular", "NotoSans-Bold", "NotoSans-Italic", "NotoSans-BoldItalic"}
LABELS = {"en": ("Attendance", "Decisions"), "fi": ("Läsnäolo", "Päätökset"), "nb": ("Oppmøte", "Beslutninger")}


@pytest.mark.parametrize("language", ["en", "fi", "nb"])
def test_minutes_of_every_demo_workshop(demos: dict[str, ProgrammeStore], tmp_path: Path, language: str) -> None:
    store = demos[language]
    name = programme.get_programme(store).name
    labels = Labels(language)
    texts = []
    for index, workshop in enumerate(workshops.list_workshops(store)):
        out = export_minutes(store, workshop.id, tmp_path / f"minutes-{index}.pdf", today=DEMO_TODAY)
        text = pdf_text(out)
        texts.append(text)
        items = workshops.list_agenda(store, workshop.id)
        agenda = [item.title for item in items]
        # minutes by item only where something was recorded; a planned workshop says so once
        recorded = [item.title for item in items if item.minutes_text.strip()] or [labels("minutes.no_minutes")]
        decisions = workshops.list_decisions(store, workshop.id)
        board_list = boards.list_boards(store, workshop.id)
        agreed = [a for a in actions.list_actions(store) if a.workshop_id == workshop.id]
        expected = [
            labels("minutes.kicker").upper(),
            workshop.title,
            name,
            labels.day(workshop.date, "long"),
            LABELS[language][0],
            labels("minutes.agenda"),
            *agenda,
            labels("minutes.minutes"),
            *recorded,
            LABELS[language][1],
            decisions[0].text if decisions else labels("minutes.no_decisions"),
        ]
        if board_list:
            note = next(n for n in boards.list_notes(store, board_list[0].id) if not n.hidden)
            expected += [board_list[0].title, note.text]
        else:
            expected.append(labels("minutes.no_boards"))
        if agreed:
            expected += [labels("minutes.actions"), agreed[0].what]
        assert_in_order(text, expected)
        assert "<" not in text and "&amp;" not in text
        assert_numbered(out, labels)
        assert assert_fonts_embedded(out) <= {
            "NotoSans-Regular",
            "NotoSans-Bold",
            "NotoSans-Italic",
            "NotoSans-BoldItalic",
        }
        reader = PdfReader(out)
        metadata = reader.metadata
        assert metadata is not None
        assert metadata.title == f"{labels('minutes.document_title', title=workshop.title)} – {name}"
        assert metadata.author == workshop.facilitator
        assert metadata.subject == labels("minutes.kicker")
        assert name in str(metadata.get("/Keywords"))
        assert reader.trailer["/Root"]["/Lang"] == language
    everything = " ".join(texts)
    assert "Máret Áile Eira" in everything and "Niillas Ánte Sárá" in everything  # Sámi letters survive
    if language == "fi":
        assert "Čoalbmi" in everything and "Paikalla" in everything
    if language == "nb":
        assert "Bjørkli" in everything and "Til stede" in everything and "Forfalt" in everything


def test_running_header_on_later_pages(demos: dict[str, ProgrammeStore], tmp_path: Path) -> None:
    store = demos["en"]
    workshop = workshops.list_workshops(store)[1]
    pages = pdf_pages(export_minutes(store, workshop.id, tmp_path / "m.pdf", today=DEMO_TODAY))
    assert len(pages) > 2
    name = programme.get_programme(store).name
    for text in pages[1:]:
        assert text.startswith(name), text[:120]
        assert f"Minutes: {workshop.title}" in text


def test_a4_and_letter(demos: dict[str, ProgrammeStore], tmp_path: Path) -> None:
    store = demos["en"]
    workshop = workshops.list_workshops(store)[0]
    for size, expected in (("A4", A4), ("Letter", LETTER)):
        out = export_minutes(store, workshop.id, tmp_path / f"{size}.pdf", page_size=size, today=DEMO_TODAY)
        for page in PdfReader(out).pages:
            box = page.mediabox
            assert (round(float(box.width), 1), round(float(box.height), 1)) == (
                round(expected[0], 1),
                round(expected[1], 1),
            )
    with pytest.raises(ValidationError):
        export_minutes(store, workshop.id, tmp_path / "x.pdf", page_size="A5")
    assert not (tmp_path / "x.pdf").exists()


def test_a_language_other_than_the_programmes(demos: dict[str, ProgrammeStore], tmp_path: Path) -> None:
    store = demos["fi"]
    workshop = workshops.list_workshops(store)[0]
    text = pdf_text(export_minutes(store, workshop.id, tmp_path / "nb.pdf", language="nb", today=DEMO_TODAY))
    assert "REFERAT FRA WORKSHOP" in text and "Oppmøte" in text
    assert workshop.title in text  # the user's own texts stay as written


def test_privacy_of_attendance_and_authors(demos: dict[str, ProgrammeStore], tmp_path: Path) -> None:
    store = demos["en"]
    workshop = workshops.list_workshops(store)[1]
    names = pdf_text(export_minutes(store, workshop.id, tmp_path / "names.pdf", today=DEMO_TODAY))
    initials = pdf_text(
        export_minutes(store, workshop.id, tmp_path / "initials.pdf", attendance="initials", today=DEMO_TODAY)
    )
    organisations = pdf_text(
        export_minutes(store, workshop.id, tmp_path / "orgs.pdf", attendance="organisations", today=DEMO_TODAY)
    )
    assert "Máret Áile Eira" in names and "Note Author Votes" in names
    for text in (initials, organisations):
        assert "Máret Áile Eira" not in text and "Sigrid Bakken" not in text
        assert "Note Author Votes" not in text and "Note Votes" in text
    assert "M. Á. E." in initials
    assert "Elvheim Municipality" in organisations
    with pytest.raises(ValidationError):
        export_minutes(store, workshop.id, tmp_path / "bad.pdf", attendance="everything")


def _workshop_with_everything(store: ProgrammeStore, notes: int, action_count: int) -> tuple[WorkshopView, BoardView]:
    made = workshops.create_workshop(
        store,
        "Markup <b>&</b> test",
        2,
        held_on=date(2026, 5, 4),
        start_time=time(9),
        end_time=time(12),
        place="Kylätalo & café <main hall>",
        facilitator="Åse Ødegård",
    )
    workshops.add_agenda_item(store, made.id, "Opening <welcome>", planned_minutes=20, minutes_text="a < b && c > d")
    workshops.add_decision(store, made.id, "We decide: x < y & y > z")
    board = boards.create_board(store, made.id, "Big board", preset_key="impact_effort")
    person = participants.add_participant(store, "Ánte Đuođa", organisation="Sámi searvi")
    boards.add_note(store, board.id, "<b>bold</b> & <i>", 0.2, 0.3, participant_id=person.id)
    boards.add_note(store, board.id, "Secret idea", -0.5, -0.5, hidden=True)
    long_word = "Kaupunkisuunnittelu" * 50
    for index in range(notes - 2):
        text = long_word if index == 0 else ("Ŋ ŧ đ č š ž á " * 70 if index == 1 else f"Note {index} ä ø å")
        made_note = boards.add_note(
            store, board.id, text, ((index * 37) % 200) / 100 - 1, ((index * 53) % 200) / 100 - 1, colour="#90caf9"
        )
        if index % 7 == 0:
            boards.add_vote(store, made_note.id)
    for index in range(action_count):
        actions.create_action(
            store,
            f"Action {index} " + "with a rather long description " * (index % 4),
            owner="Ánte Đuođa",
            due_date=date(2026, 1 + index % 12, 1 + index % 28),
            status=("open", "in_progress", "done", "dropped")[index % 4],
            workshop_id=made.id,
            plan_year=2026,
            plan_quarter=1 + index % 4,
        )
    return made, board


def test_markup_characters_print_literally(tmp_path: Path) -> None:
    with programme.create_programme(tmp_path / "p.workshop", name="Markup & <Co>", start_year=2026) as store:
        made, _ = _workshop_with_everything(store, notes=3, action_count=1)
        out = export_minutes(store, made.id, tmp_path / "markup.pdf", today=DEMO_TODAY)
    text = pdf_text(out)
    for literal in ("Markup <b>&</b> test", "<b>bold</b> & <i>", "a < b && c > d", "x < y & y > z", "<welcome>"):
        assert literal in text
    assert "&amp;" not in text and "&lt;" not in text
    assert "Secret idea" not in text and "Hidden note" in text


@pytest.mark.slow
def test_a_200_note_board_and_100_actions(tmp_path: Path) -> None:
    with programme.create_programme(tmp_path / "big.workshop", name="Big", start_year=2026, language="fi") as store:
        made, board = _workshop_with_everything(store, notes=200, action_count=100)
        out = export_minutes(store, made.id, tmp_path / "big.pdf", page_size="Letter", today=DEMO_TODAY)
        assert len(boards.list_notes(store, board.id)) == 200
    pages = pdf_pages(out)
    assert len(pages) >= 8
    assert_numbered(out, Labels("fi"))
    assert_fonts_embedded(out)
    text = " ".join(pages)
    assert "Note 197 ä ø å" in text and "Action 99" in text
    assert "Ŋ ŧ đ č š ž á" in text
    assert "Kaupunkisuunnittelu" in text


def test_an_empty_workshop_gives_a_sensible_document(tmp_path: Path) -> None:
    with programme.create_programme(tmp_path / "e.workshop", name="Empty", start_year=2026) as store:
        made = workshops.create_workshop(store, "Nothing yet", 1)
        out = export_minutes(store, made.id, tmp_path / "empty.pdf")
    pages = pdf_pages(out)
    assert len(pages) == 1
    assert_in_order(
        pages[0],
        [
            "WORKSHOP MINUTES",
            "Nothing yet",
            "No attendance was recorded.",
            "No agenda was recorded.",
            "No minutes were recorded.",
            "No decisions were recorded.",
            "No boards were used.",
            "No actions were agreed at this workshop.",
            "Page 1 / 1",
        ],
    )


def test_cancelling_raises_and_leaves_no_file(demos: dict[str, ProgrammeStore], tmp_path: Path) -> None:
    store = demos["en"]
    workshop = workshops.list_workshops(store)[1]
    seen: list[float] = []
    export_minutes(store, workshop.id, tmp_path / "whole.pdf", progress=seen.append, today=DEMO_TODAY)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen) and len(seen) > 10
    for after in (1, 5, 40):
        asked = 0

        def cancelled(limit: int = after) -> bool:
            nonlocal asked
            asked += 1
            return asked > limit

        out = tmp_path / f"cancelled-{after}.pdf"
        with pytest.raises(ExportCancelled):
            export_minutes(store, workshop.id, out, cancelled=cancelled, today=DEMO_TODAY)
        assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["whole.pdf"]


def test_every_round_of_a_board(tmp_path: Path) -> None:
    from workshop_app.services import rounds

    with programme.create_programme(tmp_path / "r.workshop", name="Rounds", start_year=2026) as store:
        made = workshops.create_workshop(store, "Two rounds", 2, held_on=date(2026, 5, 4))
        board = boards.create_board(store, made.id, "Priorities", preset_key="impact_effort")
        boards.add_note(store, board.id, "First idea", 0.5, 0.5)
        second = rounds.start_next_round(store, board.id)
        boards.add_note(store, second.id, "Second idea", -0.5, -0.5)
        text = pdf_text(export_minutes(store, made.id, tmp_path / "rounds.pdf", today=DEMO_TODAY))
    assert_in_order(text, ["Priorities", "round frozen on", "First idea", "Priorities (round 2)", "Second idea"])
