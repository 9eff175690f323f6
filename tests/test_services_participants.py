"""The participant register, and erasure of a person so that their name is gone from the file's bytes."""

import json
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest

from tests.servicefixtures import (
    BAD_SINGLE_LINE,
    BLANKS,
    WRONG_IDS,
    dump,
    new_board,
    new_workshop,
    not_found,
    refused,
    reopened,
)
from tests.servicefixtures import shared_store as shared_store  # fixture
from tests.servicefixtures import store as store  # fixture
from workshop_app.domain.models import ParticipantView
from workshop_app.errors import NotFoundError
from workshop_app.services import actions, boards, participants, programme, workshops
from workshop_app.services.participants import REDACTED
from workshop_app.services.validation import NAME_MAX
from workshop_app.storage.store import ProgrammeStore

NAME = "Áile Čiekčá Ŋŧđ"
CONTACT = "aile.ciekca@example.no"


def add(store: ProgrammeStore, name: str = NAME, **fields: Any) -> ParticipantView:
    return participants.add_participant(store, name, **fields)


def test_add_participant_keeps_every_field(store: ProgrammeStore) -> None:
    person = add(
        store,
        f"  {NAME} ",
        organisation="Sámediggi",
        actor_type="regional_government",
        role="Adviser",
        contact=CONTACT,
        consent_date=date(2026, 3, 1),
    )
    assert person.display_name == NAME and not person.erased
    with reopened(store) as again:
        stored = participants.get_participant(again, person.id)
        assert (stored.display_name, stored.organisation, stored.actor_type, stored.role, stored.contact) == (
            NAME,
            "Sámediggi",
            "regional_government",
            "Adviser",
            CONTACT,
        )
        assert stored.consent_date == date(2026, 3, 1)
        assert stored.erased_at is None


def test_participants_are_listed_by_name(store: ProgrammeStore) -> None:
    for name in ("Cecilie", "Aino", "Bjørn"):
        add(store, name)
    assert [p.display_name for p in participants.list_participants(store)] == ["Aino", "Bjørn", "Cecilie"]


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        *[({"display_name": blank}, "display_name") for blank in BLANKS],
        *[({"display_name": bad}, "display_name") for bad in BAD_SINGLE_LINE.values()],
        ({"display_name": "x" * (NAME_MAX + 1)}, "display_name"),
        ({"organisation": "o" * (NAME_MAX + 1)}, "organisation"),
        ({"role": "a\nb"}, "role"),
        *[({"contact": bad}, "contact") for bad in BAD_SINGLE_LINE.values()],
        ({"actor_type": "wizard"}, "actor_type"),
        ({"actor_type": ""}, "actor_type"),
        ({"actor_type": None}, "actor_type"),
        ({"consent_date": "2026-03-01"}, "consent_date"),
        ({"consent_date": 20260301}, "consent_date"),
    ],
)
def test_add_participant_refuses_bad_fields(shared_store: ProgrammeStore, fields: dict[str, Any], field: str) -> None:
    arguments = {"display_name": NAME, **fields}
    refused(shared_store, field, lambda: participants.add_participant(shared_store, **arguments))


def test_every_catalogue_actor_type_is_accepted(store: ProgrammeStore) -> None:
    for actor in programme.catalogue_of(store).actor_types:
        assert add(store, actor.key, actor_type=actor.key).actor_type == actor.key


def test_update_participant_returns_previous_values_that_undo_it(store: ProgrammeStore) -> None:
    person = add(store, contact=CONTACT)
    previous = participants.update_participant(
        store, person.id, {"role": "Chair", "contact": "", "actor_type": "business"}
    )
    assert previous == {"role": "", "contact": CONTACT, "actor_type": "other"}
    participants.update_participant(store, person.id, previous)
    with reopened(store) as again:
        stored = participants.get_participant(again, person.id)
        assert (stored.role, stored.contact, stored.actor_type) == ("", CONTACT, "other")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"display_name": " "}, "display_name"),
        ({"actor_type": "elf"}, "actor_type"),
        ({"erased_at": None}, "erased_at"),
        ({"programme_id": uuid.uuid4()}, "programme_id"),
        ({"role": "ok", "contact": "bad\ncontact"}, "contact"),
    ],
)
def test_update_participant_refuses_bad_changes(store: ProgrammeStore, changes: dict[str, Any], field: str) -> None:
    person = add(store)
    refused(store, field, lambda: participants.update_participant(store, person.id, changes))


@pytest.mark.parametrize("wrong", WRONG_IDS)
def test_unknown_participants_are_not_found(store: ProgrammeStore, wrong: Any) -> None:
    add(store)
    not_found(store, lambda: participants.update_participant(store, wrong, {"role": "x"}))
    not_found(store, lambda: participants.erase_participant(store, wrong))
    with pytest.raises(NotFoundError):
        participants.get_participant(store, wrong)


# --- erasure -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Traces:
    """Where the person to be erased shows up in a small programme."""

    person: uuid.UUID
    other: uuid.UUID
    workshop: uuid.UUID
    board: uuid.UUID
    own_note: uuid.UUID
    other_note: uuid.UUID
    item: uuid.UUID
    decision: uuid.UUID
    action: uuid.UUID
    pro_con: uuid.UUID


def scatter(store: ProgrammeStore, name: str = NAME, contact: str = CONTACT) -> Traces:
    """The person's name and contact typed into notes, minutes, a decision, an action and more."""
    person = add(store, name, organisation="Sámi allaskuvla", role="Reindeer herder", contact=contact).id
    other = add(store, "Other Person", contact="other@example.org").id
    workshop = new_workshop(store, facilitator=name, held_on=date(2026, 5, 4)).id
    board = boards.create_board(store, workshop, "Ideas").id
    own_note = boards.add_note(store, board, "A ferry to the island", 0.5, 0.5, participant_id=person).id
    other_note = boards.add_note(
        store, board, f"Ask {name.upper()} about\nthe ferry", -0.5, 0.5, participant_id=other
    ).id
    boards.add_vote(store, own_note, person)
    boards.add_vote(store, other_note, person)
    pro_con = boards.add_pro_con(store, board, "pro", f"{name} knows the harbour", note_id=own_note).id
    workshops.set_attendance(store, workshop, person, "present")
    item = workshops.add_agenda_item(
        store, workshop, "Round", minutes_text=f"{name} presented the map.\nQuestions to {contact}, please."
    ).id
    decision = workshops.add_decision(store, workshop, f"{name} leads the ferry pilot.").id
    action = actions.create_action(
        store, "Ferry pilot", owner=name, owner_id=person, why=f"Contact: {contact}", workshop_id=workshop
    ).id
    return Traces(person, other, workshop, board, own_note, other_note, item, decision, action, pro_con)


def raw_bytes(store: ProgrammeStore) -> bytes:
    """The programme file with its write-ahead log: everything SQLite keeps on disk for it. On a server: every
    row of every table as the database hands it out (its files are the server's; see the README on VACUUM)."""
    if not isinstance(store, ProgrammeStore):
        return json.dumps(dump(store), ensure_ascii=False, default=str).encode("utf-8")
    path = store.path
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def assert_gone(store: ProgrammeStore, *secrets: str) -> None:
    data = raw_bytes(store)
    for secret in secrets:
        for variant in {secret, secret.upper(), secret.lower(), unicodedata.normalize("NFD", secret)}:
            assert variant.encode("utf-8") not in data, f"{variant!r} is still in {store.location}"


def test_the_name_and_contact_are_in_the_file_before_erasure(store: ProgrammeStore) -> None:
    """Guards the erasure test: the search in raw bytes does find the texts while they are there."""
    scatter(store)
    store.checkpoint()
    data = raw_bytes(store)
    assert NAME.encode() in data and CONTACT.encode() in data


def test_erasure_removes_name_and_contact_from_every_byte_of_the_file(store: ProgrammeStore) -> None:
    traces = scatter(store)
    redacted = participants.erase_participant(store, traces.person)
    assert redacted == 7  # facilitator, note, pro/con, minutes, decision, action owner, action why
    assert_gone(store, NAME, CONTACT, "Sámi allaskuvla", "Reindeer herder")
    with reopened(store) as again:
        assert_gone(again, NAME, CONTACT)
    assert_gone(store, NAME, CONTACT)


def test_erasure_keeps_the_contributions_anonymous(store: ProgrammeStore) -> None:
    traces = scatter(store)
    participants.erase_participant(store, traces.person)
    with reopened(store) as again:
        person = participants.get_participant(again, traces.person)
        assert person.id == traces.person and person.erased and person.erased_at is not None
        assert (person.display_name, person.organisation, person.role, person.contact) == ("", "", "", "")
        assert person.consent_date is None
        assert person.actor_type == "other"
        notes = {note.id: note for note in boards.list_notes(again, traces.board)}
        assert notes[traces.own_note].participant_id == traces.person
        assert notes[traces.own_note].text == "A ferry to the island"
        assert notes[traces.other_note].text == f"Ask {REDACTED} about\nthe ferry"
        assert boards.vote_counts(again, traces.board) == {traces.own_note: 1, traces.other_note: 1}
        assert [a.participant_id for a in workshops.list_attendance(again, traces.workshop)] == [traces.person]
        assert workshops.get_workshop(again, traces.workshop).facilitator == REDACTED
        minutes = workshops.list_agenda(again, traces.workshop)[0].minutes_text
        assert minutes == f"{REDACTED} presented the map.\nQuestions to {REDACTED}, please."
        assert workshops.list_decisions(again, traces.workshop)[0].text == f"{REDACTED} leads the ferry pilot."
        assert boards.list_pro_cons(again, traces.board)[0].text == f"{REDACTED} knows the harbour"
        action = actions.get_action(again, traces.action)
        assert (action.owner, action.owner_id, action.why) == (REDACTED, traces.person, f"Contact: {REDACTED}")
        other = participants.get_participant(again, traces.other)
        assert (other.display_name, other.contact) == ("Other Person", "other@example.org")
        assert [p.id for p in participants.list_participants(again, include_erased=False)] == [traces.other]
        assert len(participants.list_participants(again)) == 2


def test_an_erased_participant_cannot_be_edited(store: ProgrammeStore) -> None:
    person = add(store)
    participants.erase_participant(store, person.id)
    refused(store, "display_name", lambda: participants.update_participant(store, person.id, {"display_name": NAME}))


def test_erasure_redacts_whole_words_only(store: ProgrammeStore) -> None:
    """A short name must not eat into longer words: "Eva" leaves "Evaluation" alone."""
    person = add(store, "Eva", contact="")
    workshop = new_workshop(store, purpose="Evaluation with Eva and EVA.\nEva's notes")
    assert participants.erase_participant(store, person.id) == 1
    assert (
        workshops.get_workshop(store, workshop.id).purpose
        == f"Evaluation with {REDACTED} and {REDACTED}.\n{REDACTED}'s notes"
    )


def test_erasure_also_removes_inflected_forms_of_the_name(store: ProgrammeStore) -> None:
    """Norwegian genitive ("Áile Čiekčá Ŋŧđs forslag") and Finnish case endings keep the whole name in the file."""
    person = add(store)
    board = new_board(store)
    boards.add_note(store, board.id, f"{NAME}s forslag", 0, 0)
    boards.add_note(store, board.id, f"Kysy {NAME}lta", 0, 0)
    participants.erase_participant(store, person.id)
    assert_gone(store, NAME)


def test_erasure_matches_the_name_in_any_unicode_normal_form(store: ProgrammeStore) -> None:
    person = add(store)
    board = new_board(store)
    boards.add_note(store, board.id, f"Pasted: {unicodedata.normalize('NFD', NAME)}", 0, 0)
    participants.erase_participant(store, person.id)
    assert_gone(store, NAME)


def test_erasure_covers_every_free_text_column(store: ProgrammeStore) -> None:
    person = add(store)
    add(store, "Assistant", role=f"Assistant to {NAME}")
    new_board(store, labels={"title_top_left": NAME, "x_low": f"{NAME} alone"})
    participants.erase_participant(store, person.id)
    assert_gone(store, NAME)


@pytest.mark.parametrize("value", ["Áile\x85Čiekčá", "Áile\x9b31m", "Áile\x80"], ids=["NEL", "CSI", "PAD"])
def test_single_line_fields_refuse_c1_control_characters(store: ProgrammeStore, value: str) -> None:
    """NEL is a line break to str.splitlines, Qt and many exporters; CSI starts a terminal escape sequence."""
    refused(store, "display_name", lambda: participants.add_participant(store, value))
