"""Unlocking derives the key off the GUI thread: the lock screen says so and keeps painting, a
second Enter does nothing, and locking or closing meanwhile never shows or leaves the vault open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer

from conftest import PASSPHRASE, UiVault
from utvag.services import audit_log
from utvag.services import session as session_service
from utvag.services.policy import Policy
from utvag.services.vault_setup import KdfParams
from utvag.ui.lock.unlock_page import UnlockPage
from utvag.ui.window import MainWindow
from utvag.ui.workspace import Workspace

# Slow enough that the derivation is still running when the test looks (a real vault's is ~0.7 s).
SLOW_KDF = KdfParams(iterations=3, memory_kib=64 * 1024, lanes=1)


def _slow_vault(tmp_path: Path, policy: Policy) -> UiVault:
    opened, recovery = session_service.create(tmp_path / "slow", "Centrum", PASSPHRASE,
                                              kdf=SLOW_KDF, allow_weak_kdf=True, policy=policy)
    opened.close()
    return UiVault(tmp_path / "slow", PASSPHRASE, recovery, policy)


def _press_enter(qtbot: Any, window: MainWindow, secret: str) -> UnlockPage:
    page = window.unlock_page
    qtbot.keyClicks(page.secret, secret)
    qtbot.keyClick(page.secret, Qt.Key.Key_Return)
    return page


def _finished(window: MainWindow) -> bool:
    return window.unlocking is not None and not window.unlocking.running


def test_the_lock_screen_keeps_painting_and_says_it_is_unlocking(
        make_window: Callable[..., MainWindow], qtbot: Any, tmp_path: Path,
        ui_policy: Policy) -> None:
    slow = _slow_vault(tmp_path, ui_policy)
    window = make_window(slow.directory, slow.policy)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    page = _press_enter(qtbot, window, slow.passphrase)
    assert page.busy and page.status.text() == "Unlocking…"
    assert page.secret.isReadOnly() and page.secret.text() == slow.passphrase
    assert not page.unlock_button.isEnabled()
    qtbot.keyClick(page.secret, Qt.Key.Key_Return)  # a second Enter starts nothing
    qtbot.waitUntil(lambda: _finished(window), timeout=60_000)
    timer.stop()
    assert ticks, "the event loop did not run while the key was derived"
    assert isinstance(window.stack.currentWidget(), Workspace)
    assert window.session is not None
    unlocks = [e for e in audit_log.entries(window.session) if e.action == "vault.unlock"]
    assert len(unlocks) == 1


def test_locking_while_unlocking_never_shows_the_vault_and_closes_it(
        make_window: Callable[..., MainWindow], qtbot: Any, tmp_path: Path,
        ui_policy: Policy) -> None:
    slow = _slow_vault(tmp_path, ui_policy)
    window = make_window(slow.directory, slow.policy)
    page = _press_enter(qtbot, window, slow.passphrase)
    qtbot.keyClick(page.secret, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _finished(window), timeout=60_000)
    assert window.is_locked and window.workspace is None
    assert isinstance(window.stack.currentWidget(), UnlockPage)
    assert not window.unlock_page.busy and window.unlock_page.unlock_button.isEnabled()
    with slow.open() as session:  # the vault was closed, so it can be opened again
        assert session.vault.unit == "Centrum"


def test_closing_the_window_while_unlocking_closes_the_vault(
        make_window: Callable[..., MainWindow], qtbot: Any, tmp_path: Path,
        ui_policy: Policy) -> None:
    slow = _slow_vault(tmp_path, ui_policy)
    window = make_window(slow.directory, slow.policy)
    _press_enter(qtbot, window, slow.passphrase)
    window.close()
    assert window.session is None and window.workspace is None
    with slow.open() as session:
        assert session.vault.unit == "Centrum"


def test_a_wrong_passphrase_still_fails_with_the_message(
        make_window: Callable[..., MainWindow], qtbot: Any, vault: UiVault) -> None:
    window = make_window(vault.directory, vault.policy)
    page = _press_enter(qtbot, window, "not the passphrase")
    qtbot.waitUntil(lambda: _finished(window), timeout=60_000)
    assert window.is_locked and not page.busy and page.status.text() == ""
    assert page.error.text().startswith("Wrong passphrase.")
    assert page.secret.text() == "" and not page.secret.isReadOnly()
