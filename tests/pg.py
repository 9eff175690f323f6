"""A throwaway PostgreSQL cluster for the tests: initdb in a temporary folder, a Unix socket there, no TCP.

The cluster runs as an unprivileged user (PostgreSQL refuses to run as root): as the current user when that is
not root, else as ``workshoptest`` (created with useradd if missing). It is started once per test session
(per xdist worker) and stopped at the end. Each test asks :func:`new_database` for a database of its own.
"""

import atexit
import contextlib
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

TEST_USER = "workshoptest"


def _binaries() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[4]))
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


@dataclass(frozen=True)
class Cluster:
    """A running cluster: its socket folder and superuser; :meth:`url` names a database on it."""

    socket_dir: Path
    superuser: str

    def url(self, database: str, *, user: str | None = None, password: str | None = None) -> str:
        who = user or self.superuser
        if password is not None:
            who = f"{who}:{password}"
        return f"postgresql://{who}@/{database}?host={self.socket_dir}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(host=str(self.socket_dir), user=self.superuser, dbname=database, autocommit=True) as conn:
            conn.execute(statement)  # type: ignore[arg-type]


def _as_user(user: str | None, command: list[str]) -> list[str]:
    return command if user is None else ["runuser", "-u", user, "--", *command]


@contextlib.contextmanager
def _running_cluster(*, durable: bool = False) -> Iterator[Cluster | None]:
    """A cluster for the session; ``durable`` keeps fsync on (benchmarks), tests switch it off for speed."""
    binaries = _binaries()
    if binaries is None:
        yield None
        return
    user: str | None = None
    if os.geteuid() == 0:
        user = TEST_USER
        try:
            pwd.getpwnam(user)
        except KeyError:
            subprocess.run(["useradd", "--system", "--no-create-home", user], check=True, capture_output=True)
    superuser = user or pwd.getpwuid(os.geteuid()).pw_name
    folder = Path(tempfile.mkdtemp(prefix="workshop-pg-"))
    data, sockets = folder / "data", folder / "run"
    sockets.mkdir()
    if user is not None:
        entry = pwd.getpwnam(user)
        for path in (folder, sockets):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    run = lambda *args: subprocess.run(_as_user(user, list(args)), check=True, capture_output=True, timeout=120)  # noqa: E731
    try:
        run(str(binaries / "initdb"), "-D", str(data), "-U", superuser, "--auth=trust", "-E", "UTF8", "--no-sync")
        # The superuser by trust over the socket; every other role must give its password (credential tests).
        hba = data / "pg_hba.conf"
        run("sh", "-c", f"printf 'local all {superuser} trust\\nlocal all all scram-sha-256\\n' > {hba}")
        options = f"-c listen_addresses='' -k {sockets} -c max_connections=60"
        if not durable:
            options += " -c fsync=off"
        run(str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start")
        try:
            yield Cluster(sockets, superuser)
        finally:
            run(str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


_shared: list[Cluster | None] = []


def shared_cluster() -> Cluster:
    """This process's cluster, started on first use and stopped when the process ends (atexit): fixtures of any
    scope and module can reach it without naming a fixture. Skips the test where PostgreSQL is missing."""
    if not _shared:
        running = _running_cluster()
        cluster = running.__enter__()
        atexit.register(running.__exit__, None, None, None)
        _shared.append(cluster)
    if _shared[0] is None:
        pytest.skip("PostgreSQL is not installed (make test installs Debian's postgresql package)")
    return _shared[0]


@pytest.fixture(scope="session", name="pg_cluster")
def postgres_cluster() -> Cluster:
    """The process's cluster (:func:`shared_cluster`) as a fixture."""
    return shared_cluster()


def _create_database(cluster: Cluster, template: str | None = None) -> str:
    """A new database's name: empty, or a copy of the database ``template``."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    cluster.sql(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
    return name


def new_database(cluster: Cluster) -> str:
    """An empty database of its own for one test; returns its URL."""
    return cluster.url(_create_database(cluster))


_template_databases: dict[tuple[Cluster, str], str] = {}


def database_copy(cluster: Cluster, key: str, fill: Callable[[str], object]) -> str:
    """A database of its own for one test, a copy of the one ``fill(url)`` filled under ``key`` (filled on first
    use in this process); returns the copy's URL.

    Filling a programme into a database runs every migration and copies every row (1.7 s for an empty one);
    CREATE DATABASE ... TEMPLATE copies the finished database in about 0.15 s. ``fill`` must leave no
    connection open to it: PostgreSQL copies only a template nobody is connected to.
    """
    if (cluster, key) not in _template_databases:
        name = _create_database(cluster)
        fill(cluster.url(name))
        _template_databases[cluster, key] = name
    return cluster.url(_create_database(cluster, template=_template_databases[cluster, key]))
