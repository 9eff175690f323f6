"""A lifecycle curve with its dated marks as a vector drawing in the PDF, laid out by
:func:`~workshop_app.services.lifecycle_geometry.layout_lifecycle`, the layout the screen draws too.

The drawing (a ReportLab ``Drawing``, so a flowable of its own) shows the stage bands and their labels, the
curve, the group's numbered marks joined into the programme's path, the participants' dots beside them (older
diagnoses paler, the latest circled) and a legend with the dates. Paler is mixed with the white page rather
than transparent, so every PDF reader and the PNG renderer show the same colours.
"""

from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, Path, Polygon, Rect, String
from reportlab.lib import colors

from workshop_app.catalogue.tools import Lifecycle
from workshop_app.domain.method_tools import LifecycleMarkView
from workshop_app.export.fonts import BOLD, ITALIC, REGULAR, printable, register_fonts, text_width
from workshop_app.export.labels import Labels
from workshop_app.services import lifecycle_geometry as geo

FONT_SIZE = 7.5
PLOT_HEIGHT = 150.0
LEGEND_LIMIT = 8
"""Diagnoses listed in the legend, the latest: with them the drawing stays well within a page's frame."""
_BASELINE = 0.8  # the baseline below a line's top, as a share of the font size

TEXTS: dict[str, dict[str, str]] = {
    "group_key": {
        "en": "The group (numbered by date)",
        "fi": "Ryhmä (numeroitu päivämäärän mukaan)",
        "nb": "Gruppen (nummerert etter dato)",
    },
    "participant_key": {"en": "A participant", "fi": "Osallistuja", "nb": "En deltaker"},
    "group_and_people": {
        "en": "{date} – the group: {stage}; marks by participants: {count}",
        "fi": "{date} – ryhmä: {stage}; osallistujien merkintöjä: {count}",
        "nb": "{date} – gruppen: {stage}; markeringer fra deltakere: {count}",
    },
    "group_only": {
        "en": "{date} – the group: {stage}",
        "fi": "{date} – ryhmä: {stage}",
        "nb": "{date} – gruppen: {stage}",
    },
    "people_only": {
        "en": "{date} – marks by participants: {count}; none by the group",
        "fi": "{date} – osallistujien merkintöjä: {count}; ryhmä ei merkinnyt",
        "nb": "{date} – markeringer fra deltakere: {count}; ingen fra gruppen",
    },
    "time": {"en": "time", "fi": "aika", "nb": "tid"},
    "earlier": {
        "en": "Earlier diagnoses not listed here: {count}",
        "fi": "Aiempia arviointeja, joita ei luetella tässä: {count}",
        "nb": "Tidligere diagnoser som ikke er listet her: {count}",
    },
}


def _text(key: str, language: str) -> str:
    table = TEXTS[key]
    return table.get(language) or table["en"]


def _measure(text: str, size: float) -> float:
    return text_width(printable(text), REGULAR, size)


def _paler(name: str, strength: float) -> colors.Color:
    """``name`` mixed with the white page: ``strength`` 1 is the colour itself."""
    colour = colors.HexColor(name)
    return colors.Color(*(1 - strength * (1 - part) for part in (colour.red, colour.green, colour.blue)))


def legend_text(diagnosis: geo.Diagnosis, lifecycle: Lifecycle, labels: Labels) -> str:
    """A diagnosis's line in the legend, in the document's language."""
    language = labels.language
    stages = {stage.key: stage.title.get(language) for stage in lifecycle.stages}
    day = labels.day(diagnosis.day)
    stage = stages.get(diagnosis.group_stage or "", diagnosis.group_stage or "")
    if diagnosis.group_stage and diagnosis.participants:
        return _text("group_and_people", language).format(date=day, stage=stage, count=diagnosis.participants)
    if diagnosis.group_stage:
        return _text("group_only", language).format(date=day, stage=stage)
    return _text("people_only", language).format(date=day, count=diagnosis.participants)


def lifecycle_drawing(
    lifecycle: Lifecycle, marks: Sequence[LifecycleMarkView], labels: Labels, width: float
) -> Drawing:
    """``lifecycle`` with ``marks`` (the programme's path so far), ``width`` points wide."""
    register_fonts()
    language = labels.language
    layout = geo.layout_lifecycle(
        lifecycle,
        language,
        marks,
        width,
        PLOT_HEIGHT,
        measure=_measure,
        font_size=FONT_SIZE,
        legend=lambda diagnosis: legend_text(diagnosis, lifecycle, labels),
        keys=(_text("group_key", language), _text("participant_key", language)),
        legend_limit=LEGEND_LIMIT,
        earlier=lambda count: _text("earlier", language).format(count=count),
    )
    height = layout.height
    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR  # the renderer would otherwise set (and embed a reference to) Helvetica
    drawing.hAlign = "LEFT"

    def y(value: float) -> float:
        return height - value

    def text(
        x: float,
        top: float,
        value: str,
        *,
        font: str = REGULAR,
        size: float = FONT_SIZE,
        anchor: str = "start",
        colour: colors.Color | None = None,
    ) -> None:
        drawing.add(
            String(
                x,
                y(top + size * _BASELINE),
                printable(value),
                fontName=font,
                fontSize=size,
                textAnchor=anchor,
                fillColor=colour or colors.HexColor(geo.TEXT_COLOUR),
            )
        )

    def number(cx: float, cy: float, radius: float, value: int, ink: colors.Color) -> None:
        """A diagnosis's number centred in its circle."""
        size = radius * 1.2
        drawing.add(
            String(cx, cy - size * 0.35, str(value), fontName=BOLD, fontSize=size, textAnchor="middle", fillColor=ink)
        )

    band_colour = colors.HexColor(geo.BAND_COLOUR)
    for index, stage in enumerate(layout.stages):
        if index % 2 == 0:
            drawing.add(
                Rect(
                    stage.left,
                    y(layout.labels_bottom),
                    stage.right - stage.left,
                    layout.labels_bottom - layout.plot_top,
                    fillColor=band_colour,
                    strokeColor=None,
                )
            )
    axis = colors.HexColor(geo.AXIS_COLOUR)
    drawing.add(Line(layout.plot_left, y(layout.zero_y), layout.plot_right, y(layout.zero_y), strokeColor=axis))
    drawing.add(Line(layout.plot_left, y(layout.plot_top), layout.plot_left, y(layout.plot_bottom), strokeColor=axis))
    tip = FONT_SIZE * 0.5
    drawing.add(
        Polygon(
            [
                layout.plot_right,
                y(layout.zero_y),
                layout.plot_right - tip,
                y(layout.zero_y) + tip / 2,
                layout.plot_right - tip,
                y(layout.zero_y) - tip / 2,
            ],
            fillColor=axis,
            strokeColor=None,
        )
    )
    text(layout.plot_right - tip * 1.5, layout.zero_y + 2, _text("time", language), anchor="end", colour=axis)
    text(layout.plot_left / 2, layout.plot_top, "+", font=BOLD, size=FONT_SIZE * 1.2, anchor="middle")
    text(
        layout.plot_left / 2,
        layout.plot_bottom - FONT_SIZE * 1.3,
        "-",
        font=BOLD,
        size=FONT_SIZE * 1.2,
        anchor="middle",
    )

    curve = Path(strokeColor=colors.HexColor(geo.CURVE_COLOUR), strokeWidth=1.8, fillColor=None)
    curve.moveTo(layout.segments[0].start.x, y(layout.segments[0].start.y))
    for segment in layout.segments:
        curve.curveTo(
            segment.control1.x,
            y(segment.control1.y),
            segment.control2.x,
            y(segment.control2.y),
            segment.end.x,
            y(segment.end.y),
        )
    drawing.add(curve)
    for stage in layout.stages:
        fill = colors.white if stage.outcome else colors.HexColor(geo.CURVE_COLOUR)
        drawing.add(
            Circle(
                stage.anchor.x,
                y(stage.anchor.y),
                FONT_SIZE * 0.28,
                fillColor=fill,
                strokeColor=colors.HexColor(geo.CURVE_COLOUR),
                strokeWidth=1,
            )
        )
        for index, line in enumerate(stage.label_lines):
            text(
                (stage.left + stage.right) / 2,
                stage.label_top + index * layout.label_line_height,
                line,
                font=ITALIC if stage.outcome else REGULAR,
                size=layout.label_size,
                anchor="middle",
            )

    group = layout.path_of(None)
    if len(group) > 1:
        points: list[float] = []
        for mark in group:
            points += [mark.centre.x, y(mark.centre.y)]
        path = Path(strokeColor=_paler(geo.GROUP_COLOUR, 0.7), strokeWidth=1, strokeDashArray=[3, 2], fillColor=None)
        path.moveTo(points[0], points[1])
        for index in range(2, len(points), 2):
            path.lineTo(points[index], points[index + 1])
        drawing.add(path)
    for mark in layout.marks:
        cx, cy = mark.centre.x, y(mark.centre.y)
        if mark.by_group:
            if mark.latest:
                ring = Circle(cx, cy, mark.radius + 2.5, fillColor=None, strokeWidth=1.2)
                ring.strokeColor = colors.HexColor(geo.GROUP_COLOUR)
                drawing.add(ring)
            pale = mark.strength < geo.LIGHT
            ink = colors.HexColor(geo.GROUP_COLOUR) if pale else colors.white
            drawing.add(
                Circle(
                    cx,
                    cy,
                    mark.radius,
                    fillColor=_paler(geo.GROUP_COLOUR, mark.strength),
                    strokeColor=ink,
                    strokeWidth=0.8,
                )
            )
            number(cx, cy, mark.radius, mark.number, ink)
        else:
            drawing.add(
                Circle(cx, cy, mark.radius, fillColor=_paler(geo.PARTICIPANT_COLOUR, mark.strength), strokeColor=None)
            )

    for entry in layout.legend:
        cx, cy = entry.x + FONT_SIZE * 0.9, y(entry.top + layout.line_height / 2)
        if entry.kind == "earlier":
            pass  # words only
        elif entry.kind == "participant":
            dot = max(FONT_SIZE * 0.42, 3.0)
            drawing.add(Circle(cx, cy, dot, fillColor=colors.HexColor(geo.PARTICIPANT_COLOUR), strokeColor=None))
        else:
            strength = entry.diagnosis.strength if entry.diagnosis else 1.0
            radius = FONT_SIZE * 0.7
            drawing.add(Circle(cx, cy, radius, fillColor=_paler(geo.GROUP_COLOUR, strength), strokeColor=None))
            if entry.diagnosis is not None and entry.diagnosis.latest:
                ring = Circle(cx, cy, radius + 1.8, fillColor=None, strokeWidth=1)
                ring.strokeColor = colors.HexColor(geo.GROUP_COLOUR)
                drawing.add(ring)
            if entry.diagnosis is not None:
                pale = strength < geo.LIGHT
                ink = colors.HexColor(geo.GROUP_COLOUR) if pale else colors.white
                number(cx, cy, radius * 0.95, entry.diagnosis.number, ink)
        for index, line in enumerate(entry.lines):
            text(entry.x + FONT_SIZE * 2.6, entry.top + index * layout.line_height, line)
    return drawing
