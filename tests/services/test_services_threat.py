"""The Police's threat assessment as a request and an answer, and a new threat that re-routes
the case without a new assessment, on a real vault."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from utvag.errors import RefusedError, ValidationError
from utvag.forms import load_answers
from utvag.services import assessment, audit_log, case_flow, cases, due, followup, threat
from utvag.services.session import Session

ROOT = Path(__file__).resolve().parents[2]
DISTRICT = ROOT / "docs" / "examples" / "answers-district-defector.json"
AS_OF = date(2026, 11, 1)


pytestmark = pytest.mark.session_vault(unit="Hisingen")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _case(session: Session) -> int:
    return cases.new_case(session, {"type": "defector", "person": {
        "name": "Testperson", "birth_date": "1999-04-03", "district": "Hisingen"}})


def _signed(session: Session) -> int:
    case_id = _case(session)
    assessment.assess_document(session, case_id, load_answers(DISTRICT), sign=True,
                               today=AS_OF)
    return case_id


def _kinds(session: Session, now: str) -> list[tuple[str, str, bool]]:
    return [(r.item.kind.value, r.item.due_on.isoformat(), r.overdue)
            for r in due.due_list(session, at(now), scope="unit", tz=UTC)]


HIGH = {"level": "high", "nature": "concrete", "assessed_on": "2026-11-20",
        "reference": "POL-2026-0099", "review_on": "2027-02-01", "received_on": "2026-11-21"}


def test_an_awaited_request_is_due_from_the_request_day_and_overdue_the_day_after(
        session: Session) -> None:
    case_id = _case(session)
    record = threat.request(session, case_id, {"requested_on": "2026-11-02",
                                               "requested_from": "Polisregion Väst, LPO Hisingen"})
    # The answer is expected within the policy's 14 days: due on the 16th, overdue on the 17th.
    assert ("threat_assessment_awaited", "2026-11-16", False) in _kinds(
        session, "2026-11-16T23:59:59")
    assert ("threat_assessment_awaited", "2026-11-16", True) in _kinds(
        session, "2026-11-17T00:00:01")
    assert _kinds(session, "2026-11-01T23:59:59") == []  # shows 14 days ahead
    shown = threat.status(session, case_id)
    assert shown.current is None and shown.records[0].id == record
    assert shown.records[0].requested_from == "Polisregion Väst, LPO Hisingen"
    actions = [e.action for e in audit_log.entries(session, case_id)]
    assert actions[-1] == "police_threat.request"
    assert "Polisregion" not in str(audit_log.entries(session, case_id)[-1].detail)


def test_the_answer_time_comes_from_policy_and_a_changed_policy_moves_stored_items(
        session: Session) -> None:
    case_id = _case(session)
    threat.request(session, case_id, {"requested_on": "2026-11-02", "requested_from": "LPO"})
    stored = due.next_due_for(session, [case_id])[case_id]
    assert stored[1] == "threat_assessment_awaited"
    session.policy = dataclasses.replace(session.policy, threat_answer_days=5)
    assert ("threat_assessment_awaited", "2026-11-07", True) in _kinds(
        session, "2026-11-08T00:00:01")
    moved = due.next_due_for(session, [case_id])[case_id][0]
    assert moved is not None and moved.astimezone(UTC).date() == date(2026, 11, 8)


def test_a_request_needs_a_day_and_whom_it_was_asked_of(session: Session) -> None:
    case_id = _case(session)
    with pytest.raises(ValidationError, match="requested_from"):
        threat.request(session, case_id, {"requested_on": "2026-11-02", "requested_from": " "})
    with pytest.raises(ValidationError, match="requested_on"):
        threat.request(session, case_id, {"requested_from": "LPO"})
    assert threat.status(session, case_id).records == ()


def test_a_bad_answer_is_refused_and_the_request_stays_awaited(session: Session) -> None:
    case_id = _case(session)
    record = threat.request(session, case_id, {"requested_on": "2026-11-02",
                                               "requested_from": "LPO"})
    before = len(audit_log.entries(session, case_id))
    with pytest.raises(ValidationError, match="received_on"):
        threat.receive(session, record, {**HIGH, "received_on": "2026-11-01",
                                         "assessed_on": "2026-10-30"})
    with pytest.raises(ValidationError, match="reference"):
        threat.receive(session, record, {**HIGH, "reference": ""})
    with pytest.raises(ValidationError, match="level"):
        threat.receive(session, record, {**HIGH, "level": "medium"})
    assert threat.status(session, case_id).records[0].level is None
    assert len(audit_log.entries(session, case_id)) == before


def test_a_received_high_threat_reroutes_a_district_case_and_proposes_the_transfer(
        session: Session) -> None:
    case_id = _signed(session)
    signed_before = assessment.current(session, case_id)
    assert signed_before is not None and signed_before[1].route_to.value == "Hisingen"
    record = threat.request(session, case_id, {"requested_on": "2026-11-10",
                                               "requested_from": "LPO Hisingen"})
    result = threat.receive(session, record, HIGH)
    update = result.update
    assert (update.level_before, update.level, update.level_changed) == (
        "low", "high", True)
    assert (update.routing_before, update.route_to, update.routing_changes,
            update.transfer_to) == ("Hisingen", "SAV", True, "SAV")
    assert any("flyttas" in m.sv for m in update.messages)
    assert result.status == "awaiting_transfer"
    # The signed assessment stays as signed; the threat update is its own record.
    signed_after = assessment.current(session, case_id)
    assert signed_after is not None and signed_after[0].answers == signed_before[0].answers
    assert signed_after[0].id == signed_before[0].id
    shown = threat.status(session, case_id)
    assert shown.current is not None and shown.current.level == "high"
    assert shown.route_to == "SAV"
    assert shown.transfer_proposal is not None and shown.transfer_proposal.to_unit == "SAV"
    case = cases.get_case(session, case_id)
    routing = case_flow.routing_of(session.vault.conn, case)
    assert routing is not None and routing.special_defector
    # The case list shows the current threat; nothing is awaited any more.
    assert due.next_due_for(session, [case_id])[case_id][2] == "high"
    assert "threat_assessment_awaited" not in {k for k, _, _ in _kinds(session,
                                                                        "2027-02-01T12:00")}
    actions = [e.action for e in audit_log.entries(session, case_id)]
    assert actions[-3:] == ["police_threat.receive", "case.status", "case.read"]
    with pytest.raises(RefusedError, match="already recorded"):
        threat.receive(session, record, HIGH)


def test_an_unchanged_level_keeps_the_routing_and_proposes_nothing(session: Session) -> None:
    case_id = _signed(session)
    result = threat.record(session, case_id, {**HIGH, "level": "low", "nature": "latent"})
    update = result.update
    assert (update.level_changed, update.routing_changes, update.transfer_to) == (
        False, False, None)
    assert result.status is None
    assert threat.status(session, case_id).transfer_proposal is None
    # The review of the current threat is the new assessment's, not the signed one's (01-15).
    assert ("threat_review", "2027-02-01", False) in _kinds(session, "2027-02-01T12:00")
    assert ("threat_review", "2027-01-15", True) not in _kinds(session, "2027-02-01T12:00")


def test_a_police_followup_that_raised_the_threat_updates_it_without_a_new_assessment(
        session: Session) -> None:
    case_id = _signed(session)
    with pytest.raises(ValidationError, match="threat_reference"):
        threat.police_followup(session, case_id, {
            "held_on": "2026-11-25", "phase": "during", "outcome": "threat_raised",
            "threat_nature": "concrete"})
    with pytest.raises(ValidationError, match="threat_level"):
        threat.police_followup(session, case_id, {
            "held_on": "2026-11-25", "phase": "during", "outcome": "unchanged",
            "threat_level": "high"})
    assert followup.records(session, case_id).police_followup == ()
    result = threat.police_followup(session, case_id, {
        "held_on": "2026-11-25", "phase": "during", "outcome": "threat_raised",
        "threat_nature": "concrete", "threat_reference": "POL-2026-0120"})
    assert isinstance(result, threat.ThreatRecorded)
    assert result.update.level == "high" and result.update.transfer_to == "SAV"
    stored = followup.records(session, case_id)
    assert [r.outcome for r in stored.police_followup] == ["threat_raised"]
    (update,) = stored.police_threat
    assert (update.source, update.followup_id, update.assessed_on) == (
        "police_followup", result.record_id, "2026-11-25")
    proposal = threat.status(session, case_id).transfer_proposal
    assert proposal is not None and proposal.to_unit == "SAV"



def test_a_new_assessment_starts_from_the_polices_answer_not_typed_twice(
        session: Session) -> None:
    case_id = _case(session)
    record = threat.request(session, case_id, {"requested_on": "2026-11-02",
                                               "requested_from": "LPO"})
    threat.receive(session, record, HIGH)
    draft, state = assessment.start_or_resume(session, case_id)
    assert {k: state.answers.get(k) for k in ("threat_level", "threat_nature",
                                              "threat_assessed_on", "threat_reference",
                                              "threat_review_on")} == {
        "threat_level": "high", "threat_nature": "concrete", "threat_assessed_on": "2026-11-20",
        "threat_reference": "POL-2026-0099", "threat_review_on": "2027-02-01"}
    assert draft.state == "draft"
