<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Cli</name>
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
        <source>sound</source>
        <translation>kunnossa</translation>
    </message>
    <message>
        <source>NOT sound</source>
        <translation>EI kunnossa</translation>
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
        <source>SQLite cannot read the file: {reason}</source>
        <translation>SQLite ei pysty lukemaan tiedostoa: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workshop App</source>
        <translation>Workshop App</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Vaiheet</translation>
    </message>
    <message>
        <source>No programme is open.</source>
        <translation>Mitään ohjelmaa ei ole auki.</translation>
    </message>
    <message>
        <source>{name} – Workshop App</source>
        <translation>{name} – Workshop App</translation>
    </message>
    <message>
        <source>{number}. {title} ({done}/{total})</source>
        <translation>{number}. {title} ({done}/{total})</translation>
    </message>
    <message>
        <source>{overdue} overdue actions; {workshops} workshops.</source>
        <translation>Myöhässä olevia toimenpiteitä: {overdue}; työpajoja: {workshops}.</translation>
    </message>
</context>
<context>
    <name>WorkshopErrors</name>
    <message>
        <source>These fields cannot be changed: {fields}.</source>
        <translation>Näitä kenttiä ei voi muuttaa: {fields}.</translation>
    </message>
    <message>
        <source>This item is not in the programme file.</source>
        <translation>Tätä kohdetta ei ole ohjelmatiedostossa.</translation>
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
        <source>The file {path} cannot be read: {reason}.</source>
        <translation>Tiedostoa {path} ei voi lukea: {reason}.</translation>
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
        <source>The folder {folder} does not exist.</source>
        <translation>Kansiota {folder} ei ole olemassa.</translation>
    </message>
    <message>
        <source>The file {path} cannot be created: {reason}.</source>
        <translation>Tiedostoa {path} ei voi luoda: {reason}.</translation>
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
        <source>This programme is open read-only; changes cannot be saved.</source>
        <translation>Ohjelma on avattu vain luku -tilassa; muutoksia ei voi tallentaa.</translation>
    </message>
    <message>
        <source>The programme file {path} is damaged and cannot be opened. Open a backup copy instead.</source>
        <translation>Ohjelmatiedosto {path} on vioittunut, eikä sitä voi avata. Avaa sen sijaan varmuuskopio.</translation>
    </message>
    <message>
        <source>{path} is already open in another Workshop App window or on another account. Close it there first.</source>
        <translation>Tiedosto {path} on jo auki toisessa Workshop App -ikkunassa tai toisella käyttäjätilillä. Sulje se ensin siellä.</translation>
    </message>
</context>
</TS>
