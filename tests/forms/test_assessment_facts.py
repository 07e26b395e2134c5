"""A signed assessment's facts are read by its form version's evaluator, typed, and are what the
rest of the application reads instead of the answers' field ids."""

from __future__ import annotations

from datetime import date
from typing import Any

from forms_helpers import TODAY, example_answers, registry

from utvag.domain.checkpoints import CustodySetting, FundingDecision
from utvag.domain.evidence import Authority
from utvag.domain.milieu import MilieuJudge, MilieuKind, NetworkCategory
from utvag.domain.protection import ProtectionNeed, Relocation
from utvag.domain.routing import SavDecision
from utvag.domain.threat import ThreatAssessment, ThreatLevel, ThreatNature
from utvag.domain.units import Unit
from utvag.forms import FormDefinition
from utvag.forms.evaluation import (
    answer_fields,
    case_fact_answers,
    derived_answers,
    evaluate_answers,
    facts_of,
    threat_answers,
)
from utvag.forms.facts import AssessmentFacts, MinorFacts


def form(version: int) -> FormDefinition:
    return registry().get("defector-assessment", version)


def signed(version: int, name: str) -> AssessmentFacts:
    """The facts of an example as the vault keeps it once signed: answers and outcome dict."""
    definition = form(version)
    answers = example_answers(name)
    outcome = evaluate_answers(definition, answers, today=TODAY)
    return facts_of(definition, answers, outcome.to_dict())


def test_a_signed_version_1_assessment_gives_its_facts() -> None:
    facts = signed(1, "answers-district-defector.json")
    assert facts.belonging is Unit.HISINGEN
    assert (facts.milieu.kind, facts.milieu.network_category, facts.milieu.judged_by) == (
        MilieuKind.CRIMINAL_NETWORK, NetworkCategory.UNNAMED, MilieuJudge.POLICE)
    assert facts.threat.assessment == ThreatAssessment(ThreatLevel.LOW, ThreatNature.LATENT,
                                            date(2026, 10, 6), "POL-2026-0001",
                                            date(2027, 1, 15))
    assert (facts.threat.level, facts.threat.review_on) == (ThreatLevel.LOW, date(2027, 1, 15))
    protection = facts.protection
    assert (protection.need, protection.relocation) == (ProtectionNeed.LOW, Relocation.WITHIN)
    consent = facts.consent
    assert consent.given and not consent.withdrawn
    assert consent.authorities == ("other_social_services", "police", "prison_probation")
    assert consent.given_on == date(2026, 10, 2)
    assert consent.form_reference == "bilaga-samtycke-1"
    assert consent.record is not None
    assert Authority.OTHER_SOCIAL_SERVICES in consent.record.authorities
    assert facts.protection.special_circumstances.claimed is False
    assert facts.checkpoints.custody_setting is CustodySetting.NONE
    assert not facts.checkpoints.state_funding.applied
    assert (facts.person_minor, facts.minor) == (None, None)  # version 1 has no minor's part
    assert facts.outcome is not None
    assert facts.outcome.is_defector and facts.outcome.route_to is Unit.HISINGEN
    assert facts.outcome.criteria.consent


def test_a_signed_version_2_assessment_adds_the_minors_part() -> None:
    facts = signed(2, "answers-young-defector.json")
    assert facts.person_minor is True
    assert facts.minor == MinorFacts(
        talked_with_young_person=True, talked_with_guardians=False,
        no_conversation_reason="Enligt Polisen är vårdnadshavaren en del av hotbilden; samtal "
        "hölls endast med den unge.",
        best_interests="Den unges trygghet väger tyngst; hen vill själv lämna nätverket och bo "
        "kvar i staden med stöd.",
        lvu_considered=True,
        lvu_note="Övervägt; frivilliga insatser bedöms räcka så länge den unge medverkar.")
    # The defector part is version 1's, read the same way.
    assert facts.belonging is Unit.HISINGEN and facts.threat.level is ThreatLevel.LOW
    assert facts.outcome is not None and facts.outcome.is_defector
    adult = {**example_answers("answers-young-defector.json"), "person_minor": False}
    assert facts_of(form(2), adult).minor is None


def test_special_circumstances_and_state_funding_are_typed() -> None:
    facts = signed(1, "answers-special-circumstances-override.json")
    special = facts.protection.special_circumstances
    assert special.claimed and special.approved
    assert special.sav_decision is SavDecision.APPROVED and special.record is not None
    funded = facts_of(form(1), {"state_funding_applied": True,
                                "state_funding_applied_on": "2026-10-01",
                                "state_funding_police_decision": "granted",
                                "state_funding_decided_on": "2026-10-20"}).checkpoints.state_funding
    assert (funded.applied, funded.applied_on, funded.police_decision, funded.decided_on) == (
        True, date(2026, 10, 1), FundingDecision.GRANTED, date(2026, 10, 20))


def test_consent_and_withdrawal_are_read_from_assessment_answers() -> None:
    # (was domain/legal_grounds' consent_from_answers and withdrawal_in; same assertions)
    def consent_from_answers(answers: dict[str, Any]) -> Any:
        return facts_of(form(1), answers).consent.record

    def withdrawal_in(answers: dict[str, Any]) -> tuple[bool, date | None]:
        consent = facts_of(form(1), answers).consent
        return consent.withdrawn, consent.withdrawn_on if consent.withdrawn else None

    answers = {"consent_given": True, "consent_authorities": ["police", "sis", "nonsense"],
               "consent_given_on": "2026-10-02", "consent_withdrawn": False}
    found = consent_from_answers(answers)
    assert found is not None
    assert found.authorities == {Authority.POLICE, Authority.SIS}
    assert consent_from_answers({**answers, "consent_given": False}) is None
    assert consent_from_answers({**answers, "consent_given_on": "not a date"}) is None
    assert withdrawal_in(answers) == (False, None)
    assert withdrawal_in({"consent_withdrawn": True, "consent_withdrawn_on": "2026-11-03"}) == (
        True, date(2026, 11, 3))
    assert withdrawal_in({"consent_withdrawn": True}) == (True, None)


def test_a_draft_or_odd_answers_give_what_they_hold_and_never_fail() -> None:
    facts = facts_of(form(2), {"threat_level": "extreme", "belonging": 7, "consent_given": True,
                               "special_circumstances": True, "threat_review_on": "soon"})
    assert facts.threat.level is None and facts.belonging is None
    assert facts.threat.assessment is None
    assert facts.consent.given and facts.consent.record is None  # no date, no authorities
    special = facts.protection.special_circumstances
    assert special.claimed and special.record is None
    assert facts.threat.review_on is None
    assert facts_of(form(1), {}) == AssessmentFacts()
    # An outcome that cannot be read is left out, not an error.
    assert facts_of(form(1), {}, {"is_defector": "perhaps"}).outcome is None


def test_the_answers_the_application_fills_in_come_from_the_form_version() -> None:
    threat = ThreatAssessment(ThreatLevel.HIGH, ThreatNature.CONCRETE, date(2026, 10, 6),
                              "POL-1", None)
    filled = threat_answers(form(1), threat)
    assert facts_of(form(1), filled).threat.assessment == threat
    assert facts_of(form(2), case_fact_answers(form(2), minor=True)).person_minor is True
    assert case_fact_answers(form(1), minor=True) == {}  # version 1 asks no such fact
    assert case_fact_answers(form(2), minor=None) == {}  # unknown age: left out
    derived = derived_answers(form(1), {"threat_level": "high"})
    said = facts_of(form(1), {"threat_level": "high", **derived})
    protection = said.protection
    assert (protection.need, protection.relocation) == (ProtectionNeed.HIGH, Relocation.AWAY)
    assert derived_answers(form(1), {"threat_level": "low"}) == {}


def test_the_parts_shown_on_their_own_are_fields_of_the_form() -> None:
    for version in (1, 2):
        definition = form(version)
        for part in ("threat", "consent"):
            ids = answer_fields(definition, part)
            assert ids and set(ids) <= set(definition.field_ids())
        assert answer_fields(definition, "nothing") == ()
