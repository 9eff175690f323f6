"""A server password kept in the desktop's keyring, when the desktop has one.

The app never writes a password to its own settings. A facilitator's password comes from the libpq
conventions (a password file, a service file, PGPASSWORD), from the keyring when they asked the app to keep it
there, or is asked again. ``keyring`` is imported only here and only when asked, and every failure of a
keyring (none on a headless machine, a locked one, a D-Bus error) counts as "no keyring": opening a programme
never fails because of it.
"""

import logging

from workshop_app.storage.urls import without_password

SERVICE = "workshop-app"
"""The keyring's service name for every entry the app keeps; the entry's user name is the server address."""

_log = logging.getLogger(__name__)


def keyring_available() -> bool:
    """Whether a real keyring backend is there (not the "fail" or "null" stand-ins of a machine without one),
    so the "remember in the system keyring" option is offered only where it would work."""
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
        return not isinstance(backend, fail.Keyring | null.Keyring) and float(backend.priority) > 0
    except Exception as error:  # any keyring trouble means: do not offer it
        _log.info("no keyring: %s", type(error).__name__)
        return False


def saved_password(location: str) -> str | None:
    """The password kept for the server address ``location`` (without its password), or None."""
    if not keyring_available():
        return None
    try:
        import keyring

        return keyring.get_password(SERVICE, _entry(location))
    except Exception as error:
        _log.info("keyring lookup failed: %s", type(error).__name__)
        return None


def save_password(location: str, password: str) -> bool:
    """Keep ``password`` for ``location`` in the keyring; False if there is none or it refused."""
    if not keyring_available():
        return False
    try:
        import keyring

        keyring.set_password(SERVICE, _entry(location), password)
    except Exception as error:
        _log.info("keyring refused the password: %s", type(error).__name__)
        return False
    return True


def forget_password(location: str) -> None:
    """Remove a kept password (the facilitator unticked "remember", or it no longer works)."""
    if not keyring_available():
        return
    try:
        import keyring

        keyring.delete_password(SERVICE, _entry(location))
    except Exception as error:  # nothing kept is fine too
        _log.info("keyring entry not removed: %s", type(error).__name__)


def _entry(location: str) -> str:
    """The keyring entry's name: the address without any password, so it can be shown in a keyring manager."""
    return without_password(location)


__all__ = ["SERVICE", "forget_password", "keyring_available", "save_password", "saved_password"]
