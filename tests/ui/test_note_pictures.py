"""A note card's shared pictures (card, author line, vote badge) look as the card drawn directly, and a word of
Latin letters measures exactly as Qt measures it whole."""

import random
import uuid

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from ui.board import note_item, text_layout
from ui.board.fonts import board_font
from ui.board.note_item import NoteItem
from workshop_app.services.board_view import BoardNote

LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZåäöæøÅÄÖÆØčđŋšŧžáČĐŊŠŦŽÁ0123456789.,:;!?()-–'/%&@€"


@pytest.mark.parametrize(("size", "bold", "italic"), [(23.0, False, False), (17.0, False, True), (20.0, True, False)])
def test_a_word_measures_as_the_sum_of_its_letters(size: float, bold: bool, italic: bool) -> None:
    rng = random.Random(size)
    metrics = QFontMetricsF(board_font(size, bold=bold, italic=italic))
    text_layout.clear_caches()
    for _ in range(2000):
        word = "".join(rng.choice(LETTERS) for _ in range(rng.randint(1, 14)))
        assert text_layout._advance(word, size, bold, italic) == pytest.approx(
            metrics.horizontalAdvance(word), abs=1e-9
        )
    combining = "cafe\u0301 c\u030c"  # combining marks: measured whole, by Qt
    assert text_layout._advance(combining, size, bold, italic) == metrics.horizontalAdvance(combining)


def _render(item: NoteItem, scale: float, *, pictures: bool, monkeypatch: pytest.MonkeyPatch) -> QImage:
    image = QImage(int(320 * scale) + 4, int(220 * scale) + 4, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(QPointF(160 * scale, 110 * scale))
    painter.scale(scale, scale)
    with monkeypatch.context() as patch:
        if not pictures:
            patch.setattr(note_item, "_device", lambda _painter: None)  # as an export draws it: shapes and text
        item.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    return image


@pytest.mark.parametrize("scale", [0.34, 1.0, 1.7])
def test_the_pictures_look_as_the_card_drawn_directly(scale: float, monkeypatch: pytest.MonkeyPatch) -> None:
    note = BoardNote(
        id=uuid.uuid4(),
        text="Youth house in the old bank building",
        x=0.0,
        y=0.0,
        colour="#ffd54f",
        author="Ingrid Solheim",
        votes=3,
        has_action=True,
        hidden=False,
    )
    item = NoteItem(note)
    copied = _render(item, scale, pictures=True, monkeypatch=monkeypatch)
    drawn = _render(item, scale, pictures=False, monkeypatch=monkeypatch)
    pixels = copied.width() * copied.height()
    far = 0
    for y in range(copied.height()):
        for x in range(copied.width()):
            a, b = QColor(copied.pixel(x, y)), QColor(drawn.pixel(x, y))
            if abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) > 120:
                far += 1
    # Copies land on whole device pixels, so edges may move by less than a pixel; nothing is missing or extra.
    assert far < pixels * 0.02
    dark_copied = sum(
        1 for y in range(copied.height()) for x in range(copied.width()) if QColor(copied.pixel(x, y)).lightness() < 90
    )
    dark_drawn = sum(
        1 for y in range(drawn.height()) for x in range(drawn.width()) if QColor(drawn.pixel(x, y)).lightness() < 90
    )
    assert dark_copied == pytest.approx(dark_drawn, rel=0.15)  # the texts, the badge and the flag are all there
