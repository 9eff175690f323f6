"""Two facilitators on one programme on PostgreSQL, each with a window's Workspace: a colleague's edit appears
in the other's action table live (the same change-set path as a local edit), and editing a cell the colleague
changed meanwhile is refused with the message, the table then showing the colleague's value."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.pg import Cluster, database_copy, postgres_cluster  # noqa: F401  (the pg_cluster fixture)
from tests.templates import demo_file
from ui.models.actions_model import WHAT, ActionsModel
from ui.workspace import Workspace
from workshop_app.storage.locations import as_programme_store, open_programme
from workshop_app.storage.transfer import transfer_programme

pytestmark = pytest.mark.xdist_group("postgresql")


@pytest.fixture
def two(
    pg_cluster: Cluster, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Workspace, Workspace]]:
    # A copy of the database the demo was transferred into once in this process (a transfer takes a second).
    url = database_copy(pg_cluster, "demo", lambda url: transfer_programme(demo_file(tmp_path, tmp_path_factory), url))
    mine = Workspace(as_programme_store(open_programme(url)))
    theirs = Workspace(as_programme_store(open_programme(url)))
    yield mine, theirs
    for workspace in (mine, theirs):
        workspace.close()
        workspace.store.close()


def _row(table: ActionsModel, action_id: object) -> int:
    return next(r for r in range(table.rowCount()) if table.action_at(r).id == action_id)


def test_a_colleagues_edit_appears_live_and_a_stale_edit_is_refused(
    two: tuple[Workspace, Workspace], qtbot: QtBot
) -> None:
    mine, theirs = two
    my_table, their_table = ActionsModel(mine), ActionsModel(theirs)
    action_id = my_table.action_at(0).id
    assert their_table.setData(their_table.index(_row(their_table, action_id), WHAT), "Theirs, saved first")
    # arrived by NOTIFY on the listening thread, refreshed on the GUI thread as a local edit would be
    qtbot.waitUntil(lambda: my_table.action_at(_row(my_table, action_id)).what == "Theirs, saved first", timeout=10_000)

    # The colleague edits again; without the event loop turning, my table still shows the text before it.
    assert their_table.setData(their_table.index(_row(their_table, action_id), WHAT), "Theirs again")
    refusals: list[str] = []
    mine.failed.connect(refusals.append)
    stale = _row(my_table, action_id)
    assert my_table.action_at(stale).what == "Theirs, saved first"
    assert not my_table.setData(my_table.index(stale, WHAT), "Mine, from a stale view")
    assert refusals and "changed elsewhere" in refusals[0]
    # the view then shows the colleague's value, never mine
    qtbot.waitUntil(lambda: my_table.action_at(_row(my_table, action_id)).what == "Theirs again", timeout=10_000)
    with as_programme_store(theirs.store).reading() as session:
        from workshop_app.domain.models import Action

        assert session.get(Action, action_id).what == "Theirs again"  # type: ignore[union-attr]
