"""A window's action with an object name (tests and the keyboard walk find it by name) that
calls a slot without the ``checked`` argument."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction


def named_action(parent: QObject, name: str, slot: Callable[[], object]) -> QAction:
    action = QAction(parent)
    action.setObjectName(name)
    action.triggered.connect(lambda _checked=False: slot())
    return action
