<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>About</name>
    <message>
        <source>Font; its licence is in {file}</source>
        <translation>Skrift; lisensen ligger i {file}</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponent</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisens</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>uten dato</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Utgiver</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Om {app}</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Om</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Lisens</translation>
    </message>
    <message>
        <source>&amp;Third-Party Software</source>
        <translation>&amp;Tredjepartsprogramvare</translation>
    </message>
    <message>
        <source>&amp;Method Sources</source>
        <translation>&amp;Metodekilder</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versjon {version}</translation>
    </message>
    <message>
        <source>Guides facilitators of regional and neighbourhood development through a five-phase participatory method, and keeps what each workshop produces in one file per programme, on this computer only.</source>
        <translation>Veileder prosessledere i regional utvikling og nærmiljøutvikling gjennom en medvirkningsmetode i fem faser, og tar vare på det hver workshop frembringer i én fil per program – bare på denne datamaskinen.</translation>
    </message>
    <message>
        <source>Free software under the &lt;a href=&quot;{url}&quot;&gt;European Union Public Licence 1.2&lt;/a&gt; ({spdx}). You may use, copy, share and change it under its terms.</source>
        <translation>Fri programvare under &lt;a href=&quot;{url}&quot;&gt;European Union Public Licence 1.2&lt;/a&gt; ({spdx}). Du kan bruke, kopiere, dele og endre den på lisensens vilkår.</translation>
    </message>
    <message>
        <source>Where the app keeps its files</source>
        <translation>Hvor appen lagrer filene sine</translation>
    </message>
    <message>
        <source>&amp;Demo and app data:</source>
        <translation>&amp;Demo- og appdata:</translation>
    </message>
    <message>
        <source>&amp;Backups:</source>
        <translation>&amp;Sikkerhetskopier:</translation>
    </message>
    <message>
        <source>Lo&amp;g files:</source>
        <translation>Lo&amp;ggfiler:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datamappe</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Mappe for sikkerhetskopier</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Loggmappe</translation>
    </message>
    <message>
        <source>{app} is licensed under the European Union Public Licence, version 1.2:</source>
        <translation>{app} er lisensiert under European Union Public Licence, versjon 1.2:</translation>
    </message>
    <message>
        <source>{app} is licensed under the European Union Public Licence, version 1.2. The licence file is missing from this copy; the text is at &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;.</source>
        <translation>{app} er lisensiert under European Union Public Licence, versjon 1.2. Lisensfilen mangler i denne kopien; teksten finnes på &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Lisenstekst</translation>
    </message>
    <message>
        <source>{app} is built with the following free software and fonts. Qt and Qt for Python are used under the GNU Lesser General Public License v3; you may replace them with your own build.</source>
        <translation>{app} er bygget med følgende frie programvare og skrifter. Qt og Qt for Python brukes under GNU Lesser General Public License v3; du kan erstatte dem med ditt eget bygg.</translation>
    </message>
    <message>
        <source>Third-party software and their licences</source>
        <translation>Tredjepartsprogramvare og lisensene deres</translation>
    </message>
    <message>
        <source>The method&apos;s texts were written from these sources. Point at a source to read what was taken from it.</source>
        <translation>Metodens tekster er skrevet på grunnlag av disse kildene. Pek på en kilde for å lese hva som er hentet fra den.</translation>
    </message>
    <message>
        <source>Sources of the method</source>
        <translation>Metodens kilder</translation>
    </message>
</context>
<context>
    <name>ActionPhase</name>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
</context>
<context>
    <name>ActionPlan</name>
    <message>
        <source>{year} Q{quarter}</source>
        <translation>{year} K{quarter}</translation>
    </message>
</context>
<context>
    <name>ActionPriority</name>
    <message>
        <source>High</source>
        <translation>Høy</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Lav</translation>
    </message>
</context>
<context>
    <name>ActionStatus</name>
    <message>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Droppet</translation>
    </message>
</context>
<context>
    <name>ActionsFromDecisions</name>
    <message>
        <source>Make actions from decisions</source>
        <translation>Lag tiltak av beslutninger</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>In the action plan</source>
        <translation>I handlingsplanen</translation>
    </message>
    <message>
        <source>{title} ({date})</source>
        <translation>{title} ({date})</translation>
    </message>
    <message>
        <source>Already an action</source>
        <translation>Allerede et tiltak</translation>
    </message>
    <message>
        <source>An action from this workshop with the same wording exists.</source>
        <translation>Det finnes allerede et tiltak fra denne workshopen med samme ordlyd.</translation>
    </message>
    <message>
        <source>All are actions</source>
        <translation>Alle er tiltak</translation>
    </message>
</context>
<context>
    <name>ActionsFromDecisionsDialog</name>
    <message>
        <source>Actions from decisions</source>
        <translation>Tiltak fra beslutninger</translation>
    </message>
    <message>
        <source>Check the decisions that should become actions. Each action is worded as its decision and remembers the workshop; give it an owner and a due date afterwards in the action plan. Space checks the decision at the cursor.</source>
        <translation>Kryss av for beslutningene som skal bli tiltak. Hvert tiltak får samme ordlyd som beslutningen og husker hvilken workshop det kom fra; gi det en ansvarlig og en frist etterpå i handlingsplanen. Mellomrom krysser av for beslutningen ved markøren.</translation>
    </message>
    <message>
        <source>Workshops and their decisions</source>
        <translation>Workshoper og beslutningene deres</translation>
    </message>
    <message>
        <source>No workshop has decisions yet. Record them in the workshop&apos;s minutes first.</source>
        <translation>Ingen workshop har beslutninger ennå. Før dem inn i referatet fra workshopen først.</translation>
    </message>
    <message>
        <source>&amp;Make actions of the checked decisions</source>
        <translation>&amp;Lag tiltak av de avkryssede beslutningene</translation>
    </message>
    <message>
        <source>Makes them in one step; {shortcut} undoes it.</source>
        <translation>Lager alle i ett steg; {shortcut} angrer det.</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partnere</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Ferdig den</translation>
    </message>
    <message>
        <source>From workshop</source>
        <translation>Fra workshop</translation>
    </message>
    <message>
        <source>What is to be done. Press F2 to edit.</source>
        <translation>Hva som skal gjøres. Trykk F2 for å redigere.</translation>
    </message>
    <message>
        <source>Who is responsible; a name from the participant register links the action to that person.</source>
        <translation>Hvem som er ansvarlig; et navn fra deltakerregisteret knytter tiltaket til den personen.</translation>
    </message>
    <message>
        <source>The day by which it should be done.</source>
        <translation>Dagen tiltaket skal være gjennomført innen.</translation>
    </message>
    <message>
        <source>Open, in progress, done or dropped.</source>
        <translation>Åpen, pågår, ferdig eller droppet.</translation>
    </message>
    <message>
        <source>High, normal or low.</source>
        <translation>Høy, normal eller lav.</translation>
    </message>
    <message>
        <source>The phase of the method the action belongs to.</source>
        <translation>Fasen i metoden som tiltaket hører til.</translation>
    </message>
    <message>
        <source>The year and quarter of the yearly activity plan.</source>
        <translation>År og kvartal i den årlige aktivitetsplanen.</translation>
    </message>
    <message>
        <source>Who else takes part.</source>
        <translation>Hvem andre som deltar.</translation>
    </message>
    <message>
        <source>The day it was done; set when the status becomes done.</source>
        <translation>Dagen tiltaket ble gjennomført; settes når statusen blir ferdig.</translation>
    </message>
    <message>
        <source>The workshop the action came from.</source>
        <translation>Workshopen tiltaket kom fra.</translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation>Ingen ansvarlig ennå</translation>
    </message>
    <message>
        <source>{owner} · {status}</source>
        <translation>{owner} · {status}</translation>
    </message>
    <message>
        <source>{owner} · due {date} · {status}</source>
        <translation>{owner} · frist {date} · {status}</translation>
    </message>
    <message>
        <source>Overdue since {date}.</source>
        <translation>Forfalt siden {date}.</translation>
    </message>
    <message>
        <source>{name}, {organisation} (in the participant register)</source>
        <translation>{name}, {organisation} (i deltakerregisteret)</translation>
    </message>
    <message>
        <source>{name} (in the participant register)</source>
        <translation>{name} (i deltakerregisteret)</translation>
    </message>
    <message>
        <source>Not linked to the participant register.</source>
        <translation>Ikke knyttet til deltakerregisteret.</translation>
    </message>
    <message>
        <source>Done on {date}.</source>
        <translation>Ferdig {date}.</translation>
    </message>
    <message>
        <source>From the workshop “{title}” on {date}.</source>
        <translation>Fra workshopen «{title}» den {date}.</translation>
    </message>
    <message>
        <source>Change what an action is</source>
        <translation>Endre hva et tiltak går ut på</translation>
    </message>
    <message>
        <source>Change the owner of an action</source>
        <translation>Endre ansvarlig for et tiltak</translation>
    </message>
    <message>
        <source>Change the due date of an action</source>
        <translation>Endre fristen for et tiltak</translation>
    </message>
    <message>
        <source>Change the status of an action</source>
        <translation>Endre statusen for et tiltak</translation>
    </message>
    <message>
        <source>Change the priority of an action</source>
        <translation>Endre prioriteten for et tiltak</translation>
    </message>
    <message>
        <source>Change the phase of an action</source>
        <translation>Endre fasen for et tiltak</translation>
    </message>
    <message>
        <source>Change when an action is planned</source>
        <translation>Endre når et tiltak er planlagt</translation>
    </message>
    <message>
        <source>Change the partners of an action</source>
        <translation>Endre partnerne for et tiltak</translation>
    </message>
    <message>
        <source>Change the day an action was done</source>
        <translation>Endre dagen et tiltak ble gjennomført</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>Who does what, and by when. Double-click a cell or press F2 to change it; every change is saved at once and can be undone.</source>
        <translation>Hvem gjør hva, og innen når. Dobbeltklikk på en celle eller trykk F2 for å endre den; hver endring lagres med en gang og kan angres.</translation>
    </message>
    <message>
        <source>&amp;New action</source>
        <translation>&amp;Nytt tiltak</translation>
    </message>
    <message>
        <source>Add an action to the plan ({shortcut})</source>
        <translation>Legg til et tiltak i planen ({shortcut})</translation>
    </message>
    <message>
        <source>From &amp;decisions…</source>
        <translation>Fra &amp;beslutninger…</translation>
    </message>
    <message>
        <source>Make actions of a workshop&apos;s decisions in one step</source>
        <translation>Lag tiltak av beslutningene fra en workshop i ett steg</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>Sl&amp;ett</translation>
    </message>
    <message>
        <source>Delete the selected actions ({shortcut})</source>
        <translation>Slett de valgte tiltakene ({shortcut})</translation>
    </message>
    <message>
        <source>Search actions</source>
        <translation>Søk i tiltak</translation>
    </message>
    <message>
        <source>Action &amp;list</source>
        <translation>Tiltaks&amp;liste</translation>
    </message>
    <message>
        <source>&amp;Yearly activity plan</source>
        <translation>Årlig aktivitets&amp;plan</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>Words in what, why, owner, partners or workshop</source>
        <translation>Ord i hva, hvorfor, ansvarlig, partnere eller workshop</translation>
    </message>
    <message>
        <source>Search actions ({shortcut})</source>
        <translation>Søk i tiltak ({shortcut})</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>Plan ye&amp;ar:</source>
        <translation>Plan&amp;år:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>&amp;Reset filters</source>
        <translation>&amp;Tilbakestill filtre</translation>
    </message>
    <message>
        <source>Show every action again</source>
        <translation>Vis alle tiltak igjen</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Kolonner</translation>
    </message>
    <message>
        <source>Choose which columns the list shows</source>
        <translation>Velg hvilke kolonner listen viser</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Only actions past their due date that are not done or dropped</source>
        <translation>Bare tiltak med passert frist som ikke er ferdige eller droppet</translation>
    </message>
    <message>
        <source>{status} ({count})</source>
        <translation>{status} ({count})</translation>
    </message>
    <message>
        <source>&amp;Overdue only ({count})</source>
        <translation>Bare f&amp;orfalte ({count})</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Bare forfalte</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation>Ingen ansvarlig ennå</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Alle faser</translation>
    </message>
    <message>
        <source>No phase</source>
        <translation>Ingen fase</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle år</translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation>Ikke planlagt</translation>
    </message>
    <message>
        <source>Shown: {shown} of {total}</source>
        <translation>Vist: {shown} av {total}</translation>
    </message>
    <message>
        <source>No actions yet. Press {shortcut} for a new one, or make actions of a workshop&apos;s decisions.</source>
        <translation>Ingen tiltak ennå. Trykk {shortcut} for å lage et nytt, eller lag tiltak av beslutningene fra en workshop.</translation>
    </message>
    <message>
        <source>No action matches the filters. Reset filters shows them all.</source>
        <translation>Ingen tiltak samsvarer med filtrene. Tilbakestill filtre viser alle.</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nytt tiltak</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Legg til et tiltak</translation>
    </message>
    <message>
        <source>Delete the action “{what}”?</source>
        <translation>Slette tiltaket «{what}»?</translation>
    </message>
    <message>
        <source>Delete the {count} selected actions?</source>
        <translation>Slette de {count} valgte tiltakene?</translation>
    </message>
    <message>
        <source>Delete actions</source>
        <translation>Slett tiltak</translation>
    </message>
    <message>
        <source>You can undo this with {shortcut}.</source>
        <translation>Du kan angre dette med {shortcut}.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Delete an action</source>
        <translation>Slett et tiltak</translation>
    </message>
    <message>
        <source>Edit cell</source>
        <translation>Rediger celle</translation>
    </message>
</context>
<context>
    <name>ActorTypeDelegate</name>
    <message>
        <source>Actor type</source>
        <translation>Aktørtype</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Agenda item</source>
        <translation>Agendapunkt</translation>
    </message>
    <message>
        <source>Planned (min)</source>
        <translation>Planlagt (min)</translation>
    </message>
    <message>
        <source>Rename an agenda item</source>
        <translation>Gi nytt navn til et agendapunkt</translation>
    </message>
    <message>
        <source>Change the planned minutes</source>
        <translation>Endre planlagte minutter</translation>
    </message>
    <message>
        <source>Edit the minutes</source>
        <translation>Rediger referatet</translation>
    </message>
    <message>
        <source>Add an agenda item</source>
        <translation>Legg til et agendapunkt</translation>
    </message>
    <message>
        <source>Remove an agenda item</source>
        <translation>Fjern et agendapunkt</translation>
    </message>
    <message>
        <source>Move an agenda item</source>
        <translation>Flytt et agendapunkt</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>{planned} minutes planned. Give the workshop a start and an end time to compare the agenda with its length.</source>
        <translation>{planned} minutter planlagt. Gi workshopen et start- og sluttidspunkt for å sammenligne agendaen med lengden på workshopen.</translation>
    </message>
    <message>
        <source>{planned} minutes planned: {over} minutes more than the {slot} minutes from start to end.</source>
        <translation>{planned} minutter planlagt: {over} minutter mer enn de {slot} minuttene fra start til slutt.</translation>
    </message>
    <message>
        <source>{planned} of {slot} minutes planned, {spare} minutes to spare.</source>
        <translation>{planned} av {slot} minutter planlagt, {spare} minutter til overs.</translation>
    </message>
    <message>
        <source>{activity} ({minutes} min)</source>
        <translation>{activity} ({minutes} min)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>No agenda items yet. Type one below, or add an activity from the method.</source>
        <translation>Ingen agendapunkter ennå. Skriv inn et nedenfor, eller legg til en aktivitet fra metoden.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytt &amp;opp</translation>
    </message>
    <message>
        <source>Move the chosen item up</source>
        <translation>Flytt det valgte punktet opp</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytt &amp;ned</translation>
    </message>
    <message>
        <source>Move the chosen item down</source>
        <translation>Flytt det valgte punktet ned</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Remove the chosen item from the agenda</source>
        <translation>Fjern det valgte punktet fra agendaen</translation>
    </message>
    <message>
        <source>New &amp;item:</source>
        <translation>Nytt &amp;punkt:</translation>
    </message>
    <message>
        <source>Title of the agenda item</source>
        <translation>Tittel på agendapunktet</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Nytt agendapunkt</translation>
    </message>
    <message>
        <source>&amp;Planned minutes:</source>
        <translation>Planlagte &amp;minutter:</translation>
    </message>
    <message>
        <source>Planned minutes of the new item</source>
        <translation>Planlagte minutter for det nye punktet</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Legg til</translation>
    </message>
    <message>
        <source>Add the item at the end of the agenda (Enter)</source>
        <translation>Legg til punktet sist i agendaen (Enter)</translation>
    </message>
    <message>
        <source>From the m&amp;ethod</source>
        <translation>Fra m&amp;etoden</translation>
    </message>
    <message>
        <source>Add an activity the method suggests for this phase</source>
        <translation>Legg til en aktivitet som metoden foreslår for denne fasen</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Open programme</source>
        <translation>Åpne program</translation>
    </message>
    <message>
        <source>Workshop App programmes (*{suffix})</source>
        <translation>Workshop App-programmer (*{suffix})</translation>
    </message>
    <message>
        <source>Plan one workshop</source>
        <translation>Planlegg ett verksted</translation>
    </message>
    <message>
        <source>What is the workshop called?</source>
        <translation>Hva heter verkstedet?</translation>
    </message>
    <message>
        <source>Focus group</source>
        <translation>Fokusgruppe</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>bruk: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>posisjonsargumenter</translation>
    </message>
    <message>
        <source>options</source>
        <translation>valg</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>vis denne hjelpeteksten og avslutt</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: feil: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>disse argumentene mangler: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>ukjente argumenter: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ugyldig valg: %(value)r (velg blant %(choices)s)</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ventet ett argument</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>ikke tillatt sammen med argumentet %s</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <source>Sent apologies</source>
        <translation>Meldt forfall</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Fraværende</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ikke registrert</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>Registrer oppmøte</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Present: {present}    Sent apologies: {apologies}    Absent: {absent}    Not recorded: {unknown}</source>
        <translation>Til stede: {present}    Meldt forfall: {apologies}    Fraværende: {absent}    Ikke registrert: {unknown}</translation>
    </message>
    <message>
        <source>&amp;Search the register:</source>
        <translation>&amp;Søk i registeret:</translation>
    </message>
    <message>
        <source>Name or organisation</source>
        <translation>Navn eller organisasjon</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Finn en person</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Attendance register</source>
        <translation>Oppmøteregister</translation>
    </message>
    <message>
        <source>Mark the chosen people as:</source>
        <translation>Merk de valgte personene som:</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Til stede</translation>
    </message>
    <message>
        <source>Record the chosen people as present</source>
        <translation>Registrer de valgte personene som til stede</translation>
    </message>
    <message>
        <source>Sent &amp;apologies</source>
        <translation>&amp;Meldt forfall</translation>
    </message>
    <message>
        <source>Record that the chosen people sent apologies</source>
        <translation>Registrer at de valgte personene har meldt forfall</translation>
    </message>
    <message>
        <source>A&amp;bsent</source>
        <translation>&amp;Fraværende</translation>
    </message>
    <message>
        <source>Record the chosen people as absent</source>
        <translation>Registrer de valgte personene som fraværende</translation>
    </message>
    <message>
        <source>Not re&amp;corded</source>
        <translation>&amp;Ikke registrert</translation>
    </message>
    <message>
        <source>Remove the chosen people&apos;s attendance record</source>
        <translation>Fjern oppmøteregistreringen for de valgte personene</translation>
    </message>
</context>
<context>
    <name>BoardActions</name>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tavle</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Farge</translation>
    </message>
    <message>
        <source>Zoom to a &amp;quadrant</source>
        <translation>Zoom til et &amp;felt</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>R&amp;om</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Legg til lapp</translation>
    </message>
    <message>
        <source>Add a note at the pointer or in the centre</source>
        <translation>Legg til en lapp ved pekeren eller i midten</translation>
    </message>
    <message>
        <source>&amp;Edit note</source>
        <translation>Rediger &amp;lapp</translation>
    </message>
    <message>
        <source>Edit the selected note&apos;s text in place</source>
        <translation>Rediger teksten på den valgte lappen der den står</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>S&amp;lett</translation>
    </message>
    <message>
        <source>Delete the selected notes</source>
        <translation>Slett de valgte lappene</translation>
    </message>
    <message>
        <source>Select &amp;all notes</source>
        <translation>Velg &amp;alle lapper</translation>
    </message>
    <message>
        <source>Select every note</source>
        <translation>Velg alle lappene</translation>
    </message>
    <message>
        <source>Colour the selected notes and new ones</source>
        <translation>Gi de valgte og nye lapper farge</translation>
    </message>
    <message>
        <source>Colour by &amp;author</source>
        <translation>Farge etter &amp;forfatter</translation>
    </message>
    <message>
        <source>Give each author&apos;s notes their own colour</source>
        <translation>Gi hver forfatters lapper sin egen farge</translation>
    </message>
    <message>
        <source>Show &amp;authors</source>
        <translation>Vis &amp;forfattere</translation>
    </message>
    <message>
        <source>Show who wrote each note</source>
        <translation>Vis hvem som skrev hver lapp</translation>
    </message>
    <message>
        <source>New notes &amp;face down</source>
        <translation>Nye lapper med &amp;teksten ned</translation>
    </message>
    <message>
        <source>Add new notes face down, to be revealed together</source>
        <translation>Legg til nye lapper med teksten ned, til de avdekkes samlet</translation>
    </message>
    <message>
        <source>&amp;Reveal hidden notes</source>
        <translation>&amp;Avdekk skjulte lapper</translation>
    </message>
    <message>
        <source>Turn every face-down note over</source>
        <translation>Snu alle lapper som ligger med teksten ned</translation>
    </message>
    <message>
        <source>&amp;Tidy the notes</source>
        <translation>&amp;Rydd lappene</translation>
    </message>
    <message>
        <source>Move notes that cover each other apart, each staying in its quadrant</source>
        <translation>Flytt lapper som dekker hverandre fra hverandre, hver i sin kvadrant</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;inn</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom inn</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;ut</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom ut</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Tilpass til vinduet</translation>
    </message>
    <message>
        <source>Show the whole board</source>
        <translation>Vis hele tavlen</translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation>F&amp;ullskjerm</translation>
    </message>
    <message>
        <source>Use the whole screen for the board</source>
        <translation>Bruk hele skjermen til tavlen</translation>
    </message>
    <message>
        <source>C&amp;lose board</source>
        <translation>L&amp;ukk tavlen</translation>
    </message>
    <message>
        <source>Close this board</source>
        <translation>Lukk denne tavlen</translation>
    </message>
    <message>
        <source>&amp;Make an action</source>
        <translation>&amp;Opprett tiltak</translation>
    </message>
    <message>
        <source>Put the selected note into the action plan</source>
        <translation>Legg den valgte lappen inn i handlingsplanen</translation>
    </message>
    <message>
        <source>&amp;Voting with dots</source>
        <translation>&amp;Stemming med prikker</translation>
    </message>
    <message>
        <source>Clicking a note gives it one of the voter&apos;s dots</source>
        <translation>Et klikk på en lapp gir den én av stemmegiverens prikker</translation>
    </message>
    <message>
        <source>Show &amp;spread</source>
        <translation>Vis spre&amp;dning</translation>
    </message>
    <message>
        <source>Show where several people placed the same idea</source>
        <translation>Vis hvor flere personer har plassert den samme ideen</translation>
    </message>
    <message>
        <source>Compare with the &amp;previous round</source>
        <translation>Sammenlign med forrige &amp;runde</translation>
    </message>
    <message>
        <source>Arrows from where each idea stood in the previous round</source>
        <translation>Piler fra der hver idé sto i forrige runde</translation>
    </message>
    <message>
        <source>&amp;Freeze this round and start the next…</source>
        <translation>Lås denne runden og start &amp;neste…</translation>
    </message>
    <message>
        <source>Keep this round as it stands and continue in a new round</source>
        <translation>Behold denne runden slik den er, og fortsett i en ny runde</translation>
    </message>
    <message>
        <source>&amp;Participant mode</source>
        <translation>&amp;Deltakermodus</translation>
    </message>
    <message>
        <source>A full-screen view for people to add notes</source>
        <translation>En fullskjermvisning der folk kan legge til lapper</translation>
    </message>
    <message>
        <source>P&amp;resentation window</source>
        <translation>P&amp;resentasjonsvindu</translation>
    </message>
    <message>
        <source>Show the board on the projector or a second screen</source>
        <translation>Vis tavlen på projektoren eller en annen skjerm</translation>
    </message>
    <message>
        <source>Presentation &amp;follows my view</source>
        <translation>Presentasjonen &amp;følger visningen min</translation>
    </message>
    <message>
        <source>The presentation shows what you zoom to; off: the whole board</source>
        <translation>Presentasjonen viser det du zoomer til; av: hele tavlen</translation>
    </message>
    <message>
        <source>&amp;Large notes for the room</source>
        <translation>&amp;Store lapper for salen</translation>
    </message>
    <message>
        <source>In room views, enlarge the notes as far as the board&apos;s layout allows and write each text as large as its note holds</source>
        <translation>Forstørr lappene i salvisningene så langt tavlas oppsett tillater, og skriv hver tekst så stort som lappen rommer</translation>
    </message>
    <message>
        <source>&amp;Start timer</source>
        <translation>&amp;Start tidtaker</translation>
    </message>
    <message>
        <source>Start or pause the round timer</source>
        <translation>Start eller pause rundetidtakeren</translation>
    </message>
    <message>
        <source>Reset ti&amp;mer</source>
        <translation>&amp;Nullstill tidtaker</translation>
    </message>
    <message>
        <source>Set the round timer back to its full time</source>
        <translation>Sett rundetidtakeren tilbake til full tid</translation>
    </message>
    <message>
        <source>Export as P&amp;NG…</source>
        <translation>Eksporter som &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the board as a picture for print</source>
        <translation>Lagre tavlen som et bilde for utskrift</translation>
    </message>
    <message>
        <source>Export as S&amp;VG…</source>
        <translation>Eksporter som S&amp;VG…</translation>
    </message>
    <message>
        <source>Save the board as a vector drawing</source>
        <translation>Lagre tavlen som en vektortegning</translation>
    </message>
    <message>
        <source>Leave participant mode</source>
        <translation>Avslutt deltakermodus</translation>
    </message>
    <message>
        <source>Back to the facilitator&apos;s view</source>
        <translation>Tilbake til prosesslederens visning</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Neste person</translation>
    </message>
    <message>
        <source>Clear the name and the note for the next person</source>
        <translation>Tøm navnet og lappen for neste person</translation>
    </message>
    <message>
        <source>&amp;Top left</source>
        <translation>Øverst til &amp;venstre</translation>
    </message>
    <message>
        <source>Zoom to the top left quadrant</source>
        <translation>Zoom til feltet øverst til venstre</translation>
    </message>
    <message>
        <source>Top &amp;right</source>
        <translation>Øverst til &amp;høyre</translation>
    </message>
    <message>
        <source>Zoom to the top right quadrant</source>
        <translation>Zoom til feltet øverst til høyre</translation>
    </message>
    <message>
        <source>&amp;Bottom left</source>
        <translation>&amp;Nederst til venstre</translation>
    </message>
    <message>
        <source>Zoom to the bottom left quadrant</source>
        <translation>Zoom til feltet nederst til venstre</translation>
    </message>
    <message>
        <source>B&amp;ottom right</source>
        <translation>Ne&amp;derst til høyre</translation>
    </message>
    <message>
        <source>Zoom to the bottom right quadrant</source>
        <translation>Zoom til feltet nederst til høyre</translation>
    </message>
    <message>
        <source>Colour: {name}</source>
        <translation>Farge: {name}</translation>
    </message>
    <message>
        <source>{tip} ({shortcut})</source>
        <translation>{tip} ({shortcut})</translation>
    </message>
    <message>
        <source>&amp;Reveal hidden notes ({count})</source>
        <translation>&amp;Avdekk skjulte lapper ({count})</translation>
    </message>
</context>
<context>
    <name>BoardAnalysis</name>
    <message>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>fjernet</translation>
    </message>
    <message>
        <source>not moved</source>
        <translation>ikke flyttet</translation>
    </message>
    <message>
        <source>moved {distance}</source>
        <translation>flyttet {distance}</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>{number}. {idea} (placed {count} times)</source>
        <translation>{number}. {idea} (plassert {count} ganger)</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spredning</translation>
    </message>
</context>
<context>
    <name>BoardCommands</name>
    <message>
        <source>Add note</source>
        <translation>Legg til lapp</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Rediger lapp</translation>
    </message>
    <message>
        <source>Change the colour of a note</source>
        <translation>Endre fargen på en lapp</translation>
    </message>
    <message>
        <source>Change the colour of {count} notes</source>
        <translation>Endre fargen på {count} lapper</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Slett lapp</translation>
    </message>
    <message>
        <source>Delete {count} notes</source>
        <translation>Slett {count} lapper</translation>
    </message>
    <message>
        <source>Reveal hidden notes</source>
        <translation>Avdekk skjulte lapper</translation>
    </message>
    <message>
        <source>Tidy the notes</source>
        <translation>Rydd lappene</translation>
    </message>
    <message>
        <source>Move note</source>
        <translation>Flytt lapp</translation>
    </message>
    <message>
        <source>Move {count} notes</source>
        <translation>Flytt {count} lapper</translation>
    </message>
</context>
<context>
    <name>BoardDescription</name>
    <message>
        <source>top left</source>
        <translation>øverst til venstre</translation>
    </message>
    <message>
        <source>top right</source>
        <translation>øverst til høyre</translation>
    </message>
    <message>
        <source>bottom left</source>
        <translation>nederst til venstre</translation>
    </message>
    <message>
        <source>bottom right</source>
        <translation>nederst til høyre</translation>
    </message>
    <message>
        <source>left</source>
        <translation>venstre</translation>
    </message>
    <message>
        <source>right</source>
        <translation>høyre</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>bunn</translation>
    </message>
    <message>
        <source>top</source>
        <translation>topp</translation>
    </message>
    <message>
        <source>{quadrant}: leaning to “{x_side}” ({x}), “{y_side}” ({y})</source>
        <translation>{quadrant}: heller mot «{x_side}» ({x}), «{y_side}» ({y})</translation>
    </message>
    <message>
        <source>Face-down note — {position}</source>
        <translation>Lapp med teksten ned – {position}</translation>
    </message>
    <message>
        <source>{text} — {position}</source>
        <translation>{text} – {position}</translation>
    </message>
    <message>
        <source>Written by {author}.</source>
        <translation>Skrevet av {author}.</translation>
    </message>
    <message>
        <source>It is in the action plan.</source>
        <translation>Den er i handlingsplanen.</translation>
    </message>
    <message>
        <source>1 vote.</source>
        <translation>1 stemme.</translation>
    </message>
    <message>
        <source>{count} votes.</source>
        <translation>{count} stemmer.</translation>
    </message>
    <message>
        <source>In the top left quadrant.</source>
        <translation>I feltet øverst til venstre.</translation>
    </message>
    <message>
        <source>In the top right quadrant.</source>
        <translation>I feltet øverst til høyre.</translation>
    </message>
    <message>
        <source>In the bottom left quadrant.</source>
        <translation>I feltet nederst til venstre.</translation>
    </message>
    <message>
        <source>In the bottom right quadrant.</source>
        <translation>I feltet nederst til høyre.</translation>
    </message>
    <message>
        <source>Leaning to “{x_side}” ({x}) and “{y_side}” ({y}).</source>
        <translation>Heller mot «{x_side}» ({x}) og «{y_side}» ({y}).</translation>
    </message>
    <message>
        <source>Top left quadrant: x {x}, y {y}</source>
        <translation>Feltet øverst til venstre: x {x}, y {y}</translation>
    </message>
    <message>
        <source>Top right quadrant: x {x}, y {y}</source>
        <translation>Feltet øverst til høyre: x {x}, y {y}</translation>
    </message>
    <message>
        <source>Bottom left quadrant: x {x}, y {y}</source>
        <translation>Feltet nederst til venstre: x {x}, y {y}</translation>
    </message>
    <message>
        <source>Bottom right quadrant: x {x}, y {y}</source>
        <translation>Feltet nederst til høyre: x {x}, y {y}</translation>
    </message>
</context>
<context>
    <name>BoardOverlays</name>
    <message>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>fjernet</translation>
    </message>
</context>
<context>
    <name>BoardRounds</name>
    <message>
        <source>Freeze the round and start the next</source>
        <translation>Lås runden og start neste</translation>
    </message>
</context>
<context>
    <name>BoardSidePanel</name>
    <message>
        <source>Nobody in particular</source>
        <translation>Ingen bestemt</translation>
    </message>
</context>
<context>
    <name>BoardVotes</name>
    <message>
        <source>Add a dot</source>
        <translation>Legg til en prikk</translation>
    </message>
    <message>
        <source>Take back a dot</source>
        <translation>Ta tilbake en prikk</translation>
    </message>
    <message>
        <source>There is no dot of this voter on this note to take back.</source>
        <translation>Denne stemmegiveren har ingen prikk på denne lappen som kan tas tilbake.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Lapp</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Prikker</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <source>Colour: {name}</source>
        <translation>Farge: {name}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>Participant mode is for the latest round; this round is frozen.</source>
        <translation>Deltakermodus er for den siste runden; denne runden er låst.</translation>
    </message>
    <message>
        <source>Leave participant mode</source>
        <translation>Avslutt deltakermodus</translation>
    </message>
    <message>
        <source>Leave participant mode and show the facilitator&apos;s tools again?</source>
        <translation>Vil du avslutte deltakermodus og vise prosesslederens verktøy igjen?</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <source>Make an action from a note</source>
        <translation>Opprett tiltak fra en lapp</translation>
    </message>
    <message>
        <source>The note is in the action plan now.</source>
        <translation>Lappen er nå i handlingsplanen.</translation>
    </message>
    <message>
        <source>Freeze this round</source>
        <translation>Lås denne runden</translation>
    </message>
    <message>
        <source>Freeze round {number} as it stands and continue in round {next}? The frozen round is kept read-only for comparison; the new round starts with the same notes and no dots.</source>
        <translation>Vil du låse runde {number} slik den er, og fortsette i runde {next}? Den låste runden beholdes skrivebeskyttet for sammenligning; den nye runden starter med de samme lappene og uten prikker.</translation>
    </message>
    <message>
        <source>Freeze and continue</source>
        <translation>Lås og fortsett</translation>
    </message>
    <message>
        <source>Round {number} is frozen: it shows what the room decided then and cannot be changed.</source>
        <translation>Runde {number} er låst: den viser hva rommet kom fram til da, og kan ikke endres.</translation>
    </message>
    <message>
        <source>Go to the latest round</source>
        <translation>Gå til siste runde</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>New notes &amp;by:</source>
        <translation>Nye lapper &amp;skrevet av:</translation>
    </message>
    <message>
        <source>Author of new notes</source>
        <translation>Forfatter av nye lapper</translation>
    </message>
    <message>
        <source>Quadrant board</source>
        <translation>Firefeltstavle</translation>
    </message>
    <message>
        <source>Position of the selected note</source>
        <translation>Plasseringen til den valgte lappen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Lapp</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <source>Hybrids A–D</source>
        <translation>Hybrider A–D</translation>
    </message>
    <message>
        <source>Pros and cons</source>
        <translation>Fordeler og ulemper</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Prikker</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spredning</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runder</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Rom</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefoner</translation>
    </message>
    <message>
        <source>Method &amp;Prompts</source>
        <translation>Metodens &amp;spørsmål</translation>
    </message>
    <message>
        <source>&amp;Hybrid Models A–D</source>
        <translation>&amp;Hybridmodeller A–D</translation>
    </message>
    <message>
        <source>{workshop}, {date}</source>
        <translation>{workshop}, {date}</translation>
    </message>
    <message>
        <source>{board} — {workshop}</source>
        <translation>{board} – {workshop}</translation>
    </message>
    <message>
        <source>Double-click the board to add a note, or press N. Tab goes from note to note, the arrow keys move the selected notes (with Alt or Shift in small steps), Enter edits, Delete removes.</source>
        <translation>Dobbeltklikk på tavlen for å legge til en lapp, eller trykk N. Tab går fra lapp til lapp, piltastene flytter de valgte lappene (med Alt eller Shift i små steg), Enter redigerer, Delete fjerner.</translation>
    </message>
    <message>
        <source>No note selected</source>
        <translation>Ingen lapp valgt</translation>
    </message>
    <message>
        <source>Select a note to see where it is.</source>
        <translation>Velg en lapp for å se hvor den er.</translation>
    </message>
    <message>
        <source>{count} notes selected</source>
        <translation>{count} lapper valgt</translation>
    </message>
    <message>
        <source>Selected note</source>
        <translation>Valgt lapp</translation>
    </message>
    <message>
        <source>Face down until the notes are revealed.</source>
        <translation>Med teksten ned til lappene avdekkes.</translation>
    </message>
    <message>
        <source>Zoom: {percent} %</source>
        <translation>Zoom: {percent} %</translation>
    </message>
    <message>
        <source>Colour notes by author</source>
        <translation>Farg lappene etter forfatter</translation>
    </message>
</context>
<context>
    <name>BoardsModel</name>
    <message>
        <source>Own axes</source>
        <translation>Egne akser</translation>
    </message>
    <message>
        <source>Round {number}</source>
        <translation>Runde {number}</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tavle</translation>
    </message>
    <message>
        <source>Axes</source>
        <translation>Akser</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
</context>
<context>
    <name>BoardsPanel</name>
    <message>
        <source>&amp;Quadrant boards</source>
        <translation>&amp;Firefeltstavler</translation>
    </message>
    <message>
        <source>Boards of this workshop</source>
        <translation>Tavlene i denne workshopen</translation>
    </message>
    <message>
        <source>&amp;New board…</source>
        <translation>&amp;Ny tavle…</translation>
    </message>
    <message>
        <source>Make a board from a method preset or own axes</source>
        <translation>Lag en tavle fra en metodemal eller med egne akser</translation>
    </message>
    <message>
        <source>&amp;Open board</source>
        <translation>&amp;Åpne tavle</translation>
    </message>
    <message>
        <source>Open the chosen board in its own window</source>
        <translation>Åpne den valgte tavlen i et eget vindu</translation>
    </message>
    <message>
        <source>&amp;Delete board…</source>
        <translation>&amp;Slett tavle…</translation>
    </message>
    <message>
        <source>Delete the chosen board with its notes</source>
        <translation>Slett den valgte tavlen med lappene</translation>
    </message>
    <message>
        <source>A board opens in its own window, for the projector, participant mode and the dots.</source>
        <translation>En tavle åpnes i et eget vindu, for projektoren, deltakermodus og prikkene.</translation>
    </message>
    <message>
        <source>New board</source>
        <translation>Ny tavle</translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation>Slett tavle</translation>
    </message>
    <message>
        <source>Delete the board “{title}” with its notes, dots, pros and cons? Actions made from it stay in the action plan. Edit ▸ Undo brings everything back.</source>
        <translation>Vil du slette tavlen «{title}» med lapper, prikker, fordeler og ulemper? Tiltak som er laget fra den, blir stående i handlingsplanen. Rediger ▸ Angre henter alt tilbake.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Delete a board</source>
        <translation>Slett en tavle</translation>
    </message>
</context>
<context>
    <name>CanvasChooser</name>
    <message>
        <source>{canvas} – {workshop}</source>
        <translation>{canvas} – {workshop}</translation>
    </message>
    <message>
        <source>New canvas for “{workshop}”</source>
        <translation>Nytt rammeverk for «{workshop}»</translation>
    </message>
    <message>
        <source>Impact canvases</source>
        <translation>Effektrammeverk</translation>
    </message>
    <message>
        <source>Open a canvas, or make one for a workshop:</source>
        <translation>Åpne et rammeverk, eller lag et for en workshop:</translation>
    </message>
    <message>
        <source>Impact canvas</source>
        <translation>Effektbasert rammeverk</translation>
    </message>
    <message>
        <source>Make an impact canvas</source>
        <translation>Lag et effektrammeverk</translation>
    </message>
</context>
<context>
    <name>CanvasScene</name>
    <message>
        <source>A starting pick of the method</source>
        <translation>Et ferdig forslag fra metoden</translation>
    </message>
    <message>
        <source>Written by {name}</source>
        <translation>Skrevet av {name}</translation>
    </message>
</context>
<context>
    <name>CanvasWindow</name>
    <message>
        <source>Impact canvas – {title}</source>
        <translation>Effektbasert rammeverk – {title}</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>&amp;Kolonne:</translation>
    </message>
    <message>
        <source>A new card&apos;s text</source>
        <translation>Teksten på et nytt kort</translation>
    </message>
    <message>
        <source>Text of the new card</source>
        <translation>Teksten på det nye kortet</translation>
    </message>
    <message>
        <source>&amp;Add card</source>
        <translation>&amp;Legg til kort</translation>
    </message>
    <message>
        <source>From the &amp;method</source>
        <translation>Fra &amp;metoden</translation>
    </message>
    <message>
        <source>Add a starting pick of the method to the column</source>
        <translation>Legg til et ferdig forslag fra metoden i kolonnen</translation>
    </message>
    <message>
        <source>&amp;Link the selected cards</source>
        <translation>&amp;Koble de valgte kortene</translation>
    </message>
    <message>
        <source>&amp;Link (Ctrl+L)</source>
        <translation>&amp;Koble (Ctrl+L)</translation>
    </message>
    <message>
        <source>Link the two selected cards</source>
        <translation>Koble de to valgte kortene</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Delete the selected cards</source>
        <translation>Slett de valgte kortene</translation>
    </message>
    <message>
        <source>The canvas: impacts, results, means and activities, resources</source>
        <translation>Rammeverket: effekter, resultater, virkemidler og aktiviteter, ressurser</translation>
    </message>
    <message>
        <source>Arrow keys go from card to card; F2 or Enter edits a card; Alt+Up and Alt+Down move it within its column, Alt+Left and Alt+Right to the next column; Delete removes it.</source>
        <translation>Piltastene går fra kort til kort; F2 eller Enter redigerer et kort; Alt+Up og Alt+Down flytter det i kolonnen, Alt+Left og Alt+Right til kolonnen ved siden av; Delete sletter det.</translation>
    </message>
    <message>
        <source>&amp;Edit the card&apos;s text</source>
        <translation>&amp;Rediger teksten på kortet</translation>
    </message>
    <message>
        <source>Move the card up</source>
        <translation>Flytt kortet opp</translation>
    </message>
    <message>
        <source>Move the card down</source>
        <translation>Flytt kortet ned</translation>
    </message>
    <message>
        <source>Move the card to the column on the left</source>
        <translation>Flytt kortet til kolonnen til venstre</translation>
    </message>
    <message>
        <source>Move the card to the column on the right</source>
        <translation>Flytt kortet til kolonnen til høyre</translation>
    </message>
    <message>
        <source>Work from left to right: the impacts wanted, then what must be achieved, then how, then with what. Select a card and one in the column just before it, then Link: it serves that card. Double-click or F2 edits a card; drag it, or Alt+arrow keys, to move it.</source>
        <translation>Arbeid fra venstre mot høyre: først effektene dere ønsker, så hva som må oppnås, så hvordan og med hva. Velg et kort og ett i kolonnen rett før, og så Koble: kortet tjener det andre. Dobbeltklikk eller F2 redigerer et kort; dra det, eller bruk Alt+piltastene, for å flytte det.</translation>
    </message>
    <message>
        <source>Edit the card “{text}”</source>
        <translation>Rediger kortet «{text}»</translation>
    </message>
    <message>
        <source>Move the card “{text}”</source>
        <translation>Flytt kortet «{text}»</translation>
    </message>
    <message>
        <source>Add the card “{text}”</source>
        <translation>Legg til kortet «{text}»</translation>
    </message>
    <message>
        <source>Select two cards in neighbouring columns to link them.</source>
        <translation>Velg to kort i kolonner ved siden av hverandre for å koble dem.</translation>
    </message>
    <message>
        <source>Link two cards</source>
        <translation>Koble to kort</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>Slett %n kort</numerusform>
            <numerusform>Slett %n kort</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClearableDateEdit</name>
    <message>
        <source>No date</source>
        <translation>Ingen dato</translation>
    </message>
    <message>
        <source>Type a date or press Alt+Down for the calendar. Delete empties the date.</source>
        <translation>Skriv inn en dato eller trykk Alt+Down for kalenderen. Delete tømmer datoen.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>python -m workshop_app runs only the commands demo, info, check and export; run workshop-app (or python -m ui) to open the window.</source>
        <translation>python -m workshop_app kjører bare kommandoene demo, info, check og export; kjør workshop-app (eller python -m ui) for å åpne vinduet.</translation>
    </message>
    <message>
        <source>Guides a regional or neighbourhood development programme through the five phases.</source>
        <translation>Leder et utviklingsprogram for en region eller et nærmiljø gjennom de fem fasene.</translation>
    </message>
    <message>
        <source>open the window on a fresh demo programme</source>
        <translation>åpne vinduet med et nytt demoprogram</translation>
    </message>
    <message>
        <source>language of the interface and the demo</source>
        <translation>språk for grensesnittet og demoen</translation>
    </message>
    <message>
        <source>render the window to PNG and exit</source>
        <translation>gjengi vinduet som PNG og avslutt</translation>
    </message>
    <message>
        <source>open a programme file in the window</source>
        <translation>åpne en programfil i vinduet</translation>
    </message>
    <message>
        <source>the page to show (with --screenshot: the page to render)</source>
        <translation>siden som skal vises (med --screenshot: siden som avbildes)</translation>
    </message>
    <message>
        <source>open only this quadrant board of the file, in its own window (its id, title or the start of it)</source>
        <translation>åpne bare denne firefeltstavlen i filen, i eget vindu (id, tittel eller starten av tittelen)</translation>
    </message>
    <message>
        <source>with --board: start in participant mode, full screen for the room</source>
        <translation>med --board: start i deltakermodus, i fullskjerm for rommet</translation>
    </message>
    <message>
        <source>write a demo programme file without opening the window</source>
        <translation>skriv en demoprogramfil uten å åpne vinduet</translation>
    </message>
    <message>
        <source>describe a programme file</source>
        <translation>beskriv en programfil</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>skriv ut JSON i stedet for tekst</translation>
    </message>
    <message>
        <source>check a programme file&apos;s integrity (exit 0 when sound)</source>
        <translation>kontroller integriteten til en programfil (avslutningskode 0 når den er i orden)</translation>
    </message>
    <message>
        <source>--board needs a programme file.</source>
        <translation>--board krever en programfil.</translation>
    </message>
    <message>
        <source>show the program&apos;s version number and exit</source>
        <translation>vis programmets versjon og avslutt</translation>
    </message>
    <message>
        <source>the programme file to create (in the language of --lang)</source>
        <translation>programfilen som skal lages (på språket i --lang)</translation>
    </message>
    <message>
        <source>the programme file</source>
        <translation>programfilen</translation>
    </message>
    <message>
        <source>erase a person&apos;s personal data from a programme file, its backups and exports</source>
        <translation>slett en persons personopplysninger fra en programfil, sikkerhetskopiene og eksportene</translation>
    </message>
    <message>
        <source>the person&apos;s name as in the register, or their id</source>
        <translation>personens navn slik det står i registeret, eller id-en</translation>
    </message>
    <message>
        <source>erase without asking first</source>
        <translation>slett uten å spørre først</translation>
    </message>
    <message>
        <source>The command failed: {reason}</source>
        <translation>Kommandoen mislyktes: {reason}</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Startår</translation>
    </message>
    <message>
        <source>Current phase</source>
        <translation>Gjeldende fase</translation>
    </message>
    <message>
        <source>Method catalogue</source>
        <translation>Metodekatalog</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Filformat</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshoper</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Firefeltstavler</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Lapper</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Forfalte tiltak</translation>
    </message>
    <message>
        <source>Workshops and their boards:</source>
        <translation>Verksteder og tavlene deres:</translation>
    </message>
    <message>
        <source>held</source>
        <translation>holdt</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planlagt</translation>
    </message>
    <message>
        <source>, frozen round</source>
        <translation>, frosset runde</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>i orden</translation>
    </message>
    <message>
        <source>NOT sound</source>
        <translation>IKKE i orden</translation>
    </message>
    <message>
        <source>Erase the personal data of {name} ({id}) everywhere? Type yes to erase: </source>
        <translation>Slette personopplysningene til {name} ({id}) overalt? Skriv ja for å slette: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Nothing was erased (add --yes to erase without asking).</source>
        <translation>Ingenting ble slettet (legg til --yes for å slette uten å spørre).</translation>
    </message>
    <message>
        <source>Erased the personal data of {name}; texts where it was replaced: {count}.</source>
        <translation>Personopplysningene til {name} er slettet; tekster der de ble erstattet: {count}.</translation>
    </message>
    <message>
        <source>Backup deleted (it held the person): {path}</source>
        <translation>Sikkerhetskopi slettet (den inneholdt personen): {path}</translation>
    </message>
    <message>
        <source>Unfinished export deleted: {path}</source>
        <translation>Uferdig eksport slettet: {path}</translation>
    </message>
    <message>
        <source>Exported file that may still name the person; delete it yourself: {path}</source>
        <translation>Eksportert fil som fortsatt kan nevne personen; slett den selv: {path}</translation>
    </message>
    <message>
        <source>Could not delete {path}: {reason}</source>
        <translation>Kunne ikke slette {path}: {reason}</translation>
    </message>
    <message>
        <source>The first name alone remains in {place}: {before}[{name}]{after}</source>
        <translation>Fornavnet alene står igjen i {place}: {before}[{name}]{after}</translation>
    </message>
    <message>
        <source>write a workshop&apos;s minutes, agenda or sign-in sheet or the programme report (PDF, DOCX), the action plan or participant register (XLSX, CSV) or everything (JSON)</source>
        <translation>skriv referat, agenda eller deltakerliste for en workshop eller programrapporten (PDF, DOCX), handlingsplanen eller deltakerregisteret (XLSX, CSV) eller alt (JSON)</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>filen som skal skrives</translation>
    </message>
    <message>
        <source>a document of this workshop (PDF or DOCX; see --document)</source>
        <translation>et dokument for denne workshopen (PDF eller DOCX; se --document)</translation>
    </message>
    <message>
        <source>the participant register (XLSX or CSV)</source>
        <translation>deltakerregisteret (XLSX eller CSV)</translation>
    </message>
    <message>
        <source>with --workshop: minutes, agenda (and invitation) or sign-in sheet (default: minutes)</source>
        <translation>med --workshop: referat, agenda (og invitasjon) eller deltakerliste (standard: referat)</translation>
    </message>
    <message>
        <source>pdf, docx, csv, xlsx or json (default: from the name of OUT, else pdf)</source>
        <translation>pdf, docx, csv, xlsx eller json (standard: etter navnet på OUT, ellers pdf)</translation>
    </message>
    <message>
        <source>CSV field separator (default: ; for fi and nb, , for en)</source>
        <translation>skilletegn i CSV (standard: ; for fi og nb, , for en)</translation>
    </message>
    <message>
        <source>include contact details (register, JSON); left out by default</source>
        <translation>ta med kontaktinformasjon (register, JSON); utelates som standard</translation>
    </message>
    <message>
        <source>paper size of PDF documents (default: A4)</source>
        <translation>papirstørrelse for PDF-dokumenter (standard: A4)</translation>
    </message>
    <message>
        <source>how documents, spreadsheets and JSON name people (for privacy)</source>
        <translation>hvordan dokumenter, regneark og JSON navngir personer (av personvernhensyn)</translation>
    </message>
    <message>
        <source>make a programme file from an exported programme (JSON)</source>
        <translation>lag en programfil fra et eksportert program (JSON)</translation>
    </message>
    <message>
        <source>the programme exported as JSON</source>
        <translation>programmet eksportert som JSON</translation>
    </message>
    <message>
        <source>the programme file to create</source>
        <translation>programfilen som skal lages</translation>
    </message>
    <message>
        <source>the programme report (PDF; the default)</source>
        <translation>programrapporten (PDF; standard)</translation>
    </message>
    <message>
        <source>let phones join a board over the local network, without a window</source>
        <translation>la telefoner bli med på en tavle over det lokale nettet, uten vindu</translation>
    </message>
    <message>
        <source>the board&apos;s title</source>
        <translation>tavlens tittel</translation>
    </message>
    <message>
        <source>the address to listen on (default: this computer&apos;s local network address)</source>
        <translation>adressen det lyttes på (standard: denne datamaskinens adresse på det lokale nettet)</translation>
    </message>
    <message>
        <source>the port (default: any free port)</source>
        <translation>porten (standard: en hvilken som helst ledig port)</translation>
    </message>
    <message>
        <source>let phones pick a name from the attendance</source>
        <translation>la telefonene velge et navn fra deltakerlisten</translation>
    </message>
    <message>
        <source>phones&apos; notes stay face down until revealed</source>
        <translation>telefonenes lapper ligger skjult til de vises</translation>
    </message>
    <message>
        <source>print the link without a QR code</source>
        <translation>skriv ut lenken uten QR-kode</translation>
    </message>
    <message>
        <source>There is no board called “{title}” in {file}.</source>
        <translation>Det finnes ingen tavle som heter «{title}» i {file}.</translation>
    </message>
    <message>
        <source>This computer is not on a local network, so phones cannot reach it. Turn on the hotspot of a phone, join it with this computer and the participants&apos; phones, and start the room again.</source>
        <translation>Denne datamaskinen er ikke på et lokalt nett, så telefonene kan ikke nå den. Slå på delt tilkobling på en telefon, koble denne datamaskinen og deltakernes telefoner til den, og start rommet på nytt.</translation>
    </message>
    <message>
        <source>bring into one programme what two copies of it did since they parted</source>
        <translation>samle i ett program det to kopier av det har gjort siden de ble skilt</translation>
    </message>
    <message>
        <source>your copy of the programme</source>
        <translation>din kopi av programmet</translation>
    </message>
    <message>
        <source>the other copy</source>
        <translation>den andre kopien</translation>
    </message>
    <message>
        <source>the copy to write the merge into, MINE (the default) or THEIRS</source>
        <translation>kopien sammenslåingen skrives til, MINE (standard) eller THEIRS</translation>
    </message>
    <message>
        <source>write the merge to a new file</source>
        <translation>skriv sammenslåingen til en ny fil</translation>
    </message>
    <message>
        <source>only show what the merge would do</source>
        <translation>bare vis hva sammenslåingen ville gjøre</translation>
    </message>
    <message>
        <source>copy a programme for a colleague&apos;s laptop, to merge back later</source>
        <translation>kopier et program til en kollegas bærbare, for å slå det sammen igjen senere</translation>
    </message>
    <message>
        <source>the programme file to copy</source>
        <translation>programfilen som skal kopieres</translation>
    </message>
    <message>
        <source>the new copy</source>
        <translation>den nye kopien</translation>
    </message>
    <message>
        <source>Merged {theirs} into {file}.</source>
        <translation>{theirs} er slått sammen inn i {file}.</translation>
    </message>
    <message>
        <source>Backup before the merge: {path}</source>
        <translation>Sikkerhetskopi før sammenslåingen: {path}</translation>
    </message>
</context>
<context>
    <name>ConsentDateDelegate</name>
    <message>
        <source>Not recorded</source>
        <translation>Ikke registrert</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Samtykkedato</translation>
    </message>
    <message>
        <source>Delete clears the date.</source>
        <translation>Delete tømmer datoen.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>The details are on the clipboard. Paste them into a message to your support.</source>
        <translation>Detaljene ligger på utklippstavlen. Lim dem inn i en melding til brukerstøtten.</translation>
    </message>
    <message>
        <source>Hide &amp;Details</source>
        <translation>Skjul &amp;detaljer</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>Vis &amp;detaljer</translation>
    </message>
    <message>
        <source>{app}: unexpected problem</source>
        <translation>{app}: uventet problem</translation>
    </message>
    <message>
        <source>Something went wrong, but your work is safe.</source>
        <translation>Noe gikk galt, men arbeidet ditt er trygt.</translation>
    </message>
    <message>
        <source>{app} ran into a problem it did not expect and carried on. Every change you made was saved to the programme file the moment you made it, so nothing is lost. If something on the screen looks wrong, close the programme and open it again.</source>
        <translation>{app} støtte på et uventet problem og fortsatte. Hver endring du gjorde, ble lagret i programfilen i det øyeblikket du gjorde den, så ingenting har gått tapt. Hvis noe på skjermen ser feil ut, lukker du programmet og åpner det på nytt.</translation>
    </message>
    <message>
        <source>This has happened {count} times since the dialog opened.</source>
        <translation>Dette har skjedd {count} ganger siden dialogboksen ble åpnet.</translation>
    </message>
    <message>
        <source>The details were written to the log file:</source>
        <translation>Detaljene ble skrevet til loggfilen:</translation>
    </message>
    <message>
        <source>No log file is being written. The details are below.</source>
        <translation>Det skrives ingen loggfil. Detaljene står nedenfor.</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Loggfil</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Feildetaljer</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Kopier detaljer</translation>
    </message>
    <message>
        <source>Copy the technical details, without personal data, to the clipboard</source>
        <translation>Kopier de tekniske detaljene, uten personopplysninger, til utklippstavlen</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Åpne &amp;loggmappen</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <source>{score} ({date})</source>
        <translation>{score} ({date})</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Ikke vurdert ennå</translation>
    </message>
    <message>
        <source>{date}: {score} of 5</source>
        <translation>{date}: {score} av 5</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Ratings so far</source>
        <translation>Vurderinger hittil</translation>
    </message>
    <message>
        <source>Latest comment</source>
        <translation>Siste kommentar</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>In the action plan</source>
        <translation>I handlingsplanen</translation>
    </message>
    <message>
        <source>An action with this wording is in the action plan.</source>
        <translation>Et tiltak med denne ordlyden finnes i handlingsplanen.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>Edit a decision</source>
        <translation>Rediger en beslutning</translation>
    </message>
    <message>
        <source>Add a decision</source>
        <translation>Legg til en beslutning</translation>
    </message>
    <message>
        <source>Delete a decision</source>
        <translation>Slett en beslutning</translation>
    </message>
    <message>
        <source>Make an action from a decision</source>
        <translation>Lag et tiltak av en beslutning</translation>
    </message>
    <message>
        <source>Move a decision</source>
        <translation>Flytt en beslutning</translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <source>The chosen decision is already in the action plan.</source>
        <translation>Den valgte beslutningen er allerede i handlingsplanen.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslutninger</translation>
    </message>
    <message>
        <source>No decisions recorded yet. Type the first one below.</source>
        <translation>Ingen beslutninger er ført inn ennå. Skriv inn den første nedenfor.</translation>
    </message>
    <message>
        <source>Make &amp;action</source>
        <translation>Lag &amp;tiltak</translation>
    </message>
    <message>
        <source>Put the chosen decision into the action plan as a new action</source>
        <translation>Før den valgte beslutningen inn i handlingsplanen som et nytt tiltak</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytt &amp;opp</translation>
    </message>
    <message>
        <source>Move the chosen decision up</source>
        <translation>Flytt den valgte beslutningen opp</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytt &amp;ned</translation>
    </message>
    <message>
        <source>Move the chosen decision down</source>
        <translation>Flytt den valgte beslutningen ned</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Delete the chosen decision</source>
        <translation>Slett den valgte beslutningen</translation>
    </message>
    <message>
        <source>New d&amp;ecision:</source>
        <translation>Ny &amp;beslutning:</translation>
    </message>
    <message>
        <source>What was decided, in one sentence</source>
        <translation>Hva som ble besluttet, i én setning</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Ny beslutning</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Add the decision at the end of the list (Enter)</source>
        <translation>Legg til beslutningen sist i listen (Enter)</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>Rename the workshop</source>
        <translation>Gi workshopen nytt navn</translation>
    </message>
    <message>
        <source>Change the workshop&apos;s phase</source>
        <translation>Endre fasen for workshopen</translation>
    </message>
    <message>
        <source>Change the workshop&apos;s date</source>
        <translation>Endre datoen for workshopen</translation>
    </message>
    <message>
        <source>Change the start time</source>
        <translation>Endre starttiden</translation>
    </message>
    <message>
        <source>Change the end time</source>
        <translation>Endre sluttiden</translation>
    </message>
    <message>
        <source>Change the place</source>
        <translation>Endre stedet</translation>
    </message>
    <message>
        <source>Change the facilitator</source>
        <translation>Endre prosessleder</translation>
    </message>
    <message>
        <source>Edit the purpose</source>
        <translation>Rediger formålet</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;ittel:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Starttid:</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <source>&amp;Ends at:</source>
        <translation>Slu&amp;ttid:</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Sluttid</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>St&amp;ed:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Fa&amp;cilitator:</source>
        <translation>&amp;Prosessleder:</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Prosessleder</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>F&amp;ormål:</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Ingen dato ennå</translation>
    </message>
    <message>
        <source>Remove the date</source>
        <translation>Fjern datoen</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ikke angitt</translation>
    </message>
    <message>
        <source>Remove the start time</source>
        <translation>Fjern starttiden</translation>
    </message>
    <message>
        <source>Remove the end time</source>
        <translation>Fjern sluttiden</translation>
    </message>
    <message>
        <source>Choose from the register or type a name</source>
        <translation>Velg fra registeret eller skriv inn et navn</translation>
    </message>
    <message>
        <source>Where the workshop is held</source>
        <translation>Hvor workshopen holdes</translation>
    </message>
    <message>
        <source>What the workshop is for and what it should produce</source>
        <translation>Hva workshopen skal brukes til, og hva den skal frembringe</translation>
    </message>
</context>
<context>
    <name>EraseConfirmation</name>
    <message>
        <source>Erase personal data</source>
        <translation>Slett personopplysninger</translation>
    </message>
    <message>
        <source>Erase the personal data of {name}?</source>
        <translation>Vil du slette personopplysningene til {name}?</translation>
    </message>
    <message>
        <source>Their name, organisation, role, contact and consent date are removed from the programme file everywhere.</source>
        <translation>Navn, organisasjon, rolle, kontaktinformasjon og samtykkedato fjernes overalt i programfilen.</translation>
    </message>
    <message>
        <source>Their notes, votes and attendance stay as anonymous contributions.</source>
        <translation>Lappene, stemmene og oppmøtet til personen blir stående som anonyme bidrag.</translation>
    </message>
    <message>
        <source>Every occurrence of their name or contact in texts (minutes, notes, decisions, actions) is replaced by “{mark}”.</source>
        <translation>Alle forekomster av navnet eller kontaktinformasjonen i tekster (referater, notater, beslutninger, tiltak) erstattes med «{mark}».</translation>
    </message>
    <message>
        <source>Backup copies of this programme that hold their data are deleted. Files exported earlier are listed afterwards for you to delete, and you decide about each text that has their first name alone.</source>
        <translation>Sikkerhetskopier av dette programmet som inneholder opplysningene deres, slettes. Filer som er eksportert tidligere, listes opp etterpå slik at du kan slette dem, og du bestemmer selv for hver tekst der bare fornavnet står.</translation>
    </message>
    <message>
        <source>This cannot be undone. The undo history is cleared too, so earlier edits cannot bring the data back.</source>
        <translation>Dette kan ikke angres. Angrehistorikken tømmes også, slik at tidligere endringer ikke kan hente opplysningene tilbake.</translation>
    </message>
    <message>
        <source>&amp;Erase personal data</source>
        <translation>&amp;Slett personopplysninger</translation>
    </message>
    <message>
        <source>Erase the personal data of {name}</source>
        <translation>Slett personopplysningene til {name}</translation>
    </message>
</context>
<context>
    <name>ErasureReport</name>
    <message>
        <source>Personal data erased</source>
        <translation>Personopplysninger slettet</translation>
    </message>
    <message>
        <source>The personal data of {name} was erased from the programme file.</source>
        <translation>Personopplysningene til {name} er slettet fra programfilen.</translation>
    </message>
    <message>
        <source>Texts in which the name or contact was replaced: {count}.</source>
        <translation>Tekster der navnet eller kontaktinformasjonen ble erstattet: {count}.</translation>
    </message>
    <message>
        <source>Backup copies that held the person were deleted:
{paths}</source>
        <translation>Sikkerhetskopier som inneholdt personen, ble slettet:
{paths}</translation>
    </message>
    <message>
        <source>No backup copy of this programme held the person.</source>
        <translation>Ingen sikkerhetskopi av dette programmet inneholdt personen.</translation>
    </message>
    <message>
        <source>Unfinished exports were deleted:
{paths}</source>
        <translation>Uferdige eksporter ble slettet:
{paths}</translation>
    </message>
    <message>
        <source>These files were exported from the programme earlier and may still name the person. Workshop App cannot change them; delete them (and any copies sent on):
{paths}</source>
        <translation>Disse filene ble eksportert fra programmet tidligere og kan fortsatt nevne personen. Workshop App kan ikke endre dem; slett dem (og eventuelle kopier som er sendt videre):
{paths}</translation>
    </message>
    <message>
        <source>No exported file of this programme is known to exist.</source>
        <translation>Det er ikke kjent at noen eksporterte filer fra dette programmet finnes.</translation>
    </message>
    <message>
        <source>Could not delete {path}: {reason}</source>
        <translation>Kunne ikke slette {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>Whole Programme as &amp;JSON…</source>
        <translation>Hele programmet som &amp;JSON…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>This programme has no workshops yet.</source>
        <translation>Programmet har ingen workshoper ennå.</translation>
    </message>
    <message>
        <source>Save the programme report as</source>
        <translation>Lagre programrapporten som</translation>
    </message>
    <message>
        <source>Writing the programme report…</source>
        <translation>Skriver programrapporten…</translation>
    </message>
    <message>
        <source>Save the action plan as</source>
        <translation>Lagre handlingsplanen som</translation>
    </message>
    <message>
        <source>Workshop &amp;Minutes, Agenda or Sign-in Sheet…</source>
        <translation>&amp;Referat, agenda eller deltakerliste for en workshop…</translation>
    </message>
    <message>
        <source>Programme &amp;Report…</source>
        <translation>Program&amp;rapport…</translation>
    </message>
    <message>
        <source>&amp;Action Plan as Spreadsheet…</source>
        <translation>&amp;Handlingsplan som regneark…</translation>
    </message>
    <message>
        <source>Participant Re&amp;gister as Spreadsheet…</source>
        <translation>Deltaker&amp;register som regneark…</translation>
    </message>
    <message>
        <source>&amp;Import a Programme from JSON…</source>
        <translation>&amp;Importer et program fra JSON…</translation>
    </message>
    <message>
        <source>Name people by:</source>
        <translation>Navngi personer med:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fullt navn</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <source>Organisation only</source>
        <translation>Bare organisasjon</translation>
    </message>
    <message>
        <source>PDF (for printing and filing)</source>
        <translation>PDF (for utskrift og arkivering)</translation>
    </message>
    <message>
        <source>Word document (editable)</source>
        <translation>Word-dokument (redigerbart)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-arbeidsbok</translation>
    </message>
    <message>
        <source>CSV (plain table)</source>
        <translation>CSV (enkel tabell)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>CSV separator:</source>
        <translation>Skilletegn i CSV:</translation>
    </message>
    <message>
        <source>As the document&apos;s language expects (; for Finnish and Norwegian)</source>
        <translation>Etter dokumentets språk (; for finsk og norsk)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Workshop document</source>
        <translation>Workshopdokument</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>&amp;Workshop:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>Agenda and invitation</source>
        <translation>Agenda og invitasjon</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Deltakerliste</translation>
    </message>
    <message>
        <source>Save the document as</source>
        <translation>Lagre dokumentet som</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translation>Skriver dokumentet…</translation>
    </message>
    <message>
        <source>Programme report</source>
        <translation>Programrapport</translation>
    </message>
    <message>
        <source>Add the method&apos;s &amp;glossary as an appendix</source>
        <translation>Legg ved metodens &amp;ordliste som vedlegg</translation>
    </message>
    <message>
        <source>Participant register</source>
        <translation>Deltakerregister</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>Include &amp;contact details</source>
        <translation>Ta med &amp;kontaktinformasjon</translation>
    </message>
    <message>
        <source>Save the participant register as</source>
        <translation>Lagre deltakerregisteret som</translation>
    </message>
    <message>
        <source>Writing the table…</source>
        <translation>Skriver tabellen…</translation>
    </message>
    <message>
        <source>Whole programme as JSON</source>
        <translation>Hele programmet som JSON</translation>
    </message>
    <message>
        <source>Save the programme as</source>
        <translation>Lagre programmet som</translation>
    </message>
    <message>
        <source>Writing the programme…</source>
        <translation>Skriver programmet…</translation>
    </message>
    <message>
        <source>Import a programme from JSON</source>
        <translation>Importer et program fra JSON</translation>
    </message>
    <message>
        <source>Save the new programme as</source>
        <translation>Lagre det nye programmet som</translation>
    </message>
    <message>
        <source>Making the programme file…</source>
        <translation>Lager programfilen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Lagret: {path}.</translation>
    </message>
    <message>
        <source>&amp;Open the document</source>
        <translation>&amp;Åpne dokumentet</translation>
    </message>
    <message>
        <source>{title} ({date})</source>
        <translation>{title} ({date})</translation>
    </message>
</context>
<context>
    <name>FirstNameReview</name>
    <message>
        <source>The first name alone</source>
        <translation>Fornavnet alene</translation>
    </message>
    <message>
        <source>The first name appears alone in these texts. It may be the erased person or someone else of the same name: decide for each one.</source>
        <translation>Fornavnet står alene i disse tekstene. Det kan være den slettede personen eller en annen med samme navn: bestem for hver av dem.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Erstatt</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behold</translation>
    </message>
    <message>
        <source>Text {number} of {total}</source>
        <translation>Tekst {number} av {total}</translation>
    </message>
    <message>
        <source>Replace “{word}” in this text</source>
        <translation>Erstatt «{word}» i denne teksten</translation>
    </message>
</context>
<context>
    <name>FirstStepsDialog</name>
    <message>
        <source>First steps</source>
        <translation>Første steg</translation>
    </message>
    <message>
        <source>Make a programme (File &gt; New programme) or try the demo from the start screen.</source>
        <translation>Lag et program (Fil &gt; Nytt program) eller prøv demoen fra startskjermen.</translation>
    </message>
    <message>
        <source>Open Workshops and add a workshop with its date, place and purpose.</source>
        <translation>Åpne Workshoper og legg til et verksted med dato, sted og formål.</translation>
    </message>
    <message>
        <source>On a phase page, add a suggested activity to the workshop&apos;s agenda; one that uses a quadrant board brings the board along.</source>
        <translation>På en faseside legger du en foreslått aktivitet til verkstedets agenda; en aktivitet som bruker en firefeltstavle, tar med seg tavlen.</translation>
    </message>
    <message>
        <source>On the workshop&apos;s Boards tab, open the board. Add notes with N, move them with the arrow keys.</source>
        <translation>Åpne tavlen fra verkstedets Tavler-fane. Legg til lapper med N og flytt dem med piltastene.</translation>
    </message>
    <message>
        <source>For the room: F5 opens the presentation window on the second screen, F6 participant mode; the Phones tab lets people write from their own phones.</source>
        <translation>For salen: F5 åpner presentasjonsvinduet på den andre skjermen, F6 deltakermodus; i Telefoner-fanen kan folk skrive fra sine egne telefoner.</translation>
    </message>
    <message>
        <source>Every change is saved at once and can be undone.</source>
        <translation>Alle endringer lagres med en gang og kan angres.</translation>
    </message>
</context>
<context>
    <name>GoalSheetButton</name>
    <message>
        <source>Goals and indicators…</source>
        <translation>Mål og indikatorer…</translation>
    </message>
    <message>
        <source>Open or start the goal-and-indicator sheet</source>
        <translation>Åpne eller start skjemaet for mål og indikatorer</translation>
    </message>
    <message>
        <source>A main goal, its sub-goals and their indicators, started from the method&apos;s sheet (DAMVAD).</source>
        <translation>Et hovedmål, delmålene og indikatorene deres, med metodens skjema (DAMVAD) som utgangspunkt.</translation>
    </message>
</context>
<context>
    <name>GoalSheetChooser</name>
    <message>
        <source>{sheet} – {workshop}</source>
        <translation>{sheet} – {workshop}</translation>
    </message>
    <message>
        <source>New sheet for “{workshop}”</source>
        <translation>Nytt skjema for «{workshop}»</translation>
    </message>
    <message>
        <source>Goals and indicators</source>
        <translation>Mål og indikatorer</translation>
    </message>
    <message>
        <source>A sheet belongs to a workshop: plan the indicator workshop first.</source>
        <translation>Et skjema hører til et verksted: planlegg indikatorverkstedet først.</translation>
    </message>
    <message>
        <source>Open a sheet, or start one from the method&apos;s sheet for a workshop:</source>
        <translation>Åpne et skjema, eller start et nytt for et verksted med metodens skjema som utgangspunkt:</translation>
    </message>
    <message>
        <source>Start a goal-and-indicator sheet</source>
        <translation>Start et skjema for mål og indikatorer</translation>
    </message>
</context>
<context>
    <name>GoalSheetWindow</name>
    <message>
        <source>Goals and indicators – {title}</source>
        <translation>Mål og indikatorer – {title}</translation>
    </message>
    <message>
        <source>The goal hierarchy: main goal, sub-goals and their indicators</source>
        <translation>Målstrukturen: hovedmål, delmål og indikatorene deres</translation>
    </message>
    <message>
        <source>F2 or typing edits a line; Alt+Up and Alt+Down move it; Delete removes a sub-goal with its indicators, or an indicator.</source>
        <translation>F2 eller skriving redigerer en linje; Alt+Up og Alt+Down flytter den; Delete sletter et delmål med indikatorene, eller en indikator.</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation>&amp;Ny:</translation>
    </message>
    <message>
        <source>A new sub-goal or indicator</source>
        <translation>Et nytt delmål eller en ny indikator</translation>
    </message>
    <message>
        <source>Text of the new sub-goal or indicator</source>
        <translation>Teksten på det nye delmålet eller den nye indikatoren</translation>
    </message>
    <message>
        <source>Add &amp;indicator</source>
        <translation>Legg til &amp;indikator</translation>
    </message>
    <message>
        <source>Add an indicator to the chosen sub-goal</source>
        <translation>Legg til en indikator for det valgte delmålet</translation>
    </message>
    <message>
        <source>Add &amp;sub-goal</source>
        <translation>Legg til &amp;delmål</translation>
    </message>
    <message>
        <source>Move &amp;up (Alt+Up)</source>
        <translation>Flytt &amp;opp (Alt+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn (Alt+Down)</source>
        <translation>Flytt &amp;ned (Alt+Down)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Delete the chosen sub-goal or indicator</source>
        <translation>Slett det valgte delmålet eller den valgte indikatoren</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <source>Keep the chain logical: each sub-goal serves the main goal, and two or three indicators show progress towards each sub-goal. Enter in the field adds an indicator to the chosen sub-goal.</source>
        <translation>Hold kjeden logisk: hvert delmål tjener hovedmålet, og to eller tre indikatorer viser framgangen mot hvert delmål. Enter i feltet legger til en indikator for det valgte delmålet.</translation>
    </message>
    <message>
        <source>Main goal</source>
        <translation>Hovedmål</translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>{level}: {text}</source>
        <translation>{level}: {text}</translation>
    </message>
    <message>
        <source>Edit “{text}”</source>
        <translation>Rediger «{text}»</translation>
    </message>
    <message>
        <source>Type the new sub-goal first.</source>
        <translation>Skriv inn det nye delmålet først.</translation>
    </message>
    <message>
        <source>Choose the sub-goal the indicator shows progress towards.</source>
        <translation>Velg delmålet som indikatoren viser framgangen mot.</translation>
    </message>
    <message>
        <source>Add “{text}”</source>
        <translation>Legg til «{text}»</translation>
    </message>
    <message>
        <source>Delete “{text}”</source>
        <translation>Slett «{text}»</translation>
    </message>
    <message>
        <source>Move “{text}”</source>
        <translation>Flytt «{text}»</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>application id of Workshop App</source>
        <translation>applikasjons-ID for Workshop App</translation>
    </message>
    <message>
        <source>file format {found} is newer than this app reads ({head})</source>
        <translation>filformat {found} er nyere enn det denne appen kan lese ({head})</translation>
    </message>
    <message>
        <source>the file could not be copied to be checked: {reason}</source>
        <translation>filen kunne ikke kopieres for kontroll: {reason}</translation>
    </message>
    <message>
        <source>SQLite integrity check</source>
        <translation>SQLite-integritetskontroll</translation>
    </message>
    <message>
        <source>SQLite integrity check: {problems}</source>
        <translation>SQLite-integritetskontroll: {problems}</translation>
    </message>
    <message>
        <source>{count} references point to missing records</source>
        <translation>{count} referanser peker til poster som mangler</translation>
    </message>
    <message>
        <source>references between records</source>
        <translation>referanser mellom poster</translation>
    </message>
    <message>
        <source>triggers or views the app does not make: {names}</source>
        <translation>triggere eller visninger som appen ikke lager: {names}</translation>
    </message>
    <message>
        <source>file format {found} (newest: {head})</source>
        <translation>filformat {found} (nyeste: {head})</translation>
    </message>
    <message>
        <source>schema revision does not match the file format</source>
        <translation>skjemarevisjonen samsvarer ikke med filformatet</translation>
    </message>
    <message>
        <source>one programme</source>
        <translation>ett program</translation>
    </message>
    <message>
        <source>{count} programmes instead of one</source>
        <translation>{count} programmer i stedet for ett</translation>
    </message>
    <message>
        <source>{count} values in {table}.{column} cannot be read by the app (expected: {expected})</source>
        <translation>{count} verdier i {table}.{column} kan ikke leses av appen (forventet: {expected})</translation>
    </message>
    <message>
        <source>every record readable by the app</source>
        <translation>alle poster kan leses av appen</translation>
    </message>
    <message>
        <source>the stored method catalogue {version} cannot be read; the app shows its own catalogue instead</source>
        <translation>den lagrede metodekatalogen {version} kan ikke leses; appen viser sin egen katalog i stedet</translation>
    </message>
    <message>
        <source>stored method catalogue</source>
        <translation>lagret metodekatalog</translation>
    </message>
    <message>
        <source>the app opens the file</source>
        <translation>appen åpner filen</translation>
    </message>
    <message>
        <source>the app finds the file damaged when opening it</source>
        <translation>appen finner filen skadet når den åpnes</translation>
    </message>
    <message>
        <source>SQLite cannot read the file: {reason}</source>
        <translation>SQLite kan ikke lese filen: {reason}</translation>
    </message>
</context>
<context>
    <name>HelpPages</name>
    <message>
        <source>&amp;First steps</source>
        <translation>&amp;Første steg</translation>
    </message>
    <message>
        <source>Keyboard &amp;shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Ordliste</translation>
    </message>
</context>
<context>
    <name>HybridDialog</name>
    <message>
        <source>Which models does your hybrid combine?</source>
        <translation>Hvilke modeller kombinerer hybriden deres?</translation>
    </message>
    <message>
        <source>{content} Likely quadrant: {corner}.</source>
        <translation>{content} Sannsynlig felt: {corner}.</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Vedtak:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Begrunnelse:</translation>
    </message>
    <message>
        <source>Why this hybrid</source>
        <translation>Hvorfor denne hybriden</translation>
    </message>
    <message>
        <source>Record the hybrid model</source>
        <translation>Før opp hybridmodellen</translation>
    </message>
    <message>
        <source>Hybrid model: {models}</source>
        <translation>Hybridmodell: {models}</translation>
    </message>
</context>
<context>
    <name>HybridsPanel</name>
    <message>
        <source>The board&apos;s corners are extremes. The method&apos;s result is a hybrid of the models A–D; each model&apos;s quadrant is where the method&apos;s authors would place it.</source>
        <translation>Hjørnene på tavlen er ytterpunkter. Metodens resultat er en hybrid av modellene A–D; feltet til hver modell er der metodens forfattere ville plassert den.</translation>
    </message>
    <message>
        <source>Hybrid models A–D</source>
        <translation>Hybridmodeller A–D</translation>
    </message>
    <message>
        <source>Recorded in this workshop</source>
        <translation>Ført opp i dette verkstedet</translation>
    </message>
    <message>
        <source>&amp;Record a hybrid…</source>
        <translation>&amp;Før opp en hybrid…</translation>
    </message>
    <message>
        <source>Record the hybrid the group chose or composed, as a decision of the workshop</source>
        <translation>Før opp hybriden gruppen valgte eller satte sammen, som et vedtak i verkstedet</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>Øverst til venstre</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>Øverst til høyre</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Nederst til venstre</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Nederst til høyre</translation>
    </message>
    <message>
        <source>Likely quadrant: {corner}, {title}</source>
        <translation>Sannsynlig felt: {corner}, {title}</translation>
    </message>
    <message>
        <source>Likely quadrant: {corner}</source>
        <translation>Sannsynlig felt: {corner}</translation>
    </message>
    <message>
        <source>No hybrid recorded yet.</source>
        <translation>Ingen hybrid er ført opp ennå.</translation>
    </message>
    <message>
        <source>{models}: {decision}</source>
        <translation>{models}: {decision}</translation>
    </message>
    <message>
        <source>{hybrid}
Why: {reason}</source>
        <translation>{hybrid}
Begrunnelse: {reason}</translation>
    </message>
</context>
<context>
    <name>LifecycleChooser</name>
    <message>
        <source>{title} ({date}, phase {phase})</source>
        <translation>{title} ({date}, fase {phase})</translation>
    </message>
    <message>
        <source>Lifecycle diagnosis</source>
        <translation>Livsløpsdiagnose</translation>
    </message>
    <message>
        <source>The workshop where the group marks where it is now:</source>
        <translation>Workshopen der gruppen markerer hvor den er nå:</translation>
    </message>
</context>
<context>
    <name>LifecycleCurve</name>
    <message>
        <source>Earlier diagnoses not listed here: {count}</source>
        <translation>Tidligere diagnoser som ikke er listet her: {count}</translation>
    </message>
    <message>
        <source>The group (numbered by date)</source>
        <translation>Gruppen (nummerert etter dato)</translation>
    </message>
    <message>
        <source>A participant</source>
        <translation>En deltaker</translation>
    </message>
    <message>
        <source>{date} – the group: {stage}; marks by participants: {count}</source>
        <translation>{date} – gruppen: {stage}; markeringer fra deltakere: {count}</translation>
    </message>
    <message>
        <source>{date} – the group: {stage}</source>
        <translation>{date} – gruppen: {stage}</translation>
    </message>
    <message>
        <source>{date} – marks by participants: {count}; none by the group</source>
        <translation>{date} – markeringer fra deltakere: {count}; ingen fra gruppen</translation>
    </message>
    <message>
        <source>No diagnosis on this curve yet.</source>
        <translation>Ingen diagnose på denne kurven ennå.</translation>
    </message>
    <message>
        <source>Latest diagnosis: {text}</source>
        <translation>Siste diagnose: {text}</translation>
    </message>
    <message>
        <source>Lifecycle curve: {title}</source>
        <translation>Livsløpskurve: {title}</translation>
    </message>
    <message>
        <source>{latest} Left and Right choose a stage, Enter or Space marks it. Focused stage: {stage}.</source>
        <translation>{latest} Venstre og høyre piltast velger en fase, Enter eller mellomrom markerer den. Valgt fase: {stage}.</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>{who}, {date}: {stage}</source>
        <translation>{who}, {date}: {stage}</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tid</translation>
    </message>
</context>
<context>
    <name>LifecycleSummary</name>
    <message>
        <source>Cur&amp;ve:</source>
        <translation>Kur&amp;ve:</translation>
    </message>
    <message>
        <source>Lifecycle curve shown</source>
        <translation>Livsløpskurven som vises</translation>
    </message>
    <message>
        <source>D&amp;iagnose in a workshop…</source>
        <translation>Diagnost&amp;iser i en workshop…</translation>
    </message>
    <message>
        <source>Open the lifecycle diagnosis of a workshop and mark where you are now</source>
        <translation>Åpne livsløpsdiagnosen for en workshop og marker hvor dere er nå</translation>
    </message>
</context>
<context>
    <name>LifecycleWindow</name>
    <message>
        <source>Lifecycle diagnosis – {workshop}</source>
        <translation>Livsløpsdiagnose – {workshop}</translation>
    </message>
    <message>
        <source>&amp;Curve:</source>
        <translation>&amp;Kurve:</translation>
    </message>
    <message>
        <source>Marked &amp;by:</source>
        <translation>Markert &amp;av:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>K&amp;ommentar:</translation>
    </message>
    <message>
        <source>Why here? (optional)</source>
        <translation>Hvorfor her? (valgfritt)</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>&amp;Stages (keyboard: choose, then Enter):</source>
        <translation>&amp;Faser (tastatur: velg, trykk så Enter):</translation>
    </message>
    <message>
        <source>Stages of the lifecycle</source>
        <translation>Fasene i livsløpet</translation>
    </message>
    <message>
        <source>&amp;Mark “where we are now”</source>
        <translation>&amp;Marker «hvor vi er nå»</translation>
    </message>
    <message>
        <source>Marks made in this &amp;workshop:</source>
        <translation>Markeringer i denne &amp;workshopen:</translation>
    </message>
    <message>
        <source>Lifecycle marks made in this workshop</source>
        <translation>Livsløpsmarkeringer i denne workshopen</translation>
    </message>
    <message>
        <source>&amp;Remove the selected mark</source>
        <translation>Fje&amp;rn den valgte markeringen</translation>
    </message>
    <message>
        <source>Click the curve where the group, or the person chosen above, thinks the collaboration is today. The curve shows the programme&apos;s path: older diagnoses are fainter, the latest is circled. Undo (Ctrl+Z) takes a mark back.</source>
        <translation>Klikk på kurven der gruppen, eller personen som er valgt over, mener samarbeidet er i dag. Kurven viser programmets vei: eldre diagnoser er blekere, den siste har en ring rundt. Angre (Ctrl+Z) tar en markering tilbake.</translation>
    </message>
    <message>
        <source>{date} – {who}: {stage}</source>
        <translation>{date} – {who}: {stage}</translation>
    </message>
    <message>
        <source>A participant</source>
        <translation>En deltaker</translation>
    </message>
    <message>
        <source>Mark the lifecycle at “{stage}”</source>
        <translation>Marker livsløpet ved «{stage}»</translation>
    </message>
    <message>
        <source>Remove a lifecycle mark</source>
        <translation>Fjern en livsløpsmarkering</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the programme</source>
        <translation>Åpner programmet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Åpne &amp;nylig brukt</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <source>&amp;New Programme…</source>
        <translation>Nytt &amp;program…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åpne…</translation>
    </message>
    <message>
        <source>Open From &amp;Server…</source>
        <translation>Åpne fra &amp;server…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Programme</source>
        <translation>Åpne &amp;demoprogrammet</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;About Workshop App</source>
        <translation>&amp;Om Workshop App</translation>
    </message>
    <message>
        <source>The &amp;Method</source>
        <translation>&amp;Metoden</translation>
    </message>
    <message>
        <source>&amp;Impact Canvases…</source>
        <translation>&amp;Effektrammeverk…</translation>
    </message>
    <message>
        <source>&amp;Lifecycle Diagnosis…</source>
        <translation>&amp;Livsløpsdiagnose…</translation>
    </message>
    <message>
        <source>Record a &amp;Hybrid Model…</source>
        <translation>Før opp en &amp;hybridmodell…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Åpner {name}…</translation>
    </message>
    <message>
        <source>{name} — {location} (read-only)</source>
        <translation>{name} — {location} (skrivebeskyttet)</translation>
    </message>
    <message>
        <source>{name} — {location}</source>
        <translation>{name} — {location}</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (skrivebeskyttet)</translation>
    </message>
    <message>
        <source>{title}
{done} of {total} tasks done</source>
        <translation>{title}
{done} av {total} oppgaver ferdige</translation>
    </message>
    <message>
        <source>Read-only: your user on the server may read this programme but not change it.</source>
        <translation>Skrivebeskyttet: brukeren din på serveren kan lese dette programmet, men ikke endre det.</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved to this file.</source>
        <translation>Skrivebeskyttet: endringer kan ikke lagres i denne filen.</translation>
    </message>
    <message>
        <source>Every change is saved on the server {location} as you make it.</source>
        <translation>Hver endring lagres på serveren {location} med en gang du gjør den.</translation>
    </message>
    <message>
        <source>Every change is saved to {path} as you make it.</source>
        <translation>Alle endringer lagres i {path} med en gang du gjør dem.</translation>
    </message>
    <message>
        <source>No recent programmes</source>
        <translation>Ingen nylig brukte programmer</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>Programme details</source>
        <translation>Programdetaljer</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Faser</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Oppgaver</translation>
    </message>
    <message>
        <source>Criterion ratings</source>
        <translation>Kriterievurderinger</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Verksteder</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Agendapunkter</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslutninger</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Tavler</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Lapper</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemmer</translation>
    </message>
    <message>
        <source>Pros and cons</source>
        <translation>Fordeler og ulemper</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Impact canvases</source>
        <translation>Effektrammeverk</translation>
    </message>
    <message>
        <source>Canvas cards</source>
        <translation>Kort i rammeverk</translation>
    </message>
    <message>
        <source>Canvas links</source>
        <translation>Koblinger i rammeverk</translation>
    </message>
    <message>
        <source>Lifecycle marks</source>
        <translation>Livsløpsmarkeringer</translation>
    </message>
    <message>
        <source>Hybrid models chosen</source>
        <translation>Valgte hybridmodeller</translation>
    </message>
    <message>
        <source>Changed in both copies. Kept the later change: {kept}. The other value, kept for you: {other}.</source>
        <translation>Endret i begge kopiene. Den seneste endringen er beholdt: {kept}. Den andre verdien er tatt vare på for deg: {other}.</translation>
    </message>
    <message>
        <source>Deleted in this copy but changed in the other one: it is brought back.</source>
        <translation>Slettet i denne kopien, men endret i den andre: den hentes tilbake.</translation>
    </message>
    <message>
        <source>Deleted in the other copy but changed in this one: it is kept.</source>
        <translation>Slettet i den andre kopien, men endret i denne: den beholdes.</translation>
    </message>
    <message>
        <source>Deleted in the other copy, but kept because something added or changed belongs to it.</source>
        <translation>Slettet i den andre kopien, men beholdt fordi noe som er lagt til eller endret hører til den.</translation>
    </message>
    <message>
        <source>Made in both copies: one of them now stands for both.</source>
        <translation>Laget i begge kopiene: den ene står nå for begge.</translation>
    </message>
    <message>
        <source>On a frozen round in this copy: the other copy&apos;s change is not taken.</source>
        <translation>På en frosset runde i denne kopien: endringen fra den andre kopien tas ikke inn.</translation>
    </message>
    <message>
        <source>On a round frozen in the other copy: it stays as it was frozen, and this copy&apos;s change is undone.</source>
        <translation>På en runde som er fryst i den andre kopien: den blir stående slik den ble fryst, og endringen i denne kopien blir angret.</translation>
    </message>
    <message>
        <source>The person was erased in one copy: the erasure wins.</source>
        <translation>Personen er slettet i en av kopiene: slettingen gjelder.</translation>
    </message>
    <message>
        <source>{kind} {label}, {field}</source>
        <translation>{kind} {label}, {field}</translation>
    </message>
    <message>
        <source>{kind} {label}</source>
        <translation>{kind} {label}</translation>
    </message>
    <message>
        <source>These copies have no common ancestor (one was not made with “Copy for a Colleague” or workshop-app copy), so every record was compared.</source>
        <translation>Disse kopiene har ikke noe felles opphav (den ene ble ikke laget med «Kopi til en kollega» eller workshop-app copy), så alle poster ble sammenlignet.</translation>
    </message>
    <message>
        <source>{kind}: {new} new, {changed} changed, {removed} deleted</source>
        <translation>{kind}: {new} nye, {changed} endret, {removed} slettet</translation>
    </message>
    <message>
        <source>Nothing to bring in: this copy already has everything the other one has.</source>
        <translation>Ingenting å hente inn: denne kopien har allerede alt den andre har.</translation>
    </message>
    <message>
        <source>Conflicts: {count}</source>
        <translation>Konflikter: {count}</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Oppgave</translation>
    </message>
    <message>
        <source>Criterion rating</source>
        <translation>Kriterievurdering</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agendapunkt</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tavle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Lapp</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Stemme</translation>
    </message>
    <message>
        <source>Pro or con</source>
        <translation>For eller mot</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Impact canvas</source>
        <translation>Effektbasert rammeverk</translation>
    </message>
    <message>
        <source>Canvas card</source>
        <translation>Lerretskort</translation>
    </message>
    <message>
        <source>Canvas link</source>
        <translation>Lerretskobling</translation>
    </message>
    <message>
        <source>Lifecycle mark</source>
        <translation>Livsløpsmerke</translation>
    </message>
    <message>
        <source>Hybrid model chosen</source>
        <translation>Valgt hybridmodell</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partnere</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farge</translation>
    </message>
    <message>
        <source>Place across the board</source>
        <translation>Plass bortover tavla</translation>
    </message>
    <message>
        <source>Place up the board</source>
        <translation>Plass oppover tavla</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Sluttid</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Prosessleder</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Planlagt (min)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>Hele posten</translation>
    </message>
</context>
<context>
    <name>MergeConflictsDialog</name>
    <message>
        <source>Merge Conflicts</source>
        <translation>Konflikter fra sammenslåing</translation>
    </message>
    <message>
        <source>Where both copies changed the same field, the merge kept the later change and saved the other value here. Choose a row, then keep the other value instead, or accept the value kept.</source>
        <translation>Der begge kopiene endret det samme feltet, beholdt sammenslåingen den seneste endringen og lagret den andre verdien her. Velg en rad, og bruk heller den andre verdien, eller godta verdien som ble beholdt.</translation>
    </message>
    <message>
        <source>No conflicts are open: every merge conflict has been decided.</source>
        <translation>Ingen konflikter er åpne: alle konflikter fra sammenslåing er avgjort.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Beholdt verdi</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Annen verdi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>&amp;Keep the Other Value</source>
        <translation>&amp;Bruk den andre verdien</translation>
    </message>
    <message>
        <source>&amp;Accept the Value Kept</source>
        <translation>&amp;Godta beholdt verdi</translation>
    </message>
    <message>
        <source>Copy {copy}, merged {when}</source>
        <translation>Kopi {copy}, slått sammen {when}</translation>
    </message>
    <message>
        <source>Keep the other value of {field}</source>
        <translation>Bruk den andre verdien for {field}</translation>
    </message>
    <message>
        <source>Accept the merged value of {field}</source>
        <translation>Godta den sammenslåtte verdien for {field}</translation>
    </message>
</context>
<context>
    <name>MergeMenu</name>
    <message>
        <source>&amp;Merge Another Copy…</source>
        <translation>&amp;Slå sammen med en annen kopi…</translation>
    </message>
    <message>
        <source>Merge Con&amp;flicts…</source>
        <translation>Kon&amp;flikter fra sammenslåing…</translation>
    </message>
    <message>
        <source>Cop&amp;y for a Colleague…</source>
        <translation>&amp;Kopi til en kollega…</translation>
    </message>
    <message>
        <source>Merge another copy of this programme</source>
        <translation>Slå sammen med en annen kopi av dette programmet</translation>
    </message>
    <message>
        <source>Merged: {new} new, {changed} changed, {removed} deleted, {conflicts} conflicts.
Backup before the merge: {path}</source>
        <translation>Slått sammen: {new} nye, {changed} endret, {removed} slettet, {conflicts} konflikter.
Sikkerhetskopi før sammenslåingen: {path}</translation>
    </message>
    <message>
        <source>Merged: {new} new, {changed} changed, {removed} deleted, {conflicts} conflicts.</source>
        <translation>Slått sammen: {new} nye, {changed} endret, {removed} slettet, {conflicts} konflikter.</translation>
    </message>
    <message>
        <source>{name} (copy).workshop</source>
        <translation>{name} (kopi).workshop</translation>
    </message>
    <message>
        <source>Save a copy for a colleague</source>
        <translation>Lagre en kopi til en kollega</translation>
    </message>
    <message>
        <source>Saved a copy for a colleague: {path}. Merge it back later with File › Merge Another Copy…</source>
        <translation>Kopi til en kollega er lagret: {path}. Slå den sammen igjen senere med Fil › Slå sammen med en annen kopi…</translation>
    </message>
</context>
<context>
    <name>MergePreview</name>
    <message>
        <source>Merge Another Copy</source>
        <translation>Slå sammen med en annen kopi</translation>
    </message>
    <message>
        <source>Merging {file} into this programme:</source>
        <translation>Slår sammen {file} inn i dette programmet:</translation>
    </message>
    <message>
        <source>These copies have no common ancestor (one was not made with “Copy for a Colleague”), so every record is compared.</source>
        <translation>Disse kopiene har ikke noe felles opphav (den ene ble ikke laget med «Kopi til en kollega»), så alle poster sammenlignes.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>This copy</source>
        <translation>Denne kopien</translation>
    </message>
    <message>
        <source>Other copy</source>
        <translation>Den andre kopien</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Slå sammen</translation>
    </message>
    <message>
        <source>Comes in (new)</source>
        <translation>Kommer inn (nye)</translation>
    </message>
    <message>
        <source>Changed in the other copy</source>
        <translation>Endret i den andre kopien</translation>
    </message>
    <message>
        <source>Deleted in the other copy</source>
        <translation>Slettet i den andre kopien</translation>
    </message>
    <message>
        <source>{title}: {count}</source>
        <translation>{title}: {count}</translation>
    </message>
    <message>
        <source>{kind}: {count}</source>
        <translation>{kind}: {count}</translation>
    </message>
    <message>
        <source>Conflicts: {count}</source>
        <translation>Konflikter: {count}</translation>
    </message>
    <message>
        <source>Nothing to bring in: this copy already has everything the other one has.</source>
        <translation>Ingenting å hente inn: denne kopien har allerede alt den andre har.</translation>
    </message>
</context>
<context>
    <name>MethodHelpDialog</name>
    <message>
        <source>The method</source>
        <translation>Metoden</translation>
    </message>
    <message>
        <source>&amp;Search the phases, tools and glossary:</source>
        <translation>&amp;Søk i fasene, verktøyene og ordlisten:</translation>
    </message>
    <message>
        <source>A word, for example “hybrid”</source>
        <translation>Et ord, for eksempel «hybrid»</translation>
    </message>
    <message>
        <source>Search the method</source>
        <translation>Søk i metoden</translation>
    </message>
    <message>
        <source>&amp;Phases</source>
        <translation>&amp;Faser</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Verktøy</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Ordliste</translation>
    </message>
    <message>
        <source>Phases of the method</source>
        <translation>Metodens faser</translation>
    </message>
    <message>
        <source>The chosen phase</source>
        <translation>Den valgte fasen</translation>
    </message>
    <message>
        <source>Tools of the method</source>
        <translation>Metodens verktøy</translation>
    </message>
    <message>
        <source>The chosen tool</source>
        <translation>Det valgte verktøyet</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Ordliste</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; ({minutes} min)&lt;br&gt;{description}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; ({minutes} min)&lt;br&gt;{description}</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Oppgaver</translation>
    </message>
    <message>
        <source>Expected results</source>
        <translation>Forventede resultater</translation>
    </message>
    <message>
        <source>Suggested activities</source>
        <translation>Foreslåtte aktiviteter</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>Suksesskriterier</translation>
    </message>
    <message>
        <source>Fill the columns from left to right: start from the impacts wanted and work back to the resources. The lists are starting picks from the method; edit them freely.</source>
        <translation>Fyll ut kolonnene fra venstre mot høyre: start med effektene dere ønsker, og arbeid dere bakover til ressursene. Listene er utgangspunkt fra metoden; rediger dem fritt.</translation>
    </message>
    <message>
        <source>Impact canvas</source>
        <translation>Effektbasert rammeverk</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{content}&lt;br&gt;&lt;i&gt;Likely quadrant: {corner}&lt;/i&gt;</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{content}&lt;br&gt;&lt;i&gt;Sannsynlig felt: {corner}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The four scenarios of the VALUMA board are extremes; a real model combines them. Record which models your hybrid combines, and why, as a decision.</source>
        <translation>De fire scenarioene i VALUMA-modellen er ytterpunkter; en virkelig modell kombinerer dem. Før opp som et vedtak hvilke modeller hybriden deres kombinerer, og hvorfor.</translation>
    </message>
    <message>
        <source>Hybrid models A–D</source>
        <translation>Hybridmodeller A–D</translation>
    </message>
    <message>
        <source>Network lifecycle</source>
        <translation>Nettverkets livsløp</translation>
    </message>
    <message>
        <source>Discussion prompts</source>
        <translation>Spørsmål til drøfting</translation>
    </message>
    <message>
        <source>Workshop series</source>
        <translation>Workshopserier</translation>
    </message>
    <message>
        <source>Goals and indicators</source>
        <translation>Mål og indikatorer</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Begrep</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definisjon</translation>
    </message>
</context>
<context>
    <name>MethodToolsDialogs</name>
    <message>
        <source>Which workshop?</source>
        <translation>Hvilken workshop?</translation>
    </message>
    <message>
        <source>The workshop where the group uses the tool:</source>
        <translation>Workshopen der gruppen bruker verktøyet:</translation>
    </message>
</context>
<context>
    <name>MinutesApprovalPanel</name>
    <message>
        <source>Approval of the minutes</source>
        <translation>Godkjenning av referatet</translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translation>&amp;Møteleder:</translation>
    </message>
    <message>
        <source>&amp;Minute-taker:</source>
        <translation>&amp;Referent:</translation>
    </message>
    <message>
        <source>Chec&amp;ked by:</source>
        <translation>&amp;Kontrollert av:</translation>
    </message>
    <message>
        <source>&amp;Next meeting:</source>
        <translation>&amp;Neste møte:</translation>
    </message>
    <message>
        <source>Approved &amp;on:</source>
        <translation>&amp;Godkjent:</translation>
    </message>
    <message>
        <source>D&amp;istribution:</source>
        <translation>D&amp;istribusjon:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ikke satt</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Fjern datoen</translation>
    </message>
    <message>
        <source>A&amp;pprove the minutes</source>
        <translation>G&amp;odkjenn referatet</translation>
    </message>
    <message>
        <source>Keep the minutes as they are now: later edits to people and actions do not change them</source>
        <translation>Behold referatet slik det er nå: senere endringer av personer og tiltak endrer det ikke</translation>
    </message>
    <message>
        <source>&amp;Reopen the minutes</source>
        <translation>&amp;Åpne referatet igjen</translation>
    </message>
    <message>
        <source>Make approved minutes a draft again; the minutes will say so</source>
        <translation>Gjør det godkjente referatet til et utkast igjen; referatet sier fra om det</translation>
    </message>
    <message>
        <source>Approved on {date}. The minutes are a record: later edits do not change them.</source>
        <translation>Godkjent {date}. Referatet er en protokoll: senere endringer endrer det ikke.</translation>
    </message>
    <message>
        <source>Draft, reopened after approval. The minutes say so.</source>
        <translation>Utkast, åpnet igjen etter godkjenning. Referatet sier fra om det.</translation>
    </message>
    <message>
        <source>Draft: the minutes are marked as a draft until they are approved.</source>
        <translation>Utkast: referatet er merket som utkast til det er godkjent.</translation>
    </message>
    <message>
        <source>Edit the approval of the minutes</source>
        <translation>Endre godkjenningen av referatet</translation>
    </message>
    <message>
        <source>Approve the minutes</source>
        <translation>Godkjenn referatet</translation>
    </message>
    <message>
        <source>Reopen the minutes</source>
        <translation>Åpne referatet igjen</translation>
    </message>
</context>
<context>
    <name>MinutesDelegate</name>
    <message>
        <source>Planned minutes</source>
        <translation>Planlagt (min)</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Referat</translation>
    </message>
    <message>
        <source>Choose an agenda item to write its minutes.</source>
        <translation>Velg et agendapunkt for å skrive referat for det.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>What was said and agreed under this item.</source>
        <translation>Hva som ble sagt og avtalt under dette punktet.</translation>
    </message>
    <message>
        <source>Minutes of {item}</source>
        <translation>Referat for {item}</translation>
    </message>
    <message>
        <source>The minutes are saved a moment after you stop typing.</source>
        <translation>Referatet lagres et øyeblikk etter at du slutter å skrive.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshoper</translation>
    </message>
    <message>
        <source>Participants and stakeholders</source>
        <translation>Deltakere og interessenter</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
</context>
<context>
    <name>NewBoardDialog</name>
    <message>
        <source>New board</source>
        <translation>Ny tavle</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>&amp;Axes:</source>
        <translation>&amp;Akser:</translation>
    </message>
    <message>
        <source>&amp;Horizontal axis:</source>
        <translation>&amp;Vannrett akse:</translation>
    </message>
    <message>
        <source>&amp;Left end:</source>
        <translation>V&amp;enstre ende:</translation>
    </message>
    <message>
        <source>&amp;Right end:</source>
        <translation>&amp;Høyre ende:</translation>
    </message>
    <message>
        <source>&amp;Vertical axis:</source>
        <translation>L&amp;oddrett akse:</translation>
    </message>
    <message>
        <source>&amp;Bottom end:</source>
        <translation>&amp;Nedre ende:</translation>
    </message>
    <message>
        <source>To&amp;p end:</source>
        <translation>&amp;Øvre ende:</translation>
    </message>
    <message>
        <source>Own axes</source>
        <translation>Egne akser</translation>
    </message>
    <message>
        <source>Name the two axes and their ends; the quadrant titles can wait.</source>
        <translation>Gi navn til de to aksene og endene deres; titlene på feltene kan vente.</translation>
    </message>
</context>
<context>
    <name>NewProgrammeDialog</name>
    <message>
        <source>New programme</source>
        <translation>Nytt program</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <source>&amp;Name (required):</source>
        <translation>&amp;Navn (påkrevd):</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Language of the method texts:</source>
        <translation>S&amp;pråk for metodetekstene:</translation>
    </message>
    <message>
        <source>&amp;Start year:</source>
        <translation>&amp;Startår:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>&amp;File (required):</source>
        <translation>&amp;Fil (påkrevd):</translation>
    </message>
    <message>
        <source>The programme needs a name.</source>
        <translation>Programmet trenger et navn.</translation>
    </message>
    <message>
        <source>Choose where the programme file is saved.</source>
        <translation>Velg hvor programfilen skal lagres.</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>Oppr&amp;ett</translation>
    </message>
    <message>
        <source>Programme name</source>
        <translation>Programnavn</translation>
    </message>
    <message>
        <source>Programme file</source>
        <translation>Programfil</translation>
    </message>
    <message>
        <source>Save the new programme as</source>
        <translation>Lagre det nye programmet som</translation>
    </message>
    <message>
        <source>Workshop App programmes (*{suffix})</source>
        <translation>Workshop App-programmer (*{suffix})</translation>
    </message>
</context>
<context>
    <name>NoteColours</name>
    <message>
        <source>Amber</source>
        <translation>Ravgul</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blå</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grønn</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lilla</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Oransje</translation>
    </message>
</context>
<context>
    <name>NoteItem</name>
    <message>
        <source>A face-down note. Reveal the hidden notes to read it.</source>
        <translation>En lapp med teksten skjult. Vis de skjulte lappene for å lese den.</translation>
    </message>
</context>
<context>
    <name>NoteTextEditor</name>
    <message>
        <source>Type the note, then press Enter</source>
        <translation>Skriv lappen og trykk deretter Enter</translation>
    </message>
</context>
<context>
    <name>OpenServerDialog</name>
    <message>
        <source>This is not a server address. It starts with postgresql:// (for example {example}).</source>
        <translation>Dette er ikke en serveradresse. En serveradresse begynner med postgresql:// (for eksempel {example}).</translation>
    </message>
    <message>
        <source>Give the name of the programme&apos;s database.</source>
        <translation>Oppgi navnet på programmets database.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Tester tilkoblingen…</translation>
    </message>
    <message>
        <source>Opening the programme…</source>
        <translation>Åpner programmet…</translation>
    </message>
    <message>
        <source>Connected. The database holds the programme “{name}”, made by an older Workshop App; it is updated when you open it.</source>
        <translation>Tilkoblet. Databasen inneholder programmet «{name}», laget av en eldre versjon av Workshop-appen; det oppdateres når du åpner det.</translation>
    </message>
    <message>
        <source>Connected. The database holds the programme “{name}”, which you may change.</source>
        <translation>Tilkoblet. Databasen inneholder programmet «{name}», som du kan endre.</translation>
    </message>
    <message>
        <source>Connected. The database holds the programme “{name}”; your user may only read it, so it opens read-only.</source>
        <translation>Tilkoblet. Databasen inneholder programmet «{name}»; brukeren din kan bare lese det, så det åpnes skrivebeskyttet.</translation>
    </message>
    <message>
        <source>Open From Server</source>
        <translation>Åpne fra server</translation>
    </message>
    <message>
        <source>Open a programme kept on the region&apos;s PostgreSQL server, where several facilitators can work on it at once. Type the details the region&apos;s IT gave you, or paste the address they sent.</source>
        <translation>Åpne et program som ligger på regionens PostgreSQL-server, der flere prosessledere kan arbeide med det samtidig. Skriv inn opplysningene regionens IT ga deg, eller lim inn adressen de sendte.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Bruker:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Kryptering (TLS):</translation>
    </message>
    <message>
        <source>db.example.org (empty: this computer)</source>
        <translation>db.example.org (tom: denne datamaskinen)</translation>
    </message>
    <message>
        <source>Leave it empty if your password file (.pgpass), a service file or PGPASSWORD has it. The password is never saved in Workshop App&apos;s settings.</source>
        <translation>La feltet stå tomt hvis passordfilen din (.pgpass), en tjenestefil eller PGPASSWORD har det. Passordet lagres aldri i innstillingene til Workshop-appen.</translation>
    </message>
    <message>
        <source>Remember the password in the system &amp;keyring</source>
        <translation>Husk passordet i systemets &amp;nøkkelring</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation>Kryptert hvis serveren tilbyr det</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>Alltid kryptert</translation>
    </message>
    <message>
        <source>Always encrypted, certificate checked</source>
        <translation>Alltid kryptert, sertifikatet kontrolleres</translation>
    </message>
    <message>
        <source>Always encrypted, certificate and server name checked</source>
        <translation>Alltid kryptert, sertifikatet og servernavnet kontrolleres</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Ikke kryptert</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <source>Reach the server and look at the database without changing anything</source>
        <translation>Kontakt serveren og se på databasen uten å endre noe</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
</context>
<context>
    <name>OverdueActionsModel</name>
    <message>
        <source>Overdue since {date}</source>
        <translation>Forfalt siden {date}</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>{place} · started {year}</source>
        <translation>{place} · startet {year}</translation>
    </message>
    <message>
        <source>Started {year}</source>
        <translation>Startet {year}</translation>
    </message>
    <message>
        <source>All five phases are done.</source>
        <translation>Alle de fem fasene er ferdige.</translation>
    </message>
    <message>
        <source>Now in phase {number} of 5: &lt;b&gt;{title}&lt;/b&gt;, {done} of {total} tasks done.</source>
        <translation>Nå i fase {number} av 5: &lt;b&gt;{title}&lt;/b&gt;, {done} av {total} oppgaver ferdige.</translation>
    </message>
    <message>
        <source>Next up is phase {number} of 5: &lt;b&gt;{title}&lt;/b&gt;, not started yet.</source>
        <translation>Neste er fase {number} av 5: &lt;b&gt;{title}&lt;/b&gt;, ikke startet ennå.</translation>
    </message>
    <message>
        <source>&amp;Continue with phase {number}</source>
        <translation>&amp;Fortsett med fase {number}</translation>
    </message>
    <message>
        <source>No workshop is planned from today on ({count} held so far).</source>
        <translation>Ingen workshoper er planlagt fra i dag av (holdt så langt: {count}).</translation>
    </message>
    <message>
        <source>No workshops yet.</source>
        <translation>Ingen workshoper ennå.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>{count} actions are open</source>
        <translation>Åpne tiltak: {count}</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>{count} actions are in progress</source>
        <translation>Tiltak som pågår: {count}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forfalte</translation>
    </message>
    <message>
        <source>{count} open actions are overdue</source>
        <translation>Forfalte åpne tiltak: {count}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdige</translation>
    </message>
    <message>
        <source>{count} actions are done</source>
        <translation>Ferdige tiltak: {count}</translation>
    </message>
    <message>
        <source>{count} dropped actions are not counted above.</source>
        <translation>Droppede tiltak er ikke talt med ovenfor: {count}.</translation>
    </message>
    <message>
        <source>…and {count} more on the action plan.</source>
        <translation>…og {count} til i handlingsplanen.</translation>
    </message>
    <message>
        <source>&amp;Phases</source>
        <translation>F&amp;aser</translation>
    </message>
    <message>
        <source>&amp;Success criteria</source>
        <translation>&amp;Suksesskriterier</translation>
    </message>
    <message>
        <source>The latest rating of each criterion against the one before it.</source>
        <translation>Den siste vurderingen av hvert kriterium sammenlignet med den forrige.</translation>
    </message>
    <message>
        <source>No success criterion has been rated yet. Rate them on the phase pages.</source>
        <translation>Ingen suksesskriterier er vurdert ennå. Vurder dem på fasesidene.</translation>
    </message>
    <message>
        <source>Lifecycle: where are we now?</source>
        <translation>Livsløp: hvor er vi nå?</translation>
    </message>
    <message>
        <source>&amp;Next workshops</source>
        <translation>&amp;Neste workshoper</translation>
    </message>
    <message>
        <source>Open &amp;workshops</source>
        <translation>Åpne &amp;workshoper</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>&amp;Overdue actions</source>
        <translation>F&amp;orfalte tiltak</translation>
    </message>
    <message>
        <source>Open the &amp;action plan</source>
        <translation>Åpne &amp;handlingsplanen</translation>
    </message>
    <message>
        <source>Phase progress</source>
        <translation>Fremdrift i fasene</translation>
    </message>
    <message>
        <source>Latest success-criteria ratings</source>
        <translation>Siste vurderinger av suksesskriterier</translation>
    </message>
    <message>
        <source>Next workshops</source>
        <translation>Neste workshoper</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Forfalte tiltak</translation>
    </message>
</context>
<context>
    <name>ParticipantBar</name>
    <message>
        <source>Add your note</source>
        <translation>Legg til lappen din</translation>
    </message>
    <message>
        <source>1. &amp;Who are you?</source>
        <translation>1. &amp;Hvem er du?</translation>
    </message>
    <message>
        <source>Who is writing</source>
        <translation>Hvem som skriver</translation>
    </message>
    <message>
        <source>Your colour:</source>
        <translation>Fargen din:</translation>
    </message>
    <message>
        <source>Colour: {name}</source>
        <translation>Farge: {name}</translation>
    </message>
    <message>
        <source>2. &amp;Write your note:</source>
        <translation>2. &amp;Skriv lappen din:</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Lappen din</translation>
    </message>
    <message>
        <source>One idea per note</source>
        <translation>Én idé per lapp</translation>
    </message>
    <message>
        <source>3. Tap the board where your note belongs. Or press Ctrl+Enter, move it with the arrow keys and press Enter.</source>
        <translation>3. Trykk på tavlen der lappen din hører hjemme. Eller trykk Ctrl+Enter, flytt den med piltastene og trykk Enter.</translation>
    </message>
    <message>
        <source>&amp;Next person</source>
        <translation>&amp;Neste person</translation>
    </message>
    <message>
        <source>Clear the name and the note for the next person (Ctrl+N)</source>
        <translation>Tøm navnet og lappen for neste person (Ctrl+N)</translation>
    </message>
    <message>
        <source>For the facilitator</source>
        <translation>For prosesslederen</translation>
    </message>
    <message>
        <source>Notes &amp;face down until revealed</source>
        <translation>Lapper med &amp;teksten ned til de avdekkes</translation>
    </message>
    <message>
        <source>Leave participant mode (Esc)</source>
        <translation>Avslutt deltakermodus (Esc)</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Add a participant or stakeholder</source>
        <translation>Legg til en deltaker eller interessent</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisasjon:</translation>
    </message>
    <message>
        <source>Actor &amp;type:</source>
        <translation>Aktør&amp;type:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Samtykke:</translation>
    </message>
    <message>
        <source>How the person is named in the programme</source>
        <translation>Slik personen skal omtales i programmet</translation>
    </message>
    <message>
        <source>E-mail or phone</source>
        <translation>E-post eller telefon</translation>
    </message>
    <message>
        <source>&amp;Agreed to be in the register on</source>
        <translation>&amp;Samtykket til å stå i registeret den</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Actor type</source>
        <translation>Aktørtype</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Samtykkedato</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Le&amp;gg til</translation>
    </message>
    <message>
        <source>A name is needed; everything else can be filled in later.</source>
        <translation>Navn må fylles ut; alt annet kan fylles ut senere.</translation>
    </message>
</context>
<context>
    <name>ParticipantMode</name>
    <message>
        <source>Write your note first.</source>
        <translation>Skriv lappen din først.</translation>
    </message>
    <message>
        <source>Your note is on the board, face down. It will be revealed with the others.</source>
        <translation>Lappen din er på tavlen, med teksten ned. Den avdekkes sammen med de andre.</translation>
    </message>
    <message>
        <source>Thank you, {name}! Your note is on the board.</source>
        <translation>Takk, {name}! Lappen din er på tavlen.</translation>
    </message>
    <message>
        <source>Thank you! Your note is on the board.</source>
        <translation>Takk! Lappen din er på tavlen.</translation>
    </message>
    <message>
        <source>Move your note with the arrow keys, then press Enter. Escape goes back.</source>
        <translation>Flytt lappen med piltastene, og trykk deretter Enter. Escape går tilbake.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Participants and stakeholders</source>
        <translation>Deltakere og interessenter</translation>
    </message>
    <message>
        <source>Everyone the programme works with: residents, organisations, businesses and authorities. Double-click a cell or press F2 to edit it; every change is saved at once and can be undone.</source>
        <translation>Alle programmet samarbeider med: innbyggere, organisasjoner, næringsliv og myndigheter. Dobbeltklikk på en celle eller trykk F2 for å redigere den; alle endringer lagres med en gang og kan angres.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>Name, organisation or role</source>
        <translation>Navn, organisasjon eller rolle</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>Søk i registeret</translation>
    </message>
    <message>
        <source>Actor &amp;type:</source>
        <translation>Aktør&amp;type:</translation>
    </message>
    <message>
        <source>Show actor type</source>
        <translation>Vis aktørtype</translation>
    </message>
    <message>
        <source>Show erase&amp;d entries</source>
        <translation>Vis slette&amp;de oppføringer</translation>
    </message>
    <message>
        <source>Show the anonymous entries left behind when personal data was erased.</source>
        <translation>Vis de anonyme oppføringene som ble igjen da personopplysninger ble slettet.</translation>
    </message>
    <message>
        <source>&amp;Add participant…</source>
        <translation>&amp;Legg til deltaker…</translation>
    </message>
    <message>
        <source>Add a person to the register</source>
        <translation>Legg til en person i registeret</translation>
    </message>
    <message>
        <source>&amp;Edit cell</source>
        <translation>&amp;Rediger celle</translation>
    </message>
    <message>
        <source>Edit the selected cell</source>
        <translation>Rediger den valgte cellen</translation>
    </message>
    <message>
        <source>E&amp;rase personal data…</source>
        <translation>Slett &amp;personopplysninger…</translation>
    </message>
    <message>
        <source>Remove the selected person&apos;s personal data from the file for good (GDPR)</source>
        <translation>Fjern personopplysningene til den valgte personen fra filen for godt (GDPR)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Finn</translation>
    </message>
    <message>
        <source>Participant and stakeholder register</source>
        <translation>Register over deltakere og interessenter</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Nullstill filtre</translation>
    </message>
    <message>
        <source>{description} ({shortcut})</source>
        <translation>{description} ({shortcut})</translation>
    </message>
    <message>
        <source>All actor types ({count})</source>
        <translation>Alle aktørtyper ({count})</translation>
    </message>
    <message>
        <source>{label} ({count})</source>
        <translation>{label} ({count})</translation>
    </message>
    <message>
        <source>People: {people}   ·   Actor types: {types}   ·   Erased entries: {erased}</source>
        <translation>Personer: {people}   ·   Aktørtyper: {types}   ·   Slettede oppføringer: {erased}</translation>
    </message>
    <message>
        <source>People: {people}   ·   Actor types: {types}</source>
        <translation>Personer: {people}   ·   Aktørtyper: {types}</translation>
    </message>
    <message>
        <source>{label}: {count}</source>
        <translation>{label}: {count}</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} entries</source>
        <translation>Viser {shown} av {total} oppføringer</translation>
    </message>
    <message>
        <source>No one matches the search and actor type. Clear the filters to see everyone.</source>
        <translation>Ingen samsvarer med søket og aktørtypen. Nullstill filtrene for å se alle.</translation>
    </message>
    <message>
        <source>Only erased entries are in the register. Tick “Show erased entries” to see them.</source>
        <translation>Registeret inneholder bare slettede oppføringer. Kryss av for «Vis slettede oppføringer» for å se dem.</translation>
    </message>
    <message>
        <source>No one is in the register yet. Use “Add participant” to add the first person.</source>
        <translation>Registeret er tomt ennå. Bruk «Legg til deltaker» for å legge til den første personen.</translation>
    </message>
    <message>
        <source>An erased participant cannot be edited.</source>
        <translation>En slettet deltaker kan ikke redigeres.</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Legg til {name}</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Slett personopplysninger</translation>
    </message>
    <message>
        <source>The personal data was erased. Texts in which the name or contact was replaced: {count}.</source>
        <translation>Personopplysningene er slettet. Tekster der navnet eller kontaktinformasjonen ble erstattet: {count}.</translation>
    </message>
</context>
<context>
    <name>PhaseDelegate</name>
    <message>
        <source>No phase</source>
        <translation>Ingen fase</translation>
    </message>
</context>
<context>
    <name>PhasePage</name>
    <message>
        <source>On the agenda of: {workshops}</source>
        <translation>På agendaen for: {workshops}</translation>
    </message>
    <message>
        <source>{done} of {total} tasks done. Tick a task with Space; type or press F2 to edit its owner or note.</source>
        <translation>{done} av {total} oppgaver ferdige. Kryss av en oppgave med mellomromstasten; skriv eller trykk F2 for å redigere ansvarlig eller notat.</translation>
    </message>
    <message>
        <source>{title} ({date})</source>
        <translation>{title} ({date})</translation>
    </message>
    <message>
        <source>Phase {number} of 5</source>
        <translation>Fase {number} av 5</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Status of phase {number}</source>
        <translation>Status for fase {number}</translation>
    </message>
    <message>
        <source>Started &amp;on</source>
        <translation>&amp;Startet den</translation>
    </message>
    <message>
        <source>Com&amp;pleted on</source>
        <translation>&amp;Fullført den</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ikke ennå</translation>
    </message>
    <message>
        <source>Remove the start date</source>
        <translation>Fjern startdatoen</translation>
    </message>
    <message>
        <source>Remove the completion date</source>
        <translation>Fjern fullføringsdatoen</translation>
    </message>
    <message>
        <source>Phase &amp;notes:</source>
        <translation>Fase&amp;notater:</translation>
    </message>
    <message>
        <source>Notes on phase {number}</source>
        <translation>Notater om fase {number}</translation>
    </message>
    <message>
        <source>Where the phase stands, open issues, what was learnt…</source>
        <translation>Hvor fasen står, åpne spørsmål, hva dere har lært…</translation>
    </message>
    <message>
        <source>Saved when you leave the field (or press Ctrl+Enter).</source>
        <translation>Lagres når du forlater feltet (eller trykker Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Expected results</source>
        <translation>Forventede resultater</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Oppgaver</translation>
    </message>
    <message>
        <source>Tasks of phase {number}</source>
        <translation>Oppgaver i fase {number}</translation>
    </message>
    <message>
        <source>Suggested activities</source>
        <translation>Foreslåtte aktiviteter</translation>
    </message>
    <message>
        <source>Workshop activities for this phase with their usual length. Add one to a workshop&apos;s agenda.</source>
        <translation>Workshopaktiviteter for denne fasen med vanlig varighet. Legg en av dem til på agendaen for en workshop.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Usually takes {minutes} minutes</source>
        <translation>Tar vanligvis {minutes} minutter</translation>
    </message>
    <message>
        <source>Uses the quadrant board “{board}”.</source>
        <translation>Bruker firefeltstavlen «{board}».</translation>
    </message>
    <message>
        <source>Add to agenda…</source>
        <translation>Legg til på agendaen…</translation>
    </message>
    <message>
        <source>Add “{activity}” to a workshop&apos;s agenda</source>
        <translation>Legg til «{activity}» på agendaen for en workshop</translation>
    </message>
    <message>
        <source>Pick a workshop, or make a new one in this phase</source>
        <translation>Velg en workshop, eller lag en ny i denne fasen</translation>
    </message>
    <message>
        <source>Lifecycle diagnosis</source>
        <translation>Livsløpsdiagnose</translation>
    </message>
    <message>
        <source>Where the group and each participant placed the collaboration, diagnosis by diagnosis: older ones fainter, the latest circled. Diagnose again in a workshop to see the path continue.</source>
        <translation>Hvor gruppen og hver deltaker plasserte samarbeidet, diagnose for diagnose: eldre blekere, den siste med ring rundt. Diagnostiser igjen i en workshop for å se veien videre.</translation>
    </message>
    <message>
        <source>Success &amp;criteria</source>
        <translation>Suksess&amp;kriterier</translation>
    </message>
    <message>
        <source>Rate how well each criterion is met, from 1 (not at all) to 5 (fully); earlier ratings stay. Select a criterion, press 1–5, type a comment and press Enter.</source>
        <translation>Vurder hvor godt hvert kriterium er oppfylt, fra 1 (ikke i det hele tatt) til 5 (helt); tidligere vurderinger blir stående. Velg et kriterium, trykk 1–5, skriv en kommentar og trykk Enter.</translation>
    </message>
    <message>
        <source>Success criteria of phase {number}</source>
        <translation>Suksesskriterier for fase {number}</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Poeng:</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Ko&amp;mmentar:</translation>
    </message>
    <message>
        <source>Why this score? What would raise it?</source>
        <translation>Hvorfor denne poengsummen? Hva ville gitt en høyere?</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Date of the rating</source>
        <translation>Dato for vurderingen</translation>
    </message>
    <message>
        <source>&amp;Add rating</source>
        <translation>&amp;Legg til vurdering</translation>
    </message>
    <message>
        <source>Add the rating (Enter in the comment field)</source>
        <translation>Legg til vurderingen (Enter i kommentarfeltet)</translation>
    </message>
    <message>
        <source>Set phase {number} to “{status}”</source>
        <translation>Sett fase {number} til «{status}»</translation>
    </message>
    <message>
        <source>Change when phase {number} started</source>
        <translation>Endre når fase {number} startet</translation>
    </message>
    <message>
        <source>Change when phase {number} was completed</source>
        <translation>Endre når fase {number} ble fullført</translation>
    </message>
    <message>
        <source>Edit the notes on phase {number}</source>
        <translation>Rediger notatene om fase {number}</translation>
    </message>
    <message>
        <source>Workshops in this phase</source>
        <translation>Workshoper i denne fasen</translation>
    </message>
    <message>
        <source>No workshop in this phase yet</source>
        <translation>Ingen workshoper i denne fasen ennå</translation>
    </message>
    <message>
        <source>Other workshops</source>
        <translation>Andre workshoper</translation>
    </message>
    <message>
        <source>{workshop} – phase {number}</source>
        <translation>{workshop} – fase {number}</translation>
    </message>
    <message>
        <source>New workshop in this phase…</source>
        <translation>Ny workshop i denne fasen…</translation>
    </message>
    <message>
        <source>Add “{activity}” to the agenda of “{workshop}”</source>
        <translation>Legg til «{activity}» på agendaen for «{workshop}»</translation>
    </message>
    <message>
        <source>“{activity}” ({minutes} min) is now on the agenda of “{workshop}”.</source>
        <translation>«{activity}» ({minutes} min) står nå på agendaen for «{workshop}».</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Ny workshop</translation>
    </message>
    <message>
        <source>Title of the new workshop in phase {number}; the activity goes on its agenda:</source>
        <translation>Tittel på den nye workshopen i fase {number}; aktiviteten settes på agendaen:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Opprett</translation>
    </message>
    <message>
        <source>Add an activity to the new workshop “{workshop}”</source>
        <translation>Legg til en aktivitet i den nye workshopen «{workshop}»</translation>
    </message>
    <message>
        <source>Select a criterion above to rate it.</source>
        <translation>Velg et kriterium ovenfor for å vurdere det.</translation>
    </message>
    <message>
        <source>Rate: &lt;b&gt;{criterion}&lt;/b&gt;</source>
        <translation>Vurder: &lt;b&gt;{criterion}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rate “{criterion}” {score} of 5</source>
        <translation>Vurder «{criterion}» til {score} av 5</translation>
    </message>
</context>
<context>
    <name>PhaseProgressModel</name>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>Open phase {number}</source>
        <translation>Åpne fase {number}</translation>
    </message>
    <message>
        <source>{status} · current phase</source>
        <translation>{status} · gjeldende fase</translation>
    </message>
    <message>
        <source>{done} of {total} tasks done</source>
        <translation>{done} av {total} oppgaver ferdige</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Oppgaver</translation>
    </message>
</context>
<context>
    <name>PhaseStatus</name>
    <message>
        <source>Not started</source>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
</context>
<context>
    <name>PhoneRoom</name>
    <message>
        <source>Phones cannot join: {reason}</source>
        <translation>Telefonene kan ikke bli med: {reason}</translation>
    </message>
    <message>
        <source>Phone {number}</source>
        <translation>Telefon {number}</translation>
    </message>
    <message>
        <source>This laptop is not on a local network, so phones cannot reach it. Turn on the hotspot of a phone (no internet is needed), join it with this laptop and the participants&apos; phones, then try again.</source>
        <translation>Denne bærbare datamaskinen er ikke på et lokalt nett, så telefonene kan ikke nå den. Slå på delt tilkobling på en telefon (internett trengs ikke), koble denne maskinen og deltakernes telefoner til den, og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>PhonesPanel</name>
    <message>
        <source>Offer names from the attendance</source>
        <translation>Tilby navn fra deltakerlisten</translation>
    </message>
    <message>
        <source>Phones may pick a name of someone attending, or stay anonymous.</source>
        <translation>Telefonene kan velge navnet til en som er til stede, eller være anonyme.</translation>
    </message>
    <message>
        <source>Pause input from phones</source>
        <translation>Stans innspill fra telefonene</translation>
    </message>
    <message>
        <source>Remove phone</source>
        <translation>Fjern telefonen</translation>
    </message>
    <message>
        <source>Its link stops working; the notes it wrote stay on the board.</source>
        <translation>Lenken slutter å virke; lappene den skrev, blir på tavlen.</translation>
    </message>
    <message>
        <source>Connected phones</source>
        <translation>Tilkoblede telefoner</translation>
    </message>
    <message>
        <source>QR code of the link for phones</source>
        <translation>QR-kode for telefonenes lenke</translation>
    </message>
    <message>
        <source>Phones join over this laptop&apos;s own network: nothing goes to the internet. Their notes follow the board&apos;s rules and are saved at once; they are not on the undo list.</source>
        <translation>Telefonene kobler seg til over denne maskinens eget nett: ingenting sendes til internett. Lappene deres følger tavlens regler og lagres med en gang; de står ikke på angrelisten.</translation>
    </message>
    <message>
        <source>Stop letting phones join</source>
        <translation>Ikke la flere telefoner bli med</translation>
    </message>
    <message>
        <source>Let phones join</source>
        <translation>La telefoner bli med</translation>
    </message>
    <message>
        <source>Connected phones: {count}</source>
        <translation>Tilkoblede telefoner: {count}</translation>
    </message>
</context>
<context>
    <name>PlanDelegate</name>
    <message>
        <source>Not planned</source>
        <translation>Ikke planlagt</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Prompt of the method: {text}</source>
        <translation>Spørsmål fra metoden: {text}</translation>
    </message>
    <message>
        <source>Board for the room</source>
        <translation>Tavle for rommet</translation>
    </message>
    <message>
        <source>How phones join: QR code and link</source>
        <translation>Slik blir telefonene med: QR-kode og lenke</translation>
    </message>
    <message>
        <source>Quadrant board, as the room sees it</source>
        <translation>Firefeltstavlen slik rommet ser den</translation>
    </message>
    <message>
        <source>Time left in this round</source>
        <translation>Gjenstående tid i denne runden</translation>
    </message>
    <message>
        <source>The board&apos;s question</source>
        <translation>Tavlens spørsmål</translation>
    </message>
</context>
<context>
    <name>ProConsModel</name>
    <message>
        <source>+ Pro</source>
        <translation>+ Fordel</translation>
    </message>
    <message>
        <source>− Con</source>
        <translation>− Ulempe</translation>
    </message>
    <message>
        <source>{text} (prompt from the method)</source>
        <translation>{text} (spørsmål fra metoden)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Pro or con</source>
        <translation>Fordel eller ulempe</translation>
    </message>
    <message>
        <source>Edit a pro or con</source>
        <translation>Rediger en fordel eller ulempe</translation>
    </message>
    <message>
        <source>Move a pro or con</source>
        <translation>Flytt en fordel eller ulempe</translation>
    </message>
    <message>
        <source>Add a pro</source>
        <translation>Legg til en fordel</translation>
    </message>
    <message>
        <source>Add a con</source>
        <translation>Legg til en ulempe</translation>
    </message>
    <message>
        <source>Delete a pro or con</source>
        <translation>Slett en fordel eller ulempe</translation>
    </message>
    <message>
        <source>Take back a prompt of the method</source>
        <translation>Ta tilbake et spørsmål fra metoden</translation>
    </message>
    <message>
        <source>Make an action from a pro or con</source>
        <translation>Opprett tiltak fra en fordel eller ulempe</translation>
    </message>
</context>
<context>
    <name>ProConsPanel</name>
    <message>
        <source>&amp;Pros and cons of:</source>
        <translation>Fordeler og ulemper &amp;ved:</translation>
    </message>
    <message>
        <source>Whose pros and cons</source>
        <translation>Hva fordelene og ulempene gjelder</translation>
    </message>
    <message>
        <source>Pros and cons</source>
        <translation>Fordeler og ulemper</translation>
    </message>
    <message>
        <source>&amp;New pro or con:</source>
        <translation>&amp;Ny fordel eller ulempe:</translation>
    </message>
    <message>
        <source>Type, then Enter for a pro or Ctrl+Enter for a con</source>
        <translation>Skriv, og trykk Enter for en fordel eller Ctrl+Enter for en ulempe</translation>
    </message>
    <message>
        <source>Text of a new pro or con</source>
        <translation>Tekst for en ny fordel eller ulempe</translation>
    </message>
    <message>
        <source>Add &amp;pro</source>
        <translation>Legg til &amp;fordel</translation>
    </message>
    <message>
        <source>Add the text as a pro</source>
        <translation>Legg til teksten som en fordel</translation>
    </message>
    <message>
        <source>Add &amp;con</source>
        <translation>Legg til &amp;ulempe</translation>
    </message>
    <message>
        <source>Add the text as a con</source>
        <translation>Legg til teksten som en ulempe</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Opp</translation>
    </message>
    <message>
        <source>Move the chosen pro or con up</source>
        <translation>Flytt den valgte fordelen eller ulempen opp</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>Move the chosen pro or con down</source>
        <translation>Flytt den valgte fordelen eller ulempen ned</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Delete the chosen pro or con</source>
        <translation>Slett den valgte fordelen eller ulempen</translation>
    </message>
    <message>
        <source>Make action</source>
        <translation>Opprett tiltak</translation>
    </message>
    <message>
        <source>Put the chosen pro or con into the action plan</source>
        <translation>Legg den valgte fordelen eller ulempen inn i handlingsplanen</translation>
    </message>
    <message>
        <source>Top left: {title}</source>
        <translation>Øverst til venstre: {title}</translation>
    </message>
    <message>
        <source>Top right: {title}</source>
        <translation>Øverst til høyre: {title}</translation>
    </message>
    <message>
        <source>Bottom left: {title}</source>
        <translation>Nederst til venstre: {title}</translation>
    </message>
    <message>
        <source>Bottom right: {title}</source>
        <translation>Nederst til høyre: {title}</translation>
    </message>
    <message>
        <source>The selected note</source>
        <translation>Den valgte lappen</translation>
    </message>
    <message>
        <source>About the note “{text}”</source>
        <translation>Om lappen «{text}»</translation>
    </message>
    <message>
        <source>About everything placed in this quadrant</source>
        <translation>Om alt som er plassert i dette feltet</translation>
    </message>
</context>
<context>
    <name>PromptsPanel</name>
    <message>
        <source>&amp;Prompts of the method:</source>
        <translation>Metodens &amp;spørsmål:</translation>
    </message>
    <message>
        <source>Which prompts of the method</source>
        <translation>Hvilke av metodens spørsmål</translation>
    </message>
    <message>
        <source>Prompt cards</source>
        <translation>Spørsmålskort</translation>
    </message>
    <message>
        <source>The chosen prompt</source>
        <translation>Det valgte spørsmålet</translation>
    </message>
    <message>
        <source>&amp;Show to the room</source>
        <translation>&amp;Vis for salen</translation>
    </message>
    <message>
        <source>Show the chosen prompt large to the room</source>
        <translation>Vis det valgte spørsmålet stort for salen</translation>
    </message>
    <message>
        <source>&amp;Accept into the group&apos;s list</source>
        <translation>&amp;Ta inn i gruppens liste</translation>
    </message>
    <message>
        <source>The group takes the prompt up: add it to the group&apos;s own list</source>
        <translation>Gruppen tar opp spørsmålet: legg det til i gruppens egen liste</translation>
    </message>
    <message>
        <source>&amp;Take back</source>
        <translation>Ta t&amp;ilbake</translation>
    </message>
    <message>
        <source>Take the accepted prompt out of the group&apos;s list</source>
        <translation>Ta det godtatte spørsmålet ut av gruppens liste</translation>
    </message>
    <message>
        <source>Pros and cons: {scenario}</source>
        <translation>Fordeler og ulemper: {scenario}</translation>
    </message>
    <message>
        <source>Pros and cons of a scenario</source>
        <translation>Fordeler og ulemper ved et scenario</translation>
    </message>
    <message>
        <source>{kind}: {text}</source>
        <translation>{kind}: {text}</translation>
    </message>
    <message>
        <source>Accepted: a note on the board says it.</source>
        <translation>Tatt inn: en lapp på tavlen sier det.</translation>
    </message>
    <message>
        <source>Accepted into the quadrant&apos;s pros and cons, marked as the method&apos;s prompt.</source>
        <translation>Tatt inn blant feltets fordeler og ulemper, merket som metodens spørsmål.</translation>
    </message>
    <message>
        <source>Shown to the room; not accepted yet.</source>
        <translation>Vist for salen; ikke tatt inn ennå.</translation>
    </message>
    <message>
        <source>Not shown to the room yet.</source>
        <translation>Ikke vist for salen ennå.</translation>
    </message>
    <message>
        <source>The method&apos;s pros and cons of this scenario: prompts, not what the group said. Show one to the room; accept it when the group takes it up.</source>
        <translation>Metodens fordeler og ulemper ved dette scenariet: spørsmål til samtalen, ikke det gruppen har sagt. Vis ett for salen, og ta det inn når gruppen tar det opp.</translation>
    </message>
    <message>
        <source>Questions of the method for any workshop. Show one to the room; an accepted question becomes a note on the board.</source>
        <translation>Metodens spørsmål til ethvert verksted. Vis ett for salen; et spørsmål som tas inn, blir en lapp på tavlen.</translation>
    </message>
    <message>
        <source>{kind} · {group}</source>
        <translation>{kind} · {group}</translation>
    </message>
    <message>
        <source>Accept a prompt of the method</source>
        <translation>Ta inn et spørsmål fra metoden</translation>
    </message>
    <message>
        <source>Accept a prompt of the method as a note</source>
        <translation>Ta inn et spørsmål fra metoden som lapp</translation>
    </message>
    <message>
        <source>Take back a prompt of the method</source>
        <translation>Ta tilbake et spørsmål fra metoden</translation>
    </message>
</context>
<context>
    <name>RatingInput</name>
    <message>
        <source>1 – not at all</source>
        <translation>1 – ikke i det hele tatt</translation>
    </message>
    <message>
        <source>2 – a little</source>
        <translation>2 – litt</translation>
    </message>
    <message>
        <source>3 – partly</source>
        <translation>3 – delvis</translation>
    </message>
    <message>
        <source>4 – largely</source>
        <translation>4 – i stor grad</translation>
    </message>
    <message>
        <source>5 – fully</source>
        <translation>5 – helt</translation>
    </message>
    <message>
        <source>Score {score} of 5</source>
        <translation>{score} av 5 poeng</translation>
    </message>
    <message>
        <source>Pick a score from 1 to 5 (keys 1–5 or the arrow keys; Delete clears)</source>
        <translation>Velg en poengsum fra 1 til 5 (tastene 1–5 eller piltastene; Delete tømmer)</translation>
    </message>
    <message>
        <source>No score picked</source>
        <translation>Ingen poengsum valgt</translation>
    </message>
</context>
<context>
    <name>RatingTrendModel</name>
    <message>
        <source>Rated {score} of 5 on {date}.</source>
        <translation>Vurdert til {score} av 5 den {date}.</translation>
    </message>
    <message>
        <source>Rated {previous} of 5 on {previous_date}, then {latest} of 5 on {latest_date}.</source>
        <translation>Vurdert til {previous} av 5 den {previous_date}, deretter {latest} av 5 den {latest_date}.</translation>
    </message>
    <message>
        <source>first rating</source>
        <translation>første vurdering</translation>
    </message>
    <message>
        <source>up by {delta}</source>
        <translation>opp {delta}</translation>
    </message>
    <message>
        <source>down by {delta}</source>
        <translation>ned {delta}</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>ingen endring</translation>
    </message>
    <message>
        <source>Success criterion</source>
        <translation>Suksesskriterium</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Previous → latest</source>
        <translation>Forrige → siste</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>&amp;Pause timer</source>
        <translation>&amp;Pause tidtaker</translation>
    </message>
    <message>
        <source>&amp;Start timer</source>
        <translation>&amp;Start tidtaker</translation>
    </message>
    <message>
        <source>Export the board as PNG</source>
        <translation>Eksporter tavlen som PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
        <source>Export the board as SVG</source>
        <translation>Eksporter tavlen som SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-tegninger (*.svg)</translation>
    </message>
    <message>
        <source>The board could not be saved to {file}.</source>
        <translation>Tavlen kunne ikke lagres i {file}.</translation>
    </message>
    <message>
        <source>The board was saved to {file}.</source>
        <translation>Tavlen ble lagret i {file}.</translation>
    </message>
</context>
<context>
    <name>RoomErrors</name>
    <message>
        <source>There is nothing here.</source>
        <translation>Det er ingenting her.</translation>
    </message>
    <message>
        <source>The request is not valid JSON.</source>
        <translation>Forespørselen er ikke gyldig JSON.</translation>
    </message>
    <message>
        <source>The request has a field this room does not know: {name}.</source>
        <translation>Forespørselen har et felt dette rommet ikke kjenner: {name}.</translation>
    </message>
    <message>
        <source>The request is too large: at most {limit} kB.</source>
        <translation>Forespørselen er for stor: høyst {limit} kB.</translation>
    </message>
    <message>
        <source>The facilitator has paused input for a moment.</source>
        <translation>Fasilitatoren har stanset innspill en liten stund.</translation>
    </message>
    <message>
        <source>You can change only the notes you wrote on this phone.</source>
        <translation>Du kan bare endre lappene du skrev på denne telefonen.</translation>
    </message>
    <message>
        <source>The facilitator has removed this phone from the room.</source>
        <translation>Fasilitatoren har fjernet denne telefonen fra rommet.</translation>
    </message>
    <message>
        <source>The room is full: {limit} phones have joined.</source>
        <translation>Rommet er fullt: {limit} telefoner er med.</translation>
    </message>
    <message>
        <source>Too many notes at once: at most {limit} a minute. Wait a moment.</source>
        <translation>For mange lapper på en gang: høyst {limit} i minuttet. Vent litt.</translation>
    </message>
    <message>
        <source>This name cannot be chosen here. Choose another or stay anonymous.</source>
        <translation>Dette navnet kan ikke velges her. Velg et annet, eller vær anonym.</translation>
    </message>
    <message>
        <source>You have used all {dots} dots on this board.</source>
        <translation>Du har brukt alle de {dots} prikkene dine på denne tavlen.</translation>
    </message>
    <message>
        <source>You have no dot on this note to take back.</source>
        <translation>Du har ingen prikk på denne lappen å ta tilbake.</translation>
    </message>
</context>
<context>
    <name>RoomPage</name>
    <message>
        <source>The board on your phone</source>
        <translation>Tavlen på telefonen din</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Round {number}</source>
        <translation>Runde {number}</translation>
    </message>
    <message>
        <source>Connecting to the room…</source>
        <translation>Kobler til rommet …</translation>
    </message>
    <message>
        <source>Connected to the room.</source>
        <translation>Koblet til rommet.</translation>
    </message>
    <message>
        <source>The room cannot be reached. Trying again…</source>
        <translation>Får ikke kontakt med rommet. Prøver igjen …</translation>
    </message>
    <message>
        <source>The facilitator has paused input. You can still read the board.</source>
        <translation>Fasilitatoren har stanset innspill. Du kan fortsatt lese tavlen.</translation>
    </message>
    <message>
        <source>This round is frozen: it can no longer be changed.</source>
        <translation>Denne runden er frosset: den kan ikke endres lenger.</translation>
    </message>
    <message>
        <source>Time left: {time}</source>
        <translation>Tid igjen: {time}</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Hvem er du?</translation>
    </message>
    <message>
        <source>Stay anonymous</source>
        <translation>Vær anonym</translation>
    </message>
    <message>
        <source>Your notes are shown as written by the person you choose.</source>
        <translation>Lappene dine vises som skrevet av personen du velger.</translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation>Skriv en lapp</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Lappen din</translation>
    </message>
    <message>
        <source>Place it on the board</source>
        <translation>Plasser den på tavlen</translation>
    </message>
    <message>
        <source>Tap the board where your note belongs.</source>
        <translation>Trykk på tavlen der lappen din hører hjemme.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The board</source>
        <translation>Tavlen</translation>
    </message>
    <message>
        <source>Quadrant: {title}</source>
        <translation>Kvadrant: {title}</translation>
    </message>
    <message>
        <source>Notes are face down: only you see yours until the facilitator reveals them.</source>
        <translation>Lappene ligger med forsiden ned: bare du ser dine til fasilitatoren viser dem.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Lapper</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Ingen lapper ennå.</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Din</translation>
    </message>
    <message>
        <source>Face down</source>
        <translation>Skjult</translation>
    </message>
    <message>
        <source>Dots: {count}</source>
        <translation>Prikker: {count}</translation>
    </message>
    <message>
        <source>Give a dot</source>
        <translation>Gi en prikk</translation>
    </message>
    <message>
        <source>Take a dot back</source>
        <translation>Ta tilbake en prikk</translation>
    </message>
    <message>
        <source>Dots left: {count}</source>
        <translation>Prikker igjen: {count}</translation>
    </message>
    <message>
        <source>You can give as many dots as you like.</source>
        <translation>Du kan gi så mange prikker du vil.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Flytt</translation>
    </message>
    <message>
        <source>Move your note</source>
        <translation>Flytt lappen din</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Opp</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Venstre</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Høyre</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Pros and cons</source>
        <translation>Fordeler og ulemper</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <source>Pro or con</source>
        <translation>Fordel eller ulempe</translation>
    </message>
    <message>
        <source>Pro</source>
        <translation>Fordel</translation>
    </message>
    <message>
        <source>Con</source>
        <translation>Ulempe</translation>
    </message>
    <message>
        <source>Your pro or con</source>
        <translation>Fordelen eller ulempen din</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>Lapp: {text}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Slettet.</translation>
    </message>
    <message>
        <source>Delete this note?</source>
        <translation>Slette denne lappen?</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>Round timer</source>
        <translation>Rundetidtaker</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutter:</translation>
    </message>
    <message>
        <source>Length of the round in minutes</source>
        <translation>Lengden på runden i minutter</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Gjenstående tid</translation>
    </message>
    <message>
        <source>The time left shows in large type on the presentation window while the timer runs.</source>
        <translation>Gjenstående tid vises med stor skrift i presentasjonsvinduet mens tidtakeren går.</translation>
    </message>
</context>
<context>
    <name>RoundsPanel</name>
    <message>
        <source>Round sho&amp;wn:</source>
        <translation>&amp;Vist runde:</translation>
    </message>
    <message>
        <source>Round of the board</source>
        <translation>Tavlens runde</translation>
    </message>
    <message>
        <source>&amp;Changes since the previous round</source>
        <translation>&amp;Endringer siden forrige runde</translation>
    </message>
    <message>
        <source>Ideas by how far they moved</source>
        <translation>Ideer etter hvor langt de har flyttet seg</translation>
    </message>
    <message>
        <source>Freezing keeps this round as it stands and starts the next one with the same notes. Compare shows how the ideas moved since the previous round.</source>
        <translation>Låsing beholder denne runden slik den er, og starter neste runde med de samme lappene. Sammenligning viser hvordan ideene har flyttet seg siden forrige runde.</translation>
    </message>
    <message>
        <source>Round {number} (frozen {date})</source>
        <translation>Runde {number} (låst {date})</translation>
    </message>
    <message>
        <source>Round {number} (latest)</source>
        <translation>Runde {number} (siste)</translation>
    </message>
</context>
<context>
    <name>RunningAgendaView</name>
    <message>
        <source>This workshop has no agenda items.</source>
        <translation>Denne workshopen har ingen agendapunkter.</translation>
    </message>
    <message>
        <source>Item {number} of {count}</source>
        <translation>Punkt {number} av {count}</translation>
    </message>
    <message>
        <source>Paused: press Space to continue</source>
        <translation>Pause: trykk på mellomromstasten for å fortsette</translation>
    </message>
    <message>
        <source>Over the {minutes} minutes planned</source>
        <translation>Over de planlagte {minutes} minuttene</translation>
    </message>
    <message>
        <source>Time left of the {minutes} minutes planned</source>
        <translation>Gjenstående tid av de planlagte {minutes} minuttene</translation>
    </message>
    <message>
        <source>Next: {item}</source>
        <translation>Neste: {item}</translation>
    </message>
    <message>
        <source>This is the last item.</source>
        <translation>Dette er det siste punktet.</translation>
    </message>
    <message>
        <source>Elapsed {elapsed} of {planned} planned</source>
        <translation>Brukt {elapsed} av {planned} planlagt</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsett</translation>
    </message>
    <message>
        <source>Pause the countdown</source>
        <translation>Sett nedtellingen på pause</translation>
    </message>
    <message>
        <source>Continue the countdown</source>
        <translation>Fortsett nedtellingen</translation>
    </message>
    <message>
        <source>P&amp;revious</source>
        <translation>F&amp;orrige</translation>
    </message>
    <message>
        <source>Go back to the previous item</source>
        <translation>Gå tilbake til forrige punkt</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Neste</translation>
    </message>
    <message>
        <source>Go on to the next item</source>
        <translation>Gå videre til neste punkt</translation>
    </message>
    <message>
        <source>&amp;Back to the editor</source>
        <translation>&amp;Tilbake til redigering</translation>
    </message>
    <message>
        <source>Stop running the agenda</source>
        <translation>Avslutt gjennomkjøringen av agendaen</translation>
    </message>
    <message>
        <source>Space pauses or continues · Left and Right change the item · Esc goes back to the editor</source>
        <translation>Mellomrom setter på pause eller fortsetter · Venstre og Høyre piltast bytter punkt · Esc går tilbake til redigering</translation>
    </message>
</context>
<context>
    <name>SeriesButton</name>
    <message>
        <source>Lay out this series…</source>
        <translation>Legg opp denne serien…</translation>
    </message>
    <message>
        <source>Lay out a series of planned workshops</source>
        <translation>Legg opp en serie planlagte workshoper</translation>
    </message>
    <message>
        <source>Planned workshops with agendas (and boards) from the method; one undo removes them all.</source>
        <translation>Planlagte workshoper med dagsorden (og tavler) fra metoden; én angring fjerner alle.</translation>
    </message>
    <message>
        <source>Lay out “{series}”</source>
        <translation>Legg opp «{series}»</translation>
    </message>
    <message numerus="yes">
        <source>%n planned workshop(s) laid out; they are on the Workshops page.</source>
        <translation>
            <numerusform>%n planlagt workshop lagt opp; den står på siden Workshoper.</numerusform>
            <numerusform>%n planlagte workshoper lagt opp; de står på siden Workshoper.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>{description} ({shortcut})</source>
        <translation>{description} ({shortcut})</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <source>In the main window</source>
        <translation>I hovedvinduet</translation>
    </message>
    <message>
        <source>Main window shortcuts</source>
        <translation>Hurtigtaster i hovedvinduet</translation>
    </message>
    <message>
        <source>On a quadrant board</source>
        <translation>På en firefeltstavle</translation>
    </message>
    <message>
        <source>Board shortcuts</source>
        <translation>Hurtigtaster på tavlen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
</context>
<context>
    <name>SpreadPanel</name>
    <message>
        <source>Ideas that several people placed: each placement is joined to their centre, and the circle shows how far apart they are. A larger spread means more disagreement to talk about.</source>
        <translation>Ideer som flere personer har plassert: hver plassering er koblet til midtpunktet, og sirkelen viser hvor langt fra hverandre plasseringene ligger. Større spredning betyr mer uenighet å snakke om.</translation>
    </message>
    <message>
        <source>&amp;Disputed ideas</source>
        <translation>&amp;Omstridte ideer</translation>
    </message>
    <message>
        <source>Ideas placed more than once, by spread</source>
        <translation>Ideer som er plassert mer enn én gang, etter spredning</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>this computer</source>
        <translation>denne datamaskinen</translation>
    </message>
    <message>
        <source>{database} on the server {server}
{location}</source>
        <translation>{database} på serveren {server}
{location}</translation>
    </message>
    <message>
        <source>Plan and run the workshops of a regional or neighbourhood development programme through its five phases. Everything you enter is saved in the programme file at once.</source>
        <translation>Planlegg og gjennomfør workshopene i et utviklingsprogram for en region eller et nærmiljø gjennom de fem fasene. Alt du skriver inn, lagres i programfilen med en gang.</translation>
    </message>
    <message>
        <source>&amp;Recent programmes</source>
        <translation>&amp;Sist brukte programmer</translation>
    </message>
    <message>
        <source>&amp;New programme…</source>
        <translation>&amp;Nytt program…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åpne…</translation>
    </message>
    <message>
        <source>Open From &amp;Server…</source>
        <translation>Åpne fra &amp;server…</translation>
    </message>
    <message>
        <source>A programme on the region&apos;s PostgreSQL server, shared by several people</source>
        <translation>Et program på regionens PostgreSQL-server, delt av flere</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Prøv &amp;demoen</translation>
    </message>
    <message>
        <source>&amp;Plan one workshop…</source>
        <translation>&amp;Planlegg ett verksted…</translation>
    </message>
    <message>
        <source>A single workshop with an agenda and a board, without planning a whole programme</source>
        <translation>Ett enkelt verksted med agenda og tavle, uten å planlegge et helt program</translation>
    </message>
    <message>
        <source>Recent programmes</source>
        <translation>Sist brukte programmer</translation>
    </message>
</context>
<context>
    <name>StatusDelegate</name>
    <message>
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
</context>
<context>
    <name>TaskChecklistModel</name>
    <message>
        <source>“{task}” is done</source>
        <translation>«{task}» er ferdig</translation>
    </message>
    <message>
        <source>“{task}” is not done yet</source>
        <translation>«{task}» er ikke ferdig ennå</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Oppgave</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Mark “{task}” as done</source>
        <translation>Merk «{task}» som ferdig</translation>
    </message>
    <message>
        <source>Mark “{task}” as not done</source>
        <translation>Merk «{task}» som ikke ferdig</translation>
    </message>
    <message>
        <source>Set the owner of “{task}”</source>
        <translation>Angi ansvarlig for «{task}»</translation>
    </message>
    <message>
        <source>Edit the note on “{task}”</source>
        <translation>Rediger notatet for «{task}»</translation>
    </message>
</context>
<context>
    <name>UpcomingWorkshopsModel</name>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} kl. {time}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
</context>
<context>
    <name>VotesPanel</name>
    <message>
        <source>V&amp;oter:</source>
        <translation>&amp;Stemmegiver:</translation>
    </message>
    <message>
        <source>Who is voting</source>
        <translation>Hvem som stemmer</translation>
    </message>
    <message>
        <source>&amp;Dots each:</source>
        <translation>&amp;Prikker hver:</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Ubegrenset</translation>
    </message>
    <message>
        <source>Dots per participant</source>
        <translation>Prikker per deltaker</translation>
    </message>
    <message>
        <source>How many dots each named participant may place on this board (0: no limit)</source>
        <translation>Hvor mange prikker hver navngitte deltaker kan sette på denne tavlen (0: ingen grense)</translation>
    </message>
    <message>
        <source>In voting mode, click a note to give it a dot (or Space on the note chosen with Tab); right-click or Backspace takes the voter&apos;s dot back.</source>
        <translation>I stemmemodus klikker du på en lapp for å gi den en prikk (eller trykker Space på lappen som er valgt med Tab); høyreklikk eller Backspace tar stemmegiverens prikk tilbake.</translation>
    </message>
    <message>
        <source>Res&amp;ults</source>
        <translation>&amp;Resultater</translation>
    </message>
    <message>
        <source>Notes by number of dots</source>
        <translation>Lapper etter antall prikker</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Hvem som helst</translation>
    </message>
    <message>
        <source>{name}: no limit on dots</source>
        <translation>{name}: ingen grense for prikker</translation>
    </message>
    <message>
        <source>{name} has used all {dots} dots</source>
        <translation>{name} har brukt alle {dots} prikkene</translation>
    </message>
    <message>
        <source>{name}: {left} of {dots} dots left</source>
        <translation>{name}: {left} av {dots} prikker igjen</translation>
    </message>
    <message>
        <source>Anyone (no limit)</source>
        <translation>Hvem som helst (ingen grense)</translation>
    </message>
    <message>
        <source>{name} — {left} left</source>
        <translation>{name} – {left} igjen</translation>
    </message>
    <message>
        <source>Change the dots per participant</source>
        <translation>Endre antall prikker per deltaker</translation>
    </message>
</context>
<context>
    <name>WorkshopDelegate</name>
    <message>
        <source>{date} · {phase}</source>
        <translation>{date} · {phase}</translation>
    </message>
</context>
<context>
    <name>WorkshopEditor</name>
    <message>
        <source>{date}, {start}–{end}</source>
        <translation>{date}, {start}–{end}</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Ingen dato ennå</translation>
    </message>
    <message>
        <source>{when} · {place}</source>
        <translation>{when} · {place}</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detaljer</translation>
    </message>
    <message>
        <source>A&amp;genda and minutes</source>
        <translation>&amp;Agenda og referat</translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation>&amp;Oppmøte</translation>
    </message>
    <message>
        <source>Decisi&amp;ons</source>
        <translation>&amp;Beslutninger</translation>
    </message>
    <message>
        <source>&amp;Boards</source>
        <translation>&amp;Tavler</translation>
    </message>
    <message>
        <source>A&amp;pproval</source>
        <translation>&amp;Godkjenning</translation>
    </message>
</context>
<context>
    <name>WorkshopErrors</name>
    <message>
        <source>This round of the board is frozen. Continue in its latest round to change it.</source>
        <translation>Denne runden på tavlen er låst. Fortsett i den siste runden for å gjøre endringer.</translation>
    </message>
    <message>
        <source>These fields cannot be changed: {fields}.</source>
        <translation>Disse feltene kan ikke endres: {fields}.</translation>
    </message>
    <message>
        <source>This item is not in the programme file.</source>
        <translation>Dette elementet finnes ikke i programfilen.</translation>
    </message>
    <message>
        <source>This note was moved elsewhere meanwhile (on another screen or a phone), so it was not moved back. It is shown where it is now.</source>
        <translation>Denne lappen ble flyttet et annet sted i mellomtiden (på en annen skjerm eller en telefon), så den ble ikke flyttet tilbake. Den vises der den er nå.</translation>
    </message>
    <message>
        <source>This round is not frozen, so there is no next round to take back.</source>
        <translation>Denne runden er ikke låst, så det finnes ingen neste runde å ta tilbake.</translation>
    </message>
    <message>
        <source>This participant has used all {dots} dots on this board.</source>
        <translation>Denne deltakeren har brukt alle sine {dots} prikker på denne tavlen.</translation>
    </message>
    <message>
        <source>A pro or con belongs either to a quadrant or to a note.</source>
        <translation>En fordel eller ulempe hører enten til et felt på tavlen eller til en lapp.</translation>
    </message>
    <message>
        <source>This value must be a whole number.</source>
        <translation>Verdien må være et heltall.</translation>
    </message>
    <message>
        <source>An erased participant cannot be edited.</source>
        <translation>En slettet deltaker kan ikke redigeres.</translation>
    </message>
    <message>
        <source>No participant in this programme has the id or name “{wanted}”.</source>
        <translation>Ingen deltaker i dette programmet har ID-en eller navnet «{wanted}».</translation>
    </message>
    <message>
        <source>Several participants are called “{wanted}”: give the id ({ids}).</source>
        <translation>Flere deltakere heter «{wanted}»: oppgi ID-en ({ids}).</translation>
    </message>
    <message>
        <source>A phase cannot be completed before it started.</source>
        <translation>En fase kan ikke fullføres før den har startet.</translation>
    </message>
    <message>
        <source>This value must be text.</source>
        <translation>Verdien må være tekst.</translation>
    </message>
    <message>
        <source>This must not be empty.</source>
        <translation>Dette kan ikke stå tomt.</translation>
    </message>
    <message>
        <source>This text is too long: {length} characters, at most {limit} are allowed.</source>
        <translation>Teksten er for lang: {length} tegn, maksimalt {limit} er tillatt.</translation>
    </message>
    <message>
        <source>This text contains control characters or line breaks.</source>
        <translation>Teksten inneholder kontrolltegn eller linjeskift.</translation>
    </message>
    <message>
        <source>This text contains characters that cannot be stored.</source>
        <translation>Teksten inneholder tegn som ikke kan lagres.</translation>
    </message>
    <message>
        <source>{value} is not allowed here; use a whole number from {low} to {high}.</source>
        <translation>{value} er ikke tillatt her; bruk et heltall fra {low} til {high}.</translation>
    </message>
    <message>
        <source>A position on the board must lie between -1 and 1.</source>
        <translation>En posisjon på tavlen må ligge mellom -1 og 1.</translation>
    </message>
    <message>
        <source>This is not a valid date.</source>
        <translation>Dette er ikke en gyldig dato.</translation>
    </message>
    <message>
        <source>A date is needed here.</source>
        <translation>Her må det stå en dato.</translation>
    </message>
    <message>
        <source>This is not a valid time of day.</source>
        <translation>Dette er ikke et gyldig klokkeslett.</translation>
    </message>
    <message>
        <source>The end time must be later than the start time.</source>
        <translation>Sluttidspunktet må være senere enn starttidspunktet.</translation>
    </message>
    <message>
        <source>{value} is not one of the allowed values: {allowed}.</source>
        <translation>{value} er ikke blant de tillatte verdiene: {allowed}.</translation>
    </message>
    <message>
        <source>{value} is not known in this programme&apos;s method catalogue.</source>
        <translation>{value} finnes ikke i metodekatalogen til dette programmet.</translation>
    </message>
    <message>
        <source>A colour is written as # and six hexadecimal digits.</source>
        <translation>En farge skrives som # etterfulgt av seks heksadesimale sifre.</translation>
    </message>
    <message>
        <source>The file {path} does not exist (any more).</source>
        <translation>Filen {path} finnes ikke (lenger).</translation>
    </message>
    <message>
        <source>{path} is a folder or a device, not a programme file.</source>
        <translation>{path} er en mappe eller en enhet, ikke en programfil.</translation>
    </message>
    <message>
        <source>{path} is not a complete programme export: {reason}.</source>
        <translation>{path} er ikke en fullstendig programeksport: {reason}.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation>Filen {path} kan ikke leses: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a programme export: {reason}.</source>
        <translation>{path} er ikke en programeksport: {reason}.</translation>
    </message>
    <message>
        <source>{path} is a programme export of format version {version}, which this app cannot read.</source>
        <translation>{path} er en programeksport i formatversjon {version}, som denne appen ikke kan lese.</translation>
    </message>
    <message>
        <source>{path} is not a Workshop App programme file (it is not a database at all).</source>
        <translation>{path} er ikke en programfil for Workshop App (det er ikke en database i det hele tatt).</translation>
    </message>
    <message>
        <source>{path} is a database of another application, not a Workshop App programme file.</source>
        <translation>{path} er en database fra en annen applikasjon, ikke en programfil for Workshop App.</translation>
    </message>
    <message>
        <source>The programme file {path} is damaged (it is shorter than it should be). Open a backup copy instead.</source>
        <translation>Programfilen {path} er skadet (den er kortere enn den skal være). Åpne en sikkerhetskopi i stedet.</translation>
    </message>
    <message>
        <source>The programme file could not be read or written: {reason}</source>
        <translation>Programfilen kunne ikke leses eller skrives: {reason}</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} finnes allerede; velg et annet navn.</translation>
    </message>
    <message>
        <source>--board needs a board&apos;s id or title; it was empty.</source>
        <translation>--board trenger en tavles id eller tittel; den var tom.</translation>
    </message>
    <message>
        <source>No board in {path} has the id or title “{board}”. The boards: {boards}.</source>
        <translation>Ingen tavle i {path} har id-en eller tittelen «{board}». Tavlene: {boards}.</translation>
    </message>
    <message>
        <source>Several boards match “{board}”: {matches}. Give more of the title or the id.</source>
        <translation>Flere tavler passer til «{board}»: {matches}. Skriv mer av tittelen eller id-en.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Eksporten ble avbrutt; ingen fil ble skrevet.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Mappen {folder} finnes ikke.</translation>
    </message>
    <message>
        <source>The file {path} cannot be created: {reason}.</source>
        <translation>Filen {path} kan ikke opprettes: {reason}.</translation>
    </message>
    <message>
        <source>The disk is full, so this change was not saved. Everything saved before it is safe. Free some space on the disk and make the change again.</source>
        <translation>Disken er full, så denne endringen ble ikke lagret. Alt som ble lagret før, er i behold. Frigjør plass på disken og gjør endringen på nytt.</translation>
    </message>
    <message>
        <source>{path} was written by a newer Workshop App ({file_app}, file format {file_format}). This is Workshop App {app}, which reads file formats up to {format}. Update Workshop App to open it.</source>
        <translation>{path} ble skrevet av en nyere versjon av Workshop App ({file_app}, filformat {file_format}). Dette er Workshop App {app}, som leser filformater til og med {format}. Oppdater Workshop App for å åpne filen.</translation>
    </message>
    <message>
        <source>{path} was made by an older Workshop App and must be updated, but it is read-only. Copy it to a folder where you can write and open the copy.</source>
        <translation>{path} ble laget av en eldre versjon av Workshop App og må oppdateres, men filen er skrivebeskyttet. Kopier den til en mappe der du har skrivetilgang, og åpne kopien.</translation>
    </message>
    <message>
        <source>The programme file {path} was moved, renamed or deleted while it was open, so this change was not saved. Close the programme and open the file where it is now.</source>
        <translation>Programfilen {path} ble flyttet, omdøpt eller slettet mens den var åpen, så denne endringen ble ikke lagret. Lukk programmet og åpne filen der den ligger nå.</translation>
    </message>
    <message>
        <source>This programme is open read-only; changes cannot be saved.</source>
        <translation>Dette programmet er åpnet skrivebeskyttet; endringer kan ikke lagres.</translation>
    </message>
    <message>
        <source>The programme file {path} is damaged and cannot be opened. The newest backup copy, {backup}, was made on {date} before the file was updated to a new format: the changes made after that are not in it. Keep the damaged file; it may still be rescued.</source>
        <translation>Programfilen {path} er skadet og kan ikke åpnes. Den nyeste sikkerhetskopien, {backup}, ble laget {date} før filen ble oppdatert til et nytt format: endringene som er gjort etter det, er ikke med. Ta vare på den skadede filen; den kan kanskje fortsatt reddes.</translation>
    </message>
    <message>
        <source>The programme file {path} is damaged and cannot be opened. Workshop App has no backup copy of it; if you keep copies of your own, open the newest one. Keep the damaged file; it may still be rescued.</source>
        <translation>Programfilen {path} er skadet og kan ikke åpnes. Workshop App har ingen sikkerhetskopi av den; hvis du har egne kopier, åpner du den nyeste. Ta vare på den skadede filen; den kan kanskje fortsatt reddes.</translation>
    </message>
    <message>
        <source>{path} was made by an older Workshop App and could not be updated: {reason}. Nothing in it was changed, and a backup copy was written first.</source>
        <translation>{path} ble laget av en eldre Workshop App og kunne ikke oppdateres: {reason}. Ingenting i den ble endret, og en sikkerhetskopi ble skrevet først.</translation>
    </message>
    <message>
        <source>{path} cannot be opened for writing because its lock file {lock} cannot be used ({reason}). It may be open on another account. Nothing was changed; if no one has it open, remove {lock}.</source>
        <translation>{path} kan ikke åpnes for skriving fordi låsefilen {lock} ikke kan brukes ({reason}). Den kan være åpen på en annen konto. Ingenting ble endret; hvis ingen har den åpen, fjerner du {lock}.</translation>
    </message>
    <message>
        <source>{path} is already open in another Workshop App window or on another account. Close it there first.</source>
        <translation>{path} er allerede åpen i et annet Workshop App-vindu eller på en annen konto. Lukk den der først.</translation>
    </message>
    <message>
        <source>{out} ends in .{suffix} but the export is {format}; name it .{format}, or leave --format out.</source>
        <translation>{out} slutter på .{suffix}, men eksporten er {format}; kall filen .{format}, eller utelat --format.</translation>
    </message>
    <message>
        <source>No workshop in {path} has the id or title “{workshop}”.</source>
        <translation>Ingen workshop i {path} har ID-en eller tittelen «{workshop}».</translation>
    </message>
    <message>
        <source>Several workshops match “{workshop}”: {matches}. Give the whole title or the id.</source>
        <translation>Flere workshoper samsvarer med «{workshop}»: {matches}. Oppgi hele tittelen eller ID-en.</translation>
    </message>
    <message>
        <source>--workshop needs a workshop&apos;s id or title; it was empty. workshop-app info FILE lists them.</source>
        <translation>--workshop trenger et verksteds id eller tittel; den var tom. workshop-app info FIL viser dem.</translation>
    </message>
    <message>
        <source>--document needs --workshop: the documents are a workshop&apos;s.</source>
        <translation>--document krever --workshop: dokumentene hører til en workshop.</translation>
    </message>
    <message>
        <source>A workshop&apos;s documents are made as PDF or DOCX; CSV, XLSX and JSON hold the whole programme.</source>
        <translation>Dokumentene for en workshop lages som PDF eller DOCX; CSV, XLSX og JSON inneholder hele programmet.</translation>
    </message>
    <message>
        <source>The participant register is made as XLSX or CSV.</source>
        <translation>Deltakerregisteret lages som XLSX eller CSV.</translation>
    </message>
    <message>
        <source>This was changed elsewhere meanwhile (on another screen or a phone), so your change was not saved. What it holds now is shown.</source>
        <translation>Dette ble endret et annet sted i mellomtiden (på en annen skjerm eller en telefon), så endringen din ble ikke lagret. Det som står der nå, vises.</translation>
    </message>
    <message>
        <source>What this belonged to has been deleted meanwhile, so it cannot be put back.</source>
        <translation>Det dette hørte til, er slettet i mellomtiden, så det kan ikke settes tilbake.</translation>
    </message>
    <message>
        <source>{path} was made by an older Workshop App and must be updated, but first a backup copy must be written to {folder}, and the disk there is full. Nothing was changed. Free some space there, then open the file again.</source>
        <translation>{path} ble laget av en eldre Workshop App og må oppdateres, men først må en sikkerhetskopi skrives til {folder}, og disken der er full. Ingenting ble endret. Frigjør plass der og åpne filen på nytt.</translation>
    </message>
    <message>
        <source>{path} was made by an older Workshop App and must be updated, but first a backup copy must be written to {folder}, and that failed: {reason}. Nothing was changed. Make the folder writable, then open the file again.</source>
        <translation>{path} ble laget av en eldre Workshop App og må oppdateres, men først må en sikkerhetskopi skrives til {folder}, og det mislyktes: {reason}. Ingenting ble endret. Gi skrivetilgang til mappen og åpne filen på nytt.</translation>
    </message>
    <message>
        <source>The programme file {path} has a write-ahead log ({wal}) beside it that does not belong to it: it was copied from another programme or left from an earlier session. Nothing was changed. Move {wal} out of the folder (keep it, it may hold someone&apos;s work) and open the file again.</source>
        <translation>Ved siden av programfilen {path} ligger en skrivelogg ({wal}) som ikke hører til den: den er kopiert fra et annet program eller ligger igjen fra en tidligere økt. Ingenting ble endret. Flytt {wal} ut av mappen (ta vare på den, den kan inneholde noens arbeid) og åpne filen på nytt.</translation>
    </message>
    <message>
        <source>--into must name one of the two files being merged: {path}</source>
        <translation>--into må nevne en av de to filene som slås sammen: {path}</translation>
    </message>
    <message>
        <source>The copy {path} could not be written: {reason}.</source>
        <translation>Kopien {path} kunne ikke skrives: {reason}.</translation>
    </message>
    <message>
        <source>The two files are different programmes, not copies of one programme; they cannot be merged.</source>
        <translation>De to filene er forskjellige programmer, ikke kopier av ett program; de kan ikke slås sammen.</translation>
    </message>
    <message>
        <source>{field} must be a date.</source>
        <translation>{field} må være en dato.</translation>
    </message>
    <message>
        <source>{field} cannot be changed here.</source>
        <translation>{field} kan ikke endres her.</translation>
    </message>
    <message>
        <source>{field} is longer than {limit} characters.</source>
        <translation>{field} er lengre enn {limit} tegn.</translation>
    </message>
    <message>
        <source>The minutes are approved. Reopen them before changing the approval details.</source>
        <translation>Referatet er godkjent. Åpne det igjen før du endrer godkjenningsopplysningene.</translation>
    </message>
    <message>
        <source>Give the date the minutes were approved.</source>
        <translation>Oppgi datoen referatet ble godkjent.</translation>
    </message>
    <message>
        <source>The minutes are not approved.</source>
        <translation>Referatet er ikke godkjent.</translation>
    </message>
    <message>
        <source>Only a prompt of the method can be accepted.</source>
        <translation>Bare et spørsmål fra metoden kan godtas.</translation>
    </message>
    <message>
        <source>A goal sheet has one main goal: edit its text instead.</source>
        <translation>Et målskjema har ett hovedmål: rediger teksten i stedet.</translation>
    </message>
    <message>
        <source>A goal sheet keeps its main goal: edit its text, or delete the whole sheet.</source>
        <translation>Et målskjema beholder hovedmålet: rediger teksten, eller slett hele skjemaet.</translation>
    </message>
    <message>
        <source>Only cards on the same canvas can be linked.</source>
        <translation>Bare kort i samme rammeverk kan kobles.</translation>
    </message>
    <message>
        <source>A card can only serve a card in the column just before its own.</source>
        <translation>Et kort kan bare tjene et kort i kolonnen rett før sin egen.</translation>
    </message>
    <message>
        <source>On a goal sheet each goal or indicator belongs to one goal above it.</source>
        <translation>I et målskjema hører hvert mål eller hver indikator til ett mål over seg.</translation>
    </message>
    <message>
        <source>These cards are already linked.</source>
        <translation>Disse kortene er allerede koblet.</translation>
    </message>
    <message>
        <source>This is not a goal-and-indicator sheet.</source>
        <translation>Dette er ikke et skjema for mål og indikatorer.</translation>
    </message>
    <message>
        <source>Choose one or more of the hybrid models, each once.</source>
        <translation>Velg én eller flere av hybridmodellene, hver bare én gang.</translation>
    </message>
    <message>
        <source>This decision already records a hybrid model.</source>
        <translation>Dette vedtaket har allerede en hybridmodell.</translation>
    </message>
    <message>
        <source>Someone else changed the same part of the programme at the same moment, so this change was not saved. The view now shows their change; make yours again if it is still needed.</source>
        <translation>Noen andre endret den samme delen av programmet i samme øyeblikk, så denne endringen ble ikke lagret. Visningen viser nå deres endring; gjør din på nytt hvis den fortsatt trengs.</translation>
    </message>
    <message>
        <source>The connection to the server {location} was lost, so this change was not saved. Workshop App connects again for the next change; make this one again when the server answers.</source>
        <translation>Forbindelsen til serveren {location} ble brutt, så denne endringen ble ikke lagret. Workshop App kobler til igjen for neste endring; gjør denne på nytt når serveren svarer.</translation>
    </message>
    <message>
        <source>The server {location} refused a read or write: {reason}</source>
        <translation>Serveren {location} avviste en lesing eller skriving: {reason}</translation>
    </message>
    <message>
        <source>{location} is not a valid server address: {reason}</source>
        <translation>{location} er ikke en gyldig serveradresse: {reason}</translation>
    </message>
    <message>
        <source>The server {location} cannot be reached ({reason}). Check the address and your network, or ask the region&apos;s IT whether the server is running. Nothing was changed.</source>
        <translation>Serveren {location} kan ikke nås ({reason}). Kontroller adressen og nettverket, eller spør regionens IT om serveren kjører. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>The server {location} did not accept the user name or password. Check them (a password file or PGPASSWORD, see the README) or ask the region&apos;s IT. Nothing was changed.</source>
        <translation>Serveren {location} godtok ikke brukernavnet eller passordet. Kontroller dem (en passordfil eller PGPASSWORD, se README) eller spør regionens IT. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>The server has no database named in {location}. Ask the region&apos;s IT to create it.</source>
        <translation>Serveren har ingen database med navnet i {location}. Be regionens IT om å opprette den.</translation>
    </message>
    <message>
        <source>Your user may not open the programme at {location}. Ask the region&apos;s IT for access.</source>
        <translation>Brukeren din har ikke lov til å åpne programmet på {location}. Be regionens IT om tilgang.</translation>
    </message>
    <message>
        <source>The database {location} holds no programme yet. Copy a programme there with workshop-app copy.</source>
        <translation>Databasen {location} har ikke noe program ennå. Kopier et program dit med workshop-app copy.</translation>
    </message>
    <message>
        <source>The database {location} is not empty; a new programme needs an empty database. Nothing was changed.</source>
        <translation>Databasen {location} er ikke tom; et nytt program trenger en tom database. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>The database {location} belongs to another application, not to Workshop App. Nothing was changed.</source>
        <translation>Databasen {location} tilhører et annet program, ikke Workshop App. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>The programme at {location} was written by a newer Workshop App. This is Workshop App {app}, which reads formats up to {format}. Update Workshop App to open it. Nothing was changed.</source>
        <translation>Programmet på {location} er skrevet av en nyere Workshop App. Dette er Workshop App {app}, som leser formater til og med {format}. Oppdater Workshop App for å åpne det. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>The programme at {location} was made by an older Workshop App and must be updated, but your user may only read it. Ask someone who may change it to open it once.</source>
        <translation>Programmet på {location} er laget av en eldre Workshop App og må oppdateres, men brukeren din kan bare lese det. Be noen som kan endre det, om å åpne det én gang.</translation>
    </message>
    <message>
        <source>The record {id} refers to the participant {participant}, who is not in the export.</source>
        <translation>Posten {id} viser til deltakeren {participant}, som ikke finnes i eksporten.</translation>
    </message>
    <message>
        <source>The goal sheet {id} has more than one main goal.</source>
        <translation>Målarket {id} har mer enn ett hovedmål.</translation>
    </message>
    <message>
        <source>The canvas card {id} is in the column “{column}”, which the impact canvas does not have.</source>
        <translation>Kortet {id} står i kolonnen «{column}», som effektrammeverket ikke har.</translation>
    </message>
    <message>
        <source>The canvas card {id} has the origin “{origin}”, which is neither group nor method.</source>
        <translation>Kortet {id} har opphavet «{origin}», som verken er gruppen (group) eller metoden (method).</translation>
    </message>
    <message>
        <source>The canvas link {id} refers to a card that is not on the link&apos;s canvas.</source>
        <translation>Koblingen {id} viser til et kort som ikke står på samme rammeverk.</translation>
    </message>
    <message>
        <source>The canvas link {id} does not lead to the column just before its card&apos;s own column.</source>
        <translation>Koblingen {id} går ikke til kolonnen rett før kortets egen kolonne.</translation>
    </message>
    <message>
        <source>The goal sheet link {id} gives a card a second goal above it, where it has one.</source>
        <translation>Koblingen {id} i målarket gir et kort et andre mål over seg, men det kan bare ha ett.</translation>
    </message>
    <message>
        <source>The lifecycle mark {id} is on the curve “{lifecycle}”, which the method does not have.</source>
        <translation>Livsløpsmarkeringen {id} står på kurven «{lifecycle}», som metoden ikke har.</translation>
    </message>
    <message>
        <source>The lifecycle mark {id} is on the stage “{stage}”, which the curve “{lifecycle}” does not have.</source>
        <translation>Livsløpsmarkeringen {id} står i fasen «{stage}», som kurven «{lifecycle}» ikke har.</translation>
    </message>
    <message>
        <source>The decision {id} records the hybrid “{models}”, but a hybrid combines some of {known}, each once.</source>
        <translation>Vedtaket {id} registrerer hybriden «{models}», men en hybrid kombinerer noen av {known}, hver bare én gang.</translation>
    </message>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation>Denne konflikten er allerede avgjort.</translation>
    </message>
    <message>
        <source>The other value cannot be put back here: the record is gone or not editable.</source>
        <translation>Den andre verdien kan ikke settes inn her: posten er borte eller kan ikke redigeres.</translation>
    </message>
</context>
<context>
    <name>WorkshopListModel</name>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Ingen dato</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
</context>
<context>
    <name>WorkshopListPanel</name>
    <message>
        <source>New workshop</source>
        <translation>Ny workshop</translation>
    </message>
    <message>
        <source>Add a workshop</source>
        <translation>Legg til en workshop</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>Slett workshop</translation>
    </message>
    <message>
        <source>Delete the workshop “{title}” with its agenda, minutes, attendance, decisions and boards? Actions made from it stay in the action plan. Edit ▸ Undo brings everything back.</source>
        <translation>Vil du slette workshopen «{title}» med agenda, referat, oppmøte, beslutninger og firefeltstavler? Tiltak som er laget ut fra den, blir stående i handlingsplanen. Rediger ▸ Angre henter alt tilbake.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Delete a workshop</source>
        <translation>Slett en workshop</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshoper</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Finn:</translation>
    </message>
    <message>
        <source>Title, date or phase</source>
        <translation>Tittel, dato eller fase</translation>
    </message>
    <message>
        <source>Find a workshop</source>
        <translation>Finn en workshop</translation>
    </message>
    <message>
        <source>&amp;New workshop</source>
        <translation>&amp;Ny workshop</translation>
    </message>
    <message>
        <source>Add a workshop and type its title</source>
        <translation>Legg til en workshop og skriv inn tittelen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slett…</translation>
    </message>
    <message>
        <source>Delete the chosen workshop</source>
        <translation>Slett den valgte workshopen</translation>
    </message>
    <message>
        <source>Open &amp;board</source>
        <translation>Åpne &amp;tavle</translation>
    </message>
    <message>
        <source>Open the chosen workshop&apos;s quadrant board (or its Boards tab, to make one)</source>
        <translation>Åpne firefeltstavlen til det valgte verkstedet (eller Tavler-fanen, der du lager en)</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <source>&amp;Run workshop</source>
        <translation>&amp;Gjennomfør workshop</translation>
    </message>
    <message>
        <source>Show the agenda item by item with a countdown, large enough for a projector</source>
        <translation>Vis agendaen punkt for punkt med nedtelling, stort nok for en projektor</translation>
    </message>
    <message>
        <source>Choose a workshop on the left, or add one with New workshop.</source>
        <translation>Velg en workshop til venstre, eller legg til en med Ny workshop.</translation>
    </message>
</context>
<context>
    <name>YearPlanView</name>
    <message>
        <source>Yea&amp;r:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Actions in the order of the action list. Enter or a double click opens one there to edit.</source>
        <translation>Tiltak i samme rekkefølge som i tiltakslisten. Enter eller dobbeltklikk åpner tiltaket der for redigering.</translation>
    </message>
    <message>
        <source>Not planned ({count})</source>
        <translation>Ikke planlagt ({count})</translation>
    </message>
    <message>
        <source>Actions not planned in any year</source>
        <translation>Tiltak som ikke er planlagt for noe år</translation>
    </message>
    <message>
        <source>Every action has a year in the plan.</source>
        <translation>Alle tiltak har et år i planen.</translation>
    </message>
    <message>
        <source>Sometime in {year} ({count})</source>
        <translation>I løpet av {year} ({count})</translation>
    </message>
    <message>
        <source>Actions planned for {year} without a quarter</source>
        <translation>Tiltak planlagt for {year} uten kvartal</translation>
    </message>
    <message>
        <source>Every action planned for {year} has a quarter.</source>
        <translation>Alle tiltak planlagt for {year} har et kvartal.</translation>
    </message>
    <message>
        <source>{first}–{last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <source>Q{quarter} · {months} ({count})</source>
        <translation>{quarter}. kvartal · {months} ({count})</translation>
    </message>
    <message>
        <source>Actions planned for quarter {quarter} of {year}</source>
        <translation>Tiltak planlagt for {quarter}. kvartal {year}</translation>
    </message>
    <message>
        <source>Nothing planned for this quarter.</source>
        <translation>Ingenting planlagt for dette kvartalet.</translation>
    </message>
</context>
</TS>
