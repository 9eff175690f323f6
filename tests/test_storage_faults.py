"""Faults around a programme file that must neither lose acknowledged work nor refuse a sound file.

A full disk (a real one: a small tmpfs, as root), a kill right after a migration, a write-ahead log from another
programme or from an earlier session, backups that cannot be written, locks that cannot be taken and a second
writer through a link. Each case says what the person sees and checks that nothing acknowledged is lost and
that a refused file is left byte for byte as it was.
"""

import contextlib
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import Session, select

from workshop_app.domain.models import Board, Note, Programme, Workshop
from workshop_app.errors import FileOpenError
from workshop_app.storage import fileformat
from workshop_app.storage.health import check_file
from workshop_app.storage.migrate import backups_of
from workshop_app.storage.store import ProgrammeStore, StorageError, lock_path

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures" / "schema"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
NOBODY = 65534


def _initialise(session: Session) -> None:
    programme = Programme(name="Kylä 2030", start_year=2026, catalogue_version="test")
    session.add(programme)
    session.flush()
    workshop = Workshop(programme_id=programme.id, title="Vision", phase=1)
    session.add(workshop)
    session.flush()
    session.add(Board(workshop_id=workshop.id, title="Ideas"))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_note(store: ProgrammeStore, text: str) -> None:
    with store.transaction() as session:
        board = session.exec(select(Board)).first()
        assert board is not None
        session.add(Note(board_id=board.id, text=text, x=0.0, y=0.0))


def note_texts(store: ProgrammeStore) -> set[str]:
    with store.reading() as session:
        return set(session.exec(select(Note.text)).all())


def wal_of(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def crash_image(path: Path, target: Path) -> None:
    """What a SIGKILL leaves: the file and its log as they are on disk while the store is still open."""
    shutil.copyfile(path, target)
    shutil.copyfile(wal_of(path), wal_of(target))


@contextlib.contextmanager
def tmpfs(size: str) -> Iterator[Path]:
    """A small file system of its own, so that "disk full" is real; skipped where mounting is not allowed."""
    if not IS_ROOT or not shutil.which("mount"):
        pytest.skip("needs root to mount a small tmpfs")
    folder = Path(tempfile.mkdtemp(prefix="workshop-tmpfs-"))
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], check=False)
    if mounted.returncode != 0:
        folder.rmdir()
        pytest.skip("mounting a tmpfs is not permitted here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
        with contextlib.suppress(OSError):
            folder.rmdir()


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the file system of ``folder`` up to ``leave`` free bytes."""
    filler = folder / "filler"
    with filler.open("wb") as handle:
        free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize - leave
        chunk = b"\0" * 65536
        with contextlib.suppress(OSError):
            while free > 0:
                handle.write(chunk[: min(len(chunk), free)])
                handle.flush()
                free -= len(chunk)
    return filler


@contextlib.contextmanager
def as_other_user() -> Iterator[None]:
    """Act as another account (``nobody``) for file permissions; root only, and switched back afterwards."""
    if not IS_ROOT:
        pytest.skip("needs root to act as another account")
    os.setegid(NOBODY)
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


@pytest.fixture
def shared(tmp_path: Path) -> Iterator[Path]:
    """A folder every account may use (like a shared network folder), outside pytest's private tree."""
    folder = Path(tempfile.mkdtemp(prefix="workshop-shared-"))
    folder.chmod(0o777)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


# --- a full disk -----------------------------------------------------------------------------------------


def test_disk_full_loses_nothing_and_the_next_write_works() -> None:
    """Writes until the disk is full: the failure says so and that nothing saved is lost; the next write after
    freeing space works on the same open store; closing on a full disk leaves a file that opens as sound."""
    with tmpfs("2m") as folder:
        path = folder / "plan.workshop"
        ProgrammeStore.create(path, _initialise).close()
        store = ProgrammeStore.open(path)
        acknowledged: list[str] = []
        filler = fill(folder, leave=48 * 1024)
        failures: list[StorageError] = []
        for index in range(400):
            try:
                add_note(store, f"note {index} " + "x" * 900)
            except StorageError as error:
                failures.append(error)
                if len(failures) == 3:
                    break
            else:
                acknowledged.append(f"note {index} " + "x" * 900)
        assert failures, "the disk never filled"
        for error in failures:  # every failure the same clear one, never a stuck connection
            assert getattr(error, "kind", None) == "disk_full", str(error)
            assert "disk is full" in str(error) and "saved before it is safe" in str(error)
        filler.unlink()
        add_note(store, "after space was freed")
        acknowledged.append("after space was freed")
        assert note_texts(store) >= set(acknowledged)

        # Close while the disk is full again: the closing checkpoint cannot finish.
        filler = fill(folder, leave=0)
        with contextlib.suppress(StorageError):
            add_note(store, "x" * 5000)
        store.close()
        report = check_file(path)
        assert report.sound, report.findings
        filler.unlink()
        report = check_file(path)
        assert report.sound, report.findings
        with ProgrammeStore.open(path) as reopened:
            assert note_texts(reopened) >= set(acknowledged)
        assert check_file(path).sound


# --- killed after a migration ----------------------------------------------------------------------------

CHILD = """
import os, signal, sys
from pathlib import Path
from sqlmodel import select
from workshop_app.domain.models import Note
from workshop_app.storage import store as module
from workshop_app.storage.store import ProgrammeStore
# The kill lands between the migration's commit and the checkpoint that updates the header.
module._start_lineage = lambda engine, mode="PASSIVE": None
module._fold_log = lambda engine, mode="PASSIVE": None
store = ProgrammeStore.open(Path(sys.argv[1]), backup_folder=Path(sys.argv[2]))
with store.transaction() as session:
    note = session.exec(select(Note)).first()
    note.text = "edited after the update"
print("ack", flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_after_migration_before_checkpoint(tmp_path: Path) -> None:
    """The header still says the old format while the log holds the new schema: the file is sound, opens,
    and the edit made after the update is there; check agrees."""
    path = tmp_path / "plan.workshop"
    shutil.copyfile(FIXTURES / "format1.workshop", path)
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(tmp_path / "backups")],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert "ack" in child.stdout, child.stderr
    assert child.returncode == -signal.SIGKILL
    assert fileformat.read_header(path).user_version == 1  # the header lags behind the log
    report = check_file(path)
    assert report.sound, report.findings
    with ProgrammeStore.open(path, backup_folder=tmp_path / "backups") as store:
        assert "edited after the update" in note_texts(store)
    assert fileformat.read_header(path).user_version == fileformat.HEAD_FORMAT


# --- logs that do not belong -----------------------------------------------------------------------------


def _refused_untouched(path: Path, kind: str) -> FileOpenError:
    before = {p.name: sha256(p) for p in path.parent.iterdir()}
    with pytest.raises(FileOpenError) as caught:
        ProgrammeStore.open(path)
    assert caught.value.kind == kind, str(caught.value)
    assert str(path) in str(caught.value)
    assert {p.name: sha256(p) for p in path.parent.iterdir()} == before
    return caught.value


def test_foreign_wal_is_refused(tmp_path: Path) -> None:
    """A log copied from another programme is not replayed into this one: refused, nothing changed."""
    mine, other = tmp_path / "mine", tmp_path / "other"
    mine.mkdir()
    other.mkdir()
    ProgrammeStore.create(mine / "plan.workshop", _initialise).close()
    ProgrammeStore.create(other / "plan.workshop", _initialise).close()
    with ProgrammeStore.open(other / "plan.workshop") as store:
        for index in range(5):
            add_note(store, f"other {index}")
        shutil.copyfile(wal_of(store.path), wal_of(mine / "plan.workshop"))
    error = _refused_untouched(mine / "plan.workshop", "foreign_wal")
    assert "plan.workshop-wal" in str(error)
    assert not check_file(mine / "plan.workshop").sound


def test_stale_wal_from_an_earlier_session_is_refused(tmp_path: Path) -> None:
    """A log left from an earlier session (restored by a backup tool) would silently revert later edits."""
    path = tmp_path / "files" / "plan.workshop"
    path.parent.mkdir()
    ProgrammeStore.create(path, _initialise).close()
    saved = tmp_path / "saved"
    saved.mkdir()
    with ProgrammeStore.open(path) as store:
        add_note(store, "first session")
        crash_image(path, saved / "plan.workshop")
    with ProgrammeStore.open(path) as store:
        for index in range(49):
            add_note(store, f"second session {index}")
    shutil.copyfile(wal_of(saved / "plan.workshop"), wal_of(path))
    _refused_untouched(path, "foreign_wal")
    assert not check_file(path).sound
    wal_of(path).unlink()
    with ProgrammeStore.open(path) as store:
        assert len(note_texts(store)) == 50


def test_own_wal_after_a_crash_is_replayed(tmp_path: Path) -> None:
    """The log a killed session left behind is its own: replayed, every edit there (the other side of the
    foreign-log check)."""
    path = tmp_path / "plan.workshop"
    ProgrammeStore.create(path, _initialise).close()
    image = tmp_path / "image"
    image.mkdir()
    with ProgrammeStore.open(path) as store:
        for index in range(20):
            add_note(store, f"kept {index}")
        store.checkpoint()
        add_note(store, "after the checkpoint")
        crash_image(path, image / "plan.workshop")
    assert check_file(image / "plan.workshop").sound
    with ProgrammeStore.open(image / "plan.workshop") as store:
        assert len(note_texts(store)) == 21


# --- backups that cannot be written ----------------------------------------------------------------------


def _old_file(folder: Path) -> Path:
    path = folder / "plan.workshop"
    shutil.copyfile(FIXTURES / "format1.workshop", path)
    return path


def test_backup_folder_not_writable(shared: Path) -> None:
    """The backups folder belongs to someone else: a clear refusal, the file and its folder as they were."""
    path = _old_file(shared)
    path.chmod(0o666)
    backups = shared / "backups"
    backups.mkdir(mode=0o755)
    digest = sha256(path)
    with as_other_user(), pytest.raises(FileOpenError) as caught:
        ProgrammeStore.open(path, backup_folder=backups)
    assert caught.value.kind == "backup_failed", str(caught.value)
    assert str(backups) in str(caught.value)
    assert sha256(path) == digest
    assert sorted(p.name for p in shared.iterdir()) == ["backups", "plan.workshop"]
    assert list(backups.iterdir()) == []


def test_disk_full_during_backup(tmp_path: Path) -> None:
    """No room for the backup: refused with "disk is full", no file under a backup's name, nothing changed."""
    path = _old_file(tmp_path)
    digest = sha256(path)
    with tmpfs("64k") as backups:
        with pytest.raises(FileOpenError) as caught:
            ProgrammeStore.open(path, backup_folder=backups)
        assert caught.value.kind == "backup_failed"
        assert "disk there is full" in str(caught.value)
        assert list(backups.iterdir()) == []
        assert backups_of(path, backups) == []
    assert sha256(path) == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.workshop"]


def test_partial_backup_never_counts(tmp_path: Path) -> None:
    """A copy cut short earlier (a .part of our own naming) is removed and never listed as a backup."""
    path = _old_file(tmp_path)
    backups = tmp_path / "backups"
    backups.mkdir()
    prefix = next(iter(["plan"]))
    from workshop_app.storage.migrate import _backup_prefix

    prefix = _backup_prefix(path)
    partial = backups / f".{prefix}.{uuid.uuid4().hex}.part"
    partial.write_bytes(b"SQLite format 3\x00")
    unrelated = backups / ".someone-else.part"
    unrelated.write_bytes(b"")
    with ProgrammeStore.open(path, backup_folder=backups) as store:
        assert store.backup is not None
    assert not partial.exists() and unrelated.exists()
    assert backups_of(path, backups) == [store.backup]


# --- locks -----------------------------------------------------------------------------------------------


def test_lock_path_is_a_folder(tmp_path: Path) -> None:
    path = tmp_path / "plan.workshop"
    ProgrammeStore.create(path, _initialise).close()
    lock_path(path).mkdir()
    digest = sha256(path)
    with pytest.raises(FileOpenError) as caught:
        ProgrammeStore.open(path)
    assert caught.value.kind == "lock_unusable"
    assert str(lock_path(path)) in str(caught.value)
    assert sha256(path) == digest
    assert lock_path(path).is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == [lock_path(path).name, "plan.workshop"]


def test_lock_file_of_another_account(shared: Path) -> None:
    """In a shared folder, a lock file left by another account cannot be taken: said so, nothing changed."""
    path = shared / "plan.workshop"
    ProgrammeStore.create(path, _initialise).close()
    path.chmod(0o666)
    lock_path(path).write_bytes(b"")
    lock_path(path).chmod(0o644)
    digest = sha256(path)
    with as_other_user(), pytest.raises(FileOpenError) as caught:
        ProgrammeStore.open(path)
    assert caught.value.kind == "lock_unusable", str(caught.value)
    assert "another account" in str(caught.value)
    assert sha256(path) == digest
    assert sorted(p.name for p in shared.iterdir()) == [lock_path(path).name, "plan.workshop"]


@pytest.mark.parametrize("link", ["symlink", "hardlink"])
def test_second_writer_through_a_link_is_refused(tmp_path: Path, link: str) -> None:
    path = tmp_path / "plan.workshop"
    ProgrammeStore.create(path, _initialise).close()
    other = tmp_path / "elsewhere" / "same.workshop"
    other.parent.mkdir()
    if link == "symlink":
        other.symlink_to(path)
    else:
        os.link(path, other)
    with ProgrammeStore.open(path) as first:
        with pytest.raises(FileOpenError) as caught:
            ProgrammeStore.open(other)
        assert caught.value.kind == "locked"
        add_note(first, "still writing")
    assert list(other.parent.iterdir()) == [other]
    with ProgrammeStore.open(other) as second:
        assert "still writing" in note_texts(second)


def test_a_folded_log_is_written_over_in_place_not_cut_back(tmp_path: Path) -> None:
    """Once the log's file has reached the fold limit, later commits overwrite it from the start instead of
    growing a shorter file again (a commit that lengthens the file costs a quarter more, its sync writing the
    new size too), and the file never grows past the limit by more than a commit."""
    from workshop_app.storage.store import WAL_LIMIT

    path = tmp_path / "plan.workshop"
    ProgrammeStore.create(path, _initialise).close()
    sizes: list[int] = []
    with ProgrammeStore.open(path) as store:
        for index in range(2000):
            add_note(store, f"note {index} " + "z" * 1500)
            sizes.append(wal_of(path).stat().st_size)
            if len(sizes) > 200 and sizes[-200] >= WAL_LIMIT:
                break
        reached = next(number for number, size in enumerate(sizes) if size >= WAL_LIMIT)
    after = sizes[reached:]
    assert len(after) >= 200  # the log was folded (a fold at least every ~250 of these commits) and went on
    assert min(after) >= WAL_LIMIT  # never cut back below the limit
    assert max(after) < WAL_LIMIT + 64 * 1024  # folded as soon as it passed it
    with ProgrammeStore.open(path) as store:
        assert len(note_texts(store)) == len(sizes)


def test_drags_fold_the_log_though_their_commits_look_at_it_less_often(tmp_path: Path) -> None:
    """A commit of one record updated (a drag) looks at the log's size only every LOOK_AT_LOG_EVERY commits;
    the log is still folded within a few pages of the limit, drag after drag, and every position is kept."""
    from workshop_app.services.boards import move_note
    from workshop_app.storage.store import LOOK_AT_LOG_EVERY, WAL_LIMIT

    assert LOOK_AT_LOG_EVERY > 1
    path = tmp_path / "plan.workshop"
    ProgrammeStore.create(path, _initialise).close()
    sizes: list[int] = []
    with ProgrammeStore.open(path) as store:
        add_note(store, "dragged")
        with store.reading() as session:
            note_id = session.exec(select(Note.id)).one()
        for index in range(1000):
            move_note(store, note_id, index / 1000, 0.5)
            sizes.append(wal_of(path).stat().st_size)
    reached = next(number for number, size in enumerate(sizes) if size >= WAL_LIMIT)
    after = sizes[reached:]
    assert len(after) >= 600  # some 5 MB of log written past the limit: folded again and again
    assert max(after) < WAL_LIMIT + 64 * 1024
    with ProgrammeStore.open(path) as store, store.reading() as session:
        assert session.exec(select(Note.x)).one() == pytest.approx(0.999)


def test_check_while_the_file_is_open_for_writing(tmp_path: Path) -> None:
    """``check`` beside an open window: the live log is the writer's work in progress, not a foreign one."""
    path = tmp_path / "plan.workshop"
    ProgrammeStore.create(path, _initialise).close()
    with ProgrammeStore.open(path) as store:
        for index in range(5):
            add_note(store, f"live {index}")
        assert wal_of(path).stat().st_size > 0
        report = check_file(path)
        assert report.sound, report.findings
        add_note(store, "after the check")
    with ProgrammeStore.open(path) as store:
        assert len(note_texts(store)) == 6


def test_log_folded_as_it_grows_stays_its_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite's automatic checkpoint is off; the store folds the log itself past a size, and every new log
    begins with its lineage, so a crash image taken after many folds is still recognised as the file's own."""
    from workshop_app.storage import store as store_module

    monkeypatch.setattr(store_module, "WAL_LIMIT", 48 * 1024)
    path = tmp_path / "plan.workshop"
    ProgrammeStore.create(path, _initialise).close()
    image = tmp_path / "image"
    image.mkdir()
    largest = 0
    with ProgrammeStore.open(path) as store:
        for index in range(150):
            add_note(store, f"note {index} " + "y" * 400)
            largest = max(largest, wal_of(path).stat().st_size)
        crash_image(path, image / "plan.workshop")
    assert largest < 48 * 1024 + 64 * 1024  # folded, never left to grow
    assert check_file(image / "plan.workshop").sound
    with ProgrammeStore.open(image / "plan.workshop") as store:
        assert len(note_texts(store)) == 150
