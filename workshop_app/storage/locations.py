"""Where a programme is: a ``.workshop`` file or a ``postgresql://`` URL. Every command and the GUI open,
create and read programmes through these functions, never through one kind of store directly."""

from collections.abc import Callable
from pathlib import Path

from sqlmodel import Session

from workshop_app.storage.server import ServerStore, is_server_location, masked
from workshop_app.storage.store import ProgrammeStore
from workshop_app.storage.transactions import TransactionalStore

Location = Path | str


def open_programme(location: Location, *, read_only: bool = False) -> TransactionalStore:
    """Open the programme at ``location`` (a file path, or a URL naming one database on a server)."""
    if is_server_location(location):
        return ServerStore.open(str(location), read_only=read_only)
    return ProgrammeStore.open(Path(location), read_only=read_only)


def open_for_reading(location: Location, *, writable_if_free: bool = False) -> TransactionalStore:
    """Open to read (info, exports); see :meth:`ProgrammeStore.open_for_reading`."""
    if is_server_location(location):
        return ServerStore.open_for_reading(str(location), writable_if_free=writable_if_free)
    return ProgrammeStore.open_for_reading(Path(location), writable_if_free=writable_if_free)


def create_programme_store(location: Location, initialise: Callable[[Session], None]) -> TransactionalStore:
    """A new programme at ``location``: a new file, or an empty database on a server."""
    if is_server_location(location):
        return ServerStore.create(str(location), initialise)
    return ProgrammeStore.create(Path(location), initialise)


def shown(location: Location) -> str:
    """``location`` as it may be shown or logged (a URL's password masked)."""
    return masked(str(location))


__all__ = ["Location", "create_programme_store", "open_for_reading", "open_programme", "shown"]
