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
    definition provides what the evaluator reads. ``facts`` reads what stored answers say;
    ``parts`` names the fields of the parts shown on their own; ``threat_answers``,
    ``case_fact_answers`` and ``derived_answers`` give the answers the application fills in."""

    name: str
    evaluate: Callable[[FormDefinition, Mapping[str, Any], date], AssessmentOutcome]
    partial_errors: Callable[[FormDefinition, Mapping[str, Any], date], list[DomainError]]
    check_definition: Callable[[FormDefinition], None]
    facts: Callable[[Mapping[str, Any]], AssessmentFacts]
    parts: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    threat_answers: Callable[[ThreatAssessment], dict[str, Any]] = defector_answers.threat_answers
    case_fact_answers: Callable[[bool | None], dict[str, Any]] = (
        defector_answers.case_fact_answers)
    derived_answers: Callable[[Mapping[str, Any]], dict[str, Any]] = (
        defector_answers.derived_answers)


def _defector_assessment(version: Any, facts: Callable[[Mapping[str, Any]], AssessmentFacts]
                         ) -> Evaluator:
    """A version of the defector assessment's evaluator (its module) with its reader."""
    return Evaluator(name=version.NAME, evaluate=version.evaluate,
                     partial_errors=version.partial_errors,
                     check_definition=version.check_definition, facts=facts,
                     parts=defector_answers.PARTS)


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


def evaluator_for(definition: FormDefinition) -> Evaluator:
    """The evaluator a definition names, after checking the definition fits it."""
    evaluator = evaluator_named(definition.evaluator)
    evaluator.check_definition(definition)
    return evaluator
