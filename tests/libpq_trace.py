"""What a store sends to PostgreSQL, read from libpq's own trace of the protocol messages: a store's hot paths
run their statements on the driver's connection, where SQLAlchemy's statement events do not see them."""

import contextlib
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg

from workshop_app.storage.transactions import TransactionalStore


@contextlib.contextmanager
def round_trips(store: TransactionalStore) -> Iterator[list[list[str]]]:
    """The statements the store's writing connection sends inside the block, grouped by round trip (a round
    trip ends with a simple Query or a pipeline's Sync). Statements are not prepared meanwhile, so each one's
    text is in the trace."""
    with store.writing() as conn:
        driver = conn.connection.driver_connection
    assert isinstance(driver, psycopg.Connection)
    trips: list[list[str]] = []
    threshold = driver.prepare_threshold
    with tempfile.TemporaryDirectory() as folder:
        trace = Path(folder) / "libpq.trace"
        with trace.open("w") as sink:
            driver.prepare_threshold = None
            driver.pgconn.trace(sink.fileno())
            driver.pgconn.set_trace_flags(psycopg.pq.Trace.SUPPRESS_TIMESTAMPS | psycopg.pq.Trace.REGRESS_MODE)
            try:
                yield trips
            finally:
                driver.pgconn.untrace()
                driver.prepare_threshold = threshold
        trip: list[str] = []
        for line in trace.read_text().splitlines():
            fields = line.split("\t", 3)
            if fields[0] != "F":
                continue
            if fields[2] in ("Query", "Parse"):
                trip.append(fields[3])
            if fields[2] in ("Query", "Sync") and trip:
                trips.append(trip)
                trip = []
