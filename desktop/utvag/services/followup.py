"""Recording what a case's follow-up is computed from: interventions, relatives, Police
follow-ups, concern reports about a child and state-funding applications.

Each change writes an audit row naming only the record (never its content). The domain's
dataclasses validate the input before anything is stored.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any, TypeVar

from utvag.domain.case_records import ProtectedIdentity
from utvag.domain.case_status import ClosureReason
from utvag.domain.checkpoints import FundingDecision
from utvag.domain.errors import DomainError
from utvag.domain.follow_up_records import (
    ConcernReport,
    FollowUpOutcome,
    FollowUpPhase,
    FundingApplication,
    InterventionType,
    PoliceFollowUp,
)
from utvag.domain.identity import masked_name
from utvag.domain.interventions import Intervention, InterventionUrgency
from utvag.domain.relatives import Relation, Relative
from utvag.domain.units import Unit
from utvag.errors import NotFoundError, RefusedError
from utvag.services import case_flow
from utvag.services.case_ref import case_changed, case_of
from utvag.services.case_ref import require_case as _case
from utvag.services.cases import validate_new_case
from utvag.services.followup_records import (
    ConcernReportRecord,
    CustodyRecord,
    FollowUpRecords,
    InterventionRecord,
    PoliceFollowUpRecord,
    RelativeRecord,
    StateFundingRecord,
    ThreatRecord,
)
from utvag.services.inputs import choice as _choice
from utvag.services.inputs import from_domain
from utvag.services.inputs import invalid as _invalid
from utvag.services.inputs import iso as _iso
from utvag.services.inputs import known as _known
from utvag.services.inputs import parse_day as parse_day
from utvag.services.inputs import parse_instant as parse_instant
from utvag.services.results import JsonResult
from utvag.services.session import Session
from utvag.vault import repo_case_flow, repo_cases, repo_followup
from utvag.vault.audit import now_utc

R = TypeVar("R")


def add_record(session: Session, table: str, case_id: int, values: dict[str, Any]) -> int:
    """Add a follow-up record of ``table`` to an open case, touching the case and auditing it."""
    vault = session.vault
    with vault.transaction() as conn:
        _case(session, case_id, open_only=True)
        now = now_utc()
        record_id = repo_followup.insert(conn, table, case_id, values, by=vault.actor, now=now)
        case_changed(session, case_id, now, f"{table}.add", {"record_id": record_id})
    return record_id


def _record(session: Session, table: str, record_id: int) -> dict[str, Any]:
    row = repo_followup.get(session.vault.conn, table, record_id)
    if row is None:
        raise NotFoundError(f"There is no {table.replace('_', ' ')} record {record_id}.")
    return row


def change_record(session: Session, table: str, record_id: int, values: dict[str, Any]) -> None:
    """Change the named columns of a follow-up record, touching its case and auditing it."""
    vault = session.vault
    with vault.transaction() as conn:
        row = _record(session, table, record_id)
        _case(session, int(row["case_id"]), open_only=False)
        repo_followup.update(conn, table, record_id, values)
        case_changed(session, int(row["case_id"]), now_utc(), f"{table}.update",
                     {"record_id": record_id, "fields": sorted(values)})


def add_intervention(session: Session, case_id: int, data: object) -> int:
    spec = _known(data, {"type", "urgency", "decided_on", "starts_on", "ends_on"})
    kind = _choice(InterventionType, spec.get("type"), "type")
    try:
        intervention = Intervention(
            kind.value, _choice(InterventionUrgency, spec.get("urgency"), "urgency"),
            parse_day(spec.get("decided_on"), "decided_on"),
            parse_day(spec.get("starts_on"), "starts_on", required=False),
            parse_day(spec.get("ends_on"), "ends_on", required=False))
    except DomainError as exc:
        raise from_domain(exc) from None
    vault = session.vault
    with vault.transaction() as conn:
        case = case_of(conn, case_id, open_only=False)  # add_record refuses a closed case
        status = case_flow.check_intervention(conn, case, intervention)
        record_id = add_record(session, "intervention", case_id, {
            "intervention_type": intervention.intervention_type,
            "urgency": intervention.urgency.value, "decided_on": _iso(intervention.decided_on),
            "starts_on": _iso(intervention.starts_on), "ends_on": _iso(intervention.ends_on)})
        if status is not case.status:
            repo_case_flow.set_status(conn, case_id, status.value, now_utc())
            vault.audit("case.status", case_id, {"status": status.value})
    return record_id


def link_relative(session: Session, case_id: int, data: object) -> int:
    """Link a relative: ``person_id``, ``case_id`` of the relative's own case, or ``person``
    (a new person, the fields of ``case new``), created with the link in one transaction."""
    spec = _known(data, {"person_id", "case_id", "person", "relation", "linked_on",
                         "informed_about_support_on", "responsible_unit", "contact_path"})
    if spec.get("person") is not None:
        return _link_new_person(session, case_id, spec)
    conn = session.vault.conn
    person_id = spec.get("person_id")
    if spec.get("case_id") is not None:
        person_id = case_of(conn, int(spec["case_id"]), open_only=False).person.id
    if not isinstance(person_id, int) or not repo_cases.person_exists(conn, person_id):
        raise _invalid("person_id", "must name a person in the vault (or give case_id)",
                       "required")
    unit = spec.get("responsible_unit")
    try:
        relative = Relative(
            str(person_id), _choice(Relation, spec.get("relation"), "relation"),
            parse_day(spec.get("informed_about_support_on"), "informed_about_support_on",
                      required=False),
            None if unit is None else _choice(Unit, unit, "responsible_unit"),
            spec.get("contact_path"))
    except DomainError as exc:
        raise from_domain(exc) from None
    linked = parse_day(spec.get("linked_on"), "linked_on", required=False) or date.today()
    return add_record(session, "relative_link", case_id, {
        "person_id": person_id, "relation": relative.relation.value, "linked_on": _iso(linked),
        "informed_about_support_on": _iso(relative.informed_about_support_on),
        "responsible_unit": None if relative.responsible_unit is None
        else relative.responsible_unit.value,
        "contact_path": relative.contact_path})


def end_intervention(session: Session, record_id: int, ends_on: str) -> int:
    """End a decided intervention on ``ends_on`` (its new end date), on an open case. The
    intervention's own rules apply: it cannot end before it starts or was decided."""
    row = _record(session, "intervention", record_id)
    _case(session, int(row["case_id"]), open_only=True)
    day = parse_day(ends_on, "ends_on")
    try:
        decided = date.fromisoformat(row["decided_on"])
        Intervention(row["intervention_type"], InterventionUrgency(row["urgency"]), decided,
                     date.fromisoformat(row["starts_on"]) if row["starts_on"] else decided, day)
    except DomainError as exc:
        raise from_domain(exc) from None
    change_record(session, "intervention", record_id, {"ends_on": _iso(day)})
    return record_id


def _link_new_person(session: Session, case_id: int, spec: dict[str, Any]) -> int:
    if spec.get("person_id") is not None or spec.get("case_id") is not None:
        raise _invalid("person", "give either a new person, person_id or case_id")
    person = validate_new_case({"type": "relative", "person": spec["person"]}).person
    vault = session.vault
    with vault.transaction() as conn:
        _case(session, case_id, open_only=True)
        person_id = repo_cases.insert_person(conn, now=now_utc(), **person)
        return link_relative(session, case_id, {**{k: v for k, v in spec.items()
                                                   if k != "person"}, "person_id": person_id})


@dataclass(frozen=True)
class RelativeLink(RelativeRecord):
    """A relative linked to a case: ``name`` as it may be shown (masked for a protected
    identity) and ``own_case_number``, the relative's own case if any. Days are ISO dates."""

    name: str = field(repr=False)
    own_case_number: str | None


def relatives(session: Session, case_id: int) -> list[RelativeLink]:
    """The case's linked relatives with the name to show (masked for a protected identity) and
    the case number of the relative's own case, if any."""
    _case(session, case_id, open_only=False)
    rows = repo_followup.relatives_of(session.vault.conn, case_id)
    for row in rows:
        row["name"] = masked_name(row["name"], ProtectedIdentity(row.pop("protected_identity")))
    return [RelativeLink(**row) for row in rows]


def relative_informed(session: Session, record_id: int, on: str) -> int:
    change_record(session, "relative_link", record_id,
            {"informed_about_support_on": _iso(parse_day(on, "informed_about_support_on"))})
    return record_id


def relative_contact(session: Session, record_id: int, contact_path: str,
                     responsible_unit: str | None = None) -> int:
    """The communication path set up to the unit responsible for the relative (and that unit,
    a district board, when it is one of the city's).

    Guideline, "Ärendeprocess › Utredning av ett avhopparärende": «Handläggande socialtjänst i
    avhoppärendet ansvarar för att informera om stöd och hjälp som finns att få och upprätta
    kommunikationsväg till ansvarig verksamhet för de anhöriga.»"""
    path = contact_path.strip() if isinstance(contact_path, str) else ""
    if not path:
        raise _invalid("contact_path", "must describe the path to the responsible unit",
                       "required")
    unit = None
    if responsible_unit:
        unit = _choice(Unit, responsible_unit, "responsible_unit")
        if not unit.is_district:
            raise _invalid("responsible_unit", "must be a district board (SAV handles no "
                           "relatives' cases)", "district")
    try:
        Relative("0", Relation.OTHER_CLOSE, None, unit, path)
    except DomainError as exc:
        raise from_domain(exc) from None
    values: dict[str, Any] = {"contact_path": path}
    if unit is not None:
        values["responsible_unit"] = unit.value
    change_record(session, "relative_link", record_id, values)
    return record_id


def add_police_followup(session: Session, case_id: int, data: object) -> int:
    spec = _known(data, {"held_on", "phase", "outcome"})
    followup = PoliceFollowUp(
        parse_day(spec.get("held_on"), "held_on"),
        _choice(FollowUpPhase, spec.get("phase"), "phase"),
        _choice(FollowUpOutcome, spec.get("outcome"), "outcome"))
    vault = session.vault
    with vault.transaction() as conn:
        _case(session, case_id, open_only=False)  # after-care follow-ups come after closing
        now = now_utc()
        record_id = repo_followup.insert(conn, "police_followup", case_id, {
            "held_on": _iso(followup.held_on), "phase": followup.phase.value,
            "outcome": followup.outcome.value}, by=vault.actor, now=now)
        vault.audit("police_followup.add", case_id, {"record_id": record_id})
    return record_id


def add_concern_report(session: Session, case_id: int, data: object) -> int:
    """A concern report about the case's person (or a child linked to the case as a relative):
    ``received_at``, optionally ``reporter_type``, ``feedback_requested`` and ``person_id``, and
    the two assessment times. The whole record is kept by :mod:`utvag.services.concern`."""
    from utvag.services import concern

    spec = _known(data, {"received_at", "protection_assessed_at", "preliminary_assessed_at",
                         "reporter_type", "feedback_requested", "person_id"})
    try:
        report = ConcernReport(
            parse_instant(spec.get("received_at"), "received_at"),
            parse_instant(spec.get("protection_assessed_at"), "protection_assessed_at",
                          required=False),
            parse_instant(spec.get("preliminary_assessed_at"), "preliminary_assessed_at",
                          required=False))
    except DomainError as exc:
        raise from_domain(exc) from None
    vault = session.vault
    with vault.transaction():
        _case(session, case_id, open_only=True)
        fields: dict[str, Any] = {"case_id": case_id, "received_at": spec.get("received_at")}
        fields.update({k: spec[k] for k in ("reporter_type", "feedback_requested", "person_id")
                       if k in spec})
        record_id = concern.new_report(session, fields)
        for column, done in (("protection_assessed_at", report.protection_assessed_at),
                             ("preliminary_assessed_at", report.preliminary_assessed_at)):
            if done is not None:
                concern.set_step_time(session, record_id, column, done)
    return record_id


CONCERN_STEPS = {"protection": "protection_assessed_at",
                 "preliminary": "preliminary_assessed_at"}


def concern_step_done(session: Session, record_id: int, step: str, at: str) -> int:
    from utvag.services import concern

    column = CONCERN_STEPS.get(step)
    if column is None:
        raise _invalid("step", "must be protection or preliminary")
    done = parse_instant(at, column)
    received = datetime.fromisoformat(_record(session, "concern_report", record_id)
                                      ["received_at"])
    if done is not None and done < received:
        raise _invalid(column, "must not be before the report was received", "date_order")
    assert done is not None
    concern.set_step_time(session, record_id, column, done)
    return record_id


def apply_state_funding(session: Session, case_id: int, applied_on: str) -> int:
    application = FundingApplication(parse_day(applied_on, "applied_on"))
    return add_record(session, "state_funding", case_id, {
        "applied_on": _iso(application.applied_on), "police_decision": "pending"})


def state_funding_decided(session: Session, record_id: int, decision: str,
                          decided_on: str) -> int:
    row = _record(session, "state_funding", record_id)
    try:
        decided = FundingApplication(
            date.fromisoformat(row["applied_on"]),
            _choice(FundingDecision, decision, "police_decision"),
            parse_day(decided_on, "decided_on"))
    except DomainError as exc:
        raise from_domain(exc) from None
    change_record(session, "state_funding", record_id, {
        "police_decision": decided.police_decision.value,
        "decided_on": _iso(decided.decided_on)})
    return record_id


def records(session: Session, case_id: int) -> FollowUpRecords:
    """Every follow-up record of the case, by kind (for display after an audited read)."""
    conn = session.vault.conn

    def stored(table: str, kind: Callable[..., R]) -> tuple[R, ...]:
        return tuple(kind(**row) for row in repo_followup.for_cases(conn, table, [case_id]))
    return FollowUpRecords(
        stored("intervention", InterventionRecord), stored("relative_link", RelativeRecord),
        stored("police_followup", PoliceFollowUpRecord),
        stored("concern_report", ConcernReportRecord),
        stored("state_funding", StateFundingRecord),
        stored("police_threat", ThreatRecord), stored("custody_period", CustodyRecord))


def closing_instant(day: date, now: datetime | None = None) -> datetime:
    """When a case closed on ``day`` (a local calendar day) is stored as closed: the end of that
    day in local time, or now when the day is today."""
    now = (now or datetime.now(UTC)).astimezone()
    if day > now.date():
        raise _invalid("closed_on", "must not be in the future", "date_in_future")
    if day == now.date():
        return now.astimezone(UTC)
    end = datetime.combine(day, time(23, 59, 59)).astimezone()
    return end.astimezone(UTC)


@dataclass(frozen=True)
class CaseClosed(JsonResult):
    """A case that was closed."""

    case_id: int
    closed: bool = True


def close_case(session: Session, case_id: int, reason: str, closed_on: str | None = None
               ) -> CaseClosed:
    """Close an open case with one of the guideline's closing reasons (a transfer closes a
    case through the transfer itself). A date-only closing is stored at the end of that local
    day (now, for today), never before the case was opened."""
    why = _choice(ClosureReason, reason, "reason")
    if why is ClosureReason.HANDLING_TRANSFERRED:
        raise RefusedError("A case is closed as transferred by sending its transfer package.")
    day = parse_day(closed_on, "closed_on", required=False)
    vault = session.vault
    with vault.transaction() as conn:
        case = case_of(conn, case_id, open_only=True)
        closed = datetime.now(UTC) if day is None else closing_instant(day)
        case_flow.check_close(conn, case, why, closed.astimezone().date())
        if closed < datetime.fromisoformat(case.opened_at):
            raise _invalid("closed_on", "must not be before the case was opened", "date_order")
        now = now_utc()
        repo_case_flow.close(conn, case_id, closed.isoformat(timespec="microseconds"), why.value,
                             now)
        vault.audit("case.close", case_id, {"reason": why.value})
    return CaseClosed(case_id)
