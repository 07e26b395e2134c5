"""The first vault is created off the GUI thread, the wizard modal and saying it is working.

It ends on the recovery key. A lock before the vault is moved into place stops the creation
(nothing exists, the passphrase is not left on screen); a lock after it still leads to the
recovery key, then to the lock screen: no vault is left whose recovery key nobody saw. A
refusal is said on the page and changes nothing."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWizard

from utvag.services import session as session_service
from utvag.services.policy import Policy
from utvag.ui.lock.first_run import FirstRunWizard
from utvag.ui.lock.unlock_page import UnlockPage
from utvag.ui.window import MainWindow
from utvag.vault.vault import VaultPaths

STRONG = "seven quiet owls Sing at dawn"


class Poster(QObject):
    """Calls a slot on the GUI thread from the worker: the lock that comes while creating."""

    lock = Signal()


def start(make_window: Callable[..., MainWindow], vault_dir: Path
          ) -> tuple[MainWindow, FirstRunWizard]:
    window = make_window(vault_dir)
    wizard = window.first_run
    assert isinstance(wizard, FirstRunWizard)
    wizard.next()
    wizard.passphrase_page.first.setText(STRONG)
    wizard.passphrase_page.second.setText(STRONG)
    return window, wizard


def create(wizard: FirstRunWizard) -> None:
    wizard.button(QWizard.WizardButton.CommitButton).click()


def lock_while_creating(window: MainWindow, wizard: FirstRunWizard, *,
                        after_commit: bool) -> Poster:
    """The lock comes just before the vault is moved into place, or just after."""
    poster = Poster()
    poster.lock.connect(window.lock, Qt.ConnectionType.QueuedConnection)
    real = wizard.creator

    def creator(unit: str, passphrase: str, before_commit: Callable[[], None]
                ) -> Callable[[], tuple[str, str]]:
        def at_commit() -> None:
            if after_commit:
                before_commit()
                poster.lock.emit()  # queued before the creation's result
                return
            poster.lock.emit()
            deadline = time.monotonic() + 10
            while not (wizard.creating is not None and wizard.creating.abandoned) \
                    and time.monotonic() < deadline:
                time.sleep(0.005)
            before_commit()

        return real(unit, passphrase, at_commit)

    wizard.creator = creator
    return poster


def test_creation_runs_off_the_gui_thread_and_ends_on_the_recovery_key(
        make_window: Callable[..., MainWindow], tmp_path: Path, qtbot: Any) -> None:
    vault_dir = tmp_path / "new-vault"
    window, wizard = start(make_window, vault_dir)
    seen: list[tuple[bool, bool]] = []
    QTimer.singleShot(0, lambda: seen.append((
        wizard.isEnabled(), any(isinstance(c, QProgressDialog) for c in wizard.children()))))
    create(wizard)
    assert seen == [(False, True)]  # while creating: no input, a progress dialog
    assert wizard.currentPage() is wizard.recovery_page and wizard.isEnabled()
    assert wizard.recovery_page.key.text().split() == wizard.recovery_key.split("-")
    assert VaultPaths(vault_dir).keys.is_file() and window.session is not None
    assert not wizard.key_unseen()


def test_a_lock_before_the_vault_is_in_place_creates_nothing(
        make_window: Callable[..., MainWindow], tmp_path: Path, qtbot: Any) -> None:
    vault_dir = tmp_path / "new-vault"
    window, wizard = start(make_window, vault_dir)
    poster = lock_while_creating(window, wizard, after_commit=False)
    create(wizard)
    page = wizard.passphrase_page
    assert wizard.currentPage() is page and window.first_run is wizard
    assert page.feedback.text() == "Locked before the vault was created: nothing was created."
    assert page.first.text() == "" and page.second.text() == ""
    assert not VaultPaths(vault_dir).keys.exists() and not VaultPaths(vault_dir).db.exists()
    assert window.session is None and wizard.recovery_key == ""
    # Typed again, the vault is created as usual.
    poster.lock.disconnect()
    page.first.setText(STRONG)
    page.second.setText(STRONG)
    create(wizard)
    assert wizard.currentPage() is wizard.recovery_page
    assert VaultPaths(vault_dir).keys.is_file()


def test_a_lock_after_the_vault_is_in_place_still_shows_its_recovery_key(
        make_window: Callable[..., MainWindow], tmp_path: Path, qtbot: Any) -> None:
    vault_dir = tmp_path / "new-vault"
    window, wizard = start(make_window, vault_dir)
    lock_while_creating(window, wizard, after_commit=True)
    create(wizard)
    assert window.session is None  # the lock closed the new vault
    assert wizard.currentPage() is wizard.recovery_page and window.first_run is wizard
    recovery = wizard.recovery_key
    assert recovery and wizard.recovery_page.key.text().split() == recovery.split("-")
    wizard.next()
    wizard.confirm_page.confirm.setText(recovery.rsplit("-", 1)[-1])
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert isinstance(window.stack.currentWidget(), UnlockPage) and window.is_locked
    with session_service.unlock(vault_dir, recovery_key=recovery,
                                policy=Policy(keyring_allowed=False)) as opened:
        assert opened.vault.unit == wizard.unit_page.selected_unit()


def test_a_refused_creation_is_said_and_changes_nothing(
        make_window: Callable[..., MainWindow], tmp_path: Path, qtbot: Any) -> None:
    vault_dir = tmp_path / "new-vault"
    vault_dir.mkdir()
    database = VaultPaths(vault_dir).db
    database.write_bytes(b"a database whose key file went missing")
    window, wizard = start(make_window, vault_dir)
    create(wizard)
    page = wizard.passphrase_page
    assert wizard.currentPage() is page
    assert "exists without its key file" in page.feedback.text()
    assert database.read_bytes() == b"a database whose key file went missing"
    assert not VaultPaths(vault_dir).keys.exists() and window.session is None
    assert page.first.text() == STRONG  # kept, to try again once the folder is sorted out
