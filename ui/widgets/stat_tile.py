"""A large number with a caption under it, readable from the back of a room when the laptop is on a projector."""

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

NUMBER_SCALE = 2.2
ICON_SIZE = 22


class StatTile(QFrame):
    """Number and caption; an optional icon marks a warning so it never rests on colour alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("role", "statTile")
        self.number = QLabel(self)
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * NUMBER_SCALE)
        font.setBold(True)
        self.number.setFont(font)
        self.icon = QLabel(self)
        self.icon.hide()
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.number, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.caption)

    def set_values(self, number: int, caption: str, accessible_name: str, icon: QIcon | None = None) -> None:
        """``accessible_name`` is the whole statement ("5 actions are overdue"), translated by the caller."""
        self.number.setText(QLocale().toString(number))
        self.caption.setText(caption)
        if icon is not None and not icon.isNull():
            self.icon.setPixmap(icon.pixmap(ICON_SIZE, ICON_SIZE))
            self.icon.show()
        else:
            self.icon.hide()
        self.setAccessibleName(accessible_name)
        self.setToolTip(accessible_name)
