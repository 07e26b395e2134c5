"""A case opened during a prison sentence or closed youth care: the institution and the expected
release, and the transition planned with Kriminalvården or SiS before it (due items whose lead
the organisation's policy sets, ``release_planning_days``).

Guideline, "Ärendeprocess › Övriga aspekter": «Ett avhoppärende kan inledas under tiden individen
avtjänar fängelsestraff eller slutet ungdomsvård. Samverkan ska ske med Kriminalvården och Statens
Institutionsstyrelse, SiS, så att bästa förutsättningar för avhopparen skapas i övergången mellan
anstaltsvistelse/vårdtid och frigivning.»
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from utvag.domain.custody import CustodyKind, CustodyPeriod
from utvag.domain.errors import DomainError
from utvag.errors import NotFoundError
from utvag.services import case_ref, due, followup, inputs
from utvag.services.followup_records import CustodyRecord as CustodyRecord
from utvag.services.inputs import from_domain
from utvag.services.session import Session
from utvag.vault import repo_followup

TABLE = "custody_period"
STEPS = {"planning": "planning_held_on", "released": "released_on",
         "expected": "expected_release_on"}


def _values(stay: CustodyPeriod) -> dict[str, Any]:
    def iso(day: date | None) -> str | None:
        return day.isoformat() if day else None

    return {"kind": stay.kind.value, "institution": stay.institution,
            "starts_on": iso(stay.starts_on), "expected_release_on": stay.expected_release_on
            .isoformat(), "planning_held_on": iso(stay.planning_held_on),
            "released_on": iso(stay.released_on)}


def add(session: Session, case_id: int, data: object) -> int:
    """Record a stay in prison or closed youth care: kind, institution, expected release (and
    optionally when it started, when the transition was planned)."""
    spec = inputs.known(data, {"kind", "institution", "starts_on", "expected_release_on",
                                  "planning_held_on"})
    try:
        stay = CustodyPeriod(
            inputs.choice(CustodyKind, spec.get("kind"), "kind"), spec.get("institution") or "",
            inputs.parse_day(spec.get("expected_release_on"),
                               "expected_release_on"),
            inputs.parse_day(spec.get("starts_on"), "starts_on", required=False),
            inputs.parse_day(spec.get("planning_held_on"), "planning_held_on",
                               required=False))
    except DomainError as exc:
        raise from_domain(exc) from None
    return followup.add_record(session, TABLE, case_id, _values(stay))


def mark(session: Session, record_id: int, step: str, on: str) -> int:
    """``planning``: the transition was planned with Kriminalvården/SiS on ``on``;
    ``released``: the person was released on ``on``; ``expected``: the authority now expects
    the release on ``on`` (the planning clock follows the new date)."""
    column = STEPS.get(step)
    if column is None:
        raise inputs.invalid("step", "must be planning, released or expected")
    row = repo_followup.get(session.vault.conn, TABLE, record_id)
    if row is None:
        raise NotFoundError(f"There is no custody record {record_id}.")
    day = inputs.parse_day(on, column)
    changes: dict[str, Any] = {column: day}
    try:
        replace(due.custody_record(row), **changes)
    except DomainError as exc:
        raise from_domain(exc) from None
    followup.change_record(session, TABLE, record_id, {column: day.isoformat() if day else None})
    return record_id


def for_case(session: Session, case_id: int) -> list[CustodyRecord]:
    """The case's stays in prison or closed youth care, oldest first."""
    case_ref.require_case(session, case_id, open_only=False)
    return [CustodyRecord(**row)
            for row in repo_followup.for_cases(session.vault.conn, TABLE, [case_id])]
