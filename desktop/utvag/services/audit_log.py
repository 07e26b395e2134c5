"""Reading and verifying the audit chain."""

from __future__ import annotations

from typing import Any

from utvag.services.session import Session
from utvag.vault import repo_audit
from utvag.vault.audit import VerifyReport


def verify(session: Session) -> VerifyReport:
    return session.vault.verify_audit()


def entries(
    session: Session, case_id: int | None = None, limit: int = 10_000
) -> list[dict[str, Any]]:
    return repo_audit.entries(session.vault.conn, case_id, limit)
