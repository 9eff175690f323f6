"""File > Export in the window: documents are written off the GUI thread, with progress and cancel."""

import asyncio
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ui.export_menu import ExportOptions
from ui.main_window import MainWindow


def answer_dialogs(
    monkeypatch: pytest.MonkeyPatch, out: Path, workshop_label: str | None = None, **choices: str
) -> None:
    """The save dialog answers ``out``; the options dialog picks the workshop whose label holds
    ``workshop_label`` and the item whose data is each of ``choices`` (format, document, ...)."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(out), "")))

    def ask(options: ExportOptions) -> bool:
        for key, combo in options.combos.items():
            for index in range(combo.count()):
                text, data = combo.itemText(index), combo.itemData(index)
                wanted_workshop = key == "workshop" and workshop_label is not None and workshop_label in text
                if wanted_workshop or (key in choices and data == choices[key]):
                    combo.setCurrentIndex(index)
        return True

    monkeypatch.setattr(ExportOptions, "ask", ask)


def test_minutes_are_written_in_the_background_and_offered_to_open(
    window: MainWindow, loop: asyncio.AbstractEventLoop, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot: QtBot
) -> None:
    out = tmp_path / "minutes.pdf"
    answer_dialogs(monkeypatch, out, "Choosing our operating model")
    window.export.export_minutes()
    assert window.export.task is not None
    loop.run_until_complete(window.export.task)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Choosing our operating model" in text
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert any("Open the document" in b.text() for box in boxes for b in box.buttons())
    for box in boxes:
        box.close()


def test_report_csv_and_json(
    window: MainWindow, loop: asyncio.AbstractEventLoop, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name, start, fmt in (
        ("report.pdf", window.export.export_report, "pdf"),
        ("report.docx", window.export.export_report, "docx"),
        ("actions.csv", lambda: window.export.export_table("actions"), "csv"),
        ("actions.xlsx", lambda: window.export.export_table("actions"), "xlsx"),
        ("register.xlsx", lambda: window.export.export_table("register"), "xlsx"),
        ("programme.json", window.export.export_json, "json"),
    ):
        out = tmp_path / name
        answer_dialogs(monkeypatch, out, format=fmt)
        start()
        assert window.export.task is not None
        loop.run_until_complete(window.export.task)
        assert out.stat().st_size > 500, name
    assert (tmp_path / "actions.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    imported = tmp_path / "imported.workshop"
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(tmp_path / "programme.json"), ""))
    )
    answer_dialogs(monkeypatch, imported)
    window.export.import_json()
    assert window.export.task is not None
    loop.run_until_complete(window.export.task)
    assert imported.stat().st_size > 10_000
    for box in window.findChildren(QMessageBox):
        box.close()


def test_cancel_leaves_no_file(
    window: MainWindow, loop: asyncio.AbstractEventLoop, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    out = tmp_path / "report.pdf"
    answer_dialogs(monkeypatch, out)
    real_run = window.export.run

    def cancelled_at_once(job, label, *, opens):  # type: ignore[no-untyped-def]
        def cancelling(progress, cancelled):  # type: ignore[no-untyped-def]
            return job(progress, lambda: True)

        real_run(cancelling, label, opens=opens)

    answer_dialogs(monkeypatch, out, format="pdf")

    monkeypatch.setattr(window.export, "run", cancelled_at_once)
    window.export.export_report()
    assert window.export.task is not None
    loop.run_until_complete(window.export.task)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if "report" in p.name] == []  # no partial file either


@pytest.mark.parametrize(
    ("document", "fmt", "heading"), [("agenda", "pdf", "AGENDA AND INVITATION"), ("sign-in", "docx", "")]
)
def test_a_workshop_document_of_each_kind(
    window: MainWindow,
    loop: asyncio.AbstractEventLoop,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    document: str,
    fmt: str,
    heading: str,
) -> None:
    out = tmp_path / f"doc.{fmt}"
    answer_dialogs(monkeypatch, out, "Village bus", document=document, format=fmt)
    window.export.export_minutes()
    assert window.export.task is not None
    loop.run_until_complete(window.export.task)
    if fmt == "pdf":
        assert heading in "".join(page.extract_text() for page in PdfReader(out).pages)
    else:
        from docx import Document

        assert Document(str(out)).paragraphs[0].text == "SIGN-IN SHEET"
    for box in window.findChildren(QMessageBox):
        box.close()
