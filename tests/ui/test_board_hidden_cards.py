"""Cards wholly under others are left out of a paint (issue 18), and the board looks exactly the same."""

import random
import uuid

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene
from pytestqt.qtbot import QtBot

from tests.ui.board_helpers import valuma_id
from ui.board import note_item
from ui.board.note_item import NoteItem
from ui.board.scene import BoardScene
from ui.board.view import BoardView
from ui.workspace import Workspace
from workshop_app import board_geometry as geo
from workshop_app.services import boards
from workshop_app.services.board_view import BoardNote

COVERS = [(dx, dy) for dy in (-60.0, 0.0, 60.0) for dx in (-120.0, 0.0, 120.0)]
"""Nine cards around a card's place, whose bodies together cover all it draws (shadow, ring and badge too)."""


def card(scene: QGraphicsScene, at: QPointF, *, votes: int = 0, colour: str = "#90caf9") -> NoteItem:
    item = NoteItem(BoardNote(uuid.uuid4(), "A note", 0.0, 0.0, colour, author="Aino", votes=votes))
    item.setPos(at)
    scene.addItem(item)  # added later: in front of the cards added before
    return item


def front_to_back(scene: QGraphicsScene) -> list[QGraphicsItem]:
    return scene.items(Qt.SortOrder.DescendingOrder)


@pytest.fixture
def stack(qapp: object) -> tuple[QGraphicsScene, NoteItem, list[NoteItem]]:
    scene = QGraphicsScene()
    under = card(scene, QPointF(0, 0), votes=3)
    covers = [card(scene, QPointF(dx, dy)) for dx, dy in COVERS]
    return scene, under, covers


def test_a_card_wholly_under_opaque_cards_is_left_out(stack: tuple[QGraphicsScene, NoteItem, list[NoteItem]]) -> None:
    scene, under, _covers = stack
    assert note_item.hidden_cards(front_to_back(scene), 1.0) == {under}


def test_a_card_that_peeks_out_is_painted(stack: tuple[QGraphicsScene, NoteItem, list[NoteItem]]) -> None:
    scene, _under, covers = stack
    scene.removeItem(covers[2])  # the top-right one: the vote badge shows
    assert note_item.hidden_cards(front_to_back(scene), 1.0) == frozenset()


def test_a_card_that_keeps_its_pixels_is_always_painted(
    stack: tuple[QGraphicsScene, NoteItem, list[NoteItem]],
) -> None:
    scene, under, _covers = stack
    under.cache_pixels()  # its cache would keep a blank card, shown once the covers move away
    assert note_item.hidden_cards(front_to_back(scene), 1.0) == frozenset()


def test_see_through_cards_hide_nothing(stack: tuple[QGraphicsScene, NoteItem, list[NoteItem]]) -> None:
    scene, _under, covers = stack
    for cover in covers:
        cover.setOpacity(0.5)
    assert note_item.hidden_cards(front_to_back(scene), 1.0) == frozenset()
    for cover in covers:
        cover.setOpacity(1.0)
        cover.set_data(BoardNote(cover.note_id, "A note", 0.0, 0.0, "#90caf980"))  # a colour with alpha
    assert note_item.hidden_cards(front_to_back(scene), 1.0) == frozenset()


def test_a_wide_slack_leaves_nothing_out(stack: tuple[QGraphicsScene, NoteItem, list[NoteItem]]) -> None:
    scene, _under, _covers = stack
    assert note_item.hidden_cards(front_to_back(scene), 40.0) == frozenset()


def _grab(view: BoardView) -> QImage:
    return view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def test_a_crowded_board_looks_the_same_and_paints_fewer_cards(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    board_id = valuma_id(workspace)
    rng = random.Random(3)
    for index in range(200):
        colour = rng.choice(geo.NOTE_PALETTE)
        boards.add_note(
            workspace.store, board_id, f"Idea {index}", rng.uniform(-0.3, 0.3), rng.uniform(-0.3, 0.3), colour=colour
        )
    scene = BoardScene(workspace, board_id)
    scene.note_items()[5].setSelected(True)
    view = BoardView(scene)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.fit()
    painted: list[NoteItem] = []
    real = NoteItem._layout

    def laid_out(item: NoteItem) -> None:
        painted.append(item)
        real(item)

    monkeypatch.setattr(NoteItem, "_layout", laid_out)
    shown = _grab(view)
    assert 0 < len(painted) < 0.75 * len(scene.note_items())  # only the cards that show were laid out and drawn
    monkeypatch.undo()
    real_hidden = note_item.hidden_cards
    for zoom in (1.0, 2.5):
        view.zoom_by(zoom)
        shown = _grab(view)
        monkeypatch.setattr(note_item, "hidden_cards", lambda _items, _slack: frozenset())
        assert _grab(view) == shown
        monkeypatch.setattr(note_item, "hidden_cards", real_hidden)
