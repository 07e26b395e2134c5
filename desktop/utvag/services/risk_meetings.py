"""Risk assessments before a risky meeting (*riskbedömning inför särskilda riskmoment*): the
meeting, its risk factors, each of the template's measures chosen or not with a comment, a
decision and the sign-off; and the list of upcoming assessed meetings.

A draft may change; a signed assessment is immutable (the vault's trigger enforces it too).
Audit rows name the record and the decision code, never the text.
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import partial
from typing import Any

from utvag.domain.high_risk import Mitigation, MitigationChoice, RiskAssessment, RiskDecision
from utvag.errors import NotFoundError, RefusedError
from utvag.services.case_ref import case_changed, require_case
from utvag.services.high_risk_records import RiskAssessmentRecord
from utvag.services.inputs import choice, domain, invalid, iso, known, parse_instant, raw_text, text
from utvag.services.session import Session
from utvag.vault import repo_high_risk
from utvag.vault.audit import now_utc

ASSESSMENT_FIELDS = {"meeting_at", "place", "participants", "risk_factors", "mitigations",
                     "decision", "decision_note"}


def _mitigations(value: object) -> tuple[MitigationChoice, ...]:
    if value in (None, ""):
        value = {}
    if not isinstance(value, dict):
        raise invalid("mitigations", "must map measures to {chosen, comment}")
    measures = []
    for key, given in value.items():
        field = f"mitigations.{key}"
        measure = choice(Mitigation, key, "mitigations")
        if isinstance(given, bool):
            given = {"chosen": given}
        if not isinstance(given, dict) or set(given) - {"chosen", "comment"}:
            raise invalid(field, "must be {chosen, comment}")
        comment = text(given.get("comment"), field)
        chosen = given.get("chosen", False)
        measures.append(domain(partial(MitigationChoice, measure, chosen, comment)))
    return tuple(measures)


def _assessment(spec: dict[str, Any], *, signed: bool = False) -> RiskAssessment:
    meeting = parse_instant(spec.get("meeting_at"), "meeting_at")
    decision = spec.get("decision")
    return domain(lambda: RiskAssessment(
        meeting, raw_text(spec.get("place")), raw_text(spec.get("participants")),
        raw_text(spec.get("risk_factors")), _mitigations(spec.get("mitigations")),
        None if decision in (None, "") else choice(RiskDecision, decision, "decision"),
        text(spec.get("decision_note"), "decision_note"), signed))


def _assessment_values(assessment: RiskAssessment) -> dict[str, Any]:
    given = {m.mitigation: m for m in assessment.mitigations}
    mitigations = {m.value: {"chosen": given[m].chosen if m in given else False,
                             "comment": given[m].comment if m in given else None}
                   for m in Mitigation}
    return {"meeting_at": iso(assessment.meeting_at), "place": assessment.place.strip(),
            "participants": assessment.participants.strip(),
            "risk_factors": assessment.risk_factors.strip(),
            "mitigations": json.dumps(mitigations),
            "decision": None if assessment.decision is None else assessment.decision.value,
            "decision_note": assessment.decision_note}


def add_risk_assessment(session: Session, case_id: int, data: object) -> int:
    values = _assessment_values(_assessment(known(data, ASSESSMENT_FIELDS)))
    vault = session.vault
    with vault.transaction() as conn:
        require_case(session, case_id, open_only=True)
        now = now_utc()
        record_id = repo_high_risk.insert(conn, "risk_assessment", case_id, {
            **values, "created_at": now, "created_by": vault.actor, "updated_at": now})
        case_changed(session, case_id, now, "risk_assessment.add", {"record_id": record_id})
    return record_id


def _stored_spec(row: dict[str, Any]) -> dict[str, Any]:
    return {name: json.loads(row[name]) if name == "mitigations" else row[name]
            for name in ASSESSMENT_FIELDS}


def _draft(session: Session, assessment_id: int) -> dict[str, Any]:
    row = repo_high_risk.get(session.vault.conn, "risk_assessment", assessment_id)
    if row is None:
        raise NotFoundError(f"There is no risk assessment {assessment_id}.")
    if row["signed_at"] is not None:
        raise RefusedError(f"Risk assessment {assessment_id} is signed and cannot change.")
    require_case(session, int(row["case_id"]), open_only=True)
    return row


def update_risk_assessment(session: Session, assessment_id: int, data: object) -> int:
    """Change a draft; the fields given replace the stored ones (mitigations measure by
    measure)."""
    spec = known(data, ASSESSMENT_FIELDS)
    vault = session.vault
    with vault.transaction() as conn:
        row = _draft(session, assessment_id)
        merged = _stored_spec(row)
        if "mitigations" in spec and isinstance(spec["mitigations"], dict):
            spec = {**spec, "mitigations": {**merged["mitigations"], **spec["mitigations"]}}
        values = _assessment_values(_assessment({**merged, **spec}))
        changed = {k: v for k, v in values.items() if v != row[k]}
        if changed:
            repo_high_risk.update_assessment(conn, assessment_id, changed, now=now_utc())
            case_changed(session, int(row["case_id"]), now_utc(), "risk_assessment.update",
                         {"record_id": assessment_id, "fields": sorted(changed)})
    return assessment_id


def sign_risk_assessment(session: Session, assessment_id: int) -> int:
    """Sign the assessment; refused without a decision. A signed assessment is immutable."""
    vault = session.vault
    with vault.transaction() as conn:
        row = _draft(session, assessment_id)
        assessment = _assessment(_stored_spec(row), signed=True)
        now = now_utc()
        repo_high_risk.sign_assessment(conn, assessment_id, by=vault.actor, now=now)
        case_changed(session, int(row["case_id"]), now, "risk_assessment.sign", {
            "record_id": assessment_id, "decision": str(assessment.decision)})
    return assessment_id


def risk_assessments(session: Session, case_id: int) -> list[RiskAssessmentRecord]:
    require_case(session, case_id, open_only=False)
    return [RiskAssessmentRecord.from_row(r) for r in
            repo_high_risk.for_case(session.vault.conn, "risk_assessment", case_id)]


def upcoming_risk_meetings(session: Session, now: datetime, mine_only: bool = True
                           ) -> list[RiskAssessmentRecord]:
    """Assessed meetings from ``now`` on, soonest first, with the case's number and caseworker;
    ``mine_only``: the user's cases (where the user is the caseworker) and assessments the user
    wrote."""
    rows = repo_high_risk.upcoming_assessments(
        session.vault.conn, iso(now) or "", caseworker=session.vault.actor if mine_only else None)
    return [RiskAssessmentRecord.from_row(r) for r in rows]
