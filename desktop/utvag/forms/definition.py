"""The shape of a declarative form definition: steps, fields, choices, conditions and help.

Definitions are data (JSON, see ``resources/forms/README.md``); :mod:`utvag.forms.loader` turns
them into these frozen objects after checking them strictly.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class FieldType(StrEnum):
    BOOL = "bool"
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"
    DATE = "date"
    TEXT = "text"
    NUMBER = "number"


@dataclass(frozen=True)
class LocalizedText:
    sv: str
    en: str

    def get(self, language: str) -> str:
        return self.en if language == "en" else self.sv


@dataclass(frozen=True)
class HelpText(LocalizedText):
    """Help shown beside a question, in both languages, citing the guideline section."""

    section: str


@dataclass(frozen=True)
class Choice:
    value: str
    label: LocalizedText


class Condition:
    """A condition on earlier answers that decides whether a step or field is shown."""

    def holds(self, answers: Mapping[str, Any]) -> bool:
        raise NotImplementedError

    def field_ids(self) -> frozenset[str]:
        raise NotImplementedError


@dataclass(frozen=True)
class _OnField(Condition):
    """A condition on one earlier answer."""

    field: str

    def field_ids(self) -> frozenset[str]:
        return frozenset({self.field})


@dataclass(frozen=True)
class _Group(Condition):
    """A condition on the conditions it groups."""

    items: tuple[Condition, ...]

    def field_ids(self) -> frozenset[str]:
        return frozenset().union(*(item.field_ids() for item in self.items))


@dataclass(frozen=True)
class Equals(_OnField):
    value: Any

    def holds(self, answers: Mapping[str, Any]) -> bool:
        if self.field not in answers:
            return False
        answer = answers[self.field]
        # bool is an int in Python; keep true distinct from 1
        return type(answer) is type(self.value) and bool(answer == self.value)


@dataclass(frozen=True)
class OneOf(_OnField):
    values: tuple[str, ...]

    def holds(self, answers: Mapping[str, Any]) -> bool:
        return isinstance(answers.get(self.field), str) and answers[self.field] in self.values


@dataclass(frozen=True)
class Answered(_OnField):
    expected: bool = True

    def holds(self, answers: Mapping[str, Any]) -> bool:
        return (answers.get(self.field) is not None) is self.expected


@dataclass(frozen=True)
class AllOf(_Group):
    def holds(self, answers: Mapping[str, Any]) -> bool:
        return all(item.holds(answers) for item in self.items)


@dataclass(frozen=True)
class AnyOf(_Group):
    def holds(self, answers: Mapping[str, Any]) -> bool:
        return any(item.holds(answers) for item in self.items)


@dataclass(frozen=True)
class Not(Condition):
    item: Condition

    def holds(self, answers: Mapping[str, Any]) -> bool:
        return not self.item.holds(answers)

    def field_ids(self) -> frozenset[str]:
        return self.item.field_ids()


@dataclass(frozen=True)
class Field:
    """One question. ``max_date_today`` forbids dates after the day of evaluation. A ``fact``
    is never asked: the application fills it in from the case (e.g. whether the person is under
    18 on the day of the assessment), so later steps can depend on it."""

    id: str
    type: FieldType
    label: LocalizedText
    help: HelpText
    required: bool = False
    choices: tuple[Choice, ...] = ()
    condition: Condition | None = None
    max_length: int = 4000
    minimum: float | None = None
    maximum: float | None = None
    integer: bool = False
    max_date_today: bool = False
    fact: bool = False

    @property
    def choice_values(self) -> tuple[str, ...]:
        return tuple(choice.value for choice in self.choices)


@dataclass(frozen=True)
class Step:
    id: str
    title: LocalizedText
    help: HelpText
    fields: tuple[Field, ...]
    condition: Condition | None = None


@dataclass(frozen=True)
class FormDefinition:
    """A versioned form. ``evaluator`` names the function that turns answers into an outcome."""

    form_id: str
    version: int
    title: LocalizedText
    evaluator: str
    guideline: str
    steps: tuple[Step, ...]

    @property
    def key(self) -> tuple[str, int]:
        return (self.form_id, self.version)

    def fields(self) -> tuple[Field, ...]:
        """Every field, in the order the form asks them."""
        return tuple(f for step in self.steps for f in step.fields)

    def field(self, field_id: str) -> Field:
        for candidate in self.fields():
            if candidate.id == field_id:
                return candidate
        raise KeyError(field_id)

    def field_ids(self) -> tuple[str, ...]:
        return tuple(f.id for f in self.fields())

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)

    def fact_ids(self) -> tuple[str, ...]:
        """The fields the application fills in from the case instead of asking."""
        return tuple(f.id for f in self.fields() if f.fact)

    def step_ids(self) -> tuple[str, ...]:
        return tuple(step.id for step in self.steps)

    def step_of(self, field_id: str) -> Step:
        """The step that asks ``field_id``."""
        for step in self.steps:
            if any(f.id == field_id for f in step.fields):
                return step
        raise KeyError(field_id)
