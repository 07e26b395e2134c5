"""Case status, interventions and transfer (guideline, "Ärendeprocess")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from domain_builders import TODAY, high_threat_input, make_input

from utvag.domain.case_status import CaseStatus, ClosureReason
from utvag.domain.checkpoints import ConsultationOutcome, SeriousCrimeCheck
from utvag.domain.errors import DomainError
from utvag.domain.interventions import Intervention, InterventionUrgency
from utvag.domain.personal_number import parse_personal_number, person_without_number
from utvag.domain.routing import RoutingOutcome
from utvag.domain.rules import (
    ALLOWED_TRANSITIONS,
    add_intervention,
    assess,
    can_transition,
    change_status,
    may_decide_intervention,
    open_case,
    open_transferred_case,
    record_routing,
    route,
    transfer_case,
    transfer_target,
)
from utvag.domain.units import Unit

FIRST_CONTACT = date(2026, 9, 1)
IDENTITY = parse_personal_number("811218-9876", today=TODAY)


def _routing(unit: Unit) -> RoutingOutcome:
    inp = high_threat_input(belonging=Unit.HISINGEN) if unit is Unit.SAV else make_input()
    outcome = assess(inp, today=TODAY)
    return route(
        is_defector=outcome.is_defector,
        belonging=inp.belonging,
        threat_level=inp.threat.level,
        protection_need=inp.protection_need,
    )


def _opened(handling: Unit = Unit.HISINGEN):
    return open_case("C-1", IDENTITY, Unit.HISINGEN, handling, FIRST_CONTACT)


def test_investigation_opens_at_first_contact() -> None:
    case = _opened()
    assert case.status is CaseStatus.INVESTIGATION
    assert case.opened_on == FIRST_CONTACT
    assert not case.is_closed


def test_a_case_opens_for_a_person_of_any_age() -> None:
    child = person_without_number(date(2012, 5, 1), today=TODAY)
    assert open_case("C-2", child, Unit.NORDOST, Unit.NORDOST, TODAY).status is (
        CaseStatus.INVESTIGATION
    )


def test_allowed_transitions() -> None:
    assert can_transition(CaseStatus.INVESTIGATION, CaseStatus.DECIDED)
    assert can_transition(CaseStatus.DECIDED, CaseStatus.INTERVENTIONS)
    assert can_transition(CaseStatus.INTERVENTIONS, CaseStatus.CLOSED)
    assert not can_transition(CaseStatus.INVESTIGATION, CaseStatus.INTERVENTIONS)
    assert not can_transition(CaseStatus.INTERVENTIONS, CaseStatus.DECIDED)
    assert ALLOWED_TRANSITIONS[CaseStatus.CLOSED] == frozenset()
    assert ALLOWED_TRANSITIONS[CaseStatus.TRANSFERRED] == frozenset()
    for status in (CaseStatus.INVESTIGATION, CaseStatus.DECIDED, CaseStatus.INTERVENTIONS):
        assert can_transition(status, CaseStatus.CLOSED)
        assert can_transition(status, CaseStatus.TRANSFERRED)
    assert set(ALLOWED_TRANSITIONS) == set(CaseStatus)


def test_full_life_of_a_case() -> None:
    case = record_routing(_opened(), _routing(Unit.HISINGEN))
    case = change_status(case, CaseStatus.DECIDED, date(2026, 10, 1))
    support = Intervention("Stödsamtal", InterventionUrgency.LONG_TERM, date(2026, 10, 2))
    case = add_intervention(case, support)
    assert case.status is CaseStatus.INTERVENTIONS
    case = change_status(case, CaseStatus.CLOSED, date(2026, 11, 1), ClosureReason.COMPLETED)
    assert case.closure_reason is ClosureReason.COMPLETED
    with pytest.raises(DomainError) as caught:
        change_status(case, CaseStatus.DECIDED, date(2026, 11, 2))
    assert caught.value.rule == "status_transition"


def test_decision_needs_assessed_criteria() -> None:
    with pytest.raises(DomainError) as caught:
        change_status(_opened(), CaseStatus.DECIDED, date(2026, 10, 1))
    assert caught.value.rule == "criteria_before_decision"


def test_decision_refused_when_the_case_belongs_elsewhere() -> None:
    case = record_routing(_opened(), _routing(Unit.SAV))
    with pytest.raises(DomainError) as caught:
        change_status(case, CaseStatus.DECIDED, date(2026, 10, 1))
    assert caught.value.rule == "transfer_required"


def test_closing_needs_a_reason_and_other_changes_take_none() -> None:
    with pytest.raises(DomainError) as caught:
        change_status(_opened(), CaseStatus.CLOSED, date(2026, 10, 1))
    assert caught.value.rule == "closure_reason_required"
    with pytest.raises(DomainError) as caught:
        change_status(
            _opened(), CaseStatus.CLOSED, date(2026, 10, 1), ClosureReason.HANDLING_TRANSFERRED
        )
    assert caught.value.rule == "transfer_through_plan"
    with pytest.raises(DomainError) as caught:
        change_status(_opened(), CaseStatus.TRANSFERRED, date(2026, 10, 1))
    assert caught.value.rule == "transfer_through_plan"
    with pytest.raises(DomainError) as caught:
        change_status(_opened(), CaseStatus.CLOSED, date(2026, 8, 1), ClosureReason.OTHER)
    assert caught.value.rule == "date_order"


@pytest.mark.parametrize(
    ("status", "urgency", "allowed"),
    [
        (CaseStatus.INVESTIGATION, InterventionUrgency.URGENT, True),
        (CaseStatus.INVESTIGATION, InterventionUrgency.TIME_LIMITED, True),
        (CaseStatus.INVESTIGATION, InterventionUrgency.LONG_TERM, False),
        (CaseStatus.DECIDED, InterventionUrgency.LONG_TERM, True),
        (CaseStatus.INTERVENTIONS, InterventionUrgency.LONG_TERM, True),
        (CaseStatus.CLOSED, InterventionUrgency.URGENT, False),
        (CaseStatus.TRANSFERRED, InterventionUrgency.URGENT, False),
    ],
)
def test_urgent_and_time_limited_interventions_during_investigation(
    status: CaseStatus, urgency: InterventionUrgency, allowed: bool
) -> None:
    assert may_decide_intervention(status, urgency) is allowed


def test_interventions_added_during_investigation_keep_the_status() -> None:
    urgent = Intervention("Skyddat boende", InterventionUrgency.URGENT, date(2026, 9, 2))
    case = add_intervention(_opened(), urgent)
    assert case.status is CaseStatus.INVESTIGATION
    assert case.interventions == (urgent,)
    long_term = Intervention("Utbildning", InterventionUrgency.LONG_TERM, date(2026, 9, 3))
    with pytest.raises(DomainError) as caught:
        add_intervention(case, long_term)
    assert caught.value.rule == "long_term_after_decision"


def test_time_limited_intervention_needs_an_end() -> None:
    with pytest.raises(DomainError) as caught:
        Intervention("Samtal", InterventionUrgency.TIME_LIMITED, date(2026, 9, 2))
    assert (caught.value.field, caught.value.rule) == ("intervention.ends_on", "required")
    with pytest.raises(DomainError) as caught:
        Intervention(
            "Samtal",
            InterventionUrgency.URGENT,
            date(2026, 9, 2),
            starts_on=date(2026, 9, 5),
            ends_on=date(2026, 9, 4),
        )
    assert caught.value.rule == "date_order"


def test_transfer_from_district_to_sav_when_the_threat_rises() -> None:
    case = _opened(Unit.HISINGEN)
    sav = _routing(Unit.SAV)
    assert transfer_target(Unit.HISINGEN, sav) is Unit.SAV
    closed, plan = transfer_case(case, sav, date(2026, 10, 5))
    assert closed.is_closed
    assert closed.status is CaseStatus.TRANSFERRED
    assert closed.closure_reason is ClosureReason.HANDLING_TRANSFERRED
    assert closed.history[-1].receiving_unit is Unit.SAV
    assert (plan.from_unit, plan.to_unit, plan.on) == (Unit.HISINGEN, Unit.SAV, date(2026, 10, 5))
    received = open_transferred_case(closed, plan, "SAV-7")
    assert received.handling_unit is Unit.SAV
    assert received.status is CaseStatus.INVESTIGATION
    assert received.opened_on == date(2026, 10, 5)
    assert received.transferred_from is Unit.HISINGEN
    assert received.routing == sav
    assert received.interventions == ()


def test_sav_transfers_back_to_the_district_when_not_a_special_defector() -> None:
    at_sav = _opened(Unit.SAV)
    district = _routing(Unit.HISINGEN)
    assert transfer_target(Unit.SAV, district) is Unit.HISINGEN
    closed, plan = transfer_case(at_sav, district, date(2026, 10, 5))
    assert plan.to_unit is Unit.HISINGEN
    assert closed.closure_reason is ClosureReason.HANDLING_TRANSFERRED


def test_no_transfer_when_already_at_the_right_board() -> None:
    assert transfer_target(Unit.HISINGEN, _routing(Unit.HISINGEN)) is None
    with pytest.raises(DomainError) as caught:
        transfer_case(_opened(), _routing(Unit.HISINGEN), date(2026, 10, 5))
    assert caught.value.rule == "no_transfer_needed"


def test_closed_cases_cannot_be_transferred_or_reassessed() -> None:
    closed = change_status(_opened(), CaseStatus.CLOSED, date(2026, 10, 1), ClosureReason.OTHER)
    with pytest.raises(DomainError):
        transfer_case(closed, _routing(Unit.SAV), date(2026, 10, 5))
    with pytest.raises(DomainError):
        record_routing(closed, _routing(Unit.SAV))
    with pytest.raises(DomainError) as caught:
        open_transferred_case(closed, transfer_case(_opened(), _routing(Unit.SAV), TODAY)[1], "X")
    assert caught.value.rule == "transfer_through_plan"



def test_an_awaited_transfer_goes_back_to_the_investigation_only_for_the_serious_crime_judgement(
) -> None:
    """Guideline, "Övriga aspekter": «Om individen är misstänkt för allvarlig brottslighet ska
    det i samverkan med Polismyndigheten göras en bedömning om det är lämpligt att fortsätta
    avhoppäretredningen.» A case routed back here while that judgement is pending is
    investigated here, neither awaiting a transfer nor decided."""
    routed_away = record_routing(_opened(), _routing(Unit.SAV))
    case = change_status(routed_away, CaseStatus.AWAITING_TRANSFER, FIRST_CONTACT)
    with pytest.raises(DomainError) as refused:  # still routed away
        change_status(case, CaseStatus.INVESTIGATION, FIRST_CONTACT)
    assert refused.value.rule == "investigation_after_serious_crime"
    routed_back = record_routing(case, _routing(Unit.HISINGEN))
    with pytest.raises(DomainError):  # nothing holds the decision: it is decided instead
        change_status(routed_back, CaseStatus.INVESTIGATION, FIRST_CONTACT)
    assert change_status(routed_back, CaseStatus.DECIDED, FIRST_CONTACT).status is (
        CaseStatus.DECIDED)
    pending = replace(routed_back, checkpoints=replace(
        routed_back.checkpoints, serious_crime=SeriousCrimeCheck(
            True, None, ConsultationOutcome.PENDING)))
    assert change_status(pending, CaseStatus.INVESTIGATION,
                         FIRST_CONTACT).status is CaseStatus.INVESTIGATION
