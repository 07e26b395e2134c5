"""Shared helpers for the forms tests: the real form definitions and example answers."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

from utvag.forms import FormDefinition, FormRegistry, parse_definition

REPO = Path(__file__).resolve().parents[2]
FORMS_DIR = REPO / "resources" / "forms"
EXAMPLES_DIR = REPO / "docs" / "examples"
V1_PATH = FORMS_DIR / "defector-assessment" / "v1.json"
TODAY = date(2026, 11, 1)


def registry() -> FormRegistry:
    return FormRegistry.from_directory(FORMS_DIR)


def v1_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(V1_PATH.read_text(encoding="utf-8"))
    return data


def v1() -> FormDefinition:
    return parse_definition(v1_data())


def example_answers(name: str) -> dict[str, Any]:
    """The answers of ``docs/examples/<name>`` (a fresh copy each time)."""
    document = json.loads((EXAMPLES_DIR / name).read_text(encoding="utf-8"))
    answers: dict[str, Any] = document["answers"]
    return copy.deepcopy(answers)


def district_answers(**changes: Any) -> dict[str, Any]:
    """A complete low-threat district defector, with ``changes`` applied (None removes)."""
    answers = example_answers("answers-district-defector.json")
    for key, value in changes.items():
        if value is None:
            answers.pop(key, None)
        else:
            answers[key] = value
    return answers


def high_threat_answers(**changes: Any) -> dict[str, Any]:
    answers = example_answers("answers-special-defector.json")
    answers.update(changes)
    return answers


def minimal_definition() -> dict[str, Any]:
    """A tiny valid definition (no evaluator is needed to load it)."""
    help_text = {"section": "Ärendeprocess", "sv": "Hjälp.", "en": "Help."}
    label = {"sv": "Fråga", "en": "Question"}
    return {
        "schema": "utvag-form/1",
        "form_id": "mini",
        "version": 1,
        "title": {"sv": "Mini", "en": "Mini"},
        "evaluator": "none",
        "guideline": "Test",
        "steps": [
            {
                "id": "first",
                "title": label,
                "help": help_text,
                "fields": [
                    {
                        "id": "flag",
                        "type": "bool",
                        "label": label,
                        "help": help_text,
                        "required": True,
                    },
                    {
                        "id": "pick",
                        "type": "choice",
                        "label": label,
                        "help": help_text,
                        "choices": [
                            {"value": "a", "label": {"sv": "A", "en": "A"}},
                            {"value": "b", "label": {"sv": "B", "en": "B"}},
                        ],
                        "condition": {"field": "flag", "equals": True},
                        "required": True,
                    },
                ],
            },
            {
                "id": "second",
                "title": label,
                "help": help_text,
                "condition": {"field": "pick", "equals": "b"},
                "fields": [
                    {
                        "id": "count",
                        "type": "number",
                        "label": label,
                        "help": help_text,
                        "minimum": 0,
                        "maximum": 10,
                        "integer": True,
                    },
                    {
                        "id": "when",
                        "type": "date",
                        "label": label,
                        "help": help_text,
                        "max_date_today": True,
                    },
                    {
                        "id": "note",
                        "type": "text",
                        "label": label,
                        "help": help_text,
                        "max_length": 5,
                        "required": True,
                    },
                    {
                        "id": "many",
                        "type": "multi_choice",
                        "label": label,
                        "help": help_text,
                        "choices": [
                            {"value": "x", "label": {"sv": "X", "en": "X"}},
                            {"value": "y", "label": {"sv": "Y", "en": "Y"}},
                        ],
                        "required": True,
                    },
                ],
            },
        ],
    }
