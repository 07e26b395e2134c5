"""Found walking the app: Ctrl+D while the Due view was open behind the main window opened a
second, identical Due view (and a third…), and no key closed one — Escape did nothing. Asked for
again, a follow-up view now comes to the front; Escape closes the Due view, Ctrl+W any of them,
and after a lock the next Ctrl+D opens a fresh one on the unlocked vault."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from ui_support import press, unlock_with_keyboard

from conftest import UiVault
from utvag.ui.due_view import DueView
from utvag.ui.window import MainWindow


def _due_views(window: MainWindow) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, DueView) and w.isVisible()]


def test_ctrl_d_again_brings_the_open_due_view_to_the_front(
        open_window: MainWindow, qtbot: Any, vault: UiVault) -> None:
    menu: Any = open_window.followup_menu
    first = menu.show_due()
    assert first is not None and first.isVisible()
    open_window.activateWindow()
    menu.due_action.trigger()
    assert _due_views(open_window) == [first]

    qtbot.waitUntil(first.isActiveWindow)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not _due_views(open_window))
    again = menu.show_due()
    assert again is not None and again is not first and again.isVisible()

    open_window.lock()
    qtbot.waitUntil(lambda: not _due_views(open_window))
    unlock_with_keyboard(qtbot, open_window, vault.passphrase)
    fresh = menu.show_due()
    assert fresh is not None and fresh.isVisible() and _due_views(open_window) == [fresh]


def test_ctrl_w_closes_a_follow_up_view(open_window: MainWindow, qtbot: Any) -> None:
    menu: Any = open_window.followup_menu
    view = menu.show_retention()
    assert view is not None and view.isVisible()
    assert menu.show_retention() is view
    qtbot.waitUntil(view.isActiveWindow)
    press(qtbot, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not view.isVisible())
