"""Evaluator ``defector-assessment/2``: version 1's rules, plus the assessment of a minor.

Form version 2 adds the fact ``person_minor`` (filled in by the application: under 18 on the
day of the assessment) and, when it holds, the conversations with the young person and the
guardians, the child's best interests and LVU. The defector rules are exactly version 1's (this
module calls them; it does not copy them); the minor's answers are checked by
:class:`utvag.domain.young_people.MinorAssessment`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from utvag.domain.assessment import AssessmentOutcome
from utvag.domain.errors import DomainError
from utvag.domain.young_people import MinorAssessment
from utvag.forms.definition import FieldType, FormDefinition
from utvag.forms.evaluators import defector_assessment_v1 as v1

NAME = "defector-assessment/2"
FACT = "person_minor"

MINOR_SPEC: dict[str, FieldType] = {
    "minor_talked_with_young_person": FieldType.BOOL,
    "minor_talked_with_guardians": FieldType.BOOL,
    "minor_no_conversation_reason": FieldType.TEXT,
    "minor_best_interests": FieldType.TEXT,
    "minor_lvu_considered": FieldType.BOOL,
    "minor_lvu_note": FieldType.TEXT,
}

# Version 1's fields, the fact and the minor's fields: a form asking the minor's questions must
# name this evaluator (or a later one that reads them), or nothing checks the answers.
READS = v1.READS | {FACT} | frozenset(MINOR_SPEC)


def check_definition(definition: FormDefinition) -> None:
    """Version 1's fields, the fact, and the minor's fields with their types."""
    v1.check_definition(definition)
    expected = {FACT: FieldType.BOOL, **MINOR_SPEC}
    v1.check_fields(definition, {f: (kind, None, False) for f, kind in expected.items()}, NAME,
                    facts=frozenset({FACT}))


def minor_assessment(values: Mapping[str, Any]) -> MinorAssessment | None:
    """The minor's part of complete answers, or None when the person is not a minor."""
    if values.get(FACT) is not True:
        return None
    try:
        return MinorAssessment(
            best_interests=values.get("minor_best_interests", ""),
            talked_with_young_person=values.get("minor_talked_with_young_person") is True,
            talked_with_guardians=values.get("minor_talked_with_guardians") is True,
            lvu_considered=values.get("minor_lvu_considered") is True,
            no_conversation_reason=values.get("minor_no_conversation_reason"),
            lvu_note=values.get("minor_lvu_note"))
    except DomainError as error:
        raise DomainError(error.message.replace("minor.", "minor_", 1),
                          field=(error.field or "").replace("minor.", "minor_", 1),
                          rule=error.rule) from None


def evaluate(definition: FormDefinition, values: Mapping[str, Any],
             today: date) -> AssessmentOutcome:
    minor_assessment(values)
    return v1.evaluate(definition, values, today)


def partial_errors(definition: FormDefinition, values: Mapping[str, Any],
                   today: date) -> list[DomainError]:
    return v1.partial_errors(definition, values, today)
