"""The main window on a real programme file: navigator, pages, undo stack, language switching."""

from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from workshop_app.i18n import install_translations


def test_navigator_lists_every_page_with_phase_progress(window: MainWindow) -> None:
    assert window.navigator is not None
    texts = [window.navigator.item(row).text() for row in range(window.navigator.count())]
    assert texts[0] == "Overview"
    assert texts[1].startswith("1. ") and "8 of 8 tasks done" in texts[1]
    assert texts[-1] == "Action plan"
    assert "Demo" not in window.windowTitle() and "Elvheim" in window.windowTitle()


def test_every_page_opens(window: MainWindow, qtbot: QtBot) -> None:
    assert window.navigator is not None
    for row in range(window.navigator.count()):
        window.navigator.setCurrentRow(row)
        assert window.stack.currentWidget().isVisible()


def test_language_switch_retranslates_the_menus(window: MainWindow, qtbot: QtBot) -> None:
    assert install_translations("fi")
    try:
        qtbot.waitUntil(lambda: window.file_menu.title() == "&Tiedosto")
        assert window.navigator is not None and window.navigator.item(0).text() == "Yleiskatsaus"
        assert install_translations("nb")
        qtbot.waitUntil(lambda: window.file_menu.title() == "&Fil")
    finally:
        install_translations("en")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")
