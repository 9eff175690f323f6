"""Where everything of a drawn lifecycle curve goes: the curve through the method's stages, the stage labels,
the group's and the participants' dated marks, the programme's path between them, and the legend.

Pure Python (no Qt, no ReportLab): the interface's curve widget (``ui/lifecycle``) and the PDF drawing
(:mod:`workshop_app.export.lifecycle_drawing`) both draw what :func:`layout_lifecycle` describes, so the curve
looks the same on screen and on paper, and a click on the screen lands on the stage that is drawn there.

Coordinates are abstract units (pixels on screen, points on paper) with the origin at the top left and ``y``
growing DOWNWARDS; the PDF flips them. The caller measures text (``measure(text, size) -> width``) with its
own font, so labels and legend lines wrap where that font needs them to.

Layout, top to bottom::

    +  ----.                      (plot: the curve over time, +/- on the left, time along level 0)
          /  `--.__.--.    .-
    -  --'             `--'
       1 Shaping  2 Initial …     (each stage's label under its band)
       ● 1  12 Mar 2025 – …       (legend: what the marks mean, one line per dated diagnosis)

A *diagnosis* is every mark made on one day: the group's "where are we now" and each participant's. Older
diagnoses are drawn fainter (``strength`` 0.3 … 1), the latest one emphasised, so the path over time shows.
"""

import itertools
import math
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from workshop_app.catalogue.tools import Lifecycle
from workshop_app.domain.method_tools import LifecycleMarkView

Measure = Callable[[str, float], float]
"""The width of ``text`` at font ``size`` in the caller's font."""

FAINTEST = 0.3
"""The strength (opacity) of the oldest diagnosis; the latest is drawn at 1."""
LIGHT = 0.6
"""Below this strength a group mark is too pale for a white number: it is written in the group's colour."""
MAX_LABEL_LINES = 4
CURVE_COLOUR = "#5f7388"
GROUP_COLOUR = "#1b5e8c"
PARTICIPANT_COLOUR = "#d9731f"
BAND_COLOUR = "#f2f5f8"
AXIS_COLOUR = "#9aa7b4"
TEXT_COLOUR = "#263238"
"""The colours of both drawings (screen and PDF), so a printed curve reads like the one on the screen."""
SAMPLES_PER_SEGMENT = 24


@dataclass(frozen=True)
class Point:
    x: float
    y: float


@dataclass(frozen=True)
class Segment:
    """A cubic Bézier piece of the curve."""

    start: Point
    control1: Point
    control2: Point
    end: Point


@dataclass(frozen=True)
class StagePlace:
    """A stage's band (``left`` … ``right``, the click target), its point on the curve and its label."""

    key: str
    title: str
    number: int | None  # the stage's number; None for an outcome level (VALUMA's "real impact")
    outcome: bool
    left: float
    right: float
    anchor: Point
    label_lines: tuple[str, ...]
    label_top: float


@dataclass(frozen=True)
class Diagnosis:
    """Every mark of one day: the group's stage (if the group marked) and how many participants marked."""

    number: int  # 1 for the oldest
    day: date
    group_stage: str | None
    participants: int
    strength: float
    latest: bool


@dataclass(frozen=True)
class MarkPlace:
    mark_id: uuid.UUID
    stage_key: str
    day: date
    participant_id: uuid.UUID | None  # None: the group's mark
    centre: Point
    radius: float
    strength: float
    latest: bool
    number: int  # the diagnosis it belongs to

    @property
    def by_group(self) -> bool:
        return self.participant_id is None


@dataclass(frozen=True)
class LegendEntry:
    """One line of the legend: a key (``group``, ``participant``) or a dated diagnosis, wrapped."""

    kind: str  # "group", "participant", "diagnosis" or "earlier" (how many older diagnoses are left out)
    lines: tuple[str, ...]
    x: float
    top: float
    diagnosis: Diagnosis | None = None


@dataclass(frozen=True)
class CurveLayout:
    width: float
    height: float
    font_size: float
    line_height: float
    plot_left: float
    plot_top: float
    plot_right: float
    plot_bottom: float
    zero_y: float
    group_radius: float
    segments: tuple[Segment, ...]
    samples: tuple[Point, ...]
    stages: tuple[StagePlace, ...]
    marks: tuple[MarkPlace, ...]
    diagnoses: tuple[Diagnosis, ...]
    legend: tuple[LegendEntry, ...] = field(default=())
    labels_bottom: float = 0.0
    label_size: float = 0.0  # the stage labels' size: the font size, or less where a word would not fit

    @property
    def label_line_height(self) -> float:
        return self.label_size * 1.3

    def y_at(self, x: float) -> float:
        """The curve's height at ``x`` (between the sampled points, straight)."""
        samples = self.samples
        if x <= samples[0].x:
            return samples[0].y
        for before, after in itertools.pairwise(samples):
            if before.x <= x <= after.x:
                span = after.x - before.x
                share = 0.0 if span <= 0 else (x - before.x) / span
                return before.y + (after.y - before.y) * share
        return samples[-1].y

    def stage_at(self, x: float, y: float) -> str | None:
        """The stage a click at (``x``, ``y``) means: the band under it, over the plot or the labels."""
        if not (self.plot_left <= x <= self.plot_right and self.plot_top <= y <= self.labels_bottom):
            return None
        for stage in self.stages:
            if stage.left <= x <= stage.right:
                return stage.key
        return None

    def stage(self, key: str) -> StagePlace | None:
        return next((stage for stage in self.stages if stage.key == key), None)

    def mark_at(self, x: float, y: float) -> MarkPlace | None:
        """The mark drawn under (``x``, ``y``), the latest when several overlap."""
        hits = [m for m in self.marks if math.hypot(m.centre.x - x, m.centre.y - y) <= m.radius + 1.5]
        return hits[-1] if hits else None

    def path_of(self, participant_id: uuid.UUID | None) -> tuple[MarkPlace, ...]:
        """The marks of the group (``None``) or of one participant, oldest first: their path over time."""
        return tuple(mark for mark in self.marks if mark.participant_id == participant_id)


def wrap(text: str, width: float, size: float, measure: Measure, max_lines: int = MAX_LABEL_LINES) -> list[str]:
    """``text`` in lines no wider than ``width`` (a word wider than that stands alone), at most ``max_lines``,
    the last ending in "…" when words were left over."""
    lines: list[str] = []
    current = ""
    words: list[str] = []
    for word in (part for part in text.split(" ") if part):  # a no-break space keeps its words together,
        if "\u00a0" in word and measure(word, size) > width:  # unless they cannot fit on one line together
            words += word.split("\u00a0")
        else:
            words.append(word)
    for word in words:
        trial = f"{current} {word}" if current else word
        if current and measure(trial, size) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        kept = lines[:max_lines]
        last = kept[-1]
        while last and measure(last + "…", size) > width and " " in last:
            last = last.rsplit(" ", 1)[0]
        kept[-1] = last + "…"
        return kept
    return lines


def diagnoses_of(marks: Sequence[LifecycleMarkView]) -> list[Diagnosis]:
    """The marks grouped by day, oldest first, numbered, the older fainter."""
    days = sorted({mark.marked_on for mark in marks})
    found: list[Diagnosis] = []
    for index, day in enumerate(days):
        today = [mark for mark in marks if mark.marked_on == day]
        group = [mark for mark in today if mark.participant_id is None]
        found.append(
            Diagnosis(
                number=index + 1,
                day=day,
                group_stage=group[-1].stage_key if group else None,
                participants=len({mark.participant_id for mark in today if mark.participant_id is not None}),
                strength=strength(index, len(days)),
                latest=index == len(days) - 1,
            )
        )
    return found


def strength(index: int, count: int) -> float:
    """How strongly the ``index``-th of ``count`` diagnoses (oldest first) is drawn: the latest fully."""
    if index >= count - 1:
        return 1.0
    return FAINTEST + (1.0 - FAINTEST) * index / (count - 1)


def _bezier(segment: Segment, t: float) -> Point:
    u = 1 - t
    a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
    return Point(
        a * segment.start.x + b * segment.control1.x + c * segment.control2.x + d * segment.end.x,
        a * segment.start.y + b * segment.control1.y + c * segment.control2.y + d * segment.end.y,
    )


def smooth(points: Sequence[Point]) -> list[Segment]:
    """A smooth curve through ``points`` (Catmull-Rom, as cubic Bézier pieces) whose peaks and troughs are
    at the points themselves: at a point higher or lower than both neighbours the curve runs level, so a
    stage's point is never on the slope of a bump drawn beside it."""
    tangents: list[Point] = []
    for index, point in enumerate(points):
        before = points[max(index - 1, 0)]
        after = points[min(index + 1, len(points) - 1)]
        rise = (after.y - before.y) / 2
        if 0 < index < len(points) - 1 and (point.y - before.y) * (after.y - point.y) <= 0:
            rise = 0.0
        tangents.append(Point((after.x - before.x) / 2, rise))
    segments: list[Segment] = []
    for index in range(len(points) - 1):
        start, end = points[index], points[index + 1]
        out, into = tangents[index], tangents[index + 1]
        segments.append(
            Segment(
                start,
                Point(start.x + out.x / 3, start.y + out.y / 3),
                Point(end.x - into.x / 3, end.y - into.y / 3),
                end,
            )
        )
    return segments


def layout_lifecycle(
    lifecycle: Lifecycle,
    language: str,
    marks: Sequence[LifecycleMarkView],
    width: float,
    plot_height: float,
    *,
    measure: Measure,
    font_size: float = 9.0,
    legend: Callable[[Diagnosis], str] | None = None,
    keys: tuple[str, str] | None = None,
    short_labels: bool = False,
    legend_limit: int = 12,
    earlier: Callable[[int], str] | None = None,
) -> CurveLayout:
    """Lay out ``lifecycle`` with ``marks`` (those of other curves are left out) in ``width`` units.

    ``plot_height`` is the height of the curve's own area; the labels and the legend add what they need
    below it (the layout's ``height``). ``legend`` writes a diagnosis's line (left out when None); ``keys``
    are the texts saying what a group's and a participant's mark look like. ``short_labels`` labels the
    stages by number only (the full titles then belong in a tooltip or beside the drawing). The legend
    lists the latest ``legend_limit`` diagnoses (a long programme's drawing still fits a page), then
    ``earlier(count)`` says how many older ones it leaves out.
    """
    marks = sorted(
        (mark for mark in marks if mark.lifecycle_key == lifecycle.key),
        key=lambda mark: (mark.marked_on, mark.created_at),
    )
    line_height = font_size * 1.3
    group_radius = font_size * 0.8
    participant_radius = max(font_size * 0.42, 3.0)
    sign_width = measure("+", font_size * 1.2) + font_size * 0.8
    plot_left = sign_width
    plot_right = max(width - font_size * 0.5, plot_left + 1)
    plot_top = font_size * 0.6
    plot_bottom = plot_top + max(plot_height, group_radius * 6)
    count = max(len(lifecycle.stages), 1)
    band = (plot_right - plot_left) / count
    pad = group_radius * 1.8

    def level_y(level: float) -> float:
        level = min(max(level, -1.0), 1.0)
        return plot_top + pad + (1 - (level + 1) / 2) * (plot_bottom - plot_top - 2 * pad)

    # The curve: a rise from below the first stage, through every stage's level, on past the last.
    levels = [stage.level for stage in lifecycle.stages] or [0.0]
    trend = levels[-1] - levels[-2] if len(levels) > 1 else 0.0
    anchors = [Point(plot_left + band * (index + 0.5), level_y(level)) for index, level in enumerate(levels)]
    through = [
        Point(plot_left, level_y(levels[0] - 0.35)),
        *anchors,
        Point(plot_right, level_y(levels[-1] + trend * 0.3)),
    ]
    segments = smooth(through)
    samples = [segments[0].start] + [
        _bezier(segment, step / SAMPLES_PER_SEGMENT)
        for segment in segments
        for step in range(1, SAMPLES_PER_SEGMENT + 1)
    ]

    # The stages' labels under their bands, numbered (an outcome level is not a stage of its own).
    label_top = plot_bottom + font_size * 0.7
    texts: list[str] = []
    numbers: list[int | None] = []
    number = 0
    for stage in lifecycle.stages:
        if not stage.outcome:
            number += 1
        numbers.append(None if stage.outcome else number)
        title = stage.title.get(language)
        if stage.outcome:
            texts.append("–" if short_labels else title)
        else:  # a no-break space: the number stays with its title
            texts.append(str(number) if short_labels else f"{number}\u00a0{title}")
    room = band - font_size * 0.6
    label_size = font_size
    wrapped = [wrap(shown, room, label_size, measure) for shown in texts]
    while label_size > font_size * 0.75 and any(
        measure(line, label_size) > room for lines in wrapped for line in lines
    ):
        label_size *= 0.92  # a word wider than its band: the labels a little smaller, not over the next band
        wrapped = [wrap(shown, room, label_size, measure) for shown in texts]
    label_line_height = label_size * 1.3
    stages = [
        StagePlace(
            key=stage.key,
            title=stage.title.get(language),
            number=numbers[index],
            outcome=stage.outcome,
            left=plot_left + band * index,
            right=plot_left + band * (index + 1),
            anchor=anchors[index],
            label_lines=tuple(wrapped[index]),
            label_top=label_top,
        )
        for index, stage in enumerate(lifecycle.stages)
    ]
    label_lines = max((len(stage.label_lines) for stage in stages), default=1)
    labels_bottom = label_top + label_lines * label_line_height

    provisional = CurveLayout(
        width=width,
        height=0,
        font_size=font_size,
        line_height=line_height,
        plot_left=plot_left,
        plot_top=plot_top,
        plot_right=plot_right,
        plot_bottom=plot_bottom,
        zero_y=level_y(0),
        group_radius=group_radius,
        segments=tuple(segments),
        samples=tuple(samples),
        stages=tuple(stages),
        marks=(),
        diagnoses=(),
        labels_bottom=labels_bottom,
        label_size=label_size,
    )  # the curve alone, to place the marks on it
    diagnoses = diagnoses_of(marks)
    by_day = {diagnosis.day: diagnosis for diagnosis in diagnoses}
    placed = _place_marks(provisional, marks, by_day, group_radius, participant_radius)

    entries: list[LegendEntry] = []
    bottom = labels_bottom
    if legend is not None and (diagnoses or keys):
        entries, bottom = _legend(
            diagnoses[-legend_limit:] if legend_limit > 0 else [],
            legend,
            keys,
            plot_left,
            width,
            labels_bottom + font_size,
            font_size,
            line_height,
            measure,
        )
        left_out = len(diagnoses) - max(legend_limit, 0)
        if left_out > 0 and earlier is not None:
            lines = tuple(wrap(earlier(left_out), width - plot_left - font_size * 2.6, font_size, measure))
            entries.append(LegendEntry("earlier", lines, plot_left, bottom))
            bottom += len(lines) * line_height
    return replace(
        provisional,
        height=bottom + font_size * 0.5,
        marks=tuple(placed),
        diagnoses=tuple(diagnoses),
        legend=tuple(entries),
    )


def _place_marks(
    curve: CurveLayout,
    marks: Sequence[LifecycleMarkView],
    by_day: dict[date, Diagnosis],
    group_radius: float,
    participant_radius: float,
) -> list[MarkPlace]:
    """The group's marks on the curve (several on one stage side by side along it, oldest left); the
    participants' as small dots in rows beside the stage's point, on the side with more room."""
    placed: list[MarkPlace] = []
    for stage in curve.stages:
        here = [mark for mark in marks if mark.stage_key == stage.key]
        group = [mark for mark in here if mark.participant_id is None]
        people = [mark for mark in here if mark.participant_id is not None]
        room = stage.right - stage.left
        step = min(group_radius * 2.2, room / max(len(group), 1))
        for index, mark in enumerate(group):
            diagnosis = by_day[mark.marked_on]
            x = stage.anchor.x + (index - (len(group) - 1) / 2) * step
            radius = group_radius * (1.2 if diagnosis.latest else 1.0)
            placed.append(_place(mark, Point(x, curve.y_at(x)), radius, diagnosis))
        if not people:
            continue
        gap = participant_radius * 2.6
        columns = max(1, int((room - group_radius) // gap))
        below = (curve.plot_bottom - stage.anchor.y) >= (stage.anchor.y - curve.plot_top)
        direction = 1 if below else -1
        first_row = group_radius * 1.3 + participant_radius + 2
        for index, mark in enumerate(people):
            row, column = divmod(index, columns)
            in_row = min(columns, len(people) - row * columns)
            x = stage.anchor.x + (column - (in_row - 1) / 2) * gap
            y = stage.anchor.y + direction * (first_row + row * gap)
            placed.append(_place(mark, Point(x, y), participant_radius, by_day[mark.marked_on]))
    placed.sort(key=lambda mark: (mark.day, mark.participant_id is None))  # the group's drawn over the people's
    return placed


def _place(mark: LifecycleMarkView, centre: Point, radius: float, diagnosis: Diagnosis) -> MarkPlace:
    return MarkPlace(
        mark_id=mark.id,
        stage_key=mark.stage_key,
        day=mark.marked_on,
        participant_id=mark.participant_id,
        centre=centre,
        radius=radius,
        strength=diagnosis.strength,
        latest=diagnosis.latest,
        number=diagnosis.number,
    )


def _legend(
    diagnoses: Sequence[Diagnosis],
    text: Callable[[Diagnosis], str],
    keys: tuple[str, str] | None,
    left: float,
    width: float,
    top: float,
    size: float,
    line_height: float,
    measure: Measure,
) -> tuple[list[LegendEntry], float]:
    """The keys on the first line, then one entry per diagnosis, newest first, in two columns when wide."""
    symbol = size * 2.6
    entries: list[LegendEntry] = []
    y = top
    if keys is not None:
        x = left
        for kind, key_text in zip(("group", "participant"), keys, strict=True):
            entries.append(LegendEntry(kind, (key_text,), x, y))
            x += symbol + measure(key_text, size) + size * 2
        y += line_height * 1.4
    columns = 2 if width - left >= 640 else 1
    column_width = (width - left) / columns
    rows = math.ceil(len(diagnoses) / columns)
    heights = [0.0] * columns
    for index, diagnosis in enumerate(reversed(diagnoses)):
        column = index // rows if rows else 0
        lines = tuple(wrap(text(diagnosis), column_width - symbol - size, size, measure, max_lines=3))
        entries.append(
            LegendEntry("diagnosis", lines, left + column * column_width, y + heights[column], diagnosis=diagnosis)
        )
        heights[column] += max(len(lines), 1) * line_height + size * 0.4
    return entries, y + max(heights, default=0.0)
