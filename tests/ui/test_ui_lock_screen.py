"""The lock screen after a wrong passphrase, its keyboard focus, and what it names."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QPushButton
from ui_support import unlock_with_keyboard

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
