"""The demo's phase-4 indicator workshop, planned ahead, with its goal-and-indicator sheet drafted.

A newcomer opening the demo should find phase 4's goal hierarchy in use: the sheet starts from the method's
DAMVAD sheet (as "Goals and indicators…" starts one) and the group has already adapted it to Elvheim with a
few lines of its own (an indicator for young adults' housing, a sub-goal tying the centre to the villages,
the youth council's participation), so the document shows both the method's lines and the group's.
Its texts are kept here in en, fi and nb, beside the code that writes them.
"""

import uuid
from datetime import date, time

from workshop_app.catalogue import Catalogue
from workshop_app.operations.base import run
from workshop_app.operations.method_tools import CreateGoalSheet
from workshop_app.services import method_tools, workshops
from workshop_app.storage.store import ProgrammeStore

SHEET_ACTIVITY = "p4.indicator_workshop"
DAY_OFFSET = 84  # twelve weeks ahead: planned while phase 3 runs, before next year's activity plan

WORKSHOP: dict[str, dict[str, str]] = {
    "title": {
        "en": "Indicator workshop: how will we know it works?",
        "fi": "Mittarityöpaja: mistä tiedämme, että työ tuottaa tulosta?",
        "nb": "Indikatorverksted: Hvordan vet vi at det virker?",
    },
    "purpose": {
        "en": "Agree on the programme's goal hierarchy and a short indicator sheet, with data sources and who "
        "measures what, before next year's activity plan is drawn up.",
        "fi": "Sovitaan ohjelman tavoiterakenteesta ja lyhyestä mittariluettelosta tietolähteineen ja "
        "mittausvastuineen ennen kuin ensi vuoden toimintasuunnitelma laaditaan.",
        "nb": "Bli enige om programmets målstruktur og en kort indikatoroversikt, med datakilder og hvem som "
        "måler hva, før handlingsplanen for neste år settes opp.",
    },
    "place": {
        "en": "Elvheim Town Hall, council chamber",
        "fi": "Elvheimin kunnantalo, valtuustosali",
        "nb": "Elvheim rådhus, kommunestyresalen",
    },
}

SHEET_ITEM = 2  # the agenda item where the method's indicator workshop is run
AGENDA: tuple[tuple[dict[str, str], int], ...] = (
    (
        {
            "en": "Welcome: what the lifecycle diagnosis told us",
            "fi": "Tervetuloa: mitä elinkaaren arviointi kertoi meille",
            "nb": "Velkommen: Hva livsløpsdiagnosen fortalte oss",
        },
        15,
    ),
    (
        {
            "en": "The goal structure: main goal and sub-goals",
            "fi": "Tavoiterakenne: päätavoite ja alatavoitteet",
            "nb": "Målstrukturen: hovedmål og delmål",
        },
        40,
    ),
    (
        {
            "en": "Indicators for each sub-goal: relevant and easy to measure?",
            "fi": "Mittarit kullekin alatavoitteelle: osuvia ja helposti mitattavia?",
            "nb": "Indikatorer for hvert delmål: Relevante og lette å måle?",
        },
        50,
    ),
    (
        {
            "en": "Data sources and who measures what",
            "fi": "Tietolähteet ja kuka mittaa mitäkin",
            "nb": "Datakilder og hvem som måler hva",
        },
        25,
    ),
)

OWN_INDICATORS: tuple[tuple[int, dict[str, str]], ...] = (
    (
        0,  # the method's housing sub-goal
        {
            "en": "New homes for young adults in the town centre",
            "fi": "Nuorille aikuisille valmistuneet uudet asunnot keskustassa",
            "nb": "Nye boliger for unge voksne i sentrum",
        },
    ),
    (
        3,  # the method's social participation sub-goal
        {
            "en": "Young people taking part in the youth council's activities",
            "fi": "Nuorisovaltuuston toimintaan osallistuvat nuoret",
            "nb": "Unge som deltar i ungdomsrådets aktiviteter",
        },
    ),
)
OWN_SUB_GOAL: tuple[dict[str, str], tuple[dict[str, str], ...]] = (
    {
        "en": "Stronger ties between the town centre and the villages",
        "fi": "Vahvemmat yhteydet keskustan ja kylien välillä",
        "nb": "Sterkere bånd mellom sentrum og bygdene",
    },
    (
        {
            "en": "Trips on the village bus per month",
            "fi": "Kyläbussin matkat kuukaudessa",
            "nb": "Reiser med bygdebussen per måned",
        },
        {
            "en": "Villages with a meeting place open every week",
            "fi": "Kylät, joissa on joka viikko avoinna oleva kohtaamispaikka",
            "nb": "Bygder med en møteplass som er åpen hver uke",
        },
    ),
)


def indicator_workshop(
    store: ProgrammeStore, catalogue: Catalogue, language: str, held_on: date, facilitator: str
) -> uuid.UUID:
    """The planned phase-4 workshop with its agenda and its goal sheet; the sheet's id."""
    phase = method_tools.tools_of(store).indicator_sheet.phase
    made = workshops.create_workshop(
        store,
        WORKSHOP["title"][language],
        phase,
        held_on=held_on,
        start_time=time(17, 30),
        end_time=time(20, 30),
        place=WORKSHOP["place"][language],
        facilitator=facilitator,
        purpose=WORKSHOP["purpose"][language],
    )
    for index, (title, minutes) in enumerate(AGENDA):
        workshops.add_agenda_item(
            store,
            made.id,
            title[language],
            planned_minutes=minutes,
            activity_key=SHEET_ACTIVITY if index == SHEET_ITEM else "",
        )
    activity = catalogue.activity(SHEET_ACTIVITY)
    main, goals = method_tools.starting_sheet(store)
    sheet = run(
        store,
        CreateGoalSheet(
            made.id,
            activity.title.get(language) if activity else "Indicator workshop",
            main,
            tuple((goal, tuple(indicators)) for goal, indicators in goals),
        ),
    ).result
    _group_lines(store, sheet.id, language)
    return sheet.id


def _group_lines(store: ProgrammeStore, sheet_id: uuid.UUID, language: str) -> None:
    """The group's own lines, written in the room (origin ``group``), each under the goal it measures."""
    main, outline = method_tools.sheet_outline(store, sheet_id)
    for index, indicator in OWN_INDICATORS:
        goal = outline[index][0]
        assert goal is not None  # the starting sheet's sub-goals, in order
        card = method_tools.add_card(store, sheet_id, "indicators", indicator[language])
        method_tools.link_cards(store, card.id, goal.id)
    goal_text, indicators = OWN_SUB_GOAL
    goal_card = method_tools.add_card(store, sheet_id, "sub_goals", goal_text[language])
    method_tools.link_cards(store, goal_card.id, main.id)
    for indicator in indicators:
        card = method_tools.add_card(store, sheet_id, "indicators", indicator[language])
        method_tools.link_cards(store, card.id, goal_card.id)
