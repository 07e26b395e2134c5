"""Validate answers against a form definition: types, required-ness and visibility.

Answers are JSON values keyed by field id: ``true``/``false`` for bool, a choice value (string),
a list of choice values, ``"YYYY-MM-DD"`` for dates, a string, or a number. ``null`` or a missing
key means "not answered". Every error names the field id and the rule.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from utvag.domain.errors import DomainError, raise_if_any
from utvag.forms.definition import Field, FieldType, FormDefinition, Step

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MAX_ID_IN_MESSAGE = 64


def _err(field: Field, problem: str, rule: str) -> DomainError:
    return DomainError(f"{field.id}: {problem}.", field=field.id, rule=rule)


def coerce(field: Field, raw: Any, *, today: date) -> Any:
    """Turn one answer into its typed value (``date`` for dates) or raise :class:`DomainError`."""
    kind = field.type
    if kind is FieldType.BOOL:
        if not isinstance(raw, bool):
            raise _err(field, "must be true or false", "type")
        return raw
    if kind is FieldType.CHOICE:
        if not isinstance(raw, str) or raw not in field.choice_values:
            raise _err(field, f"must be one of {', '.join(field.choice_values)}", "choice")
        return raw
    if kind is FieldType.MULTI_CHOICE:
        if not isinstance(raw, list) or not all(isinstance(v, str) for v in raw):
            raise _err(field, "must be a list of choices", "type")
        if any(v not in field.choice_values for v in raw):
            raise _err(field, f"choices must be among {', '.join(field.choice_values)}", "choice")
        if len(set(raw)) != len(raw):
            raise _err(field, "must not repeat a choice", "choice")
        if field.required and not raw:
            raise _err(field, "needs at least one choice", "required")
        return tuple(raw)
    if kind is FieldType.DATE:
        if not isinstance(raw, str) or not _DATE.fullmatch(raw):
            raise _err(field, "must be a date written YYYY-MM-DD", "type")
        try:
            value = date.fromisoformat(raw)
        except ValueError:
            raise _err(field, "is not a real calendar date", "date") from None
        if field.max_date_today and value > today:
            raise _err(field, "must not be in the future", "date_in_future")
        return value
    if kind is FieldType.TEXT:
        if not isinstance(raw, str):
            raise _err(field, "must be text", "type")
        if len(raw) > field.max_length:
            raise _err(field, f"must be at most {field.max_length} characters", "max_length")
        if field.required and not raw.strip():
            raise _err(field, "must not be empty", "required")
        return raw
    # number
    if isinstance(raw, bool) or not isinstance(raw, int | float) or not math.isfinite(raw):
        raise _err(field, "must be a number", "type")
    if field.integer and not float(raw).is_integer():
        raise _err(field, "must be a whole number", "integer")
    if field.minimum is not None and raw < field.minimum:
        raise _err(field, f"must be at least {field.minimum:g}", "minimum")
    if field.maximum is not None and raw > field.maximum:
        raise _err(field, f"must be at most {field.maximum:g}", "maximum")
    return int(raw) if field.integer else raw


@dataclass(frozen=True)
class Visibility:
    """Which steps and fields are shown for a set of answers, and the answers that count."""

    steps: tuple[Step, ...]
    fields: tuple[Field, ...]
    answers: dict[str, Any] = dataclasses.field(repr=False)

    def shows(self, field_id: str) -> bool:
        return any(f.id == field_id for f in self.fields)


def visibility(definition: FormDefinition, answers: Mapping[str, Any]) -> Visibility:
    """Decide visibility in one pass in form order: conditions only look at earlier answers, and
    an answer to a hidden field does not count for later conditions."""
    effective: dict[str, Any] = {}
    steps: list[Step] = []
    fields: list[Field] = []
    for step in definition.steps:
        if step.condition is not None and not step.condition.holds(effective):
            continue
        steps.append(step)
        for field in step.fields:
            if field.condition is not None and not field.condition.holds(effective):
                continue
            fields.append(field)
            if answers.get(field.id) is not None:
                effective[field.id] = answers[field.id]
    return Visibility(tuple(steps), tuple(fields), effective)


def unknown_field_errors(
    definition: FormDefinition, answers: Mapping[str, Any]
) -> list[DomainError]:
    known = set(definition.field_ids())
    errors = []
    for key in answers:
        if key not in known:
            shown = str(key)[:_MAX_ID_IN_MESSAGE]
            errors.append(
                DomainError(
                    f"{shown}: no such field in this form.", field=shown, rule="unknown_field"
                )
            )
    return errors


def validate_fields(
    fields: tuple[Field, ...], answers: Mapping[str, Any], *, today: date, complete: bool
) -> tuple[dict[str, Any], list[DomainError]]:
    """Coerce the answers of ``fields``; with ``complete`` a missing required answer is an error."""
    values: dict[str, Any] = {}
    errors: list[DomainError] = []
    for field in fields:
        raw = answers.get(field.id)
        if raw is None:
            if complete and field.required:
                errors.append(_err(field, "an answer is required", "required"))
            continue
        try:
            values[field.id] = coerce(field, raw, today=today)
        except DomainError as error:
            errors.append(error)
    return values, errors


def validate_answers(
    definition: FormDefinition, answers: Mapping[str, Any], *, today: date
) -> dict[str, Any]:
    """Validate a complete set of answers and return the typed values of the shown fields.

    Refuses unknown field ids, missing required answers, badly typed values, and answers to
    fields that the other answers hide (they would contradict them). Raises
    :class:`~utvag.domain.errors.DomainErrors` listing every problem.
    """
    if not isinstance(answers, Mapping):
        raise DomainError("answers must be an object of field ids.", field="answers", rule="type")
    errors = unknown_field_errors(definition, answers)
    shown = visibility(definition, answers)
    values, field_errors = validate_fields(shown.fields, answers, today=today, complete=True)
    errors += field_errors
    for field in definition.fields():
        if answers.get(field.id) is not None and not shown.shows(field.id):
            errors.append(
                _err(
                    field, "does not apply given the other answers, leave it out", "not_applicable"
                )
            )
    raise_if_any(errors)
    return values
