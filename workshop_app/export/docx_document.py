"""What every exported DOCX shares: an editable document an official can paste into the municipality's
template, that a screen reader can navigate.

Real heading styles (Title, Heading 1-3: Word's own, so they map onto any template's and keep with the next
paragraph), real tables with a repeated header row, the document language set on the text (spelling,
hyphenation and reading aloud follow it) and in the properties, automatic hyphenation on, and the core
properties filled (title with the programme, author the facilitator, subject, keywords).
"""

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

import docx
from docx.document import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from workshop_app.export.document import atomic_output
from workshop_app.export.labels import Labels

LANGUAGE_TAGS: Final = {"en": "en-GB", "fi": "fi-FI", "nb": "nb-NO"}
ALERT: Final = RGBColor(0xA3, 0x20, 0x18)
DONE: Final = RGBColor(0x2E, 0x6B, 0x34)
MUTED: Final = RGBColor(0x5D, 0x68, 0x73)


class DocxWriter:
    """A DOCX being written: headings, paragraphs, label/value tables and data tables."""

    def __init__(self, labels: Labels, *, title: str, author: str, subject: str, keywords: Sequence[str]) -> None:
        self.labels = labels
        self.document: Document = docx.Document()
        tag = LANGUAGE_TAGS[labels.language]
        properties = self.document.core_properties
        properties.title = title
        properties.author = author.strip() or labels("common.app_name")
        properties.subject = subject
        properties.keywords = ", ".join(word for word in keywords if word.strip())
        properties.language = tag
        properties.comments = ""
        self._set_language(tag)
        normal = self.document.styles["Normal"]
        normal.font.size = Pt(10.5)

    def _set_language(self, tag: str) -> None:
        """The language of every run (the defaults of the styles), and hyphenation on (Word's settings)."""
        styles = self.document.styles.element
        defaults = styles.find(qn("w:docDefaults"))
        run_defaults = defaults.find(qn("w:rPrDefault")) if defaults is not None else None
        properties = run_defaults.find(qn("w:rPr")) if run_defaults is not None else None
        if properties is None:  # pragma: no cover - python-docx's default template has them
            return
        language = properties.find(qn("w:lang"))
        if language is None:
            language = OxmlElement("w:lang")
            properties.append(language)
        language.set(qn("w:val"), tag)
        language.set(qn("w:eastAsia"), tag)
        settings = self.document.settings.element
        if settings.find(qn("w:autoHyphenation")) is None:
            hyphenation = OxmlElement("w:autoHyphenation")
            settings.append(hyphenation)

    # --- content ------------------------------------------------------------------------------------------

    def kicker(self, text: str) -> None:
        paragraph = self.document.add_paragraph()
        run = paragraph.add_run(text.upper())
        run.bold = True
        run.font.size = Pt(8.5)

    def title(self, text: str) -> None:
        self.document.add_heading(text, level=0)

    def heading(self, text: str, level: int = 1) -> None:
        self.document.add_heading(text, level=level)

    def paragraph(self, text: str, *, muted: bool = False, bold: bool = False, colour: RGBColor | None = None) -> None:
        paragraph = self.document.add_paragraph()
        run = paragraph.add_run(text)
        run.bold = bold
        if muted:
            run.italic = True
            run.font.color.rgb = MUTED
        if colour is not None:
            run.font.color.rgb = colour

    def paragraphs(self, text: str) -> None:
        for part in text.replace("\r\n", "\n").split("\n\n"):
            if part.strip():
                self.document.add_paragraph(part.strip("\n"))

    def numbered(self, items: Sequence[str]) -> None:
        for item in items:
            self.document.add_paragraph(item, style="List Number")

    def bullets(self, items: Sequence[str]) -> None:
        for item in items:
            self.document.add_paragraph(item, style="List Bullet")

    def facts(self, rows: Sequence[tuple[str, str]]) -> Any:
        """Label/value pairs (the facts at the head of a document, the approval block)."""
        table = self.document.add_table(rows=len(rows), cols=2)  # made whole: far cheaper than row by row
        table.style = "Table Grid"
        for row, (label, value) in zip(table.rows, rows, strict=True):
            cells = row.cells
            cells[0].paragraphs[0].add_run(label).bold = True
            cells[1].text = value
        return table

    def table(self, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> Any:
        """A data table: the header row bold and repeated on every page, then ``rows`` (texts).

        The table is made whole with its rows (python-docx builds it in one piece), then filled: adding rows
        one at a time costs a width lookup per cell and was most of the time of a long table."""
        table = self.document.add_table(rows=len(rows) + 1, cols=len(header))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        all_rows = table.rows
        first = all_rows[0]
        mark = OxmlElement("w:tblHeader")
        mark.set(qn("w:val"), "true")
        first._tr.get_or_add_trPr().append(mark)
        for cell, text in zip(first.cells, header, strict=True):
            cell.paragraphs[0].add_run(text).bold = True
        for row, values in zip(all_rows[1:], rows, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                if value is not None and value != "":
                    cell.paragraphs[0].add_run(str(value))
        return table

    def save(self, out: Path) -> Path:
        with atomic_output(Path(out)) as temporary:
            self.document.save(str(temporary))
        return Path(out)
