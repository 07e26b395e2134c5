"""The registry of evaluators, by the name a form definition gives."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from utvag.domain.assessment import AssessmentOutcome
from utvag.domain.errors import DomainError
from utvag.forms.definition import FormDefinition
from utvag.forms.evaluators import defector_assessment_v1, defector_assessment_v2


@dataclass(frozen=True)
class Evaluator:
    """``evaluate`` computes the outcome from complete typed answers; ``partial_errors`` finds
    contradictions among the answers given so far; ``check_definition`` verifies that a form
    definition provides what the evaluator reads."""

    name: str
    evaluate: Callable[[FormDefinition, Mapping[str, Any], date], AssessmentOutcome]
    partial_errors: Callable[[FormDefinition, Mapping[str, Any], date], list[DomainError]]
    check_definition: Callable[[FormDefinition], None]


EVALUATORS: dict[str, Evaluator] = {
    defector_assessment_v1.NAME: Evaluator(
        name=defector_assessment_v1.NAME,
        evaluate=defector_assessment_v1.evaluate,
        partial_errors=defector_assessment_v1.partial_errors,
        check_definition=defector_assessment_v1.check_definition,
    ),
    defector_assessment_v2.NAME: Evaluator(
        name=defector_assessment_v2.NAME,
        evaluate=defector_assessment_v2.evaluate,
        partial_errors=defector_assessment_v2.partial_errors,
        check_definition=defector_assessment_v2.check_definition,
    ),
}


def evaluator_for(definition: FormDefinition) -> Evaluator:
    """The evaluator a definition names, after checking the definition fits it."""
    try:
        evaluator = EVALUATORS[definition.evaluator]
    except KeyError:
        raise DomainError(
            "The form definition names an unknown evaluator.",
            field="evaluator",
            rule="unknown_evaluator",
        ) from None
    evaluator.check_definition(definition)
    return evaluator
