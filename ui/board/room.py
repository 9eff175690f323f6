"""The board window's links to the room: the presentation window, the round timer, and export to files.

Kept apart from the window so each job stays small: the window only binds these to its actions.
"""

import re
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QStyle, QWidget

from ui.board.board_actions import BoardActions
from ui.board.export import export_png, export_svg
from ui.board.presentation import PresentationWindow
from ui.board.round_timer import RoundTimer
from ui.board.scene import BoardScene
from ui.board.view import BoardView
from ui.workspace import Workspace


def file_stem(title: str) -> str:
    """A board title as a file name: letters, digits and dashes (any language's letters are kept)."""
    stem = re.sub(r"[^\w]+", "-", title, flags=re.UNICODE).strip("-")
    return stem[:60] or "board"


class Room(QObject):
    """Owns the timer and, while it is open, the presentation window; saves exports where the user says.

    ``message`` carries a sentence for the window's status line (where an export went)."""

    message = Signal(str)
    views_changed = Signal()  # the presentation opened, closed or changed size: the room's scale may differ

    def __init__(
        self,
        workspace: Workspace,
        scene: BoardScene,
        view: BoardView,
        tools: BoardActions,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.workspace = workspace
        self.scene = scene
        self.view = view
        self.tools = tools
        self.window = window
        self.timer = RoundTimer(self)
        self.presentation: PresentationWindow | None = None
        self.dialog: QFileDialog | None = None
        self.saved: list[Path] = []
        self.join: tuple[QPixmap | None, str] = (None, "")
        tools.bind(tools.present, self._toggle_presentation)
        tools.bind(tools.follow, lambda: self.set_follow(tools.follow.isChecked()))
        tools.bind(tools.timer_toggle, self.timer.toggle)
        tools.bind(tools.timer_reset, self.timer.reset)
        tools.bind(tools.export_png, lambda: self.ask_export("png"))
        tools.bind(tools.export_svg, lambda: self.ask_export("svg"))
        self.timer.ticked.connect(self._timer_text)

    # --- presentation --------------------------------------------------------------------------------------

    def _toggle_presentation(self) -> None:
        if self.tools.present.isChecked():
            self.open_presentation()
        else:
            self.close_presentation()

    def open_presentation(self) -> PresentationWindow:
        if self.presentation is None:
            self.presentation = PresentationWindow(self.scene, self.view, self.timer, self.window)
            self.presentation.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.presentation.destroyed.connect(self._presentation_gone)
            self.presentation.set_follow(self.tools.follow.isChecked())
            self.presentation.show_join(*self.join)
            self.presentation.set_question(self.scene.board.title if self.scene.board is not None else "")
            self.presentation.resized.connect(self.views_changed)
            self.presentation.place_on_screen()
        self.tools.present.setChecked(True)
        self.views_changed.emit()
        return self.presentation

    def close_presentation(self) -> None:
        if self.presentation is not None:
            self.presentation.close()
        self.tools.present.setChecked(False)

    def _presentation_gone(self) -> None:
        self.presentation = None
        self.tools.present.setChecked(False)
        self.views_changed.emit()

    def set_join(self, pixmap: QPixmap | None, url: str) -> None:
        """How phones join (a QR code and link), shown large on the presentation window while they may."""
        self.join = (pixmap, url)
        if self.presentation is not None:
            self.presentation.show_join(pixmap, url)

    def set_follow(self, follow: bool) -> None:
        self.tools.follow.setChecked(follow)
        if self.presentation is not None:
            self.presentation.set_follow(follow)

    def _timer_text(self) -> None:
        tools = self.tools
        running = self.timer.running
        text = self.tr("&Pause timer") if running else self.tr("&Start timer")
        tools.timer_toggle.setText(text)
        style = self.window.style()
        pixmap = QStyle.StandardPixmap.SP_MediaPause if running else QStyle.StandardPixmap.SP_MediaPlay
        tools.timer_toggle.setIcon(style.standardIcon(pixmap))
        tools.timer_reset.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaSkipBackward))
        tools.timer_toggle.setIconText(text.replace("&", ""))

    # --- export --------------------------------------------------------------------------------------------

    def ask_export(self, kind: str) -> QFileDialog:
        """A save dialog (not blocking: the board stays live); the file is written when one is chosen."""
        board = self.scene.board
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"{file_stem(board.title if board is not None else '')}.{kind}"
        dialog = QFileDialog(self.window)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(kind)
        if kind == "png":
            dialog.setWindowTitle(self.tr("Export the board as PNG"))
            dialog.setNameFilter(self.tr("PNG pictures (*.png)"))
        else:
            dialog.setWindowTitle(self.tr("Export the board as SVG"))
            dialog.setNameFilter(self.tr("SVG drawings (*.svg)"))
        dialog.selectFile(str(Path(folder) / name))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.export(Path(path), kind))
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def export(self, path: Path, kind: str) -> bool:
        """Write the board to ``path``; reports where it went (or why not) in the window's status line."""
        try:
            if kind == "png":
                export_png(self.scene, path)
            else:
                board = self.scene.board
                export_svg(self.scene, path, title=board.title if board is not None else "")
        except OSError:
            self.message.emit(self.tr("The board could not be saved to {file}.").format(file=path))
            return False
        self.saved.append(path)
        self.message.emit(self.tr("The board was saved to {file}.").format(file=path))
        return True
