"""Evaluator ``defector-assessment/1``: answers of the defector assessment form → domain outcome.

Field ids follow the domain's attribute paths with ``.`` written as ``_`` (``consent.given_on`` is
asked as ``consent_given_on``), so an error raised by the domain names the form field it concerns.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from utvag.domain.assessment import AssessmentInput, AssessmentOutcome
from utvag.domain.checkpoints import (
    Checkpoints,
    ConsultationOutcome,
    CustodyCheck,
    CustodySetting,
    FundingDecision,
    PoliceRequirements,
    SeriousCrimeCheck,
    StateFunding,
)
from utvag.domain.consent import ConsentRecord
from utvag.domain.criteria import (
    Criterion,
    CriterionAnswer,
    Motivation,
    WomensRolesConsideration,
)
from utvag.domain.errors import DomainError, DomainErrors
from utvag.domain.evidence import Authority, EvidenceSource
from utvag.domain.milieu import ExtremistMilieu, Milieu, MilieuJudge, MilieuKind, NetworkCategory
from utvag.domain.protection import ProtectionNeed, Relocation
from utvag.domain.routing import SavDecision, SpecialCircumstances
from utvag.domain.rules import assess, consent_withdrawn_errors, protection_contradictions
from utvag.domain.threat import ThreatAssessment, ThreatLevel, ThreatNature
from utvag.domain.units import DISTRICTS, Unit
from utvag.forms.definition import FieldType, FormDefinition

NAME = "defector-assessment/1"

_CRITERIA = (Criterion.BELONGS, Criterion.WANTS_TO_LEAVE, Criterion.NEEDS_PROTECTION)

# field id -> (type, allowed choice values or None, always asked and required)
_B, _C, _M, _D, _T = (
    FieldType.BOOL,
    FieldType.CHOICE,
    FieldType.MULTI_CHOICE,
    FieldType.DATE,
    FieldType.TEXT,
)


def _values(enum: type[StrEnum]) -> frozenset[str]:
    return frozenset(member.value for member in enum)


SPEC: dict[str, tuple[FieldType, frozenset[str] | None, bool]] = {
    "belonging": (_C, frozenset(u.value for u in DISTRICTS), True),
    "milieu_kind": (_C, _values(MilieuKind), True),
    "milieu_network_category": (_C, _values(NetworkCategory), False),
    "milieu_extremist": (_C, _values(ExtremistMilieu), False),
    "milieu_honour_perpetrator": (_B, None, False),
    "milieu_judged_by": (_C, _values(MilieuJudge), False),
    "milieu_judged_on": (_D, None, False),
    **{
        f"{c.value}_{suffix}": (kind, choices, True)
        for c in _CRITERIA
        for suffix, kind, choices in (
            ("answer", _B, None),
            ("evidence", _T, None),
            ("sources", _M, _values(EvidenceSource)),
            ("assessed_on", _D, None),
        )
    },
    "motivation_insight": (_B, None, True),
    "motivation_long_term": (_B, None, True),
    "motivation_notes": (_T, None, False),
    "womens_roles_considered": (_B, None, True),
    "womens_roles_notes": (_T, None, False),
    "consent_given": (_B, None, True),
    "consent_authorities": (_M, _values(Authority), False),
    "consent_given_on": (_D, None, False),
    "consent_attachment_id": (_T, None, False),
    "consent_withdrawn": (_B, None, False),
    "consent_withdrawn_on": (_D, None, False),
    "consent_withdrawn_by": (_T, None, False),
    "threat_level": (_C, _values(ThreatLevel), True),
    "threat_nature": (_C, _values(ThreatNature), True),
    "threat_assessed_on": (_D, None, True),
    "threat_reference": (_T, None, True),
    "threat_review_on": (_D, None, False),
    "protection_need": (_C, _values(ProtectionNeed), True),
    "special_circumstances": (_B, None, False),
    "special_circumstances_justification": (_T, None, False),
    "special_circumstances_sav_decision": (_C, _values(SavDecision), False),
    "special_circumstances_decided_on": (_D, None, False),
    "relocation": (_C, _values(Relocation), True),
    "serious_crime_suspected": (_B, None, True),
    "serious_crime_outcome": (_C, _values(ConsultationOutcome), False),
    "serious_crime_consulted_on": (_D, None, False),
    "custody_setting": (_C, _values(CustodySetting), True),
    "custody_release_on": (_D, None, False),
    "custody_transition_plan": (_B, None, False),
    "state_funding_applied": (_B, None, True),
    "state_funding_applied_on": (_D, None, False),
    "state_funding_police_decision": (_C, _values(FundingDecision), False),
    "state_funding_decided_on": (_D, None, False),
    "police_form_signed": (_B, None, True),
    "witness_in_ongoing_case": (_B, None, True),
}

# The field ids this evaluator's rules read: a form naming another evaluator must not ask any
# of them unless that evaluator reads it too (see ``registry.evaluator_for``).
READS = frozenset(SPEC)

_PATH_EXCEPTIONS = {"milieu.extremist_milieu": "milieu_extremist", "threat": "threat_level"}


def form_field(path: str | None) -> str | None:
    """The form field id for a domain attribute path."""
    if path is None:
        return None
    candidate = _PATH_EXCEPTIONS.get(path, path.replace(".", "_"))
    return candidate if candidate in SPEC else path


def _translate(error: DomainError) -> DomainError:
    if isinstance(error, DomainErrors):
        return DomainErrors(_translate(e) for e in error.errors)
    field = form_field(error.field)
    message = error.message
    if error.field and field != error.field and message.startswith(error.field):
        message = field + message[len(error.field) :] if field else message
    return DomainError(message, field=field, rule=error.rule)


def check_fields(definition: FormDefinition,
                 spec: Mapping[str, tuple[FieldType, frozenset[str] | None, bool]], name: str,
                 facts: frozenset[str] = frozenset()) -> None:
    """Each field of ``spec`` must exist with its type and known choices; the ones marked
    always read must be required and unconditional, and ``facts`` filled in by the
    application. Refused naming the field and the evaluator ``name``."""
    steps = {f.id: step for step in definition.steps for f in step.fields}
    for field_id, (kind, choices, always) in spec.items():
        problem = None
        if field_id not in steps:
            problem = "is missing"
        else:
            field = definition.field(field_id)
            if field.type is not kind:
                problem = f"must be of type {kind.value}"
            elif choices is not None and not set(field.choice_values) <= choices:
                problem = "offers a choice the rules do not know"
            elif always and not (
                field.required and field.condition is None and steps[field_id].condition is None
            ):
                problem = "must be required and always asked"
            elif field_id in facts and not field.fact:
                problem = "must be a fact filled in by the application"
        if problem:
            raise DomainError(
                f"Form definition field {field_id} {problem} for evaluator {name}.",
                field=field_id,
                rule="definition",
            )


def check_definition(definition: FormDefinition) -> None:
    """Every field this evaluator reads must exist with the expected type and choices; the ones
    it always reads must be required and unconditional."""
    check_fields(definition, SPEC, NAME)


E = TypeVar("E", bound=StrEnum)


def _opt(enum: Callable[[str], E], value: Any) -> E | None:
    return None if value is None else enum(value)


def _criterion(values: Mapping[str, Any], criterion: Criterion) -> CriterionAnswer:
    prefix = criterion.value
    return CriterionAnswer(
        criterion=criterion,
        answer=values[f"{prefix}_answer"],
        evidence=values[f"{prefix}_evidence"],
        sources=frozenset(EvidenceSource(s) for s in values[f"{prefix}_sources"]),
        assessed_on=values[f"{prefix}_assessed_on"],
    )


def _consent(values: Mapping[str, Any]) -> ConsentRecord | None:
    if not values.get("consent_given"):
        return None
    withdrawn = values.get("consent_withdrawn") is True
    return ConsentRecord(
        authorities=frozenset(Authority(a) for a in values.get("consent_authorities", ())),
        given_on=values.get("consent_given_on"),  # type: ignore[arg-type]  # checked by the record
        attachment_id=values.get("consent_attachment_id"),
        withdrawn_on=values.get("consent_withdrawn_on") if withdrawn else None,
        withdrawn_by=values.get("consent_withdrawn_by") if withdrawn else None,
    )


def _special(values: Mapping[str, Any]) -> SpecialCircumstances | None:
    if not values.get("special_circumstances"):
        return None
    return SpecialCircumstances(
        justification=values.get("special_circumstances_justification", ""),
        sav_decision=SavDecision(values.get("special_circumstances_sav_decision", "pending")),
        decided_on=values.get("special_circumstances_decided_on"),
    )


def _checkpoints(values: Mapping[str, Any]) -> Checkpoints:
    return Checkpoints(
        serious_crime=SeriousCrimeCheck(
            suspected=values["serious_crime_suspected"],
            consulted_on=values.get("serious_crime_consulted_on"),
            outcome=_opt(ConsultationOutcome, values.get("serious_crime_outcome")),
        ),
        custody=CustodyCheck(
            setting=CustodySetting(values["custody_setting"]),
            release_on=values.get("custody_release_on"),
            transition_plan=values.get("custody_transition_plan") is True,
        ),
        state_funding=StateFunding(
            applied=values["state_funding_applied"],
            applied_on=values.get("state_funding_applied_on"),
            police_decision=_opt(FundingDecision, values.get("state_funding_police_decision")),
            decided_on=values.get("state_funding_decided_on"),
        ),
        police_requirements=PoliceRequirements(
            signed_police_form=values["police_form_signed"],
            witness_in_ongoing_case=values["witness_in_ongoing_case"],
        ),
    )


def build_input(values: Mapping[str, Any]) -> AssessmentInput:
    """The domain input for complete, validated answers."""
    return AssessmentInput(
        belonging=Unit(values["belonging"]),
        milieu=Milieu(
            kind=MilieuKind(values["milieu_kind"]),
            network_category=_opt(NetworkCategory, values.get("milieu_network_category")),
            extremist_milieu=_opt(ExtremistMilieu, values.get("milieu_extremist")),
            honour_perpetrator=values.get("milieu_honour_perpetrator"),
            judged_by=_opt(MilieuJudge, values.get("milieu_judged_by")),
            judged_on=values.get("milieu_judged_on"),
        ),
        belongs=_criterion(values, Criterion.BELONGS),
        wants_to_leave=_criterion(values, Criterion.WANTS_TO_LEAVE),
        motivation=Motivation(
            has_insight=values["motivation_insight"],
            long_term_motivation=values["motivation_long_term"],
            notes=values.get("motivation_notes"),
        ),
        womens_roles=WomensRolesConsideration(
            considered=values["womens_roles_considered"], notes=values.get("womens_roles_notes")
        ),
        consent=_consent(values),
        threat=ThreatAssessment(
            level=ThreatLevel(values["threat_level"]),
            nature=ThreatNature(values["threat_nature"]),
            assessed_on=values["threat_assessed_on"],
            reference=values["threat_reference"],
            review_on=values.get("threat_review_on"),
        ),
        needs_protection=_criterion(values, Criterion.NEEDS_PROTECTION),
        protection_need=ProtectionNeed(values["protection_need"]),
        relocation=Relocation(values["relocation"]),
        special_circumstances=_special(values),
        checkpoints=_checkpoints(values),
    )


def evaluate(
    definition: FormDefinition, values: Mapping[str, Any], today: date
) -> AssessmentOutcome:
    """Assess complete, validated answers through the domain rules."""
    try:
        return assess(build_input(values), today=today)
    except DomainError as error:
        raise _translate(error) from None


def partial_errors(
    definition: FormDefinition, values: Mapping[str, Any], today: date
) -> list[DomainError]:
    """Contradictions already visible in the answers given so far (for a wizard's step check)."""
    errors: list[DomainError] = []
    if values.get("consent_withdrawn") is True:
        # incomplete consent answers are reported by the field checks
        with contextlib.suppress(DomainError):
            errors += consent_withdrawn_errors(_consent(values), today)
    errors += protection_contradictions(
        _opt(ThreatLevel, values.get("threat_level")),
        _opt(ProtectionNeed, values.get("protection_need")),
        _opt(Relocation, values.get("relocation")),
        values.get("needs_protection_answer"),
    )
    return [_translate(error) for error in errors]
