"""The start screen names recent programmes by the names they were given, the file being a hint."""

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui import settings
from ui.start_screen import StartScreen


def test_recent_programmes_show_their_names_and_the_path_as_a_tooltip(qtbot: QtBot, demo_path: Path) -> None:
    settings.remember_file(demo_path)
    screen = StartScreen()
    qtbot.addWidget(screen)
    item = screen.recent.item(0)
    assert item is not None
    assert item.text().splitlines() == ["Elvheim Area Initiative – Living Centre, Living Villages", demo_path.name]
    assert item.toolTip() == str(demo_path.resolve())
    assert Path(item.data(Qt.ItemDataRole.UserRole)) == demo_path.resolve()
