"""The whole assessment: criteria, routing, relocation and refusals."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from domain_builders import TODAY, answer, consent, high_threat_input, make_input

from utvag.domain.checkpoints import Checkpoints, FundingDecision, StateFunding
from utvag.domain.criteria import Criterion, Motivation
from utvag.domain.errors import DomainError, DomainErrors
from utvag.domain.evidence import Authority
from utvag.domain.protection import Relocation
from utvag.domain.rules import assess, assessment_contradictions, future_date_errors
from utvag.domain.units import Unit


def test_low_threat_defector_goes_to_the_district() -> None:
    outcome = assess(make_input(), today=TODAY)
    assert outcome.is_defector
    assert outcome.criteria.all_met
    assert (outcome.route_to, outcome.special_defector) == (Unit.HISINGEN, False)
    assert outcome.relocation is Relocation.WITHIN
    codes = [m.code for m in outcome.reasons]
    assert codes == [
        "belongs_met",
        "wants_to_leave_met",
        "needs_protection_met",
        "consent_met",
        "defector",
        "route_district",
        "relocation_low_threat_assessed",
    ]
    assert outcome.warnings == ()


def test_high_threat_defector_is_a_special_defector_at_sav() -> None:
    outcome = assess(high_threat_input(belonging=Unit.SYDVAST), today=TODAY)
    assert (outcome.route_to, outcome.special_defector) == (Unit.SAV, True)
    assert outcome.relocation is Relocation.AWAY
    assert "relocation_high_threat_away" in [m.code for m in outcome.reasons]


def test_not_a_defector_explains_which_criteria_failed() -> None:
    inp = make_input(
        motivation=Motivation(has_insight=True, long_term_motivation=False),
        needs_protection=answer(Criterion.NEEDS_PROTECTION, False),
    )
    outcome = assess(inp, today=TODAY)
    assert not outcome.is_defector
    assert outcome.criteria.to_dict() == {
        "belongs": True,
        "wants_to_leave": False,
        "needs_protection": False,
        "consent": True,
    }
    codes = [m.code for m in outcome.reasons]
    assert "motivation_long_term_missing" in codes
    assert "needs_protection_not_met" in codes
    summary = next(m for m in outcome.reasons if m.code == "not_defector")
    assert "vill lämna den miljö man tillhört" in summary.sv
    assert "needs society's support" in summary.en
    assert "belongs to" not in summary.en
    assert outcome.route_to is Unit.HISINGEN
    assert not outcome.special_defector


def test_without_consent_both_the_wish_and_the_consent_fail() -> None:
    outcome = assess(make_input(consent=None), today=TODAY)
    assert not outcome.criteria.consent
    assert not outcome.criteria.wants_to_leave
    assert {"consent_missing", "wish_without_consent"} <= {m.code for m in outcome.reasons}


def test_consent_must_cover_authorities_named_as_sources() -> None:
    inp = make_input(consent=consent(Authority.HEALTH_CARE))
    outcome = assess(inp, today=TODAY)
    assert not outcome.is_defector
    assert "Polismyndigheten" in next(
        m.sv for m in outcome.reasons if m.code == "consent_not_covering"
    )


def test_withdrawn_consent_refuses_the_assessment() -> None:
    inp = make_input(consent=consent(Authority.POLICE, withdrawn_on=date(2026, 10, 20)))
    with pytest.raises(DomainError) as caught:
        assess(inp, today=TODAY)
    assert (caught.value.field, caught.value.rule) == ("consent.withdrawn", "consent_withdrawn")
    # a withdrawal cannot be recorded ahead of time
    with pytest.raises(DomainError) as caught:
        assess(inp, today=date(2026, 10, 19))
    assert (caught.value.field, caught.value.rule) == ("consent.withdrawn_on", "date_in_future")


def test_dates_of_past_events_cannot_be_in_the_future() -> None:
    future = date(2026, 12, 1)
    inp = make_input(belongs=replace(answer(Criterion.BELONGS), assessed_on=future))
    with pytest.raises(DomainError) as caught:
        assess(inp, today=TODAY)
    assert (caught.value.field, caught.value.rule) == ("belongs.assessed_on", "date_in_future")
    errors = future_date_errors([("a", TODAY), ("b", future), ("c", None)], TODAY)
    assert [e.field for e in errors] == ["b"]


def test_contradictions_are_collected_not_just_the_first() -> None:
    inp = high_threat_input(
        relocation=Relocation.NONE, consent=consent(Authority.POLICE, withdrawn_on=TODAY)
    )
    rules = {e.rule for e in assessment_contradictions(inp, TODAY)}
    assert rules == {"consent_withdrawn", "high_threat_relocation_away"}
    with pytest.raises(DomainErrors):
        assess(inp, today=TODAY)


def test_state_funding_warning_when_not_a_defector() -> None:
    checkpoints = Checkpoints(state_funding=StateFunding(True, TODAY, FundingDecision.PENDING))
    outcome = assess(make_input(consent=None, checkpoints=checkpoints), today=TODAY)
    assert "state_funding_not_defector" in [m.code for m in outcome.warnings]
