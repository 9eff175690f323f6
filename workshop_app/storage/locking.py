"""The single-writer lock of a programme file, tied to the file itself rather than to the name it was opened by.

Two locks are held while a programme is open for writing:

* a lock file beside the file's *resolved* path (``.~plan.workshop.lock``), so that a symlink leads to the same
  lock, and so that another account or another computer on a shared folder sees the file is open;
* an exclusive ``flock`` on the programme file itself, so that a hard link (another name for the same file)
  cannot give a second writer either. ``flock`` locks are separate from the POSIX record locks SQLite uses on
  the same file, so the two never interfere.

Any failure to take them (held elsewhere, a lock file of another user, a folder where the lock file should
be) is a :class:`FileOpenError` that names the file and changes nothing.
"""

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock, Timeout

from workshop_app.errors import QT_TRANSLATE_NOOP, FileOpenError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: the lock file alone (its share modes cover links there)
    fcntl = None  # type: ignore[assignment]


def lock_path(path: Path) -> Path:
    """The lock file of ``path``, beside the file it finally names (through any symlinks)."""
    real = Path(os.path.realpath(path))
    return real.with_name(f".~{real.name}.lock")


@dataclass
class FileLocks:
    """The two locks held for one open programme file."""

    named: FileLock
    descriptor: int | None


def acquire_lock(path: Path) -> FileLocks:
    """Both locks, or FileOpenError (``locked`` when held elsewhere, ``lock_unusable`` when it cannot be
    taken at all); on failure neither is held and no lock file is left behind."""
    named = FileLock(lock_path(path), timeout=0, thread_local=False, blocking=False)
    existed = lock_path(path).exists() or lock_path(path).is_symlink()
    try:
        named.acquire()
    except Timeout as error:
        raise _locked(path) from error
    except OSError as error:
        raise FileOpenError(
            QT_TRANSLATE_NOOP(
                "WorkshopErrors",
                "{path} cannot be opened for writing because its lock file {lock} cannot be used ({reason}). "
                "It may be open on another account. Nothing was changed; if no one has it open, remove {lock}.",
            ),
            kind="lock_unusable",
            path=str(path),
            lock=str(lock_path(path)),
            reason=error.strerror or str(error),
        ) from error
    try:
        descriptor = _lock_the_file(path)
    except BaseException:
        if not existed:
            lock_path(path).unlink(missing_ok=True)
        named.release()
        raise
    return FileLocks(named, descriptor)


def _lock_the_file(path: Path) -> int | None:
    if fcntl is None:
        return None
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None  # unreadable files are refused when opened; the named lock still holds
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as error:
        os.close(descriptor)
        raise _locked(path) from error
    except OSError:
        # A file system without flock (some network shares): the named lock is all there is.
        os.close(descriptor)
        return None
    return descriptor


def release_lock(lock: FileLocks | None, path: Path) -> None:
    """Remove the lock file while still holding the lock, so no one can lock the old one meanwhile."""
    if lock is None:
        return
    if lock.descriptor is not None:
        with contextlib.suppress(OSError):
            os.close(lock.descriptor)
        lock.descriptor = None
    with contextlib.suppress(OSError):
        lock_path(path).unlink(missing_ok=True)
    lock.named.release()


def held_elsewhere(path: Path) -> bool:
    """True while another window or process holds the writer's lock of ``path`` (its log is work in progress)."""
    if not lock_path(path).exists():
        return False
    probe = FileLock(lock_path(path), timeout=0, thread_local=False, blocking=False)
    try:
        probe.acquire()
    except Timeout:
        return True
    except OSError:
        return False
    probe.release()
    return False


def _locked(path: Path) -> FileOpenError:
    return FileOpenError(
        QT_TRANSLATE_NOOP(
            "WorkshopErrors",
            "{path} is already open in another Workshop App window or on another account. Close it there first.",
        ),
        kind="locked",
        path=str(path),
    )
