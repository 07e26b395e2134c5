"""The app's look: the rules of ``resources/style/utvag.qss``, each given to the widgets it
names rather than to the whole application.

With a style sheet on the application, Qt lays out and draws every widget through its style
sheet engine and polishes a whole subtree again each time one is placed in a layout or a tab:
that doubled the time to open a case. A rule on the widget it is for costs only that widget.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TypeVar

from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

from utvag.resources import resource_path

W = TypeVar("W", bound=QWidget)
TABLES = "QTableView"  # the rule for every table


@cache
def rules() -> dict[str, str]:
    """Each rule of the style sheet by the object name it selects (or its class, for tables)."""
    path = resource_path("style", "utvag.qss")
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.DOTALL)
    found: dict[str, str] = {}
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", text):
        selector = selector.strip()
        found[selector.split("#", 1)[-1]] = f"{selector} {{ {body.strip()} }}"
    return found


class PlainLabel(QLabel):
    """A label whose text is drawn as written. Qt's automatic text format draws text that looks
    like markup as rich text: a received or stored ``<b>…</b>`` would be bold and an
    ``<a href>`` a link, so a name could draw what the screen seems to say. Every label of the
    app is one; a label meant to hold markup (the assessment's help) sets rich text itself and
    escapes what it puts in."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plain = False
        self.setText(text)

    def setText(self, text: str) -> None:
        """Qt draws a text with no ``<`` and no ``&lt;`` as written in any format (its
        ``mightBeRichText`` looks for nothing else); the first that could be read as markup
        makes the label plain for good. (Asking for the plain format
        sooner would make PySide set up every enum of ``Qt``, some 20 ms, before the lock
        screen is painted.)"""
        if not self._plain and ("<" in text or "&lt;" in text):
            from PySide6.QtCore import Qt

            self.setTextFormat(Qt.TextFormat.PlainText)
            self._plain = True
        super().setText(text)


def plain_tooltip(text: str | None) -> str | None:
    """*text* as a tooltip that shows it as written: a tooltip has no plain-text format and
    draws text that looks like markup as rich text, so the text is escaped inside a paragraph
    that keeps its line breaks."""
    if not text:
        return None
    import html

    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


def styled(widget: W, name: str) -> W:
    """``widget`` named ``name`` (tests and the style sheet find it by it), with its rule."""
    widget.setObjectName(name)
    rule = rules().get(name)
    if rule is not None:
        widget.setStyleSheet(rule)
    return widget


def error_line() -> QLabel:
    """A label saying what went wrong: named ``errorLabel``, with its rule, and wrapped."""
    label = styled(PlainLabel(), "errorLabel")
    label.setWordWrap(True)
    return label


def wrapped_label(name: str | None = None) -> QLabel:
    """An empty label whose text wraps to the width it is given, named ``name`` when tests or
    the style sheet look for it."""
    label = PlainLabel()
    if name is not None:
        label.setObjectName(name)
    label.setWordWrap(True)
    return label


def table_look(view: W) -> W:
    """A table (view or widget) with the tables' rule (the colour of the grid)."""
    assert isinstance(view, QAbstractItemView)
    rule = rules().get(TABLES)
    if rule is not None:
        view.setStyleSheet(rule)
    return view
