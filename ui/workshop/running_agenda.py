"""The running agenda: during a workshop, the current item and its countdown, large enough to read from the
back of a room on a projector. Right / Page Down and Left / Page Up change the item, Space pauses and
resumes, Escape goes back to the editor. The timing itself lives in :class:`AgendaClock`."""

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.action_button import ActionButton, describe
from ui.widgets.status_icons import warning_icon
from ui.workshop.agenda_clock import AgendaClock, ClockItem, format_clock, format_duration
from ui.workshop.look import MUTED, scaled_font, set_role, show_as_warning


class RunningAgendaView(QWidget):
    """Big type that scales with the view; the keys work wherever the focus is while the view is shown."""

    exit_requested = Signal()

    def __init__(self, parent: QWidget | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.clock_source = clock
        self.clock = AgendaClock([], clock, self)
        self.workshop_title = ""
        self._warning_shown: bool | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.heading = QLabel(self)
        set_role(self.heading, MUTED)
        self.position = QLabel(self)
        set_role(self.position, MUTED)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.countdown = QLabel(self)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_icon = QLabel(self)
        self.status = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.next_label = QLabel(self)
        self.next_label.setWordWrap(True)
        self.elapsed = QLabel(self)
        self.elapsed.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.hint = QLabel(self)
        set_role(self.hint, MUTED)
        self.hint.setWordWrap(True)

        style = self.style()
        self.previous_action = self._action(
            ("Left", "PgUp"),
            style.standardIcon(QStyle.StandardPixmap.SP_MediaSeekBackward),
            lambda: self.clock.previous(),
        )
        self.pause_action = self._action(
            ("Space",), style.standardIcon(QStyle.StandardPixmap.SP_MediaPause), lambda: self.clock.toggle()
        )
        self.next_action = self._action(
            ("Right", "PgDown"),
            style.standardIcon(QStyle.StandardPixmap.SP_MediaSeekForward),
            lambda: self.clock.next(),
        )
        self.exit_action = self._action(
            ("Esc",), style.standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton), self.exit_requested.emit
        )

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.position)
        status_row = QHBoxLayout()
        status_row.addStretch(1)
        status_row.addWidget(self.status_icon)
        status_row.addWidget(self.status)
        status_row.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.next_label, 1)
        bottom.addWidget(self.elapsed)
        buttons = QHBoxLayout()
        self.buttons: list[ActionButton] = []
        for action in (self.previous_action, self.pause_action, self.next_action):
            button = ActionButton(action, self)
            self.buttons.append(button)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.hint, 3)
        buttons.addStretch(1)
        exit_button = ActionButton(self.exit_action, self)
        self.buttons.append(exit_button)
        buttons.addWidget(exit_button)
        for button in self.buttons:
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space must reach the clock, not press a button
            button.setMinimumHeight(40)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.title, 3)
        layout.addWidget(self.countdown, 4)
        layout.addLayout(status_row)
        layout.addWidget(self.progress)
        layout.addSpacing(12)
        layout.addLayout(bottom)
        layout.addLayout(buttons)
        self.clock.changed.connect(self._update)
        self.retranslate()

    def _action(self, keys: Sequence[str], icon: QIcon, slot: Callable[[], object]) -> QAction:
        action = QAction(icon, "", self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        # Only while this view is on screen; then these keys belong to it wherever the focus is.
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # --- running -----------------------------------------------------------------------------------------

    def start(self, workshop_title: str, items: Sequence[ClockItem]) -> None:
        """Run ``items`` from the first, counting at once (the facilitator presses F5 as the workshop begins)."""
        self.clock.stop()
        self.clock.deleteLater()
        self.clock = AgendaClock(items, self.clock_source, self)
        self.clock.changed.connect(self._update)
        self.workshop_title = workshop_title
        self.clock.start()
        self._update()

    def stop(self) -> None:
        self.clock.stop()

    def _update(self) -> None:
        clock = self.clock
        item = clock.current()
        self.heading.setText(self.workshop_title)
        if item is None:
            self.title.setText(self.tr("This workshop has no agenda items."))
            self.countdown.setText(format_clock(0))
            return
        self.position.setText(
            self.tr("Item {number} of {count}").format(number=clock.index + 1, count=len(clock.items))
        )
        self.title.setText(item.title)
        remaining = clock.remaining_seconds()
        self.countdown.setText(format_clock(remaining))
        over = clock.is_over()
        if over != self._warning_shown:
            self._warning_shown = over
            show_as_warning(self.countdown, over)
            show_as_warning(self.status, over)
        size = self.status.fontMetrics().height()
        self.status_icon.setVisible(over or not clock.running)
        if not clock.running:
            self.status.setText(self.tr("Paused: press Space to continue"))
            paused = self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPause)
            self.status_icon.setPixmap(paused.pixmap(size, size))
        elif over:
            self.status.setText(self.tr("Over the {minutes} minutes planned").format(minutes=item.planned_minutes))
            self.status_icon.setPixmap(warning_icon().pixmap(size, size))
        else:
            left = self.tr("Time left of the {minutes} minutes planned")
            self.status.setText(left.format(minutes=item.planned_minutes))
        self.progress.setRange(0, max(1, item.planned_seconds))
        self.progress.setValue(min(item.planned_seconds, int(clock.spent_on(clock.index))))
        following = clock.next_item()
        self.next_label.setText(
            self.tr("Next: {item}").format(item=following.title) if following else self.tr("This is the last item.")
        )
        self.elapsed.setText(
            self.tr("Elapsed {elapsed} of {planned} planned").format(
                elapsed=format_duration(clock.elapsed_seconds()), planned=format_duration(clock.planned_seconds())
            )
        )
        self.previous_action.setEnabled(clock.index > 0)
        self.next_action.setEnabled(following is not None)
        describe(
            self.pause_action,
            self.tr("&Pause") if clock.running else self.tr("&Continue"),
            self.tr("Pause the countdown") if clock.running else self.tr("Continue the countdown"),
        )
        self.pause_action.setIcon(
            self.style().standardIcon(
                QStyle.StandardPixmap.SP_MediaPause if clock.running else QStyle.StandardPixmap.SP_MediaPlay
            )
        )

    # --- looks -------------------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Type grows with the view, so the same screen reads from the back of a room on any projector."""
        super().resizeEvent(event)
        height, width = max(1, self.height()), max(1, self.width())
        title_font = scaled_font(self, 1.0, bold=True)
        title_font.setPixelSize(max(22, min(int(height * 0.065), int(width * 0.045))))
        self.title.setFont(title_font)
        clock_font = scaled_font(self, 1.0, bold=True)
        clock_font.setPixelSize(max(48, min(int(height * 0.24), int(width * 0.16))))
        self.countdown.setFont(clock_font)
        info_font = scaled_font(self, 1.0)
        info_font.setPixelSize(max(15, min(int(height * 0.028), 30)))
        for label in (self.status, self.next_label, self.elapsed, self.heading, self.position):
            label.setFont(info_font)
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._warning_shown = None  # derive the warning colour from the new palette
            self._update()
        super().changeEvent(event)

    def retranslate(self) -> None:
        describe(self.previous_action, self.tr("P&revious"), self.tr("Go back to the previous item"))
        describe(self.next_action, self.tr("&Next"), self.tr("Go on to the next item"))
        describe(self.exit_action, self.tr("&Back to the editor"), self.tr("Stop running the agenda"))
        self.hint.setText(
            self.tr("Space pauses or continues · Left and Right change the item · Esc goes back to the editor")
        )
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._update()
