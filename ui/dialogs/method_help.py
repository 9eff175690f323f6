"""Help > Method: the whole method at hand while facilitating, in the programme's language.

Three tabs: the five phases (purpose, tasks, results, activities, success criteria), the method's tools (the
impact canvas and its starting lists, the hybrid models A–D, the lifecycles, the discussion prompts, the
workshop-series templates, the goal-and-indicator sheet) and the glossary with each term in the other two
languages. One search field filters all three. F1 on a page opens the part of the method that page is about.
"""

import html
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workshop_app.catalogue import default_catalogue
from workshop_app.catalogue.models import Catalogue, LocalText, Phase
from workshop_app.catalogue.text import LANGUAGES
from workshop_app.catalogue.tools import MethodTools

LANGUAGE_NAMES = {"en": "English", "fi": "Suomi", "nb": "Norsk bokmål"}  # each in its own language
TOOL_SECTIONS = ("canvas", "hybrids", "lifecycles", "prompts", "templates", "indicators")


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _list(items: Iterable[str], ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    return f"<{tag}>" + "".join(f"<li>{item}</li>" for item in items) + f"</{tag}>"


class MethodHelpDialog(QDialog):
    """The method, browsable and searchable; ``show_part`` opens a phase, a tool or the glossary."""

    def __init__(self, catalogue: Catalogue, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MethodHelpDialog")
        self.catalogue = catalogue
        # A programme made before the tools existed keeps its own phases but is shown today's tools.
        self.tools: MethodTools | None = catalogue.tools or default_catalogue().tools
        self.language = language if language in LANGUAGES else "en"
        self.others = [code for code in LANGUAGES if code != self.language]
        self.resize(980, 640)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search_label = QLabel(self)
        self.search_label.setBuddy(self.search)
        self.tabs = QTabWidget(self)
        self.phase_list, self.phase_text = self._list_and_text()
        self.tool_list, self.tool_text = self._list_and_text()
        self.tabs.addTab(self._splitter(self.phase_list, self.phase_text), "")
        self.tabs.addTab(self._splitter(self.tool_list, self.tool_text), "")
        self.glossary = QTableWidget(0, 2 + len(self.others), self)
        self.glossary.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.glossary.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.glossary.setWordWrap(True)
        self.glossary.verticalHeader().setVisible(False)
        self.glossary.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.glossary.horizontalHeader().setStretchLastSection(True)
        # Rows fit their wrapped text at the columns' real widths, whenever those change.
        self.glossary.horizontalHeader().sectionResized.connect(lambda *_: self.glossary.resizeRowsToContents())
        self.tabs.addTab(self.glossary, "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_label)
        layout.addWidget(self.search)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.phase_list.currentRowChanged.connect(self._show_phase)
        self.tool_list.currentRowChanged.connect(self._show_tool)
        self.retranslate()
        self.phase_list.setCurrentRow(0)
        self.tool_list.setCurrentRow(0)

    def _list_and_text(self) -> tuple[QListWidget, QTextBrowser]:
        listing = QListWidget(self)
        listing.setMinimumWidth(220)
        text = QTextBrowser(self)
        text.setOpenLinks(False)
        return listing, text

    def _splitter(self, listing: QListWidget, text: QTextBrowser) -> QSplitter:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(listing)
        splitter.addWidget(text)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        return splitter

    def t(self, text: LocalText) -> str:
        return _e(text.get(self.language))

    # --- texts -------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The method"))
        self.search_label.setText(self.tr("&Search the phases, tools and glossary:"))
        self.search.setPlaceholderText(self.tr("A word, for example “hybrid”"))
        self.search.setAccessibleName(self.tr("Search the method"))
        self.tabs.setTabText(0, self.tr("&Phases"))
        self.tabs.setTabText(1, self.tr("&Tools"))
        self.tabs.setTabText(2, self.tr("&Glossary"))
        self.phase_list.setAccessibleName(self.tr("Phases of the method"))
        self.phase_text.setAccessibleName(self.tr("The chosen phase"))
        self.tool_list.setAccessibleName(self.tr("Tools of the method"))
        self.tool_text.setAccessibleName(self.tr("The chosen tool"))
        self.glossary.setAccessibleName(self.tr("Glossary"))
        self.phase_list.clear()
        for phase in self.catalogue.phases:
            item = QListWidgetItem(
                self.tr("{number}. {title}").format(number=phase.number, title=phase.title.get(self.language))
            )
            item.setData(Qt.ItemDataRole.UserRole, self._phase_html(phase))
            self.phase_list.addItem(item)
        self.tool_list.clear()
        if self.tools is not None:
            for key in TOOL_SECTIONS:
                title, body = self._tool(key, self.tools)
                item = QListWidgetItem(title)
                item.setData(Qt.ItemDataRole.UserRole, f"<h2>{_e(title)}</h2>{body}")
                item.setData(Qt.ItemDataRole.UserRole + 1, key)
                self.tool_list.addItem(item)
        self._fill_glossary()
        self._filter(self.search.text())

    def _phase_html(self, phase: Phase) -> str:
        tasks = _list((f"<b>{self.t(task.title)}</b><br>{self.t(task.description)}" for task in phase.tasks), True)
        activities = _list(
            self.tr("<b>{title}</b> ({minutes} min)<br>{description}").format(
                title=self.t(a.title), minutes=a.minutes, description=self.t(a.description)
            )
            for a in phase.activities
        )
        purpose = _e(self.tr("Purpose"))
        tasks_title = _e(self.tr("Tasks"))
        results_title = _e(self.tr("Expected results"))
        activities_title = _e(self.tr("Suggested activities"))
        criteria_title = _e(self.tr("Success criteria"))
        return (
            f"<h2>{self.t(phase.title)}</h2><p><i>{self.t(phase.summary)}</i></p>"
            f"<h3>{purpose}</h3><p>{self.t(phase.purpose)}</p>"
            f"<h3>{tasks_title}</h3>{tasks}"
            f"<h3>{results_title}</h3>{_list(self.t(r.text) for r in phase.results)}"
            f"<h3>{activities_title}</h3>{activities}"
            f"<h3>{criteria_title}</h3>{_list(self.t(c.text) for c in phase.criteria)}"
        )

    def _tool(self, key: str, tools: MethodTools) -> tuple[str, str]:
        """The title and HTML of one of the tools' sections."""
        if key == "canvas":
            canvas = tools.impact_canvas
            columns = "".join(
                f"<h3>{self.t(column.title)}</h3><p><i>{self.t(column.question)}</i></p>"
                f"{_list(self.t(text) for text in canvas.starting_lists()[column.key])}"
                for column in canvas.columns
            )
            intro = self.tr(
                "Fill the columns from left to right: start from the impacts wanted and work back to the resources. "
                "The lists are starting picks from the method; edit them freely."
            )
            return self.tr("Impact canvas"), f"<p>{_e(intro)}</p>{columns}"
        if key == "hybrids":
            valuma = self.catalogue.preset("valuma")
            rows = []
            for model in tools.hybrid_models:
                corner = valuma.quadrants[model.quadrant].title.get(self.language) if valuma else ""
                rows.append(
                    self.tr("<b>{title}</b><br>{content}<br><i>Likely quadrant: {corner}</i>").format(
                        title=self.t(model.title), content=self.t(model.content), corner=_e(corner)
                    )
                )
            intro = self.tr(
                "The four scenarios of the VALUMA board are extremes; a real model combines them. Record which "
                "models your hybrid combines, and why, as a decision."
            )
            return self.tr("Hybrid models A–D"), f"<p>{_e(intro)}</p>{_list(rows)}"
        if key == "lifecycles":
            parts = []
            for lifecycle in tools.lifecycles:
                stages = _list(
                    f"<b>{self.t(stage.title)}</b>: {self.t(stage.description)}" for stage in lifecycle.stages
                )
                parts.append(f"<h3>{self.t(lifecycle.title)}</h3><p>{self.t(lifecycle.description)}</p>{stages}")
            return self.tr("Network lifecycle"), "".join(parts)
        if key == "prompts":
            parts = [
                f"<h3>{self.t(prompt_set.title)}</h3>{_list((self.t(p) for p in prompt_set.prompts), True)}"
                for prompt_set in tools.prompt_sets
            ]
            return self.tr("Discussion prompts"), "".join(parts)
        if key == "templates":
            parts = []
            for template in tools.series_templates:
                workshops = _list(
                    f"<b>{self.t(w.title)}</b>: "
                    + ", ".join(self._item_title(item.activity, item.title) for item in w.agenda)
                    for w in template.workshops
                )
                parts.append(f"<h3>{self.t(template.title)}</h3><p>{self.t(template.description)}</p>{workshops}")
            return self.tr("Workshop series"), "".join(parts)
        sheet = tools.indicator_sheet
        goals = _list(
            f"<b>{self.t(goal.goal)}</b>{_list(self.t(i) for i in goal.indicators)}" for goal in sheet.sub_goals
        )
        body = (
            f"<p>{self.t(sheet.note)}</p>{_list((self.t(s) for s in sheet.steps), True)}"
            f"<h3>{self.t(sheet.main_goal)}</h3>{goals}"
        )
        return self.tr("Goals and indicators"), body

    def _item_title(self, activity_key: str | None, title: LocalText | None) -> str:
        activity = self.catalogue.activity(activity_key) if activity_key else None
        if activity is not None:
            return self.t(activity.title)
        return self.t(title) if title is not None else ""

    def _fill_glossary(self) -> None:
        headers = [self.tr("Term"), *(LANGUAGE_NAMES[code] for code in self.others), self.tr("Definition")]
        self.glossary.setHorizontalHeaderLabels(headers)
        terms = sorted(self.catalogue.glossary, key=lambda term: term.term.get(self.language).casefold())
        self.glossary.setRowCount(len(terms))
        for row, term in enumerate(terms):
            cells = [term.term.get(self.language), *(term.term.get(code) for code in self.others)]
            cells.append(term.definition.get(self.language))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                if column == 0:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setData(Qt.ItemDataRole.UserRole, term.key)
                self.glossary.setItem(row, column, item)
        for column, width in enumerate((220, 200, 200)):
            self.glossary.setColumnWidth(column, width)
        self.glossary.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.glossary.resizeRowsToContents()

    # --- showing and searching ---------------------------------------------------------------------------

    def _show_phase(self, row: int) -> None:
        item = self.phase_list.item(row)
        self.phase_text.setHtml(item.data(Qt.ItemDataRole.UserRole) if item else "")
        self._find_in(self.phase_text)

    def _show_tool(self, row: int) -> None:
        item = self.tool_list.item(row)
        self.tool_text.setHtml(item.data(Qt.ItemDataRole.UserRole) if item else "")
        self._find_in(self.tool_text)

    def _find_in(self, browser: QTextBrowser) -> None:
        query = self.search.text().strip()
        if query:
            browser.moveCursor(browser.textCursor().MoveOperation.Start)
            browser.find(query)

    def _filter(self, text: str) -> None:
        """Keep the phases, tools and terms that mention ``text`` (case and accents as typed)."""
        query = text.strip().casefold()
        for listing in (self.phase_list, self.tool_list):
            for row in range(listing.count()):
                item = listing.item(row)
                content = f"{item.text()} {item.data(Qt.ItemDataRole.UserRole)}".casefold()
                item.setHidden(bool(query) and query not in content)
        for row in range(self.glossary.rowCount()):
            content = " ".join(
                cell.text()
                for column in range(self.glossary.columnCount())
                if (cell := self.glossary.item(row, column))
            )
            self.glossary.setRowHidden(row, bool(query) and query not in content.casefold())
        for listing, show in ((self.phase_list, self._show_phase), (self.tool_list, self._show_tool)):
            current = listing.currentItem()
            if current is None or current.isHidden():
                visible = next((r for r in range(listing.count()) if not listing.item(r).isHidden()), -1)
                listing.setCurrentRow(visible)
            else:
                show(listing.currentRow())

    def show_part(self, part: str | None) -> None:
        """Open the part of the method for a page: ``phase-N``, ``workshops`` (the tools) or ``glossary``."""
        if part is not None and part.startswith("phase-") and part[6:].isdigit():
            self.tabs.setCurrentIndex(0)
            self.phase_list.setCurrentRow(int(part[6:]) - 1)
        elif part in ("workshops", "tools"):
            self.tabs.setCurrentIndex(1)
        elif part == "glossary":
            self.tabs.setCurrentIndex(2)
        else:
            self.tabs.setCurrentIndex(0)


def show_method_help(
    parent: QWidget, catalogue: Catalogue | None, language: str, part: str | None = None
) -> MethodHelpDialog:
    """Show the window's method dialog (one per window, kept between openings) at ``part``."""
    dialog = parent.findChild(MethodHelpDialog)
    if dialog is None or dialog.catalogue is not (catalogue or default_catalogue()) or dialog.language != language:
        if dialog is not None:
            dialog.deleteLater()
        dialog = MethodHelpDialog(catalogue or default_catalogue(), language, parent)
    dialog.show_part(part)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
