"""The Room tab: what the room sees. Participant mode, the presentation window and the round timer."""

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ui.board.round_timer import RoundTimer
from ui.board.side_panel import panel_button
from ui.widgets.headings import body_text, muted_text, section_title

CLOCK_SCALE = 2.4


class RoomPanel(QWidget):
    """Buttons for the room's views and the timer's controls, with the time left in large type."""

    def __init__(
        self,
        timer: RoundTimer,
        participant: QAction,
        present: QAction,
        follow: QAction,
        timer_actions: list[QAction],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.timer = timer
        self.participant_button = panel_button(participant, self)
        self.present_button = panel_button(present, self)
        self.follow_button = panel_button(follow, self)
        self.timer_title = section_title(self)
        self.minutes_label = QLabel(self)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, 180)
        self.minutes.setValue(timer.total // 60)
        self.minutes_label.setBuddy(self.minutes)
        self.minutes.valueChanged.connect(self._minutes_changed)
        self.clock = body_text(self, scale=CLOCK_SCALE)
        self.timer_buttons = [panel_button(action, self) for action in timer_actions]
        self.about = muted_text(self)
        form = QFormLayout()
        form.addRow(self.minutes_label, self.minutes)
        row = QHBoxLayout()
        for button in self.timer_buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.participant_button)
        layout.addWidget(self.present_button)
        layout.addWidget(self.follow_button)
        layout.addSpacing(10)
        layout.addWidget(self.timer_title)
        layout.addLayout(form)
        layout.addWidget(self.clock)
        layout.addLayout(row)
        layout.addWidget(self.about)
        layout.addStretch(1)
        timer.ticked.connect(self._show_time)
        self.retranslate()

    def retranslate(self) -> None:
        self.timer_title.setText(self.tr("Round timer"))
        self.minutes_label.setText(self.tr("&Minutes:"))
        self.minutes.setAccessibleName(self.tr("Length of the round in minutes"))
        self.clock.setAccessibleName(self.tr("Time left"))
        self.about.setText(
            self.tr("The time left shows in large type on the presentation window while the timer runs.")
        )
        self._show_time()

    def _minutes_changed(self, minutes: int) -> None:
        if not self.timer.running and self.timer.spent() == 0:
            self.timer.set_minutes(minutes)
        else:
            self.timer.total = minutes * 60
            self.timer.ticked.emit()

    def _show_time(self) -> None:
        self.clock.setText(self.timer.text())
