"""Where a programme is: a ``.workshop`` file or a ``postgresql://`` URL. Every command and the GUI open,
create and read programmes through these functions, never through one kind of store directly."""

from collections.abc import Callable
from pathlib import Path
from typing import cast

from sqlmodel import Session

from workshop_app.storage.passwords import saved_password
from workshop_app.storage.server import ServerProbe, ServerStore, probe
from workshop_app.storage.store import ProgrammeStore
from workshop_app.storage.transactions import TransactionalStore
from workshop_app.storage.urls import Location, ServerAddress, is_server_location, location_argument, masked


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


def with_saved_password(location: str) -> str:
    """``location`` with the password the desktop's keyring keeps for it, when the URL carries none. Without
    one it stays as it is, and the driver looks where libpq looks (a password file, a service file,
    PGPASSWORD); if none of them has it, opening says the server asked for a password."""
    try:
        address, password = ServerAddress.parse(location)
    except ValueError:
        return location
    if password is not None:
        return location
    kept = saved_password(location)
    return address.url(kept) if kept else location


def probe_server(location: str) -> ServerProbe:
    """What opening the programme at ``location`` would find, changing nothing (the Open From Server dialog's
    Test); raises the same error opening would."""
    return probe(location)


def as_programme_store(store: TransactionalStore) -> ProgrammeStore:
    """``store`` for the services, which are typed against :class:`ProgrammeStore` but use only what
    :class:`TransactionalStore` offers (transactions, reading, snapshots, subscribers, ``programme_id``,
    ``read_only``, ``checkpoint``), which a :class:`ServerStore` offers too. Retyping every service to the base
    class is the lasting fix; until then the cast is made here, in one place, on purpose."""
    return cast(ProgrammeStore, store)


def shown(location: Location) -> str:
    """``location`` as it may be shown or logged (a URL's password masked)."""
    return masked(str(location))


__all__ = [
    "Location",
    "ServerProbe",
    "as_programme_store",
    "create_programme_store",
    "location_argument",
    "open_for_reading",
    "open_programme",
    "probe_server",
    "shown",
    "with_saved_password",
]
