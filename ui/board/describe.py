"""A note's place on the board in words, for screen readers, the status line and the selected-note card.

Positions are told with the board's own axis labels ("leaning to 'top-down' (−0.55)"), so someone who cannot
see the board hears what the placement means, not just numbers. Every sentence is translated whole.
"""

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale

from workshop_app.domain.enums import Quadrant


def quadrant_name(quadrant: Quadrant) -> str:
    """The quadrant in words ("top left")."""
    names = {
        Quadrant.TOP_LEFT: QCoreApplication.translate("BoardDescription", "top left"),
        Quadrant.TOP_RIGHT: QCoreApplication.translate("BoardDescription", "top right"),
        Quadrant.BOTTOM_LEFT: QCoreApplication.translate("BoardDescription", "bottom left"),
        Quadrant.BOTTOM_RIGHT: QCoreApplication.translate("BoardDescription", "bottom right"),
    }
    return names[quadrant]


def number(value: float) -> str:
    """A coordinate in the locale's form with two decimals and an explicit sign (−0.55, +0.70)."""
    locale = QLocale()
    magnitude = locale.toString(abs(value), "f", 2)
    if round(value, 2) == 0:
        return magnitude
    return f"{locale.negativeSign() if value < 0 else locale.positiveSign()}{magnitude}"


def _side(labels: Mapping[str, str], axis: str, value: float) -> str:
    end = "high" if value >= 0 else "low"
    label = labels.get(f"{axis}_{end}", "").strip()
    if label:
        return label
    fallback = {
        ("x", "low"): QCoreApplication.translate("BoardDescription", "left"),
        ("x", "high"): QCoreApplication.translate("BoardDescription", "right"),
        ("y", "low"): QCoreApplication.translate("BoardDescription", "bottom"),
        ("y", "high"): QCoreApplication.translate("BoardDescription", "top"),
    }
    return fallback[(axis, end)]


def position(labels: Mapping[str, str], x: float, y: float) -> str:
    """'top left: leaning to “Top-down” (−0.55), “Targeted thematic development” (+0.70)'."""
    return QCoreApplication.translate(
        "BoardDescription", "{quadrant}: leaning to “{x_side}” ({x}), “{y_side}” ({y})"
    ).format(
        quadrant=quadrant_name(Quadrant.at(x, y)),
        x_side=_side(labels, "x", x),
        x=number(x),
        y_side=_side(labels, "y", y),
        y=number(y),
    )


def note(
    labels: Mapping[str, str],
    *,
    text: str,
    x: float,
    y: float,
    hidden: bool = False,
    author: str = "",
    votes: int = 0,
    has_action: bool = False,
) -> str:
    """The accessible text of a note: what it says (unless face down), where it is, and what it carries."""
    where = position(labels, x, y)
    if hidden:
        return QCoreApplication.translate("BoardDescription", "Face-down note — {position}").format(position=where)
    sentences = [
        QCoreApplication.translate("BoardDescription", "{text} — {position}").format(
            text=" ".join(text.split()), position=where
        )
    ]
    if author:
        sentences.append(written_by(author))
    if votes:
        sentences.append(vote_count(votes))
    if has_action:
        sentences.append(in_action_plan())
    return " ".join(sentences)


def written_by(author: str) -> str:
    return QCoreApplication.translate("BoardDescription", "Written by {author}.").format(author=author)


def in_action_plan() -> str:
    return QCoreApplication.translate("BoardDescription", "It is in the action plan.")


def vote_count(votes: int) -> str:
    """'1 vote.' or '4 votes.' (a separate sentence for one, so no "vote(s)" ever shows)."""
    return (
        QCoreApplication.translate("BoardDescription", "1 vote.")
        if votes == 1
        else QCoreApplication.translate("BoardDescription", "{count} votes.").format(count=votes)
    )


def quadrant_sentence(x: float, y: float) -> str:
    """'In the bottom right quadrant.'"""
    templates = {
        Quadrant.TOP_LEFT: QCoreApplication.translate("BoardDescription", "In the top left quadrant."),
        Quadrant.TOP_RIGHT: QCoreApplication.translate("BoardDescription", "In the top right quadrant."),
        Quadrant.BOTTOM_LEFT: QCoreApplication.translate("BoardDescription", "In the bottom left quadrant."),
        Quadrant.BOTTOM_RIGHT: QCoreApplication.translate("BoardDescription", "In the bottom right quadrant."),
    }
    return templates[Quadrant.at(x, y)]


def leaning(labels: Mapping[str, str], x: float, y: float) -> str:
    """'Leaning to “Bottom-up” (+0.62) and “General development” (−0.48).'"""
    return QCoreApplication.translate("BoardDescription", "Leaning to “{x_side}” ({x}) and “{y_side}” ({y}).").format(
        x_side=_side(labels, "x", x), x=number(x), y_side=_side(labels, "y", y), y=number(y)
    )


def status_line(x: float, y: float) -> str:
    """'Top right quadrant: x +0.40, y +0.25' for the status bar."""
    templates = {
        Quadrant.TOP_LEFT: QCoreApplication.translate("BoardDescription", "Top left quadrant: x {x}, y {y}"),
        Quadrant.TOP_RIGHT: QCoreApplication.translate("BoardDescription", "Top right quadrant: x {x}, y {y}"),
        Quadrant.BOTTOM_LEFT: QCoreApplication.translate("BoardDescription", "Bottom left quadrant: x {x}, y {y}"),
        Quadrant.BOTTOM_RIGHT: QCoreApplication.translate("BoardDescription", "Bottom right quadrant: x {x}, y {y}"),
    }
    return templates[Quadrant.at(x, y)].format(x=number(x), y=number(y))
