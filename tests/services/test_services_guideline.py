"""The guideline's rules as a caseworker meets them: through the assessment and case services on
a real vault (``docs/guideline-conformance.md`` names these tests row by row)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from utvag.domain.assessment import AssessmentOutcome
from utvag.errors import ValidationError
from utvag.forms import load_answers
from utvag.services import assessment, case_flow, cases, followup
from utvag.services.session import Session

ROOT = Path(__file__).resolve().parents[2]
DISTRICT = ROOT / "docs" / "examples" / "answers-district-defector.json"
AS_OF = date(2026, 11, 1)


pytestmark = pytest.mark.session_vault(unit="Hisingen")


@pytest.fixture
def case_id(session: Session) -> int:
    return cases.new_case(session, {"type": "defector", "person": {
        "name": "Testperson", "birth_date": "1999-04-03", "district": "Hisingen"}})


@pytest.fixture
def assess(session: Session, case_id: int, tmp_path: Path
           ) -> Callable[..., AssessmentOutcome]:
    """The district example with ``changes`` (None removes an answer), through the service."""

    def run(sign: bool = False, **changes: Any) -> AssessmentOutcome:
        raw = json.loads(DISTRICT.read_text(encoding="utf-8"))
        for key, value in changes.items():
            if value is None:
                raw["answers"].pop(key, None)
            else:
                raw["answers"][key] = value
        path = tmp_path / f"answers-{len(list(tmp_path.iterdir()))}.json"
        path.write_text(json.dumps(raw), encoding="utf-8")
        return assessment.assess_document(session, case_id, load_answers(path), sign=sign,
                                          today=AS_OF)[1]

    return run


def codes(messages: Any) -> set[str]:
    return {m.code for m in messages}


HIGH = {"threat_level": "high", "protection_need": "high", "relocation": "away"}


def test_a_case_opens_at_first_contact_for_a_person_of_any_age(session: Session) -> None:
    for birth in ("2012-06-01", "1950-01-01"):
        case_id = cases.new_case(session, {"type": "defector", "person": {
            "name": "Testperson", "birth_date": birth, "district": "Hisingen"}})
        case = cases.get_case(session, case_id)
        assert case.status.value == "investigation" and case.opened_at
        flow = case_flow.flow_case(session.vault.conn, case)
        assert flow is not None and flow.opened_on == case_flow.local_day(case.opened_at)


def test_routing_low_threat_to_the_district_and_high_threat_to_sav_whatever_the_district(
        assess: Callable[..., AssessmentOutcome]) -> None:
    low = assess()
    assert (low.route_to.value, low.special_defector) == ("Hisingen", False)
    for district in ("Centrum", "Hisingen", "Nordost", "Sydvast"):
        high = assess(belonging=district, **HIGH)
        assert (high.route_to.value, high.special_defector) == ("SAV", True)
        assert high.relocation.value == "away"


def test_milieus_are_classified_and_described(assess: Callable[..., AssessmentOutcome]) -> None:
    for category in ("self_defined", "externally_defined", "unnamed", "project_based"):
        outcome = assess(milieu_network_category=category)
        assert outcome.criteria.belongs and "belongs_met" in codes(outcome.reasons)
    texts = set()
    for extremist in ("right_wing", "left_wing", "violent_islamist"):
        outcome = assess(milieu_kind="violent_extremism", milieu_network_category=None,
                         milieu_extremist=extremist, milieu_judged_by="security_service")
        texts.add(next(m.en for m in outcome.reasons if m.code == "belongs_met"))
    assert len(texts) == 3


def test_the_milieu_is_judged_by_the_police_or_the_security_service(
        assess: Callable[..., AssessmentOutcome]) -> None:
    assert "milieu_judgement_missing" in codes(
        assess(milieu_judged_by=None, milieu_judged_on=None).warnings)
    assert "milieu_judge_unexpected" in codes(
        assess(milieu_judged_by="security_service").warnings)
    assert not {"milieu_judgement_missing", "milieu_judge_unexpected"} & codes(assess().warnings)


def test_an_honour_context_defector_is_a_perpetrator(
        assess: Callable[..., AssessmentOutcome]) -> None:
    honour = {"milieu_kind": "honour_context", "milieu_network_category": None,
              "milieu_judged_by": None, "milieu_judged_on": None}
    outcome = assess(milieu_honour_perpetrator=False, **honour)
    assert not outcome.is_defector and "honour_context_not_perpetrator" in codes(outcome.reasons)
    assert assess(milieu_honour_perpetrator=True, **honour).is_defector


def test_special_circumstances_count_once_sav_approved_them(
        assess: Callable[..., AssessmentOutcome]) -> None:
    pending = assess(special_circumstances=True,
                     special_circumstances_justification="Vittne i ett stort mål.",
                     special_circumstances_sav_decision="pending")
    assert pending.route_to.value == "Hisingen" and "override_pending" in codes(pending.warnings)
    approved = assess(special_circumstances=True,
                      special_circumstances_justification="Vittne i ett stort mål.",
                      special_circumstances_sav_decision="approved",
                      special_circumstances_decided_on="2026-10-20")
    assert approved.route_to.value == "SAV" and approved.special_defector
    assert "Vittne i ett stort mål." in " ".join(m.sv for m in approved.reasons)


def test_all_four_criteria_and_the_failed_ones_named(
        assess: Callable[..., AssessmentOutcome]) -> None:
    assert assess().is_defector
    outcome = assess(belongs_answer=False)
    assert not outcome.is_defector and not outcome.criteria.belongs
    assert "not_defector" in codes(outcome.reasons) and "belongs_not_met" in codes(
        outcome.reasons)


def test_the_wish_to_leave_is_shown_by_consent_and_long_term_motivation(
        assess: Callable[..., AssessmentOutcome]) -> None:
    outcome = assess(motivation_long_term=False)
    assert not outcome.criteria.wants_to_leave
    assert "motivation_long_term_missing" in codes(outcome.reasons)


def test_the_need_of_protection_follows_the_answer_and_a_high_threat(
        assess: Callable[..., AssessmentOutcome]) -> None:
    assert not assess(needs_protection_answer=False).criteria.needs_protection
    assert assess(**HIGH).criteria.needs_protection


def test_the_consent_must_cover_every_authority_whose_information_is_used(
        assess: Callable[..., AssessmentOutcome]) -> None:
    outcome = assess(belongs_sources=["individual", "police", "sis"])
    assert not outcome.criteria.consent and "consent_not_covering" in codes(outcome.reasons)
    prison = assess(consent_authorities=["police", "other_social_services"],
                    custody_setting="prison", custody_release_on="2027-03-01",
                    custody_transition_plan=True)
    assert not prison.criteria.consent
    missing = assess(consent_given=False, consent_authorities=None, consent_given_on=None,
                     consent_attachment_id=None, consent_withdrawn=None)
    assert not missing.criteria.consent and "consent_missing" in codes(missing.reasons)


def test_womens_roles_and_the_sources_of_belonging_are_flagged(
        assess: Callable[..., AssessmentOutcome]) -> None:
    assert "womens_roles_not_considered" in codes(assess(womens_roles_considered=False).warnings)
    assert "belongs_without_authority_source" in codes(
        assess(belongs_sources=["individual"]).warnings)


def test_a_withdrawn_consent_in_the_answers_stops_the_assessment(
        session: Session, case_id: int, assess: Callable[..., AssessmentOutcome]) -> None:
    with pytest.raises(ValidationError) as refused:
        assess(consent_withdrawn=True, consent_withdrawn_on="2026-10-20",
               consent_withdrawn_by="Individen")
    assert refused.value.rule == "consent_withdrawn"
    assert assessment.history(session, case_id) == []


def test_the_newest_threat_assessment_governs_the_routing(
        session: Session, case_id: int, assess: Callable[..., AssessmentOutcome]) -> None:
    assess(sign=True)
    assert cases.get_case(session, case_id).status.value == "decided"
    assess(sign=True, threat_assessed_on="2026-10-20", threat_reference="POL-2026-0002", **HIGH)
    case = cases.get_case(session, case_id)
    threat = case_flow.governing_threat_of(session.vault.conn, case)
    assert threat is not None and threat.reference == "POL-2026-0002"
    assert case.status.value == "awaiting_transfer"


def test_a_threat_assessment_needs_the_polices_reference(
        session: Session, case_id: int, assess: Callable[..., AssessmentOutcome]) -> None:
    with pytest.raises(ValidationError) as refused:
        assess(threat_reference=" ")
    assert refused.value.field == "threat_reference"
    assert "threat_review_missing" in codes(assess(threat_review_on=None).warnings)


def test_a_high_threat_always_means_relocation_away_and_a_low_one_keeps_the_assessment(
        assess: Callable[..., AssessmentOutcome]) -> None:
    with pytest.raises(ValidationError) as refused:
        assess(threat_level="high", protection_need="high", relocation="none")
    assert refused.value.field == "relocation"
    assert assess().relocation.value == "within"
    assert assess(relocation="away").relocation.value == "away"


def test_relatives_are_informed_and_get_a_contact_path(session: Session, case_id: int) -> None:
    relative = cases.new_case(session, {"type": "relative", "person": {
        "name": "Anhörig", "birth_date": "1970-02-02"}})
    record = followup.link_relative(session, case_id, {"case_id": relative,
                                                       "relation": "parent"})
    shown = cases.show_case(session, case_id)
    assert {"relative_not_informed", "relative_contact_path_missing"} <= {
        w.code for w in shown.warnings}
    followup.relative_informed(session, record, "2026-11-01")
    assert "relative_not_informed" not in {
        w.code for w in cases.show_case(session, case_id).warnings}


def test_checkpoints_serious_crime_custody_and_state_funding(
        assess: Callable[..., AssessmentOutcome]) -> None:
    assert "serious_crime_consultation_pending" in codes(
        assess(serious_crime_suspected=True, serious_crime_outcome="pending").warnings)
    custody = assess(custody_setting="closed_youth_care", custody_transition_plan=False)
    assert {"custody_release_date_missing", "custody_transition_plan_missing"} <= codes(
        custody.warnings)
    funding = assess(state_funding_applied=True, state_funding_applied_on="2026-10-09",
                     state_funding_police_decision="pending", police_form_signed=False)
    assert "state_funding_police_form_missing" in codes(funding.warnings)
