"""The board as a picture for print or a report: PNG at print resolution, SVG as vector shapes.

Both render the live scene (``QGraphicsScene.render``), so the file looks like the screen: the same notes,
labels, badges and markers. Selection rings and the editor are not part of the picture.
"""

import math
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem

from ui.board.geometry import CANVAS
from ui.board.scene import BoardScene

PRINT_DPI = 300
PRINT_WIDTH_MM = 297.0
"""The width of A4 landscape (or A3 portrait) at 300 dpi: about 3500 pixels."""
MARGIN = 12.0
NO_CACHE = QGraphicsItem.CacheMode.NoCache
DOTS_PER_METRE = round(PRINT_DPI / 0.0254)


def _area() -> QRectF:
    return CANVAS.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


def _render(scene: BoardScene, painter: QPainter, target: QRectF) -> None:
    selected = scene.selectedItems()
    focus = scene.focusItem()
    scene.clearSelection()
    scene.clearFocus()
    cached = [(item, item.cacheMode()) for item in scene.items() if item.cacheMode() != NO_CACHE]
    for item, _mode in cached:
        item.setCacheMode(NO_CACHE)  # painted afresh onto the file's device: shapes and text, not pixels
    painter.setRenderHints(
        QPainter.RenderHint.Antialiasing
        | QPainter.RenderHint.TextAntialiasing
        | QPainter.RenderHint.SmoothPixmapTransform
    )
    try:
        scene.render(painter, target, _area(), Qt.AspectRatioMode.KeepAspectRatio)
    finally:
        for item, mode in cached:
            item.setCacheMode(mode)
        for item in selected:
            item.setSelected(True)
        if focus is not None:
            scene.setFocusItem(focus)


def export_png(scene: BoardScene, path: Path, *, width_mm: float = PRINT_WIDTH_MM, dpi: int = PRINT_DPI) -> QSize:
    """Write the board as a PNG ``width_mm`` wide at ``dpi``; returns its size in pixels."""
    area = _area()
    width = math.ceil(width_mm / 25.4 * dpi)
    height = math.ceil(width * area.height() / area.width())
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        _render(scene, painter, QRectF(0, 0, width, height))
    finally:
        painter.end()
    writer = QImageWriter(str(path))
    writer.setFormat(QByteArray(b"png"))
    if not writer.write(image):
        raise OSError(writer.errorString())
    return image.size()


def export_svg(scene: BoardScene, path: Path, *, title: str = "", description: str = "") -> None:
    """Write the board as an SVG drawing (text as text, cards as shapes), sized for print at 300 dpi."""
    area = _area()
    width = math.ceil(PRINT_WIDTH_MM / 25.4 * PRINT_DPI)
    height = math.ceil(width * area.height() / area.width())
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setResolution(PRINT_DPI)
    generator.setTitle(title)
    generator.setDescription(description)
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(str(path))
    try:
        _render(scene, painter, QRectF(0, 0, width, height))
    finally:
        painter.end()
