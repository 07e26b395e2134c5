"""The lock screen's keyboard after a menu: the passphrase field has it again.

On the lock screen the one thing to type is the passphrase. Qt leaves the keyboard on the menu
bar when a menu is closed with Escape (a second Escape would leave the bar), where the letters
typed next open menus or reach nothing. When a menu of the bar closes there and no other menu
opened in its place, the field takes the keyboard back.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMenu

from utvag.ui.lock.unlock_page import UnlockPage

if TYPE_CHECKING:
    from utvag.ui.window import MainWindow


def follow_menus(window: MainWindow, menus: Iterable[QMenu]) -> None:
    """Give the passphrase field the keyboard back whenever one of ``menus`` closes on the
    lock screen (checked once the closing is done: moving to the next menu closes one first)."""
    for menu in menus:
        menu.aboutToHide.connect(lambda: QTimer.singleShot(0, window, lambda: give_back(window)))


def give_back(window: MainWindow) -> None:
    from PySide6.QtCore import Qt  # not at import: the lock screen's start path imports this

    page = window.stack.currentWidget()
    if not isinstance(page, UnlockPage) or QApplication.activePopupWidget() is not None:
        return  # not the lock screen, or the next menu is open
    focus = QApplication.focusWidget()
    if focus is not None and focus is not window.menuBar():
        return  # where the user or the menu's item put it (a dialog the item opened)
    active = QApplication.activeWindow()
    if active is not None and active is not window and active.isVisible():
        return  # another window of the app came up meanwhile
    # The window's own keyboard: the field has it now, or as soon as the window is active again
    # (after the closed menu, which some window systems leave as the active window).
    page.secret.setFocus(Qt.FocusReason.PopupFocusReason)
