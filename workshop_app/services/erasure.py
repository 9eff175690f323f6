"""What erasing a person must find: every way their name and contact can appear in text, in the file and
beside it (backups, exports).

A person is written about in many forms: the full name (inflected: "Ingrid Solheims", Finnish case endings),
the surname alone, "Solheim, Ingrid", "Ingrid S.", the initials "I. S.", each e-mail address and phone number
of their contact on its own and however it was typed ("912 34 567", "+4791234567"). All of these are
replaced. The first name alone ("Ingrid will bring coffee") may be someone else's, so it is only *found*, and
the facilitator decides about each occurrence.
"""

import os
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import SQLModel

REDACTED = "[…]"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_PHONE = re.compile(r"(?<![\w+])\+?\d[\d\s().\-/]{4,}\d(?!\w)")
_MIN_PHONE_DIGITS = 6
_MIN_SUFFIX_DIGITS = 7  # "912 34 567" is the national part of "+47 912 34 567"
_CONTACT_SEPARATORS = re.compile(r"[\s,;/|]+|\b(?:tel|phone|puh|mob|e-?mail|email)\b\.?:?", re.IGNORECASE)

Redactor = Callable[[str], str]

# Columns never rewritten: the register's own name and contact fields belong to other people (this
# person's are cleared), and the bookkeeping tables hold no prose.
# The merge's stamps hold ids, kind and column names, never what a person wrote (and change_stamp has no rowid).
_SKIPPED_TABLES = frozenset(
    {"alembic_version", "app_meta", "merge_copy", "merge_knowledge", "change_stamp", "tombstone"}
)
_SKIPPED_COLUMNS = frozenset({("participant", "display_name"), ("participant", "contact")})


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value)


def _digits(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    return digits[2:] if digits.startswith("00") else digits


def _word(value: str, ending: str = "") -> str:
    return rf"(?<!\w){value}{ending}(?!\w)"


@dataclass(frozen=True)
class Occurrence:
    """The first name alone in one text: where, and the text around it for the facilitator to judge."""

    table: str
    column: str
    row_id: str
    start: int
    end: int
    word: str
    before: str
    after: str


@dataclass
class PersonMatcher:
    """Everything that identifies one person in text, compiled once."""

    patterns: list[re.Pattern[str]] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    first_name: re.Pattern[str] | None = None
    needles: list[re.Pattern[str]] = field(default_factory=list)
    """The same without word boundaries, for raw file content (a database record runs its fields together)."""

    @classmethod
    def for_person(cls, display_name: str, contact: str) -> "PersonMatcher":
        matcher = cls()
        matcher._add_contact(_nfc(contact.strip()))  # first: a surname inside an e-mail address goes with it
        name = _nfc(" ".join(display_name.split()))
        parts = name.split(" ") if name else []
        if parts:
            inflected = r"\w{0,5}" if len(parts) > 1 else ""
            matcher.patterns.append(re.compile(_word(re.escape(name), inflected), re.IGNORECASE))
        if len(parts) > 1:
            first, surname = re.escape(parts[0]), re.escape(parts[-1])
            first_initial, surname_initial = re.escape(parts[0][0]), re.escape(parts[-1][0])
            matcher.patterns += [
                re.compile(_word(rf"{surname}\s*,?\s+{first}"), re.IGNORECASE),  # "Solheim, Ingrid"
                re.compile(_word(rf"{first}\s+{surname_initial}\.?"), re.IGNORECASE),  # "Ingrid S."
                re.compile(rf"(?<!\w){first_initial}\.\s?{surname_initial}\.", re.IGNORECASE),  # "I. S."
                re.compile(_word(surname, r"\w{0,3}" if len(parts[-1]) >= 6 else ""), re.IGNORECASE),
                # the first name right beside what was just replaced ("[…] Ingrid", "Ingrid […]")
                re.compile(rf"(?<!\w){first}(?=\s*,?\s*{re.escape(REDACTED)})", re.IGNORECASE),
                re.compile(rf"(?<={re.escape(REDACTED)})(\s*,?\s*){first}(?!\w)", re.IGNORECASE),
            ]
            matcher.first_name = re.compile(_word(first), re.IGNORECASE)
            if len(parts[-1]) >= 5:
                matcher.needles.append(re.compile(surname, re.IGNORECASE))
        if name:
            matcher.needles.append(re.compile(re.escape(name), re.IGNORECASE))
        for phone in matcher.phones:
            matcher.needles.append(re.compile(r"[\s().\-/]{0,2}".join(phone[-_MIN_SUFFIX_DIGITS:])))
        return matcher

    def _add_contact(self, contact: str) -> None:
        """Each e-mail address and phone number on its own, the rest (an address) whole, and all of it."""
        if contact:
            self.patterns.append(re.compile(_word(re.escape(contact)), re.IGNORECASE))
        rest = contact
        for email in _EMAIL.findall(contact):
            self.patterns.append(re.compile(_word(re.escape(email)), re.IGNORECASE))
            self.needles.append(re.compile(re.escape(email), re.IGNORECASE))
            rest = rest.replace(email, " ")
        for phone in _PHONE.findall(contact):
            if len(_digits(phone)) >= _MIN_PHONE_DIGITS:
                self.phones.append(_digits(phone))
                rest = rest.replace(phone, " ")
        if len(_CONTACT_SEPARATORS.sub("", rest)) >= 4:  # an address or other contact text, whole
            self.patterns.append(re.compile(_word(re.escape(" ".join(rest.split()))), re.IGNORECASE))

    def _phone_matches(self, candidate: str) -> bool:
        digits = _digits(candidate)
        if len(digits) < _MIN_PHONE_DIGITS:
            return False
        for phone in self.phones:
            if digits == phone:
                return True
            shorter, longer = sorted((digits, phone), key=len)
            if len(shorter) >= _MIN_SUFFIX_DIGITS and longer.endswith(shorter):
                return True
        return False

    def redact(self, text: str) -> str:
        """``text`` with every occurrence of the person replaced by :data:`REDACTED`."""
        result = _nfc(text)
        for pattern in self.patterns:
            result = pattern.sub((r"\g<1>" if pattern.groups else "") + REDACTED, result)
        if self.phones:
            result = _PHONE.sub(lambda m: REDACTED if self._phone_matches(m.group(0)) else m.group(0), result)
        return result

    def found_in(self, text: str) -> bool:
        """True if ``text`` still names the person (the first name alone aside)."""
        return self.redact(text) != _nfc(text)

    def found_in_content(self, data: bytes) -> bool:
        """True if raw file content (a backup, an export) still holds the person, fields run together."""
        text = _nfc(data.decode("utf-8", errors="ignore"))
        return any(needle.search(text) for needle in self.needles)

    def first_names(self, text: str) -> Iterator[re.Match[str]]:
        if self.first_name is not None:
            yield from self.first_name.finditer(_nfc(text))


def text_columns() -> list[tuple[str, str]]:
    """Every text column of every table where a person's name or contact may have been written."""
    found: list[tuple[str, str]] = []
    for table in SQLModel.metadata.sorted_tables:
        if table.name in _SKIPPED_TABLES:
            continue
        for column in table.columns:
            kind = column.type
            if isinstance(kind, sa.TypeDecorator):
                kind = kind.impl_instance
            if isinstance(kind, sa.String) and (table.name, column.name) not in _SKIPPED_COLUMNS:
                found.append((table.name, column.name))
    return found


def excerpt(text: str, start: int, end: int, width: int = 40) -> tuple[str, str]:
    """The text before and after ``text[start:end]``, shortened to about ``width`` characters each."""
    before, after = text[max(0, start - width) : start], text[end : end + width]
    return ("…" + before if start > width else before), (after + "…" if end + width < len(text) else after)


def wipe_and_delete(path: Path) -> None:
    """Overwrite a file with zeros before removing it, so its content does not stay in the freed blocks
    of simple file systems (best effort: copy-on-write and flash storage may keep old blocks)."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        remaining = size
        block = b"\0" * 65536
        while remaining > 0:
            handle.write(block[: min(remaining, len(block))])
            remaining -= len(block)
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()


def export_leftovers(export: Path) -> list[Path]:
    """Hidden partial files an interrupted export of ``export`` left beside it (our own naming only)."""
    pattern = re.compile(re.escape(f".{export.name}.") + r"[0-9a-f]{12}\.part")
    try:
        return [p for p in export.parent.iterdir() if pattern.fullmatch(p.name)]
    except OSError:
        return []


@dataclass(frozen=True)
class Outside:
    """What erasing did beyond the programme file, for the facilitator to read (and act on)."""

    backups_deleted: tuple[Path, ...]
    backups_kept: tuple[Path, ...]
    exports: tuple[Path, ...]
    leftovers_deleted: tuple[Path, ...]
    failed: tuple[tuple[Path, str], ...] = ()


def erase_outside(matcher: PersonMatcher, backups: list[Path], exports: list[Path]) -> Outside:
    """Delete (wiped first) every backup that still names the person and the partial files of interrupted
    exports; list the exports that exist, which the app cannot edit (a PDF sent around), to be deleted by hand.

    A backup is a copy of the programme from before a format update, so it cannot be erased in place without
    updating it; deleting it is the only way to be sure nothing of the person stays in it.
    """
    deleted: list[Path] = []
    kept: list[Path] = []
    failed: list[tuple[Path, str]] = []
    for backup in backups:
        try:
            if matcher.found_in_content(backup.read_bytes()):
                wipe_and_delete(backup)
                deleted.append(backup)
            else:
                kept.append(backup)
        except OSError as error:
            failed.append((backup, error.strerror or str(error)))
    leftovers: list[Path] = []
    existing: list[Path] = []
    for export in dict.fromkeys(exports):
        for leftover in export_leftovers(export):
            try:
                wipe_and_delete(leftover)
                leftovers.append(leftover)
            except OSError as error:
                failed.append((leftover, error.strerror or str(error)))
        if export.exists():
            existing.append(export)
    return Outside(tuple(deleted), tuple(kept), tuple(existing), tuple(leftovers), tuple(failed))
