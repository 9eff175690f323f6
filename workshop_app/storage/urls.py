"""Telling a server URL from a file path, and showing a URL without its password. Light on purpose (standard
library only): the command line's argument parsing and every place that shows a location use it."""

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlsplit, urlunsplit

Location = Path | str
"""A programme's location: a ``.workshop`` file, or a ``postgresql://`` URL naming one database."""

_SCHEMES = frozenset({"postgresql", "postgres", "postgresql+psycopg"})


def is_server_location(location: object) -> bool:
    """Whether ``location`` names a programme on a server rather than a file."""
    return isinstance(location, str) and location.split(":", 1)[0].lower() in _SCHEMES


def location_argument(value: str) -> Location:
    """The argparse type of a programme argument: a URL stays as typed (``Path`` would fold its ``//``)."""
    return value if is_server_location(value) else Path(value)


def masked(location: object) -> str:
    """``location`` as it may be shown or logged: a password in a URL (``user:password@``, or a ``password=``
    parameter) becomes ``***``. Anything else is shown as it is."""
    return _password_replaced(str(location), "***")


def without_password(location: object) -> str:
    """``location`` with any password taken out: what the recent list, the session and the keyring's entry
    name keep, so a password is never written to the settings (it comes from the keyring, a password file, a
    service file or PGPASSWORD, or is asked again)."""
    return _password_replaced(str(location), None)


def _password_replaced(text: str, replacement: str | None) -> str:
    """A server URL with its password (in the user part or a ``password=`` parameter) replaced, or removed
    when ``replacement`` is None; anything else as it is."""
    if not is_server_location(text):
        return text
    try:
        parts = urlsplit(text)
    except ValueError:
        return "postgresql://…"
    netloc = parts.netloc
    if "@" in netloc:
        credentials, host = netloc.rsplit("@", 1)
        if ":" in credentials:
            user = credentials.split(":", 1)[0]
            credentials = user if replacement is None else f"{user}:{replacement}"
        netloc = f"{credentials}@{host}"
    items = [item for item in parts.query.split("&") if item]
    if replacement is None:
        items = [item for item in items if not item.lower().startswith("password=")]
    else:
        items = [f"password={replacement}" if item.lower().startswith("password=") else item for item in items]
    return urlunsplit((parts.scheme, netloc, parts.path, "&".join(items), parts.fragment))


DEFAULT_PORT = 5432
TLS_MODES = ("prefer", "require", "verify-ca", "verify-full", "disable")
"""libpq's ``sslmode`` values a facilitator may pick (``prefer``, libpq's own default, first)."""


@dataclass(frozen=True)
class ServerAddress:
    """The parts of a programme's server address as the "Open From Server" dialog shows them; the URL is
    made from them (:meth:`url`) and read back into them (:meth:`parse`), so a pasted URL and typed fields
    are one thing. ``host`` is a name, an IP address, or a socket folder (starting with ``/``); ``other``
    keeps the URL's further parameters (``service=``, ``sslrootcert=``…) as they were."""

    host: str = ""
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""
    tls: str = TLS_MODES[0]
    other: tuple[tuple[str, str], ...] = ()

    def url(self, password: str | None = None) -> str:
        """The ``postgresql://`` URL; with ``password`` (never stored, never shown) put in it for connecting."""
        user = quote(self.user, safe="")
        if password:
            credentials = f"{user}:{quote(password, safe='')}@" if user else ""
        else:
            credentials = f"{user}@" if user else ""
        query: list[tuple[str, str]] = []
        if self.host.startswith("/"):
            netloc = credentials
            query.append(("host", self.host))
            if self.port != DEFAULT_PORT:
                query.append(("port", str(self.port)))
        else:
            host = f"[{self.host}]" if ":" in self.host else self.host
            port = f":{self.port}" if self.port != DEFAULT_PORT and host else ""
            netloc = f"{credentials}{host}{port}"
        if self.tls != TLS_MODES[0]:
            query.append(("sslmode", self.tls))
        query.extend(self.other)
        if password and not user:
            query.append(("password", password))
        text = "&".join(f"{key}={quote(value, safe='/')}" for key, value in query)
        return urlunsplit(("postgresql", netloc, "/" + quote(self.database, safe=""), text, ""))

    @classmethod
    def parse(cls, text: str) -> "tuple[ServerAddress, str | None]":
        """The address in a ``postgresql://`` URL, and the password it carries (if any). Raises ValueError for
        anything that is not such a URL (the dialog says so)."""
        text = text.strip()
        if not is_server_location(text):
            raise ValueError(text)
        parts = urlsplit(text)
        user = unquote(parts.username or "")
        password = unquote(parts.password) if parts.password is not None else None
        host = parts.hostname or ""
        port = parts.port or DEFAULT_PORT  # raises ValueError for a port out of range
        database = unquote(parts.path.lstrip("/"))
        tls = TLS_MODES[0]
        other: list[tuple[str, str]] = []
        for key, value in parse_qsl(parts.query, keep_blank_values=True):
            if key == "host":
                host = value
            elif key == "port":
                port = int(value)
            elif key == "sslmode" and value in TLS_MODES:
                tls = value
            elif key == "password":
                password = value
            elif key == "user":
                user = value
            elif key == "dbname":
                database = value
            else:
                other.append((key, value))
        if not 0 < port < 65536:
            raise ValueError(port)
        return cls(host, port, database, user, tls, tuple(other)), password


__all__ = [
    "TLS_MODES",
    "Location",
    "ServerAddress",
    "is_server_location",
    "location_argument",
    "masked",
    "without_password",
]
