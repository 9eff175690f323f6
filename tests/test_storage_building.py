"""New programme files (a new programme, a copy for a colleague, a copy from the server) are built beside
their name and published whole, also on a file system without hard links (FAT on a USB stick), and never
over a file that is there."""

import errno
from pathlib import Path

import pytest

from tests.templates import demo_file
from workshop_app.errors import FileOpenError
from workshop_app.merge.copying import copy_programme
from workshop_app.services import boards
from workshop_app.storage import building
from workshop_app.storage.store import ProgrammeStore
from workshop_app.storage.transfer import transfer_programme


def _no_hard_links(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    tried: list[Path] = []

    def refuse(source: object, target: object) -> None:
        tried.append(Path(str(target)))
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(building.os, "link", refuse)
    return tried


@pytest.mark.parametrize("how", ["copy", "transfer"])
def test_a_copy_is_published_whole_without_hard_links(
    how: str, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = demo_file(tmp_path, tmp_path_factory)
    target = tmp_path / "stick" / "copy.workshop"
    target.parent.mkdir()
    tried = _no_hard_links(monkeypatch)
    if how == "copy":
        copy_programme(source, target)
    else:
        transfer_programme(source, str(target))
    assert tried == [target]
    assert [p.name for p in target.parent.iterdir()] == ["copy.workshop"]  # no part file left beside it
    with ProgrammeStore.open_for_reading(source) as original, ProgrammeStore.open_for_reading(target) as copy:
        assert [b.title for b in boards.list_boards(copy)] == [b.title for b in boards.list_boards(original)]


def test_a_file_that_appears_meanwhile_is_never_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "new.workshop"
    _no_hard_links(monkeypatch)
    real_replace = Path.replace

    def appears_first(self: Path, other: Path) -> Path:
        raise AssertionError("replace must not be reached once the name is taken")

    monkeypatch.setattr(Path, "replace", appears_first)
    part = building.part_path(target)
    part.write_bytes(b"new")
    target.write_bytes(b"someone else's")
    with pytest.raises(FileExistsError):
        building.publish(part, target)
    assert target.read_bytes() == b"someone else's"
    monkeypatch.setattr(Path, "replace", real_replace)
    building.remove_part(part)
    assert not part.exists()
    with pytest.raises(FileOpenError, match="already exists"):
        building.refuse_existing(target)
