"""The lock screen: right and wrong passphrase, a vault open elsewhere, something not a vault."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from ui_support import unlock_with_keyboard

from conftest import UiVault
from utvag.services import audit_log
from utvag.ui import i18n
from utvag.ui.lock.unlock_page import UnlockPage
from utvag.ui.window import MainWindow
from utvag.ui.workspace import Workspace

NOT_A_VAULT = "This is not a Utväg vault, or it is damaged."


def test_right_passphrase_opens_the_workspace(
        make_window: Callable[..., MainWindow], qtbot: Any, vault: UiVault) -> None:
    window = make_window(vault.directory, vault.policy)
    assert isinstance(window.stack.currentWidget(), UnlockPage)
    assert window.is_locked
    assert window.unlock_page.title.text() == "Utväg is locked"
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    assert isinstance(window.stack.currentWidget(), Workspace)
    assert window.session is not None
    assert window.workspace is not None and window.workspace.model.rowCount() == 3
    methods = [e.detail.get("method") for e in audit_log.entries(window.session)
               if e.action == "vault.unlock"]
    assert methods == ["passphrase"]


def test_wrong_passphrase_gives_a_message_and_a_growing_delay(
        make_window: Callable[..., MainWindow], qtbot: Any, vault: UiVault) -> None:
    window = make_window(vault.directory, vault.policy)
    page = window.unlock_page

    unlock_with_keyboard(qtbot, window, "not the passphrase")
    assert window.is_locked and isinstance(window.stack.currentWidget(), UnlockPage)
    assert page.failures == 1
    assert page.error.text() == "Wrong passphrase. Try again in 1 second."
    assert page.secret.text() == ""
    first_delay = page.current_delay_ms()
    assert first_delay > 0
    # Trying is held back; the field stays usable and keeps the focus.
    assert not page.unlock_button.isEnabled() and page.secret.isEnabled()

    # Nothing is tried while the delay runs.
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert page.failures == 1

    qtbot.waitUntil(page.unlock_button.isEnabled, timeout=10_000)
    assert page.secret.isEnabled() and page.current_delay_ms() == 0
    unlock_with_keyboard(qtbot, window, "still not the passphrase")
    assert page.failures == 2
    assert page.current_delay_ms() > first_delay
    assert not page.unlock_button.isEnabled()

    qtbot.waitUntil(page.unlock_button.isEnabled, timeout=10_000)
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    assert isinstance(window.stack.currentWidget(), Workspace)


def test_wrong_passphrase_message_is_translated(
        make_window: Callable[..., MainWindow], qtbot: Any, vault: UiVault) -> None:
    assert i18n.set_language("sv")
    window = make_window(vault.directory, vault.policy)
    page = window.unlock_page
    assert page.title.text() == "Utväg är låst"
    unlock_with_keyboard(qtbot, window, "not the passphrase")
    assert page.error.text() == "Fel lösenfras. Försök igen om 1 sekund."


def test_vault_open_elsewhere_is_explained(
        make_window: Callable[..., MainWindow], qtbot: Any, vault: UiVault) -> None:
    window = make_window(vault.directory, vault.policy)
    with vault.open():
        unlock_with_keyboard(qtbot, window, vault.passphrase)
        page = window.unlock_page
        assert window.is_locked
        assert page.error.text() == ("The vault is open elsewhere (another Utväg window or "
                                     "command). Close it there first.")
        # Not a wrong passphrase: no failure counted, no delay.
        assert page.failures == 0 and page.unlock_button.isEnabled()
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    assert isinstance(window.stack.currentWidget(), Workspace)


def test_garbage_key_file_is_explained_as_not_a_vault(
        make_window: Callable[..., MainWindow], qtbot: Any, vault: UiVault) -> None:
    keys = vault.directory / "vault.keys"
    keys.write_bytes(os.urandom(600))
    window = make_window(vault.directory, vault.policy)
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    assert window.is_locked
    assert window.unlock_page.error.text().startswith(NOT_A_VAULT)
    assert "Traceback" not in window.unlock_page.error.text()


def test_garbage_database_is_explained_as_not_a_vault(
        make_window: Callable[..., MainWindow], qtbot: Any, vault: UiVault) -> None:
    db = vault.directory / "vault.db"
    db.write_bytes(os.urandom(db.stat().st_size))
    for name in ("vault.db-wal", "vault.db-shm"):
        (vault.directory / name).unlink(missing_ok=True)
    window = make_window(vault.directory, vault.policy)
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    assert window.is_locked
    assert window.unlock_page.error.text().startswith(NOT_A_VAULT)


def test_wrong_recovery_key_is_explained(
        make_window: Callable[..., MainWindow], qtbot: Any, vault: UiVault) -> None:
    window = make_window(vault.directory, vault.policy)
    page = window.unlock_page
    page.toggle_recovery_mode()
    groups = vault.recovery_key.split("-")
    typo = "-".join([groups[0][::-1], *groups[1:]])
    unlock_with_keyboard(qtbot, window, typo)
    assert window.is_locked
    assert page.error.text().split(" Try again")[0] in (
        "The recovery key has a typo. Check every group of characters.", "Wrong recovery key.")
    assert page.failures == 1


def test_a_rolled_back_vault_is_named_on_the_lock_screen_and_then_opens(
        make_window: Callable[..., MainWindow], qtbot: Any, vault: UiVault, memory_keyring: Any,
        tmp_path: Any) -> None:
    import shutil

    from utvag.services import cases

    earlier = tmp_path / "earlier"
    shutil.copytree(vault.directory, earlier)
    with vault.open() as session:
        protected = next(c for c in cases.list_cases(session) if c.protected_identity != "none")
        cases.show_case(session, protected.id)
    shutil.rmtree(vault.directory)
    shutil.copytree(earlier, vault.directory)

    window = make_window(vault.directory, vault.policy)
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    assert window.is_locked and isinstance(window.stack.currentWidget(), UnlockPage)
    assert "has been rolled back" in window.unlock_page.error.text()
    assert window.unlock_page.current_delay_ms() == 0  # not a wrong passphrase
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    assert isinstance(window.stack.currentWidget(), Workspace)
    assert window.session is not None
    actions = [e.action for e in audit_log.entries(window.session)]
    assert actions.count("vault.rollback_detected") == 1
