"""Every documented example answers file gives the outcome the documentation promises."""

from __future__ import annotations

from typing import Any

import pytest
from forms_helpers import EXAMPLES_DIR, REPO, TODAY, registry, v1

from utvag.forms import evaluate_document, load_answers

EXPECTED: dict[str, dict[str, Any]] = {
    "answers-district-defector.json": {
        "is_defector": True,
        "special_defector": False,
        "route_to": "Hisingen",
        "relocation": "within",
        "failed": [],
        "reasons": ["defector", "route_district"],
        "warnings": [],
    },
    "answers-special-defector.json": {
        "is_defector": True,
        "special_defector": True,
        "route_to": "SAV",
        "relocation": "away",
        "failed": [],
        "reasons": ["defector", "route_special_defector_threat", "relocation_high_threat_away"],
        "warnings": [],
    },
    "answers-special-circumstances-override.json": {
        "is_defector": True,
        "special_defector": True,
        "route_to": "SAV",
        "relocation": "away",
        "failed": [],
        "reasons": ["defector", "route_special_circumstances"],
        "warnings": [],
    },
    "answers-override-pending.json": {
        "is_defector": True,
        "special_defector": False,
        "route_to": "Centrum",
        "relocation": "within",
        "failed": [],
        "reasons": ["route_district"],
        "warnings": ["override_pending"],
    },
    "answers-not-defector.json": {
        "is_defector": False,
        "special_defector": False,
        "route_to": "Centrum",
        "relocation": "within",
        "failed": ["wants_to_leave", "consent"],
        "reasons": ["motivation_long_term_missing", "consent_not_covering", "not_defector"],
        "warnings": [],
    },
    "answers-honour-context-not-perpetrator.json": {
        "is_defector": False,
        "special_defector": False,
        "route_to": "Hisingen",
        "relocation": "within",
        "failed": ["belongs"],
        "reasons": ["honour_context_not_perpetrator", "not_defector", "route_not_defector"],
        "warnings": [],
    },
    "answers-extremist-in-prison.json": {
        "is_defector": True,
        "special_defector": False,
        "route_to": "Hisingen",
        "relocation": "within",
        "failed": [],
        "reasons": ["defector", "route_district"],
        "warnings": ["custody_transition_plan_missing"],
    },
    "answers-young-defector.json": {  # form version 2: a 17-year-old
        "is_defector": True,
        "special_defector": False,
        "route_to": "Hisingen",
        "relocation": "within",
        "failed": [],
        "reasons": ["defector", "route_district"],
        "warnings": [],
    },
}
VERSION_2 = {"answers-young-defector.json"}


def test_every_example_file_has_an_expectation() -> None:
    assert sorted(p.name for p in EXAMPLES_DIR.glob("answers-*.json")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_outcome(name: str) -> None:
    expected = EXPECTED[name]
    document = load_answers(EXAMPLES_DIR / name)
    assert (document.form_id, document.version) == (
        "defector-assessment", 2 if name in VERSION_2 else 1)
    _, outcome = evaluate_document(registry(), document, today=TODAY)
    data = outcome.to_dict()
    for key in ("is_defector", "special_defector", "route_to", "relocation"):
        assert data[key] == expected[key], key
    failed = [name for name, met in data["criteria"].items() if not met]
    assert failed == expected["failed"]
    codes = [m["code"] for m in data["reasons"]]
    for code in expected["reasons"]:
        assert code in codes
    assert [m["code"] for m in data["warnings"]] == expected["warnings"]


def test_answers_documentation_lists_every_field_and_example() -> None:
    text = (REPO / "docs" / "assessment-answers.md").read_text(encoding="utf-8")
    for field_id in (*v1().field_ids(), *registry().get("defector-assessment", 2).field_ids()):
        assert f"`{field_id}`" in text, field_id
    for name in EXPECTED:
        assert f"`{name}`" in text, name
