"""Telling a server URL from a file path, and showing a URL without its password. Light on purpose (standard
library only): the command line's argument parsing and every place that shows a location use it."""

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

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
    text = str(location)
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
            credentials = credentials.split(":", 1)[0] + ":***"
        netloc = f"{credentials}@{host}"
    query = "&".join(
        "password=***" if item.lower().startswith("password=") else item for item in parts.query.split("&") if item
    )
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


__all__ = ["Location", "is_server_location", "location_argument", "masked"]
