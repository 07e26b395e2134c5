"""Builders for domain objects used across the domain tests (real objects, no mocks)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from utvag.domain.assessment import AssessmentInput
from utvag.domain.checkpoints import Checkpoints
from utvag.domain.consent import ConsentRecord
from utvag.domain.criteria import (
    Criterion,
    CriterionAnswer,
    Motivation,
    WomensRolesConsideration,
)
from utvag.domain.evidence import Authority, EvidenceSource
from utvag.domain.milieu import Milieu, MilieuJudge, MilieuKind, NetworkCategory
from utvag.domain.protection import ProtectionNeed, Relocation
from utvag.domain.threat import ThreatAssessment, ThreatLevel, ThreatNature
from utvag.domain.units import Unit

TODAY = date(2026, 11, 1)
EARLIER = date(2026, 10, 1)


def answer(
    criterion: Criterion,
    value: bool = True,
    sources: frozenset[EvidenceSource] = frozenset(
        {EvidenceSource.INDIVIDUAL, EvidenceSource.POLICE}
    ),
) -> CriterionAnswer:
    return CriterionAnswer(criterion, value, "Underlag.", sources, EARLIER)


def criminal_network() -> Milieu:
    return Milieu(
        MilieuKind.CRIMINAL_NETWORK,
        network_category=NetworkCategory.UNNAMED,
        judged_by=MilieuJudge.POLICE,
        judged_on=EARLIER,
    )


def consent(*authorities: Authority, withdrawn_on: date | None = None) -> ConsentRecord:
    return ConsentRecord(
        authorities=frozenset(authorities or (Authority.POLICE,)),
        given_on=EARLIER,
        attachment_id="att-1",
        withdrawn_on=withdrawn_on,
        withdrawn_by="the individual" if withdrawn_on else None,
    )


def threat(level: ThreatLevel = ThreatLevel.LOW, **kwargs: Any) -> ThreatAssessment:
    values: dict[str, Any] = {
        "level": level,
        "nature": ThreatNature.LATENT,
        "assessed_on": EARLIER,
        "reference": "POL-1",
        "review_on": date(2027, 1, 1),
    }
    values.update(kwargs)
    return ThreatAssessment(**values)


def make_input(**overrides: Any) -> AssessmentInput:
    """A low-threat district defector in Hisingen unless ``overrides`` say otherwise."""
    base = AssessmentInput(
        belonging=Unit.HISINGEN,
        milieu=criminal_network(),
        belongs=answer(Criterion.BELONGS),
        wants_to_leave=answer(Criterion.WANTS_TO_LEAVE),
        motivation=Motivation(has_insight=True, long_term_motivation=True),
        womens_roles=WomensRolesConsideration(considered=True),
        consent=consent(Authority.POLICE),
        threat=threat(),
        needs_protection=answer(Criterion.NEEDS_PROTECTION),
        protection_need=ProtectionNeed.LOW,
        relocation=Relocation.WITHIN,
        checkpoints=Checkpoints(),
    )
    return replace(base, **overrides)


def high_threat_input(**overrides: Any) -> AssessmentInput:
    values: dict[str, Any] = {
        "threat": threat(ThreatLevel.HIGH),
        "protection_need": ProtectionNeed.HIGH,
        "relocation": Relocation.AWAY,
    }
    values.update(overrides)
    return make_input(**values)
