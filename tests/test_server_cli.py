"""The command line with a ``postgresql://`` URL where a file goes: demo, info, check, export, copy both ways,
erase; the password never printed. Runs on the throwaway cluster of tests/pg.py.

Each command's entry point runs in a child process in tests/test_cli.py; here the commands are called in this
process (tests/cli_in_process.py), except the two messages that must be the only line a person sees."""

import json
from pathlib import Path

import pytest

from tests.cli_in_process import CoreMain, core_main_fixture  # noqa: F401  (the core_main fixture)
from tests.pg import Cluster, new_database, postgres_cluster  # noqa: F401  (the pg_cluster fixture)
from tests.test_cli import core

pytestmark = pytest.mark.xdist_group("postgresql")


@pytest.mark.slow
def test_demo_info_check_export_and_copy_both_ways(pg_cluster: Cluster, tmp_path: Path, core_main: CoreMain) -> None:
    url = new_database(pg_cluster)
    made = core_main("demo", "--out", url, "--lang", "nb")
    assert made.returncode == 0, made.stderr
    info = core_main("info", url, "--json")
    assert info.returncode == 0, info.stderr
    facts = json.loads(info.stdout)
    assert facts["programme"]["language"] == "nb" and facts["counts"]["workshops"] >= 3
    assert core_main("check", url).returncode == 0
    exported = core_main("export", url, "--format", "json", "--out", str(tmp_path / "server.json"))
    assert exported.returncode == 0, exported.stderr
    local = tmp_path / "local.workshop"
    assert core_main("copy", url, str(local)).returncode == 0
    assert core_main("export", str(local), "--format", "json", "--out", str(tmp_path / "local.json")).returncode == 0
    one = json.loads((tmp_path / "server.json").read_text(encoding="utf-8"))
    two = json.loads((tmp_path / "local.json").read_text(encoding="utf-8"))
    assert {k: v for k, v in one.items() if k != "exported_at"} == {k: v for k, v in two.items() if k != "exported_at"}
    again = new_database(pg_cluster)
    assert core_main("copy", str(local), again).returncode == 0
    assert json.loads(core_main("info", again, "--json").stdout)["counts"] == facts["counts"]
    refused = core("copy", str(local), again)  # the database is no longer empty: refused, nothing changed
    assert refused.returncode != 0 and len(refused.stderr.strip().splitlines()) == 1


def test_a_password_in_the_url_is_never_printed(pg_cluster: Cluster) -> None:
    url = new_database(pg_cluster)
    database = url.split("@/")[1].split("?")[0]
    with_password = pg_cluster.url(database, user="intruder", password="Very-Secret-1")
    result = core("info", with_password)
    assert result.returncode != 0
    assert "Very-Secret-1" not in result.stdout + result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
