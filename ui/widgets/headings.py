"""Labels for page titles, section titles and quieter secondary text, alike on every page.

Each carries a ``role`` property the application style sheet can refine; the font and colour set here keep
the hierarchy visible without a style sheet too. Colours come from the palette (light and dark themes).
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

PAGE_TITLE_SCALE = 1.9
SECTION_TITLE_SCALE = 1.3


def _label(parent: QWidget | None, role: str, scale: float, *, bold: bool) -> QLabel:
    label = QLabel(parent)
    label.setProperty("role", role)
    label.setIndent(0)  # a style sheet's padding would otherwise indent the text past the page's left edge
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    return label


def page_title(parent: QWidget | None = None) -> QLabel:
    return _label(parent, "pageTitle", PAGE_TITLE_SCALE, bold=True)


def section_title(parent: QWidget | None = None) -> QLabel:
    label = _label(parent, "sectionTitle", SECTION_TITLE_SCALE, bold=True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def body_text(parent: QWidget | None = None, *, scale: float = 1.0) -> QLabel:
    """Wrapping, selectable text (method texts are long and worth copying into minutes)."""
    return _label(parent, "body", scale, bold=False)


def muted_text(parent: QWidget | None = None) -> QLabel:
    label = _label(parent, "muted", 1.0, bold=False)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    return label
