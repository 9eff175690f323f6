"""File > Export in the window: documents are written off the GUI thread, with progress and cancel."""

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow


@pytest.fixture
def loop(qapp: object) -> Iterator[asyncio.AbstractEventLoop]:
    """The qasync loop the app runs on, so the export's awaits really run (as in ui.launch)."""
    event_loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    asyncio.set_event_loop(None)
    event_loop.close()


def answer_dialogs(monkeypatch: pytest.MonkeyPatch, out: Path, workshop_label: str | None = None) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(out), "")))
    if workshop_label is not None:
        monkeypatch.setattr(
            QInputDialog,
            "getItem",
            staticmethod(
                lambda parent, title, label, items, *rest: (next(i for i in items if workshop_label in i), True)
            ),
        )


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
    assert any("Open the PDF" in b.text() for box in boxes for b in box.buttons())
    for box in boxes:
        box.close()


def test_report_csv_and_json(
    window: MainWindow, loop: asyncio.AbstractEventLoop, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name, start in (
        ("report.pdf", window.export.export_report),
        ("actions.csv", window.export.export_csv),
        ("programme.json", window.export.export_json),
    ):
        out = tmp_path / name
        answer_dialogs(monkeypatch, out)
        start()
        assert window.export.task is not None
        loop.run_until_complete(window.export.task)
        assert out.stat().st_size > 500, name
    assert (tmp_path / "actions.csv").read_bytes().startswith(b"\xef\xbb\xbf")
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

    monkeypatch.setattr(window.export, "run", cancelled_at_once)
    window.export.export_report()
    assert window.export.task is not None
    loop.run_until_complete(window.export.task)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if "report" in p.name] == []  # no partial file either
