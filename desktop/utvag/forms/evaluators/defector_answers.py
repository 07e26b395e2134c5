"""The defector assessment's answers read as :class:`~utvag.forms.facts.AssessmentFacts`, and
the answers the application fills in for it (from the case, from a received threat assessment,
from a high threat). Shared by the evaluators ``defector-assessment/1`` and ``/2``: version 2
adds the minor's part (:func:`facts_v2`).

Reading is lenient: answers that are missing, of the wrong type or outside the choices give
``None`` (or ``False``), never an error; a signed assessment's answers were validated when it was
signed, a draft's may be anything.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from functools import cache
from typing import Any, TypeVar

from utvag.domain.checkpoints import ConsultationOutcome, CustodySetting, FundingDecision
from utvag.domain.consent import ConsentRecord
from utvag.domain.errors import DomainError
from utvag.domain.evidence import Authority
from utvag.domain.milieu import ExtremistMilieu, MilieuJudge, MilieuKind, NetworkCategory
from utvag.domain.protection import ProtectionNeed, Relocation
from utvag.domain.routing import SavDecision, SpecialCircumstances
from utvag.domain.rules import effective_protection_need, required_relocation
from utvag.domain.threat import ThreatAssessment, ThreatLevel, ThreatNature
from utvag.domain.units import Unit
from utvag.forms.facts import (
    AssessmentFacts,
    CheckpointFacts,
    ConsentFacts,
    MilieuFacts,
    MinorFacts,
    MotivationFacts,
    ProtectionFacts,
    SpecialCircumstancesFacts,
    StateFundingFacts,
    ThreatFacts,
)

# The parts of the form shown on their own (the case's Threat and protection, and Consent tabs).
PARTS: dict[str, tuple[str, ...]] = {
    "threat": ("threat_level", "threat_nature", "threat_assessed_on", "threat_reference",
               "threat_review_on", "protection_need", "relocation"),
    "consent": ("consent_given", "consent_authorities", "consent_given_on",
                "consent_attachment_id", "consent_withdrawn", "consent_withdrawn_on",
                "consent_withdrawn_by"),
}

MINOR_FACT = "person_minor"

E = TypeVar("E", bound=StrEnum)


@cache
def _members(enum: type[E]) -> dict[str, E]:
    return {member.value: member for member in enum}


def _enum(enum: type[E], value: Any) -> E | None:
    """The member of ``enum`` with that value; None for anything else (read once per stored
    assessment, for every case when the due items are worked out: a lookup, not a call)."""
    return _members(enum).get(value) if isinstance(value, str) else None


def _bool(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _consent(answers: Mapping[str, Any]) -> ConsentFacts:
    given = answers.get("consent_given") is True
    raw = answers.get("consent_authorities")
    listed = [a for a in raw if isinstance(a, str)] if isinstance(raw, list) else []
    withdrawn = answers.get("consent_withdrawn") is True
    record = None
    if given:
        known = _members(Authority)
        try:
            record = ConsentRecord(
                authorities=frozenset(Authority(a) for a in listed if a in known),
                given_on=date.fromisoformat(str(answers["consent_given_on"])),
                attachment_id=answers.get("consent_attachment_id"),
                withdrawn_on=_day(answers.get("consent_withdrawn_on")) if withdrawn else None,
                withdrawn_by=answers.get("consent_withdrawn_by") if withdrawn else None)
        except (KeyError, ValueError):  # DomainError is a ValueError
            record = None
    return ConsentFacts(
        given=given, authorities=tuple(sorted(listed)),
        given_on=_day(answers.get("consent_given_on")),
        form_reference=_text(answers.get("consent_attachment_id")), withdrawn=withdrawn,
        withdrawn_on=_day(answers.get("consent_withdrawn_on")),
        withdrawn_by=_text(answers.get("consent_withdrawn_by")), record=record)


def _threat(answers: Mapping[str, Any]) -> ThreatAssessment | None:
    """The Police's threat assessment recorded in the answers, if complete."""
    try:
        return ThreatAssessment(
            level=ThreatLevel(answers["threat_level"]),
            nature=ThreatNature(answers["threat_nature"]),
            assessed_on=date.fromisoformat(answers["threat_assessed_on"]),
            reference=answers["threat_reference"],
            review_on=(date.fromisoformat(answers["threat_review_on"])
                       if answers.get("threat_review_on") else None))
    except (KeyError, TypeError, ValueError, DomainError):
        return None


def _special(answers: Mapping[str, Any]) -> SpecialCircumstancesFacts:
    claimed = _bool(answers.get("special_circumstances"))
    if claimed is not True:
        return SpecialCircumstancesFacts(claimed=claimed)
    raw = answers.get("special_circumstances_sav_decision", "pending")
    decision = _enum(SavDecision, raw)
    record = None
    try:
        decided = answers.get("special_circumstances_decided_on")
        record = SpecialCircumstances(
            answers.get("special_circumstances_justification", ""), SavDecision(raw),
            date.fromisoformat(decided) if decided else None)
    except (TypeError, ValueError):  # DomainError is a ValueError
        record = None
    return SpecialCircumstancesFacts(claimed=True, sav_decision=decision, record=record)


def _state_funding(answers: Mapping[str, Any]) -> StateFundingFacts:
    return StateFundingFacts(
        applied=answers.get("state_funding_applied") is True,
        applied_on=_day(answers.get("state_funding_applied_on")),
        police_decision=_enum(FundingDecision, answers.get("state_funding_police_decision")),
        decided_on=_day(answers.get("state_funding_decided_on")))


def facts_v1(answers: Mapping[str, Any], person_minor: bool | None = None,
             minor: MinorFacts | None = None) -> AssessmentFacts:
    """The facts of answers to version 1 (and the defector part of later versions, which give
    their own ``person_minor`` and ``minor``)."""
    return AssessmentFacts(
        belonging=_enum(Unit, answers.get("belonging")),
        milieu=MilieuFacts(
            kind=_enum(MilieuKind, answers.get("milieu_kind")),
            network_category=_enum(NetworkCategory, answers.get("milieu_network_category")),
            extremist=_enum(ExtremistMilieu, answers.get("milieu_extremist")),
            honour_perpetrator=_bool(answers.get("milieu_honour_perpetrator")),
            judged_by=_enum(MilieuJudge, answers.get("milieu_judged_by"))),
        motivation=MotivationFacts(
            insight=_bool(answers.get("motivation_insight")),
            long_term=_bool(answers.get("motivation_long_term")),
            womens_roles_considered=_bool(answers.get("womens_roles_considered"))),
        consent=_consent(answers),
        threat=ThreatFacts(
            level=_enum(ThreatLevel, answers.get("threat_level")),
            review_on=_day(answers.get("threat_review_on")), assessment=_threat(answers)),
        protection=ProtectionFacts(
            need=_enum(ProtectionNeed, answers.get("protection_need")),
            relocation=_enum(Relocation, answers.get("relocation")),
            special_circumstances=_special(answers)),
        checkpoints=CheckpointFacts(
            serious_crime_suspected=_bool(answers.get("serious_crime_suspected")),
            custody_setting=_enum(CustodySetting, answers.get("custody_setting")),
            state_funding=_state_funding(answers),
            witness_in_ongoing_case=_bool(answers.get("witness_in_ongoing_case")),
            serious_crime_outcome=_enum(ConsultationOutcome, answers.get("serious_crime_outcome")),
            serious_crime_consulted_on=_day(answers.get("serious_crime_consulted_on"))),
        person_minor=person_minor, minor=minor)


def facts_v2(answers: Mapping[str, Any]) -> AssessmentFacts:
    """Version 1's facts plus the fact ``person_minor`` and, for a minor, the minor's part."""
    minor = _bool(answers.get(MINOR_FACT))
    part = None
    if minor is True:
        part = MinorFacts(
            talked_with_young_person=_bool(answers.get("minor_talked_with_young_person")),
            talked_with_guardians=_bool(answers.get("minor_talked_with_guardians")),
            no_conversation_reason=_text(answers.get("minor_no_conversation_reason")),
            best_interests=_text(answers.get("minor_best_interests")),
            lvu_considered=_bool(answers.get("minor_lvu_considered")),
            lvu_note=_text(answers.get("minor_lvu_note")))
    return facts_v1(answers, person_minor=minor, minor=part)


# --- answers the application fills in -----------------------------------------------------


def case_fact_answers(minor: bool | None) -> dict[str, Any]:
    """The form's facts from the case: whether the person is under 18 on the assessment day
    (nothing when the age is unknown)."""
    return {} if minor is None else {MINOR_FACT: minor}


def person_answers(district: str | None) -> dict[str, Any]:
    """The answers the case's person already records, so a new assessment does not ask them
    twice: the district recorded on the person as the district of belonging (the caseworker
    sees it on the first step and changes it where the person belongs elsewhere)."""
    return {} if district is None else {"belonging": district}


def threat_answers(threat: ThreatAssessment) -> dict[str, Any]:
    """The answers that record a threat assessment the Police gave (None where it says
    nothing), so a new assessment starts from it."""
    return {"threat_level": threat.level.value, "threat_nature": threat.nature.value,
            "threat_assessed_on": threat.assessed_on.isoformat(),
            "threat_reference": threat.reference,
            "threat_review_on": threat.review_on.isoformat() if threat.review_on else None}


_DERIVED_FROM_HIGH_THREAT = (
    ("protection_need", effective_protection_need(ThreatLevel.HIGH, ProtectionNeed.LOW).value),
    ("relocation", required_relocation(ThreatLevel.HIGH, Relocation.TO_ASSESS).value),
)


def derived_answers(answers: Mapping[str, Any]) -> dict[str, Any]:
    """Answers that follow from others and were left out: with a high threat, the protection
    need is high and the relocation is away (guideline: «En hög hotbild föranleder alltid behov
    av skydd genom flytt bort från Göteborg.»)."""
    if answers.get("threat_level") != ThreatLevel.HIGH.value:
        return {}
    return {field: value for field, value in _DERIVED_FROM_HIGH_THREAT
            if answers.get(field) is None}
