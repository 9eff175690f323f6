<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>Cli</name>
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
        <source>sound</source>
        <translation>i orden</translation>
    </message>
    <message>
        <source>NOT sound</source>
        <translation>IKKE i orden</translation>
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
        <source>SQLite cannot read the file: {reason}</source>
        <translation>SQLite kan ikke lese filen: {reason}</translation>
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
        <translation>Faser</translation>
    </message>
    <message>
        <source>No programme is open.</source>
        <translation>Ingen program er åpent.</translation>
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
        <translation>{overdue} forfalte tiltak; {workshops} workshoper.</translation>
    </message>
</context>
<context>
    <name>WorkshopErrors</name>
    <message>
        <source>These fields cannot be changed: {fields}.</source>
        <translation>Disse feltene kan ikke endres: {fields}.</translation>
    </message>
    <message>
        <source>This item is not in the programme file.</source>
        <translation>Dette elementet finnes ikke i programfilen.</translation>
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
        <source>The file {path} cannot be read: {reason}.</source>
        <translation>Filen {path} kan ikke leses: {reason}.</translation>
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
        <source>The folder {folder} does not exist.</source>
        <translation>Mappen {folder} finnes ikke.</translation>
    </message>
    <message>
        <source>The file {path} cannot be created: {reason}.</source>
        <translation>Filen {path} kan ikke opprettes: {reason}.</translation>
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
        <source>This programme is open read-only; changes cannot be saved.</source>
        <translation>Dette programmet er åpnet skrivebeskyttet; endringer kan ikke lagres.</translation>
    </message>
    <message>
        <source>The programme file {path} is damaged and cannot be opened. Open a backup copy instead.</source>
        <translation>Programfilen {path} er skadet og kan ikke åpnes. Åpne en sikkerhetskopi i stedet.</translation>
    </message>
    <message>
        <source>{path} is already open in another Workshop App window or on another account. Close it there first.</source>
        <translation>{path} er allerede åpen i et annet Workshop App-vindu eller på en annen konto. Lukk den der først.</translation>
    </message>
</context>
</TS>
