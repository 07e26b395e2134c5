"""The Police's threat assessment as a request and an answer, and what a new threat does to the
case: the current threat, whether the routing changes, and the transfer it proposes.

The signed assessment is never changed: each request, answer and update is a ``police_threat``
record of its own, audited in the same transaction (the audit row names the record, never its
content). A new threat that routes the case to another board makes the case await its transfer,
exactly as a signed assessment routing it there does.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from utvag.domain.assessment import AssessmentOutcome
from utvag.domain.case_records import Case, CaseStatus, CaseType
from utvag.domain.errors import DomainError
from utvag.domain.follow_up_records import FollowUpOutcome
from utvag.domain.messages import Message
from utvag.domain.rules import current_threat, reroute_on_threat, transfer_target
from utvag.domain.threat import ThreatAssessment, ThreatLevel, ThreatNature
from utvag.domain.threat_requests import PoliceThreatRecord, ThreatSource
from utvag.domain.units import Unit
from utvag.errors import NotFoundError, RefusedError
from utvag.services import assessment_facts, case_flow, followup, inputs
from utvag.services.case_ref import case_changed, case_of
from utvag.services.followup_records import ThreatRecord
from utvag.services.inputs import from_domain
from utvag.services.results import JsonResult
from utvag.services.session import Session
from utvag.vault import repo_assessments, repo_case_flow, repo_followup
from utvag.vault.audit import now_utc
from utvag.vault.database import Connection

TABLE = "police_threat"
ANSWER_FIELDS = {"level", "nature", "assessed_on", "reference", "review_on", "received_on"}
_CHANGING = {FollowUpOutcome.THREAT_RAISED: ThreatLevel.HIGH,
             FollowUpOutcome.THREAT_LOWERED: ThreatLevel.LOW}


@dataclass(frozen=True)
class ThreatUpdate(JsonResult):
    """What a recorded threat did: the level before and now, the routing before, and, with a
    signed assessment to route from, the routing under the new threat (``route_to``), whether
    it changes, the board to transfer to and why (``messages``)."""

    level_before: str | None
    level: str | None
    level_changed: bool
    routing_before: str | None
    route_to: str | None = None
    routing_changes: bool = False
    transfer_to: str | None = None
    messages: tuple[Message, ...] = ()


@dataclass(frozen=True)
class ThreatRecorded(JsonResult):
    """A threat from the Police recorded on a case (``record_id``; for a Police follow-up,
    the follow-up's, with the threat's own ``threat_record_id``), what it did (``update``) and
    the case's status when the new routing changed it."""

    record_id: int
    threat_record_id: int | None
    case_id: int
    update: ThreatUpdate
    status: str | None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"record_id": self.record_id}
        if self.threat_record_id is not None:
            out["threat_record_id"] = self.threat_record_id
        out.update(case_id=self.case_id, update=self.update.to_json())
        if self.status is not None:
            out["status"] = self.status
        return out


@dataclass(frozen=True)
class CurrentThreat(JsonResult):
    """The threat in force (days as ISO dates)."""

    level: str
    nature: str
    assessed_on: str
    reference: str = field(repr=False)
    review_on: str | None


@dataclass(frozen=True)
class ProposedTransfer(JsonResult):
    """The board the current threat routes the case to, and why."""

    to_unit: str
    messages: tuple[Message, ...]


@dataclass(frozen=True)
class ThreatStatus(JsonResult):
    """A case's current threat, where it routes the case, the transfer it proposes, and the
    requests and answers (awaited requests first, then newest first)."""

    case_id: int
    current: CurrentThreat | None
    route_to: str | None
    transfer_proposal: ProposedTransfer | None
    records: tuple[ThreatRecord, ...]


def _case(conn: Connection, case_id: int, *, open_only: bool = True) -> Case:
    return case_of(conn, case_id, open_only=open_only)


def _answer(spec: dict[str, Any], *, default_day: date | None = None
            ) -> tuple[ThreatAssessment, date]:
    """The Police's assessment and the day it was received, from the input's answer fields."""
    received = inputs.parse_day(spec.get("received_on"), "received_on", required=False)
    received = received or default_day or date.today()
    assessed = inputs.parse_day(spec.get("assessed_on"), "assessed_on", required=False)
    try:
        threat = ThreatAssessment(
            inputs.choice(ThreatLevel, spec.get("level"), "level"),
            inputs.choice(ThreatNature, spec.get("nature"), "nature"),
            assessed or received, spec.get("reference"),  # type: ignore[arg-type]
            inputs.parse_day(spec.get("review_on"), "review_on", required=False))
    except DomainError as exc:
        raise from_domain(exc) from None
    return threat, received


def _values(record: PoliceThreatRecord) -> dict[str, Any]:
    answer = record.answer
    return {
        "source": record.source.value,
        "requested_on": record.requested_on.isoformat() if record.requested_on else None,
        "requested_from": record.requested_from,
        "level": answer.level.value if answer else None,
        "nature": answer.nature.value if answer else None,
        "assessed_on": answer.assessed_on.isoformat() if answer else None,
        "reference": answer.reference if answer else None,
        "review_on": answer.review_on.isoformat() if answer and answer.review_on else None,
        "received_on": record.received_on.isoformat() if record.received_on else None,
        "followup_id": record.followup_id,
    }


def request(session: Session, case_id: int, data: object) -> int:
    """The board asked the Police for a threat assessment: when and from whom (police region
    or contact). It is awaited — a due item — until the answer is recorded."""
    spec = inputs.known(data, {"requested_on", "requested_from"})
    record = inputs.domain(lambda: PoliceThreatRecord(
        ThreatSource.REQUEST, inputs.parse_day(spec.get("requested_on"), "requested_on"),
        spec.get("requested_from")))
    vault = session.vault
    with vault.transaction() as conn:
        _case(conn, case_id)
        now = now_utc()
        record_id = repo_followup.insert(conn, TABLE, case_id, _values(record), by=vault.actor,
                                         now=now)
        case_changed(session, case_id, now, "police_threat.request", {"record_id": record_id})
    return record_id


def receive(session: Session, record_id: int, data: object) -> ThreatRecorded:
    """The Police's answer to a request: level, concrete or latent, their date and reference,
    the next review, and the day it arrived. Returns what it does to the case (``update``)."""
    spec = inputs.known(data, ANSWER_FIELDS)
    vault = session.vault
    with vault.transaction() as conn:
        row = repo_followup.get(conn, TABLE, record_id)
        if row is None or row["source"] != ThreatSource.REQUEST.value:
            raise NotFoundError(f"There is no threat-assessment request {record_id}.")
        if row["level"] is not None:
            raise RefusedError(f"The answer to request {record_id} is already recorded; a new "
                               "assessment from the Police is recorded as a new one.")
        case = _case(conn, int(row["case_id"]))
        threat, received = _answer(spec)
        try:
            record = PoliceThreatRecord(
                ThreatSource.REQUEST, date.fromisoformat(row["requested_on"]),
                row["requested_from"], threat, received)
        except DomainError as exc:
            raise from_domain(exc) from None
        before = _before(conn, case)
        now = now_utc()
        values = {k: v for k, v in _values(record).items()
                  if k in ANSWER_FIELDS}
        repo_followup.update(conn, TABLE, record_id, {**values, "answered_at": now})
        case_changed(session, case.id, now, "police_threat.receive", {"record_id": record_id})
        return _after(session, case, before, now, record_id)


def record(session: Session, case_id: int, data: object) -> ThreatRecorded:
    """A threat assessment the Police gave without a request (a new one during the case)."""
    spec = inputs.known(data, ANSWER_FIELDS)
    threat, received = _answer(spec)
    try:
        entry = PoliceThreatRecord(ThreatSource.POLICE_INITIATIVE, answer=threat,
                                   received_on=received)
    except DomainError as exc:
        raise from_domain(exc) from None
    vault = session.vault
    with vault.transaction() as conn:
        case = _case(conn, case_id)
        before = _before(conn, case)
        now = now_utc()
        new_id = repo_followup.insert(conn, TABLE, case_id, {**_values(entry),
                                                             "answered_at": now},
                                      by=vault.actor, now=now)
        case_changed(session, case_id, now, "police_threat.add", {"record_id": new_id})
        return _after(session, case, before, now, new_id)


def police_followup(session: Session, case_id: int, data: object) -> int | ThreatRecorded:
    """A follow-up with the Police (its record id); when it raised or lowered the threat, the
    new threat is recorded with it (level from the outcome unless given, the Police's reference
    and whether it is concrete or latent required) and routes the case without a new
    assessment."""
    spec = inputs.known(data, {"held_on", "phase", "outcome", "threat_level",
                                  "threat_nature", "threat_reference", "threat_review_on"})
    threat_keys = ("threat_level", "threat_nature", "threat_reference", "threat_review_on")
    base = {k: spec.get(k) for k in ("held_on", "phase", "outcome")}
    outcome = inputs.choice(FollowUpOutcome, spec.get("outcome"), "outcome")
    changes = outcome in _CHANGING
    if not changes:
        given = [k for k in threat_keys if spec.get(k) not in (None, "")]
        if given:
            raise inputs.invalid(given[0], "goes with the outcome threat_raised or "
                                    "threat_lowered", "not_applicable")
        return followup.add_police_followup(session, case_id, base)
    held = inputs.parse_day(spec.get("held_on"), "held_on")
    for key in ("threat_nature", "threat_reference"):
        if spec.get(key) in (None, ""):
            raise inputs.invalid(key, "is required when the follow-up changed the threat",
                                    "required")
    threat, _ = _answer({"level": spec.get("threat_level") or _CHANGING[outcome].value,
                         "nature": spec.get("threat_nature"),
                         "reference": spec.get("threat_reference"),
                         "review_on": spec.get("threat_review_on"),
                         "assessed_on": spec.get("held_on")}, default_day=held)
    vault = session.vault
    with vault.transaction() as conn:
        case = _case(conn, case_id, open_only=False)  # after-care follow-ups come after closing
        before = _before(conn, case)
        followup_id = followup.add_police_followup(session, case_id, base)
        try:
            entry = PoliceThreatRecord(ThreatSource.POLICE_FOLLOWUP, answer=threat,
                                       received_on=held, followup_id=followup_id)
        except DomainError as exc:
            raise from_domain(exc) from None
        now = now_utc()
        new_id = repo_followup.insert(conn, TABLE, case_id, {**_values(entry),
                                                             "answered_at": now},
                                      by=vault.actor, now=now)
        case_changed(session, case_id, now, "police_threat.add",
                     {"record_id": new_id, "followup_id": followup_id})
        return _after(session, case, before, now, followup_id, new_id)


def _before(conn: Connection, case: Case) -> tuple[ThreatAssessment | None, Any]:
    return _current(conn, case.id), case_flow.routing_of(conn, case)


def _current(conn: Connection, case_id: int) -> ThreatAssessment | None:
    signed = repo_assessments.current_signed(conn, case_id)
    return current_threat(assessment_facts.facts(signed).threat.assessment,
                          [t for _, t in case_flow.received_threats(conn, case_id)])


def _after(session: Session, case: Case, before: tuple[ThreatAssessment | None, Any],
           now: str, record_id: int, threat_record_id: int | None = None) -> ThreatRecorded:
    """What the recorded threat did: the current threat, the routing before and after, and the
    transfer proposed; a routing to another board makes the open case await its transfer."""
    conn = session.vault.conn
    previous, routing_before = before
    current = _current(conn, case.id)
    update = _update(conn, case, previous, routing_before, current)
    status = None
    routing = case_flow.routing_of(conn, case)
    if (routing is not None and case.type is CaseType.DEFECTOR and routing_before is not None
            and routing.unit is not routing_before.unit
            and case.status not in (CaseStatus.CLOSED, CaseStatus.TRANSFERRED)):
        after = case_flow.status_after_routing(
            conn, case, routing, case_flow.local_day(now) or case_flow.now_local_day())
        if after is not case.status:
            repo_case_flow.set_status(conn, case.id, after.value, now)
            session.vault.audit("case.status", case.id, {"status": after.value})
        status = after.value
    return ThreatRecorded(record_id, threat_record_id, case.id, update, status)


def _update(conn: Connection, case: Case, previous: ThreatAssessment | None,
            routing_before: Any, current: ThreatAssessment | None) -> ThreatUpdate:
    """The current threat and, with a signed assessment to route from, the routing under it."""
    shown = ThreatUpdate(
        level_before=previous.level.value if previous else None,
        level=current.level.value if current else None,
        level_changed=(previous is None) != (current is None) or (
            previous is not None and current is not None and previous.level != current.level),
        routing_before=routing_before.unit.value if routing_before else None)
    signed = repo_assessments.current_signed(conn, case.id)
    if current is None or signed is None or signed.outcome is None:
        return shown
    basis = case_flow.routing_basis(assessment_facts.facts(signed),
                                    AssessmentOutcome.from_dict(signed.outcome))
    if basis is None:
        return shown
    try:
        handling = Unit(case.owning_unit)
    except ValueError:
        return shown
    rerouting = reroute_on_threat(basis, handling, routing_before, previous, current)
    return replace(shown, route_to=rerouting.routing.unit.value,
                   routing_changes=rerouting.changes_routing,
                   transfer_to=rerouting.transfer_to.value if rerouting.transfer_to else None,
                   messages=tuple(rerouting.reasons))


def status(session: Session, case_id: int) -> ThreatStatus:
    """The case's current threat, its requests to the Police (awaited ones first) and, when the
    current threat routes the case to another board than the one handling it, the proposed
    transfer (for the case view's banner and ``utvag threat show``)."""
    conn = session.vault.conn
    case = _case(conn, case_id, open_only=False)
    rows = repo_followup.for_cases(conn, TABLE, [case_id])
    current = _current(conn, case_id)
    routing = case_flow.routing_of(conn, case)
    proposal = None
    open_case = case.status not in (CaseStatus.CLOSED, CaseStatus.TRANSFERRED)
    if routing is not None and open_case and case.type is CaseType.DEFECTOR:
        try:
            target = transfer_target(Unit(case.owning_unit), routing)
        except ValueError:
            target = None
        update = case_flow.threat_rerouting(conn, case)
        # only when the routing in force is the one the new threat gives (SAV's later decision
        # has the last word)
        if target is not None and update is not None and update[1].routing.unit is routing.unit:
            proposal = ProposedTransfer(target.value, tuple(update[1].reasons))
    return ThreatStatus(
        case_id,
        None if current is None else CurrentThreat(
            current.level.value, current.nature.value, current.assessed_on.isoformat(),
            current.reference, current.review_on.isoformat() if current.review_on else None),
        routing.unit.value if routing else None, proposal,
        tuple(ThreatRecord(**r) for r in sorted(
            rows, key=lambda r: (r["level"] is not None, -int(r["id"])))))
