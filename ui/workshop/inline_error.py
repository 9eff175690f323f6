"""An error shown right under the field it is about, instead of a dialog that has to be dismissed."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from ui.widgets.status_icons import warning_icon
from ui.workshop.look import show_as_warning


class InlineError(QWidget):
    """A warning icon and a message in the palette's warning colour; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel(self)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        self._restyle()
        self.hide()

    def show_message(self, message: str) -> None:
        self.text.setText(message)
        self.setAccessibleDescription(message)
        self.show()

    def clear(self) -> None:
        self.text.clear()
        self.hide()

    def message(self) -> str:
        return "" if self.isHidden() else self.text.text()

    def _restyle(self) -> None:
        size = self.fontMetrics().height()
        self.icon.setPixmap(warning_icon().pixmap(size, size))
        show_as_warning(self.text, True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._restyle()
        super().changeEvent(event)
