"""A server programme's address: the parts the Open From Server dialog shows and the URL made of them are one
thing; a password is never kept (recent list, keyring entry name) and never shown; the keyring keeps it only
where there is one."""

import pytest
from sqlalchemy.engine import make_url

from tests.keyrings import MemoryKeyring, memory_keyring_fixture, no_keyring_fixture  # noqa: F401  (fixtures)
from workshop_app.storage.locations import with_saved_password
from workshop_app.storage.passwords import (
    SERVICE,
    forget_password,
    keyring_available,
    save_password,
    saved_password,
)
from workshop_app.storage.urls import ServerAddress, masked, without_password

AWKWARD = "p@ss:w/rd&x=1 ?#"


@pytest.mark.parametrize(
    "address",
    [
        ServerAddress("db.region.fi", 5433, "programme one", "anna", "require"),
        ServerAddress("/run/postgresql", 5432, "valuma", "bob"),
        ServerAddress("::1", 6000, "x", "", "verify-full", (("service", "region"),)),
        ServerAddress("db.region.fi", 5432, "ohjelma_ä", "änna"),
    ],
)
def test_fields_and_url_are_one_thing(address: ServerAddress) -> None:
    assert ServerAddress.parse(address.url()) == (address, None)
    url = address.url(AWKWARD)
    assert ServerAddress.parse(url) == (address, AWKWARD)
    assert AWKWARD not in masked(url) and "p%40ss" not in masked(url)
    assert ServerAddress.parse(without_password(url)) == (address, None)
    if address.user:  # the driver reads the same password back
        assert make_url(url).password == AWKWARD


def test_typed_urls_are_read_as_libpq_reads_them() -> None:
    address, password = ServerAddress.parse("postgres://anna:secret@db:5433/progr?sslmode=verify-ca&application_name=w")
    assert (address.host, address.port, address.database, address.user, address.tls) == (
        "db",
        5433,
        "progr",
        "anna",
        "verify-ca",
    )
    assert password == "secret" and address.other == (("application_name", "w"),)
    assert ServerAddress.parse("postgresql:///progr?host=/tmp/s&port=5999&password=pw")[0].host == "/tmp/s"
    for bad in ("", "/home/anna/programme.workshop", "https://db/x", "postgresql://db:99999/x"):
        with pytest.raises(ValueError):
            ServerAddress.parse(bad)


def test_without_password_removes_it_wherever_it_is() -> None:
    assert without_password("postgresql://anna:pw@db/p") == "postgresql://anna@db/p"
    assert without_password("postgresql://anna@/p?host=/s&password=pw&sslmode=require") == (
        "postgresql://anna@/p?host=/s&sslmode=require"
    )
    assert without_password("/a/file.workshop") == "/a/file.workshop"


def test_no_keyring_means_nothing_offered_nothing_kept(no_keyring: None) -> None:
    assert not keyring_available()
    assert not save_password("postgresql://anna@db/p", "pw")
    assert saved_password("postgresql://anna@db/p") is None
    forget_password("postgresql://anna@db/p")  # no keyring: quietly nothing
    assert with_saved_password("postgresql://anna@db/p") == "postgresql://anna@db/p"


def test_a_keyring_keeps_the_password_under_the_address_without_it(memory_keyring: MemoryKeyring) -> None:
    assert keyring_available()
    assert save_password("postgresql://anna:typed@db/p", "pw")
    assert memory_keyring.entries == {(SERVICE, "postgresql://anna@db/p"): "pw"}
    assert saved_password("postgresql://anna@db/p") == "pw"
    assert make_url(with_saved_password("postgresql://anna@db/p")).password == "pw"
    assert with_saved_password("postgresql://anna:own@db/p") == "postgresql://anna:own@db/p"  # the URL's wins
    forget_password("postgresql://anna@db/p")
    forget_password("postgresql://anna@db/p")  # already gone: no error
    assert saved_password("postgresql://anna@db/p") is None


def test_a_broken_keyring_counts_as_none(memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    def locked(*_args: object) -> None:
        raise RuntimeError("the keyring is locked")

    monkeypatch.setattr(memory_keyring, "get_password", locked)
    monkeypatch.setattr(memory_keyring, "set_password", locked)
    assert saved_password("postgresql://anna@db/p") is None
    assert not save_password("postgresql://anna@db/p", "pw")
