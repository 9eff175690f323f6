"""Plan one workshop: from the start screen to a workshop with an agenda and a board in one step."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from ui import settings
from ui.launch import AppController, make_application
from ui.main_window import MainWindow
from workshop_app.services import boards, workshops
from workshop_app.services.quick_start import plan_one_workshop


def test_the_core_makes_a_programme_around_one_workshop(tmp_path: Path) -> None:
    store, workshop_id = plan_one_workshop(tmp_path / "focus.workshop", "Focus group", "fi", date(2026, 5, 4))
    try:
        workshop = workshops.get_workshop(store, workshop_id)
        assert (workshop.title, workshop.phase, workshop.date) == ("Focus group", 3, date(2026, 5, 11))
        assert len(workshops.list_agenda(store, workshop_id)) == 3
        [board] = boards.list_boards(store, workshop_id)
        assert board.preset_key
    finally:
        store.close()


def test_the_start_screen_button_opens_the_new_workshop(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.LAST_FOLDER.set(str(tmp_path))
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Harbour focus group", True))
    controller = AppController(make_application())
    start = controller.show_start()
    qtbot.addWidget(start)
    assert start.centralWidget().plan_one_button.text() == "&Plan one workshop…"  # type: ignore[union-attr]
    window = controller.plan_one_workshop(start)
    assert isinstance(window, MainWindow) and window.workspace is not None
    qtbot.addWidget(window)
    assert window.workspace.store.path == tmp_path / "Harbour focus group.workshop"
    assert window.stack.currentWidget() is window.page("workshops")
    assert settings.recent_files()[0] == (tmp_path / "Harbour focus group.workshop").resolve()
    window.close()
