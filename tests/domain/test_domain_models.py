"""The domain's dataclasses refuse inconsistent values, naming field and rule."""

from __future__ import annotations

from datetime import date

import pytest
from domain_builders import EARLIER, TODAY, make_input

from utvag.domain.assessment import AssessmentOutcome
from utvag.domain.consent import ConsentRecord
from utvag.domain.criteria import Criterion, CriterionAnswer
from utvag.domain.errors import DomainError, DomainErrors, raise_if_any
from utvag.domain.evidence import Authority, EvidenceSource
from utvag.domain.labelled import LabelledEnum
from utvag.domain.messages import CODES, Message, message
from utvag.domain.milieu import ExtremistMilieu, Milieu, MilieuJudge, MilieuKind, NetworkCategory
from utvag.domain.routing import SavDecision, SpecialCircumstances
from utvag.domain.rules import assess
from utvag.domain.units import DISTRICTS, Unit


def test_units_and_districts() -> None:
    assert [u.value for u in Unit] == ["Centrum", "Hisingen", "Nordost", "Sydvast", "SAV"]
    assert DISTRICTS == (Unit.CENTRUM, Unit.HISINGEN, Unit.NORDOST, Unit.SYDVAST)
    assert not Unit.SAV.is_district
    assert Unit.SYDVAST.name_sv == "Socialnämnden Sydväst"


def test_every_evidence_source_but_the_individual_is_an_authority() -> None:
    """The two enums list the authorities twice (each member must be typed out for the type
    checker); a source added to one and not the other would break ``authority``."""
    assert [s.value for s in EvidenceSource] == ["individual", *(a.value for a in Authority)]
    assert EvidenceSource.SIS.authority is Authority.SIS
    assert Authority.SIS.name_en == "the National Board of Institutional Care (SiS)"


def test_a_labelled_member_without_both_labels_is_refused_when_defined() -> None:
    with pytest.raises(ValueError):
        class Half(LabelledEnum):
            ONLY_SV = "only_sv", "bara svenska"


def test_four_network_categories_and_three_extremist_milieus() -> None:
    assert {c.value for c in NetworkCategory} == {
        "self_defined",
        "externally_defined",
        "unnamed",
        "project_based",
    }
    assert {m.value for m in ExtremistMilieu} == {"right_wing", "left_wing", "violent_islamist"}


@pytest.mark.parametrize(
    ("kwargs", "field", "rule"),
    [
        ({"kind": MilieuKind.CRIMINAL_NETWORK}, "milieu.network_category", "required"),
        ({"kind": MilieuKind.VIOLENT_EXTREMISM}, "milieu.extremist_milieu", "required"),
        ({"kind": MilieuKind.HONOUR_CONTEXT}, "milieu.honour_perpetrator", "required"),
        (
            {
                "kind": MilieuKind.HONOUR_CONTEXT,
                "honour_perpetrator": True,
                "network_category": NetworkCategory.UNNAMED,
            },
            "milieu.network_category",
            "not_applicable",
        ),
        (
            {
                "kind": MilieuKind.CRIMINAL_NETWORK,
                "network_category": NetworkCategory.UNNAMED,
                "judged_by": MilieuJudge.POLICE,
            },
            "milieu.judged_on",
            "required",
        ),
    ],
)
def test_milieu_holds_exactly_its_own_detail(
    kwargs: dict[str, object], field: str, rule: str
) -> None:
    with pytest.raises(DomainError) as caught:
        Milieu(**kwargs)  # type: ignore[arg-type]
    assert (caught.value.field, caught.value.rule) == (field, rule)


def test_criterion_answer_needs_evidence_and_sources() -> None:
    with pytest.raises(DomainError) as caught:
        CriterionAnswer(Criterion.BELONGS, True, "  ", frozenset({EvidenceSource.POLICE}), EARLIER)
    assert (caught.value.field, caught.value.rule) == ("belongs.evidence", "required")
    with pytest.raises(DomainError) as caught:
        CriterionAnswer(Criterion.WANTS_TO_LEAVE, True, "x", frozenset(), EARLIER)
    assert caught.value.field == "wants_to_leave.sources"
    answer = CriterionAnswer(
        Criterion.BELONGS,
        True,
        "x",
        frozenset({EvidenceSource.INDIVIDUAL, EvidenceSource.SIS}),
        EARLIER,
    )
    assert answer.authorities == {Authority.SIS}


def test_consent_record_rules() -> None:
    with pytest.raises(DomainError) as caught:
        ConsentRecord(frozenset(), EARLIER)
    assert caught.value.field == "consent.authorities"
    with pytest.raises(DomainError) as caught:
        ConsentRecord(
            frozenset({Authority.POLICE}), EARLIER, withdrawn_on=date(2026, 9, 1), withdrawn_by="x"
        )
    assert caught.value.rule == "date_order"
    with pytest.raises(DomainError) as caught:
        ConsentRecord(frozenset({Authority.POLICE}), EARLIER, withdrawn_on=TODAY)
    assert caught.value.field == "consent.withdrawn_by"
    record = ConsentRecord(frozenset({Authority.POLICE, Authority.SIS}), EARLIER)
    assert record.covers(frozenset({Authority.POLICE}))
    assert record.missing(frozenset({Authority.POLICE, Authority.HEALTH_CARE})) == {
        Authority.HEALTH_CARE
    }


def test_special_circumstances_need_justification_and_a_dated_sav_decision() -> None:
    with pytest.raises(DomainError) as caught:
        SpecialCircumstances("", SavDecision.APPROVED, EARLIER)
    assert caught.value.field == "special_circumstances.justification"
    with pytest.raises(DomainError) as caught:
        SpecialCircumstances("Skäl.", SavDecision.APPROVED)
    assert caught.value.field == "special_circumstances.decided_on"
    with pytest.raises(DomainError) as caught:
        SpecialCircumstances("Skäl.", SavDecision.PENDING, EARLIER)
    assert caught.value.rule == "not_applicable"
    assert SpecialCircumstances("Skäl.", SavDecision.APPROVED, EARLIER).approved
    assert not SpecialCircumstances("Skäl.", SavDecision.PENDING).approved


def test_assessment_belonging_must_be_a_district() -> None:
    with pytest.raises(DomainError) as caught:
        make_input(belonging=Unit.SAV)
    assert caught.value.rule == "district"


def test_outcome_round_trips_through_its_dict() -> None:
    outcome = assess(make_input(), today=TODAY)
    data = outcome.to_dict()
    assert set(data) == {
        "is_defector",
        "criteria",
        "special_defector",
        "route_to",
        "relocation",
        "reasons",
        "warnings",
    }
    assert set(data["criteria"]) == {"belongs", "wants_to_leave", "needs_protection", "consent"}
    assert AssessmentOutcome.from_dict(data) == outcome
    data["route_to"] = "Göteborg"
    with pytest.raises(DomainError) as caught:
        AssessmentOutcome.from_dict(data)
    assert caught.value.rule == "format"


def test_messages_have_both_languages_and_stable_codes() -> None:
    for code in CODES:
        assert code.islower() and " " not in code
    msg = message("consent_not_covering", missing=("SiS", "the SiS"))
    assert msg == Message("consent_not_covering", msg.sv, msg.en)
    assert "SiS" in msg.sv and "the SiS" in msg.en
    with pytest.raises(KeyError):
        message("no_such_code")


def test_domain_errors_group() -> None:
    first = DomainError("a", field="x", rule="r1")
    second = DomainError("b", field="y", rule="r2")
    group = DomainErrors([first, second])
    assert (group.field, group.rule) == ("x", "r1")
    assert "1 more problem" in str(group)
    assert isinstance(group, ValueError)
    raise_if_any([])
    with pytest.raises(DomainError) as caught:
        raise_if_any([first])
    assert caught.value is first
    with pytest.raises(DomainErrors):
        raise_if_any([first, second])
