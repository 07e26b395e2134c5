"""Applications, decisions and SAV's word on special-defector status.

* The application (*ansökan*) a case starts from: when it was received, from whom (the person,
  a guardian or another authority) and what was applied for — in words, and/or as the case's
  attachment that holds the written application (schema 19). It travels with a transfer, content
  and written application included, so the receiving board opens its investigation on the
  application already received.
* Decisions (*beslut*) on the application, on interventions and on closing: what was decided,
  granted or refused, by whom (the decision-maker's role) and when. A refusal carries the appeal
  notice.
* SAV decides whether a defector is a special defector (guideline, "Ansvarsfördelning"): confirmed
  decides the case at SAV; not special sends it back to the district of belonging (the case
  awaits that transfer).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from utvag.domain.case_records import Case, CaseType
from utvag.domain.display_text import is_clean_text, is_one_line
from utvag.domain.errors import DomainError
from utvag.domain.messages import Message, message
from utvag.domain.protection import ProtectionNeed
from utvag.domain.rules import is_special_defector
from utvag.domain.threat import ThreatLevel
from utvag.domain.units import Unit
from utvag.errors import NotFoundError
from utvag.services import assessment_facts, case_flow
from utvag.services.case_ref import case_changed, case_of
from utvag.services.inputs import parse_day
from utvag.services.results import JsonResult
from utvag.services.session import Session
from utvag.vault import repo_assessments, repo_attachments, repo_case_flow
from utvag.vault.audit import now_utc
from utvag.vault.database import Connection

R = TypeVar("R")

APPLICANTS = ("individual", "guardian", "authority")
SUBJECTS = ("application", "intervention", "closing")
OUTCOMES = ("granted", "refused")
SAV_DECISIONS = ("confirmed", "not_special")
MAX_TEXT = 4000
DEFAULT_APPEAL_NOTICE = (
    "Beslutet kan överklagas hos förvaltningsrätten. Överklagandet ska ha kommit in till "
    "socialnämnden inom tre veckor från den dag då du fick del av beslutet.")


def _refuse(field: str, text: str, rule: str) -> Exception:
    return case_flow.refusal(DomainError(f"{field} {text}", field=field, rule=rule))


def _text(value: str | None, field: str, *, required: bool = True) -> str | None:
    clean = (value or "").strip()
    if not clean:
        if required:
            raise _refuse(field, "is required.", "required")
        return None
    if len(clean) > MAX_TEXT:
        raise _refuse(field, f"must be at most {MAX_TEXT} characters.", "length")
    return clean


def _content(value: str | None, field: str) -> str | None:
    """Text of several lines a receiving board is shown as written (what was applied for):
    tabs and line breaks, but no other control character and no text-direction character."""
    clean = _text(value, field, required=False)
    if clean is not None and not is_clean_text(clean):
        raise _refuse(field, "must hold no control or text-direction characters (line breaks "
                      "and tabs are kept).", "characters")
    return clean


APPLICANT_TEXT = 1000  # what a case package carries for the applicant (transfer.fields)


def _one_line(value: str | None, field: str, *, required: bool) -> str | None:
    """A name shown as one line (the authority that applied): at most ``APPLICANT_TEXT``
    characters, no control or text-direction character — what a receiving board accepts, so
    that a recorded application never stops the case's transfer later."""
    clean = _text(value, field, required=required)
    if clean is None:
        return None
    if len(clean) > APPLICANT_TEXT:
        raise _refuse(field, f"must be at most {APPLICANT_TEXT} characters.", "length")
    if not is_one_line(clean):
        raise _refuse(field, "must be one line, with no control or text-direction "
                      "characters.", "characters")
    return clean


def past_day(value: str, field: str, today: date | None) -> date:
    """The day *value* (YYYY-MM-DD), refused (exit 6) when after *today* (default: today)."""
    day = parse_day(value, field)
    assert day is not None
    if day > (today or case_flow.now_local_day()):
        raise _refuse(field, "must not be in the future.", "date_in_future")
    return day


def _open_case(conn: Connection, case_id: int) -> Case:
    return case_of(conn, case_id, open_only=True)


def record_event(session: Session, table: str, case_id: int, values: dict[str, Any],
                 action: str, **detail: Any) -> int:
    """Add a row to the case-flow *table* of *case_id* and audit it as *action* (with the record
    id and *detail*), inside the caller's transaction; returns the record id."""
    now = now_utc()
    record_id = repo_case_flow.insert(session.vault.conn, table, case_id, values,
                                      by=session.vault.actor, now=now)
    case_changed(session, case_id, now, action, {"record_id": record_id, **detail})
    return record_id


def record_application(session: Session, case_id: int, received_on: str, applicant_kind: str,
                       applicant: str | None = None, *, applied_for: str | None = None,
                       attachment_id: int | None = None, today: date | None = None) -> int:
    """The application the case starts from: when, from whom, and what was applied for — in
    words (*applied_for*, at most ``MAX_TEXT`` characters, line breaks kept) and/or the case's
    attachment that holds the written application (*attachment_id*). The newest one recorded
    is the one a transfer carries."""
    if applicant_kind not in APPLICANTS:
        raise _refuse("applicant_kind", "must be one of " + ", ".join(APPLICANTS) + ".",
                      "choice")
    day = past_day(received_on, "received_on", today)
    who = _one_line(applicant, "applicant", required=applicant_kind == "authority")
    content = _content(applied_for, "applied_for")
    vault = session.vault
    with vault.transaction() as conn:
        _open_case(conn, case_id)
        if attachment_id is not None and not repo_case_flow.attachment_on_case(
                conn, case_id, attachment_id):
            raise NotFoundError(f"There is no attachment {attachment_id} on this case.")
        return record_event(session, "case_application", case_id, {
            "received_on": day.isoformat(), "applicant_kind": applicant_kind,
            "applicant": who, "applied_for": content, "attachment_id": attachment_id},
            "application.add")


def record_decision(session: Session, case_id: int, *, subject: str, outcome: str, what: str,
                    decided_on: str, decided_by_role: str, appeal_notice: str | None = None,
                    today: date | None = None) -> int:
    """A decision: granted or refused, what, by which role, when; a refusal carries the appeal
    notice (the standard one when none is given)."""
    if subject not in SUBJECTS:
        raise _refuse("subject", "must be one of " + ", ".join(SUBJECTS) + ".", "choice")
    if outcome not in OUTCOMES:
        raise _refuse("outcome", "must be granted or refused.", "choice")
    day = past_day(decided_on, "decided_on", today)
    clean_what = _text(what, "what")
    role = _text(decided_by_role, "decided_by_role")
    notice = _text(appeal_notice, "appeal_notice", required=False)
    if outcome == "refused" and notice is None:
        notice = DEFAULT_APPEAL_NOTICE
    vault = session.vault
    with vault.transaction() as conn:
        case = _open_case(conn, case_id)
        opened = case_flow.local_day(case.opened_at)
        if opened is not None and day < opened:
            raise _refuse("decided_on", "must not be before the case was opened.", "date_order")
        return record_event(session, "case_decision", case_id, {
            "subject": subject, "outcome": outcome, "what": clean_what, "decided_on":
            day.isoformat(), "decided_by_role": role, "appeal_notice": notice},
            "decision.add", subject=subject, outcome=outcome)


@dataclass(frozen=True)
class SpecialDecided(JsonResult):
    """SAV's decision as recorded: the case's status after it, where the case is routed,
    and a warning when the decision differs from what the threat and protection need say."""

    record_id: int
    status: str
    route_to: str
    warnings: tuple[Message, ...]


def decide_special(session: Session, case_id: int, decision: str, decided_on: str,
                   justification: str, *, today: date | None = None) -> SpecialDecided:
    """SAV's decision on special-defector status, for a defector case at SAV. ``confirmed``
    decides the case at SAV; ``not_special`` makes it await its transfer back to the district
    the person belongs to."""
    if decision not in SAV_DECISIONS:
        raise _refuse("decision", "must be confirmed or not_special.", "choice")
    vault = session.vault
    if vault.unit != Unit.SAV.value:
        raise _refuse("decision", "is SAV's: only SAV decides whether a defector is a special "
                      "defector.", "sav_decides_special_defector")
    day = past_day(decided_on, "decided_on", today)
    why = _text(justification, "justification")
    assert why is not None
    with vault.transaction() as conn:
        case = _open_case(conn, case_id)
        return record_special(session, conn, case, decision, day, why)


def record_special(session: Session, conn: Connection, case: Case, decision: str, day: date,
                   justification: str) -> SpecialDecided:
    """SAV's decision on an open case, inside the caller's transaction: by SAV on its own case
    (``decide_special``), or as SAV's signed answer to a district's consultation. Refused unless
    the case is a defector case whose belonging is known and whose signed assessment finds a
    defector; the routing it gives sets the case's status."""
    if decision not in SAV_DECISIONS:
        raise _refuse("decision", "must be confirmed or not_special.", "choice")
    vault = session.vault
    if case.type is not CaseType.DEFECTOR:
        raise _refuse("decision", "applies to defector cases only.", "defector_case")
    flow = case_flow.flow_case(conn, case)
    if flow is None:
        raise _refuse("belonging", "must be known (the person's district or a signed "
                      "assessment) before SAV decides.", "district")
    current = repo_assessments.current_signed(conn, case.id)
    if current is None or current.outcome is None:
        raise _refuse("assessment", "is needed: SAV decides on a signed assessment.",
                      "criteria_before_decision")
    if not current.outcome.get("is_defector"):
        raise _refuse("decision", "needs a defector: the signed assessment finds the "
                      "person is not one.", "defector_required")
    values = {"decision": decision, "decided_on": day.isoformat(),
              "justification": justification,
              "return_to": flow.belonging.value if decision == "not_special" else None}
    routing = case_flow.sav_routing(values)
    status = case_flow.status_after_routing(conn, case, routing, day)
    now = now_utc()
    record_id = repo_case_flow.insert(conn, "special_defector_decision", case.id, values,
                                      by=vault.actor, now=now)
    if status is not case.status:
        repo_case_flow.set_status(conn, case.id, status.value, now)
    case_changed(session, case.id, now, "special_defector.decide",
                 {"record_id": record_id, "decision": decision})
    said = assessment_facts.facts(current)
    by_threat = is_special_defector(
        is_defector=True, threat_level=said.threat.level or ThreatLevel.LOW,
        protection_need=said.protection.need or ProtectionNeed.LOW)
    warnings = ((message("sav_differs_from_threat"),)
                if by_threat != (decision == "confirmed") else ())
    return SpecialDecided(record_id, status.value, routing.unit.value, warnings)


@dataclass(frozen=True)
class ApplicationRecord(JsonResult):
    """The application a case starts from: when, from whom (``individual``, ``guardian``,
    ``authority``), what was applied for (``applied_for``, the caseworker's words) and the
    attachment holding the written application (its id and name), and the sending unit's case
    number when it came with a transfer."""

    id: int
    case_id: int
    received_on: str
    applicant_kind: str
    applicant: str | None = field(repr=False)
    applied_for: str | None = field(repr=False)
    attachment_id: int | None
    source_case_number: str | None
    created_at: str
    created_by: str
    attachment_name: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class DecisionRecord(JsonResult):
    """A decision on the application, an intervention or closing; a refusal carries the
    appeal notice."""

    id: int
    case_id: int
    subject: str
    outcome: str
    what: str = field(repr=False)
    decided_on: str
    decided_by_role: str
    appeal_notice: str | None = field(repr=False)
    created_at: str
    created_by: str


@dataclass(frozen=True)
class SpecialDecisionRecord(JsonResult):
    """SAV's decision on special-defector status (``return_to``: the district a case not
    special goes back to)."""

    id: int
    case_id: int
    decision: str
    decided_on: str
    justification: str = field(repr=False)
    return_to: str | None
    created_at: str
    created_by: str


@dataclass(frozen=True)
class CaseDecisions(JsonResult):
    """What was applied for and decided on a case: its application(s), its decisions and
    SAV's decisions on special-defector status, each kind oldest first (in JSON, each kind's
    records as a list)."""

    case_application: tuple[ApplicationRecord, ...]
    case_decision: tuple[DecisionRecord, ...]
    special_defector_decision: tuple[SpecialDecisionRecord, ...]


def records(session: Session, case_id: int) -> CaseDecisions:
    """The case's application(s), decisions and SAV's decisions."""
    conn = session.vault.conn
    case_of(conn, case_id, open_only=False)

    def stored(table: str, kind: Callable[..., R]) -> tuple[R, ...]:
        return tuple(kind(**row) for row in repo_case_flow.for_case(conn, table, case_id))

    def application(**row: Any) -> ApplicationRecord:
        attachment = (None if row["attachment_id"] is None
                      else repo_attachments.get_attachment(conn, row["attachment_id"]))
        return ApplicationRecord(**row, attachment_name=None if attachment is None
                                 else attachment.name)
    return CaseDecisions(stored("case_application", application),
                         stored("case_decision", DecisionRecord),
                         stored("special_defector_decision", SpecialDecisionRecord))
