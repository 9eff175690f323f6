"""Phase 4's goal-and-indicator sheet in the window: started from the method's sheet for a workshop (one
undo step), lines edited in place, sub-goals and indicators added, moved with Alt+Up/Down (an indicator on
into the next sub-goal), deleted with Delete (a sub-goal with its indicators, the main goal never), each
one undo step, undone and redone, and the file read back; the phase-4 page opens it."""

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from ui.canvas.indicator_sheet import LEVEL_ROLE, GoalSheetButton, GoalSheetWindow, start_goal_sheet
from ui.main_window import MainWindow
from ui.pages.phase import PhasePage
from ui.workspace import Workspace
from workshop_app.operations.changes import Kind
from workshop_app.operations.records import Update
from workshop_app.services import method_tools, workshops
from workshop_app.storage.store import ProgrammeStore


def _sheet(qtbot: QtBot, workspace: Workspace) -> GoalSheetWindow:
    workshop = workshops.create_workshop(workspace.store, "Indicator workshop", 4)
    sheet_id = start_goal_sheet(workspace, workshop.id)
    assert sheet_id is not None
    window = GoalSheetWindow(workspace, sheet_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.tree.setFocus()
    return window


def _outline(store: ProgrammeStore, sheet_id: uuid.UUID) -> list[tuple[str, list[str]]]:
    main, goals = method_tools.sheet_outline(store, sheet_id)
    return [(main.text, [])] + [(goal.text if goal else "", [c.text for c in cards]) for goal, cards in goals]


def _on_disk(workspace: Workspace, sheet_id: uuid.UUID) -> list[tuple[str, list[str]]]:
    other = ProgrammeStore.open_for_reading(workspace.store.path)
    try:
        return _outline(other, sheet_id)
    finally:
        other.close()


def test_started_from_the_method_and_undone_whole(qtbot: QtBot, workspace: Workspace) -> None:
    depth = workspace.undo_stack.count()
    demo_sheets = method_tools.list_canvases(workspace.store, kind=method_tools.GOAL_SHEET)  # the demo's own
    window = _sheet(qtbot, workspace)
    assert workspace.undo_stack.count() == depth + 1
    top = window.tree.topLevelItem(0)
    assert top is not None and top.data(0, LEVEL_ROLE) == "Main goal" and top.childCount() == 4
    first = top.child(0)
    assert first is not None and first.data(0, LEVEL_ROLE) == "Sub-goal" and first.childCount() == 2
    indicator = first.child(0)
    assert indicator is not None
    assert indicator.data(0, Qt.ItemDataRole.AccessibleTextRole) == f"Indicator: {indicator.text(0)}"
    assert top.text(0) == "Sustainable population development and well-being in the area"
    assert "DAMVAD" in window.intro.text()
    workspace.undo_stack.undo()
    assert method_tools.list_canvases(workspace.store, kind=method_tools.GOAL_SHEET) == demo_sheets
    assert window.tree.topLevelItemCount() == 0
    workspace.undo_stack.redo()
    assert window.tree.topLevelItemCount() == 1


def test_a_line_edited_in_place_undo_redo(qtbot: QtBot, workspace: Workspace) -> None:
    window = _sheet(qtbot, workspace)
    top = window.tree.topLevelItem(0)
    assert top is not None
    old = top.text(0)
    window.tree.setCurrentItem(top)
    qtbot.keyClick(window.tree, Qt.Key.Key_F2)
    editor = window.tree.focusWidget()
    assert window.tree.state() == window.tree.State.EditingState and editor is not None
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "A good place to live")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _outline(workspace.store, window.sheet_id)[0][0] == "A good place to live")
    assert _on_disk(workspace, window.sheet_id)[0][0] == "A good place to live"
    workspace.undo_stack.undo()
    item = window.tree.topLevelItem(0)
    assert item is not None and item.text(0) == old
    workspace.undo_stack.redo()
    item = window.tree.topLevelItem(0)
    assert item is not None and item.text(0) == "A good place to live"


def test_add_a_sub_goal_and_its_indicator(qtbot: QtBot, workspace: Workspace) -> None:
    window = _sheet(qtbot, workspace)
    qtbot.keyClicks(window.text, "Safer streets")
    window.add_goal_button.click()
    current = window.current_card()
    assert current is not None and current.text == "Safer streets", "the new sub-goal is chosen"
    qtbot.keyClicks(window.text, "Residents who feel safe at night")
    qtbot.keyClick(window.text, Qt.Key.Key_Return)
    outline = _outline(workspace.store, window.sheet_id)
    assert outline[-1] == ("Safer streets", ["Residents who feel safe at night"])
    workspace.undo_stack.undo()
    workspace.undo_stack.undo()
    assert len(_outline(workspace.store, window.sheet_id)) == 5


def test_alt_up_down_move_lines_and_an_indicator_into_the_next_sub_goal(qtbot: QtBot, workspace: Workspace) -> None:
    window = _sheet(qtbot, workspace)
    before = _outline(workspace.store, window.sheet_id)
    first_goal_indicators = before[1][1]
    window.select(_card(window, first_goal_indicators[0]))
    qtbot.keyClick(window.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _outline(workspace.store, window.sheet_id)[1][1] == first_goal_indicators[::-1]
    qtbot.keyClick(window.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # on into sub-goal 2, first
    after = _outline(workspace.store, window.sheet_id)
    assert after[1][1] == [first_goal_indicators[1]]
    assert after[2][1] == [first_goal_indicators[0], *before[2][1]]
    current = window.current_card()
    assert current is not None and current.text == first_goal_indicators[0]
    qtbot.keyClick(window.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # back, as sub-goal 1's last
    assert _outline(workspace.store, window.sheet_id)[1][1] == first_goal_indicators[::-1]
    workspace.undo_stack.undo()
    workspace.undo_stack.undo()
    workspace.undo_stack.undo()
    assert _outline(workspace.store, window.sheet_id) == before
    window.select(_card(window, before[2][0]))
    qtbot.keyClick(window.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [goal for goal, _ in _outline(workspace.store, window.sheet_id)[1:3]] == [before[2][0], before[1][0]]
    assert _on_disk(workspace, window.sheet_id)[1] == before[2]


def test_delete_a_sub_goal_with_its_indicators_but_never_the_main_goal(qtbot: QtBot, workspace: Workspace) -> None:
    window = _sheet(qtbot, workspace)
    before = _outline(workspace.store, window.sheet_id)
    window.select(_card(window, before[1][0]))
    qtbot.keyClick(window.tree, Qt.Key.Key_Delete)
    assert [goal for goal, _ in _outline(workspace.store, window.sheet_id)[1:]] == [g for g, _ in before[2:]]
    depth = workspace.undo_stack.count()
    top = window.tree.topLevelItem(0)
    assert top is not None
    window.tree.setCurrentItem(top)
    qtbot.keyClick(window.tree, Qt.Key.Key_Delete)
    assert workspace.undo_stack.count() == depth and not window.delete_button.isEnabled()
    workspace.undo_stack.undo()
    assert _outline(workspace.store, window.sheet_id) == before
    assert _on_disk(workspace, window.sheet_id) == before


def test_the_phase_4_page_opens_a_sheet(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    third = window.show_page("phase-3")
    assert isinstance(third, PhasePage) and third.goal_sheet_button is None
    page = window.show_page("phase-4")
    assert isinstance(page, PhasePage) and page.goal_sheet_button is not None
    button: GoalSheetButton = page.goal_sheet_button
    qtbot.waitUntil(button.isVisible)
    assert button.accessibleName()
    asked: list[list[str]] = []

    new_for_ours = "New sheet for “Indicator workshop”"

    def pick_ours(*args: object) -> tuple[str, bool]:
        labels = args[3]
        assert isinstance(labels, list)
        asked.append(labels)
        return (new_for_ours if new_for_ours in labels else labels[0]), True

    monkeypatch.setattr(QInputDialog, "getItem", pick_ours)
    workshops.create_workshop(workspace.store, "Indicator workshop", 4)
    phase_four = [w.title for w in workshops.list_workshops(workspace.store) if w.phase == 4]
    assert len(phase_four) == 2  # the demo's planned indicator workshop and this one
    button.click()
    opened = window.findChildren(GoalSheetWindow)
    assert len(opened) == 1 and opened[0].tree.topLevelItemCount() == 1
    demo_sheet = method_tools.list_canvases(workspace.store, kind=method_tools.GOAL_SHEET)[0]
    assert asked[0][0] == f"{demo_sheet.title} – {phase_four[0]}", "the sheets there are offered first"
    new = [label for label in asked[0] if label.startswith("New sheet for")]
    assert new[:2] == [f"New sheet for “{title}”" for title in phase_four], "phase-4 workshops are offered first"
    button.click()
    assert asked[1][1].endswith("– Indicator workshop"), "the sheet made is offered to open"
    assert len(window.findChildren(GoalSheetWindow)) == 2


def _card(window: GoalSheetWindow, text: str) -> uuid.UUID:
    return next(card.id for card in window.cards.values() if card.text == text)


def test_a_line_changed_elsewhere_during_an_edit_is_not_overwritten(qtbot: QtBot, workspace: Workspace) -> None:
    window = _sheet(qtbot, workspace)
    top = window.tree.topLevelItem(0)
    assert top is not None
    goal = top.child(0)
    assert goal is not None
    goal_id = uuid.UUID(str(goal.data(0, Qt.ItemDataRole.UserRole)))
    window.tree.setCurrentItem(goal)
    window.tree.editItem(goal, 0)
    editor = window.tree.focusWidget()
    assert editor is not None and window.tree.state() == window.tree.State.EditingState
    workspace.run(Update(Kind.CANVAS_CARD, goal_id, {"text": "Changed on a phone"}))
    assert window.tree.state() == window.tree.State.EditingState, "the edit stays open"
    editor.setText("Mine")  # type: ignore[attr-defined]
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "changed elsewhere" in window.message.text())
    shown = window.tree.topLevelItem(0)
    assert shown is not None and shown.child(0) is not None
    assert shown.child(0).text(0) == "Changed on a phone"  # type: ignore[union-attr]
    assert _outline(workspace.store, window.sheet_id)[1][0] == "Changed on a phone"
