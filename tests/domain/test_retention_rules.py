"""Retention decisions with an injected day: never a day early, never past the deadline."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from utvag.domain.errors import DomainError
from utvag.domain.retention import (
    CASE_OPEN,
    CONSULTATION_RECEIVED,
    CONSULTATION_UNANSWERED,
    LEGAL_HOLD,
    SAME_PERSON_LATER,
    SAME_PERSON_OPEN,
    UNATTACHED,
    UNIT_INCIDENT,
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
    # every record no case holds has its own rule; the seeds give none, so each takes the
    # case rule's five years (docs/admin.md, "Retention")
    assert {record for record, _id, _years in RULES.records} == set(UNATTACHED)
    assert {years for _record, _id, years in RULES.records} == {5}


def record(record_id: int, last: str, kind: str, *, closed: bool = True) -> CaseFacts:
    return CaseFacts(record_id, f"{kind}-{record_id}", 0, kind, closed, D(last), record=kind)


def test_a_record_without_a_case_follows_its_own_period_and_stands_alone() -> None:
    data = json.loads(RULES_FILE.read_text(encoding="utf-8"))
    [own] = [r for r in data["records"] if r["record"] == UNIT_INCIDENT]
    own["years_after_last_entry"] = 2
    rules = RetentionRules.from_dict(data)
    # same id and same (unknown) person as a case: neither keeps the other
    found = [facts(1, "2020-05-01", closed=False), record(1, "2020-05-01", UNIT_INCIDENT)]
    assert decide(found, rules, D("2022-04-30")) == []
    [due] = decide(found, rules, D("2022-05-01"))
    assert (due.destroy, due.rule, due.record) == (True, own["id"], UNIT_INCIDENT)
    [kept] = decide([record(2, "2019-01-01", CONSULTATION_RECEIVED, closed=False)], rules,
                    D("2030-01-01"))
    assert (kept.destroy, kept.rule) == (False, CONSULTATION_UNANSWERED)


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
                   {**data, "exceptions": [{"id": "y", "birth_days": [40]}]},
                   {**data, "records": [{"record": "journal", "id": "z",
                                         "years_after_last_entry": 5}]},
                   {**data, "records": [{"record": UNIT_INCIDENT, "id": "z",
                                         "years_after_last_entry": "5"}]},
                   {**data, "records": data["records"] + data["records"][:1]}):
        with pytest.raises(DomainError):
            RetentionRules.from_dict(broken)
