"""Any text a person can type survives the services and a reopen of the file exactly; anything else is refused.

Hypothesis draws from the whole of Unicode, weighted towards what breaks text handling: emoji with skin tones
and zero-width joiners, flags, combining marks, right-to-left scripts and direction overrides, astral-plane
letters, unusual whitespace. One programme file serves the whole module (reopened after each accepted value),
so the examples stay cheap.
"""

import unicodedata
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from tests.servicefixtures import close, count, new_board, new_workshop, programme_copy
from workshop_app.errors import ValidationError
from workshop_app.services import boards, participants, workshops
from workshop_app.services.validation import BIDI_CONTROLS, INVISIBLE, NAME_MAX, NOTE_MAX, TEXT_MAX
from workshop_app.storage.store import ProgrammeStore

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    database=None,  # nothing written into the source tree
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

TRICKY = [
    "👩🏽‍🚀",  # emoji, skin tone, zero-width joiner
    "🇫🇮",  # flag: two regional indicators
    "e\u0301",  # e + combining acute (not NFC)
    "\u0308\u0323",  # stacked combining marks on whatever precedes
    "שלום",  # Hebrew
    "مرحبا",  # Arabic
    "\u200f\u202e\u2066",  # right-to-left mark, override, isolate
    "𝔘𝔫𝔦",  # astral plane letters
    "𐍈",  # Gothic
    "漢字",
    "Ŋŧđ Čiekčá",
    "\ufeff",  # byte order mark / zero-width no-break space
    "\u200b",  # zero-width space
    "\uffff\U0010fffd",  # noncharacter, last private-use code point
    "\u00a0",
    "\u3000",
    "\t",
    " ",
]
PRINTABLE = st.characters(exclude_categories=("Cs", "Cc", "Zl", "Zp"))
"""Any code point but surrogates, control characters and the two Unicode line/paragraph separators."""


def pieces(*parts: st.SearchStrategy[str], max_size: int) -> st.SearchStrategy[str]:
    """Text joined from single characters and multi-character clusters (an emoji sequence is several)."""
    return st.lists(st.one_of(*parts), max_size=max_size).map("".join)


single_line = pieces(PRINTABLE, st.sampled_from(TRICKY), max_size=30)
multi_line = pieces(PRINTABLE, st.sampled_from([*TRICKY, "\n", "\r\n", "\n\n", "\u2028", "\u2029"]), max_size=60)
hostile = pieces(PRINTABLE, st.sampled_from(TRICKY), st.characters(categories=("Cc", "Cs", "Zl", "Zp")), max_size=30)
"""Anything at all, including lone surrogates and every control character."""


@dataclass
class Shared:
    """One programme for the module, with a board and an agenda item to write into."""

    store: ProgrammeStore
    board: uuid.UUID
    workshop: uuid.UUID
    item: uuid.UUID

    def reopen(self) -> ProgrammeStore:
        path = self.store.path
        close(self.store)
        self.store = ProgrammeStore.open(path)
        return self.store


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Shared]:
    store = programme_copy(tmp_path_factory.mktemp("unicode"), tmp_path_factory)
    workshop = new_workshop(store).id
    item = workshops.add_agenda_item(store, workshop, "Round").id
    holder = Shared(store, new_board(store).id, workshop, item)
    yield holder
    close(holder.store)


def acceptable(value: str, limit: int, *, required: bool) -> bool:
    """What the rules promise for text drawn from the printable alphabets: refused only if empty (or only
    invisible characters), too long, or holding a bidirectional override."""
    cleaned = value.strip()
    visible = INVISIBLE.sub("", cleaned)
    return bool(visible or not required) and len(cleaned) <= limit and not BIDI_CONTROLS.search(cleaned)


def must_refuse(value: str, *, multiline: bool) -> bool:
    """Characters no text field may keep: surrogates, C0 controls other than tab (and line ends if multiline)."""
    cleaned = value.strip()
    allowed = {"\t", "\n", "\r"} if multiline else {"\t"}
    breaks = set() if multiline else {"\n", "\r", "\u2028", "\u2029"}
    return bool(BIDI_CONTROLS.search(cleaned)) or any(
        unicodedata.category(c) == "Cs" or (c < "\x20" and c not in allowed) or c == "\x7f" or c in breaks
        for c in cleaned
    )


@dataclass(frozen=True)
class TextField:
    """One text column as the services see it: how to write a value into it and read it back."""

    table: str
    limit: int
    required: bool
    multiline: bool
    write: Callable[[Shared, ProgrammeStore, str], uuid.UUID]
    read: Callable[[Shared, ProgrammeStore, uuid.UUID], str]


def _write_minutes(shared: Shared, store: ProgrammeStore, value: str) -> uuid.UUID:
    workshops.update_agenda_item(store, shared.item, {"minutes_text": value})
    return shared.item


def _read_minutes(shared: Shared, store: ProgrammeStore, item: uuid.UUID) -> str:
    return next(i.minutes_text for i in workshops.list_agenda(store, shared.workshop) if i.id == item)


NOTE = TextField(
    "note",
    NOTE_MAX,
    required=True,
    multiline=True,
    write=lambda shared, store, text: boards.add_note(store, shared.board, text, 0.0, 0.0).id,
    read=lambda shared, store, note_id: boards.get_note(store, note_id).text,
)
NAME = TextField(
    "participant",
    NAME_MAX,
    required=True,
    multiline=False,
    write=lambda shared, store, text: participants.add_participant(store, text).id,
    read=lambda shared, store, person: participants.get_participant(store, person).display_name,
)
MINUTES = TextField("agenda_item", TEXT_MAX, required=False, multiline=True, write=_write_minutes, read=_read_minutes)


def round_trip(shared: Shared, value: str, *fields: TextField, strict: bool) -> None:
    """Write ``value`` into each field: either it is refused with a ValidationError and nothing is written, or
    it reads back stripped and exactly equal after one reopen of the file. With ``strict`` the fate of the
    drawn value is also predicted from the rules."""
    written: list[tuple[TextField, uuid.UUID]] = []
    for field in fields:
        before = count(shared.store, field.table)
        try:
            written.append((field, field.write(shared, shared.store, value)))
        except ValidationError as error:
            assert error.field, "a refusal names its field"
            assert count(shared.store, field.table) == before
            event(f"{field.table}: refused")
            if strict:
                assert not acceptable(value, field.limit, required=field.required), f"refused valid text: {error}"
            continue
        event(f"{field.table}: accepted")
        assert not must_refuse(value, multiline=field.multiline), f"{field.table} accepted forbidden {value!r}"
        if strict:
            assert acceptable(value, field.limit, required=field.required)
    if not written:
        return
    again = shared.reopen()
    for field, record in written:
        stored = field.read(shared, again, record)
        assert stored == value.strip()
        assert stored.encode("utf-8") == value.strip().encode("utf-8")


@pytest.mark.slow
@SETTINGS
@given(value=multi_line)
@example(value="📝" * NOTE_MAX)
@example(value=" \n" + "e\u0301" * (NOTE_MAX // 2) + "\n ")
@example(value="𝔘" * (NOTE_MAX + 1))
@example(value="\u3000\n\t")
def test_note_text_round_trips(shared: Shared, value: str) -> None:
    round_trip(shared, value, NOTE, strict=True)


@SETTINGS
@given(value=single_line)
@example(value="Áile Čiekčá Ŋŧđ")
@example(value="👩🏽‍🚀" * (NAME_MAX // 5))  # 4 code points each: just under the limit
@example(value="\u202eأحمد\u202c " + "x" * (NAME_MAX - 7))
@example(value="x" * (NAME_MAX + 1))
@example(value="\u00a0")
def test_participant_name_round_trips(shared: Shared, value: str) -> None:
    round_trip(shared, value, NAME, strict=True)


@pytest.mark.slow
@SETTINGS
@given(value=multi_line)
@example(value="ש" * (TEXT_MAX - 1) + "\n")
@example(value=("🇸🇪 Möte\r\n" * (TEXT_MAX // 10))[: TEXT_MAX - 1])
@example(value="m" * (TEXT_MAX + 1))
@example(value="")
def test_minutes_text_round_trips(shared: Shared, value: str) -> None:
    round_trip(shared, value, MINUTES, strict=True)


@SETTINGS
@given(value=hostile)
@example(value="\ud800")
@example(value="a\udfffb")
@example(value="a\x00b")
@example(value="line\u2028separator")
@example(value="\x85next line")
def test_any_text_is_stored_exactly_or_refused_with_a_validation_error(shared: Shared, value: str) -> None:
    """Lone surrogates and control characters must never reach SQLite or escape as another exception."""
    round_trip(shared, value, NOTE, NAME, MINUTES, strict=False)


def test_the_shared_file_is_sound(shared: Shared) -> None:
    """After all the examples above the file still passes SQLite's integrity check."""
    assert shared.reopen().verify(timeout=30)
    assert count(shared.store, "programme") == 1
