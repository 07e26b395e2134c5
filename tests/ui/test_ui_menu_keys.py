"""Keyboard use in the menus: within one open menu, in both languages, each letter reaches one
item. Two items sharing a letter make the letter only move between them (Qt does not choose), so
the item the Overview names (Case › Close case…) could not be reached by its letter."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtWidgets import QMenu
from test_ui_keyboard import language, mnemonic  # noqa: F401 - the language fixture

from utvag.ui.window import MainWindow


def _clashes(menu: QMenu) -> list[tuple[str, str]]:
    menu.aboutToShow.emit()  # the menus enable their items as they open
    found = [(letter, action.text()) for action in menu.actions()
             if action.isVisible() and action.isEnabled() and not action.isSeparator()
             and (letter := mnemonic(action.text()))]
    counts = Counter(letter for letter, _ in found)
    return sorted((letter, text) for letter, text in found if counts[letter] > 1)


def test_each_letter_reaches_one_item_of_a_menu(language: str, open_window: MainWindow,  # noqa: F811
                                                qtbot: Any) -> None:
    workspace = open_window.workspace
    assert workspace is not None
    workspace.open_case(workspace.model.case_id(0))
    clashes = {}
    for top in open_window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and (found := _clashes(menu)):
            clashes[top.text()] = found
    assert clashes == {}

