"""Loading form definitions strictly, and the registry of versions."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from forms_helpers import FORMS_DIR, TODAY, district_answers, minimal_definition, registry, v1_data

from utvag.domain.errors import DomainError
from utvag.forms import FieldType, FormRegistry, evaluate_answers, load_definition, parse_definition
from utvag.forms.evaluators.registry import evaluator_for

SECTIONS = ("Definitioner", "Ansvarsfördelning", "Ärendeprocess")
# Version 2's questions for a minor also cite the guideline's list of laws (LVU) and the city's
# statement on conversations after a concern report (seed 004).
SECTIONS_V2 = (*SECTIONS, "Inledning › Lagbestämmelser", "Yttrande 2025 nr 5")


def test_v1_loads_with_every_step_of_the_assessment() -> None:
    definition = registry().get("defector-assessment", 1)
    assert definition.step_ids() == (
        "person",
        "milieu",
        "belongs",
        "wants_to_leave",
        "motivation",
        "womens_roles",
        "consent",
        "threat",
        "protection",
        "special_circumstances",
        "relocation",
        "serious_crime",
        "custody",
        "state_funding",
    )
    types = {f.type for f in definition.fields()}
    assert {
        FieldType.BOOL,
        FieldType.CHOICE,
        FieldType.MULTI_CHOICE,
        FieldType.DATE,
        FieldType.TEXT,
    } <= types
    evaluator_for(definition)  # the evaluator accepts it


@pytest.mark.parametrize("version", [1, 2])
def test_every_step_and_field_has_help_in_both_languages_citing_the_guideline(
        version: int) -> None:
    definition = registry().get("defector-assessment", version)
    items: list[Any] = [*definition.steps, *definition.fields()]
    for item in items:
        assert item.help.sv.strip() and item.help.en.strip()
        assert item.help.section.startswith(SECTIONS if version == 1 else SECTIONS_V2), item.id
        assert item.help.sv != item.help.en
    for field in definition.fields():
        assert field.label.sv and field.label.en
        for choice in field.choices:
            assert choice.label.sv and choice.label.en


def test_registry_api() -> None:
    forms = registry()
    assert "defector-assessment" in forms.form_ids()
    assert 1 in forms.versions("defector-assessment")
    with pytest.raises(DomainError) as caught:
        forms.get("defector-assessment", 99)
    assert (caught.value.field, caught.value.rule) == ("version", "unknown_form_version")
    with pytest.raises(DomainError) as caught:
        forms.get("no-such-form", 1)
    assert caught.value.rule == "unknown_form"
    with pytest.raises(DomainError) as caught:
        forms.latest("no-such-form")
    assert caught.value.rule == "unknown_form"
    with pytest.raises(DomainError) as caught:
        forms.register(forms.get("defector-assessment", 1))
    assert caught.value.rule == "duplicate_form_version"


def _write(root: Path, data: dict[str, Any], version: int) -> None:
    folder = root / data["form_id"]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"v{version}.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")


def test_old_versions_still_open_and_evaluate_after_a_new_version(tmp_path: Path) -> None:
    old = v1_data()
    new = copy.deepcopy(old)
    new["version"] = 2
    new["title"]["sv"] = "Bedömning av avhoppare (reviderad)"
    new["steps"][0]["fields"].append(
        {
            "id": "interpreter_needed",
            "type": "bool",
            "label": {"sv": "Behövs tolk?", "en": "Is an interpreter needed?"},
            "help": {
                "section": "Ärendeprocess › Utredning av ett avhopparärende",
                "sv": "Frivilligt.",
                "en": "Optional.",
            },
        }
    )
    _write(tmp_path, old, 1)
    _write(tmp_path, new, 2)
    forms = FormRegistry.from_directory(tmp_path)
    assert forms.versions("defector-assessment") == (1, 2)
    assert forms.latest("defector-assessment").version == 2
    stored = district_answers()
    first = evaluate_answers(forms.get("defector-assessment", 1), stored, today=TODAY)
    second = evaluate_answers(forms.get("defector-assessment", 2), stored, today=TODAY)
    assert first == second
    # the new field is unknown to version 1
    with pytest.raises(DomainError) as caught:
        evaluate_answers(
            forms.get("defector-assessment", 1),
            {**stored, "interpreter_needed": True},
            today=TODAY,
        )
    assert caught.value.rule == "unknown_field"


def test_file_must_agree_with_its_path(tmp_path: Path) -> None:
    data = v1_data()
    _write(tmp_path, data, 3)
    with pytest.raises(DomainError) as caught:
        FormRegistry.from_directory(tmp_path)
    assert caught.value.rule == "definition"
    with pytest.raises(DomainError) as caught:
        FormRegistry.from_directory(tmp_path / "missing")
    assert caught.value.rule == "unreadable"


def test_load_definition_refuses_bad_json(tmp_path: Path) -> None:
    path = tmp_path / "v1.json"
    path.write_text('{"schema": "utvag-form/1", "schema": "again"}', "utf-8")
    with pytest.raises(DomainError) as caught:
        load_definition(path)
    assert caught.value.rule == "duplicate_key"
    path.write_text("{not json", "utf-8")
    with pytest.raises(DomainError) as caught:
        load_definition(path)
    assert caught.value.rule == "json_syntax"
    path.write_text('{"version": NaN}', "utf-8")
    with pytest.raises(DomainError) as caught:
        load_definition(path)
    assert caught.value.rule == "json_syntax"
    assert load_definition(FORMS_DIR / "defector-assessment" / "v1.json").version == 1


def _mutate(change: str) -> dict[str, Any]:
    data = minimal_definition()
    first, second = data["steps"][0], data["steps"][1]
    flag, pick = first["fields"]
    if change == "schema":
        data["schema"] = "other/1"
    elif change == "unknown_key":
        data["colour"] = "blue"
    elif change == "version":
        data["version"] = 0
    elif change == "duplicate_field":
        second["fields"][0]["id"] = "flag"
    elif change == "duplicate_step":
        second["id"] = "first"
    elif change == "later_field":
        flag["condition"] = {"field": "pick", "equals": "a"}
    elif change == "bad_equals":
        pick["condition"] = {"field": "flag", "equals": "yes"}
    elif change == "bad_in":
        second["condition"] = {"field": "pick", "in": ["c"]}
    elif change == "no_choices":
        del pick["choices"]
    elif change == "choices_on_bool":
        flag["choices"] = pick["choices"]
    elif change == "bad_type":
        flag["type"] = "colour"
    elif change == "help_without_section":
        del flag["help"]["section"]
    elif change == "empty_label":
        flag["label"]["en"] = " "
    elif change == "bad_id":
        flag["id"] = "Flag-1"
    elif change == "two_operators":
        pick["condition"] = {"field": "flag", "equals": True, "answered": True}
    elif change == "duplicate_choice":
        pick["choices"].append(pick["choices"][0])
    elif change == "required_not_bool":
        flag["required"] = "yes"
    return data


@pytest.mark.parametrize(
    "change",
    [
        "schema",
        "unknown_key",
        "version",
        "duplicate_field",
        "duplicate_step",
        "later_field",
        "bad_equals",
        "bad_in",
        "no_choices",
        "choices_on_bool",
        "bad_type",
        "help_without_section",
        "empty_label",
        "bad_id",
        "two_operators",
        "duplicate_choice",
        "required_not_bool",
    ],
)
def test_malformed_definitions_are_refused(change: str) -> None:
    parse_definition(minimal_definition())  # the unmutated one is fine
    with pytest.raises(DomainError) as caught:
        parse_definition(_mutate(change))
    assert caught.value.rule == "definition"


def test_evaluator_refuses_a_definition_missing_what_it_reads() -> None:
    data = v1_data()
    data["steps"][0]["fields"][0]["id"] = "district"
    with pytest.raises(DomainError) as caught:
        evaluator_for(parse_definition(data))
    assert (caught.value.field, caught.value.rule) == ("belonging", "definition")
    data = v1_data()
    data["steps"][0]["fields"][0]["required"] = False
    with pytest.raises(DomainError) as caught:
        evaluator_for(parse_definition(data))
    assert caught.value.field == "belonging"
    data = v1_data()
    data["evaluator"] = "unknown/1"
    with pytest.raises(DomainError) as caught:
        evaluator_for(parse_definition(data))
    assert caught.value.rule == "unknown_evaluator"
