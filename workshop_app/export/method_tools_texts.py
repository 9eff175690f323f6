"""The words the method's tools are written with in documents (en, fi and nb), shared by the PDF sections
(:mod:`workshop_app.export.method_tools_sections`) and the facts the DOCX writes
(:mod:`workshop_app.export.method_tools_facts`), so both formats say the same."""

from typing import Any

TEXTS: dict[str, dict[str, str]] = {
    "canvas": {"en": "Impact canvas: {title}", "fi": "Vaikuttavuuskehikko: {title}", "nb": "Effektrammeverk: {title}"},
    "serves": {"en": "serves: {targets}", "fi": "palvelee: {targets}", "nb": "tjener: {targets}"},
    "sheet": {
        "en": "Goals and indicators: {title}",
        "fi": "Tavoitteet ja mittarit: {title}",
        "nb": "Mål og indikatorer: {title}",
    },
    "main_goal": {"en": "Main goal", "fi": "Päätavoite", "nb": "Hovedmål"},
    "sub_goals": {
        "en": "Sub-goals and their indicators",
        "fi": "Alatavoitteet ja niiden mittarit",
        "nb": "Delmål og tilhørende indikatorer",
    },
    "loose": {
        "en": "Indicators not yet under a sub-goal",
        "fi": "Mittarit, joita ei ole vielä liitetty alatavoitteeseen",
        "nb": "Indikatorer som ennå ikke hører til et delmål",
    },
    "sheet_of": {"en": "Workshop: {workshop}", "fi": "Työpaja: {workshop}", "nb": "Workshop: {workshop}"},
    "hybrid": {"en": "Hybrid model chosen", "fi": "Valittu hybridimalli", "nb": "Valgt hybridmodell"},
    "combines": {
        "en": "The decision “{decision}” combines: {models}.",
        "fi": "Päätös ”{decision}” yhdistää: {models}.",
        "nb": "Vedtaket «{decision}» kombinerer: {models}.",
    },
    "why": {"en": "Why: {reason}", "fi": "Perustelu: {reason}", "nb": "Begrunnelse: {reason}"},
    "lifecycle": {"en": "Lifecycle diagnosis", "fi": "Elinkaaren arviointi", "nb": "Livsløpsdiagnose"},
    "date": {"en": "Date", "fi": "Päivämäärä", "nb": "Dato"},
    "by": {"en": "Marked by", "fi": "Merkitsijä", "nb": "Markert av"},
    "curve": {"en": "Curve", "fi": "Käyrä", "nb": "Kurve"},
    "stage": {"en": "Where we are", "fi": "Missä olemme", "nb": "Hvor vi er"},
    "group": {"en": "The group", "fi": "Ryhmä", "nb": "Gruppen"},
    "someone": {"en": "A participant", "fi": "Osallistuja", "nb": "En deltaker"},
    "tools": {"en": "The method's tools", "fi": "Menetelmän työkalut", "nb": "Metodens verktøy"},
    "path": {
        "en": "The programme's path on this curve: {path}",
        "fi": "Ohjelman kulku tällä käyrällä: {path}",
        "nb": "Programmets vei på denne kurven: {path}",
    },
}


def text(key: str, language: str, **params: Any) -> str:
    table = TEXTS[key]
    return (table.get(language) or table["en"]).format(**params)
