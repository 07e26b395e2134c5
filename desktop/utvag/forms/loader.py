"""Parse and check form definitions, and keep every version of every form in a registry.

A stored assessment names its form id and version; old versions stay in the registry so that it
still opens after a newer version is added.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import Any

from utvag.domain.errors import DomainError
from utvag.forms import jsonio
from utvag.forms.definition import (
    AllOf,
    Answered,
    AnyOf,
    Choice,
    Condition,
    Equals,
    Field,
    FieldType,
    FormDefinition,
    HelpText,
    LocalizedText,
    Not,
    OneOf,
    Step,
)
from utvag.forms.evaluators.registry import evaluator_for

SCHEMA = "utvag-form/1"
_ID = re.compile(r"[a-z][a-z0-9_]{0,63}")
_CHOICE = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,63}")
_FORM_ID = re.compile(r"[a-z][a-z0-9-]{0,63}")
_VERSION_FILE = re.compile(r"v([1-9][0-9]{0,5})\.json")


def _fail(path: str, problem: str) -> DomainError:
    return DomainError(f"Form definition, {path}: {problem}.", field=path, rule="definition")


def _object(
    value: Any, path: str, required: AbstractSet[str], optional: AbstractSet[str] = frozenset()
) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(path, "must be an object")
    missing = required - value.keys()
    if missing:
        raise _fail(path, f"missing {', '.join(sorted(missing))}")
    unknown = value.keys() - required - optional
    if unknown:
        raise _fail(path, f"unknown key {sorted(unknown)[0][:64]!r}")
    return value


def _text(value: Any, path: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _fail(path, "must be non-empty text")
    return value


def _localized(value: Any, path: str) -> LocalizedText:
    obj = _object(value, path, {"sv", "en"})
    return LocalizedText(sv=_text(obj["sv"], f"{path}.sv"), en=_text(obj["en"], f"{path}.en"))


def _help(value: Any, path: str) -> HelpText:
    obj = _object(value, path, {"sv", "en", "section"})
    return HelpText(
        sv=_text(obj["sv"], f"{path}.sv"),
        en=_text(obj["en"], f"{path}.en"),
        section=_text(obj["section"], f"{path}.section"),
    )


def _condition(value: Any, path: str, known: Mapping[str, Field]) -> Condition:
    if not isinstance(value, dict):
        raise _fail(path, "must be an object")
    if "all" in value or "any" in value:
        key = "all" if "all" in value else "any"
        _object(value, path, {key})
        items = value[key]
        if not isinstance(items, list) or not items:
            raise _fail(f"{path}.{key}", "must be a non-empty list")
        parsed = tuple(
            _condition(item, f"{path}.{key}[{i}]", known) for i, item in enumerate(items)
        )
        return AllOf(parsed) if key == "all" else AnyOf(parsed)
    if "not" in value:
        _object(value, path, {"not"})
        return Not(_condition(value["not"], f"{path}.not", known))
    operators = {"equals", "in", "answered"} & value.keys()
    if len(operators) != 1:
        raise _fail(path, "needs 'field' and exactly one of equals, in, answered")
    operator = operators.pop()
    obj = _object(value, path, {"field", operator})
    field_id = obj["field"]
    if not isinstance(field_id, str) or field_id not in known:
        raise _fail(f"{path}.field", "must name a field asked earlier in the form")
    target = known[field_id]
    operand = obj[operator]
    if operator == "answered":
        if not isinstance(operand, bool):
            raise _fail(f"{path}.answered", "must be true or false")
        return Answered(field_id, operand)
    if operator == "equals":
        if target.type is FieldType.BOOL and isinstance(operand, bool):
            return Equals(field_id, operand)
        if target.type is FieldType.CHOICE and operand in target.choice_values:
            return Equals(field_id, operand)
        raise _fail(f"{path}.equals", "must be a value the referenced field can take")
    if (
        target.type is not FieldType.CHOICE
        or not isinstance(operand, list)
        or not operand
        or any(item not in target.choice_values for item in operand)
    ):
        raise _fail(f"{path}.in", "must list choices of the referenced choice field")
    return OneOf(field_id, tuple(operand))


_FIELD_REQUIRED = {"id", "type", "label", "help"}
_FIELD_OPTIONAL = {
    "required",
    "choices",
    "condition",
    "max_length",
    "minimum",
    "maximum",
    "integer",
    "max_date_today",
    "fact",
}


def _number(value: Any, path: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _fail(path, "must be a number")
    return float(value)


def _field(value: Any, path: str, known: Mapping[str, Field]) -> Field:
    obj = _object(value, path, _FIELD_REQUIRED, _FIELD_OPTIONAL)
    field_id = obj["id"]
    if not isinstance(field_id, str) or not _ID.fullmatch(field_id):
        raise _fail(f"{path}.id", "must be lower-case letters, digits and '_'")
    if field_id in known:
        raise _fail(f"{path}.id", f"duplicate field id {field_id!r}")
    try:
        field_type = FieldType(obj["type"])
    except ValueError:
        raise _fail(f"{path}.type", f"must be one of {', '.join(FieldType)}") from None
    choices: tuple[Choice, ...] = ()
    if field_type in (FieldType.CHOICE, FieldType.MULTI_CHOICE):
        raw = obj.get("choices")
        if not isinstance(raw, list) or not raw:
            raise _fail(f"{path}.choices", "a choice field needs a non-empty list of choices")
        for i, item in enumerate(raw):
            choice = _object(item, f"{path}.choices[{i}]", {"value", "label"})
            if not isinstance(choice["value"], str) or not _CHOICE.fullmatch(choice["value"]):
                raise _fail(f"{path}.choices[{i}].value", "must be a simple identifier")
            label = _localized(choice["label"], f"{path}.choices[{i}].label")
            choices += (Choice(choice["value"], label),)
        if len({c.value for c in choices}) != len(choices):
            raise _fail(f"{path}.choices", "values must be unique")
    elif "choices" in obj:
        raise _fail(f"{path}.choices", "only choice fields have choices")
    for flag in ("required", "integer", "max_date_today", "fact"):
        if not isinstance(obj.get(flag, False), bool):
            raise _fail(f"{path}.{flag}", "must be true or false")
    if obj.get("fact", False) and (obj.get("required", False) or "condition" in obj):
        raise _fail(f"{path}.fact", "a fact is filled in by the application: it is neither "
                    "required nor conditional")
    max_length = obj.get("max_length", 4000)
    if isinstance(max_length, bool) or not isinstance(max_length, int) or max_length < 1:
        raise _fail(f"{path}.max_length", "must be a positive whole number")
    condition = obj.get("condition")
    return Field(
        id=field_id,
        type=field_type,
        label=_localized(obj["label"], f"{path}.label"),
        help=_help(obj["help"], f"{path}.help"),
        required=obj.get("required", False),
        choices=choices,
        condition=None if condition is None else _condition(condition, f"{path}.condition", known),
        max_length=max_length,
        minimum=_number(obj.get("minimum"), f"{path}.minimum"),
        maximum=_number(obj.get("maximum"), f"{path}.maximum"),
        integer=obj.get("integer", False),
        max_date_today=obj.get("max_date_today", False),
        fact=obj.get("fact", False),
    )


def _step(value: Any, path: str, known: dict[str, Field]) -> Step:
    obj = _object(value, path, {"id", "title", "help", "fields"}, {"condition"})
    step_id = obj["id"]
    if not isinstance(step_id, str) or not _ID.fullmatch(step_id):
        raise _fail(f"{path}.id", "must be lower-case letters, digits and '_'")
    condition = obj.get("condition")
    parsed_condition = (
        None if condition is None else _condition(condition, f"{path}.condition", known)
    )
    raw_fields = obj["fields"]
    if not isinstance(raw_fields, list) or not raw_fields:
        raise _fail(f"{path}.fields", "must be a non-empty list")
    fields: list[Field] = []
    for i, raw in enumerate(raw_fields):
        parsed = _field(raw, f"{path}.fields[{i}]", known)
        known[parsed.id] = parsed
        fields.append(parsed)
    return Step(
        id=step_id,
        title=_localized(obj["title"], f"{path}.title"),
        help=_help(obj["help"], f"{path}.help"),
        fields=tuple(fields),
        condition=parsed_condition,
    )


def parse_definition(data: Any) -> FormDefinition:
    """Check ``data`` (a decoded JSON object) strictly and build the definition."""
    obj = _object(
        data,
        "definition",
        {"schema", "form_id", "version", "title", "evaluator", "guideline", "steps"},
    )
    if obj["schema"] != SCHEMA:
        raise _fail("schema", f"must be {SCHEMA!r}")
    form_id = obj["form_id"]
    if not isinstance(form_id, str) or not _FORM_ID.fullmatch(form_id):
        raise _fail("form_id", "must be lower-case letters, digits and '-'")
    version = obj["version"]
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _fail("version", "must be a whole number from 1")
    raw_steps = obj["steps"]
    if not isinstance(raw_steps, list) or not raw_steps:
        raise _fail("steps", "must be a non-empty list")
    known: dict[str, Field] = {}
    steps = tuple(_step(raw, f"steps[{i}]", known) for i, raw in enumerate(raw_steps))
    if len({s.id for s in steps}) != len(steps):
        raise _fail("steps", "step ids must be unique")
    return FormDefinition(
        form_id=form_id,
        version=version,
        title=_localized(obj["title"], "title"),
        evaluator=_text(obj["evaluator"], "evaluator"),
        guideline=_text(obj["guideline"], "guideline"),
        steps=steps,
    )


def load_definition(path: Path) -> FormDefinition:
    return parse_definition(jsonio.load_path(path, what="form definition"))


def _check_evaluator(definition: FormDefinition, where: str) -> None:
    """Refuse a form file its named evaluator does not fit, naming the file: a missing field
    the rules read, or a field only another evaluator's rules read (its answers would never be
    checked)."""
    try:
        evaluator_for(definition)
    except DomainError as error:
        detail = error.message.removeprefix("Form definition ")
        raise DomainError(f"Form definition {where}: {detail}", field=error.field,
                          rule=error.rule) from None


class FormRegistry:
    """Every known version of every form, by ``(form_id, version)``."""

    def __init__(self, definitions: Iterable[FormDefinition] = ()) -> None:
        self._forms: dict[tuple[str, int], FormDefinition] = {}
        for definition in definitions:
            self.register(definition)

    @classmethod
    def from_directory(cls, root: Path) -> FormRegistry:
        """Load ``root/<form_id>/v<version>.json`` for every form; each file must agree with its
        path and fit the evaluator it names (:func:`evaluator_for`), or nothing is loaded."""
        registry = cls()
        if not root.is_dir():
            raise DomainError(
                "The forms directory does not exist.", field="forms", rule="unreadable"
            )
        for form_dir in sorted(p for p in root.iterdir() if p.is_dir()):
            for path in sorted(form_dir.glob("v*.json")):
                match = _VERSION_FILE.fullmatch(path.name)
                if match is None:
                    continue
                definition = load_definition(path)
                if definition.key != (form_dir.name, int(match[1])):
                    raise _fail(
                        f"{form_dir.name}/{path.name}", "form_id and version must match the path"
                    )
                _check_evaluator(definition, f"{form_dir.name}/{path.name}")
                registry.register(definition)
        return registry

    def register(self, definition: FormDefinition) -> None:
        if definition.key in self._forms:
            raise DomainError(
                f"Form {definition.form_id} version {definition.version} is already registered.",
                field="version",
                rule="duplicate_form_version",
            )
        self._forms[definition.key] = definition

    def form_ids(self) -> tuple[str, ...]:
        return tuple(sorted({form_id for form_id, _ in self._forms}))

    def versions(self, form_id: str) -> tuple[int, ...]:
        return tuple(sorted(v for f, v in self._forms if f == form_id))

    def get(self, form_id: str, version: int) -> FormDefinition:
        if not self.versions(form_id):
            raise DomainError("Unknown form.", field="form", rule="unknown_form")
        try:
            return self._forms[(form_id, version)]
        except (KeyError, TypeError):
            raise DomainError(
                f"Unknown version of form {form_id}; known: "
                f"{', '.join(map(str, self.versions(form_id)))}.",
                field="version",
                rule="unknown_form_version",
            ) from None

    def latest(self, form_id: str) -> FormDefinition:
        versions = self.versions(form_id)
        if not versions:
            raise DomainError("Unknown form.", field="form", rule="unknown_form")
        return self._forms[(form_id, versions[-1])]
