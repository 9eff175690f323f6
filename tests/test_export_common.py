"""What every export shares: the labels catalogue, the embedded type family, writing whole files only.

Also the helpers the other export tests import: demo programmes per language and PDF read-back with pypdf.
"""

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject
from reportlab.pdfbase.ttfonts import TTFontFile

from tests.templates import DEMO_TODAY as DEMO_TODAY  # for the export tests that import it from here
from tests.templates import demo_file
from workshop_app.export import fonts
from workshop_app.export.document import ExportFileError, atomic_output, markup
from workshop_app.export.labels import LANGUAGES, LabelCatalogue, Labels, label_catalogue, labels_path
from workshop_app.storage.store import ProgrammeStore

EXPORT_SOURCES = sorted((Path(__file__).resolve().parent.parent / "workshop_app" / "export").glob("*.py"))

# --- helpers for the export tests ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demos(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, ProgrammeStore]]:
    """The demo programme in English, Finnish and Bokmål as of DEMO_TODAY (shared by a module's tests)."""
    folder = tmp_path_factory.mktemp("demos")
    stores = {
        language: ProgrammeStore.open(demo_file(folder, tmp_path_factory, language, f"demo-{language}.workshop"))
        for language in LANGUAGES
    }
    yield stores
    for store in stores.values():
        store.close()


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, whitespace collapsed to single spaces."""
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def pdf_text(path: Path) -> str:
    return " ".join(pdf_pages(path))


def unhyphenated(text: str) -> str:
    """``text`` without hyphens, so that words the PDF broke at a line's end ("in- volved") read whole."""
    return text.replace("- ", "").replace("-", "")


def assert_in_order(text: str, expected: list[str]) -> None:
    """Each of ``expected`` occurs in ``text``, each after the one before."""
    position = 0
    text = unhyphenated(text)
    for item in expected:
        wanted = unhyphenated(" ".join(item.split()))
        found = text.find(wanted, position)
        assert found >= 0, f"{wanted!r} not found after position {position}: ...{text[position : position + 300]!r}"
        position = found + len(wanted)


def _fonts_of(resources: Any, seen: set[int]) -> Iterator[DictionaryObject]:
    if isinstance(resources, IndirectObject):
        resources = resources.get_object()
    if not isinstance(resources, DictionaryObject) or id(resources) in seen:
        return
    seen.add(id(resources))
    for font in (resources.get("/Font") or DictionaryObject()).values():
        font = font.get_object()
        yield font
        for descendant in font.get("/DescendantFonts") or []:
            yield descendant.get_object()
        yield from _fonts_of(font.get("/Resources"), seen)  # Type 3 fonts have their own resources
    for xobject in (resources.get("/XObject") or DictionaryObject()).values():
        yield from _fonts_of(xobject.get_object().get("/Resources"), seen)


def assert_fonts_embedded(path: Path) -> set[str]:
    """Every font on every page is one of our family's faces with its TrueType program embedded."""
    names: set[str] = set()
    reader = PdfReader(path)
    for number, page in enumerate(reader.pages, 1):
        page_fonts = list(_fonts_of(page.get("/Resources"), set()))
        assert page_fonts, f"page {number} has no fonts"
        for font in page_fonts:
            base = str(font.get("/BaseFont", ""))
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None, f"page {number}: {base} has no descriptor (a base-14 font?)"
            assert "/FontFile2" in descriptor.get_object(), f"page {number}: {base} is not an embedded TrueType font"
            face = base.split("+", 1)[-1].lstrip("/")
            assert face in fonts.FILES or face in {Path(f).stem for f in fonts.FILES.values()}, base
            names.add(face)
    return names


def assert_numbered(path: Path, labels: Labels) -> None:
    """Each page says "page x / y" in the document's language, the last one y / y."""
    pages = pdf_pages(path)
    total = len(pages)
    for number, text in enumerate(pages, 1):
        assert labels("common.page_of", page=number, pages=total) in text, f"page {number} of {total}"


# --- the labels catalogue ------------------------------------------------------------------------------------


def test_every_label_is_in_every_language() -> None:
    catalogue = label_catalogue().root
    assert len(catalogue) > 100
    for key, text in catalogue.items():
        for language in LANGUAGES:
            assert text.root[language].strip(), f"{key} has no {language}"


def test_a_missing_translation_is_refused(tmp_path: Path) -> None:
    raw = json.loads(labels_path().read_text(encoding="utf-8"))
    del raw["minutes.decisions"]["nb"]
    with pytest.raises(ValidationError, match="missing translation"):
        LabelCatalogue.model_validate(raw)


def test_placeholders_must_agree_across_languages() -> None:
    raw = json.loads(labels_path().read_text(encoding="utf-8"))
    raw["common.page_of"]["fi"] = "Sivu {page}"
    with pytest.raises(ValidationError, match="placeholders"):
        LabelCatalogue.model_validate(raw)


def _used_keys() -> tuple[set[str], set[str]]:
    """Label keys written out in the export code, and the groups it completes at run time (f"group.{value}")."""
    literal, groups = set(), set()
    catalogue = label_catalogue().root
    prefixes = {key.split(".")[0] for key in catalogue}
    for source in EXPORT_SOURCES:
        text = source.read_text(encoding="utf-8")
        for match in re.finditer(r"\"([a-z_]+)\.([a-z_]+)\"", text):
            if match.group(1) in prefixes:
                literal.add(f"{match.group(1)}.{match.group(2)}")
        groups |= set(re.findall(r"f\"([a-z_]+)\.\{", text))
        groups |= set(re.findall(r"choice\(\"([a-z_]+)\"", text))
    return literal, groups


def test_the_code_uses_only_known_labels_and_every_label_is_used() -> None:
    catalogue = set(label_catalogue().root)
    literal, groups = _used_keys()
    assert literal - catalogue == set()
    unused = {key for key in catalogue - literal if key.split(".")[0] not in groups}
    assert unused == set()


def test_dates_follow_the_language() -> None:
    day = date(2026, 3, 5)
    assert Labels("en").day(day, "long") == "5 March 2026"
    assert Labels("fi").day(day, "long") == "5. maaliskuuta 2026"
    assert Labels("nb").day(day, "long") == "5. mars 2026"
    assert Labels("fi").day(day) == "5.3.2026"
    assert Labels("nb").duration(190) == "3 t 10 min"


# --- the type family -----------------------------------------------------------------------------------------


def test_the_family_ships_with_its_licence_and_covers_nordic_and_sami_letters() -> None:
    folder = fonts.fonts_dir()
    licence = (folder / fonts.LICENCE_FILE).read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    for file in fonts.FILES.values():
        face = TTFontFile(str(folder / file))
        missing = [c for c in "äöåæøŋŧđčšžáÄÖÅÆØŊŦĐČŠŽÁ–…€" if ord(c) not in face.charToGlyph]
        assert missing == [], f"{file} lacks {missing}"


def test_registering_twice_is_harmless() -> None:
    fonts.register_fonts()
    fonts.register_fonts()
    assert fonts.face(bold=True, italic=True) == fonts.BOLD_ITALIC


# --- text and files ------------------------------------------------------------------------------------------


def test_user_text_is_escaped_for_paragraphs() -> None:
    assert markup("<b>bold</b> & <i>") == "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;i&gt;"
    assert markup("one\ntwo → three") == "one<br/>two -&gt; three"


def test_atomic_output_leaves_nothing_when_the_block_fails(tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    out.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_output(out) as temporary:
        temporary.write_bytes(b"partial")
        raise RuntimeError("boom")
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]


def test_atomic_output_refuses_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ExportFileError) as caught, atomic_output(tmp_path / "nowhere" / "out.pdf"):
        pass
    assert "nowhere" in str(caught.value)
