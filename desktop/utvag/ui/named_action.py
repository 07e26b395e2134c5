"""A window's action, or a button, with an object name (tests and the keyboard walk find it by
name) that calls a slot without the ``checked`` argument."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QPushButton, QWidget


def named_action(parent: QObject, name: str, slot: Callable[[], object]) -> QAction:
    action = QAction(parent)
    action.setObjectName(name)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def menu_action(menu: QMenu, window: QWidget, name: str, slot: Callable[[], object],
                shortcut: str = "") -> QAction:
    """An action of ``menu`` that is also the window's, so its shortcut works while the menu is
    closed."""
    action = named_action(menu, name, slot)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    menu.addAction(action)
    window.addAction(action)
    return action


def named_button(name: str, slot: Callable[[], object]) -> QPushButton:
    """A button (its text set with the screen's other texts) that calls ``slot``."""
    button = QPushButton()
    button.setObjectName(name)
    button.clicked.connect(lambda: slot())
    return button
