"""The start screen: recent programmes (files and server addresses), and buttons to make, open or try one."""

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import settings
from workshop_app.storage.peek import programme_name
from workshop_app.storage.urls import ServerAddress, masked


class StartScreen(QWidget):
    open_requested = Signal(object)  # a file's Path, or a server address (str, without a password)
    new_requested = Signal()
    demo_requested = Signal()
    open_dialog_requested = Signal()
    open_server_requested = Signal()
    plan_one_requested = Signal()  # a one-off workshop: a programme with defaults around it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StartScreen")
        self.heading = QLabel(self)
        self.heading.setObjectName("startHeading")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.recent_label = QLabel(self)
        self.recent = QListWidget(self)
        self.recent.itemActivated.connect(self._open_item)
        self.recent_label.setBuddy(self.recent)
        self.new_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.server_button = QPushButton(self)
        self.server_button.setObjectName("openServerButton")
        self.server_button.clicked.connect(self.open_server_requested)
        self.demo_button = QPushButton(self)
        self.plan_one_button = QPushButton(self)
        self.plan_one_button.clicked.connect(self.plan_one_requested)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_dialog_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        buttons = QHBoxLayout()
        for button in (self.plan_one_button, self.new_button, self.open_button, self.server_button, self.demo_button):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(self.heading)
        column.addWidget(self.intro)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addSpacing(18)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent, 1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)
        self.fill_recent()
        self.retranslate()

    def fill_recent(self) -> None:
        self.recent.clear()
        for entry in settings.recent_programmes():
            if isinstance(entry, Path):
                name = programme_name(entry) or entry.stem  # the name the facilitator gave it, the file as a hint
                item = QListWidgetItem(f"{name}\n{entry.name}")
                item.setData(Qt.ItemDataRole.UserRole, entry)
            else:  # a server programme: its database and server, the whole address (no password) as a hint
                item = QListWidgetItem(self._server_entry(entry))
                item.setData(Qt.ItemDataRole.UserRole, entry)
            item.setToolTip(masked(entry))
            self.recent.addItem(item)

    def _server_entry(self, location: str) -> str:
        """Two lines for a server programme in the recent list (its name is on the server, not read here)."""
        try:
            address = ServerAddress.parse(location)[0]
        except ValueError:
            return masked(location)
        server = address.host if address.host and not address.host.startswith("/") else self.tr("this computer")
        return self.tr("{database} on the server {server}\n{location}").format(
            database=address.database, server=server, location=masked(location)
        )

    def _open_item(self, item: QListWidgetItem) -> None:
        entry = item.data(Qt.ItemDataRole.UserRole)
        self.open_requested.emit(entry if isinstance(entry, str) else Path(entry))

    def retranslate(self) -> None:
        self.heading.setText(f"<h1>{self.tr('Workshop App')}</h1>")
        self.intro.setText(
            self.tr(
                "Plan and run the workshops of a regional or neighbourhood development programme through its "
                "five phases. Everything you enter is saved in the programme file at once."
            )
        )
        self.recent_label.setText(self.tr("&Recent programmes"))
        self.new_button.setText(self.tr("&New programme…"))
        self.open_button.setText(self.tr("&Open…"))
        self.server_button.setText(self.tr("Open From &Server…"))
        self.server_button.setToolTip(
            self.tr("A programme on the region's PostgreSQL server, shared by several people")
        )
        self.demo_button.setText(self.tr("Try the &demo"))
        self.plan_one_button.setText(self.tr("&Plan one workshop…"))
        self.plan_one_button.setToolTip(
            self.tr("A single workshop with an agenda and a board, without planning a whole programme")
        )
        self.recent.setAccessibleName(self.tr("Recent programmes"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
