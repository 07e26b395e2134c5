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
from utvag.errors import RefusedError
from utvag.services.followup import _case, _choice, _invalid, _iso, _known, parse_instant
from utvag.services.high_risk import _domain, _json_fields, _record, _text
from utvag.services.session import Session
from utvag.vault import repo_cases, repo_high_risk
from utvag.vault.audit import now_utc

ASSESSMENT_FIELDS = {"meeting_at", "place", "participants", "risk_factors", "mitigations",
                     "decision", "decision_note"}


def _mitigations(value: object) -> tuple[MitigationChoice, ...]:
    if value in (None, ""):
        value = {}
    if not isinstance(value, dict):
        raise _invalid("mitigations", "must map measures to {chosen, comment}")
    choices = []
    for key, choice in value.items():
        field = f"mitigations.{key}"
        measure = _choice(Mitigation, key, "mitigations")
        if isinstance(choice, bool):
            choice = {"chosen": choice}
        if not isinstance(choice, dict) or set(choice) - {"chosen", "comment"}:
            raise _invalid(field, "must be {chosen, comment}")
        comment = _text(choice.get("comment"), field)
        chosen = choice.get("chosen", False)
        choices.append(_domain(partial(MitigationChoice, measure, chosen, comment)))
    return tuple(choices)


def _assessment(spec: dict[str, Any], *, signed: bool = False) -> RiskAssessment:
    meeting = parse_instant(spec.get("meeting_at"), "meeting_at")
    decision = spec.get("decision")
    return _domain(lambda: RiskAssessment(
        meeting, spec.get("place"), spec.get("participants"),  # type: ignore[arg-type]
        spec.get("risk_factors"), _mitigations(spec.get("mitigations")),  # type: ignore[arg-type]
        None if decision in (None, "") else _choice(RiskDecision, decision, "decision"),
        _text(spec.get("decision_note"), "decision_note"), signed))


def _assessment_values(assessment: RiskAssessment) -> dict[str, Any]:
    given = {m.mitigation: m for m in assessment.mitigations}
    mitigations = {m.value: {"chosen": given[m].chosen if m in given else False,
                             "comment": given[m].comment if m in given else None}
                   for m in Mitigation}
    return {"meeting_at": _iso(assessment.meeting_at), "place": assessment.place.strip(),
            "participants": assessment.participants.strip(),
            "risk_factors": assessment.risk_factors.strip(),
            "mitigations": json.dumps(mitigations),
            "decision": None if assessment.decision is None else assessment.decision.value,
            "decision_note": assessment.decision_note}


def add_risk_assessment(session: Session, case_id: int, data: object) -> int:
    values = _assessment_values(_assessment(_known(data, ASSESSMENT_FIELDS)))
    vault = session.vault
    with vault.transaction() as conn:
        _case(session, case_id, open_only=True)
        now = now_utc()
        record_id = repo_high_risk.insert(conn, "risk_assessment", case_id, {
            **values, "created_at": now, "created_by": vault.actor, "updated_at": now})
        repo_cases.touch_case(conn, case_id, now)
        vault.audit("risk_assessment.add", case_id, {"record_id": record_id})
    return record_id


def _stored_spec(row: dict[str, Any]) -> dict[str, Any]:
    return {name: json.loads(row[name]) if name == "mitigations" else row[name]
            for name in ASSESSMENT_FIELDS}


def _draft(session: Session, assessment_id: int) -> dict[str, Any]:
    row = _record(session, "risk_assessment", assessment_id, "risk assessment")
    if row["signed_at"] is not None:
        raise RefusedError(f"Risk assessment {assessment_id} is signed and cannot change.")
    _case(session, int(row["case_id"]), open_only=True)
    return row


def update_risk_assessment(session: Session, assessment_id: int, data: object) -> int:
    """Change a draft; the fields given replace the stored ones (mitigations measure by
    measure)."""
    spec = _known(data, ASSESSMENT_FIELDS)
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
            repo_cases.touch_case(conn, int(row["case_id"]), now_utc())
            vault.audit("risk_assessment.update", int(row["case_id"]),
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
        repo_cases.touch_case(conn, int(row["case_id"]), now)
        vault.audit("risk_assessment.sign", int(row["case_id"]), {
            "record_id": assessment_id, "decision": str(assessment.decision)})
    return assessment_id


def _assessment_json(row: dict[str, Any]) -> dict[str, Any]:
    return {**_json_fields(row, "mitigations"), "signed": row["signed_at"] is not None}


def risk_assessments(session: Session, case_id: int) -> list[dict[str, Any]]:
    _case(session, case_id, open_only=False)
    return [_assessment_json(r) for r in
            repo_high_risk.for_case(session.vault.conn, "risk_assessment", case_id)]


def upcoming_risk_meetings(session: Session, now: datetime, mine_only: bool = True
                           ) -> list[dict[str, Any]]:
    """Assessed meetings from ``now`` on, soonest first; ``mine_only``: the user's cases (where
    the user is the caseworker) and assessments the user wrote."""
    rows = repo_high_risk.upcoming_assessments(
        session.vault.conn, _iso(now) or "", caseworker=session.vault.actor if mine_only else None)
    return [_assessment_json(r) for r in rows]


