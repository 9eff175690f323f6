"""Every page's edits say what they showed: an edit made from a view that a change elsewhere has made stale
(a colleague on the server, a phone, another window) is refused with the message, the record keeps the other
change, and the view then shows it. One case per model or page that edits records field by field.

Each case runs twice. On a file, the other change is written through the same store by the core, as a phone's
arrives; on the PostgreSQL server, through a second store on the same database, as a colleague's arrives (by
NOTIFY). Either way this workspace hears of it only when the event loop turns, so until then its view is stale."""

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.pg import Cluster, new_database, shared_cluster
from tests.templates import demo_file
from ui.workspace import Workspace
from workshop_app.operations.base import run
from workshop_app.operations.changes import Kind
from workshop_app.operations.records import Update
from workshop_app.services import boards, participants, phases, workshops
from workshop_app.storage.locations import as_programme_store, open_programme
from workshop_app.storage.store import ProgrammeStore
from workshop_app.storage.transfer import transfer_programme

pytestmark = pytest.mark.xdist_group("postgresql")


@dataclass
class Case:
    """``edit`` tries my change from the stale view; ``shown`` and ``stored`` read the field back."""

    theirs: Update
    edit: Callable[[], object]
    shown: Callable[[], Any]
    stored: Callable[[], Any]
    expected: Any
    keep: tuple[object, ...] = ()  # models and widgets kept alive for the test


def _valuma(workspace: Workspace) -> uuid.UUID:
    return next(board.id for board in boards.list_boards(workspace.store) if board.preset_key == "valuma")


def participants_case(workspace: Workspace) -> Case:
    from ui.models.participants_model import ORGANISATION, ParticipantsModel

    model = ParticipantsModel(workspace)
    model.reload()  # as the page does when first shown
    person = model.person(0)
    return Case(
        Update(Kind.PARTICIPANT, person.id, {"organisation": "Theirs"}),
        lambda: model.setData(model.index(0, ORGANISATION), "Mine"),
        lambda: model.person(model.row_of(person.id) or 0).organisation,
        lambda: participants.get_participant(workspace.store, person.id).organisation,
        "Theirs",
        (model,),
    )


def task_case(workspace: Workspace) -> Case:
    from ui.models.phase_models import TaskChecklistModel

    model = TaskChecklistModel(workspace, 1)
    key = model.data(model.index(0, 0), Qt.ItemDataRole.UserRole + 1) or workspace.catalogue.phase(1).tasks[0].key
    run(workspace.store, Update(Kind.TASK_CHECK, key, {"owner": "First"}))  # the task has a record, as shown
    model.reload()

    def stored() -> str:
        return next(check.owner for key_, check in phases.list_task_checks(workspace.store).items() if key_ == key)

    return Case(
        Update(Kind.TASK_CHECK, key, {"owner": "Theirs"}),
        lambda: model.setData(model.index(0, model.OWNER), "Mine"),
        lambda: model.data(model.index(0, model.OWNER)),
        stored,
        "Theirs",
        (model,),
    )


def phase_case(workspace: Workspace) -> Case:
    from ui.pages.phase import PhasePage

    page = PhasePage(workspace, 1)
    page.refresh()

    def stored() -> str:
        return next(state.notes for state in phases.list_phase_states(workspace.store) if state.phase == 1)

    return Case(
        Update(Kind.PHASE_STATE, 1, {"notes": "Theirs"}),
        lambda: page._notes_committed("Mine"),
        lambda: page.notes.toPlainText(),
        stored,
        "Theirs",
        (page,),
    )


def agenda_case(workspace: Workspace) -> Case:
    from ui.workshop.agenda_model import TITLE, AgendaModel

    model = AgendaModel(workspace)
    workshop = workshops.list_workshops(workspace.store)[0]
    model.set_workshop(workshop.id)
    item = model.record(0)
    return Case(
        Update(Kind.AGENDA_ITEM, item.id, {"title": "Theirs"}),
        lambda: model.setData(model.index(0, TITLE), "Mine"),
        lambda: model.record(model.row_of(item.id)).title,
        lambda: next(i.title for i in workshops.list_agenda(workspace.store, workshop.id) if i.id == item.id),
        "Theirs",
        (model,),
    )


def decisions_case(workspace: Workspace) -> Case:
    from ui.workshop.decisions_model import TEXT, DecisionsModel

    model = DecisionsModel(workspace)
    workshop = next(
        w for w in workshops.list_workshops(workspace.store) if workshops.list_decisions(workspace.store, w.id)
    )
    model.set_workshop(workshop.id)
    decision = model.record(0)
    return Case(
        Update(Kind.DECISION, decision.id, {"text": "Theirs"}),
        lambda: model.setData(model.index(0, TEXT), "Mine"),
        lambda: model.record(model.row_of(decision.id)).text,
        lambda: next(d.text for d in workshops.list_decisions(workspace.store, workshop.id) if d.id == decision.id),
        "Theirs",
        (model,),
    )


def procons_case(workspace: Workspace) -> Case:
    from ui.board.procons_model import TEXT, ProConsModel, Scope

    board_id = _valuma(workspace)
    found = next(p for p in boards.list_pro_cons(workspace.store, board_id) if p.origin != "method")
    model = ProConsModel(workspace)
    model.set_scope(Scope(board_id, found.quadrant, found.note_id))
    row = model.row_of(found.id)
    return Case(
        Update(Kind.PRO_CON, found.id, {"text": "Theirs"}),
        lambda: model.setData(model.index(row, TEXT), "Mine"),
        lambda: model.record(model.row_of(found.id)).text,
        lambda: next(p.text for p in boards.list_pro_cons(workspace.store, board_id) if p.id == found.id),
        "Theirs",
        (model,),
    )


def _board(workspace: Workspace) -> tuple[Any, Any, uuid.UUID]:
    from ui.board.controller import BoardController
    from ui.board.scene import BoardScene

    scene = BoardScene(workspace, _valuma(workspace))
    controller = BoardController(workspace, scene)
    note_id = scene.note_items()[0].note_id
    return scene, controller, note_id


def _note(workspace: Workspace, note_id: uuid.UUID) -> Any:
    return next(n for n in boards.list_notes(workspace.store, _valuma(workspace)) if n.id == note_id)


def note_text_case(workspace: Workspace) -> Case:
    scene, controller, note_id = _board(workspace)
    return Case(
        Update(Kind.NOTE, note_id, {"text": "Theirs"}),
        lambda: controller._text_edited(note_id, "Mine"),
        lambda: scene.note_item(note_id).record.text,
        lambda: _note(workspace, note_id).text,
        "Theirs",
        (scene, controller),
    )


def note_colour_case(workspace: Workspace) -> Case:
    scene, controller, note_id = _board(workspace)
    item = scene.note_item(note_id)
    theirs, mine = [colour for colour in ("#ffd54f", "#81d4fa", "#a5d6a7") if colour != item.record.colour][:2]

    def edit() -> None:
        scene.select_only([item])
        controller.set_colour(mine)

    return Case(
        Update(Kind.NOTE, note_id, {"colour": theirs}),
        edit,
        lambda: scene.note_item(note_id).record.colour,
        lambda: _note(workspace, note_id).colour,
        theirs,
        (scene, controller),
    )


def dots_case(workspace: Workspace) -> Case:
    from ui.board.votes import Voting
    from ui.board.votes_panel import VotesPanel

    scene, _controller, _note_id = _board(workspace)
    voting = Voting(workspace, scene)
    panel = VotesPanel(voting, QAction())
    board_id = _valuma(workspace)
    before = voting.dots_per_participant()

    def edit() -> None:
        panel.dots.setValue(before + 5)
        panel._dots_edited()

    return Case(
        Update(Kind.BOARD, board_id, {"dots_per_participant": before + 2}),
        edit,
        lambda: panel.dots.value() if panel.dots.value() == voting.dots_per_participant() else None,
        lambda: boards.get_board(workspace.store, board_id).dots_per_participant,
        before + 2,
        (scene, voting, panel),
    )


CASES = {
    "participants": participants_case,
    "tasks": task_case,
    "phase": phase_case,
    "agenda": agenda_case,
    "decisions": decisions_case,
    "procons": procons_case,
    "note text": note_text_case,
    "note colour": note_colour_case,
    "dots per participant": dots_case,
}


@pytest.fixture(params=["file", "server"])
def sides(
    request: pytest.FixtureRequest,
    workspace: Workspace,
    tmp_path: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Workspace, ProgrammeStore]]:
    """(my workspace, the store the other change is written through)."""
    if request.param == "file":
        yield workspace, workspace.store
        return
    cluster: Cluster = shared_cluster()
    url = new_database(cluster)
    transfer_programme(demo_file(tmp_path, tmp_path_factory, name="server.workshop"), url)
    mine = Workspace(as_programme_store(open_programme(url)))
    theirs = as_programme_store(open_programme(url))
    yield mine, theirs
    mine.close()
    theirs.close()


@pytest.mark.parametrize("name", list(CASES))
def test_a_stale_edit_is_refused_and_the_view_shows_the_other_change(
    name: str, sides: tuple[Workspace, ProgrammeStore], qtbot: QtBot
) -> None:
    workspace, elsewhere = sides
    case = CASES[name](workspace)
    for kept in case.keep:  # a page made for the case is closed and deleted with the test, not by a later GC
        if isinstance(kept, QWidget):
            qtbot.addWidget(kept, before_close_func=lambda widget: widget.deleteLater())
    qtbot.wait(1)  # whatever setting up wrote has reached the views
    refusals: list[str] = []
    workspace.failed.connect(refusals.append)
    run(elsewhere, case.theirs)  # heard by this workspace only when the event loop turns
    steps = workspace.undo_stack.count()
    case.edit()
    assert refusals and "changed elsewhere" in refusals[0], refusals
    assert workspace.undo_stack.count() == steps  # nothing to undo: nothing of mine was written
    assert case.stored() == case.expected
    qtbot.waitUntil(lambda: case.shown() == case.expected, timeout=5_000)


def test_an_edit_from_an_up_to_date_view_still_saves(workspace: Workspace, qtbot: QtBot) -> None:
    """The check compares with what was shown, so an ordinary edit is not refused."""
    from ui.models.participants_model import CONSENT, ORGANISATION, ParticipantsModel

    model = ParticipantsModel(workspace)
    model.reload()
    person = model.person(0)
    assert model.setData(model.index(0, ORGANISATION), "Mine")
    assert model.setData(model.index(0, CONSENT), QDate(2026, 3, 1))
    assert participants.get_participant(workspace.store, person.id).organisation == "Mine"
