"""The vault check (``utvag check`` and the app's periodic check): run it, record its outcome in
the vault with an audit row, and tell when the next periodic check is due."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from utvag.services.session import Session
from utvag.vault import check as vault_check
from utvag.vault.check import UNREADABLE, CheckReport, Finding, Progress
from utvag.vault.database import Connection

__all__ = [
    "UNREADABLE",
    "CheckReport",
    "Finding",
    "Progress",
    "check_due",
    "last_check",
    "record",
    "run",
    "run_in_background",
]


def run(session: Session, progress: Progress | None = None) -> CheckReport:
    """Check the whole vault; the outcome is recorded (and audited) when the vault can still be
    written. Damage never raises here: it is in the report."""
    vault = session.vault

    def audit_step() -> Finding | None:
        report = vault.verify_audit()
        return None if report.ok else Finding("audit", report.problem or "does not verify")

    report = vault_check.run_steps(vault.conn, audit_step, progress)
    report.last_backup_at, report.last_backup_file = vault_check.last_backup(vault.conn)
    vault_check.record_outcome(vault, report)
    return report


def run_in_background(session: Session, progress: Progress | None = None,
                      opened: Callable[[Connection], None] | None = None) -> CheckReport:
    """The check on a connection of its own (for a worker thread); ``record`` it afterwards on
    the thread that owns the session."""
    return vault_check.check_on_own_connection(session.vault, progress, opened)


def record(session: Session, report: CheckReport) -> bool:
    return vault_check.record_outcome(session.vault, report)


def last_check(session: Session) -> tuple[datetime | None, bool | None]:
    at, ok = vault_check.last_check(session.vault.conn)
    return (None if at is None else datetime.fromisoformat(at)), ok


def check_due(session: Session, interval_days: int, now: datetime | None = None) -> bool:
    """Whether the periodic check is due: never run, or the last one is ``interval_days`` old."""
    if interval_days <= 0:
        return False
    at, _ok = last_check(session)
    now = now or datetime.now(UTC)
    return at is None or now - at >= timedelta(days=interval_days)
