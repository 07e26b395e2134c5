"""The periodic vault check in the app: once the policy's interval (weekly by default) has
passed since the last check, the whole vault is checked on a worker thread with a database
connection of its own, so the caseworker can go on working. The outcome is recorded on the GUI
thread; damage raises a warning that names what is damaged and the last good backup.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from utvag.services import vault_check
from utvag.services.session import Session
from utvag.services.vault_check import UNREADABLE, CheckReport
from utvag.ui import background, message_box


class _Cancelled(Exception):
    pass


class PeriodicCheck(QObject):
    """One background check of ``session``'s vault; ``finished`` carries the report."""

    finished = Signal(object)  # CheckReport, or None when cancelled or failed to run

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._cancelled = threading.Event()
        self._conn: Any = None
        self._conn_lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self.report: CheckReport | None = None
        self.finished.connect(self._keep, Qt.ConnectionType.QueuedConnection)

    def start(self) -> PeriodicCheck:
        self._thread = threading.Thread(target=self._run, name="utvag-vault-check", daemon=True)
        self._thread.start()
        return self

    def _opened(self, conn: Any) -> None:
        with self._conn_lock:
            self._conn = conn
        if self._cancelled.is_set():
            conn.interrupt()

    def _progress(self, _step: str, _done: int, _total: int) -> None:
        if self._cancelled.is_set():
            raise _Cancelled

    def _run(self) -> None:
        report: CheckReport | None = None
        try:
            report = vault_check.run_in_background(self.session, self._progress, self._opened)
        except Exception:  # cancelled, interrupted by locking, or the vault went away
            report = None
        finally:
            with self._conn_lock:
                self._conn = None
        with contextlib.suppress(RuntimeError):  # the window went away without locking
            self.finished.emit(None if self._cancelled.is_set() else report)

    def _keep(self, report: CheckReport | None) -> None:
        self.report = report

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def cancel_and_wait(self) -> None:
        """Stop the check (before the vault is locked) and wait for the worker, at most
        ``background.STOP_WAIT_S``. Its cipher_integrity_check does not stop on an interrupt
        (some 3 s a gigabyte, measured), so on a vault of many gigabytes the wait can run out:
        the vault is then closed, and the check goes on to the end of that pass on its own
        connection, which holds the key till then; its report is dropped (a locked vault
        records nothing)."""
        self._cancelled.set()
        with self._conn_lock:
            if self._conn is not None:
                self._conn.interrupt()
        if self._thread is not None:
            self._thread.join(background.STOP_WAIT_S)


def start_if_due(session: Session, interval_days: int, parent: QWidget,
                 on_report: Callable[[CheckReport], None]) -> PeriodicCheck | None:
    """Start the background check when the policy's interval has passed since the last one."""
    if not vault_check.check_due(session, interval_days):
        return None
    check = PeriodicCheck(session, parent)

    def delivered(report: CheckReport | None) -> None:
        if report is not None and session.vault.is_open:
            vault_check.record(session, report)
            on_report(report)

    check.finished.connect(delivered, Qt.ConnectionType.QueuedConnection)
    return check.start()


def warn_about_damage(parent: QWidget, report: CheckReport) -> QMessageBox:
    """Tell the user what is damaged and where the last good backup is (window-modal)."""
    translate = QCoreApplication.translate
    damaged = "\n".join(f"• {f.step}: {f.where}" for f in report.findings[:5])
    if report.last_backup_at == UNREADABLE:
        backup = translate(
            "PeriodicCheck", "The record of the last backup is on a damaged page: restore the "
            "newest backup you have with 'utvag restore', or ask your administrator.")
    elif report.last_backup_at:
        backup = translate(
            "PeriodicCheck", "The last good backup was made %1 (%2). Restore it with "
            "'utvag restore', or ask your administrator.").replace(
            "%1", report.last_backup_at).replace("%2", report.last_backup_file or "")
    else:
        backup = translate("PeriodicCheck",
                           "No backup of this vault is recorded; ask your administrator.")
    text = (translate("PeriodicCheck", "The periodic check found damage in the vault:")
            + "\n\n" + damaged + "\n\n" + backup)
    box = QMessageBox(QMessageBox.Icon.Warning,
                      translate("PeriodicCheck", "The vault is damaged"), text,
                      QMessageBox.StandardButton.Ok, parent)
    message_box.plain(box)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box
