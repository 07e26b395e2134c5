"""The whole defector assessment: consistency of the answers, then criteria, routing and
protection (guideline, sections "Definitioner" and "Ärendeprocess")."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from utvag.domain.assessment import AssessmentInput, AssessmentOutcome
from utvag.domain.consent import ConsentRecord
from utvag.domain.criteria import CriteriaResult, Criterion
from utvag.domain.errors import DomainError, raise_if_any
from utvag.domain.messages import Message, message
from utvag.domain.rules import criteria as criteria_rules
from utvag.domain.rules.checkpoints import (
    custody_warnings,
    serious_crime_warnings,
    state_funding_warnings,
)
from utvag.domain.rules.milieu import milieu_judge_warnings
from utvag.domain.rules.protection import (
    protection_contradictions,
    relocation_reasons,
    required_relocation,
)
from utvag.domain.rules.routing import route
from utvag.domain.rules.threat import threat_review_warnings


def _past_dates(inp: AssessmentInput) -> list[tuple[str, date | None]]:
    checkpoints = inp.checkpoints
    dates: list[tuple[str, date | None]] = [
        ("milieu.judged_on", inp.milieu.judged_on),
        ("belongs.assessed_on", inp.belongs.assessed_on),
        ("wants_to_leave.assessed_on", inp.wants_to_leave.assessed_on),
        ("needs_protection.assessed_on", inp.needs_protection.assessed_on),
        ("threat.assessed_on", inp.threat.assessed_on),
        ("serious_crime.consulted_on", checkpoints.serious_crime.consulted_on),
        ("state_funding.applied_on", checkpoints.state_funding.applied_on),
        ("state_funding.decided_on", checkpoints.state_funding.decided_on),
    ]
    if inp.consent is not None:
        dates.append(("consent.given_on", inp.consent.given_on))
        dates.append(("consent.withdrawn_on", inp.consent.withdrawn_on))
    if inp.special_circumstances is not None:
        dates.append(("special_circumstances.decided_on", inp.special_circumstances.decided_on))
    return dates


def future_date_errors(dates: Iterable[tuple[str, date | None]], today: date) -> list[DomainError]:
    """Dates of things that have happened (evidence, consent, Police assessments, decisions)
    cannot lie after ``today``."""
    return [
        DomainError(f"{name} must not be in the future.", field=name, rule="date_in_future")
        for name, value in dates
        if value is not None and value > today
    ]


def consent_withdrawn_errors(consent: ConsentRecord | None, today: date) -> list[DomainError]:
    """A withdrawn consent stops the assessment: information from other authorities may no
    longer be exchanged under it.

    Guideline, "Ärendeprocess › Bedömning av kriterierna":
        «En förutsättning för möjligheten att utbyta information om individen är att individen
        lämnar sitt samtycke till att sekretessen mellan myndigheterna får brytas i syfte att
        hjälpa individen i en avhopparprocess.»
    """
    if consent is None or not consent.is_withdrawn(today):
        return []
    return [
        DomainError(
            "The consent to lift confidentiality has been withdrawn; the assessment cannot rest "
            "on information exchanged under it. Record a new consent or close the case.",
            field="consent.withdrawn",
            rule="consent_withdrawn",
        )
    ]


def assessment_contradictions(inp: AssessmentInput, today: date) -> list[DomainError]:
    """Everything that makes the answers unusable together, each naming its field and rule:
    dates in the future (:func:`future_date_errors`), a withdrawn consent
    (:func:`consent_withdrawn_errors`) and answers that contradict "a high threat always means
    protection by relocation away from Gothenburg" (``protection_contradictions``)."""
    return [
        *future_date_errors(_past_dates(inp), today),
        *consent_withdrawn_errors(inp.consent, today),
        *protection_contradictions(
            inp.threat.level, inp.protection_need, inp.relocation, inp.needs_protection.answer
        ),
    ]


def assess(inp: AssessmentInput, *, today: date) -> AssessmentOutcome:
    """Assess the four criteria, route the case and settle the relocation, with reasons.

    Refuses (``DomainError``) the contradictions listed in :func:`assessment_contradictions`.
    A not-defector outcome still names every criterion that failed and why.

    Guideline, "Ärendeprocess › Kriterier för att bedömas som avhoppare":
        «Samtliga ovanstående kriterier ska vara uppfyllda för att individen ska kunna vara en
        avhoppare.»
        «Bedömning ska göras av myndighetsutövande socialtjänst.»
    """
    raise_if_any(assessment_contradictions(inp, today))

    custody_authority = inp.checkpoints.custody.setting.coordinating_authority
    involved = criteria_rules.involved_authorities(
        (inp.belongs, inp.wants_to_leave, inp.needs_protection), inp.milieu, custody_authority
    )
    consent = criteria_rules.consent_criterion(inp.consent, involved, today)
    consent_given = inp.consent is not None and not inp.consent.is_withdrawn(today)
    results = {
        Criterion.BELONGS: criteria_rules.belongs_criterion(inp.milieu, inp.belongs),
        Criterion.WANTS_TO_LEAVE: criteria_rules.wants_to_leave_criterion(
            inp.wants_to_leave, inp.motivation, consent_given
        ),
        Criterion.NEEDS_PROTECTION: criteria_rules.needs_protection_criterion(
            inp.needs_protection, inp.threat.level
        ),
        Criterion.CONSENT: consent,
    }
    criteria = CriteriaResult(**{c.value: r.met for c, r in results.items()})
    defector = criteria_rules.is_defector(criteria)

    reasons: list[Message] = [m for r in results.values() for m in r.reasons]
    if defector:
        reasons.append(message("defector"))
    else:
        failed = criteria.failed()
        reasons.append(
            message(
                "not_defector",
                failed=(
                    "; ".join(c.name_sv for c in failed),
                    "; ".join(c.name_en for c in failed),
                ),
            )
        )

    routing = route(
        is_defector=defector,
        belonging=inp.belonging,
        threat_level=inp.threat.level,
        protection_need=inp.protection_need,
        special_circumstances=inp.special_circumstances,
    )
    relocation = required_relocation(inp.threat.level, inp.relocation)
    relocation_why, relocation_warnings = relocation_reasons(inp.threat.level, relocation)
    reasons += routing.reasons
    reasons += relocation_why

    warnings: list[Message] = [
        *criteria_rules.belonging_source_warnings(inp.belongs),
        *milieu_judge_warnings(inp.milieu),
        *criteria_rules.womens_roles_warnings(inp.womens_roles),
        *threat_review_warnings(inp.threat, today),
        *routing.warnings,
        *relocation_warnings,
        *serious_crime_warnings(inp.checkpoints.serious_crime),
        *custody_warnings(inp.checkpoints.custody),
        *state_funding_warnings(
            inp.checkpoints.state_funding, inp.checkpoints.police_requirements, defector
        ),
    ]
    return AssessmentOutcome(
        is_defector=defector,
        criteria=criteria,
        special_defector=routing.special_defector,
        route_to=routing.unit,
        relocation=relocation,
        reasons=tuple(reasons),
        warnings=tuple(warnings),
    )
