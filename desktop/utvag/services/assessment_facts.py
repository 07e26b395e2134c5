"""What a stored assessment says, as :class:`~utvag.forms.facts.AssessmentFacts`: the services
read these, never an answer's field id (the form version's evaluator owns those).

Also owns the loaded form definitions (:func:`registry`), which the assessment service uses.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from utvag.domain.errors import DomainError
from utvag.forms import FormDefinition, FormRegistry
from utvag.forms.evaluation import facts_of
from utvag.forms.facts import NO_FACTS, AssessmentFacts
from utvag.resources import resource_path
from utvag.vault.repo_assessments import AssessmentRow


@lru_cache(maxsize=1)
def registry() -> FormRegistry:
    return FormRegistry.from_directory(resource_path("forms"))


@lru_cache(maxsize=32)
def _definition(form_id: str, version: int) -> FormDefinition | None:
    try:
        return registry().get(form_id, version)
    except (DomainError, KeyError):
        return None


def answers_facts(form_id: str, version: int, answers: Any,
                  outcome: Mapping[str, Any] | None = None) -> AssessmentFacts:
    """The facts of answers stored for ``form_id`` version ``version`` (none for a form this
    application does not know or answers that are not an object)."""
    definition = _definition(form_id, version)
    if definition is None or not isinstance(answers, Mapping):
        return NO_FACTS
    return facts_of(definition, answers, outcome)


def facts(row: AssessmentRow | None) -> AssessmentFacts:
    """The facts of a stored assessment (a draft's too), with its outcome when signed; no facts
    without an assessment."""
    if row is None:
        return NO_FACTS
    return answers_facts(row.form_id, row.form_version, row.answers, row.outcome)
