"""The consent of a case as the app shows it, and its withdrawal, by case id: the app reaches
:mod:`utvag.services.consent` through here and never holds a database connection."""

from __future__ import annotations

from typing import Any

from utvag.errors import NotFoundError
from utvag.services import consent
from utvag.services.session import Session
from utvag.vault import repo_cases


def state(session: Session, case_id: int) -> dict[str, Any]:
    """Given, withdrawn (with the withdrawal events), criterion 4 met today."""
    conn = session.vault.conn
    case = repo_cases.get_case(conn, case_id)
    if case is None:
        raise NotFoundError(f"There is no case with id {case_id}.")
    return consent.consent_state(conn, case)


def withdraw(session: Session, case_id: int, on: str, by: str | None,
             attachment_id: int | None) -> int:
    return consent.withdraw(session, case_id, on, by, attachment_id)
