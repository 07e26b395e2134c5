"""Where a text of the app points to a menu item, it writes the path one way, the way most of
them always did: *Case › Record the application…* (*Ärende › Registrera ansökan…*), never
*Case → …*. The arrow keeps its other meaning, a change from one value to another (*%2 → %3*: one
caseworker to the next; a threat level before and after), which is no pointer and is left alone.

Scanned: the translation file's English sources and Swedish texts, the glossaries it is filled
from, and the domain's reasons and warnings (Swedish and English). A pointer is a menu's title as
the app sets it (a ``QMenu``'s ``setTitle(self.tr(…))``, in English and Swedish, without its
``&``) followed by a separator, and every further step after an item's ``…``.
"""

from __future__ import annotations

import ast
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "desktop" / "utvag"
I18N = ROOT / "resources" / "i18n"
SEPARATORS = "›→"
STYLE = "›"


def _tr_text(node: ast.expr) -> str | None:
    """The text of ``self.tr("…")``."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
            and node.func.attr == "tr" and node.args and isinstance(node.args[0], ast.Constant) \
            and isinstance(node.args[0].value, str):
        return node.args[0].value
    return None


def _menu_titles_in(tree: ast.Module) -> Iterator[str]:
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        is_menu = any(isinstance(b, ast.Name) and b.id == "QMenu" for b in cls.bases)
        for node in ast.walk(cls):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "setTitle" and node.args):
                continue
            target = node.func.value
            on_menu = (is_menu and isinstance(target, ast.Name) and target.id == "self") or (
                isinstance(target, ast.Attribute) and target.attr.endswith("_menu"))
            title = _tr_text(node.args[0])
            if on_menu and title is not None:
                yield title


@cache
def _messages() -> tuple[tuple[str, str], ...]:
    """(English source, Swedish translation) of every message of the translation file."""
    root = ET.parse(I18N / "utvag_sv.ts").getroot()
    return tuple((m.findtext("source") or "", "".join(
        (t.text or "") + "".join(n.text or "" for n in t.iter("numerusform"))
        for t in m.iter("translation"))) for m in root.iter("message"))


@cache
def menu_titles() -> frozenset[str]:
    """The menus' titles as a user reads them, in English and Swedish."""
    sources = {title for path in (PACKAGE / "ui").rglob("*.py")
               for title in _menu_titles_in(ast.parse(path.read_text(encoding="utf-8")))}
    swedish = {text for source, text in _messages() if source in sources}
    return frozenset(title.replace("&", "") for title in sources | swedish if title)


def _texts() -> Iterator[str]:
    for source, translation in _messages():
        yield source
        yield translation
    for path in sorted(I18N.glob("sv*.json")):
        for source, text in json.loads(path.read_text(encoding="utf-8")).items():
            yield source
            yield from [text] if isinstance(text, str) else text
    for node in ast.walk(ast.parse((PACKAGE / "domain" / "messages.py").read_text("utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value


def pointer_separators(text: str, titles: frozenset[str]) -> list[str]:
    """The separators of the menu paths in *text*: after a menu's title, and after an item's
    ``…`` where the path goes on."""
    names = "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))
    first = re.findall(rf"(?<![\w-])(?:{names}) ([{SEPARATORS}]) ", text)
    further = re.findall(rf"… ([{SEPARATORS}]) ", text)
    return first + further


def test_the_menus_are_found_in_both_languages() -> None:
    assert {"File", "Case", "Follow-up", "Arkiv", "Ärende", "Uppföljning"} <= menu_titles()


def test_a_mixed_pointer_is_found_and_an_arrow_between_values_is_not() -> None:
    titles = menu_titles()
    assert pointer_separators("(Case → Record the application…).", titles) == ["→"]
    assert pointer_separators("Arkiv › Mottagna konsultationer… → Skriv kvittot igen…",
                              titles) == ["›", "→"]
    assert pointer_separators("%1: %2 → %3 (%4)", titles) == []
    assert pointer_separators("Hisingen → SAV", titles) == []


def test_every_menu_path_is_written_with_one_separator() -> None:
    titles = menu_titles()
    found: list[str] = []
    other: list[str] = []
    for text in _texts():
        separators = pointer_separators(text, titles)
        found += separators
        if any(s != STYLE for s in separators):
            other.append(text)
    assert len(found) >= 20  # the app points to its menus in many places: the scan sees them
    assert not other, f"menu paths written with another separator than {STYLE!r}: {other}"
