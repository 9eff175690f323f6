"""The board for the room: a second window on the same scene, for a projector or a second screen.

It is a second QGraphicsView on the facilitator's BoardScene (no copy of the data: a note moved at the laptop
moves on the wall in the same frame). It either follows the facilitator's view (the same part of the board,
scaled to the wall) or keeps the whole board in view. A 16:9 wall is wider than the square board: a band
beside it holds the question, the round timer large, a prompt card of the method when the facilitator reveals
one (:meth:`PresentationWindow.show_prompt`) and the phones' QR code. People in the room look
at it; they do not click on it, so it takes no input and has no chrome. It opens full screen on a second
screen when there is one.
"""

import math

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontMetricsF, QGuiApplication, QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.board.geometry import CANVAS
from ui.board.round_timer import RoundTimer
from ui.board.scene import BoardScene
from ui.board.view import FIT_MARGIN, BoardView
from workshop_app.export.hyphenation import wrap_hyphenated

TIMER_SHARE = 0.07
"""The timer's height as a share of the window's: readable from the back of the room."""
JOIN_SHARE = 0.3
"""The QR code's side as a share of the window's height: scannable from the middle of the room."""
BAND_LEAST_SHARE = 0.22
"""The side band's least width as a share of the window's (a 4:3 wall): room for the QR code and a prompt.
On a wider wall the band takes all the width the board cannot use, since the board is as tall as the wall."""
BAND_LEAST = 240
"""The side band's least width in pixels."""
BAND_MOST_SHARE = 0.5
"""The side band's largest width as a share of the window's (a very wide wall: the board keeps half)."""
QUESTION_SHARE = 0.04
"""The question's text height as a share of the window's."""
PROMPT_SHARE = 0.045
"""A revealed prompt's text height as a share of the window's, before it shrinks to fit the band."""
PROMPT_FLOOR = 16
"""The smallest prompt text, in pixels; a text that needs less still shows whole."""
PROMPT_STEP = 2


class PresentationWindow(QWidget):
    """The same board for the room; ``follow`` decides whether it mirrors ``source`` or fits the board."""

    resized = Signal()  # the board's scale on the wall may have changed

    def __init__(self, scene: BoardScene, source: BoardView, timer: RoundTimer, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("BoardPresentation")
        self.source = source
        self.timer = timer
        self.view = BoardView(scene, self)
        self.view.setInteractive(False)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setDragMode(QGraphicsView.DragMode.NoDrag)
        room = scene.sceneRect()
        # A wall is wider than the facilitator's view: room to centre on any part of the board, at any shape.
        self.view.setSceneRect(room.adjusted(-room.width(), -room.height(), room.width(), room.height()))
        # A 16:9 wall: the board where it is tallest, and beside it a band for the question, the round's time
        # and how phones join, none of them covering a note.
        self.band = QFrame(self)
        self.band.setObjectName("RoomBand")
        self.band.setStyleSheet("#RoomBand { background: #263238; } #RoomBand QLabel { color: white; }")
        self.question = QLabel(self.band)
        self.question.setWordWrap(True)
        self.question.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.clock = QLabel(self.band)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clock.setVisible(False)
        self.join = QFrame(self.band)
        self.join.setObjectName("JoinCard")
        self.join.setStyleSheet(
            "#JoinCard { background: white; border-radius: 8px; } #JoinCard QLabel { color: black; }"
        )
        self.join_code = QLabel(self.join)
        self.join_code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.join_link = QLabel(self.join)
        self.join_link.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.join_link.setWordWrap(True)
        card = QVBoxLayout(self.join)
        card.addWidget(self.join_code)
        card.addWidget(self.join_link)
        self.join.hide()
        self.prompt = QFrame(self.band)
        self.prompt.setObjectName("PromptCard")
        self.prompt.setStyleSheet(
            "#PromptCard { background: #fff59d; border-radius: 8px; } #PromptCard QLabel { color: #212121; }"
        )
        self.prompt_heading = QLabel(self.prompt)
        self.prompt_heading.setWordWrap(True)
        self.prompt_text = QLabel(self.prompt)
        self.prompt_text.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt_heading.setTextFormat(Qt.TextFormat.PlainText)
        prompt_card = QVBoxLayout(self.prompt)
        prompt_card.setContentsMargins(14, 12, 14, 14)
        prompt_card.setSpacing(6)
        prompt_card.addWidget(self.prompt_heading)
        prompt_card.addWidget(self.prompt_text)
        self.prompt.hide()
        self._prompt: tuple[str, str, str] | None = None  # heading, text, language
        band = QVBoxLayout(self.band)
        band.setContentsMargins(18, 18, 18, 18)
        band.setSpacing(16)
        band.addWidget(self.question)
        band.addWidget(self.clock)
        band.addWidget(self.prompt)
        band.addStretch(1)
        band.addWidget(self.join)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.band)
        self.follow = True
        self._join_pixmap: QPixmap | None = None
        source.visible_changed.connect(self._mirror)
        timer.ticked.connect(self._show_time)
        self.retranslate()
        self._show_time()

    def show_join(self, pixmap: QPixmap | None, url: str) -> None:
        """The phones' QR code and link large in a corner, or nothing when phones are not let in."""
        self._join_pixmap = pixmap
        self.join_link.setText(url)
        self.join.setVisible(pixmap is not None)
        self._place_join()

    def set_question(self, text: str) -> None:
        """What the room is asked (the board's title), at the top of the band."""
        self.question.setText(text)

    def show_prompt(self, heading: str, text: str, language: str) -> None:
        """A prompt of the method, revealed to the room: large on a card in the band, hyphenated in
        ``language`` and written as large as the band's free height allows, never cut."""
        self._prompt = (heading, text, language)
        self.prompt_heading.setText(heading)
        self.prompt.setAccessibleName(self.tr("Prompt of the method: {text}").format(text=text))
        self.prompt.show()
        self._place_prompt()

    def hide_prompt(self) -> None:
        self._prompt = None
        self.prompt.hide()

    def prompt_shown(self) -> str | None:
        """The text of the prompt on the wall, if one is."""
        return self._prompt[1] if self._prompt is not None else None

    def _place_prompt(self) -> None:
        if self._prompt is None:
            return
        _heading, text, language = self._prompt
        layout = self.prompt.layout()
        margins = layout.contentsMargins() if layout is not None else self.prompt.contentsMargins()
        inner = self._band_width() - 36  # the band's margins
        width = max(80, inner - margins.left() - margins.right())
        free = self.height() - 36 - 16 * 3 - self.question.heightForWidth(inner)
        if self.clock.isVisible():
            free -= self.clock.sizeHint().height()
        if self.join.isVisible():
            free -= self.join.sizeHint().height()
        heading = QFont(self.prompt_heading.font())
        size = max(PROMPT_FLOOR, int(self.height() * PROMPT_SHARE))
        heading.setPixelSize(max(14, int(size * 0.6)))
        self.prompt_heading.setFont(heading)
        free -= self.prompt_heading.heightForWidth(width) + margins.top() + margins.bottom() + 6
        font = QFont(self.prompt_text.font())
        font.setBold(True)
        while True:
            font.setPixelSize(size)
            metrics = QFontMetricsF(font)
            lines = wrap_hyphenated(text.strip(), width, metrics.horizontalAdvance, language)
            if len(lines) * metrics.lineSpacing() <= free or size <= PROMPT_FLOOR:
                break
            size = max(PROMPT_FLOOR, size - PROMPT_STEP)
        self.prompt_text.setFont(font)
        self.prompt_text.setText("\n".join(lines))

    def _band_width(self) -> int:
        """The band's width for the window's present size (its own may not be laid out yet): what is left
        beside the whole board scaled to the window's height, so the board is as large as the wall allows and
        the band's texts get the rest, not a fixed share that left empty space beside the board."""
        sheet = CANVAS.adjusted(-FIT_MARGIN, -FIT_MARGIN, FIT_MARGIN, FIT_MARGIN)
        frame = 2 * self.view.frameWidth()
        board = math.ceil((self.height() - frame) * sheet.width() / sheet.height()) + frame
        width = self.width()
        least = max(BAND_LEAST, int(width * BAND_LEAST_SHARE))
        return max(least, min(width - board, int(width * BAND_MOST_SHARE)))

    def _place_join(self) -> None:
        if self._join_pixmap is None:
            return
        side = max(120, min(int(self.height() * JOIN_SHARE), self.band.width() - 60))
        self.join_code.setPixmap(
            self._join_pixmap.scaled(
                side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation
            )
        )
        font = QFont(self.join_link.font())
        font.setPixelSize(max(14, side // 12))
        font.setBold(True)
        self.join_link.setFont(font)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Board for the room"))
        self.join.setAccessibleName(self.tr("How phones join: QR code and link"))
        self.view.setAccessibleName(self.tr("Quadrant board, as the room sees it"))
        self.clock.setAccessibleName(self.tr("Time left in this round"))
        self.question.setAccessibleName(self.tr("The board's question"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_follow(self, follow: bool) -> None:
        """Mirror the facilitator's view (True) or keep the whole board in view (False)."""
        self.follow = follow
        if follow:
            self._mirror()
        else:
            self.view.fit()

    def _mirror(self) -> None:
        if not self.follow or not self.isVisible():
            return
        if self.source.auto_fit:
            self.view.fit()
            return
        self.view.auto_fit = False
        self.view.fitInView(self.source.visible_rect(), Qt.AspectRatioMode.KeepAspectRatio)

    def place_on_screen(self) -> None:
        """Full screen on a second screen if there is one, else a normal window beside the facilitator's."""
        screens = QGuiApplication.screens()
        own = self.source.screen()
        others = [screen for screen in screens if screen is not own]
        if others:
            self.setScreen(others[0])
            self.setGeometry(others[0].geometry())
            self.showFullScreen()
        else:
            self.resize(1280, 720)
            self.show()
        self._mirror()

    def _show_time(self) -> None:
        timer = self.timer
        self.clock.setVisible(timer.running or timer.spent() > 0)
        self.clock.setText(timer.text())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self.band.setFixedWidth(self._band_width())
        super().resizeEvent(event)
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the view at its new width now, so the mirror below fits the wall it will have
        font = QFont(self.clock.font())
        font.setPixelSize(max(24, int(self.height() * TIMER_SHARE)))
        font.setBold(True)
        self.clock.setFont(font)
        title = QFont(self.question.font())
        title.setPixelSize(max(18, int(self.height() * QUESTION_SHARE)))
        title.setBold(True)
        self.question.setFont(title)
        self._place_join()
        self._place_prompt()
        self._mirror()
        self.resized.emit()

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)  # type: ignore[arg-type]
        self._mirror()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        try:
            self.source.visible_changed.disconnect(self._mirror)
            self.timer.ticked.disconnect(self._show_time)
        except (RuntimeError, TypeError):
            pass
        super().closeEvent(event)
