"""The lock screen after a wrong passphrase, its keyboard focus (after a menu too), and what it
names."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QPushButton
from ui_support import type_text, unlock_with_keyboard, when_modal

from conftest import UiVault
from utvag.ui import i18n
from utvag.ui.window import MainWindow
from utvag.ui.workspace import Workspace


def test_typing_during_the_delay_stays_in_the_passphrase_field(
        make_window: Callable[..., MainWindow], qtbot: Any, vault: UiVault) -> None:
    window = make_window(vault.directory, vault.policy)
    page = window.unlock_page
    unlock_with_keyboard(qtbot, window, "not the passphrase")
    assert page.failures == 1 and page.current_delay_ms() > 0
    # The user starts again at once: the keys go into the field, not to a button.
    assert QApplication.focusWidget() is page.secret
    qtbot.keyClicks(QApplication.focusWidget(), " x")
    assert not page.recovery_mode
    assert page.secret.text() == " x"
    # Return does not try it while the delay runs.
    qtbot.keyClick(page.secret, Qt.Key.Key_Return)
    assert page.failures == 1 and window.is_locked
    qtbot.waitUntil(page.unlock_button.isEnabled, timeout=10_000)
    page.secret.clear()
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    assert isinstance(window.stack.currentWidget(), Workspace)


def grab(button: QPushButton) -> QImage:
    QApplication.processEvents()
    return button.grab().toImage()


def test_keyboard_focus_is_visible_on_the_lock_screen_buttons(
        make_window: Callable[..., MainWindow], qtbot: Any, vault: UiVault) -> None:
    window = make_window(vault.directory, vault.policy)
    page = window.unlock_page
    for button in (page.mode_button, page.unlock_button):
        page.secret.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(page.secret.hasFocus)
        without = grab(button)
        button.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(button.hasFocus)
        assert grab(button) != without, f"no visible focus on {button.text()!r}"


def test_the_lock_screen_names_the_unit_not_a_file_path(
        make_window: Callable[..., MainWindow], qtbot: Any, vault: UiVault) -> None:
    i18n.set_language("sv")
    window = make_window(vault.directory, vault.policy)
    shown = window.unlock_page.subtitle.text()
    assert str(vault.directory) not in shown and "/" not in shown
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    window.lock()
    # Once the vault has been opened here, the lock screen knows its unit.
    assert window.unlock_page.subtitle.text() == "Enhet: Centrum"
    assert str(vault.directory) not in window.unlock_page.subtitle.text()


def reactivate(window: MainWindow, qtbot: Any) -> None:
    """The window active again, as the window system makes it once a menu or dialog is gone
    (the offscreen platform leaves the closed one as the active window)."""
    QApplication.processEvents()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def open_file_menu(window: MainWindow, qtbot: Any, opened_by: str) -> None:
    bar = window.menuBar()
    if opened_by == "keyboard":
        qtbot.keyClick(window.unlock_page.secret, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    else:
        where = bar.actionGeometry(window.file_menu.menuAction()).center()
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.file_menu)


@pytest.mark.parametrize("opened_by", ["keyboard", "mouse"])
def test_typing_after_a_menu_goes_into_the_passphrase_field(
        opened_by: str, make_window: Callable[..., MainWindow], qtbot: Any,
        vault: UiVault) -> None:
    """File opened (Alt+F or a click) and closed with Escape: the next keys are the passphrase,
    not letters that open menus or reach nothing."""
    window = make_window(vault.directory, vault.policy)
    page = window.unlock_page
    open_file_menu(window, qtbot, opened_by)
    qtbot.keyClick(window.file_menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.focusWidget() is page.secret)  # not the menu bar
    assert QApplication.activePopupWidget() is None
    reactivate(window, qtbot)
    type_text(qtbot, "fly")
    assert page.secret.text() == "fly"


def test_moving_along_the_menu_bar_keeps_the_next_menu_open(
        make_window: Callable[..., MainWindow], qtbot: Any, vault: UiVault) -> None:
    window = make_window(vault.directory, vault.policy)
    open_file_menu(window, qtbot, "keyboard")
    qtbot.keyClick(window.file_menu, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.language_menu)
    QApplication.processEvents()
    assert QApplication.activePopupWidget() is window.language_menu
    qtbot.keyClick(window.language_menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.focusWidget() is window.unlock_page.secret)


def test_the_passphrase_field_has_the_keyboard_after_a_dialog_of_the_lock_screen(
        make_window: Callable[..., MainWindow], qtbot: Any, vault: UiVault) -> None:
    """Help › About on the lock screen, closed with Escape: the field has the keyboard again
    once the window is active."""
    window = make_window(vault.directory, vault.policy)
    page = window.unlock_page
    when_modal(lambda dialog: qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape))
    window.about_action.trigger()
    assert window.focusWidget() is page.secret
    reactivate(window, qtbot)
    type_text(qtbot, "fly")
    assert page.secret.text() == "fly"
