"""The command line with a ``postgresql://`` URL where a file goes: demo, info, check, export, copy both ways,
erase; the password never printed. Runs on the throwaway cluster of tests/pg.py."""

import json
from pathlib import Path

import pytest

from tests.pg import Cluster, new_database, postgres_cluster  # noqa: F401  (the pg_cluster fixture)
from tests.test_cli import core

pytestmark = pytest.mark.xdist_group("postgresql")


def test_demo_info_check_export_and_copy_both_ways(pg_cluster: Cluster, tmp_path: Path) -> None:
    url = new_database(pg_cluster)
    made = core("demo", "--out", url, "--lang", "nb")
    assert made.returncode == 0, made.stderr
    info = core("info", url, "--json")
    assert info.returncode == 0, info.stderr
    facts = json.loads(info.stdout)
    assert facts["programme"]["language"] == "nb" and facts["counts"]["workshops"] >= 3
    assert core("check", url).returncode == 0
    exported = core("export", url, "--format", "json", "--out", str(tmp_path / "server.json"))
    assert exported.returncode == 0, exported.stderr
    local = tmp_path / "local.workshop"
    assert core("copy", url, str(local)).returncode == 0
    assert core("export", str(local), "--format", "json", "--out", str(tmp_path / "local.json")).returncode == 0
    one = json.loads((tmp_path / "server.json").read_text(encoding="utf-8"))
    two = json.loads((tmp_path / "local.json").read_text(encoding="utf-8"))
    assert {k: v for k, v in one.items() if k != "exported_at"} == {k: v for k, v in two.items() if k != "exported_at"}
    again = new_database(pg_cluster)
    assert core("copy", str(local), again).returncode == 0
    assert json.loads(core("info", again, "--json").stdout)["counts"] == facts["counts"]
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
