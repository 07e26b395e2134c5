"""A form version pins the rules it is evaluated with: a form that asks a question whose rules
live in another evaluator is refused when loaded, the released versions load with theirs, and
new assessments start on the latest version."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from forms_helpers import FORMS_DIR, TODAY, district_answers, registry

from utvag.domain.errors import DomainError
from utvag.forms import FormRegistry, FormWizard, evaluate_answers, parse_definition
from utvag.forms.evaluators.registry import EVALUATORS, evaluator_for
from utvag.services import assessment, cases

FORM = "defector-assessment"
V2_PATH = FORMS_DIR / FORM / "v2.json"
MINOR_QUESTIONS = ("minor_talked_with_young_person", "minor_talked_with_guardians",
                   "minor_no_conversation_reason", "minor_best_interests",
                   "minor_lvu_considered", "minor_lvu_note")


def _released(tmp_path: Path) -> Path:
    """A copy of the released forms directory, to add a new version to."""
    root = tmp_path / "forms"
    shutil.copytree(FORMS_DIR, root)
    return root


def _add_version(root: Path, data: dict[str, Any], version: int) -> Path:
    data = {**data, "version": version}
    path = root / FORM / f"v{version}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


def _v2_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(V2_PATH.read_text(encoding="utf-8"))
    return data


def test_released_versions_load_with_the_evaluator_each_names() -> None:
    forms = registry()
    assert forms.versions(FORM) == (1, 2)
    named = {v: forms.get(FORM, v).evaluator for v in forms.versions(FORM)}
    assert named == {1: "defector-assessment/1", 2: "defector-assessment/2"}
    for version in (1, 2):
        definition = forms.get(FORM, version)
        evaluator = evaluator_for(definition)
        # every field the rules read is asked in the version naming them
        assert evaluator.reads <= set(definition.field_ids())


def test_version_2_reads_everything_version_1_reads_and_the_minor_s_answers() -> None:
    v1, v2 = EVALUATORS["defector-assessment/1"], EVALUATORS["defector-assessment/2"]
    assert v1.reads < v2.reads
    assert v2.reads - v1.reads == {"person_minor", *MINOR_QUESTIONS}


def test_the_latest_version_is_2_and_a_new_assessment_starts_on_it(
        make_vault: Callable[..., Any]) -> None:
    assert registry().latest(FORM).version == 2
    assert assessment.definition().key == (FORM, 2)
    session = make_vault("vault").open()
    try:
        case_id = cases.new_case(session, {"type": "defector", "person": {
            "name": "Alva Exempelsson", "birth_date": "2010-04-12"}})
        row, _ = assessment.start_or_resume(session, case_id)
        assert (row.form_id, row.form_version) == (FORM, 2)
    finally:
        session.close()


def test_a_copy_of_version_2_naming_evaluator_1_is_refused_at_load(tmp_path: Path) -> None:
    root = _released(tmp_path)
    _add_version(root, {**_v2_data(), "evaluator": "defector-assessment/1"}, 3)
    with pytest.raises(DomainError) as caught:
        FormRegistry.from_directory(root)
    error = caught.value
    assert error.rule == "unchecked_field"
    assert error.field == "person_minor"  # the first such field, in the form's order
    assert error.message == (
        "Form definition defector-assessment/v3.json: field person_minor is read by the rules "
        "of evaluator defector-assessment/2, not by defector-assessment/1 that the form names: "
        "its answers would never be checked. Name an evaluator whose rules read it.")
    # nothing is evaluated with it either, however the definition is reached
    definition = parse_definition({**_v2_data(), "evaluator": "defector-assessment/1"})
    with pytest.raises(DomainError) as caught:
        FormWizard(definition)
    assert caught.value.rule == "unchecked_field"
    with pytest.raises(DomainError) as caught:
        evaluate_answers(definition, district_answers(), today=TODAY)
    assert caught.value.rule == "unchecked_field"


@pytest.mark.parametrize("question", MINOR_QUESTIONS)
def test_one_of_the_minor_s_questions_on_a_version_1_form_is_refused(
        tmp_path: Path, question: str) -> None:
    """Version 1 plus any single question whose rules only version 2 holds."""
    v1 = json.loads((FORMS_DIR / FORM / "v1.json").read_text(encoding="utf-8"))
    field = next(f for step in _v2_data()["steps"] for f in step["fields"]
                 if f["id"] == question)
    field = {k: v for k, v in field.items() if k != "condition"}
    v1["steps"][0]["fields"].append(field)
    root = _released(tmp_path)
    _add_version(root, v1, 3)
    with pytest.raises(DomainError) as caught:
        FormRegistry.from_directory(root)
    assert (caught.value.field, caught.value.rule) == (question, "unchecked_field")
    assert "defector-assessment/v3.json" in caught.value.message


def test_a_copy_of_version_2_naming_its_evaluator_loads_and_becomes_the_latest(
        tmp_path: Path) -> None:
    root = _released(tmp_path)
    _add_version(root, _v2_data(), 3)
    forms = FormRegistry.from_directory(root)
    assert forms.versions(FORM) == (1, 2, 3)
    assert forms.latest(FORM).evaluator == "defector-assessment/2"
    answers = district_answers()
    assert (evaluate_answers(forms.get(FORM, 1), answers, today=TODAY)
            == evaluate_answers(registry().get(FORM, 1), answers, today=TODAY))


def test_a_version_naming_an_unknown_evaluator_is_refused_at_load(tmp_path: Path) -> None:
    root = _released(tmp_path)
    _add_version(root, {**_v2_data(), "evaluator": "defector-assessment/9"}, 3)
    with pytest.raises(DomainError) as caught:
        FormRegistry.from_directory(root)
    assert caught.value.rule == "unknown_evaluator"
    assert caught.value.message.startswith("Form definition defector-assessment/v3.json: ")
