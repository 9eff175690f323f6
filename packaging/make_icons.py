"""Draws the app icon (a 2×2 quadrant board with a sticky note) as SVG, PNGs, .ico and .icns.

    .venv/bin/python packaging/make_icons.py

The outputs are committed; run this again only after changing the drawing. The PNGs are painted with QPainter
from the same shapes the SVG is written from (so the two agree), with less detail at the smallest sizes, where
lines on the note would only blur. Writes resources/icons/ (what the app and the bundles use) and the hicolor
theme layout under packaging/linux/icons/ (what a Linux installation copies).
"""

import os
import sys
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QLinearGradient, QPainter, QPainterPath, QPen

ROOT = Path(__file__).resolve().parent.parent
DESKTOP_ID = "io.github.workshop_app.WorkshopApp"
SIZES = (16, 32, 48, 64, 128, 256, 512)
CANVAS = 512.0


@dataclass(frozen=True)
class Box:
    """A rounded rectangle on the 512-unit canvas."""

    x: float
    y: float
    w: float
    h: float
    r: float


BACKGROUND = Box(32, 32, 448, 448, 100)
BACKGROUND_TOP, BACKGROUND_BOTTOM = "#2f7bb0", "#1b4d78"
TILES = (Box(92, 92, 152, 152, 30), Box(268, 92, 152, 152, 30), Box(92, 268, 152, 152, 30), Box(268, 268, 152, 152, 30))
TILE_COLOURS = ("#e3eef7", "#e3eef7", "#e3eef7", "#e3eef7")
NOTE = Box(-82, -82, 164, 164, 14)  # centred on NOTE_CENTRE, turned by NOTE_ANGLE degrees
NOTE_CENTRE = (318.0, 206.0)
NOTE_ANGLE = -8.0
NOTE_COLOUR, NOTE_SHADOW = "#ffc83d", "#0b2a44"
SHADOW_OFFSET, SHADOW_OPACITY = (6.0, 10.0), 0.32
LINES = ((-50, -30, 50), (-50, 4, 50), (-50, 38, 18))  # x1, y, x2 on the note, before turning
LINE_COLOUR, LINE_WIDTH = "#8a5a00", 14.0


def svg() -> str:
    """The icon as SVG text, from the same shapes the PNGs are painted with."""

    def rect(box: Box, fill: str, extra: str = "") -> str:
        place = f'x="{box.x:g}" y="{box.y:g}" width="{box.w:g}" height="{box.h:g}" rx="{box.r:g}"'
        return f'<rect {place} fill="{fill}"{extra}/>'

    cx, cy = NOTE_CENTRE
    sx, sy = SHADOW_OFFSET
    tiles = "\n  ".join(rect(tile, colour) for tile, colour in zip(TILES, TILE_COLOURS, strict=True))
    lines = "\n    ".join(
        f'<line x1="{x1:g}" y1="{y:g}" x2="{x2:g}" y2="{y:g}" stroke="{LINE_COLOUR}" stroke-width="{LINE_WIDTH:g}" '
        'stroke-linecap="round" stroke-opacity="0.55"/>'
        for x1, y, x2 in LINES
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <title>Workshop App</title>
  <defs>
    <linearGradient id="background" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="{BACKGROUND_TOP}"/>
      <stop offset="1" stop-color="{BACKGROUND_BOTTOM}"/>
    </linearGradient>
  </defs>
  {rect(BACKGROUND, "url(#background)")}
  {tiles}
  <g transform="translate({cx + sx:g} {cy + sy:g}) rotate({NOTE_ANGLE:g})">
    {rect(NOTE, NOTE_SHADOW, f' fill-opacity="{SHADOW_OPACITY:g}"')}
  </g>
  <g transform="translate({cx:g} {cy:g}) rotate({NOTE_ANGLE:g})">
    {rect(NOTE, NOTE_COLOUR)}
    {lines}
  </g>
</svg>
"""


def _path(box: Box) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(box.x, box.y, box.w, box.h), box.r, box.r)
    return path


def render(size: int) -> QImage:
    """The icon at ``size`` pixels; the note's lines and shadow are left out where they would be mush."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / CANVAS, size / CANVAS)
    painter.setPen(Qt.PenStyle.NoPen)
    gradient = QLinearGradient(QPointF(0, BACKGROUND.y), QPointF(0, BACKGROUND.y + BACKGROUND.h))
    gradient.setColorAt(0, QColor(BACKGROUND_TOP))
    gradient.setColorAt(1, QColor(BACKGROUND_BOTTOM))
    painter.fillPath(_path(BACKGROUND), QBrush(gradient))
    for tile, colour in zip(TILES, TILE_COLOURS, strict=True):
        painter.fillPath(_path(tile), QColor(colour))
    cx, cy = NOTE_CENTRE
    if size >= 32:
        shadow = QColor(NOTE_SHADOW)
        shadow.setAlphaF(SHADOW_OPACITY)
        painter.save()
        painter.translate(cx + SHADOW_OFFSET[0], cy + SHADOW_OFFSET[1])
        painter.rotate(NOTE_ANGLE)
        painter.fillPath(_path(NOTE), shadow)
        painter.restore()
    painter.translate(cx, cy)
    painter.rotate(NOTE_ANGLE)
    painter.fillPath(_path(NOTE), QColor(NOTE_COLOUR))
    if size >= 48:
        ink = QColor(LINE_COLOUR)
        ink.setAlphaF(0.55)
        painter.setPen(QPen(ink, LINE_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        for x1, y, x2 in LINES:
            painter.drawLine(QPointF(x1, y), QPointF(x2, y))
    painter.end()
    return image


def write_all(root: Path = ROOT) -> list[Path]:
    """Every icon file; returns what was written."""
    icons = root / "resources" / "icons"
    theme = root / "packaging" / "linux" / "icons" / "hicolor"
    icons.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    text = svg()
    for target in (icons / "workshop-app.svg", theme / "scalable" / "apps" / f"{DESKTOP_ID}.svg"):
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        written.append(target)
    for size in SIZES:
        image = render(size)
        for target in (icons / f"workshop-app-{size}.png", theme / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"):
            target.parent.mkdir(parents=True, exist_ok=True)
            if not image.save(str(target)):
                raise SystemExit(f"could not write {target}")
            written.append(target)
    written += _write_ico_icns(icons)
    return written


def _write_ico_icns(icons: Path) -> list[Path]:
    """Windows .ico and macOS .icns from the PNGs, with Pillow (a dependency of ReportLab, so it is there)."""
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover - Pillow comes with ReportLab
        print("Pillow is missing: no .ico or .icns written", file=sys.stderr)
        return []
    largest = Image.open(icons / "workshop-app-512.png")
    ico = icons / "workshop-app.ico"
    frames = [Image.open(icons / f"workshop-app-{size}.png") for size in SIZES if size <= 256]
    frames[-1].save(ico, format="ICO", sizes=[frame.size for frame in frames], append_images=frames[:-1])
    icns = icons / "workshop-app.icns"
    largest.save(icns, format="ICNS")
    return [ico, icns]


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for path in write_all():
        print(path.relative_to(ROOT))
    del app


if __name__ == "__main__":
    main()
