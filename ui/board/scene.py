"""The board scene: a mirror of one board in the programme file, refreshed by diffing, never rebuilt.

``sync`` reads the whole board in one snapshot (:func:`board_view.read_board`) and updates, moves, adds or
removes note items by id; after that, each change set the workspace announces is mirrored by reading only
what it names (:meth:`BoardScene.mirror`): the notes named, the dots if votes changed, the action flags if
actions did, the whole board again only if its own row (or a round of it) changed. The file stays the truth.
What people do on the scene is reported as intents (``notes_dragged``, ``note_written``, ``text_edited``) for
the controller to turn into undoable commands: a drag is reported once, on release, so nothing is written
while a note follows the pointer.

Notes live on two layers. While notes are dragged they move to the drag layer and the view shows everything
else as one still picture (``drag_started``/``drag_ended``), so a frame repaints the dragged notes and a patch of
that picture, however many notes the board holds.
"""

import bisect
import uuid
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene, QGraphicsSceneMouseEvent

from ui.board import describe
from ui.board.axes_item import AxesItem
from ui.board.burst import BurstGate
from ui.board.geometry import CANVAS, clamped_point, normalised
from ui.board.note_editor import NoteTextEditor
from ui.board.note_item import NoteItem
from ui.workspace import Workspace
from workshop_app.board_geometry import DEFAULT_NOTE_COLOUR
from workshop_app.domain.models import BoardView
from workshop_app.errors import NotFoundError
from workshop_app.operations.changes import EMPTY, ChangeSet, Kind
from workshop_app.services import board_view
from workshop_app.services.board_view import BoardNote, BoardState, Tally

SCENE_SLACK = 120.0
"""Room around the sheet, so a zoomed-in view can scroll a little past its edge."""
ARRIVALS_MS = 100
"""While phones write, the scene takes in change sets at most this often (see ``BoardScene.arrivals``)."""


@dataclass(frozen=True)
class NoteMove:
    note_id: uuid.UUID
    old: tuple[float, float]
    new: tuple[float, float]


class Part(StrEnum):
    """What a mirrored change set altered on the scene; the window updates only the panels these feed."""

    BOARD = "board"  # the board's row or its rounds: everything was read again
    NOTES = "notes"  # notes added, changed or gone (their text, place, colour, author, face)
    VOTES = "votes"  # dots: per note and per voter
    ACTIONS = "actions"  # which notes are in the action plan


@dataclass(frozen=True)
class Mirrored:
    """One change set as the scene took it in: the set itself and the parts of the scene it changed."""

    changes: ChangeSet
    parts: frozenset[Part]


def _layer(z: float) -> QGraphicsRectItem:
    """An empty item that holds notes: hiding it hides them all in one call."""
    layer = QGraphicsRectItem()
    layer.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
    layer.setZValue(z)
    return layer


class BoardScene(QGraphicsScene):
    """One board. ``sync`` after every change of the file; intents are signals for the controller."""

    notes_dragged = Signal(object)  # list[NoteMove], once per drag, on release
    drag_started = Signal()  # the selected notes are on the drag layer now
    drag_ended = Signal()
    note_written = Signal(float, float, str)  # a new note's position and text
    text_edited = Signal(object, str)  # note id, new text
    board_gone = Signal()
    board_changed = Signal()  # another round is shown (set_board)
    frozen_touched = Signal()  # a note of a frozen round was pulled at: it stays, and the window says why
    mirrored = Signal(object)  # Mirrored: after the scene took in a change set (or read the whole board)

    def __init__(self, workspace: Workspace, board_id: uuid.UUID, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.board_id = board_id
        self.setSceneRect(CANVAS.adjusted(-SCENE_SLACK, -SCENE_SLACK, SCENE_SLACK, SCENE_SLACK))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.axes = AxesItem()
        self.addItem(self.axes)
        self.notes_layer = _layer(0)
        self.drag_layer = _layer(1)
        self.addItem(self.notes_layer)
        self.addItem(self.drag_layer)
        self._lifted: list[NoteItem] = []
        self.board: BoardView | None = None
        self.rounds: list[BoardView] = []
        self.tally = Tally()
        self.labels: dict[str, str] = {}
        self.show_authors = True
        self.room_language: str | None = None  # set while a room view shows the board (see set_room)
        self.card_scale = 1.0
        self.editable = not workspace.store.read_only
        self.draft_colour = DEFAULT_NOTE_COLOUR
        self.editor: NoteTextEditor | None = None
        self._items: dict[uuid.UUID, NoteItem] = {}
        self._order: list[uuid.UUID] = []
        self._pressed: dict[uuid.UUID, QPointF] | None = None
        self._pulled_frozen = False
        self._held = EMPTY  # changes heard during a drag, mirrored on release
        self._sync_after_drag = False
        # Change sets go through at once; while ``arrivals.busy`` says phones may be writing (the window sets it),
        # those of one burst are merged and taken in at most every ARRIVALS_MS: one read, one sort and one paint
        # pass for several phones' notes instead of one each, on the loop that also answers the phones.
        me = weakref.ref(self)  # no reference cycle: a scene without a parent dies with its last reference

        def take(changes: ChangeSet) -> None:
            scene = me()
            if scene is not None:
                scene._take(changes)

        self.arrivals: BurstGate[ChangeSet] = BurstGate(
            take,
            ChangeSet.merge,
            busy=lambda: False,
            urgent=lambda changes: changes.touches(Kind.BOARD),
            interval_ms=ARRIVALS_MS,
            parent=self,
        )
        self.sync()
        workspace.changes_applied.connect(self._heard)

    def _heard(self, changes: ChangeSet) -> None:
        self.arrivals.push(changes)

    def _take(self, changes: ChangeSet) -> None:
        if self._pressed is not None:
            self._held = self._held.merge(changes)  # never pull a note from under the pointer
            return
        self.mirror(changes)

    # --- mirroring the file --------------------------------------------------------------------------------------

    def sync(self) -> None:
        """Read the whole board again and bring the scene in line, touching only the notes that differ."""
        if self._pressed is not None:
            self._sync_after_drag = True  # never pull a note from under the pointer
            return
        self._held = EMPTY
        self.arrivals.stop()  # what it held back is read below
        self._read_all(EMPTY)

    def _read_all(self, changes: ChangeSet) -> None:
        try:
            state = board_view.read_board(self.workspace.store, self.board_id)
        except NotFoundError:
            self.board = None
            self.board_gone.emit()
            return
        self.apply_state(state)
        self.mirrored.emit(Mirrored(changes, frozenset(Part)))

    def mirror(self, changes: ChangeSet) -> None:
        """Take in one change set, reading only what it names (see the module's docstring)."""
        if self.board is None:
            return
        if changes.ids(Kind.BOARD) & ({self.board_id} | {board.id for board in self.rounds}):
            self._read_all(changes)
            return
        note_ids = set(changes.ids(Kind.NOTE))
        authors = changes.ids(Kind.PARTICIPANT)
        if authors:  # a name changed or erased, or a person removed: their notes show another name now
            note_ids.update(i for i, item in self._items.items() if item.record.participant_id in authors)
        votes, actions = changes.touches(Kind.VOTE), changes.touches(Kind.ACTION)
        if not (note_ids or votes or actions):
            self.mirrored.emit(Mirrored(changes, frozenset()))
            return
        update = board_view.read_update(self.workspace.store, self.board_id, note_ids, votes=votes, actions=actions)
        parts: set[Part] = set()
        if self._upsert(update.notes, update.missing):
            parts.add(Part.NOTES)
        if update.tally is not None:
            self.tally = update.tally
            parts.add(Part.VOTES)
            for item in self._items.values():
                votes_now = update.tally.per_note.get(item.note_id, 0)
                if item.record.votes != votes_now:
                    item.set_data(replace(item.record, votes=votes_now))
        if update.with_actions is not None:
            parts.add(Part.ACTIONS)
            for item in self._items.values():
                flagged = item.note_id in update.with_actions
                if item.record.has_action != flagged:
                    item.set_data(replace(item.record, has_action=flagged))
        self.mirrored.emit(Mirrored(changes, frozenset(parts)))

    def _upsert(self, present: list[BoardNote], missing: Iterable[uuid.UUID]) -> bool:
        """Show ``present`` (changed ones updated, new ones added in the board's order), drop ``missing``."""
        changed = False
        for data in present:
            item = self._items.get(data.id)
            if item is None:
                # A card that arrives while the board is shown (a phone's, another window's) keeps its pixels:
                # in a burst every new card repaints the cards it overlaps, which then blit instead of paint.
                self._add_item(data).cache_pixels()
                bisect.insort(self._order, data.id, key=self._place)
                changed = True
            elif item.record != data:
                item.set_data(data)
                changed = True
        gone = [note_id for note_id in missing if note_id in self._items]
        for note_id in gone:
            self._remove_item(note_id)
        if gone:
            self._order = [note_id for note_id in self._order if note_id in self._items]
        return changed or bool(gone)

    def _place(self, note_id: uuid.UUID) -> tuple[datetime, str]:
        """Where a shown note stands in the board's order (``_order`` is kept sorted by it)."""
        return self._items[note_id].record.order()

    def _add_item(self, data: BoardNote) -> NoteItem:
        item = NoteItem(data, show_author=self.show_authors, movable=self.editable, layer=self.notes_layer)
        self._items[data.id] = item
        if self.room_language is not None:
            _roomed(item, self.room_language, self.card_scale)
        return item

    def _remove_item(self, note_id: uuid.UUID) -> None:
        item = self._items.pop(note_id)
        if self.editor is not None and self.editor.note is item:
            self.editor.finish(False)
        self.removeItem(item)

    def set_board(self, board_id: uuid.UUID) -> None:
        """Show another board (another round of this one): every note item is made anew."""
        self.finish_editing(accepted=False)
        for item in self._items.values():
            self.removeItem(item)
        self._items.clear()
        self._order = []
        self.board_id = board_id
        self.sync()
        self.board_changed.emit()

    def apply_state(self, state: BoardState) -> None:
        self.board = state.board
        self.rounds = list(state.rounds)
        self.tally = state.tally
        editable = not self.workspace.store.read_only and state.board.frozen_at is None
        if editable != self.editable:
            self.editable = editable
            for existing in self._items.values():
                existing.set_movable(editable)
        self.labels = state.labels
        self.axes.set_labels(self.labels)
        seen: set[uuid.UUID] = set()
        for data in state.notes:
            seen.add(data.id)
            item = self._items.get(data.id)
            if item is None:
                self._add_item(data)
            elif item.record != data:
                item.set_data(data)
        for gone in [note_id for note_id in self._items if note_id not in seen]:
            self._remove_item(gone)
        self._order = [data.id for data in state.notes]

    # --- reading the mirror ---------------------------------------------------------------------------------------

    def note_item(self, note_id: uuid.UUID) -> NoteItem | None:
        return self._items.get(note_id)

    def notes(self) -> list[BoardNote]:
        """What the file says of every note shown, in the board's order (for panels computed from the notes)."""
        return [item.record for item in self.note_items()]

    def note_items(self) -> list[NoteItem]:
        """Every note, in the order they were written."""
        return [self._items[note_id] for note_id in self._order if note_id in self._items]

    def selected_notes(self) -> list[NoteItem]:
        return [item for item in self.note_items() if item.isSelected()]

    def reading_order(self) -> list[NoteItem]:
        """Notes top to bottom, then left to right, as the eye reads the board (for Tab)."""
        return sorted(self.note_items(), key=lambda item: (item.pos().y(), item.pos().x(), str(item.note_id)))

    def describe(self, item: NoteItem) -> str:
        x, y = item.normalised()
        data = item.record
        return describe.note(
            self.labels,
            text=data.text,
            x=x,
            y=y,
            hidden=data.hidden,
            author=data.author if item.author_shown else "",
            votes=data.votes,
            has_action=data.has_action,
        )

    def hidden_count(self) -> int:
        return len([item for item in self._items.values() if item.record.hidden])

    def set_show_authors(self, show: bool) -> None:
        self.show_authors = show
        for item in self._items.values():
            item.set_show_author(show)

    def set_room(self, language: str | None, card_scale: float = 1.0) -> None:
        """The board as a room view shows it (``language``: the notes' language): every note's whole text fitted
        to its card, the cards enlarged by ``card_scale`` so the wall can read them; None: as the facilitator's."""
        self.room_language = language
        self.card_scale = card_scale if language is not None else 1.0
        for item in self._items.values():
            _roomed(item, language, self.card_scale)

    def select_only(self, items: list[NoteItem]) -> None:
        """Select exactly ``items`` and give the first the keyboard focus."""
        self.clearSelection()
        for item in items:
            item.setSelected(True)
        if items:
            self.setFocusItem(items[0], Qt.FocusReason.OtherFocusReason)

    # --- editing in place -----------------------------------------------------------------------------------------

    def start_draft(self, point: QPointF) -> NoteTextEditor | None:
        """A blank card at ``point`` (moved onto the board) with its editor open; written only when kept."""
        if not self.editable:
            return None
        self.finish_editing()
        x, y = normalised(clamped_point(point))
        draft = NoteItem(BoardNote(uuid.uuid4(), "", x, y, self.draft_colour), show_author=False, movable=False)
        draft.setZValue(5)
        self.addItem(draft)
        editor = self._open_editor(draft)

        def done(text: str, accepted: bool) -> None:
            self.removeItem(draft)
            if accepted and text:
                self.note_written.emit(x, y, text)

        editor.finished.connect(done)
        return editor

    def start_editing(self, item: NoteItem) -> NoteTextEditor | None:
        """Open the in-place editor on ``item`` (not on a face-down card: its text is not shown yet)."""
        if not self.editable or item.record.hidden:
            return None
        self.finish_editing()
        editor = self._open_editor(item)
        note_id, before = item.note_id, item.record.text

        def done(text: str, accepted: bool) -> None:
            if accepted and text and text != before:
                self.text_edited.emit(note_id, text)
            if item.scene() is self:
                self.setFocusItem(item)

        editor.finished.connect(done)
        return editor

    def finish_editing(self, *, accepted: bool = True) -> None:
        if self.editor is not None:
            self.editor.finish(accepted)

    def _open_editor(self, item: NoteItem) -> NoteTextEditor:
        editor = NoteTextEditor(item)
        self.editor = editor

        def closed(_text: str, _accepted: bool) -> None:
            if self.editor is editor:
                self.editor = None
            if editor.scene() is not None:
                editor.scene().removeItem(editor)  # also takes it off the card

        editor.finished.connect(closed)
        self.clearSelection()
        item.setSelected(True)
        item.setZValue(5)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return editor

    # --- mouse ----------------------------------------------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mousePressEvent(event)
        grabber = self.mouseGrabberItem()
        if event.button() == Qt.MouseButton.LeftButton and isinstance(grabber, NoteItem):
            if self.editable:
                self._pressed = {item.note_id: item.pos() for item in self.selected_notes()}
            else:
                self._pulled_frozen = self.board is not None and self.board.frozen_at is not None

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._pressed is not None and not self._lifted and event.buttons() & Qt.MouseButton.LeftButton:
            self._lift()
        if self._pulled_frozen and event.buttons() & Qt.MouseButton.LeftButton:
            self._pulled_frozen = False
            self.frozen_touched.emit()  # once per press
        super().mouseMoveEvent(event)

    def _lift(self) -> None:
        """Put the dragged notes on the drag layer (their positions do not change: both layers sit at 0, 0)."""
        self._lifted = self.selected_notes()
        for item in self._lifted:
            item.cache_pixels()
            item.setParentItem(self.drag_layer)
        self.drag_started.emit()

    def _set_down(self) -> None:
        lifted, self._lifted = self._lifted, []
        if lifted:
            self.drag_ended.emit()
            for item in lifted:
                item.setParentItem(self.notes_layer)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        self._pulled_frozen = False
        self._set_down()
        pressed, self._pressed = self._pressed, None
        if pressed is None:
            return
        moves = []
        for note_id, start in pressed.items():
            item = self._items.get(note_id)
            if item is not None and item.pos() != start:
                moves.append(NoteMove(note_id, normalised(start), item.normalised()))
        if moves:
            self.notes_dragged.emit(moves)
        held, self._held = self._held, EMPTY
        if self._sync_after_drag:
            self._sync_after_drag = False
            self.sync()
        elif held:
            self.mirror(held)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        item = self.note_at(event.scenePos())
        if self.editor is not None and item is self.editor.note:
            super().mouseDoubleClickEvent(event)  # a double-click inside the editor selects a word
            return
        if item is not None:
            self.start_editing(item)
        else:
            self.start_draft(event.scenePos())
        event.accept()

    def note_at(self, point: QPointF) -> NoteItem | None:
        """The note under a scene point (its card or anything on it), or None."""
        for item in self.items(point):
            found: QGraphicsItem | None = item
            while found is not None and not isinstance(found, NoteItem):
                found = found.parentItem()
            if isinstance(found, NoteItem):
                return found
        return None


def _roomed(item: NoteItem, language: str | None, scale: float) -> None:
    item.set_room(language)
    if item.scale() != scale:
        item.setScale(scale)
