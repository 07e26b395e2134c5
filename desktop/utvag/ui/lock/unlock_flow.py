"""Unlocking the vault from the lock screen: the key derivation runs off the GUI thread while the
lock screen shows it is working; the result opens the workspace, shows the failure, or is dropped
when a lock or close came meanwhile (its session closed). After a recovery-key unlock a new
passphrase is asked for.

Kept out of ``ui/window.py`` so that the window holds only its pages, menus and locking; the
strings keep the window's translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from utvag.errors import AuthenticationError
from utvag.ui import message_box

if TYPE_CHECKING:
    from utvag.services.session import Session
    from utvag.ui.window import MainWindow

translate = QCoreApplication.translate


def start(window: MainWindow, method: str, secret: str) -> None:
    """Unlock off the GUI thread (the key derivation takes most of a second); the lock screen
    shows that it is working and the window keeps painting. The result arrives in
    :func:`done`."""
    if window.unlocking is not None and window.unlocking.running:
        return
    kwargs: dict[str, Any] = {"passphrase": secret} if method == "passphrase" else (
        {"recovery_key": secret} if method == "recovery" else {"use_keyring": True})
    from PySide6.QtCore import Qt

    from utvag.services import session as session_service
    from utvag.ui.background import OffThread

    directory, policy, round_ = window.vault_dir, window.policy, window._unlock_round
    window.unlock_page.set_busy(True)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    window.unlocking = OffThread(
        window, lambda: session_service.unlock(directory, policy=policy, **kwargs),
        lambda session, error: done(window, method, round_, session, error)).start()


def done(window: MainWindow, method: str, round_: int, session: Session | None,
         error: BaseException | None) -> None:
    """The unlock's result: the workspace, or the failure on the lock screen; a result that
    arrives after a lock or close is dropped and its session closed."""
    QApplication.restoreOverrideCursor()
    window.unlock_page.set_busy(False)
    if round_ != window._unlock_round:  # locked or closed while unlocking: drop the result
        if session is not None:
            session.close()
        return
    if error is not None or session is None:
        window.unlock_page.show_failure(error or RuntimeError(), isinstance(
            error, AuthenticationError) and method != "keyring")
        return
    from utvag.services import session as session_service

    window.session = session
    rolled_back = session_service.rollback_error(window.session)
    if rolled_back is not None:
        # As in the CLI: this unlock stops with the warning (it is in the audit log now).
        window.session.close()
        window.session = None
        window.unlock_page.show_failure(rolled_back, False)
        return
    window.idle.start()  # the vault is open: left alone from here on, it locks
    if method == "recovery":
        from utvag.ui.lock.new_passphrase import NewPassphraseDialog

        NewPassphraseDialog(window.session, window, kdf=window._kdf,
                            allow_weak_kdf=window._allow_weak_kdf).exec()
        if window.session is None:  # locked while the dialog was open
            return
    window.show_workspace()
    _announce_page_format(window)


def _announce_page_format(window: MainWindow) -> None:
    """Once per vault made by an earlier release: say how it moves to the faster format."""
    from utvag.services import session as session_service

    if window.session is None or not session_service.page_format_notice_due(window.session):
        return
    text = translate(
        "MainWindow",
        "This vault was made by an earlier version of Utväg and uses an older page format, "
        "which makes searches and transfers slower. A rekey moves it to the new format and "
        "keeps every record: run 'utvag rekey' (it can be interrupted and run again). The "
        "rekey gives the vault a new recovery key; keep the new one as you kept the old.\n\n"
        "This message is shown once.")
    message_box.information(window, translate("MainWindow", "Faster vault format available"),
                            text)
