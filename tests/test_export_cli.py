"""``export`` on the command line, through the parser and runner that workshop_app.cli wires in."""

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests import templates
from tests.test_export_common import pdf_text
from workshop_app.domain.enums import Language
from workshop_app.errors import FileOpenError, WorkshopError
from workshop_app.export.cli import add_export_command, run_export
from workshop_app.services import workshops
from workshop_app.services.export_log import exports_written
from workshop_app.storage.store import ProgrammeStore


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="workshop-app")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=[lang.value for lang in Language], default=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command")
    add_export_command(commands, common)
    return parser.parse_args(argv)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return templates.demo_file(tmp_path_factory.mktemp("cli"), tmp_path_factory, name="demo en.workshop")


def test_report_minutes_csv_and_json(demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:

    report = tmp_path / "report.pdf"
    assert run_export(parse("export", str(demo_file), "--out", str(report), "--lang", "fi")) == 0
    assert capsys.readouterr().out.strip() == str(report)
    assert "OHJELMARAPORTTI" in pdf_text(report)

    minutes = tmp_path / "minutes.pdf"
    args = parse("export", str(demo_file), "--out", str(minutes), "--workshop", "choosing our operating model")
    assert run_export(args) == 0
    assert "Choosing our operating model" in pdf_text(minutes)

    by_part = tmp_path / "by-part.pdf"
    assert run_export(parse("export", str(demo_file), "--out", str(by_part), "--workshop", "Kick-off")) == 0
    assert "Kick-off" in pdf_text(by_part)

    letter = tmp_path / "letter"
    args = parse(
        "export", str(demo_file), "--out", str(letter), "--format", "pdf", "--programme", "--page-size", "Letter"
    )
    assert run_export(args) == 0 and letter.read_bytes().startswith(b"%PDF")

    csv_out, json_out = tmp_path / "plan.csv", tmp_path / "all.json"
    assert run_export(parse("export", str(demo_file), "--out", str(csv_out), "--lang", "nb")) == 0
    assert csv_out.read_text(encoding="utf-8-sig").startswith("Hva;")  # what Excel set up for Bokmål expects
    comma = tmp_path / "comma.csv"
    assert run_export(parse("export", str(demo_file), "--out", str(comma), "--lang", "nb", "--delimiter", ",")) == 0
    assert comma.read_text(encoding="utf-8-sig").startswith("Hva,")
    assert run_export(parse("export", str(demo_file), "--out", str(json_out))) == 0
    assert json.loads(json_out.read_text(encoding="utf-8"))["format"] == "workshop-app-programme"
    # The programme records every export it wrote (for erasure to list), and nothing else changed.
    with ProgrammeStore.open(demo_file, read_only=True) as store:
        written = {entry.path for entry in exports_written(store)}
    assert {p.resolve() for p in (report, minutes, by_part, letter, csv_out, json_out)} <= written


def test_a_workshop_by_id_with_privacy(demo_file: Path, tmp_path: Path) -> None:
    with ProgrammeStore.open(demo_file, read_only=True) as store:
        workshop = workshops.list_workshops(store)[1]
    out = tmp_path / "m.pdf"
    args = parse(
        "export", str(demo_file), "--out", str(out), "--workshop", str(workshop.id), "--attendance", "initials"
    )
    assert run_export(args) == 0
    text = pdf_text(out)
    assert workshop.title in text and "Máret Áile Eira" not in text and "M. Á. E." in text


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--workshop", "no such workshop"], "No workshop in"),
        (["--workshop", "o"], "Several workshops match"),
        (["--workshop", "Kick-off", "--format", "csv"], "PDF or DOCX"),
        (["--document", "agenda"], "--document needs --workshop"),
        (["--register", "--format", "pdf"], "XLSX or CSV"),
    ],
)
def test_unclear_choices_are_clear_errors(demo_file: Path, tmp_path: Path, argv: list[str], message: str) -> None:
    out = tmp_path / "x.pdf"
    with pytest.raises(WorkshopError) as caught:
        run_export(parse("export", str(demo_file), "--out", str(out), *argv))
    assert message in str(caught.value)
    assert not out.exists()


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileOpenError):
        run_export(parse("export", str(tmp_path / "none.workshop"), "--out", str(tmp_path / "x.pdf")))


def test_workshop_and_programme_exclude_each_other(demo_file: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        parse("export", str(demo_file), "--out", "x.pdf", "--workshop", "a", "--programme")


def test_building_the_command_line_does_not_load_reportlab() -> None:
    script = (
        "import sys, argparse, workshop_app.export.cli as cli\n"
        "parser = argparse.ArgumentParser()\n"
        "cli.add_export_command(parser.add_subparsers(), argparse.ArgumentParser(add_help=False))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'reportlab', 'babel'}"
        " or m.startswith('PySide6.QtWidgets')))"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_the_choices_match_the_exports() -> None:
    from workshop_app.export import ATTENDANCE_MODES, PAGE_SIZES
    from workshop_app.export.cli import ATTENDANCE_CHOICES, PAGE_SIZE_CHOICES

    assert ATTENDANCE_CHOICES == ATTENDANCE_MODES
    assert tuple(PAGE_SIZES) == PAGE_SIZE_CHOICES


def test_workshop_documents_spreadsheets_and_import(demo_file: Path, tmp_path: Path) -> None:
    from docx import Document
    from openpyxl import load_workbook

    planned = "Village bus"
    agenda = tmp_path / "agenda.pdf"
    assert (
        run_export(parse("export", str(demo_file), "--out", str(agenda), "--workshop", planned, "--document", "agenda"))
        == 0
    )
    assert "AGENDA AND INVITATION" in pdf_text(agenda)
    sign_in = tmp_path / "sign-in.docx"
    args = parse("export", str(demo_file), "--out", str(sign_in), "--workshop", planned, "--document", "sign-in")
    assert run_export(args) == 0
    assert Document(str(sign_in)).paragraphs[0].text == "SIGN-IN SHEET"
    minutes = tmp_path / "minutes.docx"
    assert (
        run_export(parse("export", str(demo_file), "--out", str(minutes), "--workshop", "Kick-off", "--lang", "fi"))
        == 0
    )
    assert Document(str(minutes)).core_properties.language == "fi-FI"
    plan, register = tmp_path / "plan.xlsx", tmp_path / "register.xlsx"
    assert run_export(parse("export", str(demo_file), "--out", str(plan))) == 0
    assert run_export(parse("export", str(demo_file), "--out", str(register), "--register", "--contacts")) == 0
    assert load_workbook(plan).active.freeze_panes == "A2"
    assert load_workbook(register).active["F1"].value == "Contact"
    exported = tmp_path / "all.json"
    assert run_export(parse("export", str(demo_file), "--out", str(exported))) == 0
    from workshop_app.cli import run_headless

    new = tmp_path / "new.workshop"
    assert run_headless(["import", str(exported), "--out", str(new)]) == 0
    with ProgrammeStore.open(new, read_only=True) as store:
        titles = [w.title for w in workshops.list_workshops(store)]
        assert any(title.startswith(planned) for title in titles) and len(titles) == 5  # the phase-4 one is last
