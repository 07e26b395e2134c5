"""Reading and verifying the audit chain."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from utvag.services.results import JsonResult
from utvag.services.session import Session
from utvag.vault import repo_audit
from utvag.vault.audit import VerifyReport


@dataclass(frozen=True)
class AuditEntry(JsonResult):
    """One row of the audit log: its place in the chain, when, who, what (``case.read``…), the
    case it concerns (None for the vault) and the detail recorded with it."""

    seq: int
    at: str
    actor: str
    action: str
    case_id: int | None
    detail: dict[str, Any]


def verify(session: Session) -> VerifyReport:
    return session.vault.verify_audit()


def entries(session: Session, case_id: int | None = None, limit: int = 10_000
            ) -> list[AuditEntry]:
    """The latest ``limit`` rows (of one case, or all), oldest first."""
    return [AuditEntry(**row) for row in repo_audit.entries(session.vault.conn, case_id, limit)]
