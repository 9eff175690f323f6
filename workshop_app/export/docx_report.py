"""The programme report as an editable DOCX: the same facts and words as the PDF report
(:mod:`workshop_app.export.report`), in Word's own headings and tables, the method's tools included (the
group's path on each lifecycle curve, every hybrid recorded); the chart and the board drawings are left to the
PDF."""

from datetime import date
from pathlib import Path

from workshop_app.export.document import ExportJob
from workshop_app.export.docx_document import DocxWriter
from workshop_app.export.docx_method_tools import write_programme_tools
from workshop_app.export.labels import Labels, document_language
from workshop_app.export.method_tools_facts import programme_tools
from workshop_app.export.report import action_quarter, action_year, get_report_facts
from workshop_app.services.export_log import record_export
from workshop_app.storage.store import ProgrammeStore


def export_report_docx(
    store: ProgrammeStore, out: Path, *, language: str | None = None, today: date | None = None, glossary: bool = False
) -> Path:
    """Write the programme report to ``out`` as DOCX and return ``out``."""
    today = today or date.today()
    facts = get_report_facts(store, ExportJob())
    labels = Labels(document_language(language, facts.programme.language))
    p = facts.programme
    writer = DocxWriter(
        labels,
        title=labels("common.title_in_programme", title=labels("report.document_title"), programme=p.name),
        author=p.name,
        subject=labels("report.kicker"),
        keywords=(p.name, p.area, labels("report.kicker")),
    )
    language_code = labels.language
    writer.kicker(labels("report.kicker"))
    writer.title(p.name)
    writer.facts(
        [
            (labels("report.area"), p.area or "–"),
            (labels("report.region"), p.region or "–"),
            (labels("report.start_year"), str(p.start_year)),
            (labels("report.as_of"), labels.day(today, "long")),
        ]
    )
    writer.paragraphs(p.description)

    writer.heading(labels("report.phases"))
    writer.table(
        [labels("minutes.phase"), labels("report.task_status")],
        [
            [
                labels(
                    "common.phase_title", number=s.phase, title=facts.catalogue.phase(s.phase).title.get(language_code)
                ),
                labels.choice("phase_status", s.status),
            ]
            for s in facts.phase_states
        ],
    )

    writer.heading(labels("report.workshops"))
    writer.table(
        [
            labels("minutes.date"),
            labels("report.workshop"),
            labels("minutes.phase"),
            labels("minutes.place"),
            labels("report.present"),
        ],
        [
            [labels.day(w.date) or "–", w.title, w.phase, w.place or "–", facts.present.get(w.id, 0) or "–"]
            for w in facts.workshops
        ],
    )

    writer.heading(labels("report.participants"))
    if facts.actor_counts:
        order = [a.key for a in facts.catalogue.actor_types]

        def actor(key: str) -> str:
            found = facts.catalogue.actor_type(key)
            return found.label.get(language_code) if found is not None else key

        keys = sorted(facts.actor_counts, key=lambda key: (order.index(key) if key in order else len(order), key))
        rows = [[actor(key), facts.actor_counts[key]] for key in keys]
        rows.append([labels("minutes.total"), sum(facts.actor_counts.values())])
        writer.table([labels("register.actor_type"), labels("report.people")], rows)
    else:
        writer.paragraph(labels("report.no_participants"), muted=True)

    writer.heading(labels("report.decisions"))
    if facts.decisions:
        writer.table(
            [labels("minutes.date"), labels("report.workshop"), labels("report.decision")],
            [[labels.day(w.date) or "–", w.title, d.text] for w, d in facts.decisions],
        )
    else:
        writer.paragraph(labels("minutes.no_decisions"), muted=True)

    write_programme_tools(writer, programme_tools(store, language_code))

    writer.heading(labels("report.plan"))
    if facts.actions:
        ordered = sorted(
            facts.actions,
            key=lambda a: (action_year(a) is None, action_year(a) or 0, action_quarter(a) or 5, a.due_date or date.max),
        )
        writer.table(
            [
                labels(k)
                for k in (
                    "actions.what",
                    "actions.who",
                    "actions.due",
                    "actions.status",
                    "csv.plan_year",
                    "csv.plan_quarter",
                )
            ],
            [
                [
                    a.what,
                    a.owner or "–",
                    labels.day(a.due_date) or "–",
                    labels.choice("action_status", a.status)
                    + (f" ({labels('actions.overdue')})" if a.is_overdue(today) else ""),
                    action_year(a) or "–",
                    labels("report.quarter_label", quarter=action_quarter(a)) if action_quarter(a) else "–",
                ]
                for a in ordered
            ],
        )
    else:
        writer.paragraph(labels("report.no_actions"), muted=True)

    if glossary:
        writer.heading(labels("report.glossary"))
        for term in sorted(facts.catalogue.glossary, key=lambda t: t.term.get(language_code).casefold()):
            writer.paragraph(f"{term.term.get(language_code)} – {term.definition.get(language_code)}")
    writer.save(out)
    record_export(store, Path(out), "report_docx")
    return Path(out)
