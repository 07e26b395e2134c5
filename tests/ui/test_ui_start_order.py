"""The lock screen is painted first; the menus, their shortcuts, the input watch and the
quick-unlock button follow right after. A person who unlocks gets the same app either way:
whether the rest was built after the first paint or, because the vault was opened before the
window was ever painted, at once on unlocking."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from bulk_vault import FAST_KDF
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget
from ui_support import press, unlock_with_keyboard

from conftest import UiVault
from utvag.services import session as session_service
from utvag.ui.window import MainWindow

MENUS = ["&File", "&Language", "Cas&e", "Follo&w-up", "&Help"]


def _menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.menu() is not None]


def _due_views() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets()
            if w.objectName() == "dueView" and w.isVisible()]


class FirstPaint(QObject):
    """Whether the menus were built when the window was first painted."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window
        self.menus_then: bool | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.menus_then is None:
            self.menus_then = self.window.menus_built
        return False


def test_the_lock_screen_is_painted_before_the_menus_are_built(
        qtbot: Any, settings: Any, vault: UiVault) -> None:
    window = MainWindow(vault.directory, vault.policy, kdf=FAST_KDF, allow_weak_kdf=True,
                        settings=settings)
    qtbot.addWidget(window)
    watch = FirstPaint(window)
    window.installEventFilter(watch)
    window.show()
    qtbot.waitUntil(lambda: window.started)
    window.removeEventFilter(watch)
    assert watch.menus_then is False
    assert window.stack.currentWidget() is window.unlock_page
    # Right after it, the menu bar is complete, in its usual order.
    assert _menu_titles(window) == MENUS


def test_menus_and_their_shortcuts_work_after_startup(
        make_window: Any, qtbot: Any, vault: UiVault) -> None:
    window = make_window(vault.directory, vault.policy)
    assert window.case_menu.actions() and window.followup_menu.actions()
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    assert window.workspace is not None
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # Follow-up › Due
    qtbot.waitUntil(lambda: bool(_due_views()))
    for view in _due_views():
        view.close()
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked


def test_unlocking_before_the_first_paint_builds_the_rest_at_once(
        qtbot: Any, settings: Any, vault: UiVault, clock: Any) -> None:
    window = MainWindow(vault.directory, vault.policy, kdf=FAST_KDF, allow_weak_kdf=True,
                        settings=settings, clock=clock)
    qtbot.addWidget(window)
    assert not window.started and not window.menus_built
    window.try_unlock("passphrase", vault.passphrase)  # never shown, never painted
    window.wait_for_unlock()
    workspace = window.workspace
    assert workspace is not None and window.started
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    # The first paint, coming after the unlock, builds nothing twice.
    qtbot.wait(50)
    assert _menu_titles(window) == MENUS
    assert window.transfers.transfer_case_action in window.case_menu.actions()
    workspace.search.setFocus()
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(_due_views()))
    for view in _due_views():
        view.close()
    # Idle time is watched from the unlock on: the wall clock past the timeout locks.
    clock.advance(vault.policy.idle_timeout_seconds + 1)
    window.idle.check()
    assert window.is_locked


def test_the_quick_unlock_button_follows_the_first_paint(
        make_window: Any, qtbot: Any, vault: UiVault, memory_keyring: Any) -> None:
    keyring_allowed = replace(vault.policy, keyring_allowed=True)
    window = make_window(vault.directory, keyring_allowed)
    assert window.unlock_page.quick_button.isHidden()  # no keyring slot yet
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    assert window.session is not None
    session_service.enable_quick_unlock(window.session)
    window.lock()
    assert not window.unlock_page.quick_button.isHidden()
    # A new start on the same vault: the button is there once the lock screen is painted.
    again = make_window(vault.directory, keyring_allowed)
    assert not again.unlock_page.quick_button.isHidden()
    qtbot.mouseClick(again.unlock_page.quick_button, Qt.MouseButton.LeftButton)
    again.wait_for_unlock()
    assert again.workspace is not None
