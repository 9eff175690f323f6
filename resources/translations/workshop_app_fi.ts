<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>About</name>
    <message>
        <source>Font; its licence is in {file}</source>
        <translation>Fontti; lisenssi on tiedostossa {file}</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponentti</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisenssi</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ei päiväystä</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nimeke</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Julkaisija</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Tietoja: {app}</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Tietoja</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Lisenssi</translation>
    </message>
    <message>
        <source>&amp;Third-Party Software</source>
        <translation>&amp;Kolmannen osapuolen ohjelmistot</translation>
    </message>
    <message>
        <source>&amp;Method Sources</source>
        <translation>&amp;Menetelmän lähteet</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versio {version}</translation>
    </message>
    <message>
        <source>Guides facilitators of regional and neighbourhood development through a five-phase participatory method, and keeps what each workshop produces in one file per programme, on this computer only.</source>
        <translation>Ohjaa alueellisen ja asuinalueiden kehittämisen fasilitaattoreita viisivaiheisen osallistavan menetelmän läpi ja tallentaa kunkin työpajan tuotokset yhteen tiedostoon ohjelmaa kohden – vain tälle tietokoneelle.</translation>
    </message>
    <message>
        <source>Free software under the &lt;a href=&quot;{url}&quot;&gt;European Union Public Licence 1.2&lt;/a&gt; ({spdx}). You may use, copy, share and change it under its terms.</source>
        <translation>Vapaa ohjelmisto, jonka lisenssi on &lt;a href=&quot;{url}&quot;&gt;Euroopan unionin yleinen lisenssi 1.2&lt;/a&gt; ({spdx}). Voit käyttää, kopioida, jakaa ja muuttaa sitä lisenssin ehtojen mukaisesti.</translation>
    </message>
    <message>
        <source>Where the app keeps its files</source>
        <translation>Missä sovellus säilyttää tiedostonsa</translation>
    </message>
    <message>
        <source>&amp;Demo and app data:</source>
        <translation>&amp;Esimerkki- ja sovellustiedot:</translation>
    </message>
    <message>
        <source>&amp;Backups:</source>
        <translation>&amp;Varmuuskopiot:</translation>
    </message>
    <message>
        <source>Lo&amp;g files:</source>
        <translation>L&amp;okitiedostot:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Tietokansio</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Varmuuskopiokansio</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Lokikansio</translation>
    </message>
    <message>
        <source>{app} is licensed under the European Union Public Licence, version 1.2:</source>
        <translation>{app} on lisensoitu Euroopan unionin yleisellä lisenssillä, versio 1.2:</translation>
    </message>
    <message>
        <source>{app} is licensed under the European Union Public Licence, version 1.2. The licence file is missing from this copy; the text is at &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;.</source>
        <translation>{app} on lisensoitu Euroopan unionin yleisellä lisenssillä, versio 1.2. Lisenssitiedosto puuttuu tästä kopiosta; lisenssin teksti on osoitteessa &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Lisenssin teksti</translation>
    </message>
    <message>
        <source>{app} is built with the following free software and fonts. Qt and Qt for Python are used under the GNU Lesser General Public License v3; you may replace them with your own build.</source>
        <translation>{app} on rakennettu seuraavien vapaiden ohjelmistojen ja fonttien varaan. Qt:tä ja Qt for Pythonia käytetään GNU Lesser General Public License v3 -lisenssin ehdoin; voit korvata ne itse kääntämilläsi versioilla.</translation>
    </message>
    <message>
        <source>Third-party software and their licences</source>
        <translation>Kolmannen osapuolen ohjelmistot ja niiden lisenssit</translation>
    </message>
    <message>
        <source>The method&apos;s texts were written from these sources. Point at a source to read what was taken from it.</source>
        <translation>Menetelmän tekstit on kirjoitettu näiden lähteiden pohjalta. Vie osoitin lähteen päälle, niin näet, mitä siitä on otettu.</translation>
    </message>
    <message>
        <source>Sources of the method</source>
        <translation>Menetelmän lähteet</translation>
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
        <translation>{year} Q{quarter}</translation>
    </message>
</context>
<context>
    <name>ActionPriority</name>
    <message>
        <source>High</source>
        <translation>Korkea</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Tavallinen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Matala</translation>
    </message>
</context>
<context>
    <name>ActionStatus</name>
    <message>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Luovuttu</translation>
    </message>
</context>
<context>
    <name>ActionsFromDecisions</name>
    <message>
        <source>Make actions from decisions</source>
        <translation>Toimenpiteiden luonti päätöksistä</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <source>In the action plan</source>
        <translation>Toimenpidesuunnitelmassa</translation>
    </message>
    <message>
        <source>{title} ({date})</source>
        <translation>{title} ({date})</translation>
    </message>
    <message>
        <source>Already an action</source>
        <translation>On jo toimenpide</translation>
    </message>
    <message>
        <source>An action from this workshop with the same wording exists.</source>
        <translation>Tästä työpajasta on jo samansanainen toimenpide.</translation>
    </message>
    <message>
        <source>All are actions</source>
        <translation>Kaikki ovat toimenpiteitä</translation>
    </message>
</context>
<context>
    <name>ActionsFromDecisionsDialog</name>
    <message>
        <source>Actions from decisions</source>
        <translation>Toimenpiteet päätöksistä</translation>
    </message>
    <message>
        <source>Check the decisions that should become actions. Each action is worded as its decision and remembers the workshop; give it an owner and a due date afterwards in the action plan. Space checks the decision at the cursor.</source>
        <translation>Valitse päätökset, joista tehdään toimenpiteitä. Kunkin toimenpiteen sanamuoto on sama kuin päätöksen, ja toimenpide muistaa työpajansa; anna sille vastuuhenkilö ja määräaika myöhemmin toimenpidesuunnitelmassa. Välilyönti valitsee kohdistimen kohdalla olevan päätöksen.</translation>
    </message>
    <message>
        <source>Workshops and their decisions</source>
        <translation>Työpajat ja niiden päätökset</translation>
    </message>
    <message>
        <source>No workshop has decisions yet. Record them in the workshop&apos;s minutes first.</source>
        <translation>Yhdelläkään työpajalla ei ole vielä päätöksiä. Kirjaa ne ensin työpajan muistioon.</translation>
    </message>
    <message>
        <source>&amp;Make actions of the checked decisions</source>
        <translation>&amp;Tee valituista päätöksistä toimenpiteet</translation>
    </message>
    <message>
        <source>Makes them in one step; {shortcut} undoes it.</source>
        <translation>Tekee ne yhdellä kertaa; {shortcut} kumoaa toiminnon.</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteetti</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Ajoitus</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Kumppanit</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Valmistunut</translation>
    </message>
    <message>
        <source>From workshop</source>
        <translation>Työpajasta</translation>
    </message>
    <message>
        <source>What is to be done. Press F2 to edit.</source>
        <translation>Mitä tehdään. Muokkaa painamalla F2.</translation>
    </message>
    <message>
        <source>Who is responsible; a name from the participant register links the action to that person.</source>
        <translation>Kuka vastaa; osallistujarekisterissä oleva nimi liittää toimenpiteen kyseiseen henkilöön.</translation>
    </message>
    <message>
        <source>The day by which it should be done.</source>
        <translation>Päivä, johon mennessä toimenpide on tehtävä.</translation>
    </message>
    <message>
        <source>Open, in progress, done or dropped.</source>
        <translation>Avoin, käynnissä, valmis tai luovuttu.</translation>
    </message>
    <message>
        <source>High, normal or low.</source>
        <translation>Korkea, tavallinen tai matala.</translation>
    </message>
    <message>
        <source>The phase of the method the action belongs to.</source>
        <translation>Menetelmän vaihe, johon toimenpide kuuluu.</translation>
    </message>
    <message>
        <source>The year and quarter of the yearly activity plan.</source>
        <translation>Vuosittaisen toimintasuunnitelman vuosi ja vuosineljännes.</translation>
    </message>
    <message>
        <source>Who else takes part.</source>
        <translation>Ketkä muut ovat mukana.</translation>
    </message>
    <message>
        <source>The day it was done; set when the status becomes done.</source>
        <translation>Päivä, jona toimenpide valmistui; asetetaan, kun tilaksi tulee valmis.</translation>
    </message>
    <message>
        <source>The workshop the action came from.</source>
        <translation>Työpaja, josta toimenpide on peräisin.</translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation>Ei vielä vastuuhenkilöä</translation>
    </message>
    <message>
        <source>{owner} · {status}</source>
        <translation>{owner} · {status}</translation>
    </message>
    <message>
        <source>{owner} · due {date} · {status}</source>
        <translation>{owner} · määräaika {date} · {status}</translation>
    </message>
    <message>
        <source>Overdue since {date}.</source>
        <translation>Myöhässä; määräaika oli {date}.</translation>
    </message>
    <message>
        <source>{name}, {organisation} (in the participant register)</source>
        <translation>{name}, {organisation} (osallistujarekisterissä)</translation>
    </message>
    <message>
        <source>{name} (in the participant register)</source>
        <translation>{name} (osallistujarekisterissä)</translation>
    </message>
    <message>
        <source>Not linked to the participant register.</source>
        <translation>Ei liitetty osallistujarekisteriin.</translation>
    </message>
    <message>
        <source>Done on {date}.</source>
        <translation>Valmistunut {date}.</translation>
    </message>
    <message>
        <source>From the workshop “{title}” on {date}.</source>
        <translation>Työpajasta ”{title}” ({date}).</translation>
    </message>
    <message>
        <source>Change what an action is</source>
        <translation>Toimenpiteen kuvauksen muutos</translation>
    </message>
    <message>
        <source>Change the owner of an action</source>
        <translation>Toimenpiteen vastuuhenkilön muutos</translation>
    </message>
    <message>
        <source>Change the due date of an action</source>
        <translation>Toimenpiteen määräajan muutos</translation>
    </message>
    <message>
        <source>Change the status of an action</source>
        <translation>Toimenpiteen tilan muutos</translation>
    </message>
    <message>
        <source>Change the priority of an action</source>
        <translation>Toimenpiteen prioriteetin muutos</translation>
    </message>
    <message>
        <source>Change the phase of an action</source>
        <translation>Toimenpiteen vaiheen muutos</translation>
    </message>
    <message>
        <source>Change when an action is planned</source>
        <translation>Toimenpiteen ajoituksen muutos</translation>
    </message>
    <message>
        <source>Change the partners of an action</source>
        <translation>Toimenpiteen kumppanien muutos</translation>
    </message>
    <message>
        <source>Change the day an action was done</source>
        <translation>Toimenpiteen valmistumispäivän muutos</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Action plan</source>
        <translation>Toimenpidesuunnitelma</translation>
    </message>
    <message>
        <source>Who does what, and by when. Double-click a cell or press F2 to change it; every change is saved at once and can be undone.</source>
        <translation>Kuka tekee mitä ja mihin mennessä. Muuta solua kaksoisnapsauttamalla sitä tai painamalla F2; jokainen muutos tallentuu heti ja on kumottavissa.</translation>
    </message>
    <message>
        <source>&amp;New action</source>
        <translation>&amp;Uusi toimenpide</translation>
    </message>
    <message>
        <source>Add an action to the plan ({shortcut})</source>
        <translation>Lisää suunnitelmaan toimenpide ({shortcut})</translation>
    </message>
    <message>
        <source>From &amp;decisions…</source>
        <translation>&amp;Päätöksistä…</translation>
    </message>
    <message>
        <source>Make actions of a workshop&apos;s decisions in one step</source>
        <translation>Tee työpajan päätöksistä toimenpiteitä yhdellä kertaa</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>P&amp;oista</translation>
    </message>
    <message>
        <source>Delete the selected actions ({shortcut})</source>
        <translation>Poista valitut toimenpiteet ({shortcut})</translation>
    </message>
    <message>
        <source>Search actions</source>
        <translation>Hae toimenpiteitä</translation>
    </message>
    <message>
        <source>Action &amp;list</source>
        <translation>&amp;Toimenpideluettelo</translation>
    </message>
    <message>
        <source>&amp;Yearly activity plan</source>
        <translation>&amp;Vuosittainen toimintasuunnitelma</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Hae:</translation>
    </message>
    <message>
        <source>Words in what, why, owner, partners or workshop</source>
        <translation>Hae kuvauksesta, perusteluista, vastuuhenkilöstä, kumppaneista tai työpajasta</translation>
    </message>
    <message>
        <source>Search actions ({shortcut})</source>
        <translation>Hae toimenpiteitä ({shortcut})</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>V&amp;astuuhenkilö:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>Vaih&amp;e:</translation>
    </message>
    <message>
        <source>Plan ye&amp;ar:</source>
        <translation>&amp;Suunnitelmavuosi:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Tila:</translation>
    </message>
    <message>
        <source>&amp;Reset filters</source>
        <translation>Tyhjennä suo&amp;dattimet</translation>
    </message>
    <message>
        <source>Show every action again</source>
        <translation>Näytä taas kaikki toimenpiteet</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>Sara&amp;kkeet</translation>
    </message>
    <message>
        <source>Choose which columns the list shows</source>
        <translation>Valitse luettelossa näkyvät sarakkeet</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Toimenpiteet</translation>
    </message>
    <message>
        <source>Only actions past their due date that are not done or dropped</source>
        <translation>Vain toimenpiteet, joiden määräaika on mennyt ja joiden tila ei ole valmis tai luovuttu</translation>
    </message>
    <message>
        <source>{status} ({count})</source>
        <translation>{status} ({count})</translation>
    </message>
    <message>
        <source>&amp;Overdue only ({count})</source>
        <translation>Vain &amp;myöhässä olevat ({count})</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Vain myöhässä olevat</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation>Ei vielä vastuuhenkilöä</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Kaikki vaiheet</translation>
    </message>
    <message>
        <source>No phase</source>
        <translation>Ei vaihetta</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Kaikki vuodet</translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation>Ei ajoitettu</translation>
    </message>
    <message>
        <source>Shown: {shown} of {total}</source>
        <translation>Näkyvissä: {shown}/{total}</translation>
    </message>
    <message>
        <source>No actions yet. Press {shortcut} for a new one, or make actions of a workshop&apos;s decisions.</source>
        <translation>Toimenpiteitä ei vielä ole. Lisää uusi painamalla {shortcut} tai tee toimenpiteitä työpajan päätöksistä.</translation>
    </message>
    <message>
        <source>No action matches the filters. Reset filters shows them all.</source>
        <translation>Mikään toimenpide ei vastaa suodattimia. Tyhjennä suodattimet -painike näyttää kaikki.</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Uusi toimenpide</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Toimenpiteen lisäys</translation>
    </message>
    <message>
        <source>Delete the action “{what}”?</source>
        <translation>Poistetaanko toimenpide ”{what}”?</translation>
    </message>
    <message>
        <source>Delete the {count} selected actions?</source>
        <translation>Poistetaanko valitut toimenpiteet ({count})?</translation>
    </message>
    <message>
        <source>Delete actions</source>
        <translation>Toimenpiteiden poisto</translation>
    </message>
    <message>
        <source>You can undo this with {shortcut}.</source>
        <translation>Voit kumota poiston näppäinyhdistelmällä {shortcut}.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Delete an action</source>
        <translation>Toimenpiteen poisto</translation>
    </message>
    <message>
        <source>Edit cell</source>
        <translation>Muokkaa solua</translation>
    </message>
</context>
<context>
    <name>ActorTypeDelegate</name>
    <message>
        <source>Actor type</source>
        <translation>Toimijatyyppi</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Agenda item</source>
        <translation>Asiakohta</translation>
    </message>
    <message>
        <source>Planned (min)</source>
        <translation>Suunniteltu kesto (min)</translation>
    </message>
    <message>
        <source>Rename an agenda item</source>
        <translation>Asiakohdan nimen muutos</translation>
    </message>
    <message>
        <source>Change the planned minutes</source>
        <translation>Suunnitellun keston muutos</translation>
    </message>
    <message>
        <source>Edit the minutes</source>
        <translation>Muistion muokkaus</translation>
    </message>
    <message>
        <source>Add an agenda item</source>
        <translation>Asiakohdan lisäys</translation>
    </message>
    <message>
        <source>Remove an agenda item</source>
        <translation>Asiakohdan poisto</translation>
    </message>
    <message>
        <source>Move an agenda item</source>
        <translation>Asiakohdan siirto</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>{planned} minutes planned. Give the workshop a start and an end time to compare the agenda with its length.</source>
        <translation>Suunniteltu kesto yhteensä {planned} min. Anna työpajalle alkamis- ja päättymisaika, niin voit verrata asialistaa työpajan kestoon.</translation>
    </message>
    <message>
        <source>{planned} minutes planned: {over} minutes more than the {slot} minutes from start to end.</source>
        <translation>Suunniteltu kesto yhteensä {planned} min: {over} min enemmän kuin alkamis- ja päättymisajan välinen {slot} min.</translation>
    </message>
    <message>
        <source>{planned} of {slot} minutes planned, {spare} minutes to spare.</source>
        <translation>Suunniteltu kesto {planned} min, käytettävissä {slot} min; aikaa jää {spare} min.</translation>
    </message>
    <message>
        <source>{activity} ({minutes} min)</source>
        <translation>{activity} ({minutes} min)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Asialista</translation>
    </message>
    <message>
        <source>No agenda items yet. Type one below, or add an activity from the method.</source>
        <translation>Asiakohtia ei vielä ole. Kirjoita kohta alle tai lisää menetelmän ehdottama harjoitus.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Siirrä &amp;ylös</translation>
    </message>
    <message>
        <source>Move the chosen item up</source>
        <translation>Siirrä valittua kohtaa ylöspäin</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Siirrä &amp;alas</translation>
    </message>
    <message>
        <source>Move the chosen item down</source>
        <translation>Siirrä valittua kohtaa alaspäin</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Remove the chosen item from the agenda</source>
        <translation>Poista valittu kohta asialistalta</translation>
    </message>
    <message>
        <source>New &amp;item:</source>
        <translation>Uusi asia&amp;kohta:</translation>
    </message>
    <message>
        <source>Title of the agenda item</source>
        <translation>Asiakohdan otsikko</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Uusi asiakohta</translation>
    </message>
    <message>
        <source>&amp;Planned minutes:</source>
        <translation>&amp;Suunniteltu kesto (min):</translation>
    </message>
    <message>
        <source>Planned minutes of the new item</source>
        <translation>Uuden kohdan suunniteltu kesto minuutteina</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lisää</translation>
    </message>
    <message>
        <source>Add the item at the end of the agenda (Enter)</source>
        <translation>Lisää kohta asialistan loppuun (Enter)</translation>
    </message>
    <message>
        <source>From the m&amp;ethod</source>
        <translation>&amp;Menetelmästä</translation>
    </message>
    <message>
        <source>Add an activity the method suggests for this phase</source>
        <translation>Lisää harjoitus, jota menetelmä ehdottaa tähän vaiheeseen</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Open programme</source>
        <translation>Avaa ohjelma</translation>
    </message>
    <message>
        <source>Workshop App programmes (*{suffix})</source>
        <translation>Workshop App -ohjelmatiedostot (*{suffix})</translation>
    </message>
    <message>
        <source>Plan one workshop</source>
        <translation>Suunnittele yksi työpaja</translation>
    </message>
    <message>
        <source>What is the workshop called?</source>
        <translation>Mikä työpajan nimi on?</translation>
    </message>
    <message>
        <source>Focus group</source>
        <translation>Fokusryhmä</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>käyttö: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>sijaintiargumentit</translation>
    </message>
    <message>
        <source>options</source>
        <translation>valitsimet</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>näytä tämä ohje ja lopeta</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: virhe: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>seuraavat argumentit puuttuvat: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>tuntemattomat argumentit: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>virheellinen valinta: %(value)r (valitse joukosta %(choices)s)</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>odotettiin yhtä argumenttia</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumentti %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>ei sallittu argumentin %s kanssa</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Present</source>
        <translation>Paikalla</translation>
    </message>
    <message>
        <source>Sent apologies</source>
        <translation>Ilmoittanut esteestä</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Poissa</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ei kirjattu</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Läsnäolo</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>Läsnäolon kirjaus</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Present: {present}    Sent apologies: {apologies}    Absent: {absent}    Not recorded: {unknown}</source>
        <translation>Paikalla: {present}    Ilmoittanut esteestä: {apologies}    Poissa: {absent}    Ei kirjattu: {unknown}</translation>
    </message>
    <message>
        <source>&amp;Search the register:</source>
        <translation>&amp;Hae rekisteristä:</translation>
    </message>
    <message>
        <source>Name or organisation</source>
        <translation>Nimi tai organisaatio</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Etsi henkilö</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Rekisteri</translation>
    </message>
    <message>
        <source>Attendance register</source>
        <translation>Läsnäololuettelo</translation>
    </message>
    <message>
        <source>Mark the chosen people as:</source>
        <translation>Merkitse valitut henkilöt:</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Paikalla</translation>
    </message>
    <message>
        <source>Record the chosen people as present</source>
        <translation>Kirjaa valitut henkilöt paikalla oleviksi</translation>
    </message>
    <message>
        <source>Sent &amp;apologies</source>
        <translation>&amp;Ilmoittanut esteestä</translation>
    </message>
    <message>
        <source>Record that the chosen people sent apologies</source>
        <translation>Kirjaa, että valitut henkilöt ilmoittivat esteestä</translation>
    </message>
    <message>
        <source>A&amp;bsent</source>
        <translation>P&amp;oissa</translation>
    </message>
    <message>
        <source>Record the chosen people as absent</source>
        <translation>Kirjaa valitut henkilöt poissaoleviksi</translation>
    </message>
    <message>
        <source>Not re&amp;corded</source>
        <translation>&amp;Ei kirjattu</translation>
    </message>
    <message>
        <source>Remove the chosen people&apos;s attendance record</source>
        <translation>Poista valittujen henkilöiden läsnäolomerkintä</translation>
    </message>
</context>
<context>
    <name>BoardActions</name>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Nelikenttä</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Väri</translation>
    </message>
    <message>
        <source>Zoom to a &amp;quadrant</source>
        <translation>Lähennä &amp;lohkoon</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Esitys</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Lisää lappu</translation>
    </message>
    <message>
        <source>Add a note at the pointer or in the centre</source>
        <translation>Lisää lappu osoittimen kohdalle tai keskelle</translation>
    </message>
    <message>
        <source>&amp;Edit note</source>
        <translation>M&amp;uokkaa lappua</translation>
    </message>
    <message>
        <source>Edit the selected note&apos;s text in place</source>
        <translation>Muokkaa valitun lapun tekstiä paikallaan</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Delete the selected notes</source>
        <translation>Poista valitut laput</translation>
    </message>
    <message>
        <source>Select &amp;all notes</source>
        <translation>Valitse &amp;kaikki laput</translation>
    </message>
    <message>
        <source>Select every note</source>
        <translation>Valitse kaikki laput</translation>
    </message>
    <message>
        <source>Colour the selected notes and new ones</source>
        <translation>Väritä valitut ja uudet laput</translation>
    </message>
    <message>
        <source>Colour by &amp;author</source>
        <translation>Väri &amp;kirjoittajan mukaan</translation>
    </message>
    <message>
        <source>Give each author&apos;s notes their own colour</source>
        <translation>Anna kunkin kirjoittajan lapuille oma värinsä</translation>
    </message>
    <message>
        <source>Show &amp;authors</source>
        <translation>Näytä &amp;kirjoittajat</translation>
    </message>
    <message>
        <source>Show who wrote each note</source>
        <translation>Näytä, kuka kirjoitti kunkin lapun</translation>
    </message>
    <message>
        <source>New notes &amp;face down</source>
        <translation>Uudet laput &amp;piilotettuina</translation>
    </message>
    <message>
        <source>Add new notes face down, to be revealed together</source>
        <translation>Lisää uudet laput piilotettuina, paljastetaan yhdessä</translation>
    </message>
    <message>
        <source>&amp;Reveal hidden notes</source>
        <translation>&amp;Paljasta piilotetut laput</translation>
    </message>
    <message>
        <source>Turn every face-down note over</source>
        <translation>Käännä kaikki piilotetut laput esiin</translation>
    </message>
    <message>
        <source>&amp;Tidy the notes</source>
        <translation>&amp;Siisti laput</translation>
    </message>
    <message>
        <source>Move notes that cover each other apart, each staying in its quadrant</source>
        <translation>Siirrä toistensa päällä olevat laput erilleen, kukin omassa neljänneksessään</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Lähennä</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Lähennä</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Loitonna</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Loitonna</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Sovita ikkunaan</translation>
    </message>
    <message>
        <source>Show the whole board</source>
        <translation>Näytä koko nelikenttä</translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation>K&amp;oko näyttö</translation>
    </message>
    <message>
        <source>Use the whole screen for the board</source>
        <translation>Käytä koko näyttöä nelikentälle</translation>
    </message>
    <message>
        <source>C&amp;lose board</source>
        <translation>S&amp;ulje nelikenttä</translation>
    </message>
    <message>
        <source>Close this board</source>
        <translation>Sulje tämä nelikenttä</translation>
    </message>
    <message>
        <source>&amp;Make an action</source>
        <translation>Tee &amp;toimenpide</translation>
    </message>
    <message>
        <source>Put the selected note into the action plan</source>
        <translation>Lisää valittu lappu toimenpidesuunnitelmaan</translation>
    </message>
    <message>
        <source>&amp;Voting with dots</source>
        <translation>Äänestys p&amp;isteillä</translation>
    </message>
    <message>
        <source>Clicking a note gives it one of the voter&apos;s dots</source>
        <translation>Lapun napsauttaminen antaa sille yhden äänestäjän pisteistä</translation>
    </message>
    <message>
        <source>Show &amp;spread</source>
        <translation>Näytä &amp;hajonta</translation>
    </message>
    <message>
        <source>Show where several people placed the same idea</source>
        <translation>Näytä, mihin useampi henkilö sijoitti saman idean</translation>
    </message>
    <message>
        <source>Compare with the &amp;previous round</source>
        <translation>Vertaa &amp;edelliseen kierrokseen</translation>
    </message>
    <message>
        <source>Arrows from where each idea stood in the previous round</source>
        <translation>Nuolet kunkin idean edellisen kierroksen sijainnista</translation>
    </message>
    <message>
        <source>&amp;Freeze this round and start the next…</source>
        <translation>&amp;Jäädytä kierros ja aloita seuraava…</translation>
    </message>
    <message>
        <source>Keep this round as it stands and continue in a new round</source>
        <translation>Säilytä tämä kierros sellaisenaan ja jatka uudella kierroksella</translation>
    </message>
    <message>
        <source>&amp;Participant mode</source>
        <translation>&amp;Osallistujatila</translation>
    </message>
    <message>
        <source>A full-screen view for people to add notes</source>
        <translation>Koko näytön näkymä, jossa osallistujat voivat lisätä lappuja</translation>
    </message>
    <message>
        <source>P&amp;resentation window</source>
        <translation>&amp;Esitysikkuna</translation>
    </message>
    <message>
        <source>Show the board on the projector or a second screen</source>
        <translation>Näytä nelikenttä projektorilla tai toisella näytöllä</translation>
    </message>
    <message>
        <source>Presentation &amp;follows my view</source>
        <translation>Esitys &amp;seuraa näkymääni</translation>
    </message>
    <message>
        <source>The presentation shows what you zoom to; off: the whole board</source>
        <translation>Esitys näyttää sen, mihin lähennät; pois päältä: koko nelikenttä</translation>
    </message>
    <message>
        <source>&amp;Large notes for the room</source>
        <translation>&amp;Suuret laput salille</translation>
    </message>
    <message>
        <source>In room views, enlarge the notes as far as the board&apos;s layout allows and write each text as large as its note holds</source>
        <translation>Suurenna laput salinäkymissä niin paljon kuin taulun asettelu sallii ja kirjoita kunkin lapun teksti niin suurena kuin lappuun mahtuu</translation>
    </message>
    <message>
        <source>&amp;Start timer</source>
        <translation>&amp;Käynnistä ajastin</translation>
    </message>
    <message>
        <source>Start or pause the round timer</source>
        <translation>Käynnistä tai keskeytä kierrosajastin</translation>
    </message>
    <message>
        <source>Reset ti&amp;mer</source>
        <translation>&amp;Palauta ajastin</translation>
    </message>
    <message>
        <source>Set the round timer back to its full time</source>
        <translation>Palauta kierrosajastin täyteen aikaan</translation>
    </message>
    <message>
        <source>Export as P&amp;NG…</source>
        <translation>Vie P&amp;NG-kuvana…</translation>
    </message>
    <message>
        <source>Save the board as a picture for print</source>
        <translation>Tallenna nelikenttä kuvana tulostusta varten</translation>
    </message>
    <message>
        <source>Export as S&amp;VG…</source>
        <translation>Vie SV&amp;G-kuvana…</translation>
    </message>
    <message>
        <source>Save the board as a vector drawing</source>
        <translation>Tallenna nelikenttä vektoripiirroksena</translation>
    </message>
    <message>
        <source>Leave participant mode</source>
        <translation>Poistu osallistujatilasta</translation>
    </message>
    <message>
        <source>Back to the facilitator&apos;s view</source>
        <translation>Takaisin fasilitaattorin näkymään</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Seuraava henkilö</translation>
    </message>
    <message>
        <source>Clear the name and the note for the next person</source>
        <translation>Tyhjennä nimi ja lappu seuraavaa henkilöä varten</translation>
    </message>
    <message>
        <source>&amp;Top left</source>
        <translation>&amp;Vasen ylälohko</translation>
    </message>
    <message>
        <source>Zoom to the top left quadrant</source>
        <translation>Lähennä vasempaan ylälohkoon</translation>
    </message>
    <message>
        <source>Top &amp;right</source>
        <translation>&amp;Oikea ylälohko</translation>
    </message>
    <message>
        <source>Zoom to the top right quadrant</source>
        <translation>Lähennä oikeaan ylälohkoon</translation>
    </message>
    <message>
        <source>&amp;Bottom left</source>
        <translation>V&amp;asen alalohko</translation>
    </message>
    <message>
        <source>Zoom to the bottom left quadrant</source>
        <translation>Lähennä vasempaan alalohkoon</translation>
    </message>
    <message>
        <source>B&amp;ottom right</source>
        <translation>O&amp;ikea alalohko</translation>
    </message>
    <message>
        <source>Zoom to the bottom right quadrant</source>
        <translation>Lähennä oikeaan alalohkoon</translation>
    </message>
    <message>
        <source>Colour: {name}</source>
        <translation>Väri: {name}</translation>
    </message>
    <message>
        <source>{tip} ({shortcut})</source>
        <translation>{tip} ({shortcut})</translation>
    </message>
    <message>
        <source>&amp;Reveal hidden notes ({count})</source>
        <translation>&amp;Paljasta piilotetut laput ({count})</translation>
    </message>
</context>
<context>
    <name>BoardAnalysis</name>
    <message>
        <source>new</source>
        <translation>uusi</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>poistettu</translation>
    </message>
    <message>
        <source>not moved</source>
        <translation>ei siirtynyt</translation>
    </message>
    <message>
        <source>moved {distance}</source>
        <translation>siirtyi {distance}</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muutos</translation>
    </message>
    <message>
        <source>{number}. {idea} (placed {count} times)</source>
        <translation>{number}. {idea} (sijoituksia: {count})</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Hajonta</translation>
    </message>
</context>
<context>
    <name>BoardCommands</name>
    <message>
        <source>Add note</source>
        <translation>Lapun lisäys</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Lapun muokkaus</translation>
    </message>
    <message>
        <source>Change the colour of a note</source>
        <translation>Lapun värin muutos</translation>
    </message>
    <message>
        <source>Change the colour of {count} notes</source>
        <translation>Lappujen värin muutos ({count})</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Lapun poisto</translation>
    </message>
    <message>
        <source>Delete {count} notes</source>
        <translation>Lappujen poisto ({count})</translation>
    </message>
    <message>
        <source>Reveal hidden notes</source>
        <translation>Piilotettujen lappujen paljastus</translation>
    </message>
    <message>
        <source>Tidy the notes</source>
        <translation>Siistitään laput</translation>
    </message>
    <message>
        <source>Move note</source>
        <translation>Lapun siirto</translation>
    </message>
    <message>
        <source>Move {count} notes</source>
        <translation>Lappujen siirto ({count})</translation>
    </message>
</context>
<context>
    <name>BoardDescription</name>
    <message>
        <source>top left</source>
        <translation>vasen ylälohko</translation>
    </message>
    <message>
        <source>top right</source>
        <translation>oikea ylälohko</translation>
    </message>
    <message>
        <source>bottom left</source>
        <translation>vasen alalohko</translation>
    </message>
    <message>
        <source>bottom right</source>
        <translation>oikea alalohko</translation>
    </message>
    <message>
        <source>left</source>
        <translation>vasen reuna</translation>
    </message>
    <message>
        <source>right</source>
        <translation>oikea reuna</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>alareuna</translation>
    </message>
    <message>
        <source>top</source>
        <translation>yläreuna</translation>
    </message>
    <message>
        <source>{quadrant}: leaning to “{x_side}” ({x}), “{y_side}” ({y})</source>
        <translation>{quadrant}: painottuu suuntaan ”{x_side}” ({x}) ja ”{y_side}” ({y})</translation>
    </message>
    <message>
        <source>Face-down note — {position}</source>
        <translation>Piilotettu lappu — {position}</translation>
    </message>
    <message>
        <source>{text} — {position}</source>
        <translation>{text} — {position}</translation>
    </message>
    <message>
        <source>Written by {author}.</source>
        <translation>Kirjoittaja: {author}.</translation>
    </message>
    <message>
        <source>It is in the action plan.</source>
        <translation>Lappu on toimenpidesuunnitelmassa.</translation>
    </message>
    <message>
        <source>1 vote.</source>
        <translation>1 ääni.</translation>
    </message>
    <message>
        <source>{count} votes.</source>
        <translation>Ääniä: {count}.</translation>
    </message>
    <message>
        <source>In the top left quadrant.</source>
        <translation>Vasemmassa ylälohkossa.</translation>
    </message>
    <message>
        <source>In the top right quadrant.</source>
        <translation>Oikeassa ylälohkossa.</translation>
    </message>
    <message>
        <source>In the bottom left quadrant.</source>
        <translation>Vasemmassa alalohkossa.</translation>
    </message>
    <message>
        <source>In the bottom right quadrant.</source>
        <translation>Oikeassa alalohkossa.</translation>
    </message>
    <message>
        <source>Leaning to “{x_side}” ({x}) and “{y_side}” ({y}).</source>
        <translation>Painottuu suuntaan ”{x_side}” ({x}) ja ”{y_side}” ({y}).</translation>
    </message>
    <message>
        <source>Top left quadrant: x {x}, y {y}</source>
        <translation>Vasen ylälohko: x {x}, y {y}</translation>
    </message>
    <message>
        <source>Top right quadrant: x {x}, y {y}</source>
        <translation>Oikea ylälohko: x {x}, y {y}</translation>
    </message>
    <message>
        <source>Bottom left quadrant: x {x}, y {y}</source>
        <translation>Vasen alalohko: x {x}, y {y}</translation>
    </message>
    <message>
        <source>Bottom right quadrant: x {x}, y {y}</source>
        <translation>Oikea alalohko: x {x}, y {y}</translation>
    </message>
</context>
<context>
    <name>BoardOverlays</name>
    <message>
        <source>new</source>
        <translation>uusi</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>poistettu</translation>
    </message>
</context>
<context>
    <name>BoardRounds</name>
    <message>
        <source>Freeze the round and start the next</source>
        <translation>Kierroksen jäädytys ja seuraavan aloitus</translation>
    </message>
</context>
<context>
    <name>BoardSidePanel</name>
    <message>
        <source>Nobody in particular</source>
        <translation>Ei ketään tiettyä</translation>
    </message>
</context>
<context>
    <name>BoardVotes</name>
    <message>
        <source>Add a dot</source>
        <translation>Pisteen lisäys</translation>
    </message>
    <message>
        <source>Take back a dot</source>
        <translation>Pisteen peruutus</translation>
    </message>
    <message>
        <source>There is no dot of this voter on this note to take back.</source>
        <translation>Tällä äänestäjällä ei ole tässä lapussa pistettä, jonka voisi ottaa takaisin.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Lappu</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Pisteet</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <source>Colour: {name}</source>
        <translation>Väri: {name}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>Participant mode is for the latest round; this round is frozen.</source>
        <translation>Osallistujatila on käytettävissä vain uusimmalla kierroksella; tämä kierros on jäädytetty.</translation>
    </message>
    <message>
        <source>Leave participant mode</source>
        <translation>Poistu osallistujatilasta</translation>
    </message>
    <message>
        <source>Leave participant mode and show the facilitator&apos;s tools again?</source>
        <translation>Poistutaanko osallistujatilasta ja näytetäänkö fasilitaattorin työkalut taas?</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Poistu</translation>
    </message>
    <message>
        <source>Make an action from a note</source>
        <translation>Toimenpiteen luonti lapusta</translation>
    </message>
    <message>
        <source>The note is in the action plan now.</source>
        <translation>Lappu on nyt toimenpidesuunnitelmassa.</translation>
    </message>
    <message>
        <source>Freeze this round</source>
        <translation>Jäädytä tämä kierros</translation>
    </message>
    <message>
        <source>Freeze round {number} as it stands and continue in round {next}? The frozen round is kept read-only for comparison; the new round starts with the same notes and no dots.</source>
        <translation>Jäädytetäänkö kierros {number} sellaisenaan ja jatketaan kierroksella {next}? Jäädytetty kierros säilyy vain luku -tilassa vertailua varten; uusi kierros alkaa samoilla lapuilla ilman pisteitä.</translation>
    </message>
    <message>
        <source>Freeze and continue</source>
        <translation>Jäädytä ja jatka</translation>
    </message>
    <message>
        <source>Round {number} is frozen: it shows what the room decided then and cannot be changed.</source>
        <translation>Kierros {number} on jäädytetty: se näyttää, mitä ryhmä silloin päätti, eikä sitä voi muuttaa.</translation>
    </message>
    <message>
        <source>Go to the latest round</source>
        <translation>Siirry uusimpaan kierrokseen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>New notes &amp;by:</source>
        <translation>Uusien lappujen &amp;kirjoittaja:</translation>
    </message>
    <message>
        <source>Author of new notes</source>
        <translation>Uusien lappujen kirjoittaja</translation>
    </message>
    <message>
        <source>Quadrant board</source>
        <translation>Nelikenttä</translation>
    </message>
    <message>
        <source>Position of the selected note</source>
        <translation>Valitun lapun sijainti</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Lappu</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Apukysymykset</translation>
    </message>
    <message>
        <source>Hybrids A–D</source>
        <translation>Hybridit A–D</translation>
    </message>
    <message>
        <source>Pros and cons</source>
        <translation>Edut ja haitat</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Pisteet</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Hajonta</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Kierrokset</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Esitys</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Puhelimet</translation>
    </message>
    <message>
        <source>Method &amp;Prompts</source>
        <translation>Menetelmän &amp;apukysymykset</translation>
    </message>
    <message>
        <source>&amp;Hybrid Models A–D</source>
        <translation>&amp;Hybridimallit A–D</translation>
    </message>
    <message>
        <source>{workshop}, {date}</source>
        <translation>{workshop}, {date}</translation>
    </message>
    <message>
        <source>{board} — {workshop}</source>
        <translation>{board} — {workshop}</translation>
    </message>
    <message>
        <source>Double-click the board to add a note, or press N. Tab goes from note to note, the arrow keys move the selected notes (with Alt or Shift in small steps), Enter edits, Delete removes.</source>
        <translation>Lisää lappu kaksoisnapsauttamalla nelikenttää tai painamalla N. Tab siirtyy lapusta toiseen, nuolinäppäimet siirtävät valittuja lappuja (Altin tai Shiftin kanssa pienin askelin), Enter aloittaa muokkauksen ja Delete poistaa.</translation>
    </message>
    <message>
        <source>No note selected</source>
        <translation>Ei valittua lappua</translation>
    </message>
    <message>
        <source>Select a note to see where it is.</source>
        <translation>Valitse lappu, niin näet sen sijainnin.</translation>
    </message>
    <message>
        <source>{count} notes selected</source>
        <translation>Valittuja lappuja: {count}</translation>
    </message>
    <message>
        <source>Selected note</source>
        <translation>Valittu lappu</translation>
    </message>
    <message>
        <source>Face down until the notes are revealed.</source>
        <translation>Piilotettu, kunnes laput paljastetaan.</translation>
    </message>
    <message>
        <source>Zoom: {percent} %</source>
        <translation>Zoomaus: {percent} %</translation>
    </message>
    <message>
        <source>Colour notes by author</source>
        <translation>Lappujen väritys kirjoittajan mukaan</translation>
    </message>
</context>
<context>
    <name>BoardsModel</name>
    <message>
        <source>Own axes</source>
        <translation>Omat akselit</translation>
    </message>
    <message>
        <source>Round {number}</source>
        <translation>Kierros {number}</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Nelikenttä</translation>
    </message>
    <message>
        <source>Axes</source>
        <translation>Akselit</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Kierros</translation>
    </message>
</context>
<context>
    <name>BoardsPanel</name>
    <message>
        <source>&amp;Quadrant boards</source>
        <translation>&amp;Nelikentät</translation>
    </message>
    <message>
        <source>Boards of this workshop</source>
        <translation>Tämän työpajan nelikentät</translation>
    </message>
    <message>
        <source>&amp;New board…</source>
        <translation>&amp;Uusi nelikenttä…</translation>
    </message>
    <message>
        <source>Make a board from a method preset or own axes</source>
        <translation>Luo nelikenttä menetelmäpohjasta tai omilla akseleilla</translation>
    </message>
    <message>
        <source>&amp;Open board</source>
        <translation>&amp;Avaa nelikenttä</translation>
    </message>
    <message>
        <source>Open the chosen board in its own window</source>
        <translation>Avaa valittu nelikenttä omaan ikkunaansa</translation>
    </message>
    <message>
        <source>&amp;Delete board…</source>
        <translation>&amp;Poista nelikenttä…</translation>
    </message>
    <message>
        <source>Delete the chosen board with its notes</source>
        <translation>Poista valittu nelikenttä lappuineen</translation>
    </message>
    <message>
        <source>A board opens in its own window, for the projector, participant mode and the dots.</source>
        <translation>Nelikenttä avautuu omaan ikkunaansa, jossa on käytettävissä projektorinäkymä, osallistujatila ja pisteäänestys.</translation>
    </message>
    <message>
        <source>New board</source>
        <translation>Uusi nelikenttä</translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation>Poista nelikenttä</translation>
    </message>
    <message>
        <source>Delete the board “{title}” with its notes, dots, pros and cons? Actions made from it stay in the action plan. Edit ▸ Undo brings everything back.</source>
        <translation>Poistetaanko nelikenttä ”{title}” lappuineen, pisteineen sekä etuineen ja haittoineen? Siitä tehdyt toimenpiteet jäävät toimenpidesuunnitelmaan. Muokkaa ▸ Kumoa palauttaa kaiken.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Delete a board</source>
        <translation>Nelikentän poisto</translation>
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
        <translation>Uusi kehikko työpajalle ”{workshop}”</translation>
    </message>
    <message>
        <source>Impact canvases</source>
        <translation>Vaikuttavuuskehikot</translation>
    </message>
    <message>
        <source>Open a canvas, or make one for a workshop:</source>
        <translation>Avaa kehikko tai tee uusi työpajalle:</translation>
    </message>
    <message>
        <source>Impact canvas</source>
        <translation>Vaikuttavuusperusteinen viitekehys</translation>
    </message>
    <message>
        <source>Make an impact canvas</source>
        <translation>Tee vaikuttavuuskehikko</translation>
    </message>
</context>
<context>
    <name>CanvasScene</name>
    <message>
        <source>A starting pick of the method</source>
        <translation>Menetelmän valmis vaihtoehto</translation>
    </message>
    <message>
        <source>Written by {name}</source>
        <translation>Kirjoittanut {name}</translation>
    </message>
</context>
<context>
    <name>CanvasWindow</name>
    <message>
        <source>Impact canvas – {title}</source>
        <translation>Vaikuttavuusperusteinen viitekehys – {title}</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>&amp;Sarake:</translation>
    </message>
    <message>
        <source>A new card&apos;s text</source>
        <translation>Uuden kortin teksti</translation>
    </message>
    <message>
        <source>Text of the new card</source>
        <translation>Uuden kortin teksti</translation>
    </message>
    <message>
        <source>&amp;Add card</source>
        <translation>&amp;Lisää kortti</translation>
    </message>
    <message>
        <source>From the &amp;method</source>
        <translation>&amp;Menetelmästä</translation>
    </message>
    <message>
        <source>Add a starting pick of the method to the column</source>
        <translation>Lisää sarakkeeseen menetelmän valmis vaihtoehto</translation>
    </message>
    <message>
        <source>&amp;Link the selected cards</source>
        <translation>&amp;Yhdistä valitut kortit</translation>
    </message>
    <message>
        <source>&amp;Link (Ctrl+L)</source>
        <translation>&amp;Yhdistä (Ctrl+L)</translation>
    </message>
    <message>
        <source>Link the two selected cards</source>
        <translation>Yhdistä kaksi valittua korttia</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Delete the selected cards</source>
        <translation>Poista valitut kortit</translation>
    </message>
    <message>
        <source>The canvas: impacts, results, means and activities, resources</source>
        <translation>Kehikko: vaikutukset, tulokset, keinot ja toiminta, resurssit</translation>
    </message>
    <message>
        <source>Arrow keys go from card to card; F2 or Enter edits a card; Alt+Up and Alt+Down move it within its column, Alt+Left and Alt+Right to the next column; Delete removes it.</source>
        <translation>Nuolinäppäimet siirtyvät kortilta toiselle; F2 tai Enter muokkaa korttia; Alt+Up ja Alt+Down siirtävät sitä sarakkeen sisällä, Alt+Left ja Alt+Right viereiseen sarakkeeseen; Delete poistaa sen.</translation>
    </message>
    <message>
        <source>&amp;Edit the card&apos;s text</source>
        <translation>&amp;Muokkaa kortin tekstiä</translation>
    </message>
    <message>
        <source>Move the card up</source>
        <translation>Siirrä korttia ylöspäin</translation>
    </message>
    <message>
        <source>Move the card down</source>
        <translation>Siirrä korttia alaspäin</translation>
    </message>
    <message>
        <source>Move the card to the column on the left</source>
        <translation>Siirrä kortti vasemmalla olevaan sarakkeeseen</translation>
    </message>
    <message>
        <source>Move the card to the column on the right</source>
        <translation>Siirrä kortti oikealla olevaan sarakkeeseen</translation>
    </message>
    <message>
        <source>Work from left to right: the impacts wanted, then what must be achieved, then how, then with what. Select a card and one in the column just before it, then Link: it serves that card. Double-click or F2 edits a card; drag it, or Alt+arrow keys, to move it.</source>
        <translation>Edetkää vasemmalta oikealle: ensin tavoitellut vaikutukset, sitten mitä pitää saavuttaa, sitten miten ja millä. Valitkaa kortti ja yksi sitä edeltävän sarakkeen kortti ja sitten Yhdistä: kortti palvelee sitä. Kaksoisnapsautus tai F2 muokkaa korttia; siirtäkää korttia vetämällä tai Alt+nuolinäppäimillä.</translation>
    </message>
    <message>
        <source>Edit the card “{text}”</source>
        <translation>Muokkaa korttia ”{text}”</translation>
    </message>
    <message>
        <source>Move the card “{text}”</source>
        <translation>Siirrä korttia ”{text}”</translation>
    </message>
    <message>
        <source>Add the card “{text}”</source>
        <translation>Lisää kortti ”{text}”</translation>
    </message>
    <message>
        <source>Select two cards in neighbouring columns to link them.</source>
        <translation>Valitkaa kaksi korttia vierekkäisistä sarakkeista, niin voitte yhdistää ne.</translation>
    </message>
    <message>
        <source>Link two cards</source>
        <translation>Yhdistä kaksi korttia</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>Poista %n kortti</numerusform>
            <numerusform>Poista %n korttia</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClearableDateEdit</name>
    <message>
        <source>No date</source>
        <translation>Ei päivämäärää</translation>
    </message>
    <message>
        <source>Type a date or press Alt+Down for the calendar. Delete empties the date.</source>
        <translation>Kirjoita päivämäärä tai avaa kalenteri painamalla Alt+Down. Delete tyhjentää päivämäärän.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>python -m workshop_app runs only the commands demo, info, check and export; run workshop-app (or python -m ui) to open the window.</source>
        <translation>python -m workshop_app suorittaa vain komennot demo, info, check ja export; avaa ikkuna komennolla workshop-app (tai python -m ui).</translation>
    </message>
    <message>
        <source>Guides a regional or neighbourhood development programme through the five phases.</source>
        <translation>Ohjaa alueellista tai asuinalueen kehittämisohjelmaa sen viiden vaiheen läpi.</translation>
    </message>
    <message>
        <source>open the window on a fresh demo programme</source>
        <translation>avaa ikkuna uudella esimerkkiohjelmalla</translation>
    </message>
    <message>
        <source>language of the interface and the demo</source>
        <translation>käyttöliittymän ja esimerkkiohjelman kieli</translation>
    </message>
    <message>
        <source>render the window to PNG and exit</source>
        <translation>tallenna ikkuna PNG-kuvaksi ja lopeta</translation>
    </message>
    <message>
        <source>open a programme file in the window</source>
        <translation>avaa ohjelmatiedosto ikkunaan</translation>
    </message>
    <message>
        <source>the page to show (with --screenshot: the page to render)</source>
        <translation>näytettävä sivu (--screenshot-valitsimen kanssa: kuvattava sivu)</translation>
    </message>
    <message>
        <source>open only this quadrant board of the file, in its own window (its id, title or the start of it)</source>
        <translation>avaa vain tämä tiedoston nelikenttätaulu omaan ikkunaansa (sen tunniste, nimi tai nimen alku)</translation>
    </message>
    <message>
        <source>with --board: start in participant mode, full screen for the room</source>
        <translation>--board-valitsimen kanssa: käynnistä osallistujatilassa koko näytön kokoisena osallistujia varten</translation>
    </message>
    <message>
        <source>write a demo programme file without opening the window</source>
        <translation>kirjoita esimerkkiohjelmatiedosto avaamatta ikkunaa</translation>
    </message>
    <message>
        <source>describe a programme file</source>
        <translation>näytä ohjelmatiedoston kuvaus</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>tulosta JSON-muodossa tekstin sijaan</translation>
    </message>
    <message>
        <source>check a programme file&apos;s integrity (exit 0 when sound)</source>
        <translation>tarkista ohjelmatiedoston eheys (paluukoodi 0, jos kunnossa)</translation>
    </message>
    <message>
        <source>--board needs a programme file.</source>
        <translation>--board edellyttää ohjelmatiedostoa.</translation>
    </message>
    <message>
        <source>show the program&apos;s version number and exit</source>
        <translation>näytä ohjelman versio ja lopeta</translation>
    </message>
    <message>
        <source>the programme file to create (in the language of --lang)</source>
        <translation>luotava ohjelmatiedosto (--lang-valitsimen kielellä)</translation>
    </message>
    <message>
        <source>the programme file</source>
        <translation>ohjelmatiedosto</translation>
    </message>
    <message>
        <source>erase a person&apos;s personal data from a programme file, its backups and exports</source>
        <translation>poista henkilön henkilötiedot ohjelmatiedostosta, sen varmuuskopioista ja vienneistä</translation>
    </message>
    <message>
        <source>the person&apos;s name as in the register, or their id</source>
        <translation>henkilön nimi kuten rekisterissä, tai hänen tunnisteensa</translation>
    </message>
    <message>
        <source>erase without asking first</source>
        <translation>poista kysymättä ensin</translation>
    </message>
    <message>
        <source>The command failed: {reason}</source>
        <translation>Komento epäonnistui: {reason}</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Ohjelma</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Maakunta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Aloitusvuosi</translation>
    </message>
    <message>
        <source>Current phase</source>
        <translation>Nykyinen vaihe</translation>
    </message>
    <message>
        <source>Method catalogue</source>
        <translation>Menetelmäluettelo</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Tiedostomuoto</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Työpajat</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Nelikentät</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Laput</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Toimenpiteet</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Myöhässä olevat toimenpiteet</translation>
    </message>
    <message>
        <source>Workshops and their boards:</source>
        <translation>Työpajat ja niiden taulut:</translation>
    </message>
    <message>
        <source>held</source>
        <translation>pidetty</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>suunniteltu</translation>
    </message>
    <message>
        <source>, frozen round</source>
        <translation>, jäädytetty kierros</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>kunnossa</translation>
    </message>
    <message>
        <source>NOT sound</source>
        <translation>EI kunnossa</translation>
    </message>
    <message>
        <source>Erase the personal data of {name} ({id}) everywhere? Type yes to erase: </source>
        <translation>Poistetaanko henkilön {name} ({id}) henkilötiedot kaikkialta? Kirjoita kyllä poistaaksesi: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>Nothing was erased (add --yes to erase without asking).</source>
        <translation>Mitään ei poistettu (lisää --yes, niin poisto tehdään kysymättä).</translation>
    </message>
    <message>
        <source>Erased the personal data of {name}; texts where it was replaced: {count}.</source>
        <translation>Henkilön {name} henkilötiedot poistettiin; tekstejä, joissa ne korvattiin: {count}.</translation>
    </message>
    <message>
        <source>Backup deleted (it held the person): {path}</source>
        <translation>Varmuuskopio poistettiin (siinä oli henkilön tietoja): {path}</translation>
    </message>
    <message>
        <source>Unfinished export deleted: {path}</source>
        <translation>Keskeneräinen vienti poistettiin: {path}</translation>
    </message>
    <message>
        <source>Exported file that may still name the person; delete it yourself: {path}</source>
        <translation>Viety tiedosto, jossa henkilö voidaan yhä mainita; poista se itse: {path}</translation>
    </message>
    <message>
        <source>Could not delete {path}: {reason}</source>
        <translation>Tiedostoa {path} ei voitu poistaa: {reason}</translation>
    </message>
    <message>
        <source>The first name alone remains in {place}: {before}[{name}]{after}</source>
        <translation>Pelkkä etunimi jäi kohtaan {place}: {before}[{name}]{after}</translation>
    </message>
    <message>
        <source>write a workshop&apos;s minutes, agenda or sign-in sheet or the programme report (PDF, DOCX), the action plan or participant register (XLSX, CSV) or everything (JSON)</source>
        <translation>kirjoita työpajan muistio, asialista tai osallistujalista tai ohjelmaraportti (PDF, DOCX), toimenpidesuunnitelma tai osallistujarekisteri (XLSX, CSV) tai kaikki (JSON)</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>kirjoitettava tiedosto</translation>
    </message>
    <message>
        <source>a document of this workshop (PDF or DOCX; see --document)</source>
        <translation>tämän työpajan asiakirja (PDF tai DOCX; ks. --document)</translation>
    </message>
    <message>
        <source>the participant register (XLSX or CSV)</source>
        <translation>osallistujarekisteri (XLSX tai CSV)</translation>
    </message>
    <message>
        <source>with --workshop: minutes, agenda (and invitation) or sign-in sheet (default: minutes)</source>
        <translation>--workshop-valinnan kanssa: muistio, asialista (ja kutsu) tai osallistujalista (oletus: muistio)</translation>
    </message>
    <message>
        <source>pdf, docx, csv, xlsx or json (default: from the name of OUT, else pdf)</source>
        <translation>pdf, docx, csv, xlsx tai json (oletus: OUT-tiedoston nimen mukaan, muuten pdf)</translation>
    </message>
    <message>
        <source>CSV field separator (default: ; for fi and nb, , for en)</source>
        <translation>CSV-kenttien erotin (oletus: ; suomeksi ja norjaksi, , englanniksi)</translation>
    </message>
    <message>
        <source>include contact details (register, JSON); left out by default</source>
        <translation>ota mukaan yhteystiedot (rekisteri, JSON); oletuksena ne jätetään pois</translation>
    </message>
    <message>
        <source>paper size of PDF documents (default: A4)</source>
        <translation>PDF-asiakirjojen paperikoko (oletus: A4)</translation>
    </message>
    <message>
        <source>how documents, spreadsheets and JSON name people (for privacy)</source>
        <translation>miten asiakirjat, taulukot ja JSON nimeävät henkilöt (yksityisyyden vuoksi)</translation>
    </message>
    <message>
        <source>make a programme file from an exported programme (JSON)</source>
        <translation>tee ohjelmatiedosto viedystä ohjelmasta (JSON)</translation>
    </message>
    <message>
        <source>the programme exported as JSON</source>
        <translation>JSON-muotoon viety ohjelma</translation>
    </message>
    <message>
        <source>the programme file to create</source>
        <translation>luotava ohjelmatiedosto</translation>
    </message>
    <message>
        <source>the programme report (PDF; the default)</source>
        <translation>ohjelmaraportti (PDF; oletus)</translation>
    </message>
    <message>
        <source>let phones join a board over the local network, without a window</source>
        <translation>anna puhelinten liittyä taululle lähiverkon kautta ilman ikkunaa</translation>
    </message>
    <message>
        <source>the board&apos;s title</source>
        <translation>taulun otsikko</translation>
    </message>
    <message>
        <source>the address to listen on (default: this computer&apos;s local network address)</source>
        <translation>osoite, jota kuunnellaan (oletus: tämän tietokoneen lähiverkko-osoite)</translation>
    </message>
    <message>
        <source>the port (default: any free port)</source>
        <translation>portti (oletus: mikä tahansa vapaa portti)</translation>
    </message>
    <message>
        <source>let phones pick a name from the attendance</source>
        <translation>anna puhelinten valita nimi osallistujista</translation>
    </message>
    <message>
        <source>phones&apos; notes stay face down until revealed</source>
        <translation>puhelinten laput pysyvät piilossa, kunnes ne paljastetaan</translation>
    </message>
    <message>
        <source>print the link without a QR code</source>
        <translation>tulosta linkki ilman QR-koodia</translation>
    </message>
    <message>
        <source>There is no board called “{title}” in {file}.</source>
        <translation>Tiedostossa {file} ei ole taulua nimeltä ”{title}”.</translation>
    </message>
    <message>
        <source>This computer is not on a local network, so phones cannot reach it. Turn on the hotspot of a phone, join it with this computer and the participants&apos; phones, and start the room again.</source>
        <translation>Tämä tietokone ei ole lähiverkossa, joten puhelimet eivät saa siihen yhteyttä. Laita jonkin puhelimen yhteyspiste päälle, liitä siihen tämä tietokone ja osallistujien puhelimet ja käynnistä huone uudelleen.</translation>
    </message>
    <message>
        <source>bring into one programme what two copies of it did since they parted</source>
        <translation>yhdistä yhteen ohjelmaan, mitä sen kaksi kopiota ovat tehneet erkanemisensa jälkeen</translation>
    </message>
    <message>
        <source>your copy of the programme</source>
        <translation>oma kopiosi ohjelmasta</translation>
    </message>
    <message>
        <source>the other copy</source>
        <translation>toinen kopio</translation>
    </message>
    <message>
        <source>the copy to write the merge into, MINE (the default) or THEIRS</source>
        <translation>kopio, johon yhdistäminen kirjoitetaan: MINE (oletus) tai THEIRS</translation>
    </message>
    <message>
        <source>write the merge to a new file</source>
        <translation>kirjoita yhdistetty ohjelma uuteen tiedostoon</translation>
    </message>
    <message>
        <source>only show what the merge would do</source>
        <translation>näytä vain, mitä yhdistäminen tekisi</translation>
    </message>
    <message>
        <source>copy a programme for a colleague&apos;s laptop, to merge back later</source>
        <translation>kopioi ohjelma kollegan kannettavalle, myöhemmin takaisin yhdistettäväksi</translation>
    </message>
    <message>
        <source>the programme file to copy</source>
        <translation>kopioitava ohjelmatiedosto</translation>
    </message>
    <message>
        <source>the new copy</source>
        <translation>uusi kopio</translation>
    </message>
    <message>
        <source>Merged {theirs} into {file}.</source>
        <translation>{theirs} yhdistettiin tiedostoon {file}.</translation>
    </message>
    <message>
        <source>Backup before the merge: {path}</source>
        <translation>Varmuuskopio ennen yhdistämistä: {path}</translation>
    </message>
</context>
<context>
    <name>ConsentDateDelegate</name>
    <message>
        <source>Not recorded</source>
        <translation>Ei kirjattu</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Suostumuksen päivämäärä</translation>
    </message>
    <message>
        <source>Delete clears the date.</source>
        <translation>Delete tyhjentää päivämäärän.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>The details are on the clipboard. Paste them into a message to your support.</source>
        <translation>Tiedot ovat leikepöydällä. Liitä ne viestiin, jonka lähetät tukipalveluusi.</translation>
    </message>
    <message>
        <source>Hide &amp;Details</source>
        <translation>Piilota &amp;tiedot</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>Näytä &amp;tiedot</translation>
    </message>
    <message>
        <source>{app}: unexpected problem</source>
        <translation>{app}: odottamaton ongelma</translation>
    </message>
    <message>
        <source>Something went wrong, but your work is safe.</source>
        <translation>Jokin meni vikaan, mutta työsi on tallessa.</translation>
    </message>
    <message>
        <source>{app} ran into a problem it did not expect and carried on. Every change you made was saved to the programme file the moment you made it, so nothing is lost. If something on the screen looks wrong, close the programme and open it again.</source>
        <translation>{app} kohtasi odottamattoman ongelman ja jatkoi toimintaansa. Jokainen tekemäsi muutos tallentui ohjelmatiedostoon heti, joten mitään ei ole menetetty. Jos jokin näytöllä näyttää väärältä, sulje ohjelma ja avaa se uudelleen.</translation>
    </message>
    <message>
        <source>This has happened {count} times since the dialog opened.</source>
        <translation>Tämä on tapahtunut {count} kertaa ikkunan avaamisen jälkeen.</translation>
    </message>
    <message>
        <source>The details were written to the log file:</source>
        <translation>Tiedot kirjoitettiin lokitiedostoon:</translation>
    </message>
    <message>
        <source>No log file is being written. The details are below.</source>
        <translation>Lokitiedostoa ei kirjoiteta. Tiedot ovat alla.</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Lokitiedosto</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Virheen tiedot</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Kopioi tiedot</translation>
    </message>
    <message>
        <source>Copy the technical details, without personal data, to the clipboard</source>
        <translation>Kopioi tekniset tiedot leikepöydälle ilman henkilötietoja</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Avaa &amp;lokikansio</translation>
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
        <translation>Ei vielä arvioitu</translation>
    </message>
    <message>
        <source>{date}: {score} of 5</source>
        <translation>{date}: {score}/5</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriteeri</translation>
    </message>
    <message>
        <source>Ratings so far</source>
        <translation>Tähänastiset arviot</translation>
    </message>
    <message>
        <source>Latest comment</source>
        <translation>Viimeisin kommentti</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>In the action plan</source>
        <translation>Toimenpidesuunnitelmassa</translation>
    </message>
    <message>
        <source>An action with this wording is in the action plan.</source>
        <translation>Toimenpidesuunnitelmassa on samansanainen toimenpide.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Toimenpidesuunnitelma</translation>
    </message>
    <message>
        <source>Edit a decision</source>
        <translation>Päätöksen muokkaus</translation>
    </message>
    <message>
        <source>Add a decision</source>
        <translation>Päätöksen lisäys</translation>
    </message>
    <message>
        <source>Delete a decision</source>
        <translation>Päätöksen poisto</translation>
    </message>
    <message>
        <source>Make an action from a decision</source>
        <translation>Toimenpiteen luonti päätöksestä</translation>
    </message>
    <message>
        <source>Move a decision</source>
        <translation>Päätöksen siirto</translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <source>The chosen decision is already in the action plan.</source>
        <translation>Valittu päätös on jo toimenpidesuunnitelmassa.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Päätökset</translation>
    </message>
    <message>
        <source>No decisions recorded yet. Type the first one below.</source>
        <translation>Päätöksiä ei ole vielä kirjattu. Kirjoita ensimmäinen alle.</translation>
    </message>
    <message>
        <source>Make &amp;action</source>
        <translation>&amp;Tee toimenpide</translation>
    </message>
    <message>
        <source>Put the chosen decision into the action plan as a new action</source>
        <translation>Lisää valittu päätös toimenpidesuunnitelmaan uutena toimenpiteenä</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Siirrä &amp;ylös</translation>
    </message>
    <message>
        <source>Move the chosen decision up</source>
        <translation>Siirrä valittua päätöstä ylöspäin</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Siirrä &amp;alas</translation>
    </message>
    <message>
        <source>Move the chosen decision down</source>
        <translation>Siirrä valittua päätöstä alaspäin</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Delete the chosen decision</source>
        <translation>Poista valittu päätös</translation>
    </message>
    <message>
        <source>New d&amp;ecision:</source>
        <translation>&amp;Uusi päätös:</translation>
    </message>
    <message>
        <source>What was decided, in one sentence</source>
        <translation>Mitä päätettiin, yhdellä lauseella</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Uusi päätös</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <source>Add the decision at the end of the list (Enter)</source>
        <translation>Lisää päätös luettelon loppuun (Enter)</translation>
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
        <translation>Työpajan otsikon muutos</translation>
    </message>
    <message>
        <source>Change the workshop&apos;s phase</source>
        <translation>Työpajan vaiheen muutos</translation>
    </message>
    <message>
        <source>Change the workshop&apos;s date</source>
        <translation>Työpajan päivämäärän muutos</translation>
    </message>
    <message>
        <source>Change the start time</source>
        <translation>Alkamisajan muutos</translation>
    </message>
    <message>
        <source>Change the end time</source>
        <translation>Päättymisajan muutos</translation>
    </message>
    <message>
        <source>Change the place</source>
        <translation>Paikan muutos</translation>
    </message>
    <message>
        <source>Change the facilitator</source>
        <translation>Fasilitaattorin muutos</translation>
    </message>
    <message>
        <source>Edit the purpose</source>
        <translation>Tarkoituksen muokkaus</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Otsikko:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Vaihe:</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Alkaa:</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Alkamisaika</translation>
    </message>
    <message>
        <source>&amp;Ends at:</source>
        <translation>Päätty&amp;y:</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Päättymisaika</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>Pai&amp;kka:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <source>Fa&amp;cilitator:</source>
        <translation>&amp;Fasilitaattori:</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Fasilitaattori</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>&amp;Tarkoitus:</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tarkoitus</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Ei vielä päivämäärää</translation>
    </message>
    <message>
        <source>Remove the date</source>
        <translation>Poista päivämäärä</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ei asetettu</translation>
    </message>
    <message>
        <source>Remove the start time</source>
        <translation>Poista alkamisaika</translation>
    </message>
    <message>
        <source>Remove the end time</source>
        <translation>Poista päättymisaika</translation>
    </message>
    <message>
        <source>Choose from the register or type a name</source>
        <translation>Valitse rekisteristä tai kirjoita nimi</translation>
    </message>
    <message>
        <source>Where the workshop is held</source>
        <translation>Missä työpaja pidetään</translation>
    </message>
    <message>
        <source>What the workshop is for and what it should produce</source>
        <translation>Mihin työpajaa tarvitaan ja mitä sen pitäisi tuottaa</translation>
    </message>
</context>
<context>
    <name>EraseConfirmation</name>
    <message>
        <source>Erase personal data</source>
        <translation>Poista henkilötiedot</translation>
    </message>
    <message>
        <source>Erase the personal data of {name}?</source>
        <translation>Poistetaanko henkilön {name} henkilötiedot?</translation>
    </message>
    <message>
        <source>Their name, organisation, role, contact and consent date are removed from the programme file everywhere.</source>
        <translation>Hänen nimensä, organisaationsa, roolinsa, yhteystietonsa ja suostumuksen päivämäärä poistetaan ohjelmatiedostosta kaikkialta.</translation>
    </message>
    <message>
        <source>Their notes, votes and attendance stay as anonymous contributions.</source>
        <translation>Hänen lappunsa, äänensä ja läsnäolotietonsa säilyvät nimettöminä panoksina.</translation>
    </message>
    <message>
        <source>Every occurrence of their name or contact in texts (minutes, notes, decisions, actions) is replaced by “{mark}”.</source>
        <translation>Jokainen hänen nimensä tai yhteystietonsa esiintymä teksteissä (muistioissa, lapuissa, päätöksissä, toimenpiteissä) korvataan merkinnällä ”{mark}”.</translation>
    </message>
    <message>
        <source>Backup copies of this programme that hold their data are deleted. Files exported earlier are listed afterwards for you to delete, and you decide about each text that has their first name alone.</source>
        <translation>Tämän ohjelman varmuuskopiot, joissa on henkilön tietoja, poistetaan. Aiemmin viedyt tiedostot luetellaan lopuksi, jotta voit poistaa ne, ja päätät itse jokaisesta tekstistä, jossa on pelkkä etunimi.</translation>
    </message>
    <message>
        <source>This cannot be undone. The undo history is cleared too, so earlier edits cannot bring the data back.</source>
        <translation>Tätä ei voi kumota. Myös kumoamishistoria tyhjennetään, joten tietoja ei voi palauttaa aiempia muokkauksia kumoamalla.</translation>
    </message>
    <message>
        <source>&amp;Erase personal data</source>
        <translation>&amp;Poista henkilötiedot</translation>
    </message>
    <message>
        <source>Erase the personal data of {name}</source>
        <translation>Poista henkilön {name} henkilötiedot</translation>
    </message>
</context>
<context>
    <name>ErasureReport</name>
    <message>
        <source>Personal data erased</source>
        <translation>Henkilötiedot poistettu</translation>
    </message>
    <message>
        <source>The personal data of {name} was erased from the programme file.</source>
        <translation>Henkilön {name} henkilötiedot poistettiin ohjelmatiedostosta.</translation>
    </message>
    <message>
        <source>Texts in which the name or contact was replaced: {count}.</source>
        <translation>Tekstejä, joissa nimi tai yhteystieto korvattiin: {count}.</translation>
    </message>
    <message>
        <source>Backup copies that held the person were deleted:
{paths}</source>
        <translation>Varmuuskopiot, joissa oli henkilön tietoja, poistettiin:
{paths}</translation>
    </message>
    <message>
        <source>No backup copy of this programme held the person.</source>
        <translation>Yhdessäkään tämän ohjelman varmuuskopiossa ei ollut henkilön tietoja.</translation>
    </message>
    <message>
        <source>Unfinished exports were deleted:
{paths}</source>
        <translation>Keskeneräiset viennit poistettiin:
{paths}</translation>
    </message>
    <message>
        <source>These files were exported from the programme earlier and may still name the person. Workshop App cannot change them; delete them (and any copies sent on):
{paths}</source>
        <translation>Nämä tiedostot on viety ohjelmasta aiemmin, ja niissä voi yhä olla henkilön nimi. Workshop App ei voi muuttaa niitä; poista ne (ja edelleen lähetetyt kopiot):
{paths}</translation>
    </message>
    <message>
        <source>No exported file of this programme is known to exist.</source>
        <translation>Tästä ohjelmasta ei tiedetä olevan vietyjä tiedostoja.</translation>
    </message>
    <message>
        <source>Could not delete {path}: {reason}</source>
        <translation>Tiedostoa {path} ei voitu poistaa: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>Whole Programme as &amp;JSON…</source>
        <translation>Koko ohjelma &amp;JSON-tiedostona…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Vienti</translation>
    </message>
    <message>
        <source>This programme has no workshops yet.</source>
        <translation>Ohjelmassa ei ole vielä työpajoja.</translation>
    </message>
    <message>
        <source>Save the programme report as</source>
        <translation>Tallenna ohjelman raportti nimellä</translation>
    </message>
    <message>
        <source>Writing the programme report…</source>
        <translation>Kirjoitetaan ohjelman raporttia…</translation>
    </message>
    <message>
        <source>Save the action plan as</source>
        <translation>Tallenna toimenpidesuunnitelma nimellä</translation>
    </message>
    <message>
        <source>Workshop &amp;Minutes, Agenda or Sign-in Sheet…</source>
        <translation>Työpajan &amp;muistio, asialista tai osallistujalista…</translation>
    </message>
    <message>
        <source>Programme &amp;Report…</source>
        <translation>Ohjelma&amp;raportti…</translation>
    </message>
    <message>
        <source>&amp;Action Plan as Spreadsheet…</source>
        <translation>&amp;Toimenpidesuunnitelma taulukkona…</translation>
    </message>
    <message>
        <source>Participant Re&amp;gister as Spreadsheet…</source>
        <translation>Osallistuja&amp;rekisteri taulukkona…</translation>
    </message>
    <message>
        <source>&amp;Import a Programme from JSON…</source>
        <translation>&amp;Tuo ohjelma JSON-tiedostosta…</translation>
    </message>
    <message>
        <source>Name people by:</source>
        <translation>Henkilöt nimetään:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Koko nimellä</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Nimikirjaimilla</translation>
    </message>
    <message>
        <source>Organisation only</source>
        <translation>Vain organisaatiolla</translation>
    </message>
    <message>
        <source>PDF (for printing and filing)</source>
        <translation>PDF (tulostukseen ja arkistointiin)</translation>
    </message>
    <message>
        <source>Word document (editable)</source>
        <translation>Word-asiakirja (muokattava)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-työkirja</translation>
    </message>
    <message>
        <source>CSV (plain table)</source>
        <translation>CSV (pelkkä taulukko)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Muoto:</translation>
    </message>
    <message>
        <source>CSV separator:</source>
        <translation>CSV-erotin:</translation>
    </message>
    <message>
        <source>As the document&apos;s language expects (; for Finnish and Norwegian)</source>
        <translation>Asiakirjan kielen mukaan (; suomeksi ja norjaksi)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Puolipiste (;)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Pilkku (,)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Sarkain</translation>
    </message>
    <message>
        <source>Workshop document</source>
        <translation>Työpajan asiakirja</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>&amp;Työpaja:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Asiakirja:</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Muistio</translation>
    </message>
    <message>
        <source>Agenda and invitation</source>
        <translation>Asialista ja kutsu</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Osallistujalista</translation>
    </message>
    <message>
        <source>Save the document as</source>
        <translation>Tallenna asiakirja nimellä</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translation>Kirjoitetaan asiakirjaa…</translation>
    </message>
    <message>
        <source>Programme report</source>
        <translation>Ohjelmaraportti</translation>
    </message>
    <message>
        <source>Add the method&apos;s &amp;glossary as an appendix</source>
        <translation>Liitä menetelmän &amp;sanasto liitteeksi</translation>
    </message>
    <message>
        <source>Participant register</source>
        <translation>Osallistujarekisteri</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Toimenpidesuunnitelma</translation>
    </message>
    <message>
        <source>Include &amp;contact details</source>
        <translation>Ota mukaan &amp;yhteystiedot</translation>
    </message>
    <message>
        <source>Save the participant register as</source>
        <translation>Tallenna osallistujarekisteri nimellä</translation>
    </message>
    <message>
        <source>Writing the table…</source>
        <translation>Kirjoitetaan taulukkoa…</translation>
    </message>
    <message>
        <source>Whole programme as JSON</source>
        <translation>Koko ohjelma JSON-muodossa</translation>
    </message>
    <message>
        <source>Save the programme as</source>
        <translation>Tallenna ohjelma nimellä</translation>
    </message>
    <message>
        <source>Writing the programme…</source>
        <translation>Kirjoitetaan ohjelmaa…</translation>
    </message>
    <message>
        <source>Import a programme from JSON</source>
        <translation>Tuo ohjelma JSON-tiedostosta</translation>
    </message>
    <message>
        <source>Save the new programme as</source>
        <translation>Tallenna uusi ohjelma nimellä</translation>
    </message>
    <message>
        <source>Making the programme file…</source>
        <translation>Tehdään ohjelmatiedostoa…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Tallennettu: {path}.</translation>
    </message>
    <message>
        <source>&amp;Open the document</source>
        <translation>&amp;Avaa asiakirja</translation>
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
        <translation>Pelkkä etunimi</translation>
    </message>
    <message>
        <source>The first name appears alone in these texts. It may be the erased person or someone else of the same name: decide for each one.</source>
        <translation>Etunimi esiintyy näissä teksteissä yksinään. Se voi tarkoittaa poistettua henkilöä tai jotakuta toista samannimistä: päätä jokaisesta erikseen.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Korvaa</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Säilytä</translation>
    </message>
    <message>
        <source>Text {number} of {total}</source>
        <translation>Teksti {number}/{total}</translation>
    </message>
    <message>
        <source>Replace “{word}” in this text</source>
        <translation>Korvaa ”{word}” tässä tekstissä</translation>
    </message>
</context>
<context>
    <name>FirstStepsDialog</name>
    <message>
        <source>First steps</source>
        <translation>Ensimmäiset askeleet</translation>
    </message>
    <message>
        <source>Make a programme (File &gt; New programme) or try the demo from the start screen.</source>
        <translation>Tee ohjelma (Tiedosto &gt; Uusi ohjelma) tai kokeile esittelyohjelmaa aloitusnäkymästä.</translation>
    </message>
    <message>
        <source>Open Workshops and add a workshop with its date, place and purpose.</source>
        <translation>Avaa Työpajat ja lisää työpaja päivämäärineen, paikkoineen ja tarkoituksineen.</translation>
    </message>
    <message>
        <source>On a phase page, add a suggested activity to the workshop&apos;s agenda; one that uses a quadrant board brings the board along.</source>
        <translation>Lisää vaiheen sivulla ehdotettu toiminta työpajan asialistalle; nelikenttätaulua käyttävä toiminta tuo taulun mukanaan.</translation>
    </message>
    <message>
        <source>On the workshop&apos;s Boards tab, open the board. Add notes with N, move them with the arrow keys.</source>
        <translation>Avaa taulu työpajan Taulut-välilehdeltä. Lisää lappuja N-näppäimellä ja siirrä niitä nuolinäppäimillä.</translation>
    </message>
    <message>
        <source>For the room: F5 opens the presentation window on the second screen, F6 participant mode; the Phones tab lets people write from their own phones.</source>
        <translation>Salia varten: F5 avaa esitysikkunan toiselle näytölle, F6 osallistujatilan; Puhelimet-välilehdeltä osallistujat pääsevät kirjoittamaan omilla puhelimillaan.</translation>
    </message>
    <message>
        <source>Every change is saved at once and can be undone.</source>
        <translation>Jokainen muutos tallentuu heti ja on kumottavissa.</translation>
    </message>
</context>
<context>
    <name>GoalSheetButton</name>
    <message>
        <source>Goals and indicators…</source>
        <translation>Tavoitteet ja mittarit…</translation>
    </message>
    <message>
        <source>Open or start the goal-and-indicator sheet</source>
        <translation>Avaa tai aloita tavoite- ja mittarilomake</translation>
    </message>
    <message>
        <source>A main goal, its sub-goals and their indicators, started from the method&apos;s sheet (DAMVAD).</source>
        <translation>Päätavoite, sen alatavoitteet ja niiden mittarit menetelmän lomakkeen (DAMVAD) pohjalta.</translation>
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
        <translation>Uusi lomake työpajalle ”{workshop}”</translation>
    </message>
    <message>
        <source>Goals and indicators</source>
        <translation>Tavoitteet ja mittarit</translation>
    </message>
    <message>
        <source>A sheet belongs to a workshop: plan the indicator workshop first.</source>
        <translation>Lomake kuuluu työpajaan: suunnitelkaa ensin mittarityöpaja.</translation>
    </message>
    <message>
        <source>Open a sheet, or start one from the method&apos;s sheet for a workshop:</source>
        <translation>Avatkaa lomake tai aloittakaa työpajalle uusi menetelmän lomakkeen pohjalta:</translation>
    </message>
    <message>
        <source>Start a goal-and-indicator sheet</source>
        <translation>Aloita tavoite- ja mittarilomake</translation>
    </message>
</context>
<context>
    <name>GoalSheetWindow</name>
    <message>
        <source>Goals and indicators – {title}</source>
        <translation>Tavoitteet ja mittarit – {title}</translation>
    </message>
    <message>
        <source>The goal hierarchy: main goal, sub-goals and their indicators</source>
        <translation>Tavoiterakenne: päätavoite, alatavoitteet ja niiden mittarit</translation>
    </message>
    <message>
        <source>F2 or typing edits a line; Alt+Up and Alt+Down move it; Delete removes a sub-goal with its indicators, or an indicator.</source>
        <translation>F2 tai kirjoittaminen muokkaa riviä; Alt+Up ja Alt+Down siirtävät sitä; Delete poistaa alatavoitteen mittareineen tai mittarin.</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation>&amp;Uusi:</translation>
    </message>
    <message>
        <source>A new sub-goal or indicator</source>
        <translation>Uusi alatavoite tai mittari</translation>
    </message>
    <message>
        <source>Text of the new sub-goal or indicator</source>
        <translation>Uuden alatavoitteen tai mittarin teksti</translation>
    </message>
    <message>
        <source>Add &amp;indicator</source>
        <translation>Lisää &amp;mittari</translation>
    </message>
    <message>
        <source>Add an indicator to the chosen sub-goal</source>
        <translation>Lisää mittari valitulle alatavoitteelle</translation>
    </message>
    <message>
        <source>Add &amp;sub-goal</source>
        <translation>Lisää &amp;alatavoite</translation>
    </message>
    <message>
        <source>Move &amp;up (Alt+Up)</source>
        <translation>Siirrä &amp;ylös (Alt+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn (Alt+Down)</source>
        <translation>Siirrä a&amp;las (Alt+Down)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Delete the chosen sub-goal or indicator</source>
        <translation>Poista valittu alatavoite tai mittari</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Siirrä ylös</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Siirrä alas</translation>
    </message>
    <message>
        <source>Keep the chain logical: each sub-goal serves the main goal, and two or three indicators show progress towards each sub-goal. Enter in the field adds an indicator to the chosen sub-goal.</source>
        <translation>Pitäkää ketju loogisena: jokainen alatavoite palvelee päätavoitetta, ja kaksi tai kolme mittaria näyttää edistymisen kohti kutakin alatavoitetta. Enter kentässä lisää mittarin valitulle alatavoitteelle.</translation>
    </message>
    <message>
        <source>Main goal</source>
        <translation>Päätavoite</translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation>Alatavoite</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Mittari</translation>
    </message>
    <message>
        <source>{level}: {text}</source>
        <translation>{level}: {text}</translation>
    </message>
    <message>
        <source>Edit “{text}”</source>
        <translation>Muokkaa ”{text}”</translation>
    </message>
    <message>
        <source>Type the new sub-goal first.</source>
        <translation>Kirjoittakaa ensin uusi alatavoite.</translation>
    </message>
    <message>
        <source>Choose the sub-goal the indicator shows progress towards.</source>
        <translation>Valitkaa alatavoite, jota kohti edistymistä mittari näyttää.</translation>
    </message>
    <message>
        <source>Add “{text}”</source>
        <translation>Lisää ”{text}”</translation>
    </message>
    <message>
        <source>Delete “{text}”</source>
        <translation>Poista ”{text}”</translation>
    </message>
    <message>
        <source>Move “{text}”</source>
        <translation>Siirrä ”{text}”</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>application id of Workshop App</source>
        <translation>Workshop App -sovellustunniste</translation>
    </message>
    <message>
        <source>file format {found} is newer than this app reads ({head})</source>
        <translation>tiedostomuoto {found} on uudempi kuin tämä sovellus osaa lukea ({head})</translation>
    </message>
    <message>
        <source>the file could not be copied to be checked: {reason}</source>
        <translation>tiedostoa ei voitu kopioida tarkistusta varten: {reason}</translation>
    </message>
    <message>
        <source>SQLite integrity check</source>
        <translation>SQLiten eheystarkistus</translation>
    </message>
    <message>
        <source>SQLite integrity check: {problems}</source>
        <translation>SQLiten eheystarkistus: {problems}</translation>
    </message>
    <message>
        <source>{count} references point to missing records</source>
        <translation>puuttuviin tietueisiin osoittavia viittauksia: {count}</translation>
    </message>
    <message>
        <source>references between records</source>
        <translation>tietueiden väliset viittaukset</translation>
    </message>
    <message>
        <source>triggers or views the app does not make: {names}</source>
        <translation>liipaisimia tai näkymiä, joita sovellus ei tee: {names}</translation>
    </message>
    <message>
        <source>file format {found} (newest: {head})</source>
        <translation>tiedostomuoto {found} (uusin: {head})</translation>
    </message>
    <message>
        <source>schema revision does not match the file format</source>
        <translation>skeeman versio ei vastaa tiedostomuotoa</translation>
    </message>
    <message>
        <source>one programme</source>
        <translation>yksi ohjelma</translation>
    </message>
    <message>
        <source>{count} programmes instead of one</source>
        <translation>ohjelmia {count} yhden sijaan</translation>
    </message>
    <message>
        <source>{count} values in {table}.{column} cannot be read by the app (expected: {expected})</source>
        <translation>{count} arvoa kentässä {table}.{column} on sovellukselle lukukelvottomia (odotettu: {expected})</translation>
    </message>
    <message>
        <source>every record readable by the app</source>
        <translation>sovellus pystyy lukemaan jokaisen tietueen</translation>
    </message>
    <message>
        <source>the stored method catalogue {version} cannot be read; the app shows its own catalogue instead</source>
        <translation>tallennettua menetelmäluetteloa {version} ei voi lukea; sovellus näyttää sen sijaan oman luettelonsa</translation>
    </message>
    <message>
        <source>stored method catalogue</source>
        <translation>tallennettu menetelmäluettelo</translation>
    </message>
    <message>
        <source>the app opens the file</source>
        <translation>sovellus avaa tiedoston</translation>
    </message>
    <message>
        <source>the app finds the file damaged when opening it</source>
        <translation>sovellus toteaa tiedoston vioittuneeksi avatessaan sen</translation>
    </message>
    <message>
        <source>SQLite cannot read the file: {reason}</source>
        <translation>SQLite ei pysty lukemaan tiedostoa: {reason}</translation>
    </message>
</context>
<context>
    <name>HelpPages</name>
    <message>
        <source>&amp;First steps</source>
        <translation>&amp;Ensimmäiset askeleet</translation>
    </message>
    <message>
        <source>Keyboard &amp;shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Sanasto</translation>
    </message>
</context>
<context>
    <name>HybridDialog</name>
    <message>
        <source>Which models does your hybrid combine?</source>
        <translation>Mitä malleja hybridinne yhdistää?</translation>
    </message>
    <message>
        <source>{content} Likely quadrant: {corner}.</source>
        <translation>{content} Todennäköinen lohko: {corner}.</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Päätös:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>P&amp;erustelu:</translation>
    </message>
    <message>
        <source>Why this hybrid</source>
        <translation>Miksi tämä hybridi</translation>
    </message>
    <message>
        <source>Record the hybrid model</source>
        <translation>Kirjaa hybridimalli</translation>
    </message>
    <message>
        <source>Hybrid model: {models}</source>
        <translation>Hybridimalli: {models}</translation>
    </message>
</context>
<context>
    <name>HybridsPanel</name>
    <message>
        <source>The board&apos;s corners are extremes. The method&apos;s result is a hybrid of the models A–D; each model&apos;s quadrant is where the method&apos;s authors would place it.</source>
        <translation>Nelikentän kulmat ovat ääripäitä. Menetelmän tulos on mallien A–D hybridi; kunkin mallin lohko on se, johon menetelmän laatijat sen sijoittaisivat.</translation>
    </message>
    <message>
        <source>Hybrid models A–D</source>
        <translation>Hybridimallit A–D</translation>
    </message>
    <message>
        <source>Recorded in this workshop</source>
        <translation>Tässä työpajassa kirjatut</translation>
    </message>
    <message>
        <source>&amp;Record a hybrid…</source>
        <translation>&amp;Kirjaa hybridi…</translation>
    </message>
    <message>
        <source>Record the hybrid the group chose or composed, as a decision of the workshop</source>
        <translation>Kirjaa ryhmän valitsema tai kokoama hybridi työpajan päätökseksi</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>Vasen ylälohko</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>Oikea ylälohko</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Vasen alalohko</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Oikea alalohko</translation>
    </message>
    <message>
        <source>Likely quadrant: {corner}, {title}</source>
        <translation>Todennäköinen lohko: {corner}, {title}</translation>
    </message>
    <message>
        <source>Likely quadrant: {corner}</source>
        <translation>Todennäköinen lohko: {corner}</translation>
    </message>
    <message>
        <source>No hybrid recorded yet.</source>
        <translation>Hybridiä ei ole vielä kirjattu.</translation>
    </message>
    <message>
        <source>{models}: {decision}</source>
        <translation>{models}: {decision}</translation>
    </message>
    <message>
        <source>{hybrid}
Why: {reason}</source>
        <translation>{hybrid}
Perustelu: {reason}</translation>
    </message>
</context>
<context>
    <name>LifecycleChooser</name>
    <message>
        <source>{title} ({date}, phase {phase})</source>
        <translation>{title} ({date}, vaihe {phase})</translation>
    </message>
    <message>
        <source>Lifecycle diagnosis</source>
        <translation>Elinkaaren arviointi</translation>
    </message>
    <message>
        <source>The workshop where the group marks where it is now:</source>
        <translation>Työpaja, jossa ryhmä merkitsee, missä se nyt on:</translation>
    </message>
</context>
<context>
    <name>LifecycleCurve</name>
    <message>
        <source>Earlier diagnoses not listed here: {count}</source>
        <translation>Aiempia arviointeja, joita ei luetella tässä: {count}</translation>
    </message>
    <message>
        <source>The group (numbered by date)</source>
        <translation>Ryhmä (numeroitu päivämäärän mukaan)</translation>
    </message>
    <message>
        <source>A participant</source>
        <translation>Osallistuja</translation>
    </message>
    <message>
        <source>{date} – the group: {stage}; marks by participants: {count}</source>
        <translation>{date} – ryhmä: {stage}; osallistujien merkintöjä: {count}</translation>
    </message>
    <message>
        <source>{date} – the group: {stage}</source>
        <translation>{date} – ryhmä: {stage}</translation>
    </message>
    <message>
        <source>{date} – marks by participants: {count}; none by the group</source>
        <translation>{date} – osallistujien merkintöjä: {count}; ryhmä ei merkinnyt</translation>
    </message>
    <message>
        <source>No diagnosis on this curve yet.</source>
        <translation>Tällä käyrällä ei ole vielä arviointeja.</translation>
    </message>
    <message>
        <source>Latest diagnosis: {text}</source>
        <translation>Viimeisin arviointi: {text}</translation>
    </message>
    <message>
        <source>Lifecycle curve: {title}</source>
        <translation>Elinkaarikäyrä: {title}</translation>
    </message>
    <message>
        <source>{latest} Left and Right choose a stage, Enter or Space marks it. Focused stage: {stage}.</source>
        <translation>{latest} Vasen ja oikea nuoli valitsevat vaiheen, Enter tai välilyönti merkitsee sen. Valittu vaihe: {stage}.</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <source>{who}, {date}: {stage}</source>
        <translation>{who}, {date}: {stage}</translation>
    </message>
    <message>
        <source>time</source>
        <translation>aika</translation>
    </message>
</context>
<context>
    <name>LifecycleSummary</name>
    <message>
        <source>Cur&amp;ve:</source>
        <translation>Kä&amp;yrä:</translation>
    </message>
    <message>
        <source>Lifecycle curve shown</source>
        <translation>Näytettävä elinkaarikäyrä</translation>
    </message>
    <message>
        <source>D&amp;iagnose in a workshop…</source>
        <translation>Arv&amp;ioi työpajassa…</translation>
    </message>
    <message>
        <source>Open the lifecycle diagnosis of a workshop and mark where you are now</source>
        <translation>Avaa työpajan elinkaaren arviointi ja merkitse, missä olette nyt</translation>
    </message>
</context>
<context>
    <name>LifecycleWindow</name>
    <message>
        <source>Lifecycle diagnosis – {workshop}</source>
        <translation>Elinkaaren arviointi – {workshop}</translation>
    </message>
    <message>
        <source>&amp;Curve:</source>
        <translation>&amp;Käyrä:</translation>
    </message>
    <message>
        <source>Marked &amp;by:</source>
        <translation>Merkitsi&amp;jä:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>K&amp;ommentti:</translation>
    </message>
    <message>
        <source>Why here? (optional)</source>
        <translation>Miksi tässä? (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <source>&amp;Stages (keyboard: choose, then Enter):</source>
        <translation>&amp;Vaiheet (näppäimistöllä: valitse ja paina Enter):</translation>
    </message>
    <message>
        <source>Stages of the lifecycle</source>
        <translation>Elinkaaren vaiheet</translation>
    </message>
    <message>
        <source>&amp;Mark “where we are now”</source>
        <translation>&amp;Merkitse ”missä olemme nyt”</translation>
    </message>
    <message>
        <source>Marks made in this &amp;workshop:</source>
        <translation>Tässä &amp;työpajassa tehdyt merkinnät:</translation>
    </message>
    <message>
        <source>Lifecycle marks made in this workshop</source>
        <translation>Tässä työpajassa tehdyt elinkaarimerkinnät</translation>
    </message>
    <message>
        <source>&amp;Remove the selected mark</source>
        <translation>Poi&amp;sta valittu merkintä</translation>
    </message>
    <message>
        <source>Click the curve where the group, or the person chosen above, thinks the collaboration is today. The curve shows the programme&apos;s path: older diagnoses are fainter, the latest is circled. Undo (Ctrl+Z) takes a mark back.</source>
        <translation>Napsauta käyrää kohdasta, jossa ryhmä tai yllä valittu henkilö arvioi yhteistyön nyt olevan. Käyrä näyttää ohjelman kulun: vanhemmat arvioinnit ovat haaleampia, viimeisin on ympyröity. Kumoa (Ctrl+Z) peruu merkinnän.</translation>
    </message>
    <message>
        <source>{date} – {who}: {stage}</source>
        <translation>{date} – {who}: {stage}</translation>
    </message>
    <message>
        <source>A participant</source>
        <translation>Osallistuja</translation>
    </message>
    <message>
        <source>Mark the lifecycle at “{stage}”</source>
        <translation>Merkitse elinkaareen ”{stage}”</translation>
    </message>
    <message>
        <source>Remove a lifecycle mark</source>
        <translation>Poista elinkaarimerkintä</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the programme</source>
        <translation>Ohjelmaa avataan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Siirry</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Avaa &amp;viimeaikainen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>V&amp;ie</translation>
    </message>
    <message>
        <source>&amp;New Programme…</source>
        <translation>&amp;Uusi ohjelma…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Avaa…</translation>
    </message>
    <message>
        <source>Open From &amp;Server…</source>
        <translation>Avaa &amp;palvelimelta…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Programme</source>
        <translation>Avaa &amp;esimerkkiohjelma</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;About Workshop App</source>
        <translation>&amp;Tietoja Workshop App -sovelluksesta</translation>
    </message>
    <message>
        <source>The &amp;Method</source>
        <translation>&amp;Menetelmä</translation>
    </message>
    <message>
        <source>&amp;Impact Canvases…</source>
        <translation>&amp;Vaikuttavuuskehikot…</translation>
    </message>
    <message>
        <source>&amp;Lifecycle Diagnosis…</source>
        <translation>&amp;Elinkaaren arviointi…</translation>
    </message>
    <message>
        <source>Record a &amp;Hybrid Model…</source>
        <translation>Kirjaa &amp;hybridimalli…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Avataan {name}…</translation>
    </message>
    <message>
        <source>{name} — {location} (read-only)</source>
        <translation>{name} — {location} (vain luku)</translation>
    </message>
    <message>
        <source>{name} — {location}</source>
        <translation>{name} — {location}</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (vain luku)</translation>
    </message>
    <message>
        <source>{title}
{done} of {total} tasks done</source>
        <translation>{title}
Tehtäviä valmiina {done}/{total}</translation>
    </message>
    <message>
        <source>Read-only: your user on the server may read this programme but not change it.</source>
        <translation>Vain luku: käyttäjätunnuksesi voi lukea tätä ohjelmaa palvelimella mutta ei muuttaa sitä.</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved to this file.</source>
        <translation>Vain luku: muutoksia ei voi tallentaa tähän tiedostoon.</translation>
    </message>
    <message>
        <source>Every change is saved on the server {location} as you make it.</source>
        <translation>Jokainen muutos tallentuu palvelimelle {location} heti, kun teet sen.</translation>
    </message>
    <message>
        <source>Every change is saved to {path} as you make it.</source>
        <translation>Jokainen muutos tallennetaan heti tiedostoon {path}.</translation>
    </message>
    <message>
        <source>No recent programmes</source>
        <translation>Ei viimeaikaisia ohjelmia</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>Programme details</source>
        <translation>Ohjelman tiedot</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Vaiheet</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tehtävät</translation>
    </message>
    <message>
        <source>Criterion ratings</source>
        <translation>Kriteerien arviot</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Työpajat</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Asialistan kohdat</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Läsnäolot</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Päätökset</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Taulut</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Laput</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Äänet</translation>
    </message>
    <message>
        <source>Pros and cons</source>
        <translation>Hyödyt ja haitat</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Toimenpiteet</translation>
    </message>
    <message>
        <source>Impact canvases</source>
        <translation>Vaikuttavuuskehikot</translation>
    </message>
    <message>
        <source>Canvas cards</source>
        <translation>Kehikon kortit</translation>
    </message>
    <message>
        <source>Canvas links</source>
        <translation>Kehikon yhteydet</translation>
    </message>
    <message>
        <source>Lifecycle marks</source>
        <translation>Elinkaarimerkinnät</translation>
    </message>
    <message>
        <source>Hybrid models chosen</source>
        <translation>Valitut hybridimallit</translation>
    </message>
    <message>
        <source>Changed in both copies. Kept the later change: {kept}. The other value, kept for you: {other}.</source>
        <translation>Muutettu molemmissa kopioissa. Myöhempi muutos jäi voimaan: {kept}. Toinen arvo on tallessa sinua varten: {other}.</translation>
    </message>
    <message>
        <source>Deleted in this copy but changed in the other one: it is brought back.</source>
        <translation>Poistettu tässä kopiossa mutta muutettu toisessa: se palautetaan.</translation>
    </message>
    <message>
        <source>Deleted in the other copy but changed in this one: it is kept.</source>
        <translation>Poistettu toisessa kopiossa mutta muutettu tässä: se säilytetään.</translation>
    </message>
    <message>
        <source>Deleted in the other copy, but kept because something added or changed belongs to it.</source>
        <translation>Poistettu toisessa kopiossa, mutta säilytetään, koska siihen kuuluu jotain lisättyä tai muutettua.</translation>
    </message>
    <message>
        <source>Made in both copies: one of them now stands for both.</source>
        <translation>Tehty molemmissa kopioissa: toinen niistä edustaa nyt molempia.</translation>
    </message>
    <message>
        <source>On a frozen round in this copy: the other copy&apos;s change is not taken.</source>
        <translation>Tämän kopion jäädytetyllä kierroksella: toisen kopion muutosta ei oteta.</translation>
    </message>
    <message>
        <source>On a round frozen in the other copy: it stays as it was frozen, and this copy&apos;s change is undone.</source>
        <translation>Toisessa kopiossa jäädytetyllä kierroksella: se säilyy sellaisena kuin se jäädytettiin, ja tämän kopion muutos perutaan.</translation>
    </message>
    <message>
        <source>The person was erased in one copy: the erasure wins.</source>
        <translation>Henkilö on poistettu toisessa kopiossa: poisto pysyy voimassa.</translation>
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
        <translation>Näillä kopioilla ei ole yhteistä alkuperää (toista ei tehty toiminnolla ”Kopio kollegalle” tai komennolla workshop-app copy), joten jokaista tietuetta verrattiin.</translation>
    </message>
    <message>
        <source>{kind}: {new} new, {changed} changed, {removed} deleted</source>
        <translation>{kind}: {new} uutta, {changed} muutettua, {removed} poistettua</translation>
    </message>
    <message>
        <source>Nothing to bring in: this copy already has everything the other one has.</source>
        <translation>Ei mitään tuotavaa: tässä kopiossa on jo kaikki, mitä toisessa on.</translation>
    </message>
    <message>
        <source>Conflicts: {count}</source>
        <translation>Ristiriitoja: {count}</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Ohjelma</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>Criterion rating</source>
        <translation>Kriteerin arvio</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Osallistuja</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Työpaja</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Asiakohta</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Nelikenttä</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Lappu</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Ääni</translation>
    </message>
    <message>
        <source>Pro or con</source>
        <translation>Puolesta tai vastaan</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>Impact canvas</source>
        <translation>Vaikuttavuusperusteinen viitekehys</translation>
    </message>
    <message>
        <source>Canvas card</source>
        <translation>Pohjan kortti</translation>
    </message>
    <message>
        <source>Canvas link</source>
        <translation>Pohjan yhteys</translation>
    </message>
    <message>
        <source>Lifecycle mark</source>
        <translation>Elinkaarimerkintä</translation>
    </message>
    <message>
        <source>Hybrid model chosen</source>
        <translation>Valittu hybridimalli</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Miksi</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Kumppanit</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteetti</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Väri</translation>
    </message>
    <message>
        <source>Place across the board</source>
        <translation>Paikka taulun leveyssuunnassa</translation>
    </message>
    <message>
        <source>Place up the board</source>
        <translation>Paikka taulun korkeussuunnassa</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Alkamisaika</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Päättymisaika</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tarkoitus</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Fasilitaattori</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Muistio</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Suunniteltu kesto (min)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteystieto</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentti</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>Koko tietue</translation>
    </message>
</context>
<context>
    <name>MergeConflictsDialog</name>
    <message>
        <source>Merge Conflicts</source>
        <translation>Yhdistämisen ristiriidat</translation>
    </message>
    <message>
        <source>Where both copies changed the same field, the merge kept the later change and saved the other value here. Choose a row, then keep the other value instead, or accept the value kept.</source>
        <translation>Kun molemmat kopiot muuttivat samaa kenttää, yhdistäminen säilytti myöhemmän muutoksen ja tallensi toisen arvon tähän. Valitse rivi ja ota sen sijaan käyttöön toinen arvo tai hyväksy säilytetty arvo.</translation>
    </message>
    <message>
        <source>No conflicts are open: every merge conflict has been decided.</source>
        <translation>Avoimia ristiriitoja ei ole: jokainen yhdistämisen ristiriita on ratkaistu.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Tietue</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Säilytetty arvo</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Toinen arvo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Mistä</translation>
    </message>
    <message>
        <source>&amp;Keep the Other Value</source>
        <translation>&amp;Ota toinen arvo</translation>
    </message>
    <message>
        <source>&amp;Accept the Value Kept</source>
        <translation>&amp;Hyväksy säilytetty arvo</translation>
    </message>
    <message>
        <source>Copy {copy}, merged {when}</source>
        <translation>Kopio {copy}, yhdistetty {when}</translation>
    </message>
    <message>
        <source>Keep the other value of {field}</source>
        <translation>Ota toinen arvo kenttään {field}</translation>
    </message>
    <message>
        <source>Accept the merged value of {field}</source>
        <translation>Hyväksy yhdistetty arvo kentässä {field}</translation>
    </message>
</context>
<context>
    <name>MergeMenu</name>
    <message>
        <source>&amp;Merge Another Copy…</source>
        <translation>&amp;Yhdistä toinen kopio…</translation>
    </message>
    <message>
        <source>Merge Con&amp;flicts…</source>
        <translation>Yhdistämisen &amp;ristiriidat…</translation>
    </message>
    <message>
        <source>Cop&amp;y for a Colleague…</source>
        <translation>&amp;Kopio kollegalle…</translation>
    </message>
    <message>
        <source>Merge another copy of this programme</source>
        <translation>Yhdistä tämän ohjelman toinen kopio</translation>
    </message>
    <message>
        <source>Merged: {new} new, {changed} changed, {removed} deleted, {conflicts} conflicts.
Backup before the merge: {path}</source>
        <translation>Yhdistetty: {new} uutta, {changed} muutettua, {removed} poistettua, {conflicts} ristiriitaa.
Varmuuskopio ennen yhdistämistä: {path}</translation>
    </message>
    <message>
        <source>Merged: {new} new, {changed} changed, {removed} deleted, {conflicts} conflicts.</source>
        <translation>Yhdistetty: {new} uutta, {changed} muutettua, {removed} poistettua, {conflicts} ristiriitaa.</translation>
    </message>
    <message>
        <source>{name} (copy).workshop</source>
        <translation>{name} (kopio).workshop</translation>
    </message>
    <message>
        <source>Save a copy for a colleague</source>
        <translation>Tallenna kopio kollegalle</translation>
    </message>
    <message>
        <source>Saved a copy for a colleague: {path}. Merge it back later with File › Merge Another Copy…</source>
        <translation>Kopio kollegalle tallennettu: {path}. Yhdistä se myöhemmin takaisin valinnalla Tiedosto › Yhdistä toinen kopio…</translation>
    </message>
</context>
<context>
    <name>MergePreview</name>
    <message>
        <source>Merge Another Copy</source>
        <translation>Yhdistä toinen kopio</translation>
    </message>
    <message>
        <source>Merging {file} into this programme:</source>
        <translation>Yhdistetään {file} tähän ohjelmaan:</translation>
    </message>
    <message>
        <source>These copies have no common ancestor (one was not made with “Copy for a Colleague”), so every record is compared.</source>
        <translation>Näillä kopioilla ei ole yhteistä alkuperää (toista ei tehty toiminnolla ”Kopio kollegalle”), joten jokaista tietuetta verrataan.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>This copy</source>
        <translation>Tämä kopio</translation>
    </message>
    <message>
        <source>Other copy</source>
        <translation>Toinen kopio</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Yhdistä</translation>
    </message>
    <message>
        <source>Comes in (new)</source>
        <translation>Tulee mukaan (uudet)</translation>
    </message>
    <message>
        <source>Changed in the other copy</source>
        <translation>Muutettu toisessa kopiossa</translation>
    </message>
    <message>
        <source>Deleted in the other copy</source>
        <translation>Poistettu toisessa kopiossa</translation>
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
        <translation>Ristiriitoja: {count}</translation>
    </message>
    <message>
        <source>Nothing to bring in: this copy already has everything the other one has.</source>
        <translation>Ei mitään tuotavaa: tässä kopiossa on jo kaikki, mitä toisessa on.</translation>
    </message>
</context>
<context>
    <name>MethodHelpDialog</name>
    <message>
        <source>The method</source>
        <translation>Menetelmä</translation>
    </message>
    <message>
        <source>&amp;Search the phases, tools and glossary:</source>
        <translation>&amp;Hae vaiheista, työkaluista ja sanastosta:</translation>
    </message>
    <message>
        <source>A word, for example “hybrid”</source>
        <translation>Sana, esimerkiksi ”hybridi”</translation>
    </message>
    <message>
        <source>Search the method</source>
        <translation>Hae menetelmästä</translation>
    </message>
    <message>
        <source>&amp;Phases</source>
        <translation>&amp;Vaiheet</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Työkalut</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Sanasto</translation>
    </message>
    <message>
        <source>Phases of the method</source>
        <translation>Menetelmän vaiheet</translation>
    </message>
    <message>
        <source>The chosen phase</source>
        <translation>Valittu vaihe</translation>
    </message>
    <message>
        <source>Tools of the method</source>
        <translation>Menetelmän työkalut</translation>
    </message>
    <message>
        <source>The chosen tool</source>
        <translation>Valittu työkalu</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Sanasto</translation>
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
        <translation>Tarkoitus</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tehtävät</translation>
    </message>
    <message>
        <source>Expected results</source>
        <translation>Odotetut tulokset</translation>
    </message>
    <message>
        <source>Suggested activities</source>
        <translation>Ehdotetut harjoitukset</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>Onnistumisen edellytykset</translation>
    </message>
    <message>
        <source>Fill the columns from left to right: start from the impacts wanted and work back to the resources. The lists are starting picks from the method; edit them freely.</source>
        <translation>Täyttäkää sarakkeet vasemmalta oikealle: aloittakaa tavoitelluista vaikutuksista ja edetkää taaksepäin resursseihin. Listat ovat menetelmän tarjoamia lähtökohtia; muokatkaa niitä vapaasti.</translation>
    </message>
    <message>
        <source>Impact canvas</source>
        <translation>Vaikuttavuusperusteinen viitekehys</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{content}&lt;br&gt;&lt;i&gt;Likely quadrant: {corner}&lt;/i&gt;</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{content}&lt;br&gt;&lt;i&gt;Todennäköinen lohko: {corner}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The four scenarios of the VALUMA board are extremes; a real model combines them. Record which models your hybrid combines, and why, as a decision.</source>
        <translation>VALUMA-nelikentän neljä skenaariota ovat ääripäitä; todellinen malli yhdistelee niitä. Kirjatkaa päätökseksi, mitä malleja hybridinne yhdistää ja miksi.</translation>
    </message>
    <message>
        <source>Hybrid models A–D</source>
        <translation>Hybridimallit A–D</translation>
    </message>
    <message>
        <source>Network lifecycle</source>
        <translation>Verkoston elinkaari</translation>
    </message>
    <message>
        <source>Discussion prompts</source>
        <translation>Keskustelun herättäjät</translation>
    </message>
    <message>
        <source>Workshop series</source>
        <translation>Työpajasarjat</translation>
    </message>
    <message>
        <source>Goals and indicators</source>
        <translation>Tavoitteet ja mittarit</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Termi</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Määritelmä</translation>
    </message>
</context>
<context>
    <name>MethodToolsDialogs</name>
    <message>
        <source>Which workshop?</source>
        <translation>Mikä työpaja?</translation>
    </message>
    <message>
        <source>The workshop where the group uses the tool:</source>
        <translation>Työpaja, jossa ryhmä käyttää työkalua:</translation>
    </message>
</context>
<context>
    <name>MinutesApprovalPanel</name>
    <message>
        <source>Approval of the minutes</source>
        <translation>Muistion hyväksyminen</translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translation>&amp;Puheenjohtaja:</translation>
    </message>
    <message>
        <source>&amp;Minute-taker:</source>
        <translation>&amp;Sihteeri:</translation>
    </message>
    <message>
        <source>Chec&amp;ked by:</source>
        <translation>&amp;Tarkastajat:</translation>
    </message>
    <message>
        <source>&amp;Next meeting:</source>
        <translation>S&amp;euraava kokous:</translation>
    </message>
    <message>
        <source>Approved &amp;on:</source>
        <translation>&amp;Hyväksytty:</translation>
    </message>
    <message>
        <source>D&amp;istribution:</source>
        <translation>&amp;Jakelu:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ei asetettu</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Tyhjennä päivämäärä</translation>
    </message>
    <message>
        <source>A&amp;pprove the minutes</source>
        <translation>H&amp;yväksy muistio</translation>
    </message>
    <message>
        <source>Keep the minutes as they are now: later edits to people and actions do not change them</source>
        <translation>Säilytä muistio nykyisellään: myöhemmät muutokset henkilöihin ja toimenpiteisiin eivät muuta sitä</translation>
    </message>
    <message>
        <source>&amp;Reopen the minutes</source>
        <translation>&amp;Avaa muistio uudelleen</translation>
    </message>
    <message>
        <source>Make approved minutes a draft again; the minutes will say so</source>
        <translation>Tee hyväksytystä muistiosta taas luonnos; muistiossa kerrotaan siitä</translation>
    </message>
    <message>
        <source>Approved on {date}. The minutes are a record: later edits do not change them.</source>
        <translation>Hyväksytty {date}. Muistio on pöytäkirja: myöhemmät muutokset eivät muuta sitä.</translation>
    </message>
    <message>
        <source>Draft, reopened after approval. The minutes say so.</source>
        <translation>Luonnos, avattu uudelleen hyväksymisen jälkeen. Muistiossa kerrotaan siitä.</translation>
    </message>
    <message>
        <source>Draft: the minutes are marked as a draft until they are approved.</source>
        <translation>Luonnos: muistio merkitään luonnokseksi, kunnes se hyväksytään.</translation>
    </message>
    <message>
        <source>Edit the approval of the minutes</source>
        <translation>Muokkaa muistion hyväksymistietoja</translation>
    </message>
    <message>
        <source>Approve the minutes</source>
        <translation>Hyväksy muistio</translation>
    </message>
    <message>
        <source>Reopen the minutes</source>
        <translation>Avaa muistio uudelleen</translation>
    </message>
</context>
<context>
    <name>MinutesDelegate</name>
    <message>
        <source>Planned minutes</source>
        <translation>Suunniteltu kesto (min)</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Muistio</translation>
    </message>
    <message>
        <source>Choose an agenda item to write its minutes.</source>
        <translation>Valitse asiakohta, jonka muistion haluat kirjoittaa.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Muistio</translation>
    </message>
    <message>
        <source>What was said and agreed under this item.</source>
        <translation>Mitä tämän asiakohdan kohdalla sanottiin ja sovittiin.</translation>
    </message>
    <message>
        <source>Minutes of {item}</source>
        <translation>Muistio: {item}</translation>
    </message>
    <message>
        <source>The minutes are saved a moment after you stop typing.</source>
        <translation>Muistio tallentuu hetken kuluttua siitä, kun lopetat kirjoittamisen.</translation>
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
        <translation>Yleiskatsaus</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Työpajat</translation>
    </message>
    <message>
        <source>Participants and stakeholders</source>
        <translation>Osallistujat ja sidosryhmät</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Toimenpidesuunnitelma</translation>
    </message>
</context>
<context>
    <name>NewBoardDialog</name>
    <message>
        <source>New board</source>
        <translation>Uusi nelikenttä</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Otsikko:</translation>
    </message>
    <message>
        <source>&amp;Axes:</source>
        <translation>&amp;Akselit:</translation>
    </message>
    <message>
        <source>&amp;Horizontal axis:</source>
        <translation>&amp;Vaaka-akseli:</translation>
    </message>
    <message>
        <source>&amp;Left end:</source>
        <translation>Vase&amp;n pää:</translation>
    </message>
    <message>
        <source>&amp;Right end:</source>
        <translation>O&amp;ikea pää:</translation>
    </message>
    <message>
        <source>&amp;Vertical axis:</source>
        <translation>&amp;Pystyakseli:</translation>
    </message>
    <message>
        <source>&amp;Bottom end:</source>
        <translation>A&amp;lapää:</translation>
    </message>
    <message>
        <source>To&amp;p end:</source>
        <translation>&amp;Yläpää:</translation>
    </message>
    <message>
        <source>Own axes</source>
        <translation>Omat akselit</translation>
    </message>
    <message>
        <source>Name the two axes and their ends; the quadrant titles can wait.</source>
        <translation>Nimeä kaksi akselia ja niiden päät; lohkojen otsikot voi lisätä myöhemmin.</translation>
    </message>
</context>
<context>
    <name>NewProgrammeDialog</name>
    <message>
        <source>New programme</source>
        <translation>Uusi ohjelma</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>&amp;Name (required):</source>
        <translation>&amp;Nimi (pakollinen):</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Alue:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Maakunta:</translation>
    </message>
    <message>
        <source>&amp;Language of the method texts:</source>
        <translation>Menetelmätekstien &amp;kieli:</translation>
    </message>
    <message>
        <source>&amp;Start year:</source>
        <translation>Aloitus&amp;vuosi:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>K&amp;uvaus:</translation>
    </message>
    <message>
        <source>&amp;File (required):</source>
        <translation>&amp;Tiedosto (pakollinen):</translation>
    </message>
    <message>
        <source>The programme needs a name.</source>
        <translation>Ohjelma tarvitsee nimen.</translation>
    </message>
    <message>
        <source>Choose where the programme file is saved.</source>
        <translation>Valitse, mihin ohjelmatiedosto tallennetaan.</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Luo</translation>
    </message>
    <message>
        <source>Programme name</source>
        <translation>Ohjelman nimi</translation>
    </message>
    <message>
        <source>Programme file</source>
        <translation>Ohjelmatiedosto</translation>
    </message>
    <message>
        <source>Save the new programme as</source>
        <translation>Tallenna uusi ohjelma nimellä</translation>
    </message>
    <message>
        <source>Workshop App programmes (*{suffix})</source>
        <translation>Workshop App -ohjelmat (*{suffix})</translation>
    </message>
</context>
<context>
    <name>NoteColours</name>
    <message>
        <source>Amber</source>
        <translation>Meripihka</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Sininen</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vihreä</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Vaaleanpunainen</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violetti</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Oranssi</translation>
    </message>
</context>
<context>
    <name>NoteItem</name>
    <message>
        <source>A face-down note. Reveal the hidden notes to read it.</source>
        <translation>Piilotettu lappu. Näytä piilotetut laput, niin voit lukea sen.</translation>
    </message>
</context>
<context>
    <name>NoteTextEditor</name>
    <message>
        <source>Type the note, then press Enter</source>
        <translation>Kirjoita lapun teksti ja paina Enter</translation>
    </message>
</context>
<context>
    <name>OpenServerDialog</name>
    <message>
        <source>This is not a server address. It starts with postgresql:// (for example {example}).</source>
        <translation>Tämä ei ole palvelimen osoite. Palvelimen osoite alkaa postgresql:// (esimerkiksi {example}).</translation>
    </message>
    <message>
        <source>Give the name of the programme&apos;s database.</source>
        <translation>Anna ohjelman tietokannan nimi.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Kokeillaan yhteyttä…</translation>
    </message>
    <message>
        <source>Opening the programme…</source>
        <translation>Avataan ohjelmaa…</translation>
    </message>
    <message>
        <source>Connected. The database holds the programme “{name}”, made by an older Workshop App; it is updated when you open it.</source>
        <translation>Yhteys toimii. Tietokannassa on ohjelma ”{name}”, jonka Työpajasovelluksen vanhempi versio on tehnyt; se päivitetään, kun avaat sen.</translation>
    </message>
    <message>
        <source>Connected. The database holds the programme “{name}”, which you may change.</source>
        <translation>Yhteys toimii. Tietokannassa on ohjelma ”{name}”, jota voit muuttaa.</translation>
    </message>
    <message>
        <source>Connected. The database holds the programme “{name}”; your user may only read it, so it opens read-only.</source>
        <translation>Yhteys toimii. Tietokannassa on ohjelma ”{name}”; käyttäjätunnuksesi voi vain lukea sitä, joten se avautuu vain luku -tilassa.</translation>
    </message>
    <message>
        <source>Open From Server</source>
        <translation>Avaa palvelimelta</translation>
    </message>
    <message>
        <source>Open a programme kept on the region&apos;s PostgreSQL server, where several facilitators can work on it at once. Type the details the region&apos;s IT gave you, or paste the address they sent.</source>
        <translation>Avaa alueen PostgreSQL-palvelimella säilytettävä ohjelma, jota usea fasilitaattori voi työstää yhtä aikaa. Kirjoita alueen IT-tuen antamat tiedot tai liitä heidän lähettämänsä osoite.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>O&amp;soite:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Palvelin:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Po&amp;rtti:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Tietokanta:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Käyttäjä:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Salasa&amp;na:</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>Sa&amp;laus (TLS):</translation>
    </message>
    <message>
        <source>db.example.org (empty: this computer)</source>
        <translation>db.example.org (tyhjä: tämä tietokone)</translation>
    </message>
    <message>
        <source>Leave it empty if your password file (.pgpass), a service file or PGPASSWORD has it. The password is never saved in Workshop App&apos;s settings.</source>
        <translation>Jätä tyhjäksi, jos salasana on salasanatiedostossasi (.pgpass), palvelutiedostossa tai PGPASSWORD-muuttujassa. Työpajasovellus ei koskaan tallenna salasanaa asetuksiinsa.</translation>
    </message>
    <message>
        <source>Remember the password in the system &amp;keyring</source>
        <translation>Muista salasana järjestelmän avainn&amp;ipussa</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation>Salattu, jos palvelin tarjoaa salausta</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>Aina salattu</translation>
    </message>
    <message>
        <source>Always encrypted, certificate checked</source>
        <translation>Aina salattu, varmenne tarkistetaan</translation>
    </message>
    <message>
        <source>Always encrypted, certificate and server name checked</source>
        <translation>Aina salattu, varmenne ja palvelimen nimi tarkistetaan</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Ei salattu</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>K&amp;okeile</translation>
    </message>
    <message>
        <source>Reach the server and look at the database without changing anything</source>
        <translation>Ota yhteys palvelimeen ja katso tietokantaa muuttamatta mitään</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
</context>
<context>
    <name>OverdueActionsModel</name>
    <message>
        <source>Overdue since {date}</source>
        <translation>Myöhässä {date} alkaen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>{place} · started {year}</source>
        <translation>{place} · aloitettu {year}</translation>
    </message>
    <message>
        <source>Started {year}</source>
        <translation>Aloitettu {year}</translation>
    </message>
    <message>
        <source>All five phases are done.</source>
        <translation>Kaikki viisi vaihetta ovat valmiita.</translation>
    </message>
    <message>
        <source>Now in phase {number} of 5: &lt;b&gt;{title}&lt;/b&gt;, {done} of {total} tasks done.</source>
        <translation>Nyt menossa vaihe {number}/5: &lt;b&gt;{title}&lt;/b&gt;, tehtäviä valmiina {done}/{total}.</translation>
    </message>
    <message>
        <source>Next up is phase {number} of 5: &lt;b&gt;{title}&lt;/b&gt;, not started yet.</source>
        <translation>Seuraavana on vaihe {number}/5: &lt;b&gt;{title}&lt;/b&gt;, ei vielä aloitettu.</translation>
    </message>
    <message>
        <source>&amp;Continue with phase {number}</source>
        <translation>&amp;Jatka vaihetta {number}</translation>
    </message>
    <message>
        <source>No workshop is planned from today on ({count} held so far).</source>
        <translation>Tästä päivästä eteenpäin ei ole suunniteltu työpajoja (tähän mennessä pidettyjä: {count}).</translation>
    </message>
    <message>
        <source>No workshops yet.</source>
        <translation>Ei vielä työpajoja.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoimet</translation>
    </message>
    <message>
        <source>{count} actions are open</source>
        <translation>Avoimia toimenpiteitä: {count}</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <source>{count} actions are in progress</source>
        <translation>Käynnissä olevia toimenpiteitä: {count}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>{count} open actions are overdue</source>
        <translation>Myöhässä olevia avoimia toimenpiteitä: {count}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmiit</translation>
    </message>
    <message>
        <source>{count} actions are done</source>
        <translation>Valmiita toimenpiteitä: {count}</translation>
    </message>
    <message>
        <source>{count} dropped actions are not counted above.</source>
        <translation>Yllä olevissa luvuissa ei ole mukana toimenpiteitä, joista on luovuttu: {count}.</translation>
    </message>
    <message>
        <source>…and {count} more on the action plan.</source>
        <translation>…ja toimenpidesuunnitelmassa vielä {count} muuta.</translation>
    </message>
    <message>
        <source>&amp;Phases</source>
        <translation>&amp;Vaiheet</translation>
    </message>
    <message>
        <source>&amp;Success criteria</source>
        <translation>&amp;Onnistumisen kriteerit</translation>
    </message>
    <message>
        <source>The latest rating of each criterion against the one before it.</source>
        <translation>Kunkin kriteerin uusin arvio verrattuna edelliseen.</translation>
    </message>
    <message>
        <source>No success criterion has been rated yet. Rate them on the phase pages.</source>
        <translation>Onnistumisen kriteereitä ei ole vielä arvioitu. Arvioi ne vaiheiden sivuilla.</translation>
    </message>
    <message>
        <source>Lifecycle: where are we now?</source>
        <translation>Elinkaari: missä olemme nyt?</translation>
    </message>
    <message>
        <source>&amp;Next workshops</source>
        <translation>&amp;Seuraavat työpajat</translation>
    </message>
    <message>
        <source>Open &amp;workshops</source>
        <translation>Avaa &amp;työpajat</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Toimenpidesuunnitelma</translation>
    </message>
    <message>
        <source>&amp;Overdue actions</source>
        <translation>&amp;Myöhässä olevat toimenpiteet</translation>
    </message>
    <message>
        <source>Open the &amp;action plan</source>
        <translation>&amp;Avaa toimenpidesuunnitelma</translation>
    </message>
    <message>
        <source>Phase progress</source>
        <translation>Vaiheiden eteneminen</translation>
    </message>
    <message>
        <source>Latest success-criteria ratings</source>
        <translation>Onnistumisen kriteerien uusimmat arviot</translation>
    </message>
    <message>
        <source>Next workshops</source>
        <translation>Seuraavat työpajat</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Myöhässä olevat toimenpiteet</translation>
    </message>
</context>
<context>
    <name>ParticipantBar</name>
    <message>
        <source>Add your note</source>
        <translation>Lisää lappusi</translation>
    </message>
    <message>
        <source>1. &amp;Who are you?</source>
        <translation>1. &amp;Kuka olet?</translation>
    </message>
    <message>
        <source>Who is writing</source>
        <translation>Kirjoittaja</translation>
    </message>
    <message>
        <source>Your colour:</source>
        <translation>Värisi:</translation>
    </message>
    <message>
        <source>Colour: {name}</source>
        <translation>Väri: {name}</translation>
    </message>
    <message>
        <source>2. &amp;Write your note:</source>
        <translation>2. Kirjoita &amp;lappusi:</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Lappusi</translation>
    </message>
    <message>
        <source>One idea per note</source>
        <translation>Yksi idea lappua kohden</translation>
    </message>
    <message>
        <source>3. Tap the board where your note belongs. Or press Ctrl+Enter, move it with the arrow keys and press Enter.</source>
        <translation>3. Napauta nelikentästä kohtaa, johon lappusi kuuluu. Tai paina Ctrl+Enter, siirrä lappua nuolinäppäimillä ja paina Enter.</translation>
    </message>
    <message>
        <source>&amp;Next person</source>
        <translation>&amp;Seuraava henkilö</translation>
    </message>
    <message>
        <source>Clear the name and the note for the next person (Ctrl+N)</source>
        <translation>Tyhjennä nimi ja lappu seuraavaa henkilöä varten (Ctrl+N)</translation>
    </message>
    <message>
        <source>For the facilitator</source>
        <translation>Fasilitaattorille</translation>
    </message>
    <message>
        <source>Notes &amp;face down until revealed</source>
        <translation>Laput &amp;piilotettuina paljastukseen asti</translation>
    </message>
    <message>
        <source>Leave participant mode (Esc)</source>
        <translation>Poistu osallistujatilasta (Esc)</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Nimetön</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Add a participant or stakeholder</source>
        <translation>Lisää osallistuja tai sidosryhmä</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisaatio:</translation>
    </message>
    <message>
        <source>Actor &amp;type:</source>
        <translation>&amp;Toimijatyyppi:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rooli:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Yhteystieto:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Suostumus:</translation>
    </message>
    <message>
        <source>How the person is named in the programme</source>
        <translation>Millä nimellä henkilö näkyy ohjelmassa</translation>
    </message>
    <message>
        <source>E-mail or phone</source>
        <translation>Sähköposti tai puhelin</translation>
    </message>
    <message>
        <source>&amp;Agreed to be in the register on</source>
        <translation>&amp;Suostunut rekisteriin merkitsemiseen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Actor type</source>
        <translation>Toimijatyyppi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteystieto</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Suostumuksen päivämäärä</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Lisää</translation>
    </message>
    <message>
        <source>A name is needed; everything else can be filled in later.</source>
        <translation>Nimi tarvitaan; kaiken muun voi täyttää myöhemmin.</translation>
    </message>
</context>
<context>
    <name>ParticipantMode</name>
    <message>
        <source>Write your note first.</source>
        <translation>Kirjoita ensin lappusi.</translation>
    </message>
    <message>
        <source>Your note is on the board, face down. It will be revealed with the others.</source>
        <translation>Lappusi on nelikentässä piilotettuna. Se paljastetaan yhdessä muiden kanssa.</translation>
    </message>
    <message>
        <source>Thank you, {name}! Your note is on the board.</source>
        <translation>Kiitos, {name}! Lappusi on nelikentässä.</translation>
    </message>
    <message>
        <source>Thank you! Your note is on the board.</source>
        <translation>Kiitos! Lappusi on nelikentässä.</translation>
    </message>
    <message>
        <source>Move your note with the arrow keys, then press Enter. Escape goes back.</source>
        <translation>Siirrä lappua nuolinäppäimillä ja paina sitten Enter. Escape palaa takaisin.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Participants and stakeholders</source>
        <translation>Osallistujat ja sidosryhmät</translation>
    </message>
    <message>
        <source>Everyone the programme works with: residents, organisations, businesses and authorities. Double-click a cell or press F2 to edit it; every change is saved at once and can be undone.</source>
        <translation>Kaikki, joiden kanssa ohjelmassa tehdään työtä: asukkaat, järjestöt, yritykset ja viranomaiset. Muokkaa solua kaksoisnapsauttamalla sitä tai painamalla F2; jokainen muutos tallennetaan heti, ja sen voi kumota.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Hae:</translation>
    </message>
    <message>
        <source>Name, organisation or role</source>
        <translation>Nimi, organisaatio tai rooli</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>Hae rekisteristä</translation>
    </message>
    <message>
        <source>Actor &amp;type:</source>
        <translation>&amp;Toimijatyyppi:</translation>
    </message>
    <message>
        <source>Show actor type</source>
        <translation>Näytettävä toimijatyyppi</translation>
    </message>
    <message>
        <source>Show erase&amp;d entries</source>
        <translation>Näytä &amp;poistetut merkinnät</translation>
    </message>
    <message>
        <source>Show the anonymous entries left behind when personal data was erased.</source>
        <translation>Näytä nimettömät merkinnät, jotka jäivät jäljelle, kun henkilötiedot poistettiin.</translation>
    </message>
    <message>
        <source>&amp;Add participant…</source>
        <translation>&amp;Lisää osallistuja…</translation>
    </message>
    <message>
        <source>Add a person to the register</source>
        <translation>Lisää henkilö rekisteriin</translation>
    </message>
    <message>
        <source>&amp;Edit cell</source>
        <translation>&amp;Muokkaa solua</translation>
    </message>
    <message>
        <source>Edit the selected cell</source>
        <translation>Muokkaa valittua solua</translation>
    </message>
    <message>
        <source>E&amp;rase personal data…</source>
        <translation>P&amp;oista henkilötiedot…</translation>
    </message>
    <message>
        <source>Remove the selected person&apos;s personal data from the file for good (GDPR)</source>
        <translation>Poista valitun henkilön henkilötiedot tiedostosta pysyvästi (tietosuoja-asetus)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Etsi</translation>
    </message>
    <message>
        <source>Participant and stakeholder register</source>
        <translation>Osallistuja- ja sidosryhmärekisteri</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Tyhjennä &amp;suodattimet</translation>
    </message>
    <message>
        <source>{description} ({shortcut})</source>
        <translation>{description} ({shortcut})</translation>
    </message>
    <message>
        <source>All actor types ({count})</source>
        <translation>Kaikki toimijatyypit ({count})</translation>
    </message>
    <message>
        <source>{label} ({count})</source>
        <translation>{label} ({count})</translation>
    </message>
    <message>
        <source>People: {people}   ·   Actor types: {types}   ·   Erased entries: {erased}</source>
        <translation>Henkilöitä: {people}   ·   Toimijatyyppejä: {types}   ·   Poistettuja merkintöjä: {erased}</translation>
    </message>
    <message>
        <source>People: {people}   ·   Actor types: {types}</source>
        <translation>Henkilöitä: {people}   ·   Toimijatyyppejä: {types}</translation>
    </message>
    <message>
        <source>{label}: {count}</source>
        <translation>{label}: {count}</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} entries</source>
        <translation>Näytetään merkinnöistä {shown}/{total}</translation>
    </message>
    <message>
        <source>No one matches the search and actor type. Clear the filters to see everyone.</source>
        <translation>Haulla ja toimijatyypillä ei löytynyt ketään. Tyhjennä suodattimet, niin näet kaikki.</translation>
    </message>
    <message>
        <source>Only erased entries are in the register. Tick “Show erased entries” to see them.</source>
        <translation>Rekisterissä on vain poistettuja merkintöjä. Näet ne valitsemalla ”Näytä poistetut merkinnät”.</translation>
    </message>
    <message>
        <source>No one is in the register yet. Use “Add participant” to add the first person.</source>
        <translation>Rekisterissä ei ole vielä ketään. Lisää ensimmäinen henkilö valitsemalla ”Lisää osallistuja”.</translation>
    </message>
    <message>
        <source>An erased participant cannot be edited.</source>
        <translation>Poistettua osallistujaa ei voi muokata.</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Lisää osallistuja {name}</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Poista henkilötiedot</translation>
    </message>
    <message>
        <source>The personal data was erased. Texts in which the name or contact was replaced: {count}.</source>
        <translation>Henkilötiedot poistettiin. Tekstejä, joissa nimi tai yhteystieto korvattiin: {count}.</translation>
    </message>
</context>
<context>
    <name>PhaseDelegate</name>
    <message>
        <source>No phase</source>
        <translation>Ei vaihetta</translation>
    </message>
</context>
<context>
    <name>PhasePage</name>
    <message>
        <source>On the agenda of: {workshops}</source>
        <translation>Työpajojen asialistoilla: {workshops}</translation>
    </message>
    <message>
        <source>{done} of {total} tasks done. Tick a task with Space; type or press F2 to edit its owner or note.</source>
        <translation>Tehtäviä valmiina {done}/{total}. Merkitse tehtävä välilyönnillä; muokkaa vastuuhenkilöä tai huomautusta kirjoittamalla tai painamalla F2.</translation>
    </message>
    <message>
        <source>{title} ({date})</source>
        <translation>{title} ({date})</translation>
    </message>
    <message>
        <source>Phase {number} of 5</source>
        <translation>Vaihe {number}/5</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Tila:</translation>
    </message>
    <message>
        <source>Status of phase {number}</source>
        <translation>Vaiheen {number} tila</translation>
    </message>
    <message>
        <source>Started &amp;on</source>
        <translation>&amp;Aloitettu</translation>
    </message>
    <message>
        <source>Com&amp;pleted on</source>
        <translation>&amp;Valmistunut</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ei vielä</translation>
    </message>
    <message>
        <source>Remove the start date</source>
        <translation>Poista aloituspäivä</translation>
    </message>
    <message>
        <source>Remove the completion date</source>
        <translation>Poista valmistumispäivä</translation>
    </message>
    <message>
        <source>Phase &amp;notes:</source>
        <translation>Vaiheen &amp;muistiinpanot:</translation>
    </message>
    <message>
        <source>Notes on phase {number}</source>
        <translation>Vaiheen {number} muistiinpanot</translation>
    </message>
    <message>
        <source>Where the phase stands, open issues, what was learnt…</source>
        <translation>Missä vaiheessa ollaan, avoimet kysymykset, mitä on opittu…</translation>
    </message>
    <message>
        <source>Saved when you leave the field (or press Ctrl+Enter).</source>
        <translation>Tallennetaan, kun poistut kentästä (tai painat Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tarkoitus</translation>
    </message>
    <message>
        <source>Expected results</source>
        <translation>Odotetut tulokset</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>T&amp;ehtävät</translation>
    </message>
    <message>
        <source>Tasks of phase {number}</source>
        <translation>Vaiheen {number} tehtävät</translation>
    </message>
    <message>
        <source>Suggested activities</source>
        <translation>Ehdotetut harjoitukset</translation>
    </message>
    <message>
        <source>Workshop activities for this phase with their usual length. Add one to a workshop&apos;s agenda.</source>
        <translation>Tämän vaiheen työpajaharjoitukset ja niiden tavallinen kesto. Lisää harjoitus työpajan asialistalle.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Usually takes {minutes} minutes</source>
        <translation>Kesto yleensä {minutes} min</translation>
    </message>
    <message>
        <source>Uses the quadrant board “{board}”.</source>
        <translation>Käyttää nelikenttää ”{board}”.</translation>
    </message>
    <message>
        <source>Add to agenda…</source>
        <translation>Lisää asialistalle…</translation>
    </message>
    <message>
        <source>Add “{activity}” to a workshop&apos;s agenda</source>
        <translation>Lisää ”{activity}” työpajan asialistalle</translation>
    </message>
    <message>
        <source>Pick a workshop, or make a new one in this phase</source>
        <translation>Valitse työpaja tai luo uusi tähän vaiheeseen</translation>
    </message>
    <message>
        <source>Lifecycle diagnosis</source>
        <translation>Elinkaaren arviointi</translation>
    </message>
    <message>
        <source>Where the group and each participant placed the collaboration, diagnosis by diagnosis: older ones fainter, the latest circled. Diagnose again in a workshop to see the path continue.</source>
        <translation>Mihin ryhmä ja kukin osallistuja ovat sijoittaneet yhteistyön arviointi arvioinnilta: vanhemmat haaleampina, viimeisin ympyröitynä. Arvioikaa uudelleen työpajassa, niin kulku jatkuu.</translation>
    </message>
    <message>
        <source>Success &amp;criteria</source>
        <translation>&amp;Onnistumisen kriteerit</translation>
    </message>
    <message>
        <source>Rate how well each criterion is met, from 1 (not at all) to 5 (fully); earlier ratings stay. Select a criterion, press 1–5, type a comment and press Enter.</source>
        <translation>Arvioi, kuinka hyvin kukin kriteeri täyttyy asteikolla 1 (ei lainkaan) – 5 (täysin); aiemmat arviot säilyvät. Valitse kriteeri, paina 1–5, kirjoita kommentti ja paina Enter.</translation>
    </message>
    <message>
        <source>Success criteria of phase {number}</source>
        <translation>Vaiheen {number} onnistumisen kriteerit</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>A&amp;rvosana:</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Arvosana</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>&amp;Kommentti:</translation>
    </message>
    <message>
        <source>Why this score? What would raise it?</source>
        <translation>Miksi tämä arvosana? Mikä nostaisi sitä?</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
    <message>
        <source>Date of the rating</source>
        <translation>Arvion päivämäärä</translation>
    </message>
    <message>
        <source>&amp;Add rating</source>
        <translation>&amp;Lisää arvio</translation>
    </message>
    <message>
        <source>Add the rating (Enter in the comment field)</source>
        <translation>Lisää arvio (Enter kommenttikentässä)</translation>
    </message>
    <message>
        <source>Set phase {number} to “{status}”</source>
        <translation>Aseta vaiheen {number} tilaksi ”{status}”</translation>
    </message>
    <message>
        <source>Change when phase {number} started</source>
        <translation>Muuta vaiheen {number} aloituspäivää</translation>
    </message>
    <message>
        <source>Change when phase {number} was completed</source>
        <translation>Muuta vaiheen {number} valmistumispäivää</translation>
    </message>
    <message>
        <source>Edit the notes on phase {number}</source>
        <translation>Muokkaa vaiheen {number} muistiinpanoja</translation>
    </message>
    <message>
        <source>Workshops in this phase</source>
        <translation>Tämän vaiheen työpajat</translation>
    </message>
    <message>
        <source>No workshop in this phase yet</source>
        <translation>Tässä vaiheessa ei ole vielä työpajoja</translation>
    </message>
    <message>
        <source>Other workshops</source>
        <translation>Muut työpajat</translation>
    </message>
    <message>
        <source>{workshop} – phase {number}</source>
        <translation>{workshop} – vaihe {number}</translation>
    </message>
    <message>
        <source>New workshop in this phase…</source>
        <translation>Uusi työpaja tähän vaiheeseen…</translation>
    </message>
    <message>
        <source>Add “{activity}” to the agenda of “{workshop}”</source>
        <translation>Lisää ”{activity}” työpajan ”{workshop}” asialistalle</translation>
    </message>
    <message>
        <source>“{activity}” ({minutes} min) is now on the agenda of “{workshop}”.</source>
        <translation>”{activity}” ({minutes} min) on nyt työpajan ”{workshop}” asialistalla.</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Uusi työpaja</translation>
    </message>
    <message>
        <source>Title of the new workshop in phase {number}; the activity goes on its agenda:</source>
        <translation>Vaiheen {number} uuden työpajan nimi; harjoitus lisätään sen asialistalle:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Luo</translation>
    </message>
    <message>
        <source>Add an activity to the new workshop “{workshop}”</source>
        <translation>Lisää harjoitus uuteen työpajaan ”{workshop}”</translation>
    </message>
    <message>
        <source>Select a criterion above to rate it.</source>
        <translation>Valitse arvioitava kriteeri yltä.</translation>
    </message>
    <message>
        <source>Rate: &lt;b&gt;{criterion}&lt;/b&gt;</source>
        <translation>Arvioitava: &lt;b&gt;{criterion}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rate “{criterion}” {score} of 5</source>
        <translation>Arvioi ”{criterion}”: {score}/5</translation>
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
        <translation>Avaa vaihe {number}</translation>
    </message>
    <message>
        <source>{status} · current phase</source>
        <translation>{status} · nykyinen vaihe</translation>
    </message>
    <message>
        <source>{done} of {total} tasks done</source>
        <translation>Tehtäviä valmiina {done}/{total}</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tehtävät</translation>
    </message>
</context>
<context>
    <name>PhaseStatus</name>
    <message>
        <source>Not started</source>
        <translation>Ei aloitettu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
</context>
<context>
    <name>PhoneRoom</name>
    <message>
        <source>Phones cannot join: {reason}</source>
        <translation>Puhelimet eivät voi liittyä: {reason}</translation>
    </message>
    <message>
        <source>Phone {number}</source>
        <translation>Puhelin {number}</translation>
    </message>
    <message>
        <source>This laptop is not on a local network, so phones cannot reach it. Turn on the hotspot of a phone (no internet is needed), join it with this laptop and the participants&apos; phones, then try again.</source>
        <translation>Tämä kannettava ei ole lähiverkossa, joten puhelimet eivät saa siihen yhteyttä. Laita jonkin puhelimen yhteyspiste päälle (internetiä ei tarvita), liitä siihen tämä kannettava ja osallistujien puhelimet ja yritä uudelleen.</translation>
    </message>
</context>
<context>
    <name>PhonesPanel</name>
    <message>
        <source>Offer names from the attendance</source>
        <translation>Tarjoa nimiä osallistujista</translation>
    </message>
    <message>
        <source>Phones may pick a name of someone attending, or stay anonymous.</source>
        <translation>Puhelimella voi valita osallistujan nimen tai pysyä nimettömänä.</translation>
    </message>
    <message>
        <source>Pause input from phones</source>
        <translation>Keskeytä puhelinten kirjoittaminen</translation>
    </message>
    <message>
        <source>Remove phone</source>
        <translation>Poista puhelin</translation>
    </message>
    <message>
        <source>Its link stops working; the notes it wrote stay on the board.</source>
        <translation>Sen linkki lakkaa toimimasta; sillä kirjoitetut laput jäävät taululle.</translation>
    </message>
    <message>
        <source>Connected phones</source>
        <translation>Yhdistetyt puhelimet</translation>
    </message>
    <message>
        <source>QR code of the link for phones</source>
        <translation>Puhelinten linkin QR-koodi</translation>
    </message>
    <message>
        <source>Phones join over this laptop&apos;s own network: nothing goes to the internet. Their notes follow the board&apos;s rules and are saved at once; they are not on the undo list.</source>
        <translation>Puhelimet liittyvät tämän kannettavan omaan verkkoon: mitään ei lähetetä internetiin. Niiden laput noudattavat taulun sääntöjä ja tallentuvat heti; ne eivät ole kumoamisluettelossa.</translation>
    </message>
    <message>
        <source>Stop letting phones join</source>
        <translation>Lopeta puhelinten liittyminen</translation>
    </message>
    <message>
        <source>Let phones join</source>
        <translation>Anna puhelinten liittyä</translation>
    </message>
    <message>
        <source>Connected phones: {count}</source>
        <translation>Yhdistettyjä puhelimia: {count}</translation>
    </message>
</context>
<context>
    <name>PlanDelegate</name>
    <message>
        <source>Not planned</source>
        <translation>Ei suunniteltu</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Prompt of the method: {text}</source>
        <translation>Menetelmän apukysymys: {text}</translation>
    </message>
    <message>
        <source>Board for the room</source>
        <translation>Nelikenttä osallistujille</translation>
    </message>
    <message>
        <source>How phones join: QR code and link</source>
        <translation>Näin puhelimet liittyvät: QR-koodi ja linkki</translation>
    </message>
    <message>
        <source>Quadrant board, as the room sees it</source>
        <translation>Nelikenttä osallistujien näkemänä</translation>
    </message>
    <message>
        <source>Time left in this round</source>
        <translation>Kierroksen jäljellä oleva aika</translation>
    </message>
    <message>
        <source>The board&apos;s question</source>
        <translation>Taulun kysymys</translation>
    </message>
</context>
<context>
    <name>ProConsModel</name>
    <message>
        <source>+ Pro</source>
        <translation>+ Etu</translation>
    </message>
    <message>
        <source>− Con</source>
        <translation>− Haitta</translation>
    </message>
    <message>
        <source>{text} (prompt from the method)</source>
        <translation>{text} (menetelmän apukysymys)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Pro or con</source>
        <translation>Etu tai haitta</translation>
    </message>
    <message>
        <source>Edit a pro or con</source>
        <translation>Edun tai haitan muokkaus</translation>
    </message>
    <message>
        <source>Move a pro or con</source>
        <translation>Edun tai haitan siirto</translation>
    </message>
    <message>
        <source>Add a pro</source>
        <translation>Edun lisäys</translation>
    </message>
    <message>
        <source>Add a con</source>
        <translation>Haitan lisäys</translation>
    </message>
    <message>
        <source>Delete a pro or con</source>
        <translation>Edun tai haitan poisto</translation>
    </message>
    <message>
        <source>Take back a prompt of the method</source>
        <translation>Palauta menetelmän apukysymys</translation>
    </message>
    <message>
        <source>Make an action from a pro or con</source>
        <translation>Toimenpiteen luonti edusta tai haitasta</translation>
    </message>
</context>
<context>
    <name>ProConsPanel</name>
    <message>
        <source>&amp;Pros and cons of:</source>
        <translation>&amp;Kohde:</translation>
    </message>
    <message>
        <source>Whose pros and cons</source>
        <translation>Mitä edut ja haitat koskevat</translation>
    </message>
    <message>
        <source>Pros and cons</source>
        <translation>Edut ja haitat</translation>
    </message>
    <message>
        <source>&amp;New pro or con:</source>
        <translation>&amp;Uusi etu tai haitta:</translation>
    </message>
    <message>
        <source>Type, then Enter for a pro or Ctrl+Enter for a con</source>
        <translation>Kirjoita ja paina Enter, jos kyse on edusta, tai Ctrl+Enter, jos haitasta</translation>
    </message>
    <message>
        <source>Text of a new pro or con</source>
        <translation>Uuden edun tai haitan teksti</translation>
    </message>
    <message>
        <source>Add &amp;pro</source>
        <translation>Lisää &amp;etu</translation>
    </message>
    <message>
        <source>Add the text as a pro</source>
        <translation>Lisää teksti etuna</translation>
    </message>
    <message>
        <source>Add &amp;con</source>
        <translation>Lisää &amp;haitta</translation>
    </message>
    <message>
        <source>Add the text as a con</source>
        <translation>Lisää teksti haittana</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Ylös</translation>
    </message>
    <message>
        <source>Move the chosen pro or con up</source>
        <translation>Siirrä valittua etua tai haittaa ylöspäin</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Alas</translation>
    </message>
    <message>
        <source>Move the chosen pro or con down</source>
        <translation>Siirrä valittua etua tai haittaa alaspäin</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Delete the chosen pro or con</source>
        <translation>Poista valittu etu tai haitta</translation>
    </message>
    <message>
        <source>Make action</source>
        <translation>Tee toimenpide</translation>
    </message>
    <message>
        <source>Put the chosen pro or con into the action plan</source>
        <translation>Lisää valittu etu tai haitta toimenpidesuunnitelmaan</translation>
    </message>
    <message>
        <source>Top left: {title}</source>
        <translation>Vasen ylälohko: {title}</translation>
    </message>
    <message>
        <source>Top right: {title}</source>
        <translation>Oikea ylälohko: {title}</translation>
    </message>
    <message>
        <source>Bottom left: {title}</source>
        <translation>Vasen alalohko: {title}</translation>
    </message>
    <message>
        <source>Bottom right: {title}</source>
        <translation>Oikea alalohko: {title}</translation>
    </message>
    <message>
        <source>The selected note</source>
        <translation>Valittu lappu</translation>
    </message>
    <message>
        <source>About the note “{text}”</source>
        <translation>Koskee lappua ”{text}”</translation>
    </message>
    <message>
        <source>About everything placed in this quadrant</source>
        <translation>Koskee kaikkea tähän lohkoon sijoitettua</translation>
    </message>
</context>
<context>
    <name>PromptsPanel</name>
    <message>
        <source>&amp;Prompts of the method:</source>
        <translation>Menetelmän &amp;apukysymykset:</translation>
    </message>
    <message>
        <source>Which prompts of the method</source>
        <translation>Mitkä menetelmän apukysymykset</translation>
    </message>
    <message>
        <source>Prompt cards</source>
        <translation>Apukysymyskortit</translation>
    </message>
    <message>
        <source>The chosen prompt</source>
        <translation>Valittu apukysymys</translation>
    </message>
    <message>
        <source>&amp;Show to the room</source>
        <translation>&amp;Näytä salille</translation>
    </message>
    <message>
        <source>Show the chosen prompt large to the room</source>
        <translation>Näytä valittu apukysymys suurena salille</translation>
    </message>
    <message>
        <source>&amp;Accept into the group&apos;s list</source>
        <translation>&amp;Hyväksy ryhmän listaan</translation>
    </message>
    <message>
        <source>The group takes the prompt up: add it to the group&apos;s own list</source>
        <translation>Ryhmä ottaa apukysymyksen käsittelyyn: lisää se ryhmän omaan listaan</translation>
    </message>
    <message>
        <source>&amp;Take back</source>
        <translation>&amp;Palauta</translation>
    </message>
    <message>
        <source>Take the accepted prompt out of the group&apos;s list</source>
        <translation>Poista hyväksytty apukysymys ryhmän listasta</translation>
    </message>
    <message>
        <source>Pros and cons: {scenario}</source>
        <translation>Edut ja haitat: {scenario}</translation>
    </message>
    <message>
        <source>Pros and cons of a scenario</source>
        <translation>Skenaarion edut ja haitat</translation>
    </message>
    <message>
        <source>{kind}: {text}</source>
        <translation>{kind}: {text}</translation>
    </message>
    <message>
        <source>Accepted: a note on the board says it.</source>
        <translation>Hyväksytty: nelikentällä on lappu, jossa se lukee.</translation>
    </message>
    <message>
        <source>Accepted into the quadrant&apos;s pros and cons, marked as the method&apos;s prompt.</source>
        <translation>Hyväksytty lohkon etuihin ja haittoihin, merkittynä menetelmän apukysymykseksi.</translation>
    </message>
    <message>
        <source>Shown to the room; not accepted yet.</source>
        <translation>Näytetty salille; ei vielä hyväksytty.</translation>
    </message>
    <message>
        <source>Not shown to the room yet.</source>
        <translation>Ei vielä näytetty salille.</translation>
    </message>
    <message>
        <source>The method&apos;s pros and cons of this scenario: prompts, not what the group said. Show one to the room; accept it when the group takes it up.</source>
        <translation>Menetelmän esittämät tämän skenaarion edut ja haitat: apukysymyksiä, eivät ryhmän omia näkemyksiä. Näytä yksi salille ja hyväksy se, kun ryhmä ottaa sen käsittelyyn.</translation>
    </message>
    <message>
        <source>Questions of the method for any workshop. Show one to the room; an accepted question becomes a note on the board.</source>
        <translation>Menetelmän kysymyksiä mihin tahansa työpajaan. Näytä yksi salille; hyväksytystä kysymyksestä tulee lappu nelikentälle.</translation>
    </message>
    <message>
        <source>{kind} · {group}</source>
        <translation>{kind} · {group}</translation>
    </message>
    <message>
        <source>Accept a prompt of the method</source>
        <translation>Hyväksy menetelmän apukysymys</translation>
    </message>
    <message>
        <source>Accept a prompt of the method as a note</source>
        <translation>Hyväksy menetelmän apukysymys lapuksi</translation>
    </message>
    <message>
        <source>Take back a prompt of the method</source>
        <translation>Palauta menetelmän apukysymys</translation>
    </message>
</context>
<context>
    <name>RatingInput</name>
    <message>
        <source>1 – not at all</source>
        <translation>1 – ei lainkaan</translation>
    </message>
    <message>
        <source>2 – a little</source>
        <translation>2 – vähän</translation>
    </message>
    <message>
        <source>3 – partly</source>
        <translation>3 – osittain</translation>
    </message>
    <message>
        <source>4 – largely</source>
        <translation>4 – suurelta osin</translation>
    </message>
    <message>
        <source>5 – fully</source>
        <translation>5 – täysin</translation>
    </message>
    <message>
        <source>Score {score} of 5</source>
        <translation>Arvosana {score}/5</translation>
    </message>
    <message>
        <source>Pick a score from 1 to 5 (keys 1–5 or the arrow keys; Delete clears)</source>
        <translation>Valitse arvosana 1–5 (näppäimet 1–5 tai nuolinäppäimet; Delete tyhjentää)</translation>
    </message>
    <message>
        <source>No score picked</source>
        <translation>Arvosanaa ei ole valittu</translation>
    </message>
</context>
<context>
    <name>RatingTrendModel</name>
    <message>
        <source>Rated {score} of 5 on {date}.</source>
        <translation>Arvio {date}: {score}/5.</translation>
    </message>
    <message>
        <source>Rated {previous} of 5 on {previous_date}, then {latest} of 5 on {latest_date}.</source>
        <translation>Arvio {previous_date}: {previous}/5, sitten {latest_date}: {latest}/5.</translation>
    </message>
    <message>
        <source>first rating</source>
        <translation>ensimmäinen arvio</translation>
    </message>
    <message>
        <source>up by {delta}</source>
        <translation>noussut {delta}</translation>
    </message>
    <message>
        <source>down by {delta}</source>
        <translation>laskenut {delta}</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>ei muutosta</translation>
    </message>
    <message>
        <source>Success criterion</source>
        <translation>Onnistumisen kriteeri</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Previous → latest</source>
        <translation>Edellinen → uusin</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muutos</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>&amp;Pause timer</source>
        <translation>&amp;Keskeytä ajastin</translation>
    </message>
    <message>
        <source>&amp;Start timer</source>
        <translation>&amp;Käynnistä ajastin</translation>
    </message>
    <message>
        <source>Export the board as PNG</source>
        <translation>Vie nelikenttä PNG-kuvana</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-kuvat (*.png)</translation>
    </message>
    <message>
        <source>Export the board as SVG</source>
        <translation>Vie nelikenttä SVG-kuvana</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-piirrokset (*.svg)</translation>
    </message>
    <message>
        <source>The board could not be saved to {file}.</source>
        <translation>Nelikenttää ei voitu tallentaa tiedostoon {file}.</translation>
    </message>
    <message>
        <source>The board was saved to {file}.</source>
        <translation>Nelikenttä tallennettiin tiedostoon {file}.</translation>
    </message>
</context>
<context>
    <name>RoomErrors</name>
    <message>
        <source>There is nothing here.</source>
        <translation>Täällä ei ole mitään.</translation>
    </message>
    <message>
        <source>The request is not valid JSON.</source>
        <translation>Pyyntö ei ole kelvollista JSONia.</translation>
    </message>
    <message>
        <source>The request has a field this room does not know: {name}.</source>
        <translation>Pyynnössä on kenttä, jota tämä huone ei tunne: {name}.</translation>
    </message>
    <message>
        <source>The request is too large: at most {limit} kB.</source>
        <translation>Pyyntö on liian suuri: enintään {limit} kt.</translation>
    </message>
    <message>
        <source>The facilitator has paused input for a moment.</source>
        <translation>Fasilitaattori on keskeyttänyt kirjoittamisen hetkeksi.</translation>
    </message>
    <message>
        <source>You can change only the notes you wrote on this phone.</source>
        <translation>Voit muuttaa vain lappuja, jotka kirjoitit tällä puhelimella.</translation>
    </message>
    <message>
        <source>The facilitator has removed this phone from the room.</source>
        <translation>Fasilitaattori on poistanut tämän puhelimen huoneesta.</translation>
    </message>
    <message>
        <source>The room is full: {limit} phones have joined.</source>
        <translation>Huone on täynnä: {limit} puhelinta on liittynyt.</translation>
    </message>
    <message>
        <source>Too many notes at once: at most {limit} a minute. Wait a moment.</source>
        <translation>Liian monta lappua kerralla: enintään {limit} minuutissa. Odota hetki.</translation>
    </message>
    <message>
        <source>This name cannot be chosen here. Choose another or stay anonymous.</source>
        <translation>Tätä nimeä ei voi valita täällä. Valitse toinen tai pysy nimettömänä.</translation>
    </message>
    <message>
        <source>You have used all {dots} dots on this board.</source>
        <translation>Olet käyttänyt kaikki {dots} pistettäsi tällä taululla.</translation>
    </message>
    <message>
        <source>You have no dot on this note to take back.</source>
        <translation>Sinulla ei ole tällä lapulla pistettä, jonka voisit perua.</translation>
    </message>
</context>
<context>
    <name>RoomPage</name>
    <message>
        <source>The board on your phone</source>
        <translation>Taulu puhelimessasi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Round {number}</source>
        <translation>Kierros {number}</translation>
    </message>
    <message>
        <source>Connecting to the room…</source>
        <translation>Yhdistetään huoneeseen…</translation>
    </message>
    <message>
        <source>Connected to the room.</source>
        <translation>Yhteys huoneeseen on auki.</translation>
    </message>
    <message>
        <source>The room cannot be reached. Trying again…</source>
        <translation>Huoneeseen ei saada yhteyttä. Yritetään uudelleen…</translation>
    </message>
    <message>
        <source>The facilitator has paused input. You can still read the board.</source>
        <translation>Fasilitaattori on keskeyttänyt kirjoittamisen. Voit yhä lukea taulua.</translation>
    </message>
    <message>
        <source>This round is frozen: it can no longer be changed.</source>
        <translation>Tämä kierros on jäädytetty: sitä ei voi enää muuttaa.</translation>
    </message>
    <message>
        <source>Time left: {time}</source>
        <translation>Aikaa jäljellä: {time}</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Kuka olet?</translation>
    </message>
    <message>
        <source>Stay anonymous</source>
        <translation>Pysy nimettömänä</translation>
    </message>
    <message>
        <source>Your notes are shown as written by the person you choose.</source>
        <translation>Lappusi näytetään valitsemasi henkilön kirjoittamina.</translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation>Kirjoita lappu</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Lappusi</translation>
    </message>
    <message>
        <source>Place it on the board</source>
        <translation>Sijoita se taululle</translation>
    </message>
    <message>
        <source>Tap the board where your note belongs.</source>
        <translation>Napauta taulua kohdasta, johon lappusi kuuluu.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>The board</source>
        <translation>Taulu</translation>
    </message>
    <message>
        <source>Quadrant: {title}</source>
        <translation>Lohko: {title}</translation>
    </message>
    <message>
        <source>Notes are face down: only you see yours until the facilitator reveals them.</source>
        <translation>Laput ovat piilossa: vain sinä näet omasi, kunnes fasilitaattori paljastaa ne.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Laput</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Ei vielä lappuja.</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Sinun</translation>
    </message>
    <message>
        <source>Face down</source>
        <translation>Piilossa</translation>
    </message>
    <message>
        <source>Dots: {count}</source>
        <translation>Pisteitä: {count}</translation>
    </message>
    <message>
        <source>Give a dot</source>
        <translation>Anna piste</translation>
    </message>
    <message>
        <source>Take a dot back</source>
        <translation>Peru piste</translation>
    </message>
    <message>
        <source>Dots left: {count}</source>
        <translation>Pisteitä jäljellä: {count}</translation>
    </message>
    <message>
        <source>You can give as many dots as you like.</source>
        <translation>Voit antaa niin monta pistettä kuin haluat.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Muokkaa</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Siirrä</translation>
    </message>
    <message>
        <source>Move your note</source>
        <translation>Siirrä lappuasi</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Ylös</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Alas</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Vasemmalle</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Oikealle</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Pros and cons</source>
        <translation>Hyvät ja huonot puolet</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Mistä</translation>
    </message>
    <message>
        <source>Pro or con</source>
        <translation>Hyvä vai huono puoli</translation>
    </message>
    <message>
        <source>Pro</source>
        <translation>Hyvä puoli</translation>
    </message>
    <message>
        <source>Con</source>
        <translation>Huono puoli</translation>
    </message>
    <message>
        <source>Your pro or con</source>
        <translation>Hyvä tai huono puolesi</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>Lappu: {text}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Poistettu.</translation>
    </message>
    <message>
        <source>Delete this note?</source>
        <translation>Poistetaanko tämä lappu?</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>Round timer</source>
        <translation>Kierrosajastin</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuutit:</translation>
    </message>
    <message>
        <source>Length of the round in minutes</source>
        <translation>Kierroksen pituus minuutteina</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Aikaa jäljellä</translation>
    </message>
    <message>
        <source>The time left shows in large type on the presentation window while the timer runs.</source>
        <translation>Jäljellä oleva aika näkyy esitysikkunassa suurella tekstillä, kun ajastin on käynnissä.</translation>
    </message>
</context>
<context>
    <name>RoundsPanel</name>
    <message>
        <source>Round sho&amp;wn:</source>
        <translation>&amp;Näytettävä kierros:</translation>
    </message>
    <message>
        <source>Round of the board</source>
        <translation>Nelikentän kierros</translation>
    </message>
    <message>
        <source>&amp;Changes since the previous round</source>
        <translation>&amp;Muutokset edellisestä kierroksesta</translation>
    </message>
    <message>
        <source>Ideas by how far they moved</source>
        <translation>Ideat siirtymän suuruuden mukaan</translation>
    </message>
    <message>
        <source>Freezing keeps this round as it stands and starts the next one with the same notes. Compare shows how the ideas moved since the previous round.</source>
        <translation>Jäädyttäminen säilyttää tämän kierroksen sellaisenaan ja aloittaa seuraavan samoilla lapuilla. Vertailu näyttää, miten ideat ovat siirtyneet edellisestä kierroksesta.</translation>
    </message>
    <message>
        <source>Round {number} (frozen {date})</source>
        <translation>Kierros {number} (jäädytetty {date})</translation>
    </message>
    <message>
        <source>Round {number} (latest)</source>
        <translation>Kierros {number} (uusin)</translation>
    </message>
</context>
<context>
    <name>RunningAgendaView</name>
    <message>
        <source>This workshop has no agenda items.</source>
        <translation>Tämän työpajan asialistalla ei ole asiakohtia.</translation>
    </message>
    <message>
        <source>Item {number} of {count}</source>
        <translation>Asiakohta {number}/{count}</translation>
    </message>
    <message>
        <source>Paused: press Space to continue</source>
        <translation>Tauko: jatka painamalla välilyöntiä</translation>
    </message>
    <message>
        <source>Over the {minutes} minutes planned</source>
        <translation>Suunniteltu aika ({minutes} min) ylitetty</translation>
    </message>
    <message>
        <source>Time left of the {minutes} minutes planned</source>
        <translation>Aikaa jäljellä (suunniteltu {minutes} min)</translation>
    </message>
    <message>
        <source>Next: {item}</source>
        <translation>Seuraavaksi: {item}</translation>
    </message>
    <message>
        <source>This is the last item.</source>
        <translation>Tämä on viimeinen asiakohta.</translation>
    </message>
    <message>
        <source>Elapsed {elapsed} of {planned} planned</source>
        <translation>Kulunut {elapsed} / suunniteltu {planned}</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Tauko</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Jatka</translation>
    </message>
    <message>
        <source>Pause the countdown</source>
        <translation>Keskeytä ajanlasku</translation>
    </message>
    <message>
        <source>Continue the countdown</source>
        <translation>Jatka ajanlaskua</translation>
    </message>
    <message>
        <source>P&amp;revious</source>
        <translation>&amp;Edellinen</translation>
    </message>
    <message>
        <source>Go back to the previous item</source>
        <translation>Palaa edelliseen asiakohtaan</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Seuraava</translation>
    </message>
    <message>
        <source>Go on to the next item</source>
        <translation>Siirry seuraavaan asiakohtaan</translation>
    </message>
    <message>
        <source>&amp;Back to the editor</source>
        <translation>&amp;Palaa muokkaukseen</translation>
    </message>
    <message>
        <source>Stop running the agenda</source>
        <translation>Lopeta asialistan läpikäynti</translation>
    </message>
    <message>
        <source>Space pauses or continues · Left and Right change the item · Esc goes back to the editor</source>
        <translation>Välilyönti keskeyttää tai jatkaa · Vasen ja oikea nuoli vaihtavat asiakohtaa · Esc palaa muokkaukseen</translation>
    </message>
</context>
<context>
    <name>SeriesButton</name>
    <message>
        <source>Lay out this series…</source>
        <translation>Suunnittele työpajasarja…</translation>
    </message>
    <message>
        <source>Lay out a series of planned workshops</source>
        <translation>Suunnittele sarja työpajoja</translation>
    </message>
    <message>
        <source>Planned workshops with agendas (and boards) from the method; one undo removes them all.</source>
        <translation>Suunnitellut työpajat asialistoineen (ja tauluineen) menetelmästä; yksi kumoaminen poistaa ne kaikki.</translation>
    </message>
    <message>
        <source>Lay out “{series}”</source>
        <translation>Suunnittele ”{series}”</translation>
    </message>
    <message numerus="yes">
        <source>%n planned workshop(s) laid out; they are on the Workshops page.</source>
        <translation>
            <numerusform>%n suunniteltu työpaja lisätty; se on Työpajat-sivulla.</numerusform>
            <numerusform>%n suunniteltua työpajaa lisätty; ne ovat Työpajat-sivulla.</numerusform>
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
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <source>In the main window</source>
        <translation>Pääikkunassa</translation>
    </message>
    <message>
        <source>Main window shortcuts</source>
        <translation>Pääikkunan pikanäppäimet</translation>
    </message>
    <message>
        <source>On a quadrant board</source>
        <translation>Nelikenttätaululla</translation>
    </message>
    <message>
        <source>Board shortcuts</source>
        <translation>Taulun pikanäppäimet</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Näppäimet</translation>
    </message>
</context>
<context>
    <name>SpreadPanel</name>
    <message>
        <source>Ideas that several people placed: each placement is joined to their centre, and the circle shows how far apart they are. A larger spread means more disagreement to talk about.</source>
        <translation>Ideat, jotka useampi henkilö on sijoittanut: jokainen sijoitus on yhdistetty niiden keskipisteeseen, ja ympyrä näyttää, kuinka kaukana ne ovat toisistaan. Suurempi hajonta tarkoittaa enemmän erimielisyyttä, josta kannattaa keskustella.</translation>
    </message>
    <message>
        <source>&amp;Disputed ideas</source>
        <translation>&amp;Kiistanalaiset ideat</translation>
    </message>
    <message>
        <source>Ideas placed more than once, by spread</source>
        <translation>Useammin kuin kerran sijoitetut ideat hajonnan mukaan</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>this computer</source>
        <translation>tämä tietokone</translation>
    </message>
    <message>
        <source>{database} on the server {server}
{location}</source>
        <translation>{database} palvelimella {server}
{location}</translation>
    </message>
    <message>
        <source>Plan and run the workshops of a regional or neighbourhood development programme through its five phases. Everything you enter is saved in the programme file at once.</source>
        <translation>Suunnittele ja vedä alueellisen tai asuinalueen kehittämisohjelman työpajat ohjelman viiden vaiheen läpi. Kaikki syöttämäsi tiedot tallentuvat heti ohjelmatiedostoon.</translation>
    </message>
    <message>
        <source>&amp;Recent programmes</source>
        <translation>&amp;Viimeaikaiset ohjelmat</translation>
    </message>
    <message>
        <source>&amp;New programme…</source>
        <translation>&amp;Uusi ohjelma…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Avaa…</translation>
    </message>
    <message>
        <source>Open From &amp;Server…</source>
        <translation>Avaa &amp;palvelimelta…</translation>
    </message>
    <message>
        <source>A programme on the region&apos;s PostgreSQL server, shared by several people</source>
        <translation>Ohjelma alueen PostgreSQL-palvelimella, usean ihmisen yhteinen</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Kokeile &amp;esimerkkiä</translation>
    </message>
    <message>
        <source>&amp;Plan one workshop…</source>
        <translation>&amp;Suunnittele yksi työpaja…</translation>
    </message>
    <message>
        <source>A single workshop with an agenda and a board, without planning a whole programme</source>
        <translation>Yksittäinen työpaja asialistoineen ja tauluineen, ilman koko ohjelman suunnittelua</translation>
    </message>
    <message>
        <source>Recent programmes</source>
        <translation>Viimeaikaiset ohjelmat</translation>
    </message>
</context>
<context>
    <name>StatusDelegate</name>
    <message>
        <source>Attendance</source>
        <translation>Läsnäolo</translation>
    </message>
</context>
<context>
    <name>TaskChecklistModel</name>
    <message>
        <source>“{task}” is done</source>
        <translation>”{task}” on valmis</translation>
    </message>
    <message>
        <source>“{task}” is not done yet</source>
        <translation>”{task}” ei ole vielä valmis</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>Mark “{task}” as done</source>
        <translation>Merkitse ”{task}” valmiiksi</translation>
    </message>
    <message>
        <source>Mark “{task}” as not done</source>
        <translation>Merkitse ”{task}” keskeneräiseksi</translation>
    </message>
    <message>
        <source>Set the owner of “{task}”</source>
        <translation>Aseta tehtävän ”{task}” vastuuhenkilö</translation>
    </message>
    <message>
        <source>Edit the note on “{task}”</source>
        <translation>Muokkaa tehtävän ”{task}” huomautusta</translation>
    </message>
</context>
<context>
    <name>UpcomingWorkshopsModel</name>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} klo {time}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Työpaja</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
</context>
<context>
    <name>VotesPanel</name>
    <message>
        <source>V&amp;oter:</source>
        <translation>Ä&amp;änestäjä:</translation>
    </message>
    <message>
        <source>Who is voting</source>
        <translation>Kuka äänestää</translation>
    </message>
    <message>
        <source>&amp;Dots each:</source>
        <translation>&amp;Pisteitä kullakin:</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Rajoittamaton</translation>
    </message>
    <message>
        <source>Dots per participant</source>
        <translation>Pisteitä osallistujaa kohden</translation>
    </message>
    <message>
        <source>How many dots each named participant may place on this board (0: no limit)</source>
        <translation>Kuinka monta pistettä kukin nimetty osallistuja voi antaa tässä nelikentässä (0: ei rajaa)</translation>
    </message>
    <message>
        <source>In voting mode, click a note to give it a dot (or Space on the note chosen with Tab); right-click or Backspace takes the voter&apos;s dot back.</source>
        <translation>Äänestystilassa lappu saa pisteen napsauttamalla sitä (tai painamalla Space, kun lappu on valittu Tabilla); hiiren oikea painike tai Backspace ottaa äänestäjän pisteen takaisin.</translation>
    </message>
    <message>
        <source>Res&amp;ults</source>
        <translation>&amp;Tulokset</translation>
    </message>
    <message>
        <source>Notes by number of dots</source>
        <translation>Laput pistemäärän mukaan</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Kuka tahansa</translation>
    </message>
    <message>
        <source>{name}: no limit on dots</source>
        <translation>{name}: ei pisterajaa</translation>
    </message>
    <message>
        <source>{name} has used all {dots} dots</source>
        <translation>{name}: kaikki {dots} pistettä käytetty</translation>
    </message>
    <message>
        <source>{name}: {left} of {dots} dots left</source>
        <translation>{name}: pisteitä jäljellä {left}/{dots}</translation>
    </message>
    <message>
        <source>Anyone (no limit)</source>
        <translation>Kuka tahansa (ei rajaa)</translation>
    </message>
    <message>
        <source>{name} — {left} left</source>
        <translation>{name} — jäljellä {left}</translation>
    </message>
    <message>
        <source>Change the dots per participant</source>
        <translation>Osallistujakohtaisen pistemäärän muutos</translation>
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
        <translation>{date} klo {start}–{end}</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Ei vielä päivämäärää</translation>
    </message>
    <message>
        <source>{when} · {place}</source>
        <translation>{when} · {place}</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Tiedot</translation>
    </message>
    <message>
        <source>A&amp;genda and minutes</source>
        <translation>&amp;Asialista ja muistio</translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation>&amp;Läsnäolo</translation>
    </message>
    <message>
        <source>Decisi&amp;ons</source>
        <translation>&amp;Päätökset</translation>
    </message>
    <message>
        <source>&amp;Boards</source>
        <translation>&amp;Nelikentät</translation>
    </message>
    <message>
        <source>A&amp;pproval</source>
        <translation>&amp;Hyväksyminen</translation>
    </message>
</context>
<context>
    <name>WorkshopErrors</name>
    <message>
        <source>This round of the board is frozen. Continue in its latest round to change it.</source>
        <translation>Tämä nelikentän kierros on jäädytetty. Tee muutokset nelikentän uusimmalla kierroksella.</translation>
    </message>
    <message>
        <source>These fields cannot be changed: {fields}.</source>
        <translation>Näitä kenttiä ei voi muuttaa: {fields}.</translation>
    </message>
    <message>
        <source>This item is not in the programme file.</source>
        <translation>Tätä kohdetta ei ole ohjelmatiedostossa.</translation>
    </message>
    <message>
        <source>This note was moved elsewhere meanwhile (on another screen or a phone), so it was not moved back. It is shown where it is now.</source>
        <translation>Tämä lappu siirrettiin sillä välin muualle (toisella näytöllä tai puhelimella), joten sitä ei siirretty takaisin. Se näytetään siellä, missä se nyt on.</translation>
    </message>
    <message>
        <source>This round is not frozen, so there is no next round to take back.</source>
        <translation>Tätä kierrosta ei ole lukittu, joten perutettavaa seuraavaa kierrosta ei ole.</translation>
    </message>
    <message>
        <source>This participant has used all {dots} dots on this board.</source>
        <translation>Tämä osallistuja on käyttänyt tässä nelikentässä kaikki {dots} pistettään.</translation>
    </message>
    <message>
        <source>A pro or con belongs either to a quadrant or to a note.</source>
        <translation>Hyvä tai huono puoli kuuluu joko nelikentän lohkoon tai lappuun.</translation>
    </message>
    <message>
        <source>This value must be a whole number.</source>
        <translation>Arvon on oltava kokonaisluku.</translation>
    </message>
    <message>
        <source>An erased participant cannot be edited.</source>
        <translation>Poistettua osallistujaa ei voi muokata.</translation>
    </message>
    <message>
        <source>No participant in this programme has the id or name “{wanted}”.</source>
        <translation>Tässä ohjelmassa ei ole osallistujaa, jonka tunniste tai nimi on ”{wanted}”.</translation>
    </message>
    <message>
        <source>Several participants are called “{wanted}”: give the id ({ids}).</source>
        <translation>Useamman osallistujan nimi on ”{wanted}”: anna tunniste ({ids}).</translation>
    </message>
    <message>
        <source>A phase cannot be completed before it started.</source>
        <translation>Vaihetta ei voi merkitä valmiiksi ennen kuin se on alkanut.</translation>
    </message>
    <message>
        <source>This value must be text.</source>
        <translation>Arvon on oltava tekstiä.</translation>
    </message>
    <message>
        <source>This must not be empty.</source>
        <translation>Tämä ei saa olla tyhjä.</translation>
    </message>
    <message>
        <source>This text is too long: {length} characters, at most {limit} are allowed.</source>
        <translation>Teksti on liian pitkä: {length} merkkiä, kun enintään {limit} on sallittu.</translation>
    </message>
    <message>
        <source>This text contains control characters or line breaks.</source>
        <translation>Tekstissä on ohjausmerkkejä tai rivinvaihtoja.</translation>
    </message>
    <message>
        <source>This text contains characters that cannot be stored.</source>
        <translation>Tekstissä on merkkejä, joita ei voi tallentaa.</translation>
    </message>
    <message>
        <source>{value} is not allowed here; use a whole number from {low} to {high}.</source>
        <translation>Arvo {value} ei ole tässä sallittu; anna kokonaisluku väliltä {low}–{high}.</translation>
    </message>
    <message>
        <source>A position on the board must lie between -1 and 1.</source>
        <translation>Nelikentän sijaintiarvon on oltava välillä -1…1.</translation>
    </message>
    <message>
        <source>This is not a valid date.</source>
        <translation>Tämä ei ole kelvollinen päivämäärä.</translation>
    </message>
    <message>
        <source>A date is needed here.</source>
        <translation>Tähän tarvitaan päivämäärä.</translation>
    </message>
    <message>
        <source>This is not a valid time of day.</source>
        <translation>Tämä ei ole kelvollinen kellonaika.</translation>
    </message>
    <message>
        <source>The end time must be later than the start time.</source>
        <translation>Päättymisajan on oltava myöhäisempi kuin alkamisajan.</translation>
    </message>
    <message>
        <source>{value} is not one of the allowed values: {allowed}.</source>
        <translation>Arvo {value} ei kuulu sallittuihin arvoihin: {allowed}.</translation>
    </message>
    <message>
        <source>{value} is not known in this programme&apos;s method catalogue.</source>
        <translation>Arvoa {value} ei löydy tämän ohjelman menetelmäluettelosta.</translation>
    </message>
    <message>
        <source>A colour is written as # and six hexadecimal digits.</source>
        <translation>Väri annetaan merkillä # ja sitä seuraavalla kuudella heksadesimaalinumerolla.</translation>
    </message>
    <message>
        <source>The file {path} does not exist (any more).</source>
        <translation>Tiedostoa {path} ei ole (enää) olemassa.</translation>
    </message>
    <message>
        <source>{path} is a folder or a device, not a programme file.</source>
        <translation>Kohde {path} on kansio tai laite eikä ohjelmatiedosto.</translation>
    </message>
    <message>
        <source>{path} is not a complete programme export: {reason}.</source>
        <translation>{path} ei ole täydellinen ohjelman vienti: {reason}.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation>Tiedostoa {path} ei voi lukea: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a programme export: {reason}.</source>
        <translation>{path} ei ole ohjelman vientitiedosto: {reason}.</translation>
    </message>
    <message>
        <source>{path} is a programme export of format version {version}, which this app cannot read.</source>
        <translation>{path} on ohjelman vienti muotoversiossa {version}, jota tämä sovellus ei osaa lukea.</translation>
    </message>
    <message>
        <source>{path} is not a Workshop App programme file (it is not a database at all).</source>
        <translation>Tiedosto {path} ei ole Workshop App -ohjelmatiedosto (se ei ole lainkaan tietokanta).</translation>
    </message>
    <message>
        <source>{path} is a database of another application, not a Workshop App programme file.</source>
        <translation>Tiedosto {path} on toisen sovelluksen tietokanta eikä Workshop App -ohjelmatiedosto.</translation>
    </message>
    <message>
        <source>The programme file {path} is damaged (it is shorter than it should be). Open a backup copy instead.</source>
        <translation>Ohjelmatiedosto {path} on vioittunut (se on lyhyempi kuin sen pitäisi olla). Avaa sen sijaan varmuuskopio.</translation>
    </message>
    <message>
        <source>The programme file could not be read or written: {reason}</source>
        <translation>Ohjelmatiedostoa ei voitu lukea tai kirjoittaa: {reason}</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>Tiedosto {path} on jo olemassa; valitse toinen nimi.</translation>
    </message>
    <message>
        <source>--board needs a board&apos;s id or title; it was empty.</source>
        <translation>--board tarvitsee taulun tunnisteen tai nimen; se oli tyhjä.</translation>
    </message>
    <message>
        <source>No board in {path} has the id or title “{board}”. The boards: {boards}.</source>
        <translation>Tiedostossa {path} ei ole taulua, jonka tunniste tai nimi on ”{board}”. Taulut: {boards}.</translation>
    </message>
    <message>
        <source>Several boards match “{board}”: {matches}. Give more of the title or the id.</source>
        <translation>Useampi taulu vastaa hakua ”{board}”: {matches}. Anna nimestä enemmän tai tunniste.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Vienti peruttiin; tiedostoa ei kirjoitettu.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Kansiota {folder} ei ole olemassa.</translation>
    </message>
    <message>
        <source>The file {path} cannot be created: {reason}.</source>
        <translation>Tiedostoa {path} ei voi luoda: {reason}.</translation>
    </message>
    <message>
        <source>The disk is full, so this change was not saved. Everything saved before it is safe. Free some space on the disk and make the change again.</source>
        <translation>Levy on täynnä, joten tätä muutosta ei tallennettu. Kaikki aiemmin tallennettu on tallessa. Vapauta levyltä tilaa ja tee muutos uudelleen.</translation>
    </message>
    <message>
        <source>{path} was written by a newer Workshop App ({file_app}, file format {file_format}). This is Workshop App {app}, which reads file formats up to {format}. Update Workshop App to open it.</source>
        <translation>Tiedosto {path} on tallennettu Workshop App -sovelluksen uudemmalla versiolla ({file_app}, tiedostomuoto {file_format}). Tämä on Workshop App {app}, joka lukee tiedostomuotoja versioon {format} asti. Päivitä Workshop App, niin voit avata tiedoston.</translation>
    </message>
    <message>
        <source>{path} was made by an older Workshop App and must be updated, but it is read-only. Copy it to a folder where you can write and open the copy.</source>
        <translation>Tiedosto {path} on tehty Workshop App -sovelluksen vanhemmalla versiolla, ja se on päivitettävä, mutta siihen on vain lukuoikeus. Kopioi tiedosto kansioon, johon sinulla on kirjoitusoikeus, ja avaa kopio.</translation>
    </message>
    <message>
        <source>The programme file {path} was moved, renamed or deleted while it was open, so this change was not saved. Close the programme and open the file where it is now.</source>
        <translation>Ohjelmatiedosto {path} siirrettiin, nimettiin uudelleen tai poistettiin sen ollessa auki, joten tätä muutosta ei tallennettu. Sulje ohjelma ja avaa tiedosto sen nykyisestä sijainnista.</translation>
    </message>
    <message>
        <source>This programme is open read-only; changes cannot be saved.</source>
        <translation>Ohjelma on avattu vain luku -tilassa; muutoksia ei voi tallentaa.</translation>
    </message>
    <message>
        <source>The programme file {path} is damaged and cannot be opened. The newest backup copy, {backup}, was made on {date} before the file was updated to a new format: the changes made after that are not in it. Keep the damaged file; it may still be rescued.</source>
        <translation>Ohjelmatiedosto {path} on vioittunut eikä sitä voi avata. Uusin varmuuskopio, {backup}, tehtiin {date} ennen tiedoston päivittämistä uuteen muotoon: sen jälkeen tehdyt muutokset puuttuvat siitä. Säilytä vioittunut tiedosto; se voi vielä olla pelastettavissa.</translation>
    </message>
    <message>
        <source>The programme file {path} is damaged and cannot be opened. Workshop App has no backup copy of it; if you keep copies of your own, open the newest one. Keep the damaged file; it may still be rescued.</source>
        <translation>Ohjelmatiedosto {path} on vioittunut eikä sitä voi avata. Workshop Appilla ei ole siitä varmuuskopiota; jos säilytät omia kopioita, avaa uusin niistä. Säilytä vioittunut tiedosto; se voi vielä olla pelastettavissa.</translation>
    </message>
    <message>
        <source>{path} was made by an older Workshop App and could not be updated: {reason}. Nothing in it was changed, and a backup copy was written first.</source>
        <translation>{path} on tehty Workshop Appin vanhemmalla versiolla, eikä sitä voitu päivittää: {reason}. Siihen ei muutettu mitään, ja siitä kirjoitettiin ensin varmuuskopio.</translation>
    </message>
    <message>
        <source>{path} cannot be opened for writing because its lock file {lock} cannot be used ({reason}). It may be open on another account. Nothing was changed; if no one has it open, remove {lock}.</source>
        <translation>Tiedostoa {path} ei voi avata kirjoittamista varten, koska sen lukitustiedostoa {lock} ei voi käyttää ({reason}). Se voi olla auki toisella käyttäjätilillä. Mitään ei muutettu; jos kenelläkään ei ole sitä auki, poista {lock}.</translation>
    </message>
    <message>
        <source>{path} is already open in another Workshop App window or on another account. Close it there first.</source>
        <translation>Tiedosto {path} on jo auki toisessa Workshop App -ikkunassa tai toisella käyttäjätilillä. Sulje se ensin siellä.</translation>
    </message>
    <message>
        <source>{out} ends in .{suffix} but the export is {format}; name it .{format}, or leave --format out.</source>
        <translation>{out} päättyy .{suffix}, mutta vienti on muodossa {format}; anna tiedostolle pääte .{format} tai jätä --format pois.</translation>
    </message>
    <message>
        <source>No workshop in {path} has the id or title “{workshop}”.</source>
        <translation>Tiedostossa {path} ei ole työpajaa, jonka tunniste tai nimi on ”{workshop}”.</translation>
    </message>
    <message>
        <source>Several workshops match “{workshop}”: {matches}. Give the whole title or the id.</source>
        <translation>Hakua ”{workshop}” vastaa useita työpajoja: {matches}. Anna koko nimi tai tunniste.</translation>
    </message>
    <message>
        <source>--workshop needs a workshop&apos;s id or title; it was empty. workshop-app info FILE lists them.</source>
        <translation>--workshop tarvitsee työpajan tunnisteen tai nimen; se oli tyhjä. workshop-app info TIEDOSTO luettelee ne.</translation>
    </message>
    <message>
        <source>--document needs --workshop: the documents are a workshop&apos;s.</source>
        <translation>--document tarvitsee --workshop-valinnan: asiakirjat ovat työpajan asiakirjoja.</translation>
    </message>
    <message>
        <source>A workshop&apos;s documents are made as PDF or DOCX; CSV, XLSX and JSON hold the whole programme.</source>
        <translation>Työpajan asiakirjat tehdään PDF- tai DOCX-muodossa; CSV, XLSX ja JSON sisältävät koko ohjelman.</translation>
    </message>
    <message>
        <source>The participant register is made as XLSX or CSV.</source>
        <translation>Osallistujarekisteri tehdään XLSX- tai CSV-muodossa.</translation>
    </message>
    <message>
        <source>This was changed elsewhere meanwhile (on another screen or a phone), so your change was not saved. What it holds now is shown.</source>
        <translation>Tätä muutettiin sillä välin muualla (toisella näytöllä tai puhelimella), joten muutostasi ei tallennettu. Nyt näytetään, mitä siinä on.</translation>
    </message>
    <message>
        <source>What this belonged to has been deleted meanwhile, so it cannot be put back.</source>
        <translation>Se, mihin tämä kuului, on sillä välin poistettu, joten tätä ei voi palauttaa.</translation>
    </message>
    <message>
        <source>{path} was made by an older Workshop App and must be updated, but first a backup copy must be written to {folder}, and the disk there is full. Nothing was changed. Free some space there, then open the file again.</source>
        <translation>{path} on tehty Workshop Appin vanhemmalla versiolla, ja se on päivitettävä, mutta ensin siitä on kirjoitettava varmuuskopio kansioon {folder}, ja siellä levy on täynnä. Mitään ei muutettu. Vapauta sieltä tilaa ja avaa tiedosto uudelleen.</translation>
    </message>
    <message>
        <source>{path} was made by an older Workshop App and must be updated, but first a backup copy must be written to {folder}, and that failed: {reason}. Nothing was changed. Make the folder writable, then open the file again.</source>
        <translation>{path} on tehty Workshop Appin vanhemmalla versiolla, ja se on päivitettävä, mutta ensin siitä on kirjoitettava varmuuskopio kansioon {folder}, ja se epäonnistui: {reason}. Mitään ei muutettu. Anna kansioon kirjoitusoikeus ja avaa tiedosto uudelleen.</translation>
    </message>
    <message>
        <source>The programme file {path} has a write-ahead log ({wal}) beside it that does not belong to it: it was copied from another programme or left from an earlier session. Nothing was changed. Move {wal} out of the folder (keep it, it may hold someone&apos;s work) and open the file again.</source>
        <translation>Ohjelmatiedoston {path} vieressä on kirjoitusloki ({wal}), joka ei kuulu siihen: se on kopioitu toisesta ohjelmasta tai jäänyt aiemmasta istunnosta. Mitään ei muutettu. Siirrä {wal} pois kansiosta (säilytä se, siinä voi olla jonkun työtä) ja avaa tiedosto uudelleen.</translation>
    </message>
    <message>
        <source>--into must name one of the two files being merged: {path}</source>
        <translation>--into-valitsimen on nimettävä toinen yhdistettävistä tiedostoista: {path}</translation>
    </message>
    <message>
        <source>The copy {path} could not be written: {reason}.</source>
        <translation>Kopiota {path} ei voitu kirjoittaa: {reason}.</translation>
    </message>
    <message>
        <source>The two files are different programmes, not copies of one programme; they cannot be merged.</source>
        <translation>Tiedostot ovat eri ohjelmia eivätkä saman ohjelman kopioita, joten niitä ei voi yhdistää.</translation>
    </message>
    <message>
        <source>{field} must be a date.</source>
        <translation>{field} on oltava päivämäärä.</translation>
    </message>
    <message>
        <source>{field} cannot be changed here.</source>
        <translation>Kenttää {field} ei voi muuttaa tässä.</translation>
    </message>
    <message>
        <source>{field} is longer than {limit} characters.</source>
        <translation>{field} on pidempi kuin {limit} merkkiä.</translation>
    </message>
    <message>
        <source>The minutes are approved. Reopen them before changing the approval details.</source>
        <translation>Muistio on hyväksytty. Avaa se uudelleen ennen kuin muutat hyväksymistietoja.</translation>
    </message>
    <message>
        <source>Give the date the minutes were approved.</source>
        <translation>Anna muistion hyväksymispäivä.</translation>
    </message>
    <message>
        <source>The minutes are not approved.</source>
        <translation>Muistiota ei ole hyväksytty.</translation>
    </message>
    <message>
        <source>Only a prompt of the method can be accepted.</source>
        <translation>Vain menetelmän apukysymyksen voi hyväksyä.</translation>
    </message>
    <message>
        <source>A goal sheet has one main goal: edit its text instead.</source>
        <translation>Tavoitelomakkeessa on yksi päätavoite: muokatkaa sen tekstiä.</translation>
    </message>
    <message>
        <source>A goal sheet keeps its main goal: edit its text, or delete the whole sheet.</source>
        <translation>Tavoitelomakkeen päätavoite säilyy: muokatkaa sen tekstiä tai poistakaa koko lomake.</translation>
    </message>
    <message>
        <source>Only cards on the same canvas can be linked.</source>
        <translation>Vain saman kehikon kortit voi yhdistää.</translation>
    </message>
    <message>
        <source>A card can only serve a card in the column just before its own.</source>
        <translation>Kortti voi palvella vain korttia, joka on sen omaa saraketta edeltävässä sarakkeessa.</translation>
    </message>
    <message>
        <source>On a goal sheet each goal or indicator belongs to one goal above it.</source>
        <translation>Tavoitelomakkeessa kukin tavoite tai mittari kuuluu yhteen ylempään tavoitteeseen.</translation>
    </message>
    <message>
        <source>These cards are already linked.</source>
        <translation>Nämä kortit on jo yhdistetty.</translation>
    </message>
    <message>
        <source>This is not a goal-and-indicator sheet.</source>
        <translation>Tämä ei ole tavoite- ja mittarilomake.</translation>
    </message>
    <message>
        <source>Choose one or more of the hybrid models, each once.</source>
        <translation>Valitkaa yksi tai useampi hybridimalli, kukin kerran.</translation>
    </message>
    <message>
        <source>This decision already records a hybrid model.</source>
        <translation>Tähän päätökseen on jo kirjattu hybridimalli.</translation>
    </message>
    <message>
        <source>Someone else changed the same part of the programme at the same moment, so this change was not saved. The view now shows their change; make yours again if it is still needed.</source>
        <translation>Joku muu muutti samaa ohjelman kohtaa samalla hetkellä, joten tätä muutosta ei tallennettu. Näkymä näyttää nyt hänen muutoksensa; tee omasi uudelleen, jos sitä yhä tarvitaan.</translation>
    </message>
    <message>
        <source>The connection to the server {location} was lost, so this change was not saved. Workshop App connects again for the next change; make this one again when the server answers.</source>
        <translation>Yhteys palvelimeen {location} katkesi, joten tätä muutosta ei tallennettu. Workshop App yhdistää uudelleen seuraavaa muutosta varten; tee tämä muutos uudelleen, kun palvelin vastaa.</translation>
    </message>
    <message>
        <source>The server {location} refused a read or write: {reason}</source>
        <translation>Palvelin {location} kieltäytyi lukemasta tai kirjoittamasta: {reason}</translation>
    </message>
    <message>
        <source>{location} is not a valid server address: {reason}</source>
        <translation>{location} ei ole kelvollinen palvelimen osoite: {reason}</translation>
    </message>
    <message>
        <source>The server {location} cannot be reached ({reason}). Check the address and your network, or ask the region&apos;s IT whether the server is running. Nothing was changed.</source>
        <translation>Palvelimeen {location} ei saada yhteyttä ({reason}). Tarkista osoite ja verkkoyhteys tai kysy alueen IT-tuelta, onko palvelin käynnissä. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The server {location} did not accept the user name or password. Check them (a password file or PGPASSWORD, see the README) or ask the region&apos;s IT. Nothing was changed.</source>
        <translation>Palvelin {location} ei hyväksynyt käyttäjätunnusta tai salasanaa. Tarkista ne (salasanatiedosto tai PGPASSWORD, katso README) tai kysy alueen IT-tuelta. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The server has no database named in {location}. Ask the region&apos;s IT to create it.</source>
        <translation>Palvelimella ei ole osoitteessa {location} nimettyä tietokantaa. Pyydä alueen IT-tukea luomaan se.</translation>
    </message>
    <message>
        <source>Your user may not open the programme at {location}. Ask the region&apos;s IT for access.</source>
        <translation>Käyttäjätunnuksesi ei saa avata ohjelmaa {location}. Pyydä käyttöoikeutta alueen IT-tuelta.</translation>
    </message>
    <message>
        <source>The database {location} holds no programme yet. Copy a programme there with workshop-app copy.</source>
        <translation>Tietokannassa {location} ei ole vielä ohjelmaa. Kopioi ohjelma sinne komennolla workshop-app copy.</translation>
    </message>
    <message>
        <source>The database {location} is not empty; a new programme needs an empty database. Nothing was changed.</source>
        <translation>Tietokanta {location} ei ole tyhjä; uusi ohjelma tarvitsee tyhjän tietokannan. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The database {location} belongs to another application, not to Workshop App. Nothing was changed.</source>
        <translation>Tietokanta {location} kuuluu toiselle sovellukselle, ei Workshop Appille. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The programme at {location} was written by a newer Workshop App. This is Workshop App {app}, which reads formats up to {format}. Update Workshop App to open it. Nothing was changed.</source>
        <translation>Ohjelman {location} on kirjoittanut uudempi Workshop App. Tämä on Workshop App {app}, joka lukee muotoja versioon {format} asti. Päivitä Workshop App avataksesi sen. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The programme at {location} was made by an older Workshop App and must be updated, but your user may only read it. Ask someone who may change it to open it once.</source>
        <translation>Ohjelma {location} on tehty vanhemmalla Workshop Appilla ja se on päivitettävä, mutta käyttäjätunnuksesi saa vain lukea sitä. Pyydä jotakuta, jolla on muokkausoikeus, avaamaan se kerran.</translation>
    </message>
    <message>
        <source>The record {id} refers to the participant {participant}, who is not in the export.</source>
        <translation>Tietue {id} viittaa osallistujaan {participant}, jota ei ole viedyssä tiedostossa.</translation>
    </message>
    <message>
        <source>The goal sheet {id} has more than one main goal.</source>
        <translation>Tavoitetaulukossa {id} on useampi kuin yksi päätavoite.</translation>
    </message>
    <message>
        <source>The canvas card {id} is in the column “{column}”, which the impact canvas does not have.</source>
        <translation>Kehikon kortti {id} on sarakkeessa ”{column}”, jota vaikuttavuuskehikossa ei ole.</translation>
    </message>
    <message>
        <source>The canvas card {id} has the origin “{origin}”, which is neither group nor method.</source>
        <translation>Kehikon kortin {id} alkuperä on ”{origin}”, joka ei ole ryhmä (group) eikä menetelmä (method).</translation>
    </message>
    <message>
        <source>The canvas link {id} refers to a card that is not on the link&apos;s canvas.</source>
        <translation>Kehikon yhteys {id} viittaa korttiin, joka ei ole samalla kehikolla.</translation>
    </message>
    <message>
        <source>The canvas link {id} does not lead to the column just before its card&apos;s own column.</source>
        <translation>Kehikon yhteys {id} ei johda korttinsa sarakkeesta välittömästi edeltävään sarakkeeseen.</translation>
    </message>
    <message>
        <source>The goal sheet link {id} gives a card a second goal above it, where it has one.</source>
        <translation>Tavoitetaulukon yhteys {id} antaa kortille toisen ylemmän tavoitteen, vaikka sillä voi olla vain yksi.</translation>
    </message>
    <message>
        <source>The lifecycle mark {id} is on the curve “{lifecycle}”, which the method does not have.</source>
        <translation>Elinkaarimerkintä {id} on käyrällä ”{lifecycle}”, jota menetelmässä ei ole.</translation>
    </message>
    <message>
        <source>The lifecycle mark {id} is on the stage “{stage}”, which the curve “{lifecycle}” does not have.</source>
        <translation>Elinkaarimerkintä {id} on vaiheessa ”{stage}”, jota käyrällä ”{lifecycle}” ei ole.</translation>
    </message>
    <message>
        <source>The decision {id} records the hybrid “{models}”, but a hybrid combines some of {known}, each once.</source>
        <translation>Päätös {id} kirjaa hybridin ”{models}”, mutta hybridi yhdistää malleja {known}, kutakin enintään kerran.</translation>
    </message>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation>Tämä ristiriita on jo ratkaistu.</translation>
    </message>
    <message>
        <source>The other value cannot be put back here: the record is gone or not editable.</source>
        <translation>Toista arvoa ei voi palauttaa tähän: tietue on poistettu tai sitä ei voi muokata.</translation>
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
        <translation>Ei päivämäärää</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Työpaja</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Vaihe</translation>
    </message>
</context>
<context>
    <name>WorkshopListPanel</name>
    <message>
        <source>New workshop</source>
        <translation>Uusi työpaja</translation>
    </message>
    <message>
        <source>Add a workshop</source>
        <translation>Lisää työpaja</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>Poista työpaja</translation>
    </message>
    <message>
        <source>Delete the workshop “{title}” with its agenda, minutes, attendance, decisions and boards? Actions made from it stay in the action plan. Edit ▸ Undo brings everything back.</source>
        <translation>Poistetaanko työpaja ”{title}” sekä sen asialista, muistio, läsnäolotiedot, päätökset ja nelikentät? Työpajassa syntyneet toimenpiteet jäävät toimenpidesuunnitelmaan. Muokkaa ▸ Kumoa palauttaa kaiken.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Delete a workshop</source>
        <translation>Poista työpaja</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Työpajat</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Etsi:</translation>
    </message>
    <message>
        <source>Title, date or phase</source>
        <translation>Nimi, päivämäärä tai vaihe</translation>
    </message>
    <message>
        <source>Find a workshop</source>
        <translation>Etsi työpaja</translation>
    </message>
    <message>
        <source>&amp;New workshop</source>
        <translation>&amp;Uusi työpaja</translation>
    </message>
    <message>
        <source>Add a workshop and type its title</source>
        <translation>Lisää työpaja ja kirjoita sen nimi</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <source>Delete the chosen workshop</source>
        <translation>Poista valittu työpaja</translation>
    </message>
    <message>
        <source>Open &amp;board</source>
        <translation>Avaa &amp;taulu</translation>
    </message>
    <message>
        <source>Open the chosen workshop&apos;s quadrant board (or its Boards tab, to make one)</source>
        <translation>Avaa valitun työpajan nelikenttätaulu (tai sen Taulut-välilehti, jolla taulu tehdään)</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <source>&amp;Run workshop</source>
        <translation>&amp;Käynnistä työpaja</translation>
    </message>
    <message>
        <source>Show the agenda item by item with a countdown, large enough for a projector</source>
        <translation>Näytä asialista asiakohta kerrallaan ajanlaskurin kanssa, riittävän suurena projektorille</translation>
    </message>
    <message>
        <source>Choose a workshop on the left, or add one with New workshop.</source>
        <translation>Valitse työpaja vasemmalta tai lisää uusi valitsemalla Uusi työpaja.</translation>
    </message>
</context>
<context>
    <name>YearPlanView</name>
    <message>
        <source>Yea&amp;r:</source>
        <translation>&amp;Vuosi:</translation>
    </message>
    <message>
        <source>Actions in the order of the action list. Enter or a double click opens one there to edit.</source>
        <translation>Toimenpiteet toimenpideluettelon järjestyksessä. Enter tai kaksoisnapsautus avaa toimenpiteen luettelossa muokattavaksi.</translation>
    </message>
    <message>
        <source>Not planned ({count})</source>
        <translation>Ei suunniteltu ({count})</translation>
    </message>
    <message>
        <source>Actions not planned in any year</source>
        <translation>Toimenpiteet, joita ei ole suunniteltu millekään vuodelle</translation>
    </message>
    <message>
        <source>Every action has a year in the plan.</source>
        <translation>Jokaisella toimenpiteellä on suunnitelmassa vuosi.</translation>
    </message>
    <message>
        <source>Sometime in {year} ({count})</source>
        <translation>Joskus vuonna {year} ({count})</translation>
    </message>
    <message>
        <source>Actions planned for {year} without a quarter</source>
        <translation>Vuodelle {year} ilman neljännestä suunnitellut toimenpiteet</translation>
    </message>
    <message>
        <source>Every action planned for {year} has a quarter.</source>
        <translation>Jokaisella vuodelle {year} suunnitellulla toimenpiteellä on neljännes.</translation>
    </message>
    <message>
        <source>{first}–{last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <source>Q{quarter} · {months} ({count})</source>
        <translation>Q{quarter} · {months} ({count})</translation>
    </message>
    <message>
        <source>Actions planned for quarter {quarter} of {year}</source>
        <translation>Vuoden {year} {quarter}. neljännekselle suunnitellut toimenpiteet</translation>
    </message>
    <message>
        <source>Nothing planned for this quarter.</source>
        <translation>Tälle neljännekselle ei ole suunniteltu mitään.</translation>
    </message>
</context>
</TS>
