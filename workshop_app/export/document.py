"""What every exported PDF shares: the page (header, footer, "page x / y"), progress and cancelling, writing
the file whole or not at all, escaping user text, and tables that are built a page at a time."""

import contextlib
import functools
import re
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Final, Generic, Literal, TypeVar
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table

from workshop_app import APP_NAME, __version__
from workshop_app.errors import QT_TRANSLATE_NOOP, WorkshopError
from workshop_app.export.fonts import BOLD, REGULAR, printable, register_fonts, text_width
from workshop_app.export.labels import Labels
from workshop_app.export.styles import MUTED, RULE, data_table

PageSize = Literal["A4", "Letter"]
PAGE_SIZES: Final[dict[str, tuple[float, float]]] = {"A4": A4, "Letter": LETTER}

MARGIN_SIDE: Final = 20 * mm
MARGIN_TOP: Final = 24 * mm
MARGIN_BOTTOM: Final = 21 * mm
HEADER_BASELINE: Final = 14 * mm
"""Distance of the running header's baseline from the top edge of the page."""
FOOTER_BASELINE: Final = 11 * mm
RUNNING_SIZE: Final = 7.5

T = TypeVar("T")


class ExportCancelled(WorkshopError):  # noqa: N818 - the name the GUI expects
    """The person cancelled an export; nothing was written."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("WorkshopErrors", "The export was cancelled; no file was written."))


class ExportFileError(WorkshopError):
    """The exported file cannot be written where it was asked for."""


def page_size_of(name: str) -> tuple[float, float]:
    if name not in PAGE_SIZES:
        from workshop_app.errors import ValidationError

        raise ValidationError(
            QT_TRANSLATE_NOOP("WorkshopErrors", "{value} is not one of the allowed values: {allowed}."),
            field="page_size",
            value=name,
            allowed=", ".join(PAGE_SIZES),
        )
    return PAGE_SIZES[name]


class ExportJob:
    """The hooks of a caller running an export off its GUI thread: progress from 0 to 1, and cancelling."""

    def __init__(
        self, progress: Callable[[float], None] | None = None, cancelled: Callable[[], bool] | None = None
    ) -> None:
        self._progress = progress
        self._cancelled = cancelled
        self._reported = -1.0

    def check(self) -> None:
        """Raise :class:`ExportCancelled` if the caller has asked to stop."""
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled()

    def report(self, fraction: float) -> None:
        """Tell the caller how far along the export is (never backwards, reported in steps of 1 %)."""
        fraction = min(1.0, max(0.0, fraction))
        if self._progress is None or fraction <= self._reported:
            return
        if fraction >= self._reported + 0.01 or fraction == 1.0:
            self._reported = fraction
            self._progress(fraction)

    def sections(self, *builders: Callable[[], list[Flowable]]) -> list[Flowable]:
        """The flowables of each section in turn, checking for a cancel before each one."""
        parts: list[Flowable] = []
        for build in builders:
            self.check()
            parts += build()
        return parts

    def step(self, fraction: float) -> None:
        self.check()
        self.report(fraction)


@contextmanager
def atomic_output(out: Path) -> Iterator[Path]:
    """A temporary path beside ``out`` to write to; moved over ``out`` only when the block succeeds.

    A failed or cancelled export leaves neither a partial file nor the temporary one behind.
    """
    out = Path(out).expanduser()
    if not out.parent.is_dir():
        raise ExportFileError(
            QT_TRANSLATE_NOOP("WorkshopErrors", "The folder {folder} does not exist."), folder=str(out.parent)
        )
    _remove_old_partials(out)
    temporary = out.with_name(f".{out.name}.{uuid.uuid4().hex[:12]}.part")
    try:
        try:
            yield temporary
            temporary.replace(out)
        except OSError as error:
            raise ExportFileError(
                QT_TRANSLATE_NOOP("WorkshopErrors", "The file {path} cannot be created: {reason}."),
                path=str(out),
                reason=error.strerror or str(error),
            ) from error
    finally:
        temporary.unlink(missing_ok=True)


PARTIAL_AGE: Final = 3600.0
"""Seconds after which a partial file of an export is surely left by an export that was killed."""


def _remove_old_partials(out: Path) -> None:
    """Partial files of earlier exports to ``out`` that were killed (our own naming only, and old enough
    that no export still running can own them)."""
    pattern = re.compile(re.escape(f".{out.name}.") + r"[0-9a-f]{12}\.part")
    now = time.time()
    with contextlib.suppress(OSError):
        for leftover in out.parent.iterdir():
            if pattern.fullmatch(leftover.name):
                with contextlib.suppress(OSError):
                    if now - leftover.stat().st_mtime > PARTIAL_AGE:
                        leftover.unlink()


# --- text ----------------------------------------------------------------------------------------------------

_BLANK_LINES = re.compile(r"\n[ \t]*\n")


def markup(text: str) -> str:
    """User text made safe for a Paragraph: < > & print literally, line breaks are kept."""
    return escape(printable(text)).replace("\r\n", "\n").replace("\n", "<br/>")


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of user text (escaped)."""
    return Paragraph(markup(text), style)


def paragraphs(text: str, style: ParagraphStyle) -> list[Flowable]:
    """User text with blank lines between paragraphs as separate paragraphs (so pages can break between them)."""
    return [para(part.strip("\n"), style) for part in _BLANK_LINES.split(text.replace("\r\n", "\n")) if part.strip()]


def fit_width(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with "…" to fit ``width`` on one line."""
    text = printable(" ".join(text.split()))
    if text_width(text, font, size) <= width:
        return text
    while text and text_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class Heading(Paragraph):  # type: ignore[misc]
    """A heading that also becomes an entry of the PDF's outline (bookmarks) at ``level``."""

    def __init__(self, text: str, style: ParagraphStyle, level: int, *, escaped: bool = False) -> None:
        super().__init__(text if escaped else markup(text), style)
        self.outline_level = level
        self.outline_text = " ".join(printable(text).split()) if not escaped else self.getPlainText()


# --- tables built a page at a time ---------------------------------------------------------------------------


@dataclass
class _RowCache:
    """Rows made and measured by a streaming table, shared with its continuation on the next page."""

    cells: dict[int, list[Any]] = field(default_factory=dict)
    heights: dict[int, float] = field(default_factory=dict)
    header_height: float | None = None

    def forget_before(self, index: int) -> None:
        for done in [key for key in self.cells if key < index]:
            del self.cells[done]
            self.heights.pop(done, None)


LONG_ROW: Final = 400.0
"""Points: a table row taller than this is broken across pages instead of waiting for a page it fits on."""


class StreamingTable(Flowable, Generic[T]):  # type: ignore[misc]
    """A long table whose rows are made from ``sources`` only when laid out, one page's worth at a time.

    A Table of thousands of Paragraph rows holds all of them in memory and measures the remainder again at
    every page break; this one keeps only the data, makes and measures each row once, and hands each page an
    ordinary table (header row repeated) of the rows that fit, with their heights given. Time and memory grow
    with the data alone. Sources for which ``is_group`` is true are group rows: never left alone at the foot of
    a page, and repeated at the top of a page that continues their group.
    """

    def __init__(
        self,
        header: list[Any],
        sources: Sequence[T],
        make_row: Callable[[T], list[Any]],
        widths: Sequence[float],
        *,
        row_style: Callable[[int, T], list[tuple[Any, ...]]] | None = None,
        is_group: Callable[[T], bool] | None = None,
        style: Sequence[tuple[Any, ...]] = (),
        start: int = 0,
        cache: _RowCache | None = None,
    ) -> None:
        super().__init__()
        self.header = header
        self.sources = sources
        self.make_row = make_row
        self.widths = list(widths)
        self.row_style = row_style
        self.is_group = is_group
        self.style = list(style)
        self.start = start
        self.cache = cache or _RowCache()
        self._whole: Table | None = None
        self._moved = False
        self.export_weight = len(sources) - start

    # --- rows ---------------------------------------------------------------------------------------------

    def _cells(self, index: int) -> list[Any]:
        cells = self.cache.cells.get(index)
        if cells is None:
            cells = self.cache.cells[index] = self.make_row(self.sources[index])
        return cells

    def _styles(self, at: int, index: int) -> list[tuple[Any, ...]]:
        return self.row_style(at, self.sources[index]) if self.row_style is not None else []

    def _grouped(self, index: int) -> bool:
        return self.is_group is not None and self.is_group(self.sources[index])

    def _group_row(self) -> int | None:
        """The index of the group row to repeat above ``start`` (a page continuing a group), if any."""
        if self.is_group is None or self.start == 0 or self._grouped(self.start):
            return None
        return next((i for i in range(self.start - 1, -1, -1) if self._grouped(i)), None)

    def _table(self, indices: Sequence[int], *, header: bool, heights: list[float] | None = None) -> Table:
        rows: list[list[Any]] = [self.header] if header else []
        extra = list(self.style)
        for index in indices:
            extra += self._styles(len(rows), index)
            rows.append(self._cells(index))
        return data_table(rows, self.widths, header=header, extra=extra, heights=heights)

    def _measure(self, indices: list[int]) -> None:
        """Row heights of ``indices`` not measured yet, from one table of just those rows."""
        if self.cache.header_height is None:
            probe = data_table([self.header], self.widths, extra=self.style)
            probe.wrap(0, 0)
            self.cache.header_height = float(probe._rowHeights[0])
        missing = [index for index in indices if index not in self.cache.heights]
        if missing:
            probe = self._table(missing, header=False)
            probe.wrap(0, 0)
            for index, height in zip(missing, probe._rowHeights, strict=True):
                self.cache.heights[index] = float(height)

    def _fitting(self, available: float) -> tuple[int, float]:
        """How many rows from ``start`` fit in ``available`` points (with the header and a repeated group row),
        and their height; at least one row is tried."""
        group = self._group_row()
        self._measure([group] if group is not None else [])
        used_height = float(self.cache.header_height or 0) + (self.cache.heights[group] if group is not None else 0)
        count, index, batch = 0, self.start, 20
        while index < len(self.sources):
            if index not in self.cache.heights:
                self._measure(list(range(index, min(len(self.sources), index + batch))))
                batch = 48
            height = self.cache.heights[index]
            if used_height + height > available:
                break
            used_height += height
            count += 1
            index += 1
        return count, used_height

    def _page(self, count: int) -> Table:
        group = self._group_row()
        indices = ([group] if group is not None else []) + list(range(self.start, self.start + count))
        heights = [float(self.cache.header_height or 0)] + [self.cache.heights[index] for index in indices]
        table = self._table(indices, header=True, heights=heights)
        table.export_weight = count
        return table

    # --- the Flowable protocol ----------------------------------------------------------------------------

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - ReportLab's names
        count, height = self._fitting(availHeight)
        self.width = sum(self.widths)
        if self.start + count >= len(self.sources):
            self._whole = self._page(count)
            self.height = height
        else:
            self._whole = None
            self.height = availHeight + max(1.0, height)  # more rows follow: ask to be split
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        count, _ = self._fitting(availHeight)
        if self.is_group is not None:
            while count > 1 and self._grouped(self.start + count - 1):
                count -= 1  # a group row goes over to the next page with its first row
            if count == 1 and self._grouped(self.start) and not self._moved:
                self._moved = True  # only the group row fits here: all of it to the next page (once)
                return []
        if count <= 0:
            return self._split_long_row(availWidth, availHeight)
        first = self._page(count)
        if self.start + count >= len(self.sources):
            return [first]
        group = self._group_row()
        self.cache.forget_before(self.start if group is None else group)
        rest = StreamingTable(
            self.header,
            self.sources,
            self.make_row,
            self.widths,
            row_style=self.row_style,
            is_group=self.is_group,
            style=self.style,
            start=self.start + count,
            cache=self.cache,
        )
        return [first, rest]

    def _split_long_row(self, width: float, available: float) -> list[Flowable]:
        """A row taller than :data:`LONG_ROW` (a decision or minutes of thousands of words) would never fit a
        page whole: it is laid out in a table of its own that breaks inside the row, then the rest follows.
        A shorter row that does not fit goes whole to the next page, as before."""
        self._measure([self.start])
        if self.cache.heights[self.start] <= max(LONG_ROW, available):
            return []
        rows = [self.header, self._cells(self.start)]
        long_row = data_table(
            rows, self.widths, header=True, extra=[*self.style, *self._styles(1, self.start)], split_in_row=True
        )
        long_row.wrap(width, available)
        pieces: list[Flowable] = long_row.split(width, available)
        if not pieces:
            return []  # not even a few lines of it fit here: the next page
        pieces[0].export_weight = 1
        if self.start + 1 >= len(self.sources):
            return pieces
        self.cache.forget_before(self.start + 1)
        rest = StreamingTable(
            self.header,
            self.sources,
            self.make_row,
            self.widths,
            row_style=self.row_style,
            is_group=self.is_group,
            style=self.style,
            start=self.start + 1,
            cache=self.cache,
        )
        return [*pieces, rest]

    def draw(self) -> None:
        if self._whole is not None:
            self._whole.wrapOn(self.canv, self.width, self.height)
            self._whole.drawOn(self.canv, 0, 0)


# --- the page and the document -------------------------------------------------------------------------------


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds the pages back until the end so that each can say "page x / y"."""

    def __init__(self, *args: Any, page_label: Callable[[int, int], str], right: float, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page_label = page_label
        self._right = right
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(REGULAR, RUNNING_SIZE)
            self.setFillColor(MUTED)
            self.drawRightString(self._right, FOOTER_BASELINE, self._page_label(self._pageNumber, total))
            Canvas.showPage(self)
        self._pages.clear()
        Canvas.save(self)


class ExportDocument(BaseDocTemplate):  # type: ignore[misc]
    """A4 or Letter pages with a running header (programme, document) and footer (app, date, page x / y)."""

    def __init__(
        self,
        path: Path,
        *,
        page_size: str,
        title: str,
        programme_name: str,
        labels: Labels,
        job: ExportJob,
        exported_on: date,
        subject: str = "",
        author: str = "",
        keywords: Sequence[str] = (),
    ) -> None:
        """``author`` (the facilitator, say) goes into the PDF's metadata, else the app's name in the document's
        language; ``keywords`` too (the programme, the kind of document)."""
        register_fonts()
        size = page_size_of(page_size)
        super().__init__(
            str(path),
            pagesize=size,
            leftMargin=MARGIN_SIDE,
            rightMargin=MARGIN_SIDE,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=printable(title),
            author=printable(author.strip() or labels("common.app_name")),
            subject=printable(subject),
            keywords=[printable(word) for word in keywords if word.strip()],
            creator=f"{APP_NAME} {__version__}",
            lang=labels.language,
            initialFontName=REGULAR,
            initialFontSize=9.5,
        )
        self.labels = labels
        self.job = job
        self.document_title = title
        self.programme_name = programme_name
        self.exported_on = exported_on
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])
        self._story: list[Flowable] = []
        self._total_weight = 1.0
        self._done_weight = 0.0
        self._progress_from = 0.0
        self._outline_level = -1
        self._outline_count = 0
        self._contents = False

    @property
    def frame_width(self) -> float:
        return float(self.width)

    @property
    def frame_height(self) -> float:
        return float(self.height)

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        page_width, page_height = self.pagesize
        left, right = self.leftMargin, page_width - self.rightMargin
        half = (right - left) / 2 - 6
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.setFillColor(MUTED)
        if canvas.getPageNumber() > 1:
            top = page_height - HEADER_BASELINE
            canvas.setFont(BOLD, RUNNING_SIZE)
            canvas.drawString(left, top, fit_width(self.programme_name, BOLD, RUNNING_SIZE, half))
            canvas.setFont(REGULAR, RUNNING_SIZE)
            canvas.drawRightString(right, top, fit_width(self.document_title, REGULAR, RUNNING_SIZE, half))
            canvas.line(left, top - 4, right, top - 4)
        canvas.line(left, FOOTER_BASELINE + 9, right, FOOTER_BASELINE + 9)
        canvas.setFont(REGULAR, RUNNING_SIZE)
        footer = self.labels(
            "common.footer", app=self.labels("common.app_name"), date=self.labels.day(self.exported_on)
        )
        canvas.drawString(left, FOOTER_BASELINE, fit_width(footer, REGULAR, RUNNING_SIZE, half))
        canvas.restoreState()

    def beforeDocument(self) -> None:  # noqa: N802 - ReportLab's name
        """Each pass of the layout (a table of contents takes two) numbers the headings afresh."""
        self._outline_level = -1
        self._outline_count = 0

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab's name
        if isinstance(flowable, Heading):
            level = min(flowable.outline_level, self._outline_level + 1)
            key = f"h{self._outline_count}"
            self._outline_count += 1
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.outline_text, key, level=level, closed=level >= 1)
            self._outline_level = level
            if self._contents and level <= 1 and self.page > 1 and getattr(flowable, "in_contents", True):
                self.notify("TOCEntry", (level, flowable.outline_text, self.page, key))
        self._done_weight += getattr(flowable, "export_weight", 1)
        self.job.check()
        share = min(0.98, self._done_weight / self._total_weight)
        self.job.report(self._progress_from + (1 - self._progress_from) * share)

    def render(self, story: list[Flowable], *, progress_from: float = 0.2, contents: bool = False) -> None:
        """Lay out and write ``story``; progress runs from ``progress_from`` to 1, cancelling is checked throughout.

        ``contents``: the story holds a table of contents, filled in by a second pass of the layout."""
        self.job.check()
        self._story = story
        self._total_weight = float(max(1, sum(getattr(item, "export_weight", 1) for item in story)))
        self._progress_from = progress_from
        page_width = self.pagesize[0]
        canvasmaker = functools.partial(
            _NumberedCanvas,
            page_label=lambda page, pages: self.labels("common.page_of", page=page, pages=pages),
            right=page_width - self.rightMargin,
        )
        self._contents = contents
        if contents:
            self.multiBuild(story, canvasmaker=canvasmaker)
        else:
            self.build(story, canvasmaker=canvasmaker)
        self.job.report(1.0)
