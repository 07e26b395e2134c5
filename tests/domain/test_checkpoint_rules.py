"""Checkpoints and relatives (guideline, "Ärendeprocess › Övriga aspekter", "Statliga medel",
"Utredning av ett avhopparärende")."""

from __future__ import annotations

from datetime import date

import pytest
from domain_builders import TODAY, consent, make_input

from utvag.domain.checkpoints import (
    Checkpoints,
    ConsultationOutcome,
    CustodyCheck,
    CustodySetting,
    FundingDecision,
    PoliceRequirements,
    SeriousCrimeCheck,
    StateFunding,
)
from utvag.domain.errors import DomainError
from utvag.domain.evidence import Authority
from utvag.domain.relatives import Relation, Relative
from utvag.domain.rules import (
    assess,
    custody_warnings,
    may_handle_relatives_case,
    relative_warnings,
    serious_crime_warnings,
    state_funding_warnings,
)
from utvag.domain.units import DISTRICTS, Unit

ON = date(2026, 10, 10)


@pytest.mark.parametrize(
    ("check", "codes"),
    [
        (SeriousCrimeCheck(), []),
        (SeriousCrimeCheck(True), ["serious_crime_consultation_pending"]),
        (
            SeriousCrimeCheck(True, None, ConsultationOutcome.PENDING),
            ["serious_crime_consultation_pending"],
        ),
        (SeriousCrimeCheck(True, ON, ConsultationOutcome.CONTINUE), []),
        (
            SeriousCrimeCheck(True, ON, ConsultationOutcome.DISCONTINUE),
            ["serious_crime_discontinue"],
        ),
    ],
)
def test_serious_crime_needs_a_police_consultation(
    check: SeriousCrimeCheck, codes: list[str]
) -> None:
    assert [m.code for m in serious_crime_warnings(check)] == codes


def test_serious_crime_consultation_is_dated() -> None:
    with pytest.raises(DomainError) as caught:
        SeriousCrimeCheck(True, None, ConsultationOutcome.CONTINUE)
    assert caught.value.field == "serious_crime.consulted_on"
    with pytest.raises(DomainError) as caught:
        SeriousCrimeCheck(False, ON, ConsultationOutcome.CONTINUE)
    assert caught.value.rule == "not_applicable"


def test_custody_coordinates_with_kriminalvarden_or_sis() -> None:
    assert CustodySetting.PRISON.coordinating_authority is Authority.PRISON_PROBATION
    assert CustodySetting.CLOSED_YOUTH_CARE.coordinating_authority is Authority.SIS
    assert CustodySetting.NONE.coordinating_authority is None
    assert custody_warnings(CustodyCheck()) == ()
    prison = custody_warnings(CustodyCheck(CustodySetting.PRISON))
    assert [m.code for m in prison] == [
        "custody_release_date_missing",
        "custody_transition_plan_missing",
    ]
    assert "Kriminalvården" in prison[1].sv
    youth = custody_warnings(CustodyCheck(CustodySetting.CLOSED_YOUTH_CARE, ON, False))
    assert "SiS" in youth[0].sv
    assert custody_warnings(CustodyCheck(CustodySetting.PRISON, ON, True)) == ()
    with pytest.raises(DomainError):
        CustodyCheck(CustodySetting.NONE, ON)


def test_custody_authority_must_be_covered_by_consent() -> None:
    in_prison = Checkpoints(custody=CustodyCheck(CustodySetting.PRISON, ON, True))
    narrow = assess(make_input(checkpoints=in_prison), today=TODAY)
    assert not narrow.criteria.consent
    wide = make_input(
        checkpoints=in_prison, consent=consent(Authority.POLICE, Authority.PRISON_PROBATION)
    )
    assert assess(wide, today=TODAY).criteria.consent


def test_state_funding_is_applied_for_by_social_services_and_decided_by_police() -> None:
    ok = PoliceRequirements(signed_police_form=True, witness_in_ongoing_case=False)
    applied = StateFunding(True, ON, FundingDecision.PENDING)
    assert state_funding_warnings(StateFunding(), PoliceRequirements(), True) == ()
    assert state_funding_warnings(applied, ok, True) == ()
    codes = [
        m.code for m in state_funding_warnings(applied, PoliceRequirements(False, True), False)
    ]
    assert codes == [
        "state_funding_not_defector",
        "state_funding_police_form_missing",
        "state_funding_witness",
    ]
    with pytest.raises(DomainError) as caught:
        StateFunding(True)
    assert caught.value.field == "state_funding.applied_on"
    with pytest.raises(DomainError) as caught:
        StateFunding(False, ON)
    assert caught.value.rule == "not_applicable"
    with pytest.raises(DomainError) as caught:
        StateFunding(True, ON, FundingDecision.GRANTED, date(2026, 10, 1))
    assert caught.value.rule == "date_order"


def test_relatives_are_informed_and_get_a_contact_path() -> None:
    informed = Relative("P-2", Relation.PARENT, ON, Unit.NORDOST, "Mottagningen Nordost")
    uninformed = Relative("P-3", Relation.SIBLING)
    assert relative_warnings([informed]) == ()
    assert [m.code for m in relative_warnings([uninformed])] == [
        "relative_not_informed",
        "relative_contact_path_missing",
    ]


def test_relatives_cases_are_handled_by_district_boards() -> None:
    assert all(may_handle_relatives_case(unit) for unit in DISTRICTS)
    assert not may_handle_relatives_case(Unit.SAV)
    with pytest.raises(DomainError) as caught:
        Relative("P-2", Relation.CHILD, responsible_unit=Unit.SAV)
    assert caught.value.rule == "relatives_at_district_board"
