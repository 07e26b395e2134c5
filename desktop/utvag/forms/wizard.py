"""A UI-agnostic wizard over a form definition.

Shaped like Electrum's ``wizard.py``: the wizard holds no widgets; it resolves the next and
previous step from the answers, keeps a stack for going back, and its whole state is a small value
(:class:`WizardState`) that serialises to JSON so a draft can be stored and resumed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from utvag.domain.assessment import AssessmentOutcome
from utvag.domain.errors import DomainError, raise_if_any
from utvag.forms import jsonio
from utvag.forms.definition import Field, FormDefinition, Step
from utvag.forms.evaluators.registry import evaluator_for
from utvag.forms.validation import (
    coerce,
    unknown_field_errors,
    validate_answers,
    validate_fields,
    visibility,
)

STATE_FORMAT = "utvag-wizard-state/1"


@dataclass(frozen=True)
class WizardState:
    """Form id and version, the answers so far (JSON values), the current step (None when every
    step is done) and the steps visited before it, newest last."""

    form_id: str
    version: int
    answers: Mapping[str, Any] = field(default_factory=dict, repr=False)
    current_step: str | None = None
    history: tuple[str, ...] = ()

    @property
    def finished(self) -> bool:
        return self.current_step is None

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": STATE_FORMAT,
            "form": self.form_id,
            "version": self.version,
            "answers": dict(self.answers),
            "current_step": self.current_step,
            "history": list(self.history),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_dict(cls, data: Any) -> WizardState:
        expected = {"format", "form", "version", "answers", "current_step", "history"}
        if not isinstance(data, dict) or set(data) != expected:
            raise DomainError("The draft is not a wizard state.", field="draft", rule="format")
        if data["format"] != STATE_FORMAT:
            raise DomainError("The draft has an unknown format.", field="draft", rule="format")
        form_id, version, answers = data["form"], data["version"], data["answers"]
        current, history = data["current_step"], data["history"]
        valid = (
            isinstance(form_id, str)
            and isinstance(version, int)
            and not isinstance(version, bool)
            and isinstance(answers, dict)
            and (current is None or isinstance(current, str))
            and isinstance(history, list)
            and all(isinstance(step, str) for step in history)
        )
        if not valid:
            raise DomainError("The draft is malformed.", field="draft", rule="format")
        return cls(form_id, version, answers, current, tuple(history))

    @classmethod
    def from_json(cls, text: str | bytes) -> WizardState:
        return cls.from_dict(jsonio.loads(text, what="draft"))


class FormWizard:
    """Navigation, validation and outcome for one form definition."""

    def __init__(self, definition: FormDefinition) -> None:
        self.definition = definition
        self._evaluator = evaluator_for(definition)

    # navigation -------------------------------------------------------------------------------

    def start(self, answers: Mapping[str, Any] | None = None) -> WizardState:
        """A new state on the first step shown for ``answers`` (pre-filled answers are kept)."""
        answers = dict(answers or {})
        raise_if_any(unknown_field_errors(self.definition, answers))
        first = self._next_visible(None, answers)
        return WizardState(self.definition.form_id, self.definition.version, answers, first)

    def resume(self, state: WizardState) -> WizardState:
        """Check a stored draft against this definition; a current step that the answers now hide
        is replaced by the first incomplete step."""
        self._check_state(state)
        current = state.current_step
        if current is not None and not self._is_visible(current, state.answers):
            current = self.first_incomplete_step(state.answers)
        return replace(state, current_step=current)

    def resolve_next(
        self,
        state: WizardState,
        step_answers: Mapping[str, Any] | None = None,
        *,
        today: date | None = None,
    ) -> WizardState:
        """Record ``step_answers`` for the current step, validate the step, and move on to the
        next step shown (None when the form is done). Raises DomainError(s) and keeps the state
        unchanged if the step is not valid."""
        self._check_state(state)
        if state.current_step is None:
            raise DomainError("The form is already complete.", field="step", rule="finished")
        merged = self._merge(state, step_answers or {})
        raise_if_any(self.step_errors(state.current_step, merged, today=today))
        following = self._next_visible(state.current_step, merged)
        return replace(
            state,
            answers=merged,
            current_step=following,
            history=(*state.history, state.current_step),
        )

    def resolve_prev(self, state: WizardState) -> WizardState:
        """Go back to the step visited before; the answers are kept."""
        self._check_state(state)
        if not state.history:
            raise DomainError("There is no previous step.", field="step", rule="no_previous_step")
        return replace(state, current_step=state.history[-1], history=state.history[:-1])

    def is_last_step(self, state: WizardState) -> bool:
        """True when no further step is shown after the current one, given the answers."""
        current = state.current_step
        return current is not None and self._next_visible(current, state.answers) is None

    def first_incomplete_step(self, answers: Mapping[str, Any]) -> str | None:
        """The first shown step with a missing or invalid answer, or None when all are done."""
        for step in visibility(self.definition, answers).steps:
            if self.step_errors(step.id, answers):
                return step.id
        return None

    # questions and checks ---------------------------------------------------------------------

    def step(self, state: WizardState) -> Step:
        if state.current_step is None:
            raise DomainError("The form is complete.", field="step", rule="finished")
        return self.definition.step(state.current_step)

    def visible_fields(self, step_id: str, answers: Mapping[str, Any]) -> tuple[Field, ...]:
        """The fields of ``step_id`` shown for ``answers`` (ask again as answers change); facts
        are filled in by the application and never shown as questions."""
        shown = visibility(self.definition, answers)
        return tuple(f for f in self.definition.step(step_id).fields
                     if shown.shows(f.id) and not f.fact)

    def field_error(
        self, field_id: str, value: Any, *, today: date | None = None
    ) -> DomainError | None:
        """The error for one value as the user types it, or None (None means "no answer")."""
        if value is None:
            return None
        try:
            coerce(self.definition.field(field_id), value, today=today or date.today())
        except DomainError as error:
            return error
        return None

    def step_errors(
        self, step_id: str, answers: Mapping[str, Any], *, today: date | None = None
    ) -> list[DomainError]:
        """Errors of the shown fields of ``step_id``, plus contradictions the rules already see
        on fields of this step or earlier ones."""
        today = today or date.today()
        shown = visibility(self.definition, answers)
        step_fields = tuple(f for f in self.definition.step(step_id).fields if shown.shows(f.id))
        _, errors = validate_fields(step_fields, answers, today=today, complete=True)
        if errors:
            return errors
        asked = self._fields_up_to(step_id)
        values, _ = validate_fields(
            tuple(f for f in shown.fields if f.id in asked), answers, today=today, complete=False
        )
        return [
            error
            for error in self._evaluator.partial_errors(self.definition, values, today)
            if error.field in asked
        ]

    def outcome(self, state: WizardState, *, today: date | None = None) -> AssessmentOutcome:
        """Evaluate the answers that count (answers to fields now hidden are left out)."""
        self._check_state(state)
        today = today or date.today()
        effective = visibility(self.definition, state.answers).answers
        values = validate_answers(self.definition, effective, today=today)
        return self._evaluator.evaluate(self.definition, values, today)

    # internals --------------------------------------------------------------------------------

    def _check_state(self, state: WizardState) -> None:
        if (state.form_id, state.version) != self.definition.key:
            raise DomainError(
                "The draft belongs to another form or version.", field="form", rule="form_mismatch"
            )
        known = set(self.definition.step_ids())
        steps = [*state.history, *([state.current_step] if state.current_step else [])]
        if any(step not in known for step in steps):
            raise DomainError("The draft names an unknown step.", field="step", rule="unknown_step")
        raise_if_any(unknown_field_errors(self.definition, state.answers))

    def _merge(self, state: WizardState, step_answers: Mapping[str, Any]) -> dict[str, Any]:
        assert state.current_step is not None
        in_step = {f.id for f in self.definition.step(state.current_step).fields if not f.fact}
        errors = [
            DomainError(
                f"{str(key)[:64]}: not a field of this step.",
                field=str(key)[:64],
                rule="field_not_in_step",
            )
            for key in step_answers
            if key not in in_step
        ]
        raise_if_any(errors)
        merged = dict(state.answers)
        for key, value in step_answers.items():
            if value is None:
                merged.pop(key, None)
            else:
                merged[key] = value
        return merged

    def _fields_up_to(self, step_id: str) -> set[str]:
        asked: set[str] = set()
        for step in self.definition.steps:
            asked.update(f.id for f in step.fields)
            if step.id == step_id:
                break
        return asked

    def _is_visible(self, step_id: str, answers: Mapping[str, Any]) -> bool:
        return any(s.id == step_id for s in visibility(self.definition, answers).steps)

    def _next_visible(self, after: str | None, answers: Mapping[str, Any]) -> str | None:
        ids = self.definition.step_ids()
        start = 0 if after is None else ids.index(after) + 1
        shown = {s.id for s in visibility(self.definition, answers).steps}
        return next((step_id for step_id in ids[start:] if step_id in shown), None)
