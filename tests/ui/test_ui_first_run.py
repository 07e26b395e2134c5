"""First run, by keyboard: unit, passphrase, recovery key, quick unlock, then the workspace."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from bulk_vault import FAST_KDF
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget, QWizard
from ui_support import FakeClock, focused, press, type_text, unlock_with_keyboard, when_modal

from utvag.services import session as session_service
from utvag.services.policy import Policy
from utvag.ui.lock.first_run import MAX_WIDTH as FIRST_RUN_WIDTH
from utvag.ui.lock.first_run import FirstRunWizard
from utvag.ui.lock.new_passphrase import NewPassphraseDialog
from utvag.ui.window import MainWindow
from utvag.ui.workspace import Workspace
from utvag.vault.vault import VaultPaths

STRONG = "seven quiet owls Sing at dawn"


def wizard_of(window: MainWindow) -> FirstRunWizard:
    wizard = window.first_run
    assert isinstance(wizard, FirstRunWizard)
    assert wizard.isVisible() and wizard.width() <= FIRST_RUN_WIDTH
    # The page the window shows is named, so a packaged build's smoke run can tell it apart.
    page = window.stack.currentWidget()
    assert page is not None and page.objectName() == "firstRunPage"
    return wizard


def test_first_run_by_keyboard_creates_the_vault_and_opens_the_workspace(
        make_window: Callable[..., MainWindow], qtbot: Any, tmp_path: Path) -> None:
    vault_dir = tmp_path / "new-vault"
    window = make_window(vault_dir)
    wizard = wizard_of(window)
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    # Unit: the combo has the focus; the arrow key picks the next unit, Enter goes on.
    assert wizard.currentPage() is wizard.unit_page
    assert focused() is wizard.unit_page.unit
    press(qtbot, Qt.Key.Key_Down)
    assert wizard.unit_page.selected_unit() == "Hisingen"
    press(qtbot, Qt.Key.Key_Return)

    # Passphrase: a weak one is refused with feedback and Next stays disabled.
    page = wizard.passphrase_page
    assert wizard.currentPage() is page
    assert focused() is page.first
    type_text(qtbot, "password1")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.second
    type_text(qtbot, "password1")
    assert not next_button.isEnabled()
    assert page.feedback.text().startswith("Too weak")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is page
    assert not VaultPaths(vault_dir).keys.exists()

    # A long but repetitive one is no better.
    page.first.clear()
    page.second.clear()
    qtbot.keyClicks(page.first, "aaaaaaaaaaaaaaaaaaaa")
    qtbot.keyClicks(page.second, "aaaaaaaaaaaaaaaaaaaa")
    assert not next_button.isEnabled()

    # Two different strong ones are refused too, with their own message.
    page.first.clear()
    page.second.clear()
    qtbot.keyClicks(page.first, STRONG)
    qtbot.keyClicks(page.second, STRONG + "!")
    assert not next_button.isEnabled()
    assert page.feedback.text() == "The two passphrases differ."

    # The strong one, twice: Next is enabled and Enter creates the vault.
    qtbot.keyClick(page.second, Qt.Key.Key_Backspace)
    assert page.feedback.text() == "Good."
    assert next_button.isEnabled()
    page.second.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.recovery_page
    assert VaultPaths(vault_dir).keys.is_file() and VaultPaths(vault_dir).db.is_file()
    assert page.first.text() == "" and page.second.text() == ""

    # The recovery key is shown once; on the next page, where it is not shown, Next needs its
    # last group typed back.
    recovery = wizard.recovery_key
    shown = wizard.recovery_page.key.text()
    groups = recovery.split("-")
    assert shown.split() == groups
    assert next_button.isEnabled()
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.confirm_page
    assert not wizard.recovery_page.key.isVisible()
    assert not next_button.isEnabled()
    confirm = wizard.confirm_page.confirm
    confirm.setFocus()
    type_text(qtbot, groups[0])
    assert not next_button.isEnabled() or groups[0] == groups[-1]
    confirm.clear()
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.confirm_page
    type_text(qtbot, groups[-1].lower())
    assert next_button.isEnabled()
    press(qtbot, Qt.Key.Key_Return)

    # Quick unlock is not offered where policy forbids it; Finish opens the workspace.
    assert wizard.currentPage() is wizard.quick_page
    assert not wizard.quick_page.enable.isEnabled()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and finish.isEnabled()
    qtbot.keyClick(wizard.quick_page, Qt.Key.Key_Return)
    assert isinstance(window.stack.currentWidget(), Workspace)
    assert window.workspace is not None and window.session is not None
    assert window.session.vault.unit == "Hisingen"
    assert wizard.recovery_key == ""
    assert focused() is window.workspace.search

    # The vault is real: after locking, the recovery key opens it.
    window.lock()
    assert window.session is None
    with session_service.unlock(vault_dir, recovery_key=recovery,
                                policy=Policy(keyring_allowed=False)) as opened:
        assert opened.vault.unit == "Hisingen"


def test_escape_cannot_skip_the_recovery_key_confirmation(
        make_window: Callable[..., MainWindow], qtbot: Any, tmp_path: Path) -> None:
    window = make_window(tmp_path / "v")
    wizard = wizard_of(window)
    wizard.next()
    qtbot.keyClicks(wizard.passphrase_page.first, STRONG)
    qtbot.keyClicks(wizard.passphrase_page.second, STRONG)
    wizard.next()
    assert wizard.currentPage() is wizard.recovery_page
    wizard.next()
    qtbot.keyClick(wizard.confirm_page.confirm, Qt.Key.Key_Escape)
    assert window.first_run is wizard
    assert wizard.isVisible()
    assert wizard.currentPage() is wizard.confirm_page
    assert window.workspace is None


def test_recovery_key_unlock_leads_to_a_new_passphrase(
        make_window: Callable[..., MainWindow], qtbot: Any, tmp_path: Path) -> None:
    vault_dir = tmp_path / "v"
    policy = Policy(keyring_allowed=False)
    opened, recovery = session_service.create(vault_dir, "Centrum", STRONG,
                                              kdf=FAST_KDF, allow_weak_kdf=True, policy=policy)
    opened.close()
    window = make_window(vault_dir, policy)
    page = window.unlock_page
    assert not page.recovery_mode
    qtbot.mouseClick(page.mode_button, Qt.MouseButton.LeftButton)
    assert page.recovery_mode
    assert page.secret.echoMode() == QLineEdit.EchoMode.Normal
    new = "a brand new Passphrase for 2025"
    seen: list[str] = []

    def set_new_passphrase(dialog: Any) -> None:
        assert isinstance(dialog, NewPassphraseDialog)
        seen.append(dialog.windowTitle())
        dialog.first.setText("too short")
        dialog.second.setText("too short")
        dialog._accept()
        seen.append(dialog.error.text())
        dialog.first.clear()
        dialog.second.clear()
        qtbot.keyClicks(dialog.first, new)
        qtbot.keyClicks(dialog.second, new)
        qtbot.keyClick(dialog.second, Qt.Key.Key_Return)

    when_modal(set_new_passphrase, kind=NewPassphraseDialog)
    unlock_with_keyboard(qtbot, window, recovery)
    assert seen[0] == "Set a new passphrase"
    assert seen[1].startswith("Too weak")
    assert isinstance(window.stack.currentWidget(), Workspace)
    window.lock()
    with session_service.unlock(vault_dir, passphrase=new, policy=policy):
        pass


def test_locking_while_the_new_passphrase_dialog_is_open_stays_locked(
        make_window: Callable[..., MainWindow], qtbot: Any, tmp_path: Path) -> None:
    vault_dir = tmp_path / "v"
    policy = Policy(keyring_allowed=False)
    opened, recovery = session_service.create(vault_dir, "Centrum", STRONG,
                                              kdf=FAST_KDF, allow_weak_kdf=True, policy=policy)
    opened.close()
    window = make_window(vault_dir, policy)
    window.unlock_page.toggle_recovery_mode()
    when_modal(lambda _dialog: window.lock(), kind=NewPassphraseDialog)
    unlock_with_keyboard(qtbot, window, recovery)
    assert window.is_locked
    assert window.workspace is None
    assert window.stack.currentWidget() is window.unlock_page
    with session_service.unlock(vault_dir, passphrase=STRONG, policy=policy):
        pass


def test_idle_time_while_the_new_passphrase_dialog_is_open_locks(
        make_window: Callable[..., MainWindow], qtbot: Any, tmp_path: Path,
        clock: FakeClock) -> None:
    """The vault is open while the new passphrase is asked for: left there, it locks."""
    vault_dir = tmp_path / "v"
    policy = Policy(keyring_allowed=False)
    opened, recovery = session_service.create(vault_dir, "Centrum", STRONG,
                                              kdf=FAST_KDF, allow_weak_kdf=True, policy=policy)
    opened.close()
    window = make_window(vault_dir, policy)
    window.unlock_page.toggle_recovery_mode()

    def walk_away(_dialog: QWidget) -> None:
        clock.advance(policy.idle_timeout_seconds)
        window.idle.check()

    when_modal(walk_away, kind=NewPassphraseDialog)
    unlock_with_keyboard(qtbot, window, recovery)
    assert window.is_locked and window.session is None
    assert window.workspace is None


def test_no_way_back_to_the_unit_and_passphrase_once_the_vault_exists(
        make_window: Callable[..., MainWindow], qtbot: Any, tmp_path: Path) -> None:
    """Going back used to let the user pick another unit and type another passphrase, both
    silently ignored; the new passphrase then failed to unlock."""
    vault_dir = tmp_path / "v"
    window = make_window(vault_dir)
    wizard = wizard_of(window)
    wizard.next()
    page = wizard.passphrase_page
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.isVisible() and commit.text() == "&Create the vault"
    assert "cannot be changed" in page.subTitle()
    qtbot.keyClicks(page.first, STRONG)
    qtbot.keyClicks(page.second, STRONG)
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.recovery_page
    assert VaultPaths(vault_dir).keys.is_file()
    back = wizard.button(QWizard.WizardButton.BackButton)
    assert not (back.isVisible() and back.isEnabled())
    wizard.back()
    assert wizard.currentPage() is wizard.recovery_page
    created = wizard.recovery_page.created
    assert created.isVisible() and "has been created" in created.text()
    assert "can no longer be changed" in created.text()
    # From the confirmation the user may look at the key again, but no further back.
    wizard.next()
    assert wizard.currentPage() is wizard.confirm_page
    wizard.back()
    wizard.back()
    assert wizard.currentPage() is wizard.recovery_page
