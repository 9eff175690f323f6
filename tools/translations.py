"""Qt Linguist pipeline: ``update`` refreshes the .ts sources from the code, ``build`` compiles them to .qm.

The .ts files in resources/translations are the sources translators edit (Qt Linguist opens them); the .qm
files are build output, made by ``make translations`` and by the tests, never committed.
"""

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fi", "nb")
CATALOGUE = "workshop_app"


def ts_file(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{CATALOGUE}_{language}.ts"


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found; install PySide6-Essentials")
    return found


def source_files() -> list[Path]:
    """Every Python file whose strings may be shown to a person."""
    return sorted(p for package in ("workshop_app", "ui") for p in (ROOT / package).rglob("*.py"))


def update(targets: list[Path]) -> None:
    sources = [str(path.relative_to(ROOT)) for path in source_files()]
    command = [_tool("lupdate"), "-locations", "none", "-no-obsolete", *sources, "-ts", *map(str, targets)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)


def build(folder: Path = TRANSLATIONS) -> list[Path]:
    """Compile each .ts in ``folder`` to the .qm beside it.

    lrelease rewrites its output in place; it writes a file of its own here, moved over the .qm in one step, so
    an app or test loading the .qm meanwhile (tests run in parallel) reads the old file or the new, never half.
    """
    built = []
    for language in LANGUAGES:
        source = ts_file(language, folder)
        target = source.with_suffix(".qm")
        partial = target.with_name(f".{target.name}.{os.getpid()}.part")
        try:
            subprocess.run([_tool("lrelease"), "-silent", str(source), "-qm", str(partial)], check=True)
            partial.replace(target)
        finally:
            partial.unlink(missing_ok=True)
        built.append(target)
    return built


def merge(language: str, translated: dict[str, dict[str, str]]) -> int:
    """Fill unfinished entries of ``language``'s .ts from {context: {source: translation}}; returns how many.

    For translations made outside Qt Linguist (in bulk); lupdate normalises the file afterwards.
    """
    import xml.etree.ElementTree as ET

    path = ts_file(language)
    tree = ET.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        table = translated.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is not None and translation.get("type") == "unfinished" and table.get(source, "").strip():
                translation.text = table[source]
                del translation.attrib["type"]
                filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    update([path])
    return filled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("action", choices=["update", "build", "merge"])
    parser.add_argument("language", nargs="?", choices=LANGUAGES)
    parser.add_argument("json", nargs="*", type=Path, help="with merge: {context: {source: translation}} files")
    args = parser.parse_args()
    if args.action == "update":
        update([ts_file(language) for language in LANGUAGES])
    elif args.action == "merge":
        import json

        for source in args.json:
            print(source, merge(args.language, json.loads(source.read_text(encoding="utf-8"))))
    else:
        for path in build():
            print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
