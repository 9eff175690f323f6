"""Paragraph and table styles of the exported PDFs: one family, light rules, clear headings."""

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Table, TableStyle

from workshop_app.export.fonts import BOLD, ITALIC, REGULAR, register_fonts
from workshop_app.export.hyphenation import hyphenator

INK: Final = colors.HexColor("#1d2329")
MUTED_HEX: Final = "#5d6873"
MUTED: Final = colors.HexColor(MUTED_HEX)
ACCENT: Final = colors.HexColor("#1f4e79")
RULE: Final = colors.HexColor("#c9d0d7")
RULE_STRONG: Final = colors.HexColor("#7d8893")
HEADER_FILL: Final = colors.HexColor("#edf1f5")
TOTAL_FILL: Final = colors.HexColor("#f6f8fa")
ALERT_HEX: Final = "#a32018"
ALERT: Final = colors.HexColor(ALERT_HEX)
ALERT_FILL: Final = colors.HexColor("#fbeceb")
DONE_HEX: Final = "#2e6b34"
DONE_FILL: Final = colors.HexColor("#e8f3e9")

CELL_PADDING: Final = 4.0


@dataclass(frozen=True)
class Styles:
    kicker: ParagraphStyle
    title: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    muted: ParagraphStyle
    small: ParagraphStyle
    bullet: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_muted: ParagraphStyle
    cell_right: ParagraphStyle
    cell_bullet: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    meta_label: ParagraphStyle
    meta_value: ParagraphStyle


@functools.cache
def styles(language: str = "en") -> Styles:
    """The styles of a document in ``language``: its paragraphs and table cells break long words at their
    syllables with a hyphen (:mod:`workshop_app.export.hyphenation`), never in mid-syllable without one."""
    register_fonts()
    base = ParagraphStyle(
        "base",
        fontName=REGULAR,
        fontSize=9.5,
        leading=13.5,
        textColor=INK,
        alignment=TA_LEFT,
        splitLongWords=1,
        hyphenationLang=hyphenator(language),
        hyphenationMinWordLength=5,
        bulletFontName=REGULAR,
        allowWidows=0,
        allowOrphans=0,
        spaceBefore=0,
        spaceAfter=0,
    )

    def style(name: str, parent: ParagraphStyle = base, **values: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=parent, **values)

    cell = style("cell", fontSize=8.5, leading=11.2)
    head = style("cell_head", cell, fontName=BOLD, textColor=INK)
    return Styles(
        kicker=style(
            "kicker", hyphenationLang="", fontName=BOLD, fontSize=8.5, leading=11, textColor=ACCENT, spaceAfter=2
        ),
        title=style("title", hyphenationLang="", fontName=BOLD, fontSize=19, leading=24, spaceAfter=10),
        h1=style(
            "h1",
            hyphenationLang="",  # headings break between words only
            fontName=BOLD,
            fontSize=13.5,
            leading=17,
            textColor=ACCENT,
            spaceBefore=16,
            spaceAfter=6,
            keepWithNext=1,
        ),
        h2=style("h2", hyphenationLang="", fontName=BOLD, fontSize=11, leading=14, spaceBefore=11, spaceAfter=4),
        h3=style("h3", hyphenationLang="", fontName=BOLD, fontSize=9.5, leading=13, spaceBefore=8, spaceAfter=2),
        body=style("body", spaceAfter=5),
        muted=style("muted", textColor=MUTED, fontName=ITALIC, spaceAfter=5),
        small=style("small", fontSize=8, leading=10.5, textColor=MUTED),
        bullet=style("bullet", leftIndent=12, bulletIndent=2, spaceAfter=2),
        cell=cell,
        cell_bold=style("cell_bold", cell, fontName=BOLD),
        cell_muted=style("cell_muted", cell, textColor=MUTED, fontSize=8, leading=10.5),
        cell_right=style("cell_right", cell, alignment=TA_RIGHT),
        cell_bullet=style("cell_bullet", cell, leftIndent=8, bulletIndent=0, spaceAfter=2.5),
        cell_head=head,
        cell_head_right=style("cell_head_right", head, alignment=TA_RIGHT),
        meta_label=style("meta_label", cell, fontSize=9, leading=12.5, textColor=MUTED),
        meta_value=style("meta_value", cell, fontSize=9, leading=12.5),
    )


def table_style(*, header: bool = True, extra: Sequence[tuple[Any, ...]] = ()) -> TableStyle:
    """Light rules between rows, a tinted header row with a stronger rule below, text at the top of cells."""
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 8.5, 11.2),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 3.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.8),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE_STRONG),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, RULE_STRONG),
        ]
    return TableStyle([*commands, *extra])


def data_table(
    rows: list[list[Any]],
    widths: Sequence[float],
    *,
    header: bool = True,
    extra: Sequence[tuple[Any, ...]] = (),
    split_in_row: bool = False,
    heights: Sequence[float] | None = None,
) -> Table:
    """A table of ``rows`` (the first is the header when ``header``) that breaks across pages, header repeated.

    ``heights`` gives the rows' heights when they are known already (measured before), which saves measuring.
    """
    table = Table(
        rows,
        colWidths=list(widths),
        rowHeights=list(heights) if heights is not None else None,
        repeatRows=1 if header else 0,
        splitInRow=1 if split_in_row else 0,
        hAlign="LEFT",
    )
    table.setStyle(table_style(header=header, extra=extra))
    return table


def meta_table(rows: list[list[Any]], widths: Sequence[float]) -> Table:
    """Label/value pairs (the facts at the head of a document): no header, hairlines between the facts."""
    table = Table(rows, colWidths=list(widths), hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, RULE_STRONG),
            ]
        )
    )
    return table


def banner(text: str, fill: colors.Color, ink_hex: str, width: float) -> Table:
    """A line of bold text on a tinted band across the page (a draft mark, an approval)."""
    from xml.sax.saxutils import escape

    from reportlab.platypus import Paragraph

    style = ParagraphStyle("banner", parent=styles().cell_bold, fontSize=9.5, leading=12.5)
    table = Table([[Paragraph(f'<font color="{ink_hex}">{escape(text)}</font>', style)]], colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), BOLD, 9.5),
                ("BACKGROUND", (0, 0), (-1, -1), fill),
                ("LINEBEFORE", (0, 0), (0, -1), 3, colors.HexColor(ink_hex)),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    table.hAlign = "LEFT"
    table.spaceAfter = 8
    return table
