"""The consent of a case as the app shows it, and its withdrawal, by case id: the app reaches
:mod:`utvag.services.consent` through here and never holds a database connection."""

from __future__ import annotations

from utvag.services import consent
from utvag.services.case_ref import case_of
from utvag.services.consent import ConsentState, ConsentWithdrawal
from utvag.services.session import Session

__all__ = ["ConsentState", "ConsentWithdrawal", "state", "withdraw"]


def state(session: Session, case_id: int) -> ConsentState:
    """Given, withdrawn (with the withdrawal events), criterion 4 met today."""
    conn = session.vault.conn
    case = case_of(conn, case_id, open_only=False)
    return consent.consent_state(conn, case)


def withdraw(session: Session, case_id: int, on: str, by: str | None,
             attachment_id: int | None) -> int:
    return consent.withdraw(session, case_id, on, by, attachment_id)
