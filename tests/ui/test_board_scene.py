"""The board scene mirrors the file: one item per note where the file says, refreshed by diffing, and every
edit made through the controller is one undoable command whose result is in the file."""

import uuid

import pytest
from PySide6.QtCore import QCoreApplication

from ui.board.commands import MoveNotesCommand
from ui.board.controller import BoardController
from ui.board.geometry import scene_point
from ui.board.scene import BoardScene, NoteMove
from ui.workspace import Workspace
from workshop_app import board_geometry as geo
from workshop_app.services import actions, boards


def valuma_id(workspace: Workspace) -> uuid.UUID:
    return next(board.id for board in boards.list_boards(workspace.store) if board.preset_key == "valuma")


@pytest.fixture
def scene(workspace: Workspace) -> BoardScene:
    return BoardScene(workspace, valuma_id(workspace))


@pytest.fixture
def controller(workspace: Workspace, scene: BoardScene) -> BoardController:
    return BoardController(workspace, scene)


def positions(workspace: Workspace, board_id: uuid.UUID) -> dict[uuid.UUID, tuple[float, float]]:
    return {note.id: (note.x, note.y) for note in boards.list_notes(workspace.store, board_id)}


def test_one_item_per_note_at_its_stored_position(workspace: Workspace, scene: BoardScene) -> None:
    notes = boards.list_notes(workspace.store, scene.board_id)
    assert len(notes) == 23
    assert len(scene.note_items()) == 23
    for note in notes:
        item = scene.note_item(note.id)
        assert item is not None
        assert item.pos() == scene_point(note.x, note.y)
        assert item.normalised() == (note.x, note.y)
        assert item.record.text == note.text
        assert item.record.colour == note.colour


def test_labels_votes_authors_and_actions_are_mirrored(workspace: Workspace, scene: BoardScene) -> None:
    board = boards.get_board(workspace.store, scene.board_id)
    assert scene.axes.label("x_low") == board.x_low == "Top-down"
    assert scene.axes.label("title_top_right") == board.title_top_right
    votes = boards.vote_counts(workspace.store, scene.board_id)
    with_actions = actions.notes_with_actions(workspace.store, scene.board_id)
    for item in scene.note_items():
        assert item.record.votes == votes.get(item.note_id, 0)
        assert item.record.has_action == (item.note_id in with_actions)
    authored = {note.id for note in boards.list_notes(workspace.store, scene.board_id) if note.participant_id}
    assert {item.note_id for item in scene.note_items() if item.record.author} == authored


def test_refresh_updates_adds_and_removes_items_by_id_without_rebuilding(
    workspace: Workspace, scene: BoardScene
) -> None:
    before = {item.note_id: item for item in scene.note_items()}
    first, second = list(before)[:2]
    boards.update_note(workspace.store, first, {"text": "Changed outside the board"})
    boards.delete_note(workspace.store, second)
    added = boards.add_note(workspace.store, scene.board_id, "A new idea", 0.25, -0.5)
    scene.sync()
    after = {item.note_id: item for item in scene.note_items()}
    assert second not in after and added.id in after
    assert after[first] is before[first] and after[first].record.text == "Changed outside the board"
    assert all(after[note_id] is item for note_id, item in before.items() if note_id != second)
    assert before[second].scene() is None
    assert after[added.id].pos() == scene_point(0.25, -0.5)


def test_accessible_text_says_where_the_note_is_in_the_boards_words(scene: BoardScene) -> None:
    item = next(
        item
        for item in scene.note_items()
        if item.record.text == "Youth house in the old bank building" and item.normalised()[0] < 0
    )
    x, y = item.normalised()
    text = scene.describe(item)
    assert text.startswith(f"Youth house in the old bank building — top left: leaning to “Top-down” ({x:+.2f})")
    assert f"“Targeted thematic development” ({y:+.2f})" in text
    assert "Written by" in text


def test_colour_of_several_notes_is_one_undo_step(
    workspace: Workspace, scene: BoardScene, controller: BoardController
) -> None:
    chosen = scene.note_items()[:3]
    scene.select_only(chosen)
    old = {item.note_id: item.record.colour for item in chosen}
    controller.set_colour("#90caf9")
    assert {boards.get_note(workspace.store, note_id).colour for note_id in old} == {"#90caf9"}
    assert {item.record.colour for item in chosen} == {"#90caf9"}
    assert workspace.undo_stack.count() == 1
    workspace.undo_stack.undo()
    assert {note_id: boards.get_note(workspace.store, note_id).colour for note_id in old} == old


def test_colour_by_author_gives_each_author_one_colour(
    workspace: Workspace, scene: BoardScene, controller: BoardController
) -> None:
    assert controller.colour_by_author("Colour notes by author")
    by_author: dict[uuid.UUID, set[str]] = {}
    for note in boards.list_notes(workspace.store, scene.board_id):
        if note.participant_id is not None:
            by_author.setdefault(note.participant_id, set()).add(note.colour)
    assert all(len(colours) == 1 for colours in by_author.values())
    workspace.undo_stack.undo()
    assert len({note.colour for note in boards.list_notes(workspace.store, scene.board_id)}) == 5


def test_delete_several_notes_and_undo_restores_them_with_votes(
    workspace: Workspace, scene: BoardScene, controller: BoardController
) -> None:
    votes = boards.vote_counts(workspace.store, scene.board_id)
    voted = [item for item in scene.note_items() if item.record.votes][:2]
    scene.select_only(voted)
    assert controller.delete_selected()
    assert len(boards.list_notes(workspace.store, scene.board_id)) == 21
    assert len(scene.note_items()) == 21
    workspace.undo_stack.undo()
    assert len(scene.note_items()) == 23
    assert boards.vote_counts(workspace.store, scene.board_id) == votes
    workspace.undo_stack.redo()
    assert len(boards.list_notes(workspace.store, scene.board_id)) == 21


def test_hidden_notes_are_face_down_until_revealed(
    workspace: Workspace, scene: BoardScene, controller: BoardController
) -> None:
    secret = [
        boards.add_note(workspace.store, scene.board_id, f"Secret {n}", 0.1 * n, 0.1, hidden=True) for n in (1, 2)
    ]
    scene.sync()
    assert scene.hidden_count() == 2
    item = scene.note_item(secret[0].id)
    assert item is not None and item.record.hidden
    assert "Secret" not in scene.describe(item) and "Secret" not in item.toolTip()
    assert scene.start_editing(item) is None  # its text is not shown, so it is not edited either
    assert controller.reveal()
    assert not any(boards.get_note(workspace.store, note.id).hidden for note in secret)
    assert scene.hidden_count() == 0 and "Secret 1" in scene.describe(item)
    workspace.undo_stack.undo()
    assert all(boards.get_note(workspace.store, note.id).hidden for note in secret)
    assert scene.hidden_count() == 2
    workspace.undo_stack.redo()
    assert scene.hidden_count() == 0


def test_keyboard_moves_are_written_at_once_and_merge_into_one_undo_step(
    workspace: Workspace, scene: BoardScene, controller: BoardController
) -> None:
    item = scene.note_items()[0]
    start = item.normalised()
    scene.select_only([item])
    for _ in range(3):
        assert controller.move_selected(0.05, 0)
        assert boards.get_note(workspace.store, item.note_id).x == item.normalised()[0]
    assert controller.move_selected(0, -0.01)
    assert item.normalised() == (round(start[0] + 0.15, 2), round(start[1] - 0.01, 2))
    assert workspace.undo_stack.count() == 1
    workspace.undo_stack.undo()
    note = boards.get_note(workspace.store, item.note_id)
    assert (note.x, note.y) == start == item.normalised()


def test_keyboard_moves_stop_at_the_edge_of_the_board(scene: BoardScene, controller: BoardController) -> None:
    item = scene.note_items()[0]
    scene.select_only([item])
    for _ in range(60):
        controller.move_selected(0.05, 0.05)
    assert item.normalised() == (1.0, 1.0)
    assert not controller.move_selected(0.05, 0)


def test_drag_command_moves_several_notes_in_one_write(
    workspace: Workspace, scene: BoardScene, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real = boards.move_notes
    monkeypatch.setattr(boards, "move_notes", lambda store, moves: calls.append(len(moves)) or real(store, moves))
    items = scene.note_items()[:4]
    moves = [NoteMove(item.note_id, item.normalised(), (0.5, -0.25 * n)) for n, item in enumerate(items)]
    assert workspace.apply(MoveNotesCommand(workspace, moves))
    assert calls == [4]
    assert [item.normalised() for item in items] == [(0.5, -0.25 * n) for n in range(4)]
    workspace.undo_stack.undo()
    assert calls == [4, 4]
    assert [item.normalised() for item in items] == [move.old for move in moves]


def test_a_refused_move_leaves_the_file_and_the_scene_as_they_were(
    workspace: Workspace, scene: BoardScene, controller: BoardController
) -> None:
    item = scene.note_items()[0]
    before = item.normalised()
    failures: list[str] = []
    workspace.failed.connect(failures.append)
    boards.delete_note(workspace.store, scene.note_items()[1].note_id)  # deleted behind the board's back
    gone = scene.note_items()[1]
    moves = [NoteMove(item.note_id, before, (0.0, 0.0)), NoteMove(gone.note_id, gone.normalised(), (0.1, 0.1))]
    controller._dragged(moves)
    assert failures
    assert workspace.undo_stack.count() == 0
    note = boards.get_note(workspace.store, item.note_id)
    assert (note.x, note.y) == before == item.normalised()
    assert gone.scene() is None


def test_board_deleted_elsewhere_is_reported(workspace: Workspace, scene: BoardScene) -> None:
    gone: list[bool] = []
    scene.board_gone.connect(lambda: gone.append(True))
    boards.delete_board(workspace.store, scene.board_id)
    scene.sync()
    assert gone == [True]
    QCoreApplication.processEvents()


def test_new_notes_use_the_chosen_colour_author_and_face(
    workspace: Workspace, scene: BoardScene, controller: BoardController
) -> None:
    notes = boards.list_notes(workspace.store, scene.board_id)
    person = next(note.participant_id for note in notes if note.participant_id)
    controller.set_colour(geo.NOTE_PALETTE[2])
    controller.new_note_author = person
    controller.new_notes_hidden = True
    note_id = controller.add_note(0.3, 0.3, "Written face down")
    assert note_id is not None
    note = boards.get_note(workspace.store, note_id)
    made = (note.colour, note.participant_id, note.hidden, note.x, note.y)
    assert made == (geo.NOTE_PALETTE[2], person, True, 0.3, 0.3)
    item = scene.note_item(note_id)
    assert item is not None and item.record.hidden
    workspace.undo_stack.undo()
    assert scene.note_item(note_id) is None
    workspace.undo_stack.redo()
    assert scene.note_item(note_id) is not None
