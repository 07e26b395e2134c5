"""The first run on a computer without a vault: the wizard as the main window's page, the vault's
creation (run by the wizard off the GUI thread, stopped before the vault is moved into place when
a lock comes) and what follows it (quick unlock if chosen, then the workspace).

Kept out of ``ui/window.py`` so that the window holds only its pages, menus and locking.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QWidget

if TYPE_CHECKING:
    from utvag.ui.lock.first_run import FirstRunWizard
    from utvag.ui.window import MainWindow


def show_first_run(window: MainWindow) -> None:
    """The first-run wizard as the window's page, centred and as wide as allowed."""
    from utvag.ui.lock.first_run import MAX_WIDTH as FIRST_RUN_WIDTH
    from utvag.ui.lock.first_run import FirstRunWizard

    wizard = FirstRunWizard(window._create_vault, window.policy.own_unit,
                            window.policy.keyring_allowed)
    wizard.finished.connect(lambda _r: window._first_run_done(wizard))
    wizard.setMaximumWidth(FIRST_RUN_WIDTH)
    page = QWidget()
    page.setObjectName("firstRunPage")
    row = QHBoxLayout(page)
    row.addStretch(1)
    row.addWidget(wizard, 100)  # as wide as allowed, centred
    row.addStretch(1)
    window.set_page(page)
    window.first_run = wizard


def creation(window: MainWindow, unit: str, passphrase: str, before_commit: Callable[[], None]
             ) -> Callable[[], tuple[str, str]]:
    """The creation, for the wizard to run off the GUI thread (the key derivation takes
    seconds); ``before_commit`` stops it, before the vault is moved into place, when a lock
    came. The vault's session is kept here once it exists."""
    from utvag.services import session as session_service

    page = window.first_run.unit_page if window.first_run is not None else None
    role = page.selected_role() if page is not None else "unit"
    holder = page.holder_name() if page is not None else None
    kdf, allow_weak_kdf, policy = window._kdf, window._allow_weak_kdf, window.policy

    def create() -> tuple[str, str]:
        opened, recovery = session_service.create(
            window.vault_dir, unit, passphrase, kdf=kdf, allow_weak_kdf=allow_weak_kdf,
            policy=policy, show_recovery=lambda _key: before_commit())
        window.session = opened
        if role != "unit":
            from utvag.services.transfer.keys import create_role_identity

            create_role_identity(opened, role, holder)
        return recovery, opened.vault.vault_id

    return create


def finish(window: MainWindow, wizard: FirstRunWizard) -> None:
    """The wizard closed: the recovery key is forgotten, quick unlock set up if chosen, and the
    workspace shown (or the lock screen, when a lock came while the vault was made)."""
    wizard.recovery_key = ""
    wizard.recovery_page.key.clear()
    if window.session is None:  # locked while the vault was made: unlock it as usual
        window.show_unlock()
        return
    if wizard.wants_quick_unlock():
        from utvag.services import session as session_service

        try:
            session_service.enable_quick_unlock(window.session)
        except Exception as exc:
            from utvag.ui.errors import report_error

            report_error(window, exc)
    window.show_workspace()
