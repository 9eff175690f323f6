"""The Phones tab of the board window: let phones join, show the QR code and link, and run the room.

Everything a facilitator needs while phones are in: the code to scan and the short link to type, whether
names from the attendance are offered, input paused or open, who is connected, and removing a phone.
"""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.board.room_phones import PhoneRoom
from ui.widgets.headings import muted_text, section_title

QR_SCALE = 5
"""Pixels per module of the facilitator's QR code: about 200 px, easy to scan from the laptop's screen."""


class PhonesPanel(QScrollArea):
    """The controls of :class:`PhoneRoom`, kept in step with it through its ``changed`` signal."""

    def __init__(self, phones: PhoneRoom, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phones = phones
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        page = QWidget(self)
        self.toggle = QPushButton(page)
        self.toggle.setCheckable(True)
        self.toggle.clicked.connect(self._toggled)
        self.problem = QLabel(page)
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code = QLabel(page)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.link = QLabel(page)
        self.link.setWordWrap(True)
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.link.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.link.setFont(font)
        self.names = QCheckBox(page)
        self.names.toggled.connect(phones.set_offer_names)
        self.lock = QCheckBox(page)
        self.lock.toggled.connect(phones.set_locked)
        self.connected_title = section_title(page)
        self.devices = QListWidget(page)
        self.devices.setMaximumHeight(160)
        self.devices.currentRowChanged.connect(lambda _row: self._enable())
        self.remove = QPushButton(page)
        self.remove.clicked.connect(self._remove)
        self.about = muted_text(page)
        row = QHBoxLayout()
        row.addWidget(self.remove)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 10, 10, 10)
        for widget in (self.toggle, self.problem, self.code, self.link, self.names, self.lock, self.connected_title):
            layout.addWidget(widget)
        layout.addWidget(self.devices)
        layout.addLayout(row)
        layout.addWidget(self.about)
        layout.addStretch(1)
        self.setWidget(page)
        phones.changed.connect(self.show_state)
        self.retranslate()

    def retranslate(self) -> None:
        self.names.setText(self.tr("Offer names from the attendance"))
        self.names.setToolTip(self.tr("Phones may pick a name of someone attending, or stay anonymous."))
        self.lock.setText(self.tr("Pause input from phones"))
        self.remove.setText(self.tr("Remove phone"))
        self.remove.setToolTip(self.tr("Its link stops working; the notes it wrote stay on the board."))
        self.devices.setAccessibleName(self.tr("Connected phones"))
        self.code.setAccessibleName(self.tr("QR code of the link for phones"))
        self.about.setText(
            self.tr(
                "Phones join over this laptop's own network: nothing goes to the internet. Their notes follow the "
                "board's rules and are saved at once; they are not on the undo list."
            )
        )
        self.show_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_state(self) -> None:
        phones = self.phones
        running = phones.running
        self.toggle.setChecked(running)
        self.toggle.setText(self.tr("Stop letting phones join") if running else self.tr("Let phones join"))
        self.problem.setText(phones.problem)
        self.problem.setVisible(bool(phones.problem))
        pixmap = phones.qr_pixmap(QR_SCALE) if running else None
        self.code.setVisible(pixmap is not None)
        if pixmap is not None:
            self.code.setPixmap(pixmap)
        self.link.setText(phones.url or "")
        self.link.setVisible(running)
        with_blocked(self.names, phones.offer_names)
        with_blocked(self.lock, phones.locked)
        devices = phones.devices()
        self.connected_title.setText(self.tr("Connected phones: {count}").format(count=len(devices)))
        current = self.devices.currentItem()
        chosen = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.devices.clear()
        for device_id, label in devices:
            item = QListWidgetItem(label, self.devices)
            item.setData(Qt.ItemDataRole.UserRole, device_id)
            if device_id == chosen:
                self.devices.setCurrentItem(item)
        self._enable()

    def _enable(self) -> None:
        self.remove.setEnabled(self.phones.running and self.devices.currentItem() is not None)

    def _toggled(self, on: bool) -> None:
        if on:
            self.phones.start_soon()
        else:
            self.phones.stop()
        self.show_state()

    def _remove(self) -> None:
        item = self.devices.currentItem()
        if item is not None:
            self.phones.remove_device(str(item.data(Qt.ItemDataRole.UserRole)))


def with_blocked(box: QCheckBox, checked: bool) -> None:
    """Show ``checked`` without sending it back to the room (it came from there)."""
    box.blockSignals(True)
    box.setChecked(checked)
    box.blockSignals(False)
