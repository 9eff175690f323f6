"""A strip over the board that says why it cannot be edited (an earlier, frozen round), with the way out.

Coloured from the palette (a tint of the highlight colour) and always with an icon and words, never colour
alone.
"""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget

from ui.workshop.look import scaled_font

ICON = 32


class Banner(QFrame):
    """An information strip: ``text`` and an optional button (``button``, hidden when it has no text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardBanner")
        self.setAutoFillBackground(True)
        self._tinting = False
        self.icon = QLabel(self)
        self.icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(ICON))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setFont(scaled_font(self.text, 1.2, bold=True))
        self.button = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self._tint()
        self.hide()

    def _tint(self) -> None:
        parent = self.parentWidget()
        palette = QPalette(parent.palette() if parent is not None else QGuiApplication.palette())
        window = palette.color(QPalette.ColorRole.Window)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        tint = window.toRgb()
        share = 0.22
        tint.setRgbF(
            window.redF() * (1 - share) + highlight.redF() * share,
            window.greenF() * (1 - share) + highlight.greenF() * share,
            window.blueF() * (1 - share) + highlight.blueF() * share,
        )
        palette.setColor(QPalette.ColorRole.Window, tint)
        self.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._tinting:
            self._tinting = True  # setting the tint is a palette change too
            self._tint()
            self._tinting = False
