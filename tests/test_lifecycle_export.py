"""The lifecycle curve drawn into the PDF minutes and report, in Finnish and Bokmål: the drawing is placed
where the geometry says (the same layout the screen draws), its legend and labels are in the document's
language, the PDF holds the curve's Bézier pieces, and the rendered page shows the marks' colours."""

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.graphics.shapes import Circle, String
from reportlab.graphics.shapes import Path as DrawnPath

from tests.templates import demo_file
from tests.test_export_common import unhyphenated
from workshop_app.export.fonts import text_width
from workshop_app.export.labels import Labels
from workshop_app.export.lifecycle_drawing import FONT_SIZE, PLOT_HEIGHT, TEXTS, lifecycle_drawing
from workshop_app.export.minutes import export_minutes
from workshop_app.export.report import export_report
from workshop_app.services import lifecycle_geometry as geo
from workshop_app.services import method_tools
from workshop_app.storage.store import ProgrammeStore

TODAY = date(2026, 11, 23)


def _group_pixels(png: Path) -> tuple[int, int]:
    """How many pixels are the group's blue and the participants' orange (nearly)."""
    image = Image.open(png).convert("RGB")
    blue = Image.new("RGB", (1, 1), geo.GROUP_COLOUR).getpixel((0, 0))
    orange = Image.new("RGB", (1, 1), geo.PARTICIPANT_COLOUR).getpixel((0, 0))

    def near(pixel: tuple[int, int, int], colour: tuple[int, int, int]) -> bool:
        return sum(abs(a - b) for a, b in zip(pixel, colour, strict=True)) < 40

    data = image.tobytes()
    pixels = list(zip(data[0::3], data[1::3], data[2::3], strict=True))
    return sum(near(p, blue) for p in pixels), sum(near(p, orange) for p in pixels)  # type: ignore[arg-type]


def _page_with(reader: PdfReader, wanted: str) -> int:
    for number, page in enumerate(reader.pages):
        if unhyphenated(wanted) in unhyphenated(page.extract_text() or ""):
            return number
    raise AssertionError(f"no page shows {wanted!r}")


@pytest.fixture(params=["fi", "nb"])
def demo(
    request: pytest.FixtureRequest, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[ProgrammeStore, str]:
    store = ProgrammeStore.open(demo_file(tmp_path, tmp_path_factory, request.param, today=TODAY))
    request.addfinalizer(store.close)
    return store, request.param


def test_the_drawing_follows_the_shared_geometry(demo: tuple[ProgrammeStore, str]) -> None:
    store, language = demo
    lifecycle = method_tools.tools_of(store).lifecycle("valuma_lifecycle")
    assert lifecycle is not None
    marks = method_tools.list_lifecycle_marks(store, lifecycle_key="valuma_lifecycle")
    drawing = lifecycle_drawing(lifecycle, marks, Labels(language), 480)
    layout = geo.layout_lifecycle(
        lifecycle,
        language,
        marks,
        480,
        PLOT_HEIGHT,
        measure=lambda text, size: text_width(text, "NotoSans", size),
        font_size=FONT_SIZE,
        legend=lambda diagnosis: "x",
        keys=("a", "b"),
    )
    assert drawing.width == 480 and drawing.height > layout.labels_bottom
    circles = {(round(c.cx, 2), round(c.cy, 2)) for c in drawing.contents if isinstance(c, Circle)}
    for mark in layout.marks:  # every mark where the geometry put it (y flipped for the page)
        assert (round(mark.centre.x, 2), round(drawing.height - mark.centre.y, 2)) in circles
    texts = [s.text for s in drawing.contents if isinstance(s, String)]
    assert TEXTS["group_key"][language] in texts and TEXTS["time"][language] in texts
    shaping = lifecycle.stages[0].title.get(language)
    assert shaping.split()[0] in " ".join(texts)
    assert sum(isinstance(shape, DrawnPath) for shape in drawing.contents) >= 2  # the curve and the path


@pytest.mark.slow
def test_minutes_and_report_draw_the_curve(demo: tuple[ProgrammeStore, str], tmp_path: Path) -> None:
    store, language = demo
    marked = method_tools.list_lifecycle_marks(store)[-1].workshop_id
    minutes = export_minutes(store, marked, tmp_path / "minutes.pdf", today=TODAY)
    report = export_report(store, tmp_path / "report.pdf", today=TODAY)
    for document in (minutes, report):
        reader = PdfReader(document)
        number = _page_with(reader, TEXTS["group_key"][language])
        page = reader.pages[number]
        assert TEXTS["time"][language] in (page.extract_text() or "")
        contents = page.get_contents()
        assert contents is not None
        stream = contents.get_data().decode("latin-1")
        assert len(re.findall(r"\sc\s", stream)) >= 7  # the curve's Bézier pieces (6 stages: 7 pieces)
        if shutil.which("pdftoppm") is None:
            continue
        prefix = tmp_path / f"{document.stem}-page"
        subprocess.run(
            ["pdftoppm", "-r", "60", "-f", str(number + 1), "-l", str(number + 1), "-png", str(document), str(prefix)],
            check=True,
            timeout=60,
        )
        png = next(tmp_path.glob(f"{prefix.name}*.png"))
        blue, orange = _group_pixels(png)
        assert blue > 40 and orange > 5  # the group's latest mark and the participants' dots are drawn
