"""The typed options registry: every kind of option survives a real INI file, unreadable values give the default,
values written by earlier versions still load, and nothing under ``ui`` but ``ui.options`` touches QSettings."""

import ast
import shutil
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QSettings, Qt

from ui import settings
from ui.options import (
    BoolOption,
    BytesOption,
    ChoiceOption,
    EnumOption,
    IntOption,
    ListOption,
    Option,
    StrOption,
)
from workshop_app.domain.enums import Language

UI = Path(__file__).resolve().parents[2] / "ui"


def use_folder(folder: Path) -> Path:
    """Point QSettings (INI, as the fixture in conftest sets it) at ``folder``; the settings file it would use."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return Path(QSettings().fileName())


def reload_from_disk(tmp_path: Path) -> str:
    """Make the next reads parse the INI text, as a new run of the app does; that text.

    QSettings keeps what was set in this process with its Python types, so reading back at once would not test the
    conversion; a copy of the file under a new folder is a file it has never seen."""
    store = QSettings()
    store.sync()
    written = Path(store.fileName())
    copy = use_folder(tmp_path / "next_run")
    copy.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(written, copy)
    return copy.read_text(encoding="utf-8")


def write_ini(tmp_path: Path, text: str) -> None:
    """A settings file with exactly ``text``, as a user or an older version left it."""
    path = use_folder(tmp_path / "hand_written")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


class Colour(Enum):
    RED = "red"
    BLUE = "blue"


ROUND_TRIPS: list[tuple[Option[Any], object]] = [
    (BoolOption("test/bool_on", True), False),
    (BoolOption("test/bool_off", False), True),
    (IntOption("test/int", 3), -7),
    (IntOption("test/int_ranged", 0, minimum=0, maximum=5), 5),
    (StrOption("test/str", ""), "a, b"),
    (StrOption("test/str_like_bool", ""), "true"),
    (StrOption("test/str_unicode", "x"), "Hämeenlinna/Ørsta"),
    (StrOption("test/str_empty", "x"), ""),
    (ChoiceOption("test/choice", ("en", "fi", "nb"), "en"), "nb"),
    (EnumOption("test/qt_enum", Qt.SortOrder.AscendingOrder), Qt.SortOrder.DescendingOrder),
    (EnumOption("test/int_enum_zero", Qt.SortOrder.DescendingOrder), Qt.SortOrder.AscendingOrder),
    (EnumOption("test/str_enum", Colour.RED), Colour.BLUE),
    (EnumOption("test/language", Language.EN), Language.FI),
    (ListOption("test/list_one"), ["only"]),
    (ListOption("test/list_many"), ["a", "b, c", "Åland"]),
    (ListOption("test/list_empty", ["kept?"]), []),
    (BytesOption("test/bytes"), QByteArray(b"\x00\x01\xff geometry")),
]


@pytest.mark.parametrize(("option", "value"), ROUND_TRIPS, ids=[option.key for option, _ in ROUND_TRIPS])
def test_every_kind_of_option_survives_an_ini_file(option: Option[Any], value: object, tmp_path: Path) -> None:
    assert option.get() == option.default and option.default != value  # the test sees a change, not the default
    option.set(value)
    text = reload_from_disk(tmp_path)
    # A Qt or Python object stored as such is written as @Variant(...), which another process may not read back
    # (a stored Qt.SortOrder comes back as None); this process still could, so the round trip alone would pass.
    assert "@Variant(" not in text
    assert option.get() == value
    assert type(option.get()) is type(value)


def test_the_reload_reads_the_ini_text_not_what_this_process_set(tmp_path: Path) -> None:
    """What makes the round trips worth doing: after a reload every scalar comes back as a string."""
    IntOption("test/int", 0).set(42)
    BoolOption("test/bool", False).set(True)
    ListOption("test/list").set(["one"])
    reload_from_disk(tmp_path)
    store = QSettings()
    assert (store.value("test/int"), store.value("test/bool"), store.value("test/list")) == ("42", "true", "one")


def test_unreadable_values_give_the_default(tmp_path: Path) -> None:
    write_ini(
        tmp_path,
        "[test]\n"
        "int=banana\n"
        "float=2.5\n"
        "ranged=9\n"
        "bool=maybe\n"
        "choice=purple\n"
        "enum=7\n"
        "str_enum=green\n"
        "list=@Invalid()\n"
        "bytes=not bytes\n"
        "str=a, b\n",  # unquoted: QSettings reads a list, not a string
    )
    options: list[Option[Any]] = [
        IntOption("test/int", 4),
        IntOption("test/float", 4),
        IntOption("test/ranged", 1, minimum=0, maximum=1),
        BoolOption("test/bool", True),
        ChoiceOption("test/choice", ("red", "blue"), "red"),
        EnumOption("test/enum", Qt.SortOrder.AscendingOrder),
        EnumOption("test/str_enum", Colour.RED),
        ListOption("test/list", ["default"]),
        BytesOption("test/bytes"),
        StrOption("test/str", "fallback"),
    ]
    assert [option.get() for option in options] == [option.default for option in options]


def test_the_apps_options_fall_back_on_bad_values(tmp_path: Path) -> None:
    write_ini(
        tmp_path,
        "[actions]\ntab=banana\ncolumns_chosen=maybe\n"
        "[board]\nnote_colour=#000000\nshow_authors=perhaps\n"
        "[interface]\nlanguage=xx\n"
        "[participants]\nsort_column=-1\nsort_order=2\n",
    )
    assert settings.ACTIONS_TAB.get() == 0
    assert settings.ACTIONS_COLUMNS_CHOSEN.get() is False
    assert settings.BOARD_NOTE_COLOUR.get() == settings.BOARD_NOTE_COLOUR.default
    assert settings.BOARD_SHOW_AUTHORS.get() is True
    assert settings.LANGUAGE.get() == ""
    assert settings.PARTICIPANTS_SORT_COLUMN.get() == 0
    assert settings.PARTICIPANTS_SORT_ORDER.get() is Qt.SortOrder.AscendingOrder


def test_the_note_colours_are_the_boards() -> None:
    """``ui.settings`` names the board's palette without loading the board's geometry (start-up reads the
    settings before the first view): the same colours, the same default."""
    from workshop_app import board_geometry as geo

    assert settings.BOARD_NOTE_COLOUR.choices == geo.NOTE_PALETTE
    assert settings.BOARD_NOTE_COLOUR.default == geo.DEFAULT_NOTE_COLOUR


def test_settings_written_by_earlier_versions_still_load(tmp_path: Path) -> None:
    """The same keys and stored forms as before the registry: a user's settings survive the update."""
    recent = tmp_path / "programme.workshop"
    recent.write_bytes(b"")
    write_ini(
        tmp_path,
        "[actions]\ntab=1\ncolumns_chosen=true\n"
        "[board]\nnote_colour=#90caf9\nshow_authors=false\n"
        f"[files]\nrecent={recent}\nlast_folder={tmp_path}\n"
        "[interface]\nlanguage=fi\n"
        "[participants]\nshow_erased=false\nsort_column=3\nsort_order=1\n",
    )
    assert settings.ACTIONS_TAB.get() == 1
    assert settings.ACTIONS_COLUMNS_CHOSEN.get() is True
    assert settings.BOARD_NOTE_COLOUR.get() == "#90caf9"
    assert settings.BOARD_SHOW_AUTHORS.get() is False
    assert settings.recent_files() == [recent]
    assert settings.last_folder() == str(tmp_path)
    assert settings.interface_language() == "fi"
    assert settings.PARTICIPANTS_SHOW_ERASED.get() is False
    assert settings.PARTICIPANTS_SORT_COLUMN.get() == 3
    assert settings.PARTICIPANTS_SORT_ORDER.get() is Qt.SortOrder.DescendingOrder


def test_recent_files_keep_the_newest_first_and_at_most_eight(tmp_path: Path) -> None:
    paths = [tmp_path / f"p{number}.workshop" for number in range(10)]
    for path in paths:
        path.write_bytes(b"")
        settings.remember_file(path)
    settings.remember_file(paths[5])
    reload_from_disk(tmp_path)
    expected = [paths[5], paths[9], paths[8], paths[7], paths[6], paths[4], paths[3], paths[2]]
    assert settings.recent_files() == [path.resolve() for path in expected]


def test_a_removed_option_gives_its_default_again(tmp_path: Path) -> None:
    settings.SESSION_PAGE.set("actions")
    settings.SESSION_PAGE.remove()
    reload_from_disk(tmp_path)
    assert settings.SESSION_PAGE.get() == ""


def test_the_list_returned_is_a_copy() -> None:
    first = settings.RECENT_FILES.get()
    first.append("changed")
    assert settings.RECENT_FILES.get() == [] and settings.RECENT_FILES.default == []


def test_every_option_has_its_own_key_and_says_where_it_is_used() -> None:
    keys = [option.key for option in settings.OPTIONS]
    assert len(keys) == len(set(keys)) >= 15
    tree = ast.parse((UI / "settings.py").read_text(encoding="utf-8"))
    body = tree.body
    declared = [
        (index, node)
        for index, node in enumerate(body)
        if isinstance(node, ast.Assign | ast.AnnAssign)
        and isinstance(node.value, ast.Call)
        and isinstance(node.value.func, ast.Name)
        and node.value.func.id.endswith("Option")
    ]
    assert len(declared) == len(settings.OPTIONS)
    for index, node in declared:
        following = body[index + 1] if index + 1 < len(body) else None
        documented = (
            isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        )
        assert documented, f"ui/settings.py line {node.lineno}: say in a docstring below it where the option is used"


def _qsettings_uses(path: Path) -> list[int]:
    """Lines of ``path`` that name QSettings in code (imports, calls, attributes), not in strings or comments."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            (isinstance(node, ast.Name) and node.id == "QSettings")
            or (isinstance(node, ast.Attribute) and node.attr == "QSettings")
            or (isinstance(node, ast.ImportFrom) and any(alias.name == "QSettings" for alias in node.names))
        ):
            lines.append(node.lineno)
    return lines


def test_only_the_registry_talks_to_qsettings() -> None:
    assert _qsettings_uses(UI / "options.py")  # the scan does find QSettings where it is used
    offenders = {
        str(path.relative_to(UI.parent)): lines
        for path in sorted(UI.rglob("*.py"))
        if path != UI / "options.py" and (lines := _qsettings_uses(path))
    }
    assert offenders == {}, "declare an option in ui/settings.py and use its get()/set() instead"
