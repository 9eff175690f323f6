"""The main window. For now: the programme's overview and its five phases (the workspace issue grows it)."""

from datetime import date
from html import escape

from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QSplitter, QVBoxLayout, QWidget

from workshop_app.services.overview import load_overview
from workshop_app.services.programme import catalogue_of
from workshop_app.storage.store import ProgrammeStore


class MainWindow(QMainWindow):
    def __init__(self, store: ProgrammeStore | None) -> None:
        super().__init__()
        self.store = store
        self.setWindowTitle(self.tr("Workshop App"))
        splitter = QSplitter(self)
        self.phases = QListWidget(splitter)
        self.phases.setAccessibleName(self.tr("Phases"))
        page = QWidget(splitter)
        layout = QVBoxLayout(page)
        self.heading = QLabel(page)
        self.heading.setWordWrap(True)
        self.summary = QLabel(page)
        self.summary.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary, 1)
        splitter.setStretchFactor(1, 3)
        self.setCentralWidget(splitter)
        self.refresh()

    def refresh(self) -> None:
        if self.store is None:
            self.heading.setText(self.tr("No programme is open."))
            return
        overview = load_overview(self.store, date.today())
        catalogue = catalogue_of(self.store)
        language = overview.programme.language
        self.setWindowTitle(self.tr("{name} – Workshop App").format(name=overview.programme.name))
        self.heading.setText(f"<h1>{escape(overview.programme.name)}</h1><p>{escape(overview.programme.area)}</p>")
        self.phases.clear()
        for progress in overview.phases:
            title = catalogue.phase(progress.number).title.get(language)
            self.phases.addItem(
                self.tr("{number}. {title} ({done}/{total})").format(
                    number=progress.number, title=title, done=progress.tasks_done, total=progress.tasks_total
                )
            )
        self.summary.setText(
            self.tr("{overdue} overdue actions; {workshops} workshops.").format(
                overdue=overview.overdue_total, workshops=overview.workshops_total
            )
        )
