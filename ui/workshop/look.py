"""Visual helpers shared by the workshop widgets.

Roles name the text styles the application style sheet defines, so headings look the same on every page.
The warning look is derived from the palette (a deeper red on light themes, a lighter one on dark themes)
and is always paired with an icon or words, so it never relies on colour alone.
"""

import re

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QWidget

PAGE_TITLE = "pageTitle"
SECTION_TITLE = "sectionTitle"
MUTED = "muted"


def set_role(widget: QWidget, role: str) -> None:
    """Give ``widget`` a text role of the style sheet; re-polished so a later change shows too."""
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def without_mnemonic(text: str) -> str:
    """A label's text as it reads (for accessible names): "&&" becomes "&", a single "&" disappears."""
    return re.sub(r"&(.)", r"\1", text)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def warning_colour(palette: QPalette) -> QColor:
    """A red that stays readable on this palette's window colour."""
    return QColor.fromHsl(4, 200, 185 if is_dark(palette) else 90)


def show_as_warning(widget: QWidget, warning: bool) -> None:
    """Text of ``widget`` in the warning colour, or back to the inherited palette."""
    if not warning:
        widget.setPalette(QPalette())
        return
    parent = widget.parentWidget()
    palette = QPalette(parent.palette() if parent is not None else widget.palette())
    colour = warning_colour(palette)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(role, colour)
    widget.setPalette(palette)


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    """The widget's font ``factor`` times larger (for headings that must carry across a room)."""
    font = QFont(widget.font())
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * factor)
    font.setBold(bold)
    return font
