"""The shared geometry of a drawn lifecycle curve (screen and PDF): stages in order along the curve at their
levels, a click anywhere over a stage's band or label means that stage, the marks dated and grouped into
diagnoses (older fainter, the latest emphasised), the participants' marks beside the group's without covering
them, labels wrapped to their band, the legend newest first."""

import itertools
import uuid
from datetime import date, timedelta

import pytest

from workshop_app.catalogue import default_catalogue
from workshop_app.catalogue.tools import Lifecycle
from workshop_app.domain.method_tools import LifecycleMarkView
from workshop_app.services.lifecycle_geometry import (
    FAINTEST,
    CurveLayout,
    layout_lifecycle,
    strength,
    wrap,
)

WORKSHOP = uuid.uuid4()
PEOPLE = [uuid.uuid4() for _ in range(7)]


def measure(text: str, size: float) -> float:
    """A monospaced stand-in for a font: every character half the size wide."""
    return len(text) * size * 0.5


def lifecycle(key: str = "valuma_lifecycle") -> Lifecycle:
    tools = default_catalogue().tools
    assert tools is not None
    found = tools.lifecycle(key)
    assert found is not None
    return found


def mark(stage: str, day: date, person: uuid.UUID | None = None, curve: str = "valuma_lifecycle") -> LifecycleMarkView:
    return LifecycleMarkView(
        id=uuid.uuid4(),
        workshop_id=WORKSHOP,
        lifecycle_key=curve,
        stage_key=stage,
        marked_on=day,
        participant_id=person,
    )


def layout(marks: list[LifecycleMarkView], width: float = 900, curve: str = "valuma_lifecycle") -> CurveLayout:
    return layout_lifecycle(
        lifecycle(curve),
        "en",
        marks,
        width,
        240,
        measure=measure,
        legend=lambda d: f"{d.day.isoformat()} {d.group_stage} {d.participants}",
        keys=("The group", "A participant"),
    )


def test_stages_lie_along_the_curve_in_order_at_their_levels() -> None:
    curve = lifecycle()
    drawn = layout([])
    xs = [stage.anchor.x for stage in drawn.stages]
    assert [stage.key for stage in drawn.stages] == [stage.key for stage in curve.stages]
    assert xs == sorted(xs) and drawn.plot_left < xs[0] and xs[-1] < drawn.plot_right
    for placed in drawn.stages:
        assert drawn.plot_top < placed.anchor.y < drawn.plot_bottom
        assert drawn.y_at(placed.anchor.x) == pytest.approx(placed.anchor.y, abs=0.5)  # the curve passes through
    ys = {stage.key: stage.anchor.y for stage in drawn.stages}
    assert ys["initial_enthusiasm"] < ys["consolidation"] < ys["shaping"] < ys["creative_destruction"]  # y down
    # the curve's samples run left to right across the plot
    assert drawn.samples[0].x == drawn.plot_left and drawn.samples[-1].x == pytest.approx(drawn.plot_right)
    assert all(b.x >= a.x - 1e-6 for a, b in itertools.pairwise(drawn.samples))


def test_numbers_skip_the_outcome_level() -> None:
    drawn = layout([])
    assert [stage.number for stage in drawn.stages] == [1, 2, 3, None, 4, 5]
    assert drawn.stages[0].label_lines[0].startswith("1\u00a0")  # the number stays with its title
    assert drawn.stage("real_impact") is not None and drawn.stage("real_impact").outcome  # type: ignore[union-attr]


def test_a_click_over_a_band_or_its_label_means_that_stage() -> None:
    drawn = layout([])
    for stage in drawn.stages:
        middle = (stage.left + stage.right) / 2
        assert drawn.stage_at(middle, drawn.plot_top + 1) == stage.key
        assert drawn.stage_at(middle, stage.anchor.y) == stage.key
        assert drawn.stage_at(middle, drawn.labels_bottom - 1) == stage.key
    assert drawn.stage_at(drawn.plot_left - 2, drawn.zero_y) is None
    assert drawn.stage_at(drawn.width / 2, drawn.labels_bottom + 5) is None  # the legend is not a stage


def test_labels_wrap_within_their_band() -> None:
    roomy = layout([], width=1400)
    assert roomy.label_size == roomy.font_size
    drawn = layout([], width=300)  # "destruction”" is wider than its band at the font size: the labels shrink
    assert drawn.label_size < drawn.font_size
    for stage in drawn.stages:
        for line in stage.label_lines:
            assert measure(line, drawn.label_size) <= stage.right - stage.left
    assert drawn.labels_bottom == pytest.approx(
        drawn.stages[0].label_top + max(len(s.label_lines) for s in drawn.stages) * drawn.label_line_height
    )
    assert wrap("one two three four five six", 40, 10, measure, max_lines=2) == ["one two", "three…"]
    assert wrap("1\u00a0Shaping now", 60, 10, measure) == ["1\u00a0Shaping", "now"]  # kept together
    assert wrap("1\u00a0Shaping now", 30, 10, measure) == ["1", "Shaping", "now"]  # unless too wide together


def test_diagnoses_by_day_older_fainter_latest_emphasised() -> None:
    first, second, third = date(2025, 3, 1), date(2025, 9, 1), date(2026, 2, 1)
    marks = [
        mark("initial_enthusiasm", third),
        mark("shaping", first),
        mark("shaping", first, PEOPLE[0]),
        mark("initial_enthusiasm", first, PEOPLE[1]),
        mark("consolidation", second),
        mark("consolidation", third, PEOPLE[0]),
        mark("klijven", third, curve="drijven_klijven_blijven"),  # another curve's: left out
    ]
    drawn = layout(marks)
    assert [(d.number, d.day, d.group_stage, d.participants) for d in drawn.diagnoses] == [
        (1, first, "shaping", 2),
        (2, second, "consolidation", 0),
        (3, third, "initial_enthusiasm", 1),
    ]
    strengths = [d.strength for d in drawn.diagnoses]
    assert strengths == sorted(strengths) and strengths[0] == FAINTEST and strengths[-1] == 1.0
    assert [d.latest for d in drawn.diagnoses] == [False, False, True]
    group = drawn.path_of(None)
    assert [m.day for m in group] == [first, second, third]  # the path over time, oldest first
    assert group[-1].radius > group[0].radius and group[-1].latest
    assert [m.stage_key for m in drawn.path_of(PEOPLE[0])] == ["shaping", "consolidation"]
    assert len(drawn.marks) == 6
    # the legend: keys first, then the diagnoses newest first
    assert [entry.kind for entry in drawn.legend] == ["group", "participant", "diagnosis", "diagnosis", "diagnosis"]
    assert [entry.diagnosis.day for entry in drawn.legend if entry.diagnosis] == [third, second, first]
    assert drawn.height > drawn.labels_bottom
    assert strength(0, 1) == 1.0


def test_marks_sit_on_their_stage_and_never_cover_each_other() -> None:
    day = date(2026, 1, 10)
    marks = [mark("consolidation", day), mark("consolidation", day + timedelta(days=30))]
    marks += [mark("consolidation", day, person) for person in PEOPLE]
    drawn = layout(marks, width=700)
    stage = drawn.stage("consolidation")
    assert stage is not None
    for placed in drawn.marks:
        assert stage.left <= placed.centre.x <= stage.right
        assert drawn.mark_at(placed.centre.x, placed.centre.y) is not None
    for index, one in enumerate(drawn.marks):
        for other in drawn.marks[index + 1 :]:
            distance = ((one.centre.x - other.centre.x) ** 2 + (one.centre.y - other.centre.y) ** 2) ** 0.5
            assert distance >= one.radius + other.radius - 0.01
    for placed in drawn.path_of(None):  # the group's marks lie on the curve
        assert placed.centre.y == pytest.approx(drawn.y_at(placed.centre.x))


def test_drijven_klijven_blijven_rises() -> None:
    drawn = layout(
        [mark("klijven", date(2026, 1, 1), curve="drijven_klijven_blijven")], curve="drijven_klijven_blijven"
    )
    assert [stage.key for stage in drawn.stages] == ["drijven", "klijven", "blijven"]
    ys = [stage.anchor.y for stage in drawn.stages]
    assert ys == sorted(ys, reverse=True)
    assert [m.stage_key for m in drawn.marks] == ["klijven"]


def test_without_a_legend_the_drawing_ends_under_the_labels() -> None:
    drawn = layout_lifecycle(lifecycle(), "fi", [], 400, 120, measure=measure, short_labels=True)
    assert drawn.legend == () and drawn.height == pytest.approx(drawn.labels_bottom + drawn.font_size * 0.5)
    assert [stage.label_lines for stage in drawn.stages][:2] == [("1",), ("2",)]


def test_a_long_programme_lists_its_latest_diagnoses_and_counts_the_rest() -> None:
    start = date(2020, 1, 1)
    marks = [mark("consolidation", start + timedelta(days=30 * index)) for index in range(20)]
    drawn = layout_lifecycle(
        lifecycle(),
        "en",
        marks,
        900,
        240,
        measure=measure,
        legend=lambda d: d.day.isoformat(),
        legend_limit=5,
        earlier=lambda count: f"{count} more",
    )
    listed = [entry.diagnosis.number for entry in drawn.legend if entry.diagnosis is not None]
    assert listed == [20, 19, 18, 17, 16]  # the latest, newest first
    assert drawn.legend[-1].kind == "earlier" and drawn.legend[-1].lines == ("15 more",)
    assert drawn.height > drawn.legend[-1].top
    assert len(drawn.diagnoses) == 20 and len(drawn.marks) == 20  # every mark is still drawn
