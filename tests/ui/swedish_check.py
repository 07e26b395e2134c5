"""Finding English words and raw codes among what a Swedish-speaking user sees.

A word counts as English when it occurs in an English source text of the app (the .ts sources,
every string in the code below ui/) and in no Swedish text (the .ts translations, the Swedish
texts of the form, the legal grounds and the retention rules). Case data is not judged: the demo's
own texts (names, notes) are taken out before a screen is read. A raw code is a word joined to
another by ``_`` or ``.`` (``handling_transferred``, ``assessment.draft``).
"""

from __future__ import annotations

import ast
import getpass
import html
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
WORD = re.compile(r"[A-Za-zÅÄÖåäöÉéÜü]+(?:'[a-z]+)?")
CODE = re.compile(r"\b[a-z]{2,}(?:[._][a-z]{2,})+\b")
# a recovery key (groups of eight of Crockford's base-32): drawn at random, it can spell "MAP"
RECOVERY_KEY = re.compile(r"\b[0-9A-HJKMNP-TV-Z]{8}(?:-[0-9A-HJKMNP-TV-Z]{8})+\b")
MEDIA_TYPE = re.compile(r"\b[a-z]+/[a-z0-9.+-]+\b")  # text/plain: a file's type, as the file says
TAG = re.compile(r"<[^>]+>")
SWEDISH_LETTERS = re.compile(r"[åäöÅÄÖ]")
IDENTIFIER = re.compile(r"^[a-z0-9_.]+$")  # codes the demo passes to the services, not data
ROWS_READ = 40


FILE_NAME = re.compile(r"\b[\w-]+\.(?:json|utvp|pdf|csv|db|keys)\b")


def words(text: str) -> set[str]:
    """The words of a text; file names such as ``decision.json`` are names, not words."""
    return {w.lower() for w in WORD.findall(FILE_NAME.sub(" ", text))}


def _strings(path: Path) -> Iterator[str]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value


def _json_texts(data: Any, key: str | None = None) -> Iterator[tuple[str | None, str]]:
    if isinstance(data, dict):
        for k, v in data.items():
            yield from _json_texts(v, k)
    elif isinstance(data, list):
        for v in data:
            yield from _json_texts(v, key)
    elif isinstance(data, str):
        yield key, data


@cache
def english_only() -> frozenset[str]:
    ts = ET.parse(ROOT / "resources" / "i18n" / "utvag_sv.ts").getroot()
    english: set[str] = set()
    swedish: set[str] = set()
    for message in ts.iter("message"):
        english |= words(message.findtext("source") or "")
        translation = message.find("translation")
        if translation is not None:
            swedish |= words("".join(translation.itertext()))
    for path in (ROOT / "desktop" / "utvag").rglob("*.py"):
        if "ui" not in path.relative_to(ROOT / "desktop" / "utvag").parts:
            for text in _strings(path):
                if " " not in text or "\n" in text:
                    continue  # identifiers, docstrings and SQL, not messages
                # The domain keeps some texts in both languages (reasons, closure reasons).
                (swedish if SWEDISH_LETTERS.search(text) else english).update(words(text))
    for name in ("forms/defector-assessment/v1.json", "legal/grounds.json",
                 "retention/rules.json"):
        data = json.loads((ROOT / "resources" / name).read_text(encoding="utf-8"))
        for key, text in _json_texts(data):
            if key == "sv":
                swedish |= words(text)
    # What Qt's Swedish locale writes itself ("41 byte").
    swedish_locale = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
    swedish |= words(" ".join(swedish_locale.formattedDataSize(n) for n in (1, 41)))
    return frozenset(w for w in english - swedish if len(w) > 2)


@cache
def data_texts() -> tuple[str, ...]:
    """The demo's case data (names, notes, places): longest first, so parts go after wholes."""
    found = {t for t in _strings(ROOT / "desktop" / "utvag" / "services" / "demo.py")
             if len(t) > 3 and not IDENTIFIER.match(t)}
    found.add(getpass.getuser())  # the caseworker's name is the account's
    return tuple(sorted(found, key=len, reverse=True))


def _model_texts(model: QAbstractItemModel | None) -> Iterator[str]:
    if model is None:
        return
    for column in range(model.columnCount()):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for row in range(min(model.rowCount(), ROWS_READ)):
        for column in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(model.index(row, column, QModelIndex()), role)
                if isinstance(value, str):
                    yield value


def visible_texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(widget class, text) of every text on ``top`` a user can see or hear right now."""
    yield "window title", top.windowTitle()
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not top.window():
            continue
        kind = type(widget).__name__
        yield f"{kind} accessible name", widget.accessibleName()
        yield f"{kind} tooltip", widget.toolTip()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield kind, widget.text()
        elif isinstance(widget, QGroupBox):
            yield kind, widget.title()
        elif isinstance(widget, QLineEdit):
            yield kind, widget.placeholderText()
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            yield kind, widget.toPlainText()
            yield kind, widget.placeholderText()
        elif isinstance(widget, QComboBox):
            yield from ((kind, widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            yield from ((kind, widget.tabText(i)) for i in range(widget.count()))
        if isinstance(widget, QListWidget):
            yield from ((kind, widget.item(i).text()) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView):
            yield from ((kind, text) for text in _model_texts(widget.model()))


def problems(top: QWidget) -> list[str]:
    english = english_only()
    found = []
    for kind, raw in visible_texts(top):
        text = html.unescape(TAG.sub(" ", raw)).replace("&", "")
        for data in data_texts():
            text = text.replace(data, " ")
        text = MEDIA_TYPE.sub(" ", RECOVERY_KEY.sub(" ", text))
        english_words = sorted(w for w in words(text) if w in english)
        codes = CODE.findall(text)
        if english_words or codes:
            found.append(f"{kind}: {raw[:120]!r} ({', '.join(english_words + codes)})")
    return sorted(set(found))
