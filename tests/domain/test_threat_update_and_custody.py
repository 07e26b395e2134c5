"""The Police's threat records, custody periods and their clocks, and routing under a new threat,
as pure rules."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from utvag.domain.case_records import CaseStatus, CaseType
from utvag.domain.custody import CustodyKind, CustodyPeriod
from utvag.domain.deadlines import CaseFollowUp, DueKind, DueSettings, due_items
from utvag.domain.errors import DomainError
from utvag.domain.protection import ProtectionNeed
from utvag.domain.rules import RoutingBasis, current_threat, reroute_on_threat, route
from utvag.domain.threat import ThreatAssessment, ThreatLevel, ThreatNature
from utvag.domain.threat_requests import PoliceThreatRecord, ThreatSource
from utvag.domain.units import Unit

LOW = ThreatAssessment(ThreatLevel.LOW, ThreatNature.LATENT, date(2026, 10, 6), "POL-1")
HIGH = ThreatAssessment(ThreatLevel.HIGH, ThreatNature.CONCRETE, date(2026, 11, 20), "POL-2")


def _case(**records: object) -> CaseFollowUp:
    return CaseFollowUp(1, CaseType.DEFECTOR, CaseStatus.INVESTIGATION, date(2026, 10, 1),
                        **records)  # type: ignore[arg-type]


def test_a_request_names_day_and_police_and_its_answer_is_not_before_it() -> None:
    awaited = PoliceThreatRecord(ThreatSource.REQUEST, date(2026, 11, 2), "LPO Hisingen")
    assert awaited.awaiting
    with pytest.raises(DomainError, match="requested_from"):
        PoliceThreatRecord(ThreatSource.REQUEST, date(2026, 11, 2), "")
    with pytest.raises(DomainError, match="received_on"):
        PoliceThreatRecord(ThreatSource.REQUEST, date(2026, 11, 22), "LPO", HIGH,
                           date(2026, 11, 21))
    with pytest.raises(DomainError, match="received_on"):
        PoliceThreatRecord(ThreatSource.POLICE_INITIATIVE, answer=HIGH,
                           received_on=date(2026, 11, 19))
    with pytest.raises(DomainError, match="level"):
        PoliceThreatRecord(ThreatSource.POLICE_INITIATIVE)
    with pytest.raises(DomainError, match="followup_id"):
        PoliceThreatRecord(ThreatSource.POLICE_FOLLOWUP, answer=HIGH,
                           received_on=date(2026, 11, 20))


def test_an_awaited_request_is_due_after_the_policys_days_boundary_days() -> None:
    request = PoliceThreatRecord(ThreatSource.REQUEST, date(2026, 11, 2), "LPO", record_id=7)
    (item,) = due_items(_case(threat_records=(request,)), UTC, DueSettings(threat_answer_days=14))
    assert (item.kind, item.due_on, item.record_id) == (
        DueKind.THREAT_ASSESSMENT_AWAITED, date(2026, 11, 16), 7)
    assert not item.is_overdue(datetime(2026, 11, 16, 23, 59, 59, tzinfo=UTC))
    assert item.is_overdue(datetime(2026, 11, 17, 0, 0, 1, tzinfo=UTC))
    answered = PoliceThreatRecord(ThreatSource.REQUEST, date(2026, 11, 2), "LPO", HIGH,
                                  date(2026, 11, 21))
    assert due_items(_case(threat_records=(answered,))) == ()


def test_custody_planning_is_due_the_lead_before_release_and_release_on_the_day() -> None:
    stay = CustodyPeriod(CustodyKind.CLOSED_YOUTH_CARE, "SiS Råby", date(2027, 3, 1),
                         date(2026, 1, 10), record_id=3)
    items = due_items(_case(custody=(stay,)), UTC, DueSettings(release_planning_days=60))
    # the case has no threat assessment yet: asking the Police for it is due a week after opening
    assert [(i.kind, i.due_on) for i in items] == [
        (DueKind.THREAT_ASSESSMENT_TO_REQUEST, date(2026, 10, 8)),
        (DueKind.CUSTODY_TRANSITION_PLANNING, date(2026, 12, 31)),
        (DueKind.CUSTODY_RELEASE, date(2027, 3, 1))]
    planning = items[1]
    assert not planning.is_overdue(datetime(2026, 12, 31, 23, 59, 59, tzinfo=UTC))
    assert planning.is_overdue(datetime(2027, 1, 1, 0, 0, 1, tzinfo=UTC))
    assert CustodyKind.CLOSED_YOUTH_CARE.authority == "SiS"
    planned = CustodyPeriod(CustodyKind.PRISON, "Kumla", date(2027, 3, 1),
                            planning_held_on=date(2027, 1, 5))
    assert [i.kind for i in due_items(_case(custody=(planned,)))] == [
        DueKind.THREAT_ASSESSMENT_TO_REQUEST, DueKind.CUSTODY_RELEASE]
    with pytest.raises(DomainError, match="expected_release_on"):
        CustodyPeriod(CustodyKind.PRISON, "Kumla", date(2025, 1, 1), date(2026, 1, 1))


def test_the_newest_threat_is_current_and_a_high_one_routes_a_district_case_to_sav() -> None:
    assert current_threat(LOW, [HIGH]) == HIGH
    assert current_threat(None, []) is None
    basis = RoutingBasis(True, Unit.HISINGEN, ProtectionNeed.LOW)
    before = route(is_defector=True, belonging=Unit.HISINGEN, threat_level=ThreatLevel.LOW,
                   protection_need=ProtectionNeed.LOW)
    moved = reroute_on_threat(basis, Unit.HISINGEN, before, LOW, HIGH)
    assert (moved.routing.unit, moved.changes_routing, moved.transfer_to) == (
        Unit.SAV, True, Unit.SAV)
    assert "flyttas" in moved.reasons[0].sv
    same = reroute_on_threat(basis, Unit.HISINGEN, before, LOW, LOW)
    assert (same.changes_routing, same.transfer_to) == (False, None)
    back = reroute_on_threat(basis, Unit.SAV, moved.routing, HIGH, LOW)
    assert (back.routing.unit, back.transfer_to) == (Unit.HISINGEN, Unit.HISINGEN)
