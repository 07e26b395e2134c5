"""Routing by threat (guideline, "Ärendeprocess › Ärendefördelning utifrån hotbild")."""

from __future__ import annotations

from datetime import date

import pytest
from domain_builders import TODAY, high_threat_input, make_input, threat
from hypothesis import given
from hypothesis import strategies as st

from utvag.domain.errors import DomainError
from utvag.domain.protection import ProtectionNeed, Relocation
from utvag.domain.routing import RoutingOutcome, SavDecision, SpecialCircumstances
from utvag.domain.rules import assess, is_special_defector, route
from utvag.domain.threat import ThreatLevel
from utvag.domain.units import DISTRICTS, Unit

DECIDED_ON = date(2026, 10, 15)


@st.composite
def special_circumstances(draw: st.DrawFn) -> SpecialCircumstances | None:
    if draw(st.booleans()):
        return None
    decision = draw(st.sampled_from(SavDecision))
    justification = draw(st.text(min_size=1, max_size=50).filter(lambda s: s.strip() != ""))
    decided_on = None if decision is SavDecision.PENDING else DECIDED_ON
    return SpecialCircumstances(justification, decision, decided_on)


routing_inputs = st.fixed_dictionaries(
    {
        "is_defector": st.booleans(),
        "belonging": st.sampled_from(DISTRICTS),
        "threat_level": st.sampled_from(ThreatLevel),
        "protection_need": st.sampled_from(ProtectionNeed),
        "special_circumstances": special_circumstances(),
    }
)


@given(routing_inputs)
def test_routing_is_total_and_deterministic(kwargs: dict[str, object]) -> None:
    first = route(**kwargs)  # type: ignore[arg-type]
    second = route(**kwargs)  # type: ignore[arg-type]
    assert isinstance(first, RoutingOutcome)
    assert first == second
    assert first.unit in Unit
    assert first.reasons


@given(routing_inputs)
def test_high_threat_defector_is_never_routed_to_a_district(kwargs: dict[str, object]) -> None:
    outcome = route(**kwargs)  # type: ignore[arg-type]
    if kwargs["is_defector"] and kwargs["threat_level"] is ThreatLevel.HIGH:
        assert outcome.unit is Unit.SAV
        assert outcome.special_defector


@given(routing_inputs)
def test_only_special_defectors_go_to_sav_and_others_stay_in_their_district(
    kwargs: dict[str, object],
) -> None:
    outcome = route(**kwargs)  # type: ignore[arg-type]
    without_belonging = {k: v for k, v in kwargs.items() if k != "belonging"}
    assert outcome.special_defector == is_special_defector(**without_belonging)  # type: ignore[arg-type]
    if outcome.special_defector:
        assert outcome.unit is Unit.SAV
    else:
        assert outcome.unit is kwargs["belonging"]
    if not kwargs["is_defector"]:
        assert not outcome.special_defector


@pytest.mark.parametrize(
    ("threat_level", "need", "special", "unit", "special_defector", "reason", "warnings"),
    [
        (ThreatLevel.LOW, ProtectionNeed.LOW, None, Unit.NORDOST, False, "route_district", []),
        (
            ThreatLevel.HIGH,
            ProtectionNeed.HIGH,
            None,
            Unit.SAV,
            True,
            "route_special_defector_threat",
            [],
        ),
        (
            ThreatLevel.LOW,
            ProtectionNeed.HIGH,
            None,
            Unit.NORDOST,
            False,
            "route_district",
            ["low_threat_high_protection_need"],
        ),
        (
            ThreatLevel.LOW,
            ProtectionNeed.LOW,
            SpecialCircumstances("Motivering.", SavDecision.APPROVED, DECIDED_ON),
            Unit.SAV,
            True,
            "route_special_circumstances",
            [],
        ),
        (
            ThreatLevel.LOW,
            ProtectionNeed.HIGH,
            SpecialCircumstances("Motivering.", SavDecision.PENDING),
            Unit.NORDOST,
            False,
            "route_district",
            ["override_pending"],
        ),
        (
            ThreatLevel.LOW,
            ProtectionNeed.LOW,
            SpecialCircumstances("Motivering.", SavDecision.REJECTED, DECIDED_ON),
            Unit.NORDOST,
            False,
            "route_district",
            ["override_rejected"],
        ),
        (
            ThreatLevel.HIGH,
            ProtectionNeed.HIGH,
            SpecialCircumstances("Motivering.", SavDecision.REJECTED, DECIDED_ON),
            Unit.SAV,
            True,
            "route_special_defector_threat",
            ["override_ignored_high_threat"],
        ),
    ],
)
def test_routing_table(
    threat_level: ThreatLevel,
    need: ProtectionNeed,
    special: SpecialCircumstances | None,
    unit: Unit,
    special_defector: bool,
    reason: str,
    warnings: list[str],
) -> None:
    outcome = route(
        is_defector=True,
        belonging=Unit.NORDOST,
        threat_level=threat_level,
        protection_need=need,
        special_circumstances=special,
    )
    assert outcome.unit is unit
    assert outcome.special_defector is special_defector
    assert [m.code for m in outcome.reasons] == [reason]
    assert [m.code for m in outcome.warnings] == warnings


def test_sav_is_chosen_whatever_the_district() -> None:
    for district in DISTRICTS:
        outcome = route(
            is_defector=True,
            belonging=district,
            threat_level=ThreatLevel.HIGH,
            protection_need=ProtectionNeed.HIGH,
        )
        assert outcome.unit is Unit.SAV
        assert district.name_sv in outcome.reasons[0].sv


def test_special_circumstances_reason_carries_the_justification() -> None:
    override = SpecialCircumstances("Känd i hela stadsdelen.", SavDecision.APPROVED, DECIDED_ON)
    outcome = route(
        is_defector=True,
        belonging=Unit.CENTRUM,
        threat_level=ThreatLevel.LOW,
        protection_need=ProtectionNeed.LOW,
        special_circumstances=override,
    )
    assert "Känd i hela stadsdelen." in outcome.reasons[0].sv
    assert "SAV" in outcome.reasons[0].en


def test_not_a_defector_stays_with_the_district_board() -> None:
    outcome = route(
        is_defector=False,
        belonging=Unit.SYDVAST,
        threat_level=ThreatLevel.HIGH,
        protection_need=ProtectionNeed.HIGH,
    )
    assert outcome.unit is Unit.SYDVAST
    assert not outcome.special_defector
    assert outcome.reasons[0].code == "route_not_defector"


def test_belonging_must_be_a_district() -> None:
    with pytest.raises(DomainError) as caught:
        route(
            is_defector=True,
            belonging=Unit.SAV,
            threat_level=ThreatLevel.LOW,
            protection_need=ProtectionNeed.LOW,
        )
    assert (caught.value.field, caught.value.rule) == ("belonging", "district")


def test_routing_outcome_keeps_special_defectors_at_sav() -> None:
    with pytest.raises(DomainError) as caught:
        RoutingOutcome(Unit.HISINGEN, True, ())
    assert caught.value.rule == "special_defector_at_sav"
    with pytest.raises(DomainError):
        RoutingOutcome(Unit.SAV, False, ())


@given(
    belonging=st.sampled_from(DISTRICTS),
    level=st.sampled_from(ThreatLevel),
    low_need=st.sampled_from(ProtectionNeed),
    low_relocation=st.sampled_from(Relocation),
    special=special_circumstances(),
)
def test_assessment_never_sends_a_high_threat_defector_to_a_district(
    belonging: Unit,
    level: ThreatLevel,
    low_need: ProtectionNeed,
    low_relocation: Relocation,
    special: SpecialCircumstances | None,
) -> None:
    if level is ThreatLevel.HIGH:
        inp = high_threat_input(belonging=belonging, special_circumstances=special)
    else:
        inp = make_input(
            belonging=belonging,
            threat=threat(level),
            protection_need=low_need,
            relocation=low_relocation,
            special_circumstances=special,
        )
    outcome = assess(inp, today=TODAY)
    assert outcome == assess(inp, today=TODAY)
    assert outcome.is_defector
    if level is ThreatLevel.HIGH:
        assert (outcome.route_to, outcome.special_defector) == (Unit.SAV, True)
        assert outcome.relocation is Relocation.AWAY
    elif not outcome.special_defector:
        assert outcome.route_to is belonging
