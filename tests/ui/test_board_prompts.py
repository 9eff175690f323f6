"""Prompt cards and the hybrid models A–D beside the board, driven through the real widgets: a prompt shown to
the room, accepted into the group's list in one undo step (a scenario's pro or con, or a question as a note),
undone and redone, still accepted and still the method's after the file is reopened, and listed as the
method's in the Pros and cons tab and the minutes; the models A–D with their quadrants, a hybrid recorded as a
decision; shortcuts and names for screen readers."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.templates import DEMO_TODAY
from tests.test_export_common import pdf_text, unhyphenated
from tests.ui.board_helpers import shown, valuma_id
from ui.board import prompts_panel
from ui.board.board_window import BoardWindow
from ui.board.procons_model import TEXT
from ui.commands import OperationCommand, update_command
from ui.workspace import Workspace
from workshop_app.domain.enums import Quadrant
from workshop_app.export.minutes import export_minutes
from workshop_app.operations.changes import Kind
from workshop_app.operations.notes import AddNote, CreateBoard, MoveNotes
from workshop_app.services import boards, method_tools, workshops
from workshop_app.storage.store import ProgrammeStore

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def open_window(qtbot: QtBot, workspace: Workspace, board_id: object) -> BoardWindow:
    window = BoardWindow(workspace, board_id)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    shown(window)
    return window


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> Iterator[BoardWindow]:
    board_window = open_window(qtbot, workspace, valuma_id(workspace))
    yield board_window
    board_window.close()


def back_to_the_laptop(qtbot: QtBot, window: BoardWindow, focus: QWidget) -> None:
    """The presentation window took the activation when it opened; the facilitator's window gets it back."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    focus.setFocus()


def choose_group(window: BoardWindow, key: str) -> None:
    panel = window.prompts
    panel.group.setCurrentIndex(panel.group.findData(key))
    panel.group.activated.emit(panel.group.currentIndex())


def method_rows(workspace: Workspace, board_id: object, quadrant: str) -> list[object]:
    items = boards.list_pro_cons(workspace.store, board_id)  # type: ignore[arg-type]
    return [item for item in items if item.origin == "method" and item.quadrant == quadrant]


def test_the_prompts_that_fit_the_board(window: BoardWindow) -> None:
    """The VALUMA board: its four scenarios' pros and cons first, then the method's four prompt sets."""
    panel = window.prompts
    keys = [panel.group.itemData(row) for row in range(panel.group.count())]
    assert keys == [
        "scenario:top_left",
        "scenario:top_right",
        "scenario:bottom_left",
        "scenario:bottom_right",
        "core_questions",
        "regions_perspective",
        "state_role",
        "leadership_challenges",
    ]
    scenario_cards = sum(len(group.cards) for group in panel._groups if group.quadrant is not None)
    set_cards = sum(len(group.cards) for group in panel._groups if group.quadrant is None)
    assert (scenario_cards, set_cards) == (20, 20)
    assert "Picking winners" in panel.group.itemText(0)
    assert panel.list.item(0).text().startswith("+ Pro:")  # pros first, then cons, in the method's order
    assert not any(card.accepted for group in panel._groups for card in group.cards)


def test_a_scenario_prompt_shown_accepted_undone_redone_and_kept(
    qtbot: QtBot, window: BoardWindow, workspace: Workspace, demo_path: Path, tmp_path: Path
) -> None:
    panel = window.prompts
    board_id = window.scene.board_id
    window.procons.show_quadrant(Quadrant.TOP_LEFT)
    own = window.procons.model.rowCount()
    prompt = method_rows(workspace, board_id, "top_left")[0]
    assert all(window.procons.model.record(row).id != prompt.id for row in range(own))  # waits in the Prompts tab
    qtbot.keyClick(window.view, Qt.Key.Key_M, CTRL | SHIFT)
    assert window.panel.tabs.currentWidget() is panel and panel.list.hasFocus()
    choose_group(window, "scenario:top_left")
    panel.list.setCurrentRow(0)
    assert panel.card.text() == prompt.text and not panel.card.isVisible()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return, CTRL | SHIFT)  # show it to the room
    assert panel.reveal.isChecked() and "Shown to the room" in panel.state.text()
    assert panel.card.isVisible()  # large in the tab too, for a laptop screen on the wall
    room = window.room.open_presentation()  # opened afterwards, it shows the card revealed
    shown(window)
    assert room.prompt_shown() == prompt.text and room.prompt.isVisible()
    window.room.close_presentation()  # the wall took the focus; the facilitator works at the laptop
    back_to_the_laptop(qtbot, window, panel.list)
    depth = workspace.undo_stack.count()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return, CTRL)  # accept it
    assert workspace.undo_stack.count() == depth + 1
    stored = next(item for item in method_rows(workspace, board_id, "top_left") if item.id == prompt.id)
    assert stored.accepted and stored.origin == "method"
    assert panel.chosen().accepted and not panel.accept.isEnabled() and panel.take_back.isEnabled()
    assert not panel.list.currentItem().icon().isNull()
    listed = [window.procons.model.record(row).id for row in range(window.procons.model.rowCount())]
    assert prompt.id in listed
    shown_text = window.procons.model.index(listed.index(prompt.id), TEXT).data()
    assert shown_text == f"{prompt.text} (prompt from the method)"
    room = window.room.open_presentation()
    assert room.prompt_shown() == prompt.text  # still on the wall until the facilitator hides it
    window.room.close_presentation()
    back_to_the_laptop(qtbot, window, panel.list)
    workspace.undo_stack.undo()
    assert not panel.chosen().accepted and panel.accept.isEnabled()
    assert window.procons.model.rowCount() == own
    workspace.undo_stack.redo()
    assert panel.chosen().accepted and window.procons.model.rowCount() == own + 1
    qtbot.keyClick(panel.list, Qt.Key.Key_Return, CTRL | SHIFT)
    assert not panel.reveal.isChecked()
    room = window.room.open_presentation()
    assert room.prompt_shown() is None and not room.prompt.isVisible()
    window.close()
    workspace.close()
    again = Workspace(ProgrammeStore.open(demo_path))
    try:
        reopened = open_window(qtbot, again, board_id)
        choose_group(reopened, "scenario:top_left")
        reopened.prompts.list.setCurrentRow(0)
        assert reopened.prompts.chosen().key == f"procon:{prompt.id}" and reopened.prompts.chosen().accepted
        workshop_id = boards.get_board(again.store, board_id).workshop_id
        text = unhyphenated(pdf_text(export_minutes(again.store, workshop_id, tmp_path / "m.pdf", today=DEMO_TODAY)))
        assert unhyphenated(f"{prompt.text} (prompt from the method)") in text
        reopened.close()
    finally:
        again.close()


def test_taking_a_prompt_back(window: BoardWindow, workspace: Workspace) -> None:
    """Take back (or Delete in the Pros and cons tab) puts the prompt back among the prompts, one undo step
    each; the method's row stays in the file."""
    panel = window.prompts
    choose_group(window, "scenario:bottom_right")
    panel.list.setCurrentRow(1)
    assert panel.accept_chosen()
    card = panel.chosen()
    assert card.accepted and panel.take_back_chosen()
    assert not panel.chosen().accepted
    assert panel.accept_chosen()
    window.procons.show_quadrant(Quadrant.BOTTOM_RIGHT)
    model = window.procons.model
    row = next(r for r in range(model.rowCount()) if model.record(r).id == card.pro_con_id)
    assert not model.flags(model.index(row, TEXT)) & Qt.ItemFlag.ItemIsEditable  # the method's words stay
    assert model.remove_row(row)
    assert not panel.chosen().accepted
    assert any(item.id == card.pro_con_id for item in boards.list_pro_cons(workspace.store, window.scene.board_id))
    workspace.undo_stack.undo()
    assert panel.chosen().accepted


def test_a_question_becomes_a_note_and_counts_as_accepted_after_reopening(
    qtbot: QtBot, workspace: Workspace, demo_path: Path
) -> None:
    """On a board without scenarios only the method's prompt sets are offered; an accepted question is a note."""
    workshop = workshops.list_workshops(workspace.store)[0]
    made = workspace.run(CreateBoard(workshop.id, "Open questions")).result
    window = open_window(qtbot, workspace, made.id)
    panel = window.prompts
    assert panel.group.itemData(0) == "core_questions" and panel.group.count() == 4
    assert not window.panel.tabs.isTabVisible(window.panel.tabs.indexOf(window.hybrids))  # A-D: VALUMA only
    panel.list.setCurrentRow(2)
    question = panel.chosen().text
    depth = workspace.undo_stack.count()
    panel.accept.trigger()
    assert workspace.undo_stack.count() == depth + 1
    notes = boards.list_notes(workspace.store, made.id)
    assert [note.text for note in notes] == [question]
    assert panel.chosen().accepted and not panel.take_back.isEnabled()
    assert "a note on the board" in panel.state.text()
    assert any(item.record.text == question for item in window.scene.note_items())
    workspace.undo_stack.undo()
    assert not boards.list_notes(workspace.store, made.id) and not panel.chosen().accepted
    workspace.undo_stack.redo()
    assert panel.chosen().accepted
    window.close()
    workspace.close()
    again = Workspace(ProgrammeStore.open(demo_path))
    try:
        reopened = open_window(qtbot, again, made.id)
        reopened.prompts.list.setCurrentRow(2)
        assert reopened.prompts.chosen().accepted
        reopened.close()
    finally:
        again.close()


def test_a_frozen_round_shows_prompts_but_takes_none(window: BoardWindow) -> None:
    window.prompts.set_board(window.scene.board_id, {}, editable=False)
    window.prompts.list.setCurrentRow(0)
    assert window.prompts.reveal.isEnabled() and not window.prompts.accept.isEnabled()
    assert not window.prompts.accept_chosen()


def test_hybrid_models_beside_the_valuma_board(qtbot: QtBot, window: BoardWindow, workspace: Workspace) -> None:
    panel = window.hybrids
    tabs = window.panel.tabs
    assert tabs.isTabVisible(tabs.indexOf(panel))
    qtbot.keyClick(window.view, Qt.Key.Key_B, CTRL | SHIFT)
    assert tabs.currentWidget() is panel and panel.models_view.hasFocus()
    titles = {key: labels[0].text() for key, labels in panel.model_labels.items()}
    corners = {key: labels[2].text() for key, labels in panel.model_labels.items()}
    assert list(titles) == ["A", "B", "C", "D"] and all(titles.values())
    assert "Top left" in corners["A"] and "Picking winners" in corners["A"]
    assert "Bottom right" in corners["D"]
    workshop_id = boards.get_board(workspace.store, window.scene.board_id).workshop_id
    before = len(method_tools.list_hybrids(workspace.store, workshop_id))
    qtbot.keyClick(panel.models_view, Qt.Key.Key_Y, CTRL | SHIFT)
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.models["A"].setChecked(True)
    dialog.models["C"].setChecked(True)
    dialog.decision.setText("A national forum with a targeted fund")
    dialog.reason.setPlainText("Both levels at the table")
    depth = workspace.undo_stack.count()
    assert dialog.record()
    assert workspace.undo_stack.count() == depth + 1
    chosen = method_tools.list_hybrids(workspace.store, workshop_id)
    assert len(chosen) == before + 1 and any(h.models == "A,C" for h in chosen)
    QApplication.processEvents()
    assert "A + C: A national forum with a targeted fund\nWhy: Both levels at the table" in panel.recorded.text()
    workspace.undo_stack.undo()
    assert len(method_tools.list_hybrids(workspace.store, workshop_id)) == before
    assert "A national forum" not in panel.recorded.text()


def test_names_for_screen_readers(window: BoardWindow) -> None:
    prompts, hybrids = window.prompts, window.hybrids
    for widget in (prompts.group, prompts.list, prompts.card, hybrids.models_view):
        assert widget.accessibleName()
    assert prompts.group_label.buddy() is prompts.group
    for action in (prompts.reveal, prompts.accept, prompts.take_back, hybrids.record):
        assert action.text() and action.shortcut().toString() in action.toolTip()
    assert all(labels[0].accessibleDescription() for labels in hybrids.model_labels.values())
    item = prompts.list.item(0)
    assert item.data(Qt.ItemDataRole.AccessibleDescriptionRole)


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_room_card_is_never_cut(
    qtbot: QtBot, window: BoardWindow, workspace: Workspace, size: tuple[int, int]
) -> None:
    """The longest prompt in each language, whole on the wall: every line inside the card, the card inside the
    band, every letter kept, the text at least 16 px."""
    room = window.room.open_presentation()
    room.resize(*size)
    shown(window)
    prompts = [prompt for group in method_tools.tools_of(workspace.store).prompt_sets for prompt in group.prompts]
    for language in ("en", "fi", "nb"):
        text = max((prompt.get(language) for prompt in prompts), key=len)
        room.show_prompt("Heading", text, language)
        shown(window)
        label = room.prompt_text
        metrics = QFontMetricsF(label.font())
        lines = label.text().split("\n")
        assert all(metrics.horizontalAdvance(line) <= label.width() + 0.5 for line in lines), language
        assert room.prompt.geometry().bottom() <= room.band.height(), language
        assert [c for c in label.text() if c.isalnum()] == [c for c in text if c.isalnum()]
        assert label.font().pixelSize() >= 16


def test_a_drag_reads_nothing_and_a_note_that_says_a_prompt_counts(
    window: BoardWindow, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Moving notes changes no card, so the tab reads nothing; a note whose text becomes a question of the
    method (typed by the group) makes that question accepted, and undoing the edit takes it back."""
    calls: list[object] = []
    real = boards.list_pro_cons
    monkeypatch.setattr(boards, "list_pro_cons", lambda *args, **kwargs: calls.append(args) or real(*args, **kwargs))
    item = window.scene.note_items()[0]
    x, y = item.normalised()
    workspace.apply(OperationCommand(workspace, "Move", MoveNotes({item.note_id: (x * 0.9, y * 0.9)})))
    shown(window)
    assert boards.get_note(workspace.store, item.note_id).x == pytest.approx(x * 0.9)
    assert calls == []
    choose_group(window, "core_questions")
    window.prompts.list.setCurrentRow(1)
    question = window.prompts.chosen().text
    assert not window.prompts.chosen().accepted
    workspace.apply(update_command(workspace, "Edit", Kind.NOTE, item.note_id, {"text": question}))
    shown(window)
    assert window.prompts.chosen().accepted and calls == []
    workspace.undo_stack.undo()
    shown(window)
    assert not window.prompts.chosen().accepted


def test_a_phones_own_note_rebuilds_no_prompt_card(
    window: BoardWindow, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the room writes, each new note of the room's own words leaves the tab alone: only a note that
    says a prompt's words can change a card (fifty phones would otherwise rebuild the lists fifty times)."""
    built: list[object] = []
    real = prompts_panel.board_prompts
    monkeypatch.setattr(prompts_panel, "board_prompts", lambda *args: built.append(args) or real(*args))
    workspace.run(AddNote(window.scene.board_id, "Our own idea from a phone", 0.2, 0.3))
    shown(window)
    assert built == []
    choose_group(window, "core_questions")
    window.prompts.list.setCurrentRow(0)
    question = window.prompts.chosen().text
    workspace.run(AddNote(window.scene.board_id, question, 0.0, 0.1))
    shown(window)
    assert len(built) == 1 and window.prompts.chosen().accepted
