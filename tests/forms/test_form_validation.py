"""Answer validation: types, required-ness, visibility; errors name field id and rule."""

from __future__ import annotations

from typing import Any

import pytest
from forms_helpers import TODAY, minimal_definition

from utvag.domain.errors import DomainError, DomainErrors
from utvag.forms import parse_definition, validate_answers, visibility
from utvag.forms.validation import coerce

MINI = parse_definition(minimal_definition())


def _field(field_id: str) -> Any:
    return MINI.field(field_id)


@pytest.mark.parametrize(
    ("field_id", "raw", "expected"),
    [
        ("flag", True, True),
        ("pick", "b", "b"),
        ("many", ["y", "x"], ("y", "x")),
        ("count", 3, 3),
        ("count", 3.0, 3),
        ("note", "abc", "abc"),
    ],
)
def test_values_are_coerced(field_id: str, raw: Any, expected: Any) -> None:
    assert coerce(_field(field_id), raw, today=TODAY) == expected


def test_dates_are_iso_and_real() -> None:
    assert coerce(_field("when"), "2026-02-28", today=TODAY).isoformat() == "2026-02-28"


@pytest.mark.parametrize(
    ("field_id", "raw", "rule"),
    [
        ("flag", "true", "type"),
        ("flag", 1, "type"),
        ("pick", "c", "choice"),
        ("pick", 1, "choice"),
        ("many", "x", "type"),
        ("many", ["x", "x"], "choice"),
        ("many", ["z"], "choice"),
        ("many", [], "required"),
        ("when", "20260101", "type"),
        ("when", "2026-1-01", "type"),
        ("when", "2026-02-30", "date"),
        ("when", "2026-12-24", "date_in_future"),
        ("note", "toolong", "max_length"),
        ("note", "   ", "required"),
        ("note", 5, "type"),
        ("count", True, "type"),
        ("count", "3", "type"),
        ("count", float("nan"), "type"),
        ("count", 2.5, "integer"),
        ("count", -1, "minimum"),
        ("count", 11, "maximum"),
    ],
)
def test_bad_values_name_field_and_rule(field_id: str, raw: Any, rule: str) -> None:
    with pytest.raises(DomainError) as caught:
        coerce(_field(field_id), raw, today=TODAY)
    assert (caught.value.field, caught.value.rule) == (field_id, rule)
    assert caught.value.message.startswith(field_id)


def test_visibility_follows_conditions() -> None:
    assert [s.id for s in visibility(MINI, {}).steps] == ["first"]
    assert [f.id for f in visibility(MINI, {}).fields] == ["flag"]
    shown = visibility(MINI, {"flag": True, "pick": "b"})
    assert [s.id for s in shown.steps] == ["first", "second"]
    assert shown.shows("note")


def test_answers_to_hidden_fields_do_not_count_later() -> None:
    # pick is hidden when flag is false, so its stale "b" must not reveal the second step
    shown = visibility(MINI, {"flag": False, "pick": "b"})
    assert [s.id for s in shown.steps] == ["first"]
    assert "pick" not in shown.answers


def test_complete_answers_validate() -> None:
    values = validate_answers(
        MINI,
        {"flag": True, "pick": "b", "note": "ok", "many": ["x"], "when": "2026-10-01"},
        today=TODAY,
    )
    assert values["many"] == ("x",)
    assert "count" not in values


def test_every_problem_is_reported_with_field_and_rule() -> None:
    answers = {"flag": False, "pick": "a", "colour": "blue"}
    with pytest.raises(DomainErrors) as caught:
        validate_answers(MINI, answers, today=TODAY)
    found = {(e.field, e.rule) for e in caught.value.errors}
    assert found == {("colour", "unknown_field"), ("pick", "not_applicable")}


def test_missing_required_answers() -> None:
    with pytest.raises(DomainErrors) as caught:
        validate_answers(MINI, {"flag": True, "pick": "b"}, today=TODAY)
    assert {(e.field, e.rule) for e in caught.value.errors} == {
        ("note", "required"),
        ("many", "required"),
    }


def test_null_means_not_answered() -> None:
    assert validate_answers(MINI, {"flag": False, "pick": None}, today=TODAY) == {"flag": False}


def test_answers_must_be_an_object() -> None:
    with pytest.raises(DomainError) as caught:
        validate_answers(MINI, ["flag"], today=TODAY)  # type: ignore[arg-type]
    assert caught.value.rule == "type"
