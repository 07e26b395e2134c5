"""Non-interactive evaluation of complete answers (the CLI's ``assess --answers``)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from forms_helpers import TODAY, district_answers, high_threat_answers, registry, v1
from hypothesis import given, settings
from hypothesis import strategies as st

from utvag.domain.errors import DomainError, DomainErrors
from utvag.domain.units import Unit
from utvag.forms import (
    AnswersDocument,
    FieldType,
    evaluate_answers,
    evaluate_document,
    parse_answers,
    visibility,
)

DEFINITION = v1()


def _refusal(answers: dict[str, Any]) -> set[tuple[str | None, str | None]]:
    with pytest.raises(DomainError) as caught:
        evaluate_answers(DEFINITION, answers, today=TODAY)
    error = caught.value
    errors = error.errors if isinstance(error, DomainErrors) else (error,)
    return {(e.field, e.rule) for e in errors}


def test_outcome_has_the_documented_shape() -> None:
    data = evaluate_answers(DEFINITION, district_answers(), today=TODAY).to_dict()
    assert data["is_defector"] is True
    assert data["criteria"] == {
        "belongs": True,
        "wants_to_leave": True,
        "needs_protection": True,
        "consent": True,
    }
    assert (data["special_defector"], data["route_to"], data["relocation"]) == (
        False,
        "Hisingen",
        "within",
    )
    for message in data["reasons"] + data["warnings"]:
        assert set(message) == {"code", "sv", "en"}


def test_missing_required_answer_names_the_field() -> None:
    assert _refusal(district_answers(threat_reference=None)) == {("threat_reference", "required")}


def test_missing_conditional_answer_names_the_field() -> None:
    answers = district_answers(special_circumstances=True)
    assert _refusal(answers) == {
        ("special_circumstances_justification", "required"),
        ("special_circumstances_sav_decision", "required"),
    }


def test_high_threat_with_relocation_none_is_contradictory() -> None:
    assert _refusal(high_threat_answers(relocation="none")) == {
        ("relocation", "high_threat_relocation_away")
    }


def test_high_threat_with_low_protection_need_is_contradictory() -> None:
    assert _refusal(high_threat_answers(protection_need="low", needs_protection_answer=False)) == {
        ("protection_need", "high_threat_high_protection_need"),
        ("needs_protection_answer", "high_threat_needs_protection"),
    }


def test_withdrawn_consent_is_refused() -> None:
    answers = district_answers(
        consent_withdrawn=True,
        consent_withdrawn_on="2026-10-20",
        consent_withdrawn_by="Individen",
    )
    assert _refusal(answers) == {("consent_withdrawn", "consent_withdrawn")}


def test_unknown_and_inapplicable_field_ids_are_refused() -> None:
    answers = district_answers(colour="blue", milieu_extremist="left_wing")
    assert _refusal(answers) == {
        ("colour", "unknown_field"),
        ("milieu_extremist", "not_applicable"),
    }


def test_domain_rule_errors_name_the_form_field() -> None:
    answers = district_answers(
        consent_withdrawn=True,
        consent_withdrawn_on="2026-09-01",
        consent_withdrawn_by="Individen",
    )
    refusal = _refusal(answers)
    assert refusal == {("consent_withdrawn_on", "date_order")}


def test_future_dates_are_refused() -> None:
    assert _refusal(district_answers(threat_assessed_on="2026-12-01")) == {
        ("threat_assessed_on", "date_in_future")
    }


def test_unknown_form_version_is_refused() -> None:
    document = AnswersDocument("defector-assessment", 7, district_answers())
    with pytest.raises(DomainError) as caught:
        evaluate_document(registry(), document, today=TODAY)
    assert (caught.value.field, caught.value.rule) == ("version", "unknown_form_version")
    with pytest.raises(DomainError) as caught:
        evaluate_document(registry(), AnswersDocument("other", 1, {}), today=TODAY)
    assert caught.value.rule == "unknown_form"


def test_document_must_match_the_definition() -> None:
    with pytest.raises(DomainError) as caught:
        evaluate_answers(DEFINITION, AnswersDocument("defector-assessment", 2, {}), today=TODAY)
    assert (caught.value.field, caught.value.rule) == ("version", "form_mismatch")
    document = AnswersDocument("defector-assessment", 1, district_answers())
    definition, outcome = evaluate_document(registry(), document, today=TODAY)
    assert definition.key == ("defector-assessment", 1)
    assert outcome.route_to is Unit.HISINGEN


@pytest.mark.parametrize(
    ("text", "field", "rule"),
    [
        ("[]", "answers", "type"),
        ('{"form": "defector-assessment", "version": 1}', "answers", "required"),
        ('{"form": "defector-assessment", "version": "1", "answers": {}}', "version", "type"),
        (
            '{"form": "defector-assessment", "version": 1, "answers": {}, "x": 1}',
            "x",
            "unknown_field",
        ),
        ('{"form": "a", "form": "b", "version": 1, "answers": {}}', "form", "duplicate_key"),
        ('{"form": "defector-assessment", "version": 1, "answers": []}', "answers", "type"),
        ("{", "json", "json_syntax"),
    ],
)
def test_answers_files_are_read_strictly(text: str, field: str, rule: str) -> None:
    with pytest.raises(DomainError) as caught:
        parse_answers(text)
    assert (caught.value.field, caught.value.rule) == (field, rule)


def test_answers_document_round_trips() -> None:
    document = AnswersDocument("defector-assessment", 1, district_answers())
    assert AnswersDocument.from_dict(document.to_dict()) == document


DATES = st.dates(min_value=date(2026, 1, 1), max_value=TODAY).map(date.isoformat)


def _value(field_type: FieldType, choices: tuple[str, ...]) -> st.SearchStrategy[Any]:
    if field_type is FieldType.BOOL:
        return st.booleans()
    if field_type is FieldType.CHOICE:
        return st.sampled_from(choices)
    if field_type is FieldType.MULTI_CHOICE:
        return st.lists(st.sampled_from(choices), min_size=1, unique=True)
    if field_type is FieldType.DATE:
        return DATES
    return st.text(min_size=1, max_size=20).filter(lambda s: s.strip() != "")


ANY_ANSWERS = st.fixed_dictionaries(
    {f.id: _value(f.type, f.choice_values) for f in DEFINITION.fields()}
).map(lambda answers: visibility(DEFINITION, answers).answers)


@settings(max_examples=300, deadline=None)
@given(ANY_ANSWERS)
def test_any_well_typed_answers_give_an_outcome_or_a_named_refusal(answers: dict[str, Any]) -> None:
    try:
        outcome = evaluate_answers(DEFINITION, answers, today=TODAY)
    except DomainError as error:
        errors = error.errors if isinstance(error, DomainErrors) else (error,)
        for e in errors:
            assert e.field in DEFINITION.field_ids(), e
            assert e.rule
        return
    assert outcome == evaluate_answers(DEFINITION, answers, today=TODAY)
    if outcome.is_defector and answers["threat_level"] == "high":
        assert (outcome.route_to, outcome.special_defector) == (Unit.SAV, True)
    if not outcome.special_defector:
        assert outcome.route_to.value == answers["belonging"]
    if answers["threat_level"] == "high":
        assert outcome.relocation.value == "away"
    assert outcome.is_defector == all(outcome.criteria.to_dict().values())


ROUTING_ANSWERS = st.fixed_dictionaries(
    {
        "belonging": st.sampled_from(["Centrum", "Hisingen", "Nordost", "Sydvast"]),
        "threat_level": st.sampled_from(["low", "high"]),
        "protection_need": st.sampled_from(["low", "high"]),
        "relocation": st.sampled_from(["away", "within", "none", "to_assess"]),
        "special_circumstances": st.booleans(),
        "special_circumstances_justification": st.just("Skriftlig motivering."),
        "special_circumstances_sav_decision": st.sampled_from(["approved", "rejected", "pending"]),
        "special_circumstances_decided_on": st.just("2026-10-15"),
    }
).map(lambda changes: visibility(DEFINITION, district_answers(**changes)).answers)


@settings(max_examples=200, deadline=None)
@given(ROUTING_ANSWERS)
def test_defectors_with_a_high_threat_always_go_to_sav(answers: dict[str, Any]) -> None:
    try:
        outcome = evaluate_answers(DEFINITION, answers, today=TODAY)
    except DomainError as error:
        # only the high-threat contradictions can refuse these answers
        assert answers["threat_level"] == "high"
        errors = error.errors if isinstance(error, DomainErrors) else (error,)
        assert {e.field for e in errors} <= {"relocation", "protection_need"}
        return
    assert outcome.is_defector
    if answers["threat_level"] == "high":
        assert (outcome.route_to, outcome.special_defector, outcome.relocation.value) == (
            Unit.SAV,
            True,
            "away",
        )
    elif answers.get("special_circumstances_sav_decision") == "approved":
        assert (outcome.route_to, outcome.special_defector) == (Unit.SAV, True)
    else:
        assert outcome.route_to.value == answers["belonging"]
        assert outcome.relocation.value == answers["relocation"]
