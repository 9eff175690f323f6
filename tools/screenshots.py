"""Screenshots of every page of the main window, per language and window size, to look at (and for the README).

    python -m tools.screenshots --out /tmp/shots [--pages overview,actions] [--lang en,fi,nb] [--sizes 1366x768]

Besides the pages, each language's VALUMA board as the room sees it: the presentation window (a 16:9 wall)
and participant mode, at each size (``room-LANG-SIZE.png``, ``participant-LANG-SIZE.png``); ``--pages room``
renders only those.

Runs offscreen unless DISPLAY is set (e.g. under xvfb-run, which also renders real window decorations).
"""

import argparse
import os
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.workspace import Workspace


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--pages", default="")
    parser.add_argument("--lang", default="en,fi,nb")
    parser.add_argument("--sizes", default="1366x768,1920x1080")
    parser.add_argument("--today", default="2026-11-23")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("WORKSHOP_APP_HOME", tempfile.mkdtemp(prefix="workshop-shots-"))

    from PySide6.QtCore import QCoreApplication, QSettings

    from ui.launch import make_application
    from ui.main_window import MainWindow
    from ui.workspace import Workspace
    from workshop_app.demo.generator import build_demo
    from workshop_app.i18n import install_translations
    from workshop_app.storage.store import ProgrammeStore

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    app = make_application()
    args.out.mkdir(parents=True, exist_ok=True)
    today = date.fromisoformat(args.today)
    for language in args.lang.split(","):
        install_translations(language)
        path = Path(tempfile.mkdtemp()) / f"demo-{language}.workshop"
        build_demo(path, language, today=today).close()
        workspace = Workspace(ProgrammeStore.open(path))
        window = MainWindow(workspace)
        window.show()
        keys = [key for key, _title, _factory in window._page_factories]
        wanted = [key for key in keys if not args.pages or key in args.pages.split(",")]
        for size in args.sizes.split(","):
            width, height = (int(part) for part in size.split("x"))
            window.resize(width, height)
            for key in wanted:
                window.show_page(key)
                for _ in range(5):
                    QCoreApplication.processEvents()
                target = args.out / f"{key}-{language}-{size}.png"
                window.grab().save(str(target))
                print(target)
        window.close()
        app.processEvents()
        if not args.pages or "room" in args.pages.split(","):
            for size in args.sizes.split(","):
                for target in room_views(workspace, language, size, args.out):
                    print(target)
        workspace.close()


def room_views(workspace: "Workspace", language: str, size: str, out: Path) -> list[Path]:
    """The VALUMA board's presentation window and participant mode at ``size``, as PNG files in ``out``."""
    from PySide6.QtCore import QCoreApplication

    from ui.board.board_window import BoardWindow
    from workshop_app.services import boards

    def settle() -> None:
        for _ in range(8):
            QCoreApplication.processEvents()

    width, height = (int(part) for part in size.split("x"))
    board = next(board for board in boards.list_boards(workspace.store) if board.preset_key == "valuma")
    window = BoardWindow(workspace, board.id)
    window.resize(width, height)
    window.show()
    settle()
    presentation = window.room.open_presentation()
    presentation.showNormal()
    presentation.resize(width, height)
    window.room.set_follow(False)
    window.room.timer.toggle()
    settle()
    room = out / f"room-{language}-{size}.png"
    presentation.grab().save(str(room))
    window.room.timer.toggle()
    window.room.close_presentation()
    settle()
    window.set_participant_mode(True)
    window.resize(width, height)
    settle()
    participant = out / f"participant-{language}-{size}.png"
    window.grab().save(str(participant))
    window.set_participant_mode(False)
    window.close()
    settle()
    return [room, participant]


if __name__ == "__main__":
    main()
