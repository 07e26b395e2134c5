"""Refresh resources/i18n/utvag_sv.ts from the code and fill it from the glossaries
resources/i18n/sv.json and resources/i18n/sv-*.json (one per area of the app, merged).

Usage: python tools/i18n.py [--check]
With --check nothing is written; the exit code says whether a string lacks a translation.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "utvag_sv.ts"
I18N = ROOT / "resources" / "i18n"


def load_glossary() -> dict[str, str | list[str]]:
    merged: dict[str, str | list[str]] = {}
    for path in sorted(I18N.glob("sv*.json")):
        for source, text in json.loads(path.read_text(encoding="utf-8")).items():
            if source in merged and merged[source] != text:
                raise SystemExit(f"{path.name}: {source!r} is translated differently elsewhere")
            merged[source] = text
    return merged


def lupdate_binary() -> str:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    return found or "pyside6-lupdate"


def extract(target: Path) -> None:
    sources = sorted(str(p) for p in (ROOT / "desktop" / "utvag" / "ui").rglob("*.py"))
    subprocess.run([lupdate_binary(), "-silent", "-no-obsolete", *sources, "-ts", str(target),
                    "-source-language", "en", "-target-language", "sv"], check=True)


def fill(target: Path, glossary: dict[str, str | list[str]]) -> list[str]:
    tree = ET.parse(target)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        value = glossary.get(source)
        if value is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        translation.text = None
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value, value]
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value if isinstance(value, str) else value[0]
    ET.indent(tree)
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    glossary = load_glossary()
    check = "--check" in sys.argv
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "utvag_sv.ts"
        extract(work)
        missing = fill(work, glossary)
        if not check:
            shutil.copyfile(work, TS)
    for source in missing:
        print(f"untranslated: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
