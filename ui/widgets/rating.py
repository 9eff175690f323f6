"""A score from 1 to 5 as a row of large buttons: quick to pick by mouse, digit keys or arrows; legible projected."""

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionFocusRect,
    QStylePainter,
    QWidget,
)

LOWEST = 1
HIGHEST = 5


class RatingInput(QWidget):
    """Five exclusive buttons. One tab stop: the widget takes focus itself and keys 1-5, arrows, Home/End and
    Delete change the score, so a facilitator can rate without leaving the keyboard."""

    value_changed = Signal(int)  # 0 = no score

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)  # so the score can also be cleared
        layout = QHBoxLayout(self)
        layout.setContentsMargins(3, 3, 3, 3)
        layout.setSpacing(4)
        self.buttons: list[QPushButton] = []
        for score in range(LOWEST, HIGHEST + 1):
            button = QPushButton(str(score), self)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumSize(QSize(44, 36))
            font = button.font()
            font.setPointSizeF(font.pointSizeF() * 1.2)
            font.setBold(True)
            button.setFont(font)
            self._group.addButton(button, score)
            layout.addWidget(button)
            self.buttons.append(button)
        self.meaning = QLabel(self)  # the picked score in words, so the choice never rests on colour alone
        self.meaning.setMinimumWidth(self.meaning.fontMetrics().horizontalAdvance("M" * 9))
        layout.addSpacing(8)
        layout.addWidget(self.meaning)
        self._group.idClicked.connect(self._clicked)
        self._value = 0
        self.retranslate()

    def value(self) -> int:
        return self._value

    def set_value(self, value: int) -> None:
        value = value if LOWEST <= value <= HIGHEST else 0
        changed = value != self._value
        self._value = value
        for score, button in enumerate(self.buttons, start=LOWEST):
            button.setChecked(score == value)
        self._mark_checked()
        self._describe()
        if changed:
            self.value_changed.emit(value)

    def _mark_checked(self) -> None:
        """The picked button in the palette's highlight colours; a checked push button alone is too subtle."""
        for button in self.buttons:
            palette = QPalette(self.palette())
            if button.isChecked():
                palette.setColor(QPalette.ColorRole.Button, palette.color(QPalette.ColorRole.Highlight))
                palette.setColor(QPalette.ColorRole.ButtonText, palette.color(QPalette.ColorRole.HighlightedText))
            button.setPalette(palette)

    def _clicked(self, score: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.set_value(score if self._value != score else 0)

    # --- keyboard ----------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
            self.set_value(key - Qt.Key.Key_0)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Plus):
            self.set_value(min(HIGHEST, max(LOWEST, self._value + 1)))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Minus):
            self.set_value(max(LOWEST, self._value - 1))
        elif key == Qt.Key.Key_Home:
            self.set_value(LOWEST)
        elif key == Qt.Key.Key_End:
            self.set_value(HIGHEST)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_0):
            self.set_value(0)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if not self.hasFocus():
            return
        painter = QStylePainter(self)
        option = QStyleOptionFocusRect()
        option.initFrom(self)
        option.backgroundColor = self.palette().window().color()
        painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option)

    # --- texts -------------------------------------------------------------------------------------------

    def scale_text(self, score: int) -> str:
        """What each point of the scale means; shown as the button's tooltip."""
        texts = {
            1: self.tr("1 – not at all"),
            2: self.tr("2 – a little"),
            3: self.tr("3 – partly"),
            4: self.tr("4 – largely"),
            5: self.tr("5 – fully"),
        }
        return texts[score]

    def retranslate(self) -> None:
        for score, button in enumerate(self.buttons, start=LOWEST):
            button.setToolTip(self.scale_text(score))
            button.setAccessibleName(self.tr("Score {score} of 5").format(score=score))
        self.setToolTip(self.tr("Pick a score from 1 to 5 (keys 1–5 or the arrow keys; Delete clears)"))
        self._describe()

    def _describe(self) -> None:
        if self._value:
            self.setAccessibleDescription(self.scale_text(self._value))
            self.meaning.setText(self.scale_text(self._value))
        else:
            self.setAccessibleDescription(self.tr("No score picked"))
            self.meaning.setText(self.tr("No score picked"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._mark_checked()
        super().changeEvent(event)
