"""A merge plan in words, for the command line and the window alike (translated at the point of use)."""

import json
from typing import Any

from PySide6.QtCore import QCoreApplication

from workshop_app.errors import QT_TRANSLATE_NOOP
from workshop_app.merge.plan import Conflict, MergePlan, Reason
from workshop_app.operations.changes import Kind

CONTEXT = "Merge"

KIND_NAMES: dict[Kind, str] = {
    Kind.PROGRAMME: QT_TRANSLATE_NOOP("Merge", "Programme details"),
    Kind.PHASE_STATE: QT_TRANSLATE_NOOP("Merge", "Phases"),
    Kind.TASK_CHECK: QT_TRANSLATE_NOOP("Merge", "Tasks"),
    Kind.CRITERION_RATING: QT_TRANSLATE_NOOP("Merge", "Criterion ratings"),
    Kind.PARTICIPANT: QT_TRANSLATE_NOOP("Merge", "Participants"),
    Kind.WORKSHOP: QT_TRANSLATE_NOOP("Merge", "Workshops"),
    Kind.AGENDA_ITEM: QT_TRANSLATE_NOOP("Merge", "Agenda items"),
    Kind.ATTENDANCE: QT_TRANSLATE_NOOP("Merge", "Attendance"),
    Kind.DECISION: QT_TRANSLATE_NOOP("Merge", "Decisions"),
    Kind.BOARD: QT_TRANSLATE_NOOP("Merge", "Boards"),
    Kind.NOTE: QT_TRANSLATE_NOOP("Merge", "Notes"),
    Kind.VOTE: QT_TRANSLATE_NOOP("Merge", "Votes"),
    Kind.PRO_CON: QT_TRANSLATE_NOOP("Merge", "Pros and cons"),
    Kind.ACTION: QT_TRANSLATE_NOOP("Merge", "Actions"),
    Kind.IMPACT_CANVAS: QT_TRANSLATE_NOOP("Merge", "Impact canvases"),
    Kind.CANVAS_CARD: QT_TRANSLATE_NOOP("Merge", "Canvas cards"),
    Kind.CANVAS_LINK: QT_TRANSLATE_NOOP("Merge", "Canvas links"),
    Kind.LIFECYCLE_MARK: QT_TRANSLATE_NOOP("Merge", "Lifecycle marks"),
    Kind.HYBRID_CHOICE: QT_TRANSLATE_NOOP("Merge", "Hybrid models chosen"),
}

REASONS: dict[Reason, str] = {
    Reason.BOTH_CHANGED: QT_TRANSLATE_NOOP(
        "Merge", "Changed in both copies. Kept the later change: {kept}. The other value, kept for you: {other}."
    ),
    Reason.DELETED_HERE: QT_TRANSLATE_NOOP(
        "Merge", "Deleted in this copy but changed in the other one: it is brought back."
    ),
    Reason.DELETED_THERE: QT_TRANSLATE_NOOP("Merge", "Deleted in the other copy but changed in this one: it is kept."),
    Reason.PARENT_KEPT: QT_TRANSLATE_NOOP(
        "Merge", "Deleted in the other copy, but kept because something added or changed belongs to it."
    ),
    Reason.SAME_KEY: QT_TRANSLATE_NOOP("Merge", "Made in both copies: one of them now stands for both."),
    Reason.FROZEN: QT_TRANSLATE_NOOP("Merge", "On a frozen round in this copy: the other copy's change is not taken."),
    Reason.ERASED: QT_TRANSLATE_NOOP("Merge", "The person was erased in one copy: the erasure wins."),
}


def tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def kind_name(kind: Kind) -> str:
    return tr(KIND_NAMES[kind])


def value_text(value: Any) -> str:
    """A stored value as the facilitator reads it: text as it is, nothing as a dash."""
    if value is None or value == "":
        return "–"
    if isinstance(value, str):
        return f"“{value}”"
    return json.dumps(value, ensure_ascii=False)


def conflict_text(conflict: Conflict) -> str:
    """One conflict in one sentence (the field named as stored)."""
    kept, other = (conflict.theirs, conflict.mine) if conflict.kept_theirs else (conflict.mine, conflict.theirs)
    return tr(REASONS[conflict.reason]).format(kept=value_text(kept), other=value_text(other))


def conflict_subject(conflict: Conflict) -> str:
    """What the conflict is about: the kind, the record's label and the field."""
    if conflict.field:
        return QCoreApplication.translate("Merge", "{kind} {label}, {field}").format(
            kind=kind_name(conflict.kind), label=value_text(conflict.label), field=conflict.field
        )
    return QCoreApplication.translate("Merge", "{kind} {label}").format(
        kind=kind_name(conflict.kind), label=value_text(conflict.label)
    )


def summary_lines(plan: MergePlan) -> list[str]:
    """The plan's counts by kind and its conflicts, one line each."""
    lines: list[str] = []
    if not plan.related:
        lines.append(
            QCoreApplication.translate(
                "Merge",
                "These copies have no common ancestor (one was not made with “Copy for a Colleague” or "
                "workshop-app copy), so every record was compared.",
            )
        )
    for kind in Kind:
        new, changed, removed = plan.count(kind)
        if new or changed or removed:
            lines.append(
                QCoreApplication.translate("Merge", "{kind}: {new} new, {changed} changed, {removed} deleted").format(
                    kind=kind_name(kind), new=new, changed=changed, removed=removed
                )
            )
    if plan.empty:
        lines.append(
            QCoreApplication.translate(
                "Merge", "Nothing to bring in: this copy already has everything the other one has."
            )
        )
    if plan.conflicts:
        lines.append(QCoreApplication.translate("Merge", "Conflicts: {count}").format(count=len(plan.conflicts)))
        for conflict in plan.conflicts:
            lines.append(f"  {conflict_subject(conflict)}: {conflict_text(conflict)}")
    return lines
