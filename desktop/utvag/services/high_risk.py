"""High-risk cases and staff safety: the high-risk flag, incidents against staff and the Police
report draft, risk assessments before a risky meeting, rotation and conflicts of interest, and
the warnings shown to whoever opens a case.

Each change writes an audit row in the same transaction, naming only record ids and codes, never
the free text (descriptions, comments, reasons). The domain's dataclasses validate the input
before anything is stored.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from utvag.domain.errors import DomainError
from utvag.domain.high_risk import (
    ConflictKind,
    ConflictOfInterest,
    Ground,
    HighRiskFlag,
    Reassignment,
    StaffIncident,
    Support,
)
from utvag.errors import NotFoundError, RefusedError
from utvag.services import high_risk_records as records
from utvag.services.case_ref import case_changed, case_of, require_case
from utvag.services.inputs import (
    choice,
    choices,
    domain,
    invalid,
    iso,
    known,
    parse_day,
    parse_instant,
    raw_text,
    record_ids,
    text,
)
from utvag.services.police_draft import render_police_draft
from utvag.services.risk_meetings import risk_assessments
from utvag.services.session import Session
from utvag.vault import repo_attachments, repo_high_risk
from utvag.vault.audit import now_utc


def _record(session: Session, table: str, record_id: int, what: str) -> dict[str, Any]:
    row = repo_high_risk.get(session.vault.conn, table, record_id)
    if row is None:
        raise NotFoundError(f"There is no {what} {record_id}.")
    return row


# -- the high-risk flag -----------------------------------------------------------------------


def flag_case(session: Session, case_id: int, data: object) -> int:
    """Flag the case high-risk: ``grounds`` (list), ``network_linked``, ``description``."""
    spec = known(data, {"grounds", "network_linked", "description"})
    flag = domain(lambda: HighRiskFlag(
        choices(Ground, spec.get("grounds"), "grounds"),
        bool(spec.get("network_linked", False)), text(spec.get("description"), "description")))
    vault = session.vault
    with vault.transaction() as conn:
        require_case(session, case_id, open_only=True)
        if repo_high_risk.current_flag(conn, case_id) is not None:
            raise RefusedError("The case is already flagged high-risk; clear the flag first.")
        now = now_utc()
        flag_id = repo_high_risk.insert(conn, "high_risk_flag", case_id, {
            "grounds": json.dumps([g.value for g in flag.grounds]),
            "network_linked": int(flag.network_linked), "description": flag.description,
            "flagged_at": now, "flagged_by": vault.actor})
        case_changed(session, case_id, now, "high_risk.flag", {"record_id": flag_id})
    return flag_id


def clear_flag(session: Session, case_id: int, reason: str) -> int:
    """Clear the case's current flag; the flag stays in the history with the reason."""
    why = domain(lambda: _required_reason(reason))
    vault = session.vault
    with vault.transaction() as conn:
        require_case(session, case_id, open_only=False)
        current = repo_high_risk.current_flag(conn, case_id)
        if current is None:
            raise RefusedError("The case has no current high-risk flag.")
        now = now_utc()
        repo_high_risk.clear_flag(conn, int(current["id"]), by=vault.actor, now=now, reason=why)
        case_changed(session, case_id, now, "high_risk.clear", {"record_id": int(current["id"])})
    return int(current["id"])


def _required_reason(reason: object) -> str:
    if not isinstance(reason, str) or not reason.strip():
        raise DomainError("reason must not be empty.", field="reason", rule="required")
    return reason.strip()


def flag_history(session: Session, case_id: int) -> list[records.FlagRecord]:
    require_case(session, case_id, open_only=False)
    return [records.FlagRecord.from_row(r) for r in
            repo_high_risk.for_case(session.vault.conn, "high_risk_flag", case_id)]


def high_risk_case_ids(session: Session, case_ids: Iterable[int]) -> set[int]:
    """The high-risk cases among ``case_ids``: of type high_risk or with an uncleared flag."""
    return repo_high_risk.high_risk_ids(session.vault.conn, sorted(set(case_ids)))


# -- incidents against staff ------------------------------------------------------------------

INCIDENT_FIELDS = {"occurred_at", "kind", "staff", "description", "witnesses", "attachment_ids",
                   "police_reported_on", "police_report_number", "follow_up", "support_offered"}


def parse_incident(spec: dict[str, Any], *, with_attachments: bool = True) -> StaffIncident:
    """The incident described by ``spec`` (the fields of :data:`INCIDENT_FIELDS`), checked."""
    occurred = parse_instant(spec.get("occurred_at"), "occurred_at")
    attachments = record_ids(spec.get("attachment_ids"), "attachment_ids")
    if attachments and not with_attachments:
        raise invalid("attachment_ids", "belong to a case: record the incident in the case")
    return domain(lambda: StaffIncident(
        occurred.astimezone(), choice(Ground, spec.get("kind"), "kind"),
        raw_text(spec.get("staff")), raw_text(spec.get("description")),
        text(spec.get("witnesses"), "witnesses"),
        parse_day(spec.get("police_reported_on"), "police_reported_on", required=False),
        text(spec.get("police_report_number"), "police_report_number"),
        text(spec.get("follow_up"), "follow_up"),
        choices(Support, spec.get("support_offered"), "support_offered"), attachments))


def incident_values(incident: StaffIncident) -> dict[str, Any]:
    """The stored columns of an incident, in a case or at the unit."""
    return {"occurred_at": iso(incident.occurred_at), "kind": incident.kind.value,
            "staff": incident.staff.strip(), "description": incident.description.strip(),
            "witnesses": incident.witnesses, "police_reported_on": iso(incident.police_reported_on),
            "police_report_number": incident.police_report_number,
            "follow_up": incident.follow_up,
            "support_offered": json.dumps([s.value for s in incident.support_offered])}


def add_incident(session: Session, case_id: int, data: object) -> int:
    incident = parse_incident(known(data, INCIDENT_FIELDS))
    vault = session.vault
    with vault.transaction() as conn:
        require_case(session, case_id, open_only=False)  # threats do not stop when a case closes
        for attachment_id in incident.attachment_ids:
            attachment = repo_attachments.get_attachment(conn, attachment_id)
            if attachment is None or attachment.case_id != case_id:
                raise invalid("attachment_ids", "must name attachments of this case")
        now = now_utc()
        record_id = repo_high_risk.insert(conn, "staff_incident", case_id, {
            **incident_values(incident), "attachment_ids": json.dumps(incident.attachment_ids),
            "created_at": now, "created_by": vault.actor})
        case_changed(session, case_id, now, "staff_incident.add", {"record_id": record_id})
    return record_id


def incidents(session: Session, case_id: int) -> list[records.IncidentRecord]:
    """The case's incidents against staff (staff safety data: the read is audited)."""
    vault = session.vault
    with vault.transaction() as conn:
        require_case(session, case_id, open_only=False)
        rows = repo_high_risk.for_case(conn, "staff_incident", case_id)
        vault.audit("staff_incident.read", case_id, {"records": len(rows)})
    return [records.IncidentRecord.from_row(r) for r in rows]


def police_report_draft(session: Session, incident_id: int) -> str:
    """A plain-text draft of a Police report of the incident, following the City's routine
    for reporting threats and violence at work. Nothing is written to disk."""
    vault = session.vault
    with vault.transaction() as conn:
        row = _record(session, "staff_incident", incident_id, "incident")
        case = case_of(conn, int(row["case_id"]), open_only=False)
        vault.audit("incident.police_draft", case.id, {"record_id": incident_id})
    return render_police_draft(records.IncidentRecord.from_row(row), case.case_number, vault.unit)


# -- rotation and conflicts of interest -------------------------------------------------------


def reassign(session: Session, case_id: int, to_caseworker: str, reason: str) -> int:
    """Give the case to another caseworker, keeping the history with the reason."""
    vault = session.vault
    with vault.transaction() as conn:
        current = case_of(conn, case_id, open_only=True).caseworker
        change = domain(lambda: Reassignment(
            current, to_caseworker, reason))
        now = now_utc()
        record_id = repo_high_risk.reassign(
            conn, case_id, from_caseworker=current, to_caseworker=change.to_caseworker.strip(),
            reason=change.reason.strip(), by=vault.actor, now=now)
        vault.audit("case.reassign", case_id, {"record_id": record_id})
    return record_id


def assignment_history(session: Session, case_id: int) -> list[records.AssignmentRecord]:
    require_case(session, case_id, open_only=False)
    return [records.AssignmentRecord.from_row(r) for r in
            repo_high_risk.for_case(session.vault.conn, "case_assignment", case_id)]


def add_conflict(session: Session, case_id: int, data: object) -> int:
    """A conflict of interest: ``kind``, ``caseworker`` (default: the case's caseworker),
    ``recorded_on`` (default today), ``description``."""
    spec = known(data, {"caseworker", "kind", "recorded_on", "description"})
    kind = choice(ConflictKind, spec.get("kind"), "kind")
    recorded = parse_day(spec.get("recorded_on"), "recorded_on", required=False) or date.today()
    vault = session.vault
    with vault.transaction() as conn:
        case = case_of(conn, case_id, open_only=False)
        worker = spec.get("caseworker") or case.caseworker
        conflict = domain(lambda: ConflictOfInterest(
            worker, kind, recorded, text(spec.get("description"), "description")))
        now = now_utc()
        record_id = repo_high_risk.insert(conn, "conflict_of_interest", case_id, {
            "caseworker": conflict.caseworker.strip(), "kind": conflict.kind.value,
            "description": conflict.description, "recorded_on": iso(conflict.recorded_on),
            "created_at": now, "created_by": vault.actor})
        case_changed(session, case_id, now, "conflict.add", {"record_id": record_id})
    return record_id


def resolve_conflict(session: Session, conflict_id: int, resolution: str) -> int:
    how = domain(lambda: _required_reason(resolution))
    vault = session.vault
    with vault.transaction() as conn:
        row = _record(session, "conflict_of_interest", conflict_id, "conflict of interest")
        if row["resolved_at"] is not None:
            raise RefusedError(f"Conflict of interest {conflict_id} is already resolved.")
        now = now_utc()
        repo_high_risk.resolve_conflict(conn, conflict_id, by=vault.actor, now=now,
                                        resolution=how)
        vault.audit("conflict.resolve", int(row["case_id"]), {"record_id": conflict_id})
    return conflict_id


def conflicts(session: Session, case_id: int) -> list[records.ConflictRecord]:
    require_case(session, case_id, open_only=False)
    return [records.ConflictRecord.from_row(r) for r in
            repo_high_risk.for_case(session.vault.conn, "conflict_of_interest", case_id)]


# -- what whoever opens the case is warned about ----------------------------------------------


def case_warnings(session: Session, case_id: int, now: datetime | None = None
                  ) -> list[records.CaseWarning]:
    """Unresolved conflicts of interest, the current high-risk flag and upcoming assessed
    meetings, each with a ``message`` free of case data."""
    conn = session.vault.conn
    case = case_of(conn, case_id, open_only=False)
    actor = session.vault.actor
    warnings: list[records.CaseWarning] = []
    for row in repo_high_risk.unresolved_conflicts(conn, case_id):
        mine = row["caseworker"] == actor
        warnings.append(records.ConflictWarning(
            record_id=row["id"], conflict=row["kind"], caseworker=row["caseworker"],
            concerns_you=mine,
            message="Unresolved conflict of interest ("
                    f"{row['kind'].replace('_', ' ')})" + (" concerning you." if mine else ".")))
    flag = repo_high_risk.current_flag(conn, case_id)
    if flag is not None or case.type.value == "high_risk":
        warnings.append(records.HighRiskWarning(
            record_id=None if flag is None else flag["id"],
            grounds=() if flag is None else tuple(json.loads(flag["grounds"])),
            network_linked=bool(flag and flag["network_linked"]),
            message="High-risk case: follow the routine for high-risk cases."))
    after = iso(now) if now is not None else now_utc()
    for row in repo_high_risk.upcoming_assessments(conn, after or "", case_id=case_id):
        warnings.append(records.MeetingWarning(
            record_id=row["id"], meeting_at=row["meeting_at"], decision=row["decision"],
            signed=row["signed_at"] is not None,
            message="A risk-assessed meeting is coming up"
                    + ("." if row["signed_at"] else " (assessment not signed).")))
    return warnings


def overview(session: Session, case_id: int) -> records.RiskOverview:
    """Everything about the case's risk for display: the flag history, warnings, assessments,
    rotation and conflicts of interest (the read is audited)."""
    vault = session.vault
    with vault.transaction():
        require_case(session, case_id, open_only=False)
        vault.audit("high_risk.read", case_id)
    vault.bind_head()  # a high-risk read is bound at once, like a protected identity's
    return records.RiskOverview(
        case_id=case_id, high_risk=bool(high_risk_case_ids(session, [case_id])),
        warnings=tuple(case_warnings(session, case_id)),
        flags=tuple(flag_history(session, case_id)),
        risk_assessments=tuple(risk_assessments(session, case_id)),
        assignments=tuple(assignment_history(session, case_id)),
        conflicts=tuple(conflicts(session, case_id)))
