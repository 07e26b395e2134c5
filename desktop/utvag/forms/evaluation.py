"""Non-interactive evaluation: a complete set of answers → the outcome the guideline gives."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from utvag.domain.assessment import AssessmentOutcome
from utvag.domain.errors import DomainError
from utvag.forms.answers import AnswersDocument
from utvag.forms.definition import FormDefinition
from utvag.forms.evaluators.registry import evaluator_for
from utvag.forms.loader import FormRegistry
from utvag.forms.validation import validate_answers


def evaluate_answers(
    definition: FormDefinition,
    answers: Mapping[str, Any] | AnswersDocument,
    *,
    today: date | None = None,
) -> AssessmentOutcome:
    """Validate complete ``answers`` against ``definition`` and compute the outcome.

    ``answers`` maps field ids to JSON values, or is an :class:`AnswersDocument` for this very
    form and version. Raises :class:`~utvag.domain.errors.DomainError` (or ``DomainErrors``)
    naming the field and rule for unknown or missing fields, bad values, answers that do not
    apply, contradictions and a withdrawn consent.
    """
    today = today if today is not None else date.today()
    if isinstance(answers, AnswersDocument):
        if answers.form_id != definition.form_id:
            raise DomainError(
                "The answers are for another form.", field="form", rule="form_mismatch"
            )
        if answers.version != definition.version:
            raise DomainError(
                "The answers are for another version of the form.",
                field="version",
                rule="form_mismatch",
            )
        answers = answers.answers
    evaluator = evaluator_for(definition)
    values = validate_answers(definition, answers, today=today)
    return evaluator.evaluate(definition, values, today)


def evaluate_document(
    registry: FormRegistry, document: AnswersDocument, *, today: date | None = None
) -> tuple[FormDefinition, AssessmentOutcome]:
    """Evaluate an answers document with the form version it names (old versions included)."""
    definition = registry.get(document.form_id, document.version)
    return definition, evaluate_answers(definition, document, today=today)
