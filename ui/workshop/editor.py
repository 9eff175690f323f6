"""The editor of one workshop: a heading with its date and place, and tabs for details, agenda and minutes,
attendance, decisions and quadrant boards. Every tab edits through undoable commands; this class only lays them out."""

from datetime import time

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.qt_dates import to_qdate
from ui.workshop.agenda_view import AgendaPanel
from ui.workshop.attendance_view import AttendancePanel
from ui.workshop.boards_panel import BoardsPanel
from ui.workshop.decisions import DecisionsPanel
from ui.workshop.details import DetailsForm
from ui.workshop.look import MUTED, PAGE_TITLE, set_role
from ui.workshop.minutes_approval import MinutesApprovalPanel
from ui.workspace import Workspace
from workshop_app.domain.models import WorkshopView


def _time_text(locale: QLocale, value: time | None) -> str:
    return "" if value is None else locale.toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


class WorkshopEditor(QWidget):
    """Shows one workshop (or none); ``load`` is called after every change so all tabs match the file."""

    def __init__(self, workspace: Workspace, run_button: QAbstractButton, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.workshop: WorkshopView | None = None
        self.heading = QLabel(self)
        set_role(self.heading, PAGE_TITLE)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.when = QLabel(self)
        set_role(self.when, MUTED)
        self.when.setWordWrap(True)
        header_text = QVBoxLayout()
        header_text.setSpacing(2)
        header_text.addWidget(self.heading)
        header_text.addWidget(self.when)
        header = QHBoxLayout()
        header.addLayout(header_text, 1)
        header.addWidget(run_button, 0, Qt.AlignmentFlag.AlignTop)

        self.details = DetailsForm(workspace)
        details_scroll = QScrollArea(self)
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        details_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the first field
        details_page = QWidget()
        details_layout = QHBoxLayout(details_page)
        details_layout.setContentsMargins(12, 12, 12, 12)
        details_layout.addWidget(self.details, 1, Qt.AlignmentFlag.AlignTop)
        details_layout.addStretch(0)
        self.details.setMaximumWidth(760)
        details_scroll.setWidget(details_page)
        self.agenda = AgendaPanel(workspace)
        self.attendance = AttendancePanel(workspace)
        self.decisions = DecisionsPanel(workspace)
        self.boards = BoardsPanel(workspace)
        self.approval = MinutesApprovalPanel(workspace)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(details_scroll, "")
        for panel in (self.agenda, self.attendance, self.decisions, self.boards, self.approval):
            holder = QWidget()
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(12, 12, 12, 12)
            holder_layout.addWidget(panel)
            self.tabs.addTab(holder, "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def load(self, workshop: WorkshopView | None) -> None:
        """Show ``workshop`` as the file holds it now (called after every change the page hears of)."""
        self.workshop = workshop
        self.details.load(workshop)
        self.agenda.set_workshop(workshop)
        self.attendance.set_workshop(None if workshop is None else workshop.id)
        self.decisions.set_workshop(None if workshop is None else workshop.id)
        self.boards.set_workshop(None if workshop is None else workshop.id)
        self.approval.set_workshop(None if workshop is None else workshop.id)
        self._update_heading()

    def flush(self) -> None:
        """Commit typing not yet committed (a field being edited, minutes waiting for a pause), e.g. before
        a new workshop is made or the running agenda takes over."""
        self.details.flush()
        self.agenda.minutes.flush()

    def _update_heading(self) -> None:
        workshop = self.workshop
        if workshop is None:
            self.heading.clear()
            self.when.clear()
            return
        self.heading.setText(workshop.title)
        locale = QLocale()
        day = locale.toString(to_qdate(workshop.date), QLocale.FormatType.LongFormat) if workshop.date else ""
        start = _time_text(locale, workshop.start_time)
        end = _time_text(locale, workshop.end_time)
        if day and start and end:
            when = self.tr("{date}, {start}–{end}").format(date=day, start=start, end=end)
        elif day:
            when = day
        else:
            when = self.tr("No date yet")
        if workshop.place:
            when = self.tr("{when} · {place}").format(when=when, place=workshop.place)
        self.when.setText(when)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("&Details"))
        self.tabs.setTabText(1, self.tr("A&genda and minutes"))
        self.tabs.setTabText(2, self.tr("A&ttendance"))
        self.tabs.setTabText(3, self.tr("Decisi&ons"))
        self.tabs.setTabText(4, self.tr("&Boards"))
        self.tabs.setTabText(5, self.tr("A&pproval"))
        self.approval.retranslate()
        self.details.retranslate()
        self.agenda.retranslate()
        self.attendance.retranslate()
        self.decisions.retranslate()
        self.boards.retranslate()
        self._update_heading()
