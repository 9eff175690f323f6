"""Noto Sans for the board, the family the PDF export embeds, so a note wraps the same on screen and on paper.

Board texts are sized in canvas units (:mod:`workshop_app.board_geometry`); a pixel-sized font at scale 1 is
exactly that many units, and the view's transform scales it like everything else. Hinting is off so the
widths the layout measures do not change with the zoom; kerning and ligatures are off because the PDF's
ReportLab measures plain glyph advances, so both break lines at the same words.
"""

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from workshop_app.paths import resources_dir

FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf")
FALLBACK_FAMILY = "Noto Sans"


@cache
def board_family() -> str:
    """The family name of the shipped Noto Sans, loaded into Qt's font database on first use."""
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families[0] if families else FALLBACK_FAMILY


def board_font(size: float, *, bold: bool = False, italic: bool = False) -> QFont:
    """A board font ``size`` canvas units high (the em size, as in the PDF)."""
    font = QFont(board_family())
    font.setPixelSize(max(1, round(size)))
    font.setBold(bold)
    font.setItalic(italic)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(False)
    font.setFeature(QFont.Tag("liga"), 0)
    return font
