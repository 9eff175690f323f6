"""What the app remembers between runs: every option, declared once with its key, type and default.

The keys are the ones earlier versions wrote, so existing settings still load. Only ``ui.options`` talks to
QSettings (a test checks that no other module under ``ui`` does); callers use ``OPTION.get()``/``OPTION.set()``
and the few helpers below that combine options.
"""

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from ui.options import BoolOption, BytesOption, ChoiceOption, EnumOption, IntOption, ListOption, Option, StrOption
from workshop_app.domain.enums import Language
from workshop_app.i18n import system_language
from workshop_app.note_colours import DEFAULT_NOTE_COLOUR, NOTE_PALETTE
from workshop_app.storage.urls import is_server_location, without_password

MAX_RECENT = 8

# --- the app ----------------------------------------------------------------------------------------------------

RECENT_FILES = ListOption("files/recent")
"""Programmes opened lately, newest first (at most ``MAX_RECENT``): file paths and server addresses without a
password; the start screen and File > Open recent (``ui.start_screen``, ``ui.main_window``); written by
``remember_file`` and ``remember_server`` from ``ui.launch``."""

LAST_FOLDER = StrOption("files/last_folder", "")
"""The folder of the programme opened last, where the open, new-programme and export dialogs start
(``ui.launch``, ``ui.dialogs.new_programme``, ``ui.export_menu``); empty means the home folder."""

LANGUAGE = ChoiceOption("interface/language", [language.value for language in Language], "")
"""The interface language chosen in View > Language (``ui.launch``); empty means the system's."""

WINDOW_GEOMETRY = BytesOption("window/geometry")
"""The main window's size and place (``ui.main_window``)."""

SESSION_FILE = StrOption("session/open_file", "")
"""The programme open right now, removed on a normal close: if the app stops without closing it (a crash, a killed
process), the next start reopens it (``ui.main_window``, ``ui.launch``)."""

SESSION_PAGE = StrOption("session/page", "")
"""The page shown in that programme, reopened with it (``ui.main_window``)."""

# --- the board window (ui.board.board_window) -------------------------------------------------------------------

BOARD_SHOW_AUTHORS = BoolOption("board/show_authors", True)
"""Whether notes show their author's name (View > Authors)."""

BOARD_NOTE_COLOUR = ChoiceOption("board/note_colour", NOTE_PALETTE, DEFAULT_NOTE_COLOUR)
"""The colour of new notes, the last one picked in the colour menu."""

BOARD_GEOMETRY = BytesOption("board/geometry")
"""The board window's size and place."""

# --- the action plan page (ui.pages.actions) --------------------------------------------------------------------

ACTIONS_HEADER = BytesOption("actions/header")
"""The list's column widths, order, visibility and sort."""

ACTIONS_TAB = IntOption("actions/tab", 0, minimum=0, maximum=1)
"""The tab shown: 0 the list, 1 the yearly plan."""

ACTIONS_COLUMNS_CHOSEN = BoolOption("actions/columns_chosen", False)
"""Set once someone shows or hides a column by hand; until then the workshop column follows the list's width."""

# --- the participants page (ui.pages.participants) --------------------------------------------------------------

PARTICIPANTS_SHOW_ERASED = BoolOption("participants/show_erased", True)
"""Whether erased people are listed."""

PARTICIPANTS_SORT_COLUMN = IntOption("participants/sort_column", 0, minimum=0)
"""The column the register is sorted by (a ``ParticipantsModel`` column; 0 is the name)."""

PARTICIPANTS_SORT_ORDER = EnumOption("participants/sort_order", Qt.SortOrder.AscendingOrder)
"""The register's sort order (stored as 0 or 1)."""

OPTIONS: tuple[Option[Any], ...] = tuple(value for value in globals().values() if isinstance(value, Option))
"""Every option above, for the tests (one key each)."""


def recent_programmes() -> list[Path | str]:
    """Recent programmes, newest first: files that still exist, and server addresses (kept without a
    password: it comes from the keyring, a password file or PGPASSWORD, or is asked again)."""
    found: list[Path | str] = []
    for name in RECENT_FILES.get():
        if is_server_location(name):
            found.append(without_password(name))
        elif Path(name).exists():
            found.append(Path(name))
    return found


def recent_files() -> list[Path]:
    """Recent programme files that still exist, newest first."""
    return [entry for entry in recent_programmes() if isinstance(entry, Path)]


def remember_file(path: Path) -> None:
    resolved = path.resolve()
    _remember(str(resolved))
    LAST_FOLDER.set(str(resolved.parent))


def remember_server(location: str) -> None:
    """Put a server programme first in the recent list, its password left out."""
    _remember(without_password(location))


def _remember(entry: str) -> None:
    names = [entry] + [str(known) for known in recent_programmes() if str(known) != entry]
    RECENT_FILES.set(names[:MAX_RECENT])


def last_folder() -> str:
    return LAST_FOLDER.get() or str(Path.home())


def interface_language() -> str:
    return LANGUAGE.get() or system_language()


def set_interface_language(language: str) -> None:
    LANGUAGE.set(language)


def remember_session(path: Path | str | None, page: str | None = None) -> None:
    """Note the open programme (a file, or a server address without its password) and page; ``None`` when
    the window closes normally."""
    if path is None:
        SESSION_FILE.remove()
        SESSION_PAGE.remove()
        return
    SESSION_FILE.set(without_password(path) if is_server_location(path) else str(Path(path).resolve()))
    if page is not None:
        SESSION_PAGE.set(page)


def interrupted_session() -> tuple[Path | str, str | None] | None:
    """The programme (and page) that was open when the app stopped without closing, if it still exists (a
    server programme is tried again: whether it is still there shows when it opens)."""
    name = SESSION_FILE.get()
    if not name:
        return None
    if is_server_location(name):
        return without_password(name), SESSION_PAGE.get() or None
    if not Path(name).exists():
        return None
    return Path(name), SESSION_PAGE.get() or None
