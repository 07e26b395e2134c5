"""The four criteria (guideline, "Ärendeprocess › Kriterier/Bedömning av kriterierna")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import product

import pytest
from domain_builders import EARLIER, TODAY, answer, consent, criminal_network, make_input

from utvag.domain.criteria import CriteriaResult, Criterion, Motivation, WomensRolesConsideration
from utvag.domain.evidence import Authority, EvidenceSource
from utvag.domain.milieu import ExtremistMilieu, Milieu, MilieuJudge, MilieuKind
from utvag.domain.rules import (
    assess,
    belonging_source_warnings,
    belongs_criterion,
    consent_criterion,
    expected_milieu_judge,
    involved_authorities,
    is_defector,
    is_honour_context_defector,
    milieu_judge_warnings,
    needs_protection_criterion,
    wants_to_leave_criterion,
    womens_roles_warnings,
)
from utvag.domain.threat import ThreatLevel


@pytest.mark.parametrize("values", list(product([True, False], repeat=4)))
def test_defector_only_when_all_four_criteria_hold(values: tuple[bool, ...]) -> None:
    criteria = CriteriaResult(*values)
    assert is_defector(criteria) is all(values)
    assert len(criteria.failed()) == values.count(False)


def test_belongs_met_with_a_classified_milieu() -> None:
    result = belongs_criterion(criminal_network(), answer(Criterion.BELONGS))
    assert result.met
    assert result.reasons[0].code == "belongs_met"
    assert "icke-namngiven grupp" in result.reasons[0].sv


def test_belongs_not_met_when_answered_no() -> None:
    result = belongs_criterion(criminal_network(), answer(Criterion.BELONGS, False))
    assert not result.met
    assert [m.code for m in result.reasons] == ["belongs_not_met"]


def test_honour_context_requires_the_person_to_be_a_perpetrator() -> None:
    victim = Milieu(MilieuKind.HONOUR_CONTEXT, honour_perpetrator=False)
    perpetrator = Milieu(MilieuKind.HONOUR_CONTEXT, honour_perpetrator=True)
    assert not is_honour_context_defector(victim)
    assert is_honour_context_defector(perpetrator)
    result = belongs_criterion(victim, answer(Criterion.BELONGS, True))
    assert not result.met
    assert result.reasons[0].code == "honour_context_not_perpetrator"
    assert belongs_criterion(perpetrator, answer(Criterion.BELONGS, True)).met


def test_belonging_on_the_individuals_word_alone_is_flagged() -> None:
    only_self = answer(Criterion.BELONGS, sources=frozenset({EvidenceSource.INDIVIDUAL}))
    with_police = answer(Criterion.BELONGS)
    assert [m.code for m in belonging_source_warnings(only_self)] == [
        "belongs_without_authority_source"
    ]
    assert belonging_source_warnings(with_police) == ()


def test_milieu_is_judged_by_police_or_security_service() -> None:
    assert expected_milieu_judge(MilieuKind.CRIMINAL_NETWORK) is MilieuJudge.POLICE
    assert expected_milieu_judge(MilieuKind.VIOLENT_EXTREMISM) is MilieuJudge.SECURITY_SERVICE
    assert expected_milieu_judge(MilieuKind.HONOUR_CONTEXT) is None
    wrong = replace(criminal_network(), judged_by=MilieuJudge.SECURITY_SERVICE)
    assert [m.code for m in milieu_judge_warnings(wrong)] == ["milieu_judge_unexpected"]
    unjudged = replace(criminal_network(), judged_by=None, judged_on=None)
    assert [m.code for m in milieu_judge_warnings(unjudged)] == ["milieu_judgement_missing"]
    assert milieu_judge_warnings(criminal_network()) == ()


def test_the_unexpected_judge_warning_names_the_authority_the_guideline_names() -> None:
    wrong = replace(criminal_network(), judged_by=MilieuJudge.SECURITY_SERVICE)
    (warning,) = milieu_judge_warnings(wrong)
    assert warning.sv.endswith("nätverk av Polismyndigheten.")
    assert warning.en.endswith("is judged by the Police.")
    assert [judge.authority for judge in MilieuJudge] == [Authority.POLICE,
                                                         Authority.SECURITY_SERVICE]


@pytest.mark.parametrize(
    ("wish", "consent_given", "insight", "long_term", "codes"),
    [
        (True, True, True, True, ["wants_to_leave_met"]),
        (False, True, True, True, ["wants_to_leave_not_stated"]),
        (True, False, True, True, ["wish_without_consent"]),
        (True, True, False, True, ["motivation_insight_missing"]),
        (True, True, True, False, ["motivation_long_term_missing"]),
        (
            False,
            False,
            False,
            False,
            [
                "wants_to_leave_not_stated",
                "wish_without_consent",
                "motivation_insight_missing",
                "motivation_long_term_missing",
            ],
        ),
    ],
)
def test_wish_to_leave_is_shown_by_consent_and_motivation(
    wish: bool, consent_given: bool, insight: bool, long_term: bool, codes: list[str]
) -> None:
    result = wants_to_leave_criterion(
        answer(Criterion.WANTS_TO_LEAVE, wish), Motivation(insight, long_term), consent_given
    )
    assert result.met is (codes == ["wants_to_leave_met"])
    assert [m.code for m in result.reasons] == codes


def test_needs_protection_follows_answer_and_high_threat() -> None:
    yes, no = answer(Criterion.NEEDS_PROTECTION, True), answer(Criterion.NEEDS_PROTECTION, False)
    assert needs_protection_criterion(yes, ThreatLevel.LOW).met
    assert not needs_protection_criterion(no, ThreatLevel.LOW).met
    assert needs_protection_criterion(no, ThreatLevel.HIGH).met
    assert "hög" in needs_protection_criterion(yes, ThreatLevel.HIGH).reasons[0].sv


def test_involved_authorities_always_include_police_and_sources() -> None:
    sis = answer(Criterion.BELONGS, sources=frozenset({EvidenceSource.SIS}))
    milieu = Milieu(
        MilieuKind.VIOLENT_EXTREMISM,
        extremist_milieu=ExtremistMilieu.LEFT_WING,
        judged_by=MilieuJudge.SECURITY_SERVICE,
        judged_on=EARLIER,
    )
    involved = involved_authorities((sis,), milieu, Authority.PRISON_PROBATION)
    # the Security Service judging which milieus exist is no exchange about the individual
    assert involved == {Authority.POLICE, Authority.SIS, Authority.PRISON_PROBATION}
    sapo = answer(Criterion.BELONGS, sources=frozenset({EvidenceSource.SECURITY_SERVICE}))
    assert Authority.SECURITY_SERVICE in involved_authorities((sapo,), milieu)
    only_self = answer(Criterion.BELONGS, sources=frozenset({EvidenceSource.INDIVIDUAL}))
    assert involved_authorities((only_self,), criminal_network()) == {Authority.POLICE}


def test_consent_must_exist_cover_the_authorities_and_not_be_withdrawn() -> None:
    involved = frozenset({Authority.POLICE, Authority.PRISON_PROBATION})
    assert consent_criterion(None, involved, TODAY).reasons[0].code == "consent_missing"
    partial = consent_criterion(consent(Authority.POLICE), involved, TODAY)
    assert not partial.met
    assert partial.reasons[0].code == "consent_not_covering"
    assert "Kriminalvården" in partial.reasons[0].sv
    assert "Prison and Probation Service" in partial.reasons[0].en
    full = consent_criterion(consent(Authority.POLICE, Authority.PRISON_PROBATION), involved, TODAY)
    assert full.met
    withdrawn = consent(Authority.POLICE, Authority.PRISON_PROBATION, withdrawn_on=EARLIER)
    result = consent_criterion(withdrawn, involved, TODAY)
    assert not result.met
    assert result.reasons[0].code == "consent_withdrawn"
    # judged on a day before the withdrawal, the consent still held
    later = consent(Authority.POLICE, Authority.PRISON_PROBATION, withdrawn_on=date(2026, 10, 20))
    assert consent_criterion(later, involved, date(2026, 10, 10)).met
    assert not consent_criterion(later, involved, TODAY).met


def test_womens_roles_must_be_considered() -> None:
    assert womens_roles_warnings(WomensRolesConsideration(True)) == ()
    assert [m.code for m in womens_roles_warnings(WomensRolesConsideration(False))] == [
        "womens_roles_not_considered"
    ]
    outcome = assess(make_input(womens_roles=WomensRolesConsideration(False)), today=TODAY)
    assert outcome.is_defector
    assert "womens_roles_not_considered" in [m.code for m in outcome.warnings]
