"""Protection, relocation and threat assessments (guideline, "Ärendeprocess")."""

from __future__ import annotations

from datetime import date

import pytest
from domain_builders import EARLIER, TODAY, high_threat_input, make_input, threat
from hypothesis import given
from hypothesis import strategies as st

from utvag.domain.errors import DomainError, DomainErrors
from utvag.domain.protection import ProtectionNeed, Relocation
from utvag.domain.rules import (
    assess,
    effective_protection_need,
    governing_threat,
    protection_contradictions,
    relocation_reasons,
    required_relocation,
    threat_review_warnings,
)
from utvag.domain.threat import ThreatAssessment, ThreatLevel, ThreatNature


@given(st.sampled_from(Relocation))
def test_high_threat_always_means_relocation_away(assessed: Relocation) -> None:
    assert required_relocation(ThreatLevel.HIGH, assessed) is Relocation.AWAY


@pytest.mark.parametrize("assessed", list(Relocation))
def test_low_threat_keeps_the_assessed_relocation(assessed: Relocation) -> None:
    assert required_relocation(ThreatLevel.LOW, assessed) is assessed
    reasons, warnings = relocation_reasons(ThreatLevel.LOW, assessed)
    assert reasons[0].code == "relocation_low_threat_assessed"
    assert [m.code for m in warnings] == (
        ["relocation_to_assess"] if assessed is Relocation.TO_ASSESS else []
    )


def test_high_threat_means_high_protection_need() -> None:
    assert effective_protection_need(ThreatLevel.HIGH, ProtectionNeed.LOW) is ProtectionNeed.HIGH
    assert effective_protection_need(ThreatLevel.LOW, ProtectionNeed.LOW) is ProtectionNeed.LOW
    assert effective_protection_need(ThreatLevel.LOW, ProtectionNeed.HIGH) is ProtectionNeed.HIGH


@pytest.mark.parametrize(
    ("need", "relocation", "answer", "fields"),
    [
        (ProtectionNeed.HIGH, Relocation.AWAY, True, []),
        (ProtectionNeed.HIGH, Relocation.NONE, True, ["relocation"]),
        (ProtectionNeed.HIGH, Relocation.WITHIN, True, ["relocation"]),
        (ProtectionNeed.HIGH, Relocation.TO_ASSESS, True, ["relocation"]),
        (ProtectionNeed.LOW, Relocation.AWAY, True, ["protection_need"]),
        (ProtectionNeed.HIGH, Relocation.AWAY, False, ["needs_protection.answer"]),
        (
            ProtectionNeed.LOW,
            Relocation.NONE,
            False,
            ["protection_need", "needs_protection.answer", "relocation"],
        ),
    ],
)
def test_high_threat_contradictions_are_refused(
    need: ProtectionNeed, relocation: Relocation, answer: bool, fields: list[str]
) -> None:
    errors = protection_contradictions(ThreatLevel.HIGH, need, relocation, answer)
    assert [e.field for e in errors] == fields
    # the same answers with a low threat contradict nothing
    assert protection_contradictions(ThreatLevel.LOW, need, relocation, answer) == []


def test_contradictions_are_checked_only_for_answers_given() -> None:
    assert protection_contradictions(ThreatLevel.HIGH) == []
    assert protection_contradictions(None, ProtectionNeed.LOW, Relocation.NONE, False) == []
    errors = protection_contradictions(ThreatLevel.HIGH, relocation=Relocation.NONE)
    assert [(e.field, e.rule) for e in errors] == [("relocation", "high_threat_relocation_away")]


def test_assess_refuses_high_threat_with_relocation_none() -> None:
    with pytest.raises(DomainError) as caught:
        assess(high_threat_input(relocation=Relocation.NONE), today=TODAY)
    assert (caught.value.field, caught.value.rule) == ("relocation", "high_threat_relocation_away")


def test_assess_reports_every_contradiction() -> None:
    inp = high_threat_input(relocation=Relocation.NONE, protection_need=ProtectionNeed.LOW)
    with pytest.raises(DomainErrors) as caught:
        assess(inp, today=TODAY)
    assert {e.rule for e in caught.value.errors} == {
        "high_threat_relocation_away",
        "high_threat_high_protection_need",
    }


def test_newest_threat_assessment_governs() -> None:
    old_high = threat(ThreatLevel.HIGH, assessed_on=date(2026, 3, 1), reference="A")
    new_low = threat(ThreatLevel.LOW, assessed_on=date(2026, 9, 1), reference="B")
    assert governing_threat([old_high, new_low]) is new_low
    assert governing_threat([new_low, old_high]) is new_low


def test_same_day_threat_assessments_resolve_to_the_higher_level() -> None:
    low = threat(ThreatLevel.LOW, reference="B")
    high = threat(ThreatLevel.HIGH, reference="A")
    assert governing_threat([low, high]) is high
    assert governing_threat([high, low]) is high


def test_routing_needs_a_threat_assessment() -> None:
    with pytest.raises(DomainError) as caught:
        governing_threat([])
    assert caught.value.rule == "threat_assessment_required"


def test_threat_review_is_followed_up() -> None:
    assert [m.code for m in threat_review_warnings(threat(review_on=None), TODAY)] == [
        "threat_review_missing"
    ]
    overdue = threat_review_warnings(threat(review_on=date(2026, 10, 31)), TODAY)
    assert [m.code for m in overdue] == ["threat_review_overdue"]
    assert "2026-10-31" in overdue[0].sv
    assert threat_review_warnings(threat(review_on=date(2027, 1, 1)), TODAY) == ()
    outcome = assess(make_input(threat=threat(review_on=date(2026, 10, 31))), today=TODAY)
    assert "threat_review_overdue" in [m.code for m in outcome.warnings]


def test_threat_assessment_needs_reference_and_ordered_review() -> None:
    with pytest.raises(DomainError) as caught:
        ThreatAssessment(ThreatLevel.LOW, ThreatNature.CONCRETE, EARLIER, " ")
    assert (caught.value.field, caught.value.rule) == ("threat.reference", "required")
    with pytest.raises(DomainError) as caught:
        ThreatAssessment(ThreatLevel.LOW, ThreatNature.CONCRETE, EARLIER, "R", date(2026, 1, 1))
    assert (caught.value.field, caught.value.rule) == ("threat.review_on", "date_order")
