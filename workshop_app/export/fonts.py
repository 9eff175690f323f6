"""The one type family of every exported PDF: Noto Sans, shipped in ``resources/fonts`` and embedded.

Noto Sans covers Finnish, Norwegian and the Sámi letters (ŋ ŧ đ č š ž á ...). Every paragraph, table and
drawing of an export names one of the four faces below, so no base-14 font ever enters a PDF.
"""

import threading
import unicodedata
from pathlib import Path
from typing import Final

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from workshop_app.paths import resources_dir

FAMILY: Final = "NotoSans"
REGULAR: Final = "NotoSans"
BOLD: Final = "NotoSans-Bold"
ITALIC: Final = "NotoSans-Italic"
BOLD_ITALIC: Final = "NotoSans-BoldItalic"

FILES: Final = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ITALIC: "NotoSans-Italic.ttf",
    BOLD_ITALIC: "NotoSans-BoldItalic.ttf",
}
LICENCE_FILE: Final = "LICENSE-NotoSans.txt"

# Characters users type that the family has no glyph for, printed as their plain equivalents.
_SUBSTITUTES: Final = str.maketrans(
    {"→": "->", "←": "<-", "↔": "<->", "⇒": "=>", "⇐": "<=", "⇔": "<=>", "−": "-", "✓": "x", "✔": "x", "✗": "x"}
)

_lock = threading.Lock()
_registered = False


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def register_fonts() -> None:
    """Register the four faces and the family with ReportLab once (safe to call from any thread).

    Also sets ReportLab to write compressed streams without the ASCII85 layer on top: files are smaller
    and ReportLab's ASCII85 encoder (pure Python) was a fifth of the time of an export.
    """
    global _registered
    with _lock:
        if _registered:
            return
        rl_config.useA85 = 0
        folder = fonts_dir()
        for name, file in FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / file)))
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
        _registered = True


def face(*, bold: bool = False, italic: bool = False) -> str:
    """The name of the face with the given weight and slant."""
    if bold:
        return BOLD_ITALIC if italic else BOLD
    return ITALIC if italic else REGULAR


def printable(text: str) -> str:
    """``text`` with the few common symbols the family lacks replaced by plain equivalents, and any other
    character it has no glyph for (emoji, most symbols) shown visibly as its code point, ``[U+2615]``, rather
    than silently dropped; invisible joiners and variation selectors of such characters are left out."""
    text = text.translate(_SUBSTITUTES)
    if text.isascii():
        return text
    covered = _covered()
    if all(ord(char) in covered for char in text):
        return text
    return "".join(_shown(char, covered) for char in text)


def _shown(char: str, covered: frozenset[int]) -> str:
    code = ord(char)
    if code in covered or char in "\n\r\t":
        return char
    if unicodedata.category(char) == "Cf" or 0xFE00 <= code <= 0xFE0F or 0x1F3FB <= code <= 0x1F3FF:
        return ""  # joiners, variation selectors, skin tones: parts of a sequence shown by its base
    return f"[U+{code:04X}]"


_coverage: frozenset[int] | None = None


def _covered() -> frozenset[int]:
    """The code points every face of the family draws (the regular face's, which the others share)."""
    global _coverage
    if _coverage is None:
        register_fonts()
        font = pdfmetrics.getFont(REGULAR)
        _coverage = frozenset(font.face.charToGlyph)
    return _coverage


def text_width(text: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, font, size))
