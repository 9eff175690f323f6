"""Cards wholly under others are left out of a paint (issue 18), and the board looks exactly the same."""

import random
import uuid

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QRegion
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


def crowded_view(qtbot: QtBot, workspace: Workspace, *, notes: int, spread: float, seed: int) -> BoardView:
    """The demo's VALUMA board with ``notes`` more notes of random colours within ``spread`` of its centre,
    in a view at 1366x768 fitted to the board."""
    board_id = valuma_id(workspace)
    rng = random.Random(seed)
    for index in range(notes):
        colour = rng.choice(geo.NOTE_PALETTE)
        x, y = rng.uniform(-spread, spread), rng.uniform(-spread, spread)
        boards.add_note(workspace.store, board_id, f"Idea {index}", x, y, colour=colour)
    view = BoardView(BoardScene(workspace, board_id))
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.fit()
    return view


def test_a_crowded_board_looks_the_same_and_paints_fewer_cards(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = crowded_view(qtbot, workspace, notes=200, spread=0.3, seed=3)
    scene = view.board
    scene.note_items()[5].setSelected(True)
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
        monkeypatch.setattr(note_item, "hidden_cards", lambda _items, _slack, _exposed=None: frozenset())
        assert _grab(view) == shown
        monkeypatch.setattr(note_item, "hidden_cards", real_hidden)


def test_in_a_pass_of_a_few_patches_a_card_is_left_out_if_its_part_there_is_covered(
    stack: tuple[QGraphicsScene, NoteItem, list[NoteItem]],
) -> None:
    scene, under, covers = stack
    for cover in covers[2::3]:  # the right-hand column: the card's right side shows
        scene.removeItem(cover)
    assert note_item.hidden_cards(front_to_back(scene), 1.0) == frozenset()
    box = under.sceneBoundingRect()
    left_patch = QRegion(QRect(int(box.left()) - 5, int(box.top()) - 5, int(box.width() / 3), int(box.height()) + 10))
    assert note_item.hidden_cards(front_to_back(scene), 1.0, left_patch) == {under}
    right_patch = QRegion(QRect(int(box.right()) - 10, int(box.top()), 20, int(box.height())))
    assert note_item.hidden_cards(front_to_back(scene), 1.0, right_patch) == frozenset()
    far_away = QRegion(QRect(5000, 5000, 10, 10))  # nothing there: nothing painted, nothing left out
    assert note_item.hidden_cards(front_to_back(scene), 1.0, far_away) == frozenset()


def _patches(view: BoardView, patches: QRegion) -> QImage:
    """What a pass that paints only ``patches`` of the viewport leaves there (the rest stays grey)."""
    image = QImage(view.viewport().size(), QImage.Format.Format_RGB32)
    image.fill(QColor("#808080"))
    painter = QPainter(image)
    view.viewport().render(painter, QPoint(0, 0), patches)
    painter.end()
    return image


def test_a_pass_of_scattered_patches_looks_the_same_with_cards_left_out(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = crowded_view(qtbot, workspace, notes=150, spread=0.5, seed=8)
    _grab(view)
    # as phones' new cards far apart expose a few patches: their bounding rectangle holds most of the board
    patches = QRegion()
    for left, top in ((300, 200), (900, 250), (500, 520), (1000, 560)):
        patches = patches.united(QRect(left, top, 90, 60))
    left_out: list[frozenset[NoteItem]] = []
    real_hidden = note_item.hidden_cards

    def counted(items: list[QGraphicsItem], slack: float, exposed: QRegion | None = None) -> frozenset[NoteItem]:
        assert exposed is not None  # the view tells which patches the pass paints
        left_out.append(real_hidden(items, slack, exposed))
        return left_out[-1]

    monkeypatch.setattr(note_item, "hidden_cards", counted)
    shown = _patches(view, patches)
    assert left_out and left_out[-1]  # some cards under the patches were left out
    monkeypatch.setattr(note_item, "hidden_cards", lambda _items, _slack, _exposed=None: frozenset())
    assert _patches(view, patches) == shown
