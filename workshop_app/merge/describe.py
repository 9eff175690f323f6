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
    Reason.FROZEN_THERE: QT_TRANSLATE_NOOP(
        "Merge", "On a round frozen in the other copy: it stays as it was frozen, and this copy's change is undone."
    ),
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
    """What the conflict is about: the record in words (its kind and label) and the field in words."""
    if conflict.field:
        return QCoreApplication.translate("Merge", "{kind} {label}, {field}").format(
            kind=tr(RECORD_NAMES[conflict.kind]), label=value_text(conflict.label), field=field_words(conflict.field)
        )
    return record_words(conflict.kind, conflict.label)


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


RECORD_NAMES: dict[Kind, str] = {
    Kind.PROGRAMME: QT_TRANSLATE_NOOP("Merge", "Programme"),
    Kind.PHASE_STATE: QT_TRANSLATE_NOOP("Merge", "Phase"),
    Kind.TASK_CHECK: QT_TRANSLATE_NOOP("Merge", "Task"),
    Kind.CRITERION_RATING: QT_TRANSLATE_NOOP("Merge", "Criterion rating"),
    Kind.PARTICIPANT: QT_TRANSLATE_NOOP("Merge", "Participant"),
    Kind.WORKSHOP: QT_TRANSLATE_NOOP("Merge", "Workshop"),
    Kind.AGENDA_ITEM: QT_TRANSLATE_NOOP("Merge", "Agenda item"),
    Kind.ATTENDANCE: QT_TRANSLATE_NOOP("Merge", "Attendance"),
    Kind.DECISION: QT_TRANSLATE_NOOP("Merge", "Decision"),
    Kind.BOARD: QT_TRANSLATE_NOOP("Merge", "Board"),
    Kind.NOTE: QT_TRANSLATE_NOOP("Merge", "Note"),
    Kind.VOTE: QT_TRANSLATE_NOOP("Merge", "Vote"),
    Kind.PRO_CON: QT_TRANSLATE_NOOP("Merge", "Pro or con"),
    Kind.ACTION: QT_TRANSLATE_NOOP("Merge", "Action"),
    Kind.IMPACT_CANVAS: QT_TRANSLATE_NOOP("Merge", "Impact canvas"),
    Kind.CANVAS_CARD: QT_TRANSLATE_NOOP("Merge", "Canvas card"),
    Kind.CANVAS_LINK: QT_TRANSLATE_NOOP("Merge", "Canvas link"),
    Kind.LIFECYCLE_MARK: QT_TRANSLATE_NOOP("Merge", "Lifecycle mark"),
    Kind.HYBRID_CHOICE: QT_TRANSLATE_NOOP("Merge", "Hybrid model chosen"),
}
"""One record of each kind, as the conflicts list names it."""

FIELD_NAMES: dict[str, str] = {
    "text": QT_TRANSLATE_NOOP("Merge", "Text"),
    "title": QT_TRANSLATE_NOOP("Merge", "Title"),
    "name": QT_TRANSLATE_NOOP("Merge", "Name"),
    "description": QT_TRANSLATE_NOOP("Merge", "Description"),
    "what": QT_TRANSLATE_NOOP("Merge", "What"),
    "why": QT_TRANSLATE_NOOP("Merge", "Why"),
    "owner": QT_TRANSLATE_NOOP("Merge", "Owner"),
    "partners": QT_TRANSLATE_NOOP("Merge", "Partners"),
    "due_date": QT_TRANSLATE_NOOP("Merge", "Due date"),
    "status": QT_TRANSLATE_NOOP("Merge", "Status"),
    "priority": QT_TRANSLATE_NOOP("Merge", "Priority"),
    "colour": QT_TRANSLATE_NOOP("Merge", "Colour"),
    "x": QT_TRANSLATE_NOOP("Merge", "Place across the board"),
    "y": QT_TRANSLATE_NOOP("Merge", "Place up the board"),
    "place": QT_TRANSLATE_NOOP("Merge", "Place"),
    "date": QT_TRANSLATE_NOOP("Merge", "Date"),
    "start_time": QT_TRANSLATE_NOOP("Merge", "Start time"),
    "end_time": QT_TRANSLATE_NOOP("Merge", "End time"),
    "purpose": QT_TRANSLATE_NOOP("Merge", "Purpose"),
    "facilitator": QT_TRANSLATE_NOOP("Merge", "Facilitator"),
    "minutes_text": QT_TRANSLATE_NOOP("Merge", "Minutes"),
    "planned_minutes": QT_TRANSLATE_NOOP("Merge", "Planned minutes"),
    "display_name": QT_TRANSLATE_NOOP("Merge", "Name"),
    "organisation": QT_TRANSLATE_NOOP("Merge", "Organisation"),
    "role": QT_TRANSLATE_NOOP("Merge", "Role"),
    "contact": QT_TRANSLATE_NOOP("Merge", "Contact"),
    "comment": QT_TRANSLATE_NOOP("Merge", "Comment"),
    "notes": QT_TRANSLATE_NOOP("Merge", "Notes"),
}
"""The fields people change most, in words; any other is shown by its stored name."""


def record_words(kind: Kind, label: str) -> str:
    """A record in words: its kind and its title or text (“Note “Bus on Saturdays””)."""
    if not label:
        return tr(RECORD_NAMES[kind])
    return QCoreApplication.translate("Merge", "{kind} {label}").format(
        kind=tr(RECORD_NAMES[kind]), label=value_text(label)
    )


def field_words(field: str | None) -> str:
    """A field in words; a conflict about a whole record (deleted on one side, say) has none."""
    if field is None:
        return QCoreApplication.translate("Merge", "The whole record")
    known = FIELD_NAMES.get(field)
    return tr(known) if known is not None else field
