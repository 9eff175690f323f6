"""Keyrings for the tests: one that keeps passwords in memory (a desktop with a keyring), and the "fail"
backend of a machine without one (this headless box, CI). Each fixture puts the previous backend back."""

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """A keyring backend in a dict, as a desktop's would behave (deleting a missing entry raises)."""

    priority = 1  # type: ignore[assignment]  # keyring declares it a class property; a plain value is how backends set it

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(name="memory_keyring")
def memory_keyring_fixture() -> Iterator[MemoryKeyring]:
    """A desktop with a keyring."""
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture(name="no_keyring")
def no_keyring_fixture() -> Iterator[None]:
    """A machine without a keyring backend (what keyring picks on a headless box)."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)
