"""Refresh resources/i18n/utvag_sv.ts from the code and fill it from the glossaries
resources/i18n/sv.json and resources/i18n/sv-*.json (one per area of the app, merged).

English is the source text, but a count cannot be written once for every number: a phrase with
a count (``self.tr("%n case(s) shown", "", n)``) takes its forms from a translation in English
too, as Qt documents for the source language. resources/i18n/utvag_en.ts holds those phrases
only (lupdate's -pluralonly), filled from resources/i18n/en-plurals.json (["%n case shown",
"%n cases shown"]); ``utvag.ui.i18n`` loads it with English. Every other English string is the
code's own.

The services, domain, forms, vault and transfer layers stay free of Qt and raise their errors in
English. So that those messages reach a Swedish screen in Swedish, every message they raise is
collected here (the first argument of each ``…Error(…)`` call: a literal, or an f-string whose
values become %1, %2 …) into desktop/utvag/ui/service_catalog.py, which lupdate then reads like
any other ui/ source; ``utvag.ui.service_text`` matches a message against it at run time.

Usage: python tools/i18n.py [--check]
With --check nothing is written; the exit code says whether a string lacks a translation (or a
phrase with a count its English forms, or either language the right number of forms) or the
catalogue of service messages is out of date.
"""

from __future__ import annotations

import ast
import builtins
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "desktop" / "utvag"
CATALOG = PACKAGE / "ui" / "service_catalog.py"
SERVICE_LAYERS = ("services", "domain", "forms", "vault", "transfer")
# Helpers that build an error from a field name and a sentence part ("must be text").
FRAGMENT_HELPERS = frozenset({"invalid", "_invalid", "_error", "_refuse", "_fail"})
TS = ROOT / "resources" / "i18n" / "utvag_sv.ts"
EN_TS = ROOT / "resources" / "i18n" / "utvag_en.ts"
I18N = ROOT / "resources" / "i18n"


def load_glossary(pattern: str = "sv*.json") -> dict[str, str | list[str]]:
    merged: dict[str, str | list[str]] = {}
    for path in sorted(I18N.glob(pattern)):
        for source, text in json.loads(path.read_text(encoding="utf-8")).items():
            if source in merged and merged[source] != text:
                raise SystemExit(f"{path.name}: {source!r} is translated differently elsewhere")
            merged[source] = text
    return merged


def _template(node: ast.expr) -> str | None:
    """The message of an error call with its values as %1, %2 …; None when it is not text."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts, count = [], 0
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(str(value.value))
            else:
                count += 1
                parts.append(f"%{count}")
        return "".join(parts)
    return None


def service_messages() -> list[str]:
    """Every message the layers below ui/ raise, with at least one word besides its values."""
    files = [p for layer in SERVICE_LAYERS for p in sorted((PACKAGE / layer).rglob("*.py"))]
    found: set[str] = set()
    for path in [*files, PACKAGE / "errors.py"]:
        if not path.is_file():
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else (
                func.attr if isinstance(func, ast.Attribute) else "")
            if name in FRAGMENT_HELPERS:  # _invalid(field, "must be text"): the sentence part
                for arg in node.args:
                    text = _template(arg)
                    if text and " " in text:
                        found.add(text)
                continue
            if not name.endswith("Error") or name in dir(builtins):
                continue  # ValueError and the like are bugs, never shown as a message
            text = _template(node.args[0])
            # "%1: %2" joins a field and a sentence part; "%1%2" or "%1 %2" says nothing.
            if text and re.sub(r"%\d+|\s", "", text):
                found.add(text)
        # Module-level message constants (NOT_A_VAULT = "…") raised by name.
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Assign) and len(node.targets) == 1
                    and isinstance(node.targets[0], ast.Name)
                    and node.targets[0].id.isupper()
                    and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
                    and " " in node.value.value and node.value.value[:1].isupper()):
                found.add(node.value.value)
    return sorted(found)


def catalog_source() -> str:
    lines = [
        '"""Every message the layers below ui/ raise, for translation. Generated by',
        'tools/i18n.py from the code; do not edit. See utvag.ui.service_text."""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "_MARKED = (",
    ]
    for text in service_messages():
        literal = json.dumps(text, ensure_ascii=False)
        line = f'    QT_TRANSLATE_NOOP("service", {literal}),'
        if len(line) > 100:
            inner = f"        {literal},"
            if len(inner) > 100:
                inner += "  # noqa: E501"
            line = f'    QT_TRANSLATE_NOOP(\n        "service",\n{inner}\n    ),'

        lines.append(line)
    lines.append(")")
    lines.append("TEMPLATES: tuple[str, ...] = tuple(str(text) for text in _MARKED)")
    return "\n".join(lines) + "\n"


def lupdate_binary() -> str:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    return found or "pyside6-lupdate"


def extract(target: Path, language: str = "sv") -> None:
    """The strings of ui/ into ``target``: all of them for Swedish, for English (the source
    language) only the phrases with a count."""
    sources = sorted(str(p) for p in (ROOT / "desktop" / "utvag" / "ui").rglob("*.py"))
    plural_only = ["-pluralonly"] if language == "en" else []
    # No source locations: the .ts is generated from resources/i18n/sv-*.json and stays the same
    # whichever folder it is built in.
    subprocess.run([lupdate_binary(), "-silent", "-no-obsolete", "-locations", "none",
                    *plural_only, *sources, "-ts", str(target), "-source-language", "en",
                    "-target-language", language], check=True)


def fill(target: Path, glossary: dict[str, str | list[str]]) -> list[str]:
    """Each message's translation from ``glossary``; returns the sources it lacks, and those
    with a count whose forms are not as many as the language has (lupdate leaves that many
    empty forms: two for Swedish and English, one and many)."""
    tree = ET.parse(target)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        value = glossary.get(source)
        forms = len(translation.findall("numerusform"))
        if value is None or (message.get("numerus") == "yes" and isinstance(value, list)
                             and len(value) != forms):
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
    catalog = catalog_source()
    stale = not CATALOG.is_file() or CATALOG.read_text(encoding="utf-8") != catalog
    if stale and check:
        print(f"out of date: {CATALOG.relative_to(ROOT)} (run tools/i18n.py)")
    elif stale:
        CATALOG.write_text(catalog, encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / TS.name
        extract(work)
        missing = fill(work, glossary)
        english = Path(tmp) / EN_TS.name
        extract(english, "en")
        # A plain string would stand for both forms: English needs the one and the many.
        plurals = {source: forms for source, forms in load_glossary("en*.json").items()
                   if isinstance(forms, list)}
        missing_english = fill(english, plurals)
        if not check:
            shutil.copyfile(work, TS)
            shutil.copyfile(english, EN_TS)
    for source in missing:
        print(f"untranslated: {source!r}")
    for source in missing_english:
        print(f"no English forms for the count: {source!r} (resources/i18n/en-plurals.json)")
    return 1 if missing or missing_english or (stale and check) else 0


if __name__ == "__main__":
    raise SystemExit(main())
