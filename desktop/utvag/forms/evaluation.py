"""Non-interactive evaluation: a complete set of answers → the outcome the guideline gives; and
what stored answers say (:func:`facts_of`), read by the evaluator of their form version."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import Any

from utvag.domain.assessment import AssessmentOutcome
from utvag.domain.errors import DomainError
from utvag.domain.threat import ThreatAssessment
from utvag.forms.answers import AnswersDocument
from utvag.forms.definition import FormDefinition
from utvag.forms.evaluators.registry import evaluator_for, evaluator_named
from utvag.forms.facts import AssessmentFacts
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


def facts_of(definition: FormDefinition, answers: Mapping[str, Any],
             outcome: Mapping[str, Any] | AssessmentOutcome | None = None) -> AssessmentFacts:
    """What ``answers`` made on ``definition`` say, read by the evaluator that version names;
    ``outcome`` (stored as a dict, or evaluated) is attached when given and readable. Lenient:
    a draft's or a half-filled page's answers give the facts they hold."""
    facts = evaluator_named(definition.evaluator).facts(answers)
    if isinstance(outcome, Mapping) and outcome:
        try:
            outcome = AssessmentOutcome.from_dict(dict(outcome))
        except (KeyError, TypeError, ValueError):
            outcome = None
    return replace(facts, outcome=outcome) if isinstance(outcome, AssessmentOutcome) else facts


def answer_fields(definition: FormDefinition, part: str) -> tuple[str, ...]:
    """The field ids of a part of the form shown on its own, in order: ``threat`` (the Police's
    threat assessment and the protection) or ``consent``; none for a part the form lacks."""
    known = set(definition.field_ids())
    parts = evaluator_named(definition.evaluator).parts
    return tuple(f for f in parts.get(part, ()) if f in known)


def threat_answers(definition: FormDefinition, threat: ThreatAssessment) -> dict[str, Any]:
    """The answers recording a threat assessment the Police gave (what the form asks of it)."""
    known = set(definition.field_ids())
    answers = evaluator_named(definition.evaluator).threat_answers(threat)
    return {k: v for k, v in answers.items() if k in known and v is not None}


def person_answers(definition: FormDefinition, district: str | None) -> dict[str, Any]:
    """The answers a new assessment starts from that the case's person already records (the
    district of belonging), where the form asks them and offers the recorded value."""
    answers = evaluator_named(definition.evaluator).person_answers(district)
    offered = {f.id: f for f in definition.fields()}
    return {k: v for k, v in answers.items() if k in offered
            and (not offered[k].choices or v in offered[k].choice_values)}


def case_fact_answers(definition: FormDefinition, *, minor: bool | None) -> dict[str, Any]:
    """The form's facts filled in from the case: whether the person is under 18 on the
    assessment day (left out when unknown, or when the form has no such fact)."""
    facts = set(definition.fact_ids())
    answers = evaluator_named(definition.evaluator).case_fact_answers(minor)
    return {k: v for k, v in answers.items() if k in facts}


def derived_answers(definition: FormDefinition, answers: Mapping[str, Any]) -> dict[str, Any]:
    """Answers that follow from others and were left out (a high threat: protection by
    relocation away), by field id."""
    known = set(definition.field_ids())
    derived = evaluator_named(definition.evaluator).derived_answers(answers)
    return {k: v for k, v in derived.items() if k in known}
