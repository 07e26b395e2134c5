"""A case named the way people name it: by its case number (``HI-2026-00001``), as the app
shows it, or by its internal id. The command line and the app resolve both here."""

from __future__ import annotations

import re
from typing import Any

from utvag.domain.case_records import Case, CaseStatus
from utvag.errors import NotFoundError, RefusedError, UsageError
from utvag.services.session import Session
from utvag.vault import repo_cases
from utvag.vault.database import Connection

CASE_NUMBER = re.compile(r"^[A-Z]{2,4}-[0-9]{4}-[0-9]{5}$")


def parse(text: str) -> int | str:
    """An id (digits) or a case number (upper-cased); anything else is a usage error."""
    value = text.strip()
    if value.isascii() and value.isdigit() and len(value) <= 19:
        return int(value)
    upper = value.upper()
    if CASE_NUMBER.match(upper):
        return upper
    raise UsageError("A case is given by its case number (like HI-2026-00001) or its id.")


def resolve(session: Session, ref: int | str) -> int:
    """The case id of ``ref`` (an id is returned as it is; a number must exist)."""
    if isinstance(ref, int):
        return ref
    parsed = parse(ref)
    if isinstance(parsed, int):
        return parsed
    case_id = repo_cases.id_for_number(session.vault.conn, parsed)
    if case_id is None:
        raise NotFoundError(f"There is no case with number {parsed}.")
    return case_id


def require_case(session: Session, case_id: int, *, open_only: bool) -> None:
    """The case must exist; with ``open_only`` it must not be closed or transferred."""
    case_of(session.vault.conn, case_id, open_only=open_only)


def case_changed(session: Session, case_id: int, now: str, action: str,
                 detail: dict[str, Any]) -> None:
    """The case *case_id* changed at *now*: its last change moves (the case list sorts by it)
    and the change is audited as *action* with *detail*, inside the caller's transaction."""
    repo_cases.touch_case(session.vault.conn, case_id, now)
    session.vault.audit(action, case_id, detail)


def maybe_case_changed(session: Session, case_id: int | None, now: str, action: str,
                       detail: dict[str, Any]) -> None:
    """A change that belongs to case *case_id* when there is one (:func:`case_changed`); without
    a case (a concern report not yet linked to one) it is audited only, inside the caller's
    transaction."""
    if case_id is None:
        session.vault.audit(action, None, detail)
    else:
        case_changed(session, case_id, now, action, detail)


def case_of(conn: Connection, case_id: int, *, open_only: bool) -> Case:
    """The case *case_id* (not found: ``NotFoundError``); with ``open_only`` a closed or
    transferred case is refused as read-only (``RefusedError``)."""
    case = repo_cases.get_case(conn, case_id)
    if case is None:
        raise NotFoundError(f"There is no case with id {case_id}.")
    if open_only and case.status in (CaseStatus.CLOSED, CaseStatus.TRANSFERRED):
        raise RefusedError(f"Case {case.case_number} is {case.status.value} and read-only.")
    return case
