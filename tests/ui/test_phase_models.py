"""The phase and overview models on their own, over the real demo file: rows, roles, and edits as undoable commands."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont

from tests.ui.conftest import TODAY
from ui.models.phase_models import (
    KEY_ROLE,
    CriteriaModel,
    PhaseProgressModel,
    RatingTrendModel,
    TaskChecklistModel,
)
from ui.workspace import Workspace
from workshop_app.services import phases
from workshop_app.services.overview import load_overview
from workshop_app.storage.store import ProgrammeStore

CHECK = Qt.ItemDataRole.CheckStateRole


@contextmanager
def reopened(path: Path) -> Iterator[ProgrammeStore]:
    """The file as another program would see it now (read-only, beside the open workspace)."""
    store = ProgrammeStore.open(path, read_only=True)
    try:
        yield store
    finally:
        store.close()


def row_of(model: TaskChecklistModel | CriteriaModel, key: str) -> int:
    return next(row for row in range(model.rowCount()) if model.index(row, 0).data(KEY_ROLE) == key)


def test_task_rows_are_the_catalogue_tasks_merged_with_the_file(workspace: Workspace) -> None:
    model = TaskChecklistModel(workspace, 3)
    tasks = workspace.catalogue.phase(3).tasks
    assert model.rowCount() == len(tasks) == 8
    assert model.columnCount() == 4
    assert [model.index(row, model.TITLE).data() for row in range(8)] == [task.title.get("en") for task in tasks]
    assert tasks[0].description.get("en")[:40] in model.index(0, model.TITLE).data(Qt.ItemDataRole.ToolTipRole)
    quick_wins = row_of(model, "p3.quick_wins")
    assert model.index(quick_wins, model.DONE).data(CHECK) == Qt.CheckState.Checked
    assert model.index(quick_wins, model.OWNER).data() == "Kari Nordmo"
    assert model.index(row_of(model, "p3.coordinate_sectors"), model.DONE).data(CHECK) == Qt.CheckState.Unchecked
    assert model.done_count() == 2
    assert model.headerData(model.OWNER, Qt.Orientation.Horizontal) == "Owner"
    done_flags = model.flags(model.index(0, model.DONE))
    assert done_flags & Qt.ItemFlag.ItemIsUserCheckable and not done_flags & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, model.NOTE)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, model.TITLE)) & Qt.ItemFlag.ItemIsEditable


def test_ticking_a_task_is_one_undoable_command_written_to_the_file(workspace: Workspace, demo_path: Path) -> None:
    model = TaskChecklistModel(workspace, 3)
    row = row_of(model, "p3.coordinate_sectors")
    index = model.index(row, model.DONE)
    assert model.setData(index, Qt.CheckState.Checked.value, CHECK)
    assert workspace.undo_stack.count() == 1
    assert "Improve coordination" in workspace.undo_stack.undoText()
    assert index.data(CHECK) == Qt.CheckState.Checked
    with reopened(demo_path) as store:
        assert phases.list_task_checks(store)["p3.coordinate_sectors"].done
    workspace.undo_stack.undo()
    assert index.data(CHECK) == Qt.CheckState.Unchecked
    with reopened(demo_path) as store:
        assert not phases.list_task_checks(store)["p3.coordinate_sectors"].done
    workspace.undo_stack.redo()
    assert phases.list_task_checks(workspace.store)["p3.coordinate_sectors"].done


def test_owner_and_note_edits_go_through_commands(workspace: Workspace, demo_path: Path) -> None:
    model = TaskChecklistModel(workspace, 3)
    row = row_of(model, "p3.strengthen_networks")
    assert model.setData(model.index(row, model.OWNER), "  Sigrid Bakken ")
    note = "Network map drafted at the reference group."
    assert model.setData(model.index(row, model.NOTE), note)
    assert workspace.undo_stack.count() == 2
    with reopened(demo_path) as store:
        check = phases.list_task_checks(store)["p3.strengthen_networks"]
        assert (check.owner, check.note, check.done) == ("Sigrid Bakken", note, False)
    # The same value again changes nothing and adds no undo step.
    assert model.setData(model.index(row, model.OWNER), "Sigrid Bakken")
    assert workspace.undo_stack.count() == 2
    workspace.undo_stack.undo()
    assert model.index(row, model.NOTE).data() == ""
    assert model.index(row, model.OWNER).data() == "Sigrid Bakken"
    assert not model.setData(model.index(row, model.TITLE), "Renamed")


def test_criteria_model_shows_the_dated_history(workspace: Workspace) -> None:
    model = CriteriaModel(workspace, 3)
    assert model.rowCount() == len(workspace.catalogue.phase(3).criteria)
    row = row_of(model, "p3.small_steps_big_ambition")
    history = model.index(row, model.HISTORY).data()
    assert history.startswith("1 (") and " → 3 (" in history
    assert model.index(row, model.COMMENT).data().startswith("Friday nights")
    tooltip = model.index(row, model.HISTORY).data(Qt.ItemDataRole.ToolTipRole)
    assert "Nothing visible to residents yet." in tooltip
    unrated = row_of(model, "p3.network_products")
    assert model.index(unrated, model.HISTORY).data() == "Not rated yet"
    phases.rate_criterion(workspace.store, "p3.network_products", 2, rated_on=TODAY)
    workspace.flush()
    assert model.index(unrated, model.HISTORY).data().startswith("2 (")


def test_history_keeps_the_latest_ratings_and_summarises_older_ones(workspace: Workspace) -> None:
    model = CriteriaModel(workspace, 3)
    for month, score in enumerate((1, 2, 3, 4, 5), start=1):
        phases.rate_criterion(workspace.store, "p3.mixed_partnerships", score, rated_on=TODAY.replace(month=month))
    model.reload()
    history = model.index(row_of(model, "p3.mixed_partnerships"), model.HISTORY).data()
    assert history.startswith("… → 2 (") and history.count("→") == 4


def test_phase_progress_model_marks_the_current_phase(workspace: Workspace) -> None:
    overview = load_overview(workspace.store, TODAY)
    model = PhaseProgressModel()
    titles = {phase.number: phase.title.get("en") for phase in workspace.catalogue.phases}
    model.set_overview(overview, titles)
    assert model.rowCount() == 5 and model.current_phase == 3
    assert model.index(2, model.PHASE).data() == "3. Mobilisation and collaboration"
    assert model.index(2, model.TASKS).data() == "2 of 8 tasks done"
    assert model.index(2, model.TASKS).data(model.PROGRESS_ROLE) == (2, 8)
    assert "current phase" in model.index(2, model.STATUS).data()
    assert model.index(0, model.STATUS).data() == "Done"
    font = model.index(2, model.PHASE).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert model.index(0, model.PHASE).data(Qt.ItemDataRole.FontRole) is None
    assert not model.index(0, model.STATUS).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert model.index(3, 0).data(KEY_ROLE) == 4
    assert model.rowCount(model.index(0, 0)) == 0 and model.data(QModelIndex()) is None


def test_rating_trend_model_compares_latest_with_previous(workspace: Workspace) -> None:
    overview = load_overview(workspace.store, TODAY)
    model = RatingTrendModel()
    model.set_overview(overview, workspace, "en")
    assert model.rowCount() == len(overview.ratings) == 9
    keys = [model.index(row, 0).data(KEY_ROLE) for row in range(model.rowCount())]
    assert keys[0].startswith("p1.") and keys[-1].startswith("p3.")
    row = keys.index("p1.partners_involved_early")
    assert model.index(row, model.CRITERION).data() == workspace.catalogue.criterion(keys[row]).text.get("en")
    assert model.index(row, model.SCORES).data() == "3 → 2"
    assert model.index(row, model.CHANGE).data() == "down by 1"
    assert model.index(row, model.PHASE).data() == "1"
    assert model.phase_of(row) == 1
    up = keys.index("p1.actor_map_exists")
    assert model.index(up, model.SCORES).data() == "1 → 4"
    assert model.index(up, model.CHANGE).data() == "up by 3"
    assert "then 4 of 5" in model.index(up, model.CHANGE).data(Qt.ItemDataRole.ToolTipRole)
