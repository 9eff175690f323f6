"""Minutes as a record an official can file, and the other documents of a workshop: approval and reopening
(operations with inverses), the record unchanged after the people and actions it names are edited, the draft
mark and the approval block in fi and nb, the agenda's computed start times, the sign-in sheet's rows, DOCX
and XLSX read back, method prompts kept out of the group's list unless accepted."""

from datetime import date, time
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from tests.templates import DEMO_TODAY, demo_file
from tests.test_export_common import assert_in_order, pdf_text, unhyphenated
from workshop_app.domain.models import WorkshopView
from workshop_app.errors import ValidationError
from workshop_app.export.docx_minutes import export_workshop_docx
from workshop_app.export.invitation import export_agenda, export_sign_in, timed_agenda
from workshop_app.export.labels import Labels
from workshop_app.export.minutes import export_minutes
from workshop_app.export.spreadsheet import export_table
from workshop_app.operations.base import run
from workshop_app.operations.changes import Kind
from workshop_app.operations.records_of_minutes import (
    AcceptPrompt,
    ApproveMinutes,
    MinutesApprovedError,
    ReopenMinutes,
    SetMinutesApproval,
)
from workshop_app.services import actions, boards, participants, workshops
from workshop_app.storage.store import ProgrammeStore


@pytest.fixture
def stores(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, ProgrammeStore]:
    opened = {
        language: ProgrammeStore.open(demo_file(tmp_path, tmp_path_factory, language, f"demo-{language}.workshop"))
        for language in ("en", "fi", "nb")
    }
    yield opened  # type: ignore[misc]
    for store in opened.values():
        store.close()


def held(store: ProgrammeStore) -> WorkshopView:
    """The demo's workshop with a board, attendance, decisions and actions (choosing the operating model)."""
    return workshops.list_workshops(store)[1]


def planned(store: ProgrammeStore) -> WorkshopView:
    return workshops.list_workshops(store)[-1]


APPROVAL = {
    "chair": "Tor Arne Hansen",
    "minute_taker": "Ingrid Solheim",
    "checkers": "Sigrid Bakken, Johan Lindqvist",
    "next_meeting": "23.11.2026 Elvheim Town Hall",
    "distribution": "Steering group; municipal archive",
}


@pytest.mark.parametrize("language", ["fi", "nb"])
def test_approved_minutes_keep_what_they_said(stores: dict[str, ProgrammeStore], tmp_path: Path, language: str) -> None:
    store = stores[language]
    labels = Labels(language)
    workshop = held(store)
    draft = pdf_text(export_minutes(store, workshop.id, tmp_path / "draft.pdf", today=DEMO_TODAY))
    assert labels("minutes.draft_banner") in draft
    assert labels("approval.not_approved") in draft

    run(store, SetMinutesApproval(workshop.id, APPROVAL))
    approved = run(store, ApproveMinutes(workshop.id, date(2026, 4, 24)))
    assert approved.result.approved and approved.changes.ids(Kind.WORKSHOP) == {workshop.id}
    with pytest.raises(MinutesApprovedError):
        run(store, SetMinutesApproval(workshop.id, {"chair": "Someone else"}))

    agreed = [a for a in actions.list_actions(store) if a.workshop_id == workshop.id]
    before = pdf_text(export_minutes(store, workshop.id, tmp_path / "before.pdf", today=DEMO_TODAY))
    attendee = next(p for p in participants.list_participants(store) if p.organisation and p.organisation in before)
    # Later edits: a person changes organisation and role, an action is done, a decision is added.
    participants.update_participant(store, attendee.id, {"organisation": "Moved Elsewhere Ltd", "role": "Consultant"})
    actions.update_action(store, agreed[0].id, {"what": "Rewritten later", "status": "done", "done_date": DEMO_TODAY})
    workshops.add_decision(store, workshop.id, "A decision taken after the approval")
    after = pdf_text(export_minutes(store, workshop.id, tmp_path / "after.pdf", today=date(2026, 12, 20)))
    for gone in ("Moved Elsewhere Ltd", "Consultant", "Rewritten later", "A decision taken after the approval"):
        assert gone not in after
    assert unhyphenated(attendee.organisation) in unhyphenated(after)
    assert unhyphenated(agreed[0].what) in unhyphenated(after)
    when = labels.day(date(2026, 4, 24), "long")
    assert_in_order(
        after,
        [
            labels("minutes.approved_banner", date=when),
            labels("minutes.attendance"),
            labels("minutes.decisions"),
            labels("minutes.actions"),
            labels("minutes.status_as_approved", date=labels.day(date(2026, 4, 24))),
            labels("approval.heading"),
            labels("approval.chair"),
            APPROVAL["chair"],
            labels("approval.minute_taker"),
            APPROVAL["minute_taker"],
            labels("approval.checkers"),
            APPROVAL["checkers"],
            labels("approval.approved_on"),
            when,
            labels("approval.next_meeting"),
            APPROVAL["next_meeting"],
            labels("approval.distribution"),
            APPROVAL["distribution"],
        ],
    )
    assert labels("minutes.draft_banner") not in after

    # Reopening says so, and the draft shows the live data again; undo of the reopening restores the record.
    reopened = run(store, ReopenMinutes(workshop.id))
    live = pdf_text(export_minutes(store, workshop.id, tmp_path / "live.pdf", today=DEMO_TODAY))
    assert labels("minutes.draft_banner") in live and "Moved Elsewhere Ltd" in live
    assert labels("minutes.reopened", date=labels.day(date.today(), "long")) in live
    assert reopened.inverse is not None
    run(store, reopened.inverse)
    again = pdf_text(export_minutes(store, workshop.id, tmp_path / "again.pdf", today=DEMO_TODAY))
    assert "Moved Elsewhere Ltd" not in again and labels("minutes.approved_banner", date=when) in again


def test_approval_operations_undo_through_the_same_rules(stores: dict[str, ProgrammeStore]) -> None:
    store = stores["en"]
    workshop = held(store)
    with pytest.raises(ValidationError):
        run(store, ApproveMinutes(workshop.id))  # no approval date yet
    edited = run(store, SetMinutesApproval(workshop.id, {"chair": "  Tor Arne Hansen  "}))
    assert edited.result.chair == "Tor Arne Hansen"
    assert edited.inverse is not None
    assert run(store, edited.inverse).result.chair == ""
    approved = run(store, ApproveMinutes(workshop.id, date(2026, 4, 24)))
    assert approved.inverse is not None
    undone = run(store, approved.inverse).result
    assert not undone.approved and undone.record == "" and undone.approved_at is None
    with pytest.raises(ValidationError):
        run(store, ReopenMinutes(workshop.id))  # a draft cannot be reopened
    with pytest.raises(ValidationError):
        run(store, SetMinutesApproval(workshop.id, {"record": "{}"}))  # the record is not edited by hand


def test_erasing_a_person_removes_them_from_approved_minutes(stores: dict[str, ProgrammeStore], tmp_path: Path) -> None:
    store = stores["en"]
    workshop = held(store)
    run(store, ApproveMinutes(workshop.id, date(2026, 4, 24)))
    person = next(p for p in participants.list_participants(store) if p.display_name == "Máret Áile Eira")
    participants.erase_participant(store, person.id)
    text = pdf_text(export_minutes(store, workshop.id, tmp_path / "m.pdf", today=DEMO_TODAY))
    assert "Máret Áile Eira" not in text and "Erased participant" in text


def test_method_prompts_are_listed_only_when_accepted(stores: dict[str, ProgrammeStore], tmp_path: Path) -> None:
    store = stores["en"]
    workshop = held(store)
    board = boards.list_boards(store, workshop.id)[0]
    items = boards.list_pro_cons(store, board.id)
    prompts = [item for item in items if item.origin == "method"]
    own = [item for item in items if item.origin == "group"]
    assert prompts and own
    text = unhyphenated(pdf_text(export_minutes(store, workshop.id, tmp_path / "m.pdf", today=DEMO_TODAY)))
    assert all(unhyphenated(item.text) in text for item in own[:3])
    assert not any(unhyphenated(item.text) in text for item in prompts)
    accepted = run(store, AcceptPrompt(prompts[0].id))
    with pytest.raises(ValidationError):
        run(store, AcceptPrompt(own[0].id))
    text = unhyphenated(pdf_text(export_minutes(store, workshop.id, tmp_path / "m2.pdf", today=DEMO_TODAY)))
    assert unhyphenated(f"{prompts[0].text} (prompt from the method)") in text
    assert accepted.inverse is not None
    run(store, accepted.inverse)
    assert not boards.list_pro_cons(store, board.id)[items.index(prompts[0])].accepted


def test_timed_agenda_computes_start_times() -> None:
    from workshop_app.domain.models import AgendaItemView

    items = [
        AgendaItemView.model_validate(
            {
                "id": f"00000000-0000-4000-8000-00000000000{n}",
                "workshop_id": "00000000-0000-4000-8000-000000000099",
                "position": n,
                "title": f"Item {n}",
                "planned_minutes": minutes,
                "minutes_text": "",
                "activity_key": "",
                "created_at": "2026-01-01T00:00:00Z",
                "updated_at": "2026-01-01T00:00:00Z",
            }
        )
        for n, minutes in enumerate((15, 40, 0, 50), 1)
    ]
    timed = timed_agenda(items, time(17, 30))
    assert [(t.starts, t.ends) for t in timed] == [
        (time(17, 30), time(17, 45)),
        (time(17, 45), time(18, 25)),
        (time(18, 25), time(18, 25)),
        (time(18, 25), time(19, 15)),
    ]
    assert [t.starts for t in timed_agenda(items, None)] == [None] * 4


@pytest.mark.parametrize("language", ["fi", "nb"])
def test_agenda_and_sign_in_sheet(stores: dict[str, ProgrammeStore], tmp_path: Path, language: str) -> None:
    store = stores[language]
    labels = Labels(language)
    workshop = planned(store)
    agenda = workshops.list_agenda(store, workshop.id)
    text = pdf_text(export_agenda(store, workshop.id, tmp_path / "agenda.pdf", today=DEMO_TODAY))
    expected = [labels("agenda.kicker").upper(), workshop.title, labels("agenda.bring"), labels("minutes.agenda")]
    for entry in timed_agenda(agenda, workshop.start_time):
        expected += [labels.clock(entry.starts), entry.item.title]
    expected += [labels("minutes.total"), labels.duration(sum(item.planned_minutes for item in agenda))]
    assert_in_order(text, expected)
    assert labels("minutes.kicker").upper() not in text and labels("minutes.no_minutes_item") not in text

    sheet = pdf_text(export_sign_in(store, workshop.id, tmp_path / "sign-in.pdf", today=DEMO_TODAY))
    people = sorted(
        (p for p in participants.list_participants(store) if not p.erased), key=lambda p: p.display_name.casefold()
    )
    rows = [labels("sign_in.signature")]
    for number, person in enumerate(people, 1):
        rows += [f"{number}.", person.display_name]
    rows += [f"{len(people) + 8}.", labels("sign_in.privacy")[:40]]
    assert_in_order(sheet, rows)


def test_minutes_as_docx_read_back(stores: dict[str, ProgrammeStore], tmp_path: Path) -> None:
    store = stores["fi"]
    workshop = held(store)
    out = export_workshop_docx(store, workshop.id, tmp_path / "m.docx", language="fi", today=DEMO_TODAY)
    document = Document(str(out))
    labels = Labels("fi")
    styles = [(p.style.name, p.text) for p in document.paragraphs]
    assert ("Title", workshop.title) in styles
    headings = [text for name, text in styles if name == "Heading 1"]
    assert headings[:3] == [labels("minutes.attendance"), labels("minutes.agenda"), labels("minutes.minutes")]
    assert headings[-1] == labels("approval.heading")
    assert document.core_properties.language == "fi-FI"
    assert document.core_properties.author == workshop.facilitator
    assert workshop.title in document.core_properties.title
    lang = document.styles.element.xpath("//w:docDefaults//w:lang")[0]
    assert lang.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val") == "fi-FI"
    attendance = document.tables[1]
    assert attendance.rows[0].cells[0].text == labels("minutes.person")
    assert attendance.rows[0]._tr.xpath("./w:trPr/w:tblHeader")  # repeated on every page
    assert len(attendance.rows) == len(workshops.list_attendance(store, workshop.id)) + 1


def test_xlsx_action_plan_and_register_read_back(stores: dict[str, ProgrammeStore], tmp_path: Path) -> None:
    store = stores["nb"]
    plan = export_table(store, tmp_path / "plan.xlsx", what="actions")
    sheet = load_workbook(plan).active
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:L")
    every = actions.list_actions(store)
    assert sheet.max_row == len(every) + 1
    assert sheet["A1"].value == "Hva" and sheet["A1"].font.b
    due = next(row for row in sheet.iter_rows(min_row=2) if row[4].value is not None)[4]
    assert due.is_date and due.number_format == "yyyy-mm-dd"
    assert isinstance(sheet["G2"].value, int)  # priority as a number
    assert sheet.column_dimensions["A"].width > sheet.column_dimensions["G"].width

    register = load_workbook(export_table(store, tmp_path / "r.xlsx", what="register")).active
    header = [cell.value for cell in register[1]]
    assert header == ["Navn", "Organisasjon", "Aktørtype", "Rolle", "Samtykke gitt"]  # no contacts unless asked
    initials = load_workbook(
        export_table(store, tmp_path / "i.xlsx", what="register", attendance="initials", contacts=True)
    ).active
    names = [row[0].value for row in initials.iter_rows(min_row=2)]
    assert all(name.endswith(".") for name in names) and [c.value for c in initials[1]][-1] == "Kontaktinformasjon"
    csv_text = export_table(store, tmp_path / "r.csv", what="register", fmt="csv").read_text(encoding="utf-8-sig")
    assert csv_text.startswith("Navn;Organisasjon;")
