"""The consent to lift confidentiality on a case: its state, and its withdrawal as an event.

A withdrawal is recorded on an open case when it happens (when, by whom, the signed form as an
attachment), without closing the case or writing a new assessment. From that day criterion 4
fails, the case shows it, and transfers and disclosures that rest on the consent are refused
(``utvag.services.disclosures.consent_on_case`` counts the withdrawal).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field, replace
from datetime import date

from utvag.domain.case_records import Case
from utvag.domain.errors import DomainError
from utvag.domain.messages import Message
from utvag.domain.rules import consent_criterion
from utvag.errors import NotFoundError
from utvag.services import assessment_facts, case_flow
from utvag.services.case_ref import case_of
from utvag.services.decisions import past_day, record_event
from utvag.services.results import JsonResult
from utvag.services.session import Session
from utvag.vault import repo_assessments, repo_case_flow
from utvag.vault.database import Connection

MAX_BY = 200


@dataclass(frozen=True)
class ConsentWithdrawal(JsonResult):
    """A withdrawal of the consent recorded on the case (``withdrawn_by`` None: the
    individual), with the signed letter among the attachments, if any."""

    id: int
    withdrawn_on: str
    withdrawn_by: str | None = field(repr=False)
    attachment_id: int | None


@dataclass(frozen=True)
class ConsentState(JsonResult):
    """The consent as the case stands: given (on the signed assessment in force, for which
    authorities), withdrawn (the withdrawal events, oldest first), and whether criterion 4 is
    met today, with the rule's reasons."""

    given: bool
    given_on: str | None
    authorities: tuple[str, ...]
    withdrawn: bool
    withdrawals: tuple[ConsentWithdrawal, ...]
    criterion_met: bool
    reasons: tuple[Message, ...]


def _open_case(conn: Connection, case_id: int) -> Case:
    return case_of(conn, case_id, open_only=True)


def withdraw(session: Session, case_id: int, on: str, by: str | None = None,
             attachment_id: int | None = None, *, today: date | None = None) -> int:
    """Record that the consent was withdrawn on ``on`` (by ``by``, default the individual),
    optionally with the signed withdrawal as an attachment of the case."""
    day = past_day(on, "withdrawn_on", today)
    who = (by or "").strip() or "individual"
    if len(who) > MAX_BY:
        raise case_flow.refusal(DomainError(f"withdrawn_by must be at most {MAX_BY} "
                                            "characters.", field="withdrawn_by", rule="length"))
    vault = session.vault
    with vault.transaction() as conn:
        case = _open_case(conn, case_id)
        opened = case_flow.local_day(case.opened_at)
        if opened is not None and day < opened:
            raise case_flow.refusal(DomainError(
                "withdrawn_on must not be before the case was opened.", field="withdrawn_on",
                rule="date_order"))
        current = repo_assessments.current_signed(conn, case_id)
        consent = assessment_facts.facts(current).consent.record
        if consent is not None and day < consent.given_on:
            raise case_flow.refusal(DomainError(
                "withdrawn_on must not be before the consent was given.", field="withdrawn_on",
                rule="date_order"))
        if attachment_id is not None and not repo_case_flow.attachment_on_case(
                conn, case_id, attachment_id):
            raise NotFoundError(f"There is no attachment {attachment_id} on this case.")
        return record_event(session, "consent_withdrawal", case_id, {
            "withdrawn_on": day.isoformat(), "withdrawn_by": who,
            "attachment_id": attachment_id}, "consent.withdraw")


def consent_state(conn: Connection, case: Case, today: date | None = None) -> ConsentState:
    """The consent as the case stands: given (on the signed assessment in force), withdrawn (as
    an event, in its answers, or as the closing reason), and whether criterion 4 holds today."""
    today = today or case_flow.now_local_day()
    current = repo_assessments.current_signed(conn, case.id)
    consent = assessment_facts.facts(current).consent.record
    events = repo_case_flow.for_case(conn, "consent_withdrawal", case.id)
    if consent is not None and events and consent.withdrawn_on is None:
        first = min(events, key=lambda e: str(e["withdrawn_on"]))
        with contextlib.suppress(DomainError, ValueError):  # DomainError is a ValueError
            consent = replace(consent, withdrawn_on=date.fromisoformat(first["withdrawn_on"]),
                              withdrawn_by=str(first["withdrawn_by"] or "individual"))
    withdrawn = bool(events) or (consent is not None and consent.is_withdrawn(today))
    met = False
    reasons: tuple[Message, ...] = ()
    if current is not None and current.outcome is not None:
        result = consent_criterion(consent, consent.authorities if consent else frozenset(),
                                   today)
        met = bool(current.outcome.get("criteria", {}).get("consent")) and result.met \
            and not withdrawn
        reasons = tuple(result.reasons)
    return ConsentState(
        given=consent is not None,
        given_on=consent.given_on.isoformat() if consent else None,
        authorities=tuple(sorted(a.value for a in consent.authorities)) if consent else (),
        withdrawn=withdrawn,
        withdrawals=tuple(ConsentWithdrawal(e["id"], e["withdrawn_on"], e["withdrawn_by"],
                                            e["attachment_id"]) for e in events),
        criterion_met=met,
        reasons=reasons)
