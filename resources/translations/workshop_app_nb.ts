<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>Cli</name>
    <message>
        <source>Guides a regional or neighbourhood development programme through the five phases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the window on a fresh demo programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the interface and the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render the window to PNG and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a programme file in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a demo programme file without opening the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>describe a programme file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a programme file&apos;s integrity (exit 0 when sound)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT sound</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>application id of Workshop App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file format {found} is newer than this app reads ({head})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity check: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} references point to missing records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>references between records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file format {found} (newest: {head})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema revision does not match the file format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} programmes instead of one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite cannot read the file: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workshop App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programme is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} – Workshop App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. {title} ({done}/{total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{overdue} overdue actions; {workshops} workshops.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopErrors</name>
    <message>
        <source>These fields cannot be changed: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is not in the programme file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pro or con belongs either to a quadrant or to a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An erased participant cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phase cannot be completed before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is too long: {length} characters, at most {limit} are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text contains control characters or line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text contains characters that cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not allowed here; use a whole number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A position on the board must lie between -1 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date is needed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end time must be later than the start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not one of the allowed values: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not known in this programme&apos;s method catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colour is written as # and six hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder or a device, not a programme file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Workshop App programme file (it is not a database at all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a database of another application, not a Workshop App programme file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme file {path} is damaged (it is shorter than it should be). Open a backup copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme file could not be read or written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} cannot be created: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was written by a newer Workshop App ({file_app}, file format {file_format}). This is Workshop App {app}, which reads file formats up to {format}. Update Workshop App to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was made by an older Workshop App and must be updated, but it is read-only. Copy it to a folder where you can write and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This programme is open read-only; changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme file {path} is damaged and cannot be opened. Open a backup copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is already open in another Workshop App window or on another account. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
