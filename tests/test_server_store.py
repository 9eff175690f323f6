"""A programme on PostgreSQL: the same services and operations as a file, several writers at once, live
changes between stores, copy both ways, and one clear message for each way opening can fail.

Runs against the throwaway cluster of tests/pg.py (skipped, saying why, where PostgreSQL is not installed)."""

import json
import threading
import uuid
from pathlib import Path

import pytest

from tests.libpq_trace import round_trips
from tests.pg import Cluster, database_copy, new_database, postgres_cluster  # noqa: F401  (the pg_cluster fixture)
from tests.templates import demo_file
from workshop_app.errors import ConflictError, FileOpenError, ReadOnlyError
from workshop_app.export.tabular import export_programme_json
from workshop_app.operations.base import run
from workshop_app.operations.changes import ChangeSet, Kind
from workshop_app.operations.records import Update
from workshop_app.services import boards, workshops
from workshop_app.storage.locations import open_programme, shown
from workshop_app.storage.server import ServerStore, change_set_from_json, masked
from workshop_app.storage.store import ProgrammeStore
from workshop_app.storage.transfer import transfer_programme

pytestmark = pytest.mark.xdist_group("postgresql")


@pytest.fixture
def demo_url(pg_cluster: Cluster, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The demo programme copied onto the server, in a database of its own (a copy of the database the demo
    was transferred into once in this process: a transfer takes about a second)."""
    return database_copy(pg_cluster, "demo", lambda url: transfer_programme(demo_file(tmp_path, tmp_path_factory), url))


def without_time(document: dict) -> dict:
    return {key: value for key, value in document.items() if key != "exported_at"}


def test_copy_file_to_server_to_file_exports_the_same_json(
    demo_url: str, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    original = demo_file(tmp_path, tmp_path_factory, name="original.workshop")
    back = tmp_path / "back.workshop"
    transfer_programme(demo_url, back)
    with ProgrammeStore.open(original, read_only=True) as store:
        first = json.loads(export_programme_json(store, tmp_path / "one.json").read_text(encoding="utf-8"))
    with ProgrammeStore.open(back, read_only=True) as store:
        second = json.loads(export_programme_json(store, tmp_path / "two.json").read_text(encoding="utf-8"))
    with open_programme(demo_url, read_only=True) as store:
        third = json.loads(export_programme_json(store, tmp_path / "three.json").read_text(encoding="utf-8"))  # type: ignore[arg-type]
    assert without_time(first) == without_time(second) == without_time(third)


def first_workshop(store: object) -> workshops.WorkshopView:
    return workshops.list_workshops(store)[0]  # type: ignore[arg-type]


def test_every_revision_runs_on_postgresql_and_the_services_work(pg_cluster: Cluster) -> None:
    from workshop_app.services import programme

    url = new_database(pg_cluster)
    from workshop_app.catalogue import default_catalogue
    from workshop_app.catalogue.loader import catalogue_to_json
    from workshop_app.domain.models import CatalogueSnapshot, Programme
    from workshop_app.storage.locations import create_programme_store
    from workshop_app.storage.migrate import head_revision

    method = default_catalogue()

    def initialise(session: object) -> None:
        session.add(Programme(name="Fjord", start_year=2026, catalogue_version=method.version))  # type: ignore[attr-defined]
        session.add(CatalogueSnapshot(version=method.version, content=catalogue_to_json(method)))  # type: ignore[attr-defined]

    with create_programme_store(url, initialise) as store:
        with store.reading() as session:
            from sqlalchemy import text

            assert session.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == head_revision()
        assert programme.get_programme(store).name == "Fjord"  # type: ignore[arg-type]
        made = workshops.create_workshop(store, title="Kick-off", phase=1)  # type: ignore[arg-type]
        board = boards.create_board(store, made.id, title="Ideas")  # type: ignore[arg-type]
        note = boards.add_note(store, board.id, text="Bus", x=0.1, y=0.2)  # type: ignore[arg-type]
        outcome = run(store, Update(Kind.WORKSHOP, made.id, {"title": "Start"}, expected={"title": "Kick-off"}))  # type: ignore[arg-type]
        assert outcome.changes.ids(Kind.WORKSHOP) == {made.id}
        run(store, outcome.inverse)  # type: ignore[arg-type]
        assert first_workshop(store).title == "Kick-off"
        assert [n.id for n in boards.list_notes(store, board.id)] == [note.id]  # type: ignore[arg-type]


def test_stale_edit_is_refused_and_undo_never_overwrites_a_colleague(demo_url: str) -> None:
    with open_programme(demo_url) as mine, open_programme(demo_url) as theirs:
        seen = first_workshop(mine)
        run(theirs, Update(Kind.WORKSHOP, seen.id, {"title": "Theirs"}, expected={"title": seen.title}))  # type: ignore[arg-type]
        with pytest.raises(ConflictError):
            run(mine, Update(Kind.WORKSHOP, seen.id, {"title": "Mine"}, expected={"title": seen.title}))  # type: ignore[arg-type]
        assert first_workshop(mine).title == "Theirs"
        # my own edit, then theirs on top: my undo is refused rather than wiping theirs
        done = run(mine, Update(Kind.WORKSHOP, seen.id, {"title": "Mine"}, expected={"title": "Theirs"}))  # type: ignore[arg-type]
        run(theirs, Update(Kind.WORKSHOP, seen.id, {"title": "Later"}, expected={"title": "Mine"}))  # type: ignore[arg-type]
        with pytest.raises(ConflictError):
            run(mine, done.inverse)  # type: ignore[arg-type]
        assert first_workshop(theirs).title == "Later"


def test_two_concurrent_writers_lose_no_update(demo_url: str) -> None:
    from workshop_app.storage.server import ServerError

    with open_programme(demo_url) as one, open_programme(demo_url) as two:
        board = boards.list_boards(one)[0]  # type: ignore[arg-type]
        before = len(boards.list_notes(one, board.id))  # type: ignore[arg-type]
        refused: list[str] = []
        failures: list[BaseException] = []

        def write(store: object, label: str) -> None:
            try:
                add_all(store, label)
            except BaseException as error:
                failures.append(error)

        def add_all(store: object, label: str) -> None:
            for number in range(15):
                for _attempt in range(20):  # a serialisation conflict is refused whole; the person tries again
                    try:
                        boards.add_note(store, board.id, text=f"{label}{number}", x=number / 20, y=0.0)  # type: ignore[arg-type]
                        break
                    except ServerError as error:
                        assert error.kind == "conflict"
                        refused.append(label)

        threads = [threading.Thread(target=write, args=(s, label)) for s, label in ((one, "a"), (two, "b"))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert not failures
        texts = [n.text for n in boards.list_notes(two, board.id)]  # type: ignore[arg-type]
        assert len(texts) == before + 30
        assert {f"{label}{n}" for label in "ab" for n in range(15)} <= set(texts)


def _listen(store: ProgrammeStore | ServerStore) -> tuple[list[ChangeSet], threading.Event]:
    """The change sets ``store`` hears from others, and an event set when one arrives."""
    heard: list[ChangeSet] = []
    arrived = threading.Event()

    def listener(changes: ChangeSet) -> None:
        heard.append(changes)
        arrived.set()

    store.subscribe(listener)
    return heard, arrived


def test_others_changes_arrive_live_as_change_sets(demo_url: str) -> None:
    with open_programme(demo_url) as watcher, open_programme(demo_url) as editor:
        heard, arrived = _listen(watcher)
        seen = first_workshop(editor)
        run(editor, Update(Kind.WORKSHOP, seen.id, {"title": "Renamed"}))  # type: ignore[arg-type]
        assert arrived.wait(10), "the other store's change never arrived"
        assert seen.id in heard[0].ids(Kind.WORKSHOP)
        assert first_workshop(watcher).title == "Renamed"


def test_change_set_survives_its_notify_payload() -> None:
    notes, votes = frozenset({uuid.uuid4(), uuid.uuid4()}), frozenset({uuid.uuid4()})
    changes = ChangeSet(updated={Kind.NOTE: notes}, deleted={Kind.VOTE: votes})
    assert change_set_from_json(json.loads(json.dumps(changes.as_json()))) == changes


def test_read_only_role_opens_read_only_and_password_never_shown(
    demo_url: str,
    pg_cluster: Cluster,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database = demo_url.split("@/")[1].split("?")[0]
    role = f"reader_{uuid.uuid4().hex[:8]}"
    pg_cluster.sql(f"CREATE ROLE {role} LOGIN PASSWORD 's3cret-pw'")
    pg_cluster.sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}", database)
    url = pg_cluster.url(database, user=role, password="s3cret-pw")
    assert "s3cret-pw" not in masked(url) and "s3cret-pw" not in shown(url)
    with open_programme(url) as store:
        assert store.read_only
        assert "s3cret-pw" not in store.location
        seen = first_workshop(store)
        with pytest.raises(ReadOnlyError):
            run(store, Update(Kind.WORKSHOP, seen.id, {"title": "No"}))  # type: ignore[arg-type]
    # the libpq convention: no password in the URL, PGPASSWORD (or a password file) gives it
    monkeypatch.setenv("PGPASSWORD", "s3cret-pw")
    with open_programme(pg_cluster.url(database, user=role)) as store:
        assert store.read_only


@pytest.mark.parametrize("case", ["down", "credentials", "foreign", "newer", "empty", "missing"])
def test_opening_fails_with_one_clear_message_and_changes_nothing(
    case: str,
    pg_cluster: Cluster,
    demo_url: str,
    tmp_path: Path,
) -> None:
    database = demo_url.split("@/")[1].split("?")[0]
    if case == "down":
        url = f"postgresql://someone:pw-secret@/{database}?host={tmp_path}"
    elif case == "credentials":
        url = pg_cluster.url(database, user="nobody_here", password="pw-secret")
    elif case == "missing":
        url = pg_cluster.url("no_such_database")
    else:
        url = new_database(pg_cluster)
        other = url.split("@/")[1].split("?")[0]
        if case == "foreign":
            pg_cluster.sql("CREATE TABLE invoices (id int PRIMARY KEY)", other)
        elif case == "newer":
            transfer_programme(demo_url, url)
            pg_cluster.sql("UPDATE alembic_version SET version_num = '0099'", other)
    with pytest.raises(FileOpenError) as raised:
        open_programme(url)
    assert raised.value.kind == {"down": "unreachable"}.get(case, case)
    assert "pw-secret" not in str(raised.value)
    assert "\n" not in str(raised.value).strip()


def test_connection_lost_mid_session_reports_the_edit_unsaved_and_reconnects(
    demo_url: str,
    pg_cluster: Cluster,
) -> None:
    from workshop_app.storage.server import ServerError

    database = demo_url.split("@/")[1].split("?")[0]
    with open_programme(demo_url) as store:
        seen = first_workshop(store)
        run(store, Update(Kind.WORKSHOP, seen.id, {"title": "Before"}))  # type: ignore[arg-type]
        pg_cluster.sql(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            f" WHERE datname = '{database}' AND pid <> pg_backend_pid()"
        )
        with pytest.raises(ServerError) as raised:
            run(store, Update(Kind.WORKSHOP, seen.id, {"title": "Lost"}))  # type: ignore[arg-type]
        assert raised.value.kind == "lost"
        run(store, Update(Kind.WORKSHOP, seen.id, {"title": "After"}))  # type: ignore[arg-type]
        assert first_workshop(store).title == "After"


def test_erasure_on_a_server_vacuums_the_touched_tables(demo_url: str) -> None:
    from sqlalchemy import text

    with open_programme(demo_url) as store:
        assert isinstance(store, ServerStore)
        seen = first_workshop(store)
        run(store, Update(Kind.WORKSHOP, seen.id, {"title": "Erased-name"}))  # type: ignore[arg-type]
        store.checkpoint()
        with store.reading() as session:
            dead = session.execute(
                text("SELECT n_dead_tup FROM pg_stat_user_tables WHERE relname = 'workshop'")
            ).scalar()
        assert not dead


def test_every_commit_on_a_server_stamps_what_it_changed(demo_url: str) -> None:
    from sqlalchemy import text

    with open_programme(demo_url) as store:
        seen = first_workshop(store)
        run(store, Update(Kind.WORKSHOP, seen.id, {"title": "Stamped"}))  # type: ignore[arg-type]
        run(store, Update(Kind.WORKSHOP, seen.id, {"title": "Stamped again"}))  # type: ignore[arg-type]
        with store.reading() as session:
            copy_id, clock = session.execute(text("SELECT copy_id, clock FROM merge_copy")).one()
            stamp = session.execute(
                text(
                    "SELECT copy_id, counter FROM change_stamp"
                    " WHERE kind = 'workshop' AND record_id = :r AND field = 'title'"
                ),
                {"r": seen.id},
            ).one()
            known = session.execute(
                text("SELECT counter FROM merge_knowledge WHERE copy_id = :c"), {"c": copy_id}
            ).scalar_one()
        assert tuple(stamp) == (copy_id, clock) and known == clock


def test_a_note_move_is_one_statement_stamped_and_announced(demo_url: str) -> None:
    """Each statement is a round trip to the server: a move that is a transaction of its own is one statement
    that moves the note, stamps it and NOTIFYs it, which PostgreSQL runs as its own transaction (no BEGIN, no
    COMMIT); and a colleague's store still hears the move. Read from libpq's own trace of the messages sent,
    since the move's statement goes straight to the driver."""
    with open_programme(demo_url) as watcher, open_programme(demo_url) as editor:
        heard, arrived = _listen(watcher)
        board = boards.list_boards(editor)[0]  # type: ignore[arg-type]
        note = boards.list_notes(editor, board.id)[0]  # type: ignore[arg-type]
        boards.move_note(editor, note.id, 0.5, 0.5)  # type: ignore[arg-type]  (the connection's first look)
        assert arrived.wait(10), "the first move never arrived at the other store"
        heard.clear()
        arrived.clear()
        with round_trips(editor) as trips:
            boards.move_note(editor, note.id, 0.25, 0.75)  # type: ignore[arg-type]
        assert [len(trip) for trip in trips] == [1], trips
        (statement,) = trips[0]
        assert all(part in statement for part in ("UPDATE note", "change_stamp", "pg_notify")), statement
        assert "BEGIN" not in statement and "COMMIT" not in statement, statement
        assert arrived.wait(10), "the move never arrived at the other store"
        assert heard[0] == ChangeSet(updated={Kind.NOTE: frozenset({note.id})})
        moved = [n for n in boards.list_notes(watcher, board.id) if n.id == note.id]  # type: ignore[arg-type]
        assert (moved[0].x, moved[0].y) == (0.25, 0.75)


def test_a_drag_with_its_undo_step_is_four_round_trips(demo_url: str) -> None:
    """A drag in the window (MoveNotes: the old places read for its undo, in the same transaction) sends its
    BEGIN, the read, one statement that moves, stamps and announces, and its COMMIT."""
    from workshop_app.operations.notes import MoveNotes

    with open_programme(demo_url) as store:
        board = boards.list_boards(store)[0]  # type: ignore[arg-type]
        note = boards.list_notes(store, board.id)[0]  # type: ignore[arg-type]
        run(store, MoveNotes({note.id: (0.5, 0.5)}))  # type: ignore[arg-type]  (the connection's first look)
        with round_trips(store) as trips:
            outcome = run(store, MoveNotes({note.id: (0.25, 0.75)}))  # type: ignore[arg-type]
        assert [len(trip) for trip in trips] == [1, 1, 1, 1], trips
        assert "BEGIN" in trips[0][0] and "SELECT" in trips[1][0] and "COMMIT" in trips[3][0], trips
        assert all(part in trips[2][0] for part in ("UPDATE note", "change_stamp", "pg_notify")), trips
        assert outcome.inverse == MoveNotes({note.id: (0.5, 0.5)}, expected={note.id: (0.25, 0.75)})


def test_a_transaction_reads_its_own_deferred_moves(demo_url: str) -> None:
    """A move left for the commit statement is sent first when the transaction runs anything else, so what
    it reads next (through the ORM or Core) already has the note at its new place; the commit then sends
    the stamps alone, and both land."""
    from sqlalchemy import text

    with open_programme(demo_url) as store:
        board = boards.list_boards(store)[0]  # type: ignore[arg-type]
        first, second = boards.list_notes(store, board.id)[:2]  # type: ignore[arg-type]
        with store.writing() as conn:
            boards.move_note(store, first.id, 0.125, 0.25)  # type: ignore[arg-type]
            read = conn.execute(text("SELECT x, y FROM note WHERE id = :n"), {"n": first.id}).one()
            assert tuple(read) == (0.125, 0.25)
            boards.move_note(store, second.id, 0.375, 0.5)  # type: ignore[arg-type]
            seen = {n.id: (n.x, n.y) for n in boards.list_notes(store, board.id)}  # type: ignore[arg-type]
            assert seen[second.id] == (0.375, 0.5)
        after = {n.id: (n.x, n.y) for n in boards.list_notes(store, board.id)}  # type: ignore[arg-type]
        assert after[first.id] == (0.125, 0.25) and after[second.id] == (0.375, 0.5)
        with store.reading() as session:
            stamped = session.execute(
                text("SELECT count(*) FROM change_stamp WHERE record_id IN (:a, :b) AND field IN ('x', 'y')"),
                {"a": first.id, "b": second.id},
            ).scalar_one()
        assert stamped == 4


def test_a_note_moved_twice_in_one_transaction_ends_where_it_was_put_last(demo_url: str) -> None:
    """A move left for the commit, then the same note in a selection too large to leave (run at once on the
    driver): the deferred move is sent before the later one, so the note ends at its last place."""
    with open_programme(demo_url) as store:
        board = boards.list_boards(store)[0]  # type: ignore[arg-type]
        notes = boards.list_notes(store, board.id)  # type: ignore[arg-type]
        assert len(notes) > boards._DEFERRED_MOVES
        first = notes[0]
        with store.writing():
            boards.move_note(store, first.id, 0.125, 0.125)  # type: ignore[arg-type]
            boards.move_notes(store, [(note.id, 0.625, 0.75) for note in notes])  # type: ignore[arg-type]
        after = {n.id: (n.x, n.y) for n in boards.list_notes(store, board.id)}  # type: ignore[arg-type]
        assert after[first.id] == (0.625, 0.75)


def test_a_deferred_move_that_misses_is_refused_whole_and_says_why(demo_url: str) -> None:
    """Moves left for the commit statement are checked there: a note that is gone, or on a frozen round,
    fails the whole statement, and the person hears why, as when the move is run at once; nothing of the
    transaction is committed (the other note stays), and a miss whose reason has gone meanwhile is told as
    a colleague's change at the same moment."""
    from workshop_app.errors import NotFoundError
    from workshop_app.storage.server import ServerError

    with open_programme(demo_url) as store:
        board = boards.list_boards(store)[0]  # type: ignore[arg-type]
        first = boards.list_notes(store, board.id)[0]  # type: ignore[arg-type]
        with pytest.raises(NotFoundError):
            boards.move_notes(store, [(first.id, 0.75, 0.75), (uuid.uuid4(), 0.5, 0.5)])  # type: ignore[arg-type]
        kept = {n.id: (n.x, n.y) for n in boards.list_notes(store, board.id)}  # type: ignore[arg-type]
        assert kept[first.id] == (first.x, first.y)
        with pytest.raises(ServerError) as raised, store.writing() as conn:
            write = boards._MOVE_NOTE.deferred(
                conn,
                {"note_id": uuid.uuid4(), "new_x": 0.5, "new_y": 0.5, "now": first.updated_at},
                rows=1,
                explain=lambda _conn: None,  # as if the reason had gone by the time it is asked
            )
            store.defer(write)  # type: ignore[attr-defined]
            store.tracker.updated(Kind.NOTE, [first.id], ("x", "y"))
        assert raised.value.kind == "conflict"
        boards.move_note(store, first.id, 0.25, 0.25)  # type: ignore[arg-type]
        moved = {n.id: (n.x, n.y) for n in boards.list_notes(store, board.id)}  # type: ignore[arg-type]
        assert moved[first.id] == (0.25, 0.25)


def test_the_writer_runs_a_statement_of_its_own_serializable(demo_url: str) -> None:
    """A move sent as a transaction of its own runs at the session's default isolation, which the writer sets
    to SERIALIZABLE as its transactions are."""
    with open_programme(demo_url) as store, store.writing() as conn:  # type: ignore[attr-defined]
        driver = conn.connection.driver_connection
        assert driver.execute("SHOW default_transaction_isolation").fetchone() == ("serializable",)


def test_notices_go_at_commit_and_never_from_a_rollback(demo_url: str) -> None:
    """Several notices in the stamps' statement (a change set too large for one payload), and notices on their
    own when there is nothing to stamp: each delivered once, in order, when the transaction commits."""
    import psycopg

    from workshop_app.merge.stamps import record_stamps
    from workshop_app.operations.changes import ChangeTracker
    from workshop_app.storage.server import CHANNEL, _engine

    workshop_id = uuid.uuid4()
    engine = _engine(demo_url)
    try:
        with psycopg.connect(demo_url, autocommit=True) as listening:
            listening.execute(f"LISTEN {CHANNEL}")
            with engine.connect() as conn:
                stamping = ChangeTracker()
                stamping.updated(Kind.WORKSHOP, [workshop_id], ("title",))
                with conn.begin():
                    record_stamps(conn, stamping, [(CHANNEL, "one"), (CHANNEL, "two"), (CHANNEL, "three")])
                    assert not list(listening.notifies(timeout=0.2, stop_after=1))  # nothing before COMMIT
                with conn.begin():
                    record_stamps(conn, ChangeTracker(), [(CHANNEL, "four")])
                transaction = conn.begin()
                record_stamps(conn, stamping, [(CHANNEL, "never")])
                transaction.rollback()
            payloads = [notice.payload for notice in listening.notifies(timeout=1.0, stop_after=5)]
    finally:
        engine.dispose()
    assert payloads == ["one", "two", "three", "four"]


def test_a_move_that_loses_a_race_is_refused_whole_and_announces_nothing(demo_url: str) -> None:
    """A move's stamps are written just before its COMMIT: when a colleague's commit got in between the
    transaction's first statement and its stamps (both advance the one clock), the serialisation failure is
    told as a conflict, the note stays where it was, no NOTIFY of it is delivered, and the next move works."""
    from sqlalchemy import text

    from workshop_app.storage.server import ServerError

    with (
        open_programme(demo_url) as watcher,
        open_programme(demo_url) as mine,
        open_programme(demo_url) as theirs,
    ):
        heard, arrived = _listen(watcher)
        board = boards.list_boards(mine)[0]  # type: ignore[arg-type]
        first, second = boards.list_notes(mine, board.id)[:2]  # type: ignore[arg-type]
        with pytest.raises(ServerError) as raised, mine.writing() as conn:
            conn.execute(text("SELECT 1"))  # the transaction's snapshot is taken now
            boards.move_note(mine, first.id, 0.125, 0.25)  # type: ignore[arg-type]  (sent at the commit)
            boards.move_note(theirs, second.id, 0.5, 0.5)  # type: ignore[arg-type]  (committed meanwhile)
        assert raised.value.kind == "conflict"
        assert arrived.wait(10)
        watcher_note = {n.id: n for n in boards.list_notes(watcher, board.id)}  # type: ignore[arg-type]
        assert (watcher_note[first.id].x, watcher_note[first.id].y) == (first.x, first.y)
        assert (watcher_note[second.id].x, watcher_note[second.id].y) == (0.5, 0.5)
        boards.move_note(mine, first.id, 0.75, 0.875)  # type: ignore[arg-type]
        deadline = 50
        while len(heard) < 2 and deadline:
            arrived.clear()
            arrived.wait(0.2)
            deadline -= 1
        assert heard == [ChangeSet(updated={Kind.NOTE: frozenset({n})}) for n in (second.id, first.id)]


def test_a_move_on_a_lost_connection_is_reported_unsaved_and_the_next_one_works(
    demo_url: str, pg_cluster: Cluster
) -> None:
    """The move's UPDATE runs on the driver's connection: a dropped connection is still told as lost."""
    from workshop_app.storage.server import ServerError

    database = demo_url.split("@/")[1].split("?")[0]
    with open_programme(demo_url) as store:
        board = boards.list_boards(store)[0]  # type: ignore[arg-type]
        note = boards.list_notes(store, board.id)[0]  # type: ignore[arg-type]
        boards.move_note(store, note.id, 0.25, 0.25)  # type: ignore[arg-type]
        pg_cluster.sql(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            f" WHERE datname = '{database}' AND pid <> pg_backend_pid()"
        )
        with pytest.raises(ServerError) as raised:
            boards.move_note(store, note.id, 0.5, 0.5)  # type: ignore[arg-type]
        assert raised.value.kind == "lost"
        boards.move_note(store, note.id, 0.75, 0.75)  # type: ignore[arg-type]
        moved = [n for n in boards.list_notes(store, board.id) if n.id == note.id]  # type: ignore[arg-type]
        assert (moved[0].x, moved[0].y) == (0.75, 0.75)


def test_the_stamps_statement_checks_itself_before_the_commit(demo_url: str) -> None:
    """The stamps statement checks itself: a programme without its merge identity (a damaged database) fails
    the statement, saying why, so the move is refused whole and nothing is committed."""
    from sqlalchemy import text

    from workshop_app.storage.server import ServerError, _engine

    engine = _engine(demo_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM merge_copy"))
    finally:
        engine.dispose()
    with open_programme(demo_url) as store:
        board = boards.list_boards(store)[0]  # type: ignore[arg-type]
        note = boards.list_notes(store, board.id)[0]  # type: ignore[arg-type]
        with pytest.raises(ServerError) as raised:
            boards.move_note(store, note.id, 0.5, 0.5)  # type: ignore[arg-type]
        assert "0 merge_copy rows" in str(raised.value), str(raised.value)
        kept = [n for n in boards.list_notes(store, board.id) if n.id == note.id]  # type: ignore[arg-type]
        assert (kept[0].x, kept[0].y) == (note.x, note.y)
