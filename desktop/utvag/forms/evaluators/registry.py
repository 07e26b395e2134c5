"""The registry of evaluators, by the name a form definition gives."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from utvag.domain.assessment import AssessmentOutcome
from utvag.domain.errors import DomainError
from utvag.domain.threat import ThreatAssessment
from utvag.forms.definition import FormDefinition
from utvag.forms.evaluators import defector_answers, defector_assessment_v1, defector_assessment_v2
from utvag.forms.facts import AssessmentFacts


@dataclass(frozen=True)
class Evaluator:
    """``evaluate`` computes the outcome from complete typed answers; ``partial_errors`` finds
    contradictions among the answers given so far; ``check_definition`` verifies that a form
    definition provides what the evaluator reads, and ``reads`` names every field id its rules
    read (a form may ask no field another evaluator reads unless its own reads it too).
    ``facts`` reads what stored answers say;
    ``parts`` names the fields of the parts shown on their own; ``threat_answers``,
    ``case_fact_answers``, ``person_answers`` and ``derived_answers`` give the answers the
    application fills in."""

    name: str
    evaluate: Callable[[FormDefinition, Mapping[str, Any], date], AssessmentOutcome]
    partial_errors: Callable[[FormDefinition, Mapping[str, Any], date], list[DomainError]]
    check_definition: Callable[[FormDefinition], None]
    facts: Callable[[Mapping[str, Any]], AssessmentFacts]
    reads: frozenset[str]
    parts: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    threat_answers: Callable[[ThreatAssessment], dict[str, Any]] = defector_answers.threat_answers
    case_fact_answers: Callable[[bool | None], dict[str, Any]] = (
        defector_answers.case_fact_answers)
    derived_answers: Callable[[Mapping[str, Any]], dict[str, Any]] = (
        defector_answers.derived_answers)
    person_answers: Callable[[str | None], dict[str, Any]] = defector_answers.person_answers


def _defector_assessment(version: Any, facts: Callable[[Mapping[str, Any]], AssessmentFacts]
                         ) -> Evaluator:
    """A version of the defector assessment's evaluator (its module) with its reader."""
    return Evaluator(name=version.NAME, evaluate=version.evaluate,
                     partial_errors=version.partial_errors,
                     check_definition=version.check_definition, facts=facts,
                     reads=version.READS, parts=defector_answers.PARTS)


EVALUATORS: dict[str, Evaluator] = {
    defector_assessment_v1.NAME: _defector_assessment(defector_assessment_v1,
                                                      defector_answers.facts_v1),
    defector_assessment_v2.NAME: _defector_assessment(defector_assessment_v2,
                                                      defector_answers.facts_v2),
}


def evaluator_named(name: str) -> Evaluator:
    """The evaluator of that name (a definition's ``evaluator``)."""
    try:
        return EVALUATORS[name]
    except KeyError:
        raise DomainError(
            "The form definition names an unknown evaluator.",
            field="evaluator",
            rule="unknown_evaluator",
        ) from None


def unchecked_field(definition: FormDefinition, evaluator: Evaluator) -> tuple[str, str] | None:
    """The first field of ``definition`` that the rules of another registered evaluator read
    but ``evaluator``'s do not, with that other evaluator's name; None when there is none.

    Such a form would load and be signed with the field's answers never checked (a copy of
    version 2's minor's questions naming ``defector-assessment/1``): silently weaker rules."""
    for field_id in definition.field_ids():
        if field_id in evaluator.reads:
            continue
        for other in EVALUATORS.values():
            if field_id in other.reads:
                return field_id, other.name
    return None


def evaluator_for(definition: FormDefinition) -> Evaluator:
    """The evaluator a definition names, after checking the definition fits it: it provides
    every field the evaluator reads, and asks no field whose rules live in another evaluator."""
    evaluator = evaluator_named(definition.evaluator)
    evaluator.check_definition(definition)
    unchecked = unchecked_field(definition, evaluator)
    if unchecked is not None:
        field_id, other = unchecked
        raise DomainError(
            f"Form definition field {field_id} is read by the rules of evaluator {other}, not "
            f"by {evaluator.name} that the form names: its answers would never be checked. "
            f"Name an evaluator whose rules read it.",
            field=field_id,
            rule="unchecked_field",
        )
    return evaluator
