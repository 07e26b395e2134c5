"""High-risk flags, incidents against staff, risk assessments, rotation and conflicts of
interest, on a real vault."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from utvag.errors import NotFoundError, RefusedError, ValidationError
from utvag.services import audit_log, cases, high_risk, log_review, risk_meetings
from utvag.services.session import Session

SECRET = "Klienten hotade med kniv vid porten"



def new_case(session: Session, case_type: str = "defector") -> int:
    return cases.new_case(session, {"type": case_type, "person": {
        "name": "Testperson", "birth_date": "1990-04-03"}})


def soon(days: float) -> str:
    return (datetime.now(UTC) + timedelta(days=days)).isoformat(timespec="minutes")


def meeting(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"meeting_at": soon(3), "place": "Mötesrum 2",
                            "participants": "Klient, två handläggare",
                            "risk_factors": "Tidigare hot mot handläggare."}
    data.update(changes)
    return data


def test_flag_and_clear_keep_the_history(session: Session) -> None:
    case_id, other, typed = new_case(session), new_case(session), new_case(session, "high_risk")
    assert high_risk.high_risk_case_ids(session, [case_id, other, typed]) == {typed}
    flag = high_risk.flag_case(session, case_id, {
        "grounds": ["stalking", "property_damage"], "network_linked": True,
        "description": SECRET})
    assert high_risk.high_risk_case_ids(session, [case_id, other, typed]) == {case_id, typed}
    with pytest.raises(RefusedError):
        high_risk.flag_case(session, case_id, {"grounds": ["violence"]})
    assert high_risk.clear_flag(session, case_id, "Hotet bedöms upphört") == flag
    assert high_risk.high_risk_case_ids(session, [case_id]) == set()
    with pytest.raises(RefusedError):
        high_risk.clear_flag(session, case_id, "Igen")
    high_risk.flag_case(session, case_id, {"grounds": ["violence"]})
    history = high_risk.flag_history(session, case_id)
    assert [list(h.grounds) for h in history] == [["stalking", "property_damage"], ["violence"]]
    assert history[0].cleared_at is not None and history[0].clear_reason
    assert history[1].cleared_at is None
    assert high_risk.high_risk_case_ids(session, [case_id]) == {case_id}


def test_high_risk_cases_are_found_on_a_long_list_of_cases(session: Session) -> None:
    """A list longer than one query's worth of ids (the case list of a large unit) still
    marks every high-risk case in it, whichever part of the list it stands in."""
    flagged, typed = new_case(session), new_case(session, "high_risk")
    high_risk.flag_case(session, flagged, {"grounds": ["violence"]})
    others = list(range(100_000, 101_200))
    assert high_risk.high_risk_case_ids(session, [*others, typed, flagged]) == {flagged, typed}
    assert high_risk.high_risk_case_ids(session, [typed, *others, flagged]) == {flagged, typed}


@pytest.mark.parametrize(("data", "field"), [
    ({"grounds": []}, "grounds"), ({}, "grounds"), ({"grounds": ["rumour"]}, "grounds"),
    ({"grounds": ["violence"], "why": "x"}, "why")])
def test_a_flag_needs_grounds(session: Session, data: dict[str, Any], field: str,
                              table_dump: Callable[[Any], Any]) -> None:
    case_id = new_case(session)
    before = table_dump(session.vault.conn)
    with pytest.raises(ValidationError) as caught:
        high_risk.flag_case(session, case_id, data)
    assert caught.value.field == field
    assert table_dump(session.vault.conn) == before


def test_flagged_cases_are_always_in_the_log_review(session: Session) -> None:
    flagged = new_case(session)
    high_risk.flag_case(session, flagged, {"grounds": ["harassment"]})
    cases.show_case(session, flagged)
    month = datetime.now(UTC).strftime("%Y-%m")
    entries, _numbers = log_review.queue(session, month, sample_size=0)
    assert {e.access.case_id for e in entries} == {flagged}
    assert {e.reason.value for e in entries} == {"high_risk"}


def test_an_incident_in_the_future_is_refused_naming_the_field(
        session: Session, table_dump: Callable[[Any], Any]) -> None:
    case_id = new_case(session)
    before = table_dump(session.vault.conn)
    with pytest.raises(ValidationError) as caught:
        high_risk.add_incident(session, case_id, {
            "occurred_at": soon(1), "kind": "violence", "staff": "HL", "description": SECRET})
    assert caught.value.field == "occurred_at"
    assert SECRET not in caught.value.message
    assert table_dump(session.vault.conn) == before


@pytest.mark.parametrize(("changes", "field", "words"), [
    ({"occurred_at": None}, "occurred_at", "occurred_at: is required (YYYY-MM-DDTHH:MM)"),
    ({"occurred_at": "igår"}, "occurred_at",
     "occurred_at: must be a date and time as YYYY-MM-DDTHH:MM"),
    ({"occurred_at": 20260101}, "occurred_at",
     "occurred_at: must be a date and time as YYYY-MM-DDTHH:MM"),
    ({"police_reported_on": "2026-13-01"}, "police_reported_on",
     "police_reported_on: must be a date as YYYY-MM-DD")])
def test_an_incident_with_a_missing_or_unreadable_time_is_refused_naming_the_field(
        session: Session, table_dump: Callable[[Any], Any], changes: dict[str, Any], field: str,
        words: str) -> None:
    case_id = new_case(session)
    data = {"occurred_at": "2026-01-05T10:00", "kind": "violence", "staff": "HL",
            "description": SECRET, **changes}
    before = table_dump(session.vault.conn)
    with pytest.raises(ValidationError) as caught:
        high_risk.add_incident(session, case_id, data)
    assert (caught.value.field, caught.value.message) == (field, words)
    assert table_dump(session.vault.conn) == before


def test_incidents_and_the_police_draft(session: Session) -> None:
    case_id = new_case(session)
    yesterday = datetime.now(UTC) - timedelta(days=1)
    incident = high_risk.add_incident(session, case_id, {
        "occurred_at": yesterday.isoformat(timespec="minutes"), "kind": "serious_threat",
        "staff": "Socialsekreterare AB", "description": SECRET, "witnesses": "Kollega CD",
        "police_reported_on": datetime.now(UTC).date().isoformat(),
        "police_report_number": "5000-K123-25", "support_offered": ["occupational_health"]})
    with pytest.raises(ValidationError) as caught:
        high_risk.add_incident(session, case_id, {
            "occurred_at": yesterday.isoformat(), "kind": "violence", "staff": "HL",
            "description": "x", "police_reported_on": "2001-01-01"})
    assert caught.value.field == "police_reported_on"
    listed = high_risk.incidents(session, case_id)
    assert [i.id for i in listed] == [incident]
    assert list(listed[0].support_offered) == ["occupational_health"]

    draft = high_risk.police_report_draft(session, incident)
    assert SECRET in draft and "5000-K123-25" in draft and "Socialsekreterare AB" in draft
    assert "Testperson" not in draft
    assert "Företagshälsovård" in draft
    actions = [e.action for e in audit_log.entries(session, case_id)]
    assert "incident.police_draft" in actions and "staff_incident.add" in actions
    with pytest.raises(NotFoundError):
        high_risk.police_report_draft(session, 999)


def test_a_risk_assessment_needs_a_decision_and_is_immutable_once_signed(
        session: Session, table_dump: Callable[[Any], Any]) -> None:
    case_id = new_case(session)
    record = risk_meetings.add_risk_assessment(session, case_id, meeting(mitigations={
        "extra_colleague": {"chosen": True, "comment": "Två handläggare"},
        "digital_or_phone": False}))
    before = table_dump(session.vault.conn)
    with pytest.raises(ValidationError) as caught:
        risk_meetings.sign_risk_assessment(session, record)
    assert caught.value.field == "decision"
    assert table_dump(session.vault.conn) == before

    risk_meetings.update_risk_assessment(session, record, {
        "decision": "proceed_with_mitigations",
        "mitigations": {"adapted_meeting_room": {"chosen": True}}})
    stored = risk_meetings.risk_assessments(session, case_id)[0]
    assert stored.to_json()["mitigations"]["extra_colleague"] == {
        "chosen": True, "comment": "Två handläggare"}
    assert stored.mitigations["adapted_meeting_room"].chosen is True
    assert set(stored.mitigations) == {
        "digital_or_phone", "extra_colleague", "personal_protection_guard",
        "police_present_or_informed", "adapted_meeting_room", "security_coordinator_advice"}
    risk_meetings.sign_risk_assessment(session, record)
    signed = table_dump(session.vault.conn)["risk_assessment"]
    with pytest.raises(RefusedError):
        risk_meetings.update_risk_assessment(session, record, {"place": "Annat rum"})
    with pytest.raises(RefusedError):
        risk_meetings.sign_risk_assessment(session, record)
    assert table_dump(session.vault.conn)["risk_assessment"] == signed
    assert risk_meetings.risk_assessments(session, case_id)[0].signed is True


@pytest.mark.parametrize(("data", "field"), [
    (meeting(place=""), "place"), (meeting(meeting_at="i morgon"), "meeting_at"),
    (meeting(mitigations={"taser": True}), "mitigations"),
    (meeting(mitigations={"extra_colleague": {"chosen": "yes"}}), "mitigations.extra_colleague"),
    (meeting(decision="proceed_with_mitigations"), "mitigations"),
    (meeting(decision="maybe"), "decision")])
def test_invalid_assessments_store_nothing(session: Session, data: dict[str, Any],
                                           field: str) -> None:
    case_id = new_case(session)
    with pytest.raises(ValidationError) as caught:
        risk_meetings.add_risk_assessment(session, case_id, data)
    assert caught.value.field == field
    assert risk_meetings.risk_assessments(session, case_id) == []


def test_upcoming_risk_meetings_mine_and_all(session: Session) -> None:
    mine, theirs = new_case(session), new_case(session)
    later = risk_meetings.add_risk_assessment(session, mine, meeting(meeting_at=soon(5)))
    sooner = risk_meetings.add_risk_assessment(session, mine, meeting(meeting_at=soon(1)))
    risk_meetings.add_risk_assessment(session, mine, meeting(meeting_at=soon(-1)))
    cancelled = risk_meetings.add_risk_assessment(session, mine, meeting(decision="cancel"))
    other = risk_meetings.add_risk_assessment(session, theirs, meeting(meeting_at=soon(2)))
    session.vault.conn.execute("UPDATE risk_assessment SET created_by = 'bertil' WHERE id = ?",
                               (other,))
    high_risk.reassign(session, theirs, "bertil", "Rotation")
    now = datetime.now(UTC)
    assert [r.id for r in risk_meetings.upcoming_risk_meetings(session, now)] == [
        sooner, later]
    everything = risk_meetings.upcoming_risk_meetings(session, now, mine_only=False)
    assert [r.id for r in everything] == [sooner, other, later]
    assert cancelled not in [r.id for r in everything]
    assert everything[0].case_number


def test_reassign_keeps_the_history(session: Session) -> None:
    case_id = new_case(session)
    first = cases.get_case(session, case_id).caseworker
    high_risk.reassign(session, case_id, "bertil", "Rotation efter hot")
    high_risk.reassign(session, case_id, "cecilia", "Jäv")
    assert cases.get_case(session, case_id).caseworker == "cecilia"
    history = high_risk.assignment_history(session, case_id)
    assert [(h.from_caseworker, h.to_caseworker) for h in history] == [
        (first, "bertil"), ("bertil", "cecilia")]
    with pytest.raises(ValidationError) as caught:
        high_risk.reassign(session, case_id, "cecilia", "Igen")
    assert caught.value.field == "to_caseworker"
    with pytest.raises(ValidationError):
        high_risk.reassign(session, case_id, "david", " ")
    with pytest.raises(NotFoundError):
        high_risk.reassign(session, 999, "david", "Rotation")


def test_conflicts_and_flags_warn_whoever_opens_the_case(session: Session) -> None:
    case_id = new_case(session)
    assert high_risk.case_warnings(session, case_id) == []
    conflict = high_risk.add_conflict(session, case_id, {
        "kind": "caseworker_reported_client", "description": SECRET})
    high_risk.flag_case(session, case_id, {"grounds": ["serious_threat"]})
    risk_meetings.add_risk_assessment(session, case_id, meeting())
    warnings = high_risk.case_warnings(session, case_id)
    assert [w.kind for w in warnings] == ["conflict_of_interest", "high_risk",
                                             "risk_meeting"]
    assert warnings[0].to_json()["concerns_you"] is True
    assert all(SECRET not in w.message for w in warnings)
    high_risk.resolve_conflict(session, conflict, "Ärendet har bytt handläggare")
    assert [w.kind for w in high_risk.case_warnings(session, case_id)] == [
        "high_risk", "risk_meeting"]
    with pytest.raises(RefusedError):
        high_risk.resolve_conflict(session, conflict, "Igen")
    with pytest.raises(ValidationError) as caught:
        high_risk.add_conflict(session, case_id, {"kind": "grudge"})
    assert caught.value.field == "kind"
    assert high_risk.conflicts(session, case_id)[0].resolution


def test_audit_rows_never_carry_the_text(session: Session) -> None:
    case_id = new_case(session)
    high_risk.flag_case(session, case_id, {"grounds": ["violence"], "description": SECRET})
    high_risk.clear_flag(session, case_id, SECRET)
    incident = high_risk.add_incident(session, case_id, {
        "occurred_at": soon(-1), "kind": "violence", "staff": "HL", "description": SECRET,
        "follow_up": SECRET})
    high_risk.police_report_draft(session, incident)
    record = risk_meetings.add_risk_assessment(session, case_id, meeting(
        risk_factors=SECRET, decision="proceed", decision_note=SECRET))
    risk_meetings.sign_risk_assessment(session, record)
    high_risk.reassign(session, case_id, "bertil", SECRET)
    conflict = high_risk.add_conflict(session, case_id, {"kind": "other",
                                                         "description": SECRET})
    high_risk.resolve_conflict(session, conflict, SECRET)
    rows = audit_log.entries(session, case_id)
    text = json.dumps([e.detail for e in rows], ensure_ascii=False)
    assert SECRET not in text and "Klienten" not in text and "bertil" not in text
    assert {"high_risk.flag", "high_risk.clear", "risk_assessment.sign", "case.reassign",
            "conflict.add", "conflict.resolve"} <= {e.action for e in rows}
