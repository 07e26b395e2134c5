"""Retention decisions with an injected day: never a day early, never past the deadline."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from utvag.domain.errors import DomainError
from utvag.domain.retention import (
    CASE_OPEN,
    LEGAL_HOLD,
    SAME_PERSON_LATER,
    SAME_PERSON_OPEN,
    CaseFacts,
    RetentionRules,
    complete_by,
    decide,
)

D = date.fromisoformat
RULES_FILE = Path(__file__).resolve().parents[2] / "resources" / "retention" / "rules.json"
RULES = RetentionRules.from_dict(json.loads(RULES_FILE.read_text(encoding="utf-8")))


def facts(case_id: int, last: str, *, person: int | None = None, closed: bool = True,
          held: bool = False, born: str = "1990-01-02", case_type: str = "defector") -> CaseFacts:
    return CaseFacts(case_id, f"CE-2019-{case_id:05d}", person or case_id, case_type, closed,
                     D(last), held, D(born))


def test_default_rules_file() -> None:
    assert RULES.rule_id == "gallring-5-ar" and RULES.years == 5
    assert [e.id for e in RULES.exceptions] == ["forskningsurval-5-15-25"]


@pytest.mark.parametrize(("today", "listed", "destroy"), [
    ("2024-03-09", False, False),  # a day early: not even listed
    ("2024-03-10", True, True),  # five years after the last entry
    ("2025-12-31", True, True),  # the last day to complete it
])
def test_five_years_after_the_last_entry(today: str, listed: bool, destroy: bool) -> None:
    found = decide([facts(1, "2019-03-10")], RULES, D(today))
    assert bool(found) == listed
    if found:
        assert found[0].destroy is destroy and found[0].rule == "gallring-5-ar"
        assert found[0].complete_by == D("2025-12-31")


def test_overdue_after_the_end_of_the_following_year() -> None:
    [decision] = decide([facts(1, "2019-03-10")], RULES, D("2026-01-01"))
    assert decision.destroy and decision.overdue(D("2026-01-01"))
    assert not decision.overdue(D("2025-12-31"))
    assert complete_by(D("2024-12-31")) == D("2025-12-31")


@pytest.mark.parametrize(("cases", "rule"), [
    ([facts(1, "2010-01-01", held=True)], LEGAL_HOLD),
    ([facts(1, "2010-01-01", person=9), facts(2, "2012-01-01", person=9, held=True)], LEGAL_HOLD),
    ([facts(1, "2010-01-01", person=9), facts(2, "2022-06-01", person=9)], SAME_PERSON_LATER),
    ([facts(1, "2010-01-01", person=9), facts(2, "2011-01-01", person=9, closed=False)],
     SAME_PERSON_OPEN),
    ([facts(1, "2010-01-01", closed=False)], CASE_OPEN),
    ([facts(1, "2010-01-01", born="1990-04-15")], "forskningsurval-5-15-25"),
])
def test_refusals_name_the_rule(cases: list[CaseFacts], rule: str) -> None:
    decisions = {d.case_id: d for d in decide(cases, RULES, D("2024-06-01"))}
    assert not decisions[1].destroy
    assert decisions[1].rule == rule


def test_a_later_entry_on_the_same_person_moves_the_whole_group() -> None:
    cases = [facts(1, "2015-01-01", person=9), facts(2, "2019-06-30", person=9)]
    day_before = D("2024-06-29")
    assert {d.case_id: d.destroy for d in decide(cases, RULES, day_before)} == {1: False}
    on_the_day = decide(cases, RULES, day_before + timedelta(days=1))
    assert {d.case_id: d.destroy for d in on_the_day} == {1: True, 2: True}


def test_case_type_exception_and_malformed_rules() -> None:
    data = json.loads(RULES_FILE.read_text(encoding="utf-8"))
    data["exceptions"][1].update(enabled=True, case_types=["high_risk"])
    rules = RetentionRules.from_dict(data)
    [kept] = decide([facts(1, "2010-01-01", case_type="high_risk")], rules, D("2024-01-01"))
    assert not kept.destroy and kept.rule == "bevaras-typ"
    for broken in ({}, {**data, "rule": {"id": "x", "years_after_last_entry": 0}},
                   {**data, "exceptions": [{"id": "y", "birth_days": [40]}]}):
        with pytest.raises(DomainError):
            RetentionRules.from_dict(broken)
