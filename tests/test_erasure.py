"""Erasing a person reaches every byte: the file, its write-ahead log, the backups and the exports it wrote.

The person is written about the ways people really write: the contact's e-mail and phone separately and typed
differently, the surname alone, "Surname, First", "First S.", the initials, inside the programme's own name and
area. After erasure none of it is in any byte of the file or its log; a backup that held them is deleted; the
exports made before are listed for the facilitator; the first name alone is left to the facilitator's decision.
"""

import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli_in_process import CoreMain, core_main_fixture  # noqa: F401  (the core_main fixture)
from workshop_app.export.tabular import export_actions_csv, export_programme_json
from workshop_app.services import actions, boards, participants, workshops
from workshop_app.services.erasure import REDACTED, PersonMatcher, erase_outside
from workshop_app.services.export_log import exports_written
from workshop_app.services.programme import create_programme
from workshop_app.storage import fileformat
from workshop_app.storage.migrate import backups_of
from workshop_app.storage.store import ProgrammeStore

REPO = Path(__file__).resolve().parent.parent
CONTACT = "ingrid.solheim@example.org, +47 912 34 567"
# Every form of the person that must be gone from every byte (compared in lower case).
TRACES = ("ingrid solheim", "solheim", "ingrid.solheim@example.org", "912 34 567", "91234567", "912-34-567")
TEXTS = {
    "contact": "Call Ingrid at +47 912 34 567 or ingrid.solheim@example.org",
    "phone": "Her mobile: 0047 912-34-567",
    "national": "ring 91234567 after six",
    "surname": "Solheim will bring the maps",
    "reversed": "Chair: Solheim, Ingrid",
    "initial": "Ingrid S. keeps the minutes",
    "initials": "Agreed with I. S. on Monday",
    "inflected": "Ingrid Solheims proposal",
}


def traces_in(data: bytes) -> list[str]:
    text = data.decode("utf-8", errors="ignore").lower()
    return [trace for trace in TRACES if trace in text]


@pytest.fixture
def programme(tmp_path: Path) -> Iterator[ProgrammeStore]:
    store = create_programme(
        tmp_path / "plan.workshop",
        name="Solheim farm village plan",
        area="Around the Solheim farm",
        region="Ingrid Solheim's valley",
        start_year=2026,
    )
    yield store
    store.close()


def _fill(store: ProgrammeStore) -> tuple[participants.ParticipantView, dict[str, str]]:
    person = participants.add_participant(store, "Ingrid Solheim", contact=CONTACT, organisation="Kommune")
    participants.add_participant(store, "Ingrid Berg")
    workshop = workshops.create_workshop(store, "Vision", 1, facilitator="Ingrid Solheim")
    board = boards.create_board(store, workshop.id, "Ideas")
    notes = {key: boards.add_note(store, board.id, text, 0.0, 0.0).text for key, text in TEXTS.items()}
    boards.add_note(store, board.id, "Ingrid will bring coffee", 0.5, 0.5)
    actions.create_action(store, "Ask Solheim about the barn", owner="Ingrid S.")
    return person, notes


def test_every_form_of_the_person_is_replaced(programme: ProgrammeStore) -> None:
    person, _ = _fill(programme)
    participants.erase_participant(programme, person.id)
    texts = {note.text for note in boards.list_notes(programme, boards.list_boards(programme)[0].id)}
    for text in texts:
        assert not traces_in(text.encode()), text
    assert "Call Ingrid at […] or […]" in texts
    assert f"Chair: {REDACTED}" in texts
    programme_row = participants.get_participant(programme, person.id)
    assert programme_row.display_name == "" and programme_row.contact == ""
    from workshop_app.services.programme import get_programme

    facts = get_programme(programme)
    assert not traces_in(f"{facts.name} {facts.area} {facts.region}".encode())


def test_no_byte_of_the_file_or_its_log_keeps_the_person(programme: ProgrammeStore) -> None:
    person, _ = _fill(programme)
    assert traces_in(programme.path.read_bytes() + _wal(programme.path))
    participants.erase_participant(programme, person.id)
    assert traces_in(programme.path.read_bytes() + _wal(programme.path)) == []
    path = programme.path
    programme.close()
    assert traces_in(path.read_bytes() + _wal(path)) == []


def _wal(path: Path) -> bytes:
    wal = fileformat.wal_path(path)
    return wal.read_bytes() if wal.exists() else b""


def test_first_name_alone_is_for_the_facilitator_one_by_one(programme: ProgrammeStore) -> None:
    person, _ = _fill(programme)
    found = participants.first_name_occurrences(programme, person.id)
    excerpts = [f"{o.before}Ingrid{o.after}" for o in found]
    assert "Ingrid will bring coffee" in excerpts
    assert "Call Ingrid at […] or […]" in excerpts
    coffee = next(o for o in found if o.after.startswith(" will bring coffee"))
    participants.erase_participant(programme, person.id, first_names=[coffee])
    texts = {note.text for note in boards.list_notes(programme, boards.list_boards(programme)[0].id)}
    assert f"{REDACTED} will bring coffee" in texts
    assert "Call Ingrid at […] or […]" in texts  # not chosen: kept
    assert [p.display_name for p in participants.list_participants(programme) if p.display_name] == ["Ingrid Berg"]


def test_exports_are_recorded_and_listed_and_leftovers_removed(programme: ProgrammeStore, tmp_path: Path) -> None:
    person, _ = _fill(programme)
    csv_out = export_actions_csv(programme, tmp_path / "plan.csv")
    json_out = export_programme_json(programme, tmp_path / "all.json")
    leftover = tmp_path / f".{json_out.name}.0123456789ab.part"
    leftover.write_bytes(b"Ingrid Solheim")
    assert {entry.path for entry in exports_written(programme)} == {csv_out.resolve(), json_out.resolve()}
    assert {entry.kind for entry in exports_written(programme)} == {"csv", "json"}
    matcher = participants.person_matcher(programme, person.id)
    exports = [entry.path for entry in exports_written(programme)]
    participants.erase_participant(programme, person.id)
    outside = erase_outside(matcher, [], exports)
    assert set(outside.exports) == {csv_out.resolve(), json_out.resolve()}
    assert outside.leftovers_deleted == (leftover,)
    assert not leftover.exists()
    # every export that still names the person is among those listed
    named = {p.resolve() for p in tmp_path.iterdir() if p.is_file() and traces_in(p.read_bytes())}
    assert named <= set(outside.exports)


def test_backups_that_name_the_person_are_deleted(tmp_path: Path) -> None:
    """A pre-update backup keeps the full name, e-mail and organisation: erasure deletes it and says so."""
    path = tmp_path / "plan.workshop"
    shutil.copyfile(REPO / "tests" / "fixtures" / "schema" / "format1.workshop", path)
    other = tmp_path / "other.workshop"
    shutil.copyfile(REPO / "tests" / "fixtures" / "schema" / "format2.workshop", other)
    with ProgrammeStore.open(other):
        pass
    with ProgrammeStore.open(path) as store:
        [backup] = backups_of(path)
        assert b"paivi@example.org" in backup.read_bytes()
        person = participants.find_participant(store, "Päivi Mäkelä")
        matcher = participants.person_matcher(store, person.id)
        participants.erase_participant(store, person.id)
    outside = erase_outside(matcher, backups_of(path), [])
    assert outside.backups_deleted == (backup,)
    assert not backup.exists()
    assert backups_of(other)  # another programme's backup is not touched
    assert b"paivi@example.org" not in path.read_bytes()


def test_matching_is_normalised() -> None:
    matcher = PersonMatcher.for_person("Ingrid  Solheim", " INGRID.SOLHEIM@example.org; +47 (912) 34-567 ")
    assert matcher.redact("mail ingrid.solheim@EXAMPLE.org") == f"mail {REDACTED}"
    assert matcher.redact("tel. +4791234567.") == f"tel. {REDACTED}."
    assert matcher.redact("Evaluation 2026-03-12 and 12345") == "Evaluation 2026-03-12 and 12345"
    finnish = PersonMatcher.for_person("Päivi Mäkelä", "")
    decomposed = unicodedata.normalize("NFD", "Päivi Mäkelä and Mäkelän")  # pasted text may be decomposed
    assert finnish.redact(decomposed) == f"{REDACTED} and {REDACTED}"


def test_erase_command(tmp_path: Path, core_main: CoreMain) -> None:
    """``workshop-app erase FILE --participant NAME --yes`` erases and prints what it did, in lines (the
    command's ``main`` in this process); refused again, in one line from the real entry point in a child."""
    path = tmp_path / "plan.workshop"
    store = create_programme(path, name="Village plan", start_year=2026)
    try:
        _fill(store)
        export_actions_csv(store, tmp_path / "plan.csv")
    finally:
        store.close()
    result = core_main("erase", str(path), "--participant", "ingrid solheim", "--yes")
    assert result.returncode == 0, result.stderr
    assert "Ingrid Solheim" in result.stdout
    assert str((tmp_path / "plan.csv").resolve()) in result.stdout
    assert "Ingrid will bring coffee"[:6] in result.stdout  # the first name alone is shown, not erased
    assert traces_in(path.read_bytes() + _wal(path)) == []
    again = subprocess.run(
        [sys.executable, "-m", "workshop_app", "erase", str(path), "--participant", "Ingrid Solheim", "--yes"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert again.returncode == 1
    assert len(again.stderr.strip().splitlines()) == 1 and "Traceback" not in again.stderr
