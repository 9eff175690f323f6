"""The merge rules, one test each: what a merge of two copies of one programme keeps, takes and lists."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.mergefixtures import (
    PERSON_CONTACT,
    PERSON_NAME,
    base_file,
    content,
    editing,
    hexid,
    pair,
    read,
    value,
)
from workshop_app.errors import FileOpenError
from workshop_app.merge.apply import MergeResult
from workshop_app.merge.files import merge_files
from workshop_app.merge.plan import MergeError, Reason
from workshop_app.merge.sides import read_side
from workshop_app.operations.changes import Kind
from workshop_app.paths import backup_dir
from workshop_app.services import actions, boards, participants, rounds, workshops
from workshop_app.storage import fileformat

FIXTURES = Path(__file__).parent / "fixtures" / "schema"


def both_ways(mine: Path, theirs: Path) -> tuple[MergeResult, MergeResult, Path]:
    """Merge THEIRS into MINE, and (on copies of both as they were) MINE into THEIRS; returns both results
    and the file THEIRS was merged into."""
    into_theirs = theirs.with_name("into-theirs.workshop")
    mine_before = mine.with_name("mine-before.workshop")
    shutil.copyfile(theirs, into_theirs)
    shutil.copyfile(mine, mine_before)
    return merge_files(mine, theirs), merge_files(into_theirs, mine_before), into_theirs


def test_records_created_on_either_side_are_kept(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    mine, theirs, base = pair(tmp_path_factory, tmp_path)
    with editing(mine) as store:
        here = boards.add_note(store, base.board, "Made here", 0.5, 0.5)
    with editing(theirs) as store:
        there = boards.add_note(store, base.board, "Made there", -0.5, 0.5)
        action = actions.create_action(store, "Ask the school")

    result = merge_files(mine, theirs)

    assert result.plan.related
    assert result.plan.new == {Kind.NOTE: 1, Kind.ACTION: 1}
    texts = {row[0] for row in read(mine, "SELECT text FROM note")}
    assert {"Made here", "Made there"} <= texts
    assert value(mine, "SELECT what FROM action WHERE id = ?", hexid(action.id)) == "Ask the school"
    # The note keeps the stamp of the copy that made it, so merging back is a no-op for it.
    their_copy = value(theirs, "SELECT copy_id FROM merge_copy")
    assert value(mine, "SELECT copy_id FROM change_stamp WHERE record_id = ?", hexid(there.id)) == their_copy
    assert value(mine, "SELECT count(*) FROM note WHERE id = ?", hexid(here.id)) == 1


def test_a_change_on_one_side_is_taken(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    mine, theirs, base = pair(tmp_path_factory, tmp_path)
    with editing(theirs) as store:
        boards.update_note(store, base.notes[0], {"text": "Changed there"})
    with editing(mine) as store:
        boards.update_note(store, base.notes[1], {"text": "Changed here"})

    result = merge_files(mine, theirs)

    assert result.plan.changed == {Kind.NOTE: 1}
    assert not result.plan.conflicts
    assert value(mine, "SELECT text FROM note WHERE id = ?", hexid(base.notes[0])) == "Changed there"
    assert value(mine, "SELECT text FROM note WHERE id = ?", hexid(base.notes[1])) == "Changed here"


def test_a_change_on_both_sides_is_a_conflict_the_later_wins_and_the_other_is_kept(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    mine, theirs, base = pair(tmp_path_factory, tmp_path)
    with editing(mine) as store:
        boards.update_note(store, base.notes[0], {"text": "Earlier, here"})
    with editing(theirs) as store:
        boards.update_note(store, base.notes[0], {"text": "Later, there", "colour": "#81d4fa"})

    result = merge_files(mine, theirs)

    # Only the field both changed is a conflict; the colour, changed there alone, is simply taken.
    listed = {(c.field, c.mine, c.theirs, c.kept_theirs) for c in result.plan.conflicts}
    assert listed == {("text", "Earlier, here", "Later, there", True)}
    assert value(mine, "SELECT text FROM note WHERE id = ?", hexid(base.notes[0])) == "Later, there"
    assert value(mine, "SELECT colour FROM note WHERE id = ?", hexid(base.notes[0])) == "#81d4fa"
    kept = read(mine, "SELECT field, kept_value, other_value FROM merge_conflict WHERE field = 'text'")
    assert kept == [("text", '"Later, there"', '"Earlier, here"')]


def test_the_later_change_wins_whichever_file_is_merged_into(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    mine, theirs, base = pair(tmp_path_factory, tmp_path)
    with editing(theirs) as store:
        boards.update_note(store, base.notes[0], {"text": "Earlier, there"})
    with editing(mine) as store:
        boards.update_note(store, base.notes[0], {"text": "Later, here"})
    _result, _other, into_theirs = both_ways(mine, theirs)

    assert value(mine, "SELECT text FROM note WHERE id = ?", hexid(base.notes[0])) == "Later, here"
    assert content(mine) == content(into_theirs)


def test_a_deletion_against_an_edit_is_a_conflict_and_the_record_stays(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    mine, theirs, base = pair(tmp_path_factory, tmp_path)
    with editing(mine) as store:
        boards.delete_note(store, base.notes[0])
        actions.update_action(store, base.actions[0], {"what": "Edited here"})
    with editing(theirs) as store:
        boards.update_note(store, base.notes[0], {"text": "Edited there"})
        actions.delete_action(store, base.actions[0])
    result, _other, into_theirs = both_ways(mine, theirs)

    reasons = {(c.kind, c.reason) for c in result.plan.conflicts}
    assert reasons == {(Kind.NOTE, Reason.DELETED_HERE), (Kind.ACTION, Reason.DELETED_THERE)}
    assert value(mine, "SELECT text FROM note WHERE id = ?", hexid(base.notes[0])) == "Edited there"
    assert value(mine, "SELECT what FROM action WHERE id = ?", hexid(base.actions[0])) == "Edited here"
    assert value(mine, "SELECT count(*) FROM tombstone WHERE record_id = ?", hexid(base.notes[0])) == 0
    assert content(mine) == content(into_theirs)


def test_a_deletion_of_an_unchanged_record_is_taken(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    mine, theirs, base = pair(tmp_path_factory, tmp_path)
    with editing(theirs) as store:
        boards.delete_note(store, base.notes[2])

    result = merge_files(mine, theirs)

    assert result.plan.removed == {Kind.NOTE: 1}
    assert value(mine, "SELECT count(*) FROM note WHERE id = ?", hexid(base.notes[2])) == 0
    assert value(mine, "SELECT count(*) FROM tombstone WHERE record_id = ?", hexid(base.notes[2])) == 1


def test_a_deleted_board_comes_back_for_a_note_added_on_it(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Deleting a board removes its notes; a note the other copy added meanwhile keeps the board alive (a
    conflict), while the notes nobody changed stay deleted."""
    mine, theirs, base = pair(tmp_path_factory, tmp_path)
    with editing(mine) as store:
        added = boards.add_note(store, base.board, "Added here", 0.1, 0.1)
    with editing(theirs) as store:
        boards.delete_board(store, base.board)
    result, other, into_theirs = both_ways(mine, theirs)

    assert (Kind.BOARD, Reason.PARENT_KEPT) in {(c.kind, c.reason) for c in result.plan.conflicts}
    assert (Kind.BOARD, Reason.DELETED_HERE) in {(c.kind, c.reason) for c in other.plan.conflicts}
    for path in (mine, into_theirs):
        assert [row[0] for row in read(path, "SELECT id FROM note")] == [hexid(added.id)]
        assert value(path, "SELECT count(*) FROM board WHERE id = ?", hexid(base.board)) == 1
        assert read(path, "PRAGMA foreign_key_check") == []
    assert content(mine) == content(into_theirs)


def test_agenda_items_added_on_both_sides_keep_one_order(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    mine, theirs, base = pair(tmp_path_factory, tmp_path)
    with editing(mine) as store:
        workshops.add_agenda_item(store, base.workshop, "Coffee (here)")
    with editing(theirs) as store:
        workshops.add_agenda_item(store, base.workshop, "Walk (there)", index=0)
        workshops.add_agenda_item(store, base.workshop, "Wrap-up (there)")

    merge_files(mine, theirs)

    agenda = read(
        mine, "SELECT position, title FROM agenda_item WHERE workshop_id = ? ORDER BY position", hexid(base.workshop)
    )
    assert [position for position, _title in agenda] == list(range(5))
    titles = [title for _position, title in agenda]
    assert titles[0] == "Walk (there)"
    assert titles.index("Item 0") < titles.index("Item 1")
    assert set(titles) == {"Walk (there)", "Item 0", "Item 1", "Coffee (here)", "Wrap-up (there)"}


def test_a_frozen_round_is_never_changed(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    mine, theirs, base = pair(tmp_path_factory, tmp_path)
    with editing(mine) as store:
        rounds.start_next_round(store, base.board)
    frozen_before = read(mine, "SELECT * FROM note WHERE board_id = ? ORDER BY id", hexid(base.board))
    with editing(theirs) as store:
        boards.update_note(store, base.notes[0], {"text": "Edited there"})
        boards.add_note(store, base.board, "Added there", 0.3, 0.3)

    result = merge_files(mine, theirs)

    assert read(mine, "SELECT * FROM note WHERE board_id = ? ORDER BY id", hexid(base.board)) == frozen_before
    assert {c.reason for c in result.plan.conflicts} == {Reason.FROZEN}
    assert len(result.plan.conflicts) == 2


def test_an_erasure_wins_and_personal_data_never_comes_back(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    mine, theirs, base = pair(tmp_path_factory, tmp_path)
    with editing(mine) as store:
        participants.erase_participant(store, base.person)
        boards.update_note(store, base.notes[0], {"text": "Changed here"})
    with editing(theirs) as store:
        participants.update_participant(store, base.person, {"role": "treasurer"})
        boards.add_note(store, base.board, f"{PERSON_NAME} brings the map", 0.2, 0.2)
        actions.create_action(store, "Call back", why=f"Asked by {PERSON_CONTACT}")
        boards.update_note(store, base.notes[0], {"text": f"Changed by {PERSON_NAME}"})
    result, other, into_theirs = both_ways(mine, theirs)

    for plan in (result.plan, other.plan):
        listed = [str(v) for c in plan.conflicts for v in (c.label, c.mine, c.theirs)]
        assert any("Changed by" in v for v in listed)  # the conflict is listed, the name is not
        assert not any(PERSON_NAME in v or PERSON_CONTACT in v for v in listed)
        assert Reason.ERASED in {c.reason for c in plan.conflicts}

    for path in (mine, into_theirs):
        name, contact, role, erased = read(
            path, "SELECT display_name, contact, role, erased_at FROM participant WHERE id = ?", hexid(base.person)
        )[0]
        assert (name, contact, role) == ("", "", "") and erased is not None
        raw = path.read_bytes()
        assert PERSON_NAME.encode() not in raw and PERSON_CONTACT.encode() not in raw
        assert not path.with_name(path.name + "-wal").exists() or PERSON_NAME.encode() not in (
            path.with_name(path.name + "-wal").read_bytes()
        )
        assert any("brings the map" in row[0] for row in read(path, "SELECT text FROM note"))
    assert content(mine) == content(into_theirs)


def test_merging_again_and_merging_a_copy_with_itself_change_nothing(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    mine, theirs, base = pair(tmp_path_factory, tmp_path)
    with editing(theirs) as store:
        boards.update_note(store, base.notes[0], {"text": "Changed there"})
    merge_files(mine, theirs)
    before = content(mine)

    again = merge_files(mine, theirs)
    itself = merge_files(mine, mine)

    assert again.plan.empty and not again.plan.conflicts
    assert itself.plan.empty and not itself.plan.conflicts
    assert content(mine) == before


def test_a_change_made_after_a_merge_replaced_this_copys_newest_stamps_still_reaches_the_other_copy(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """A file's commits carry its clock in their stamps (merge_copy's clock is not written per commit), so its
    own clock is the newest counter its stamps hold. When a merge replaces the stamps that held it with the
    other copy's, the clock must not go back: a change made afterwards would get a counter the other copy
    already knows, and the next merge would skip it."""
    mine, theirs, base = pair(tmp_path_factory, tmp_path)
    with editing(mine) as store:
        boards.move_note(store, base.notes[0], 0.11, 0.12)  # the newest stamps of MINE: note 0's x and y
    newest = value(mine, "SELECT max(counter) FROM change_stamp WHERE copy_id = (SELECT copy_id FROM merge_copy)")
    merge_files(theirs, mine)  # THEIRS now knows MINE up to that counter
    with editing(theirs) as store:
        boards.move_note(store, base.notes[0], 0.21, 0.22)  # ... and moves the same note later
    merge_files(mine, theirs)  # THEIRS' later stamps take the place of MINE's newest
    assert value(mine, "SELECT x FROM note WHERE id = ?", hexid(base.notes[0])) == 0.21
    mine_id = value(mine, "SELECT copy_id FROM merge_copy")
    with sqlite3.connect(mine) as conn:
        assert read_side(conn).knowledge[mine_id] >= newest

    with editing(mine) as store:  # a new writing connection: the clock read from the file again
        boards.move_note(store, base.notes[1], 0.71, 0.72)
    assert value(mine, "SELECT max(counter) FROM change_stamp WHERE copy_id = ?", mine_id) > newest
    merge_files(theirs, mine)
    assert value(theirs, "SELECT x FROM note WHERE id = ?", hexid(base.notes[1])) == 0.71


def test_a_file_manager_copy_has_no_common_ancestor_and_still_merges(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    mine, base = base_file(tmp_path_factory, tmp_path)
    theirs = tmp_path / "copied.workshop"
    shutil.copyfile(mine, theirs)
    with editing(theirs) as store:
        boards.update_note(store, base.notes[0], {"text": "Changed there"})
        boards.delete_note(store, base.notes[1])
        boards.add_note(store, base.board, "Made there", 0.0, 0.0)

    result = merge_files(mine, theirs)

    assert not result.plan.related
    assert value(mine, "SELECT text FROM note WHERE id = ?", hexid(base.notes[0])) == "Changed there"
    assert value(mine, "SELECT count(*) FROM note WHERE id = ?", hexid(base.notes[1])) == 0
    assert value(mine, "SELECT count(*) FROM note WHERE text = 'Made there'") == 1


def test_a_backup_of_mine_is_written_first(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    mine, theirs, base = pair(tmp_path_factory, tmp_path)
    before = content(mine)
    with editing(theirs) as store:
        boards.update_note(store, base.notes[0], {"text": "Changed there"})

    result = merge_files(mine, theirs)

    assert result.backup is not None and result.backup.parent == backup_dir()
    assert content(result.backup) == before


def test_a_newer_file_is_refused_and_left_untouched(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    mine, theirs, _base = pair(tmp_path_factory, tmp_path)
    conn = sqlite3.connect(theirs)
    conn.execute(f"PRAGMA user_version = {fileformat.HEAD_FORMAT + 1}")
    conn.close()
    mine_bytes, theirs_bytes = mine.read_bytes(), theirs.read_bytes()

    with pytest.raises(FileOpenError) as caught:
        merge_files(mine, theirs)

    assert caught.value.kind == "newer"
    assert mine.read_bytes() == mine_bytes and theirs.read_bytes() == theirs_bytes


def test_older_files_are_migrated_first_and_theirs_is_not_written(tmp_path: Path) -> None:
    oldest = min(FIXTURES.glob("format*.workshop"))
    mine, theirs = tmp_path / "mine.workshop", tmp_path / "theirs.workshop"
    shutil.copyfile(oldest, mine)
    shutil.copyfile(oldest, theirs)
    theirs_bytes = theirs.read_bytes()

    result = merge_files(mine, theirs)

    assert result.plan.empty
    assert value(mine, "PRAGMA user_version") == fileformat.HEAD_FORMAT
    assert theirs.read_bytes() == theirs_bytes


def test_different_programmes_are_refused(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    from tests.templates import demo_file

    mine, _base = base_file(tmp_path_factory, tmp_path)
    other = demo_file(tmp_path, tmp_path_factory)
    with pytest.raises(MergeError) as caught:
        merge_files(mine, other)
    assert caught.value.kind == "different_programme"
