"""Yearly statistics (suppressed) and the log-review queue and sign-off, on a real vault."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from utvag.domain.cell_suppression import extend
from utvag.errors import ValidationError
from utvag.services import audit_log, cases, followup, log_review, needs, statistics
from utvag.services.session import Session

YEAR = datetime.now(UTC).year



def add_cases(session: Session, count: int, **person: object) -> list[int]:
    return [cases.new_case(session, {"type": "defector", "person": {
        "name": f"Person {n}", "birth_date": "2005-06-01", **person}}) for n in range(count)]


def test_small_years_show_no_small_numbers(session: Session) -> None:
    add_cases(session, 3, gender="female")
    report = statistics.report(session, YEAR)
    for table in report.tables:
        p = table.published
        shown = [v for row in p.cells for v in row] + [*p.row_totals, *p.column_totals, p.total]
        assert all(v is None or v >= 5 for v in shown), table.id
    assert report.table("gender").published.total is None
    assert "x" in statistics.to_csv(report)


def test_counts_above_the_threshold_are_shown_and_linked_totals_agree(
        session: Session, tmp_path: Path) -> None:
    ids = add_cases(session, 12, gender="female") + add_cases(session, 7, gender="male")
    for case_id in ids[:6]:
        followup.add_intervention(session, case_id, {  # during the investigation
            "type": "counselling", "urgency": "urgent", "decided_on": f"{YEAR}-02-01"})
    report = statistics.report(session, YEAR)
    gender = report.table("gender")
    assert gender.rows == ("Centrum",)
    # 12 shown; the two empty categories are hidden, and so is 7: otherwise 19 - 12 - 7 = 0
    # would give them away
    assert gender.published.cells[0] == (12, None, None, None)
    assert gender.published.total == 19
    assert report.table("opened").published.total == 19
    assert report.table("outcome").published.total == 19  # none assessed yet
    interventions = report.table("interventions")
    assert interventions.published.total == 6
    for table in report.tables:  # published totals add up to the counts
        grid = extend([[v or 0 for v in row] for row in table.published.cells])
        if all(v is not None for row in table.published.cells for v in row):
            assert grid[-1][-1] == table.published.total
    target = tmp_path / "stats.csv"
    statistics.export_csv(session, report, target)
    assert target.stat().st_mode & 0o077 == 0
    assert "gender,Centrum,female,12" in target.read_text(encoding="utf-8")
    actions = [e.action for e in audit_log.entries(session)]
    assert actions[-2:] == ["statistics.report", "statistics.export"]


def test_needs_are_counted_by_area_as_met_partly_not_met_or_not_followed_up(
        session: Session) -> None:
    today = date.today().isoformat()
    for n, case_id in enumerate(add_cases(session, 9)):
        housing = followup.add_intervention(session, case_id, {
            "type": "protected_housing", "urgency": "urgent", "decided_on": f"{YEAR}-01-01"})
        need = needs.add_need(session, case_id, {"area": "safety_housing",
                                                 "identified_on": f"{YEAR}-01-01",
                                                 "interventions": [housing]})
        needs.add_need(session, case_id, {"area": "relations", "identified_on": today})
        needs.record_followup(session, need, {"intervention_id": housing, "held_on": today,
                                              "outcome": "not_met"})
        if n < 7:  # a later follow-up on the same day is the one counted
            needs.record_followup(session, need, {"intervention_id": housing,
                                                  "held_on": today, "outcome": "met"})
    report = statistics.report(session, YEAR)
    housing_table = report.table("needs_safety_housing")
    assert housing_table.columns == ("met", "partly", "not_met", "not_followed_up")
    assert housing_table.published.cells[0][0] == 7 and housing_table.published.total == 9
    assert housing_table.published.cells[0][2] is None  # 2: suppressed, and what gives it away
    relations = report.table("needs_relations")
    # recorded, not yet followed up: the only non-empty category, so the total tells it and
    # the method hides the cell itself
    assert relations.published.total == 9 and relations.published.cells[0][:3] == (None,) * 3
    assert report.table("needs_criminality").published.total is None  # none: nothing shown
    for table in report.tables:
        p = table.published
        shown = [v for row in p.cells for v in row] + [*p.row_totals, *p.column_totals, p.total]
        assert all(v is None or v >= 5 for v in shown), table.id
    assert "needs_safety_housing,Centrum,met,7" in statistics.to_csv(report)


def test_log_review_queue_and_sign_off(session: Session) -> None:
    plain = add_cases(session, 30)
    protected = add_cases(session, 1, protected_identity="skyddad_folkbokforing")[0]
    risky = cases.new_case(session, {"type": "high_risk", "person": {
        "name": "Hög risk", "birth_date": "1980-01-01"}})
    for case_id in plain:
        cases.get_case(session, case_id)
    for _ in range(3):
        cases.get_case(session, protected)
        cases.get_case(session, risky)
    month = datetime.now(UTC).strftime("%Y-%m")
    data = log_review.review_queue_of(session, month)
    reasons = [e.reason for e in data.entries]
    assert reasons.count("protected_identity") == 4  # created and read three times
    assert reasons.count("high_risk") == 4
    assert reasons.count("sample") == 20
    assert all(e.case_number for e in data.entries)

    signoff = log_review.sign_off(session, month, "remarks", "Två läsningar utan uppdrag.")
    [stored] = log_review.signoffs(session, month)
    assert stored.id == signoff and stored.entries == len(data.entries)
    last = audit_log.entries(session)[-1]
    assert last.action == "logreview.sign" and "uppdrag" not in str(last.detail)
    with pytest.raises(ValidationError):
        log_review.sign_off(session, month, "no_remarks", "  ")
