"""Reading and verifying the audit chain."""

from __future__ import annotations

from utvag.services.session import Session
from utvag.vault import repo_audit
from utvag.vault.audit import VerifyReport
from utvag.vault.repo_audit import AuditEntry

__all__ = ["AuditEntry", "entries", "verify"]


def verify(session: Session) -> VerifyReport:
    return session.vault.verify_audit()


def entries(session: Session, case_id: int | None = None, limit: int = 10_000
            ) -> list[AuditEntry]:
    """The latest ``limit`` rows (of one case, or all), oldest first."""
    return repo_audit.entries(session.vault.conn, case_id, limit)
