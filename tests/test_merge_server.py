"""Merge stamps on PostgreSQL: revision 0008 keeps a format-7 database's stamps as whole-record stamps, and a
commit's bookkeeping (clock, knowledge, field stamps, tombstones) is one statement, one round trip.

Runs against the throwaway cluster of tests/pg.py (skipped, saying why, where PostgreSQL is not installed)."""

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.libpq_trace import round_trips
from tests.pg import Cluster, new_database, postgres_cluster  # noqa: F401  (the pg_cluster fixture)
from tests.templates import demo_file
from workshop_app.operations.base import run
from workshop_app.operations.changes import Kind
from workshop_app.operations.records import Delete, Update
from workshop_app.services import boards, workshops
from workshop_app.storage.locations import open_programme
from workshop_app.storage.migrate import SCRIPT_LOCATION
from workshop_app.storage.transfer import transfer_programme

pytestmark = pytest.mark.xdist_group("postgresql")

BOOKKEEPING = ("merge_copy", "merge_knowledge", "change_stamp", "tombstone")


def _upgrade(url: str, revision: str) -> None:
    from alembic import command
    from alembic.config import Config

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.begin() as conn:
            config = Config()
            config.set_main_option("script_location", SCRIPT_LOCATION)
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
            if revision == "0007":
                for n in range(3):
                    conn.execute(
                        text(
                            "INSERT INTO change_stamp (kind, record_id, copy_id, counter, changed_at)"
                            " SELECT 'note', gen_random_uuid(), copy_id, :n, now() FROM merge_copy"
                        ),
                        {"n": n + 1},
                    )
            else:
                rows = conn.execute(text("SELECT kind, field, counter FROM change_stamp ORDER BY counter")).all()
                assert [tuple(row) for row in rows] == [("note", "", 1), ("note", "", 2), ("note", "", 3)]
                key = conn.execute(
                    text(
                        "SELECT array_agg(a.attname ORDER BY a.attname) FROM pg_index i JOIN pg_attribute a"
                        " ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)"
                        " WHERE i.indrelid = 'change_stamp'::regclass AND i.indisprimary"
                    )
                ).scalar_one()
                assert sorted(key) == ["field", "kind", "record_id"]
    finally:
        engine.dispose()


def test_revision_0008_keeps_a_format_7_databases_stamps(pg_cluster: Cluster) -> None:
    url = new_database(pg_cluster)
    _upgrade(url, "0007")
    _upgrade(url, "0008")


def test_a_server_commit_stamps_fields_in_one_statement(
    pg_cluster: Cluster, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    url = new_database(pg_cluster)
    transfer_programme(demo_file(tmp_path, tmp_path_factory), url)
    with open_programme(url) as store:
        workshop = workshops.list_workshops(store)[0]  # type: ignore[arg-type]
        board = boards.create_board(store, workshop.id, "Merge stamps")  # type: ignore[arg-type]
        note = boards.add_note(store, board.id, "Bus", 0.1, 0.2)  # type: ignore[arg-type]
        with round_trips(store) as moved:
            boards.move_note(store, note.id, 0.3, 0.4)  # type: ignore[arg-type]
        with round_trips(store) as edited:
            run(store, Update(Kind.NOTE, note.id, {"text": "Bus on Saturdays"}))  # type: ignore[arg-type]
        with round_trips(store) as deleted:
            run(store, Delete(Kind.NOTE, (note.id,)))  # type: ignore[arg-type]
        for trips in (moved, edited, deleted):
            bookkeeping = [s for trip in trips for s in trip if any(table in s for table in BOOKKEEPING)]
            assert len(bookkeeping) == 1, trips
        with store.reading() as session:
            copy_id, clock = session.execute(text("SELECT copy_id, clock FROM merge_copy")).one()
            known = session.execute(
                text("SELECT counter FROM merge_knowledge WHERE copy_id = :c"), {"c": copy_id}
            ).scalar_one()
            stamps = session.execute(
                text("SELECT count(*) FROM change_stamp WHERE record_id = :r"), {"r": note.id}
            ).scalar_one()
            tomb = session.execute(
                text("SELECT copy_id, counter FROM tombstone WHERE record_id = :r"), {"r": note.id}
            ).one()
    assert known == clock and stamps == 0 and tuple(tomb) == (copy_id, clock)


def test_a_server_edit_stamps_the_fields_it_wrote(
    pg_cluster: Cluster, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    url = new_database(pg_cluster)
    transfer_programme(demo_file(tmp_path, tmp_path_factory), url)
    with open_programme(url) as store:
        workshop = workshops.list_workshops(store)[0]  # type: ignore[arg-type]
        board = boards.create_board(store, workshop.id, "Merge stamps")  # type: ignore[arg-type]
        note = boards.add_note(store, board.id, "Bus", 0.1, 0.2)  # type: ignore[arg-type]
        boards.move_note(store, note.id, 0.3, 0.4)  # type: ignore[arg-type]
        run(store, Update(Kind.NOTE, note.id, {"text": "Bus on Saturdays"}))  # type: ignore[arg-type]
        with store.reading() as session:
            rows = session.execute(
                text("SELECT field, counter FROM change_stamp WHERE record_id = :r ORDER BY field"), {"r": note.id}
            ).all()
    fields = {field: counter for field, counter in rows}
    assert set(fields) == {"", "x", "y", "text"}
    assert fields["x"] == fields["y"] == fields[""] + 1 and fields["text"] == fields["x"] + 1
