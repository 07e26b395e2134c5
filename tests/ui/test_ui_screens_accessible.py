"""Every control a keyboard can reach has a name a screen reader can say, on every screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QTabBar, QWidget
from screen_walk import walk

from utvag.services.policy import Policy
from utvag.ui import i18n
from utvag.ui.window import MainWindow


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return widget.accessibleName()
    return interface.text(QAccessible.Text.Name).strip()


def unnamed_controls(top: QWidget) -> list[str]:
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not (widget.isVisible() and widget.isEnabled()):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget, QTabBar):
            continue  # each tab is named by its own text
        if isinstance(widget.parent(), QAbstractSpinBox):
            continue  # a spin box's own text field: the spin box carries the name
        if widget.window() is not top.window():
            continue
        if not spoken_name(widget):
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


@pytest.mark.parametrize("language", ["en", "sv"])
def test_every_focusable_control_has_an_accessible_name(
        language: str, make_window: Callable[..., MainWindow], tmp_path: Path) -> None:
    assert i18n.set_language(language)
    problems = []
    for where, top in walk(make_window, tmp_path, Policy(keyring_allowed=False)):
        unnamed = unnamed_controls(top)
        if unnamed:
            problems.append(f"{where}: {', '.join(unnamed)}")
    assert not problems, "controls without an accessible name:\n" + "\n".join(problems)
