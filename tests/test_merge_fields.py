"""Field-by-field merging (format 8) and rounds frozen in the other copy.

Two copies changing different fields of one record both keep their change; only a field both changed is a
conflict. A round frozen in either copy comes out of a merge as it was frozen, whichever file is merged into.
"""

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.mergefixtures import content, editing, hexid, pair, read, value
from workshop_app.errors import NotFoundError, WorkshopError
from workshop_app.merge.apply import MergeResult
from workshop_app.merge.conflicts import ResolveConflict, open_conflicts
from workshop_app.merge.files import merge_files
from workshop_app.merge.plan import Reason
from workshop_app.operations.base import run
from workshop_app.operations.changes import Kind
from workshop_app.services import actions, boards, rounds
from workshop_app.storage.store import ProgrammeStore

FIXTURES = Path(__file__).parent / "fixtures" / "schema"


def both_ways(mine: Path, theirs: Path) -> tuple[MergeResult, MergeResult, Path]:
    """THEIRS into MINE, and (on copies as they were) MINE into THEIRS; returns both and THEIRS' result file."""
    into_theirs = theirs.with_name("into-theirs.workshop")
    mine_before = mine.with_name("mine-before.workshop")
    shutil.copyfile(theirs, into_theirs)
    shutil.copyfile(mine, mine_before)
    return merge_files(mine, theirs), merge_files(into_theirs, mine_before), into_theirs


def test_changes_to_different_fields_of_one_record_are_both_kept(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    mine, theirs, base = pair(tmp_path_factory, tmp_path)
    with editing(mine) as store:
        boards.move_note(store, base.notes[0], 0.75, -0.25)  # a drag: x and y
        actions.update_action(store, base.actions[0], {"what": "Ask the school first"})
    with editing(theirs) as store:
        boards.update_note(store, base.notes[0], {"text": "Bus on Saturdays", "colour": "#81d4fa"})
        actions.update_action(store, base.actions[0], {"owner": "Kari"})

    result, other, into_theirs = both_ways(mine, theirs)

    assert result.plan.conflicts == [] and other.plan.conflicts == []
    for path in (mine, into_theirs):
        note = read(path, "SELECT x, y, text, colour FROM note WHERE id = ?", hexid(base.notes[0]))
        assert note == [(0.75, -0.25, "Bus on Saturdays", "#81d4fa")]
        action = read(path, "SELECT what, owner FROM action WHERE id = ?", hexid(base.actions[0]))
        assert action == [("Ask the school first", "Kari")]
        assert value(path, "SELECT count(*) FROM merge_conflict") == 0
    assert content(mine) == content(into_theirs)
    # Merging again brings nothing: each file now knows the other's field stamps.
    assert merge_files(mine, into_theirs).plan.empty
    assert merge_files(into_theirs, mine).plan.empty


def test_the_same_field_changed_on_both_sides_is_one_conflict_the_other_fields_are_taken(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    mine, theirs, base = pair(tmp_path_factory, tmp_path)
    with editing(mine) as store:
        boards.update_note(store, base.notes[1], {"text": "Earlier, here"})
        boards.move_note(store, base.notes[1], 0.5, 0.5)
    with editing(theirs) as store:
        boards.update_note(store, base.notes[1], {"text": "Later, there", "colour": "#81d4fa"})

    result, other, into_theirs = both_ways(mine, theirs)

    for plan in (result.plan, other.plan):
        assert [(c.field, c.reason) for c in plan.conflicts] == [("text", Reason.BOTH_CHANGED)]
    assert read(mine, "SELECT field, kept_value, other_value FROM merge_conflict") == [
        ("text", '"Later, there"', '"Earlier, here"')
    ]
    for path in (mine, into_theirs):
        note = read(path, "SELECT x, y, text, colour FROM note WHERE id = ?", hexid(base.notes[1]))
        assert note == [(0.5, 0.5, "Later, there", "#81d4fa")]
    assert content(mine) == content(into_theirs)


def test_a_round_frozen_in_the_other_copy_is_not_changed_by_this_copys_edits(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    mine, theirs, base = pair(tmp_path_factory, tmp_path)
    with editing(theirs) as store:
        rounds.start_next_round(store, base.board)
    frozen = read(theirs, "SELECT * FROM note WHERE board_id = ? ORDER BY id", hexid(base.board))
    frozen_board = read(theirs, "SELECT * FROM board WHERE id = ?", hexid(base.board))
    # Meanwhile (and later by the clock) this copy, which never froze the round, goes on editing it.
    with editing(mine) as store:
        boards.update_note(store, base.notes[0], {"text": "Edited here after the freeze there"})
        boards.move_note(store, base.notes[1], 0.9, 0.9)
        boards.delete_note(store, base.notes[2])
        added = boards.add_note(store, base.board, "Added here", 0.3, 0.3)

    result, other, into_theirs = both_ways(mine, theirs)

    for path in (mine, into_theirs):
        assert read(path, "SELECT * FROM note WHERE board_id = ? ORDER BY id", hexid(base.board)) == frozen
        assert read(path, "SELECT * FROM board WHERE id = ?", hexid(base.board)) == frozen_board
    assert content(mine) == content(into_theirs)
    # Each change this copy made to the frozen round is listed, whichever file was merged into.
    assert {(c.record_id, c.reason) for c in result.plan.conflicts} == {
        (hexid(note_id), Reason.FROZEN_THERE) for note_id in (*base.notes, added.id)
    }
    assert {c.record_id for c in other.plan.conflicts} == {hexid(note_id) for note_id in (*base.notes, added.id)}
    assert {c.reason for c in other.plan.conflicts} == {Reason.FROZEN}
    # The round stays frozen and merging again changes nothing.
    assert merge_files(mine, theirs).plan.empty
    assert merge_files(mine, into_theirs).plan.empty


def test_a_format_7_file_keeps_its_stamps_as_whole_record_stamps(tmp_path: Path) -> None:
    path = tmp_path / "plan.workshop"
    shutil.copyfile(FIXTURES / "format7.workshop", path)
    with sqlite3.connect(path) as conn:
        before = sorted(conn.execute("SELECT kind, record_id, copy_id, counter, changed_at FROM change_stamp"))
    assert len(before) == 3

    ProgrammeStore.open(path).close()

    with sqlite3.connect(path) as conn:
        after = sorted(conn.execute("SELECT kind, record_id, field, copy_id, counter, changed_at FROM change_stamp"))
        (kept,) = conn.execute("SELECT kept_value FROM merge_conflict").fetchone()
        tombs = conn.execute("SELECT count(*) FROM tombstone").fetchone()[0]
    assert after == sorted((kind, record, "", *rest) for kind, record, *rest in before)
    assert kept == '"Village shop as a meeting point"' and tombs == 1
    # A merge of the migrated file with a copy of itself plans nothing, and an edit stamps its field alone.
    assert merge_files(path, shutil.copyfile(path, tmp_path / "same.workshop")).plan.empty
    with editing(path) as store:
        note = boards.list_notes(store, boards.list_boards(store)[0].id)[0]
        boards.update_note(store, note.id, {"text": "After the migration"})
    fields = read(path, "SELECT field FROM change_stamp WHERE record_id = ? ORDER BY field", hexid(note.id))
    assert ("text",) in fields


def test_a_conflict_is_resolved_as_one_operation_and_its_undo_reopens_it(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    mine, theirs, base = pair(tmp_path_factory, tmp_path)
    with editing(mine) as store:
        boards.update_note(store, base.notes[0], {"text": "Earlier, here"})
        boards.update_note(store, base.notes[2], {"text": "Kept here"})
    with editing(theirs) as store:
        boards.update_note(store, base.notes[0], {"text": "Later, there"})
        boards.delete_note(store, base.notes[2])  # deleted there, changed here: a conflict about the whole note
        actions.update_action(store, base.actions[0], {"what": "Later, there"})
    with editing(mine) as store:
        actions.update_action(store, base.actions[0], {"what": "Latest, here"})
    merge_files(mine, theirs)

    with editing(mine) as store:
        listed = {(c.kind.value, c.field): c for c in open_conflicts(store)}
        assert set(listed) == {("note", "text"), ("note", None), ("action", "what")}
        text_conflict, action_conflict, whole = (
            listed[("note", "text")],
            listed[("action", "what")],
            listed[("note", None)],
        )
        assert (text_conflict.kept, text_conflict.other) == ("Later, there", "Earlier, here")
        assert (action_conflict.kept, action_conflict.other) == ("Latest, here", "Later, there")
        assert text_conflict.label == "Later, there" and whole.label == "Kept here"
        # A conflict about a whole record has no other value to put in: it can only be accepted.
        assert text_conflict.choosable and action_conflict.choosable and not whole.choosable
        with pytest.raises(WorkshopError):
            run(store, ResolveConflict(whole.id, keep_other=True))

        done = run(store, ResolveConflict(action_conflict.id, keep_other=True))
        assert actions.get_action(store, base.actions[0]).what == "Later, there"
        assert action_conflict.id not in {c.id for c in open_conflicts(store)}
        assert done.changes.ids(Kind.ACTION) == {base.actions[0]}
        assert done.inverse is not None
        undone = run(store, done.inverse)
        assert actions.get_action(store, base.actions[0]).what == "Latest, here"
        assert action_conflict.id in {c.id for c in open_conflicts(store)}
        assert undone.inverse is not None
        run(store, undone.inverse)  # redo
        assert actions.get_action(store, base.actions[0]).what == "Later, there"

        run(store, ResolveConflict(text_conflict.id))  # accept
        assert boards.get_note(store, base.notes[0]).text == "Later, there"
        assert {c.id for c in open_conflicts(store)} == {whole.id}
        with pytest.raises(NotFoundError):
            run(store, ResolveConflict(text_conflict.id))
    # The value put in is this copy's change now: merged back, the other copy takes it without a conflict.
    result = merge_files(theirs, mine)
    assert value(theirs, "SELECT what FROM action WHERE id = ?", hexid(base.actions[0])) == "Later, there"
    assert ("action", "what") not in {(c.kind.value, c.field) for c in result.plan.conflicts}
