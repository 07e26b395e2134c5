"""Incidents against staff recorded against the unit, not a case (seed 002: «incidenter även
sker i receptioner»), and the year's count of every incident against staff, on a real vault."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from utvag.errors import NotFoundError, UsageError, ValidationError
from utvag.services import audit_log, cases, high_risk, unit_incidents
from utvag.services.session import Session

SECRET = "Okänd man slog i receptionsdisken"



def ago(days: float) -> str:
    return (datetime.now(UTC) - timedelta(days=days)).isoformat(timespec="minutes")


def reception(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"occurred_at": ago(1), "place": "reception", "kind": "violence",
                            "staff": "Receptionist EF", "description": SECRET,
                            "person": "Okänd man, cirka 30 år"}
    data.update(changes)
    return data


def test_an_incident_in_the_reception_is_recorded_without_a_case(session: Session) -> None:
    record = unit_incidents.add_unit_incident(session, reception(
        police_reported_on=datetime.now(UTC).date().isoformat(),
        police_report_number="5000-K9-26", support_offered=["occupational_health"]))
    year = datetime.now(UTC).year
    [listed] = unit_incidents.unit_incidents(session, year)
    assert (listed.id, listed.case_id, listed.place) == (record, None, "reception")
    assert listed.person == "Okänd man, cirka 30 år" and listed.description == SECRET
    assert list(listed.support_offered) == ["occupational_health"]
    assert unit_incidents.unit_incidents(session, year - 1) == []
    assert cases.list_cases(session) == []  # no case was made for it

    draft = unit_incidents.unit_police_report_draft(session, record)
    assert "Receptionen" in draft and "inte kopplad till ett ärende" in draft
    assert SECRET in draft and "5000-K9-26" in draft and "Okänd man, cirka 30 år" in draft
    with pytest.raises(NotFoundError):
        unit_incidents.unit_police_report_draft(session, 999)


@pytest.mark.parametrize(("changes", "field"), [
    ({"place": None}, "place"), ({"place": "car_park"}, "place"),
    ({"kind": "rumour"}, "kind"), ({"staff": " "}, "staff"), ({"description": ""}, "description"),
    ({"occurred_at": "i går"}, "occurred_at"), ({"attachment_ids": [1]}, "attachment_ids"),
    ({"person": 7}, "person"), ({"case": 1}, "case")])
def test_bad_input_is_refused_and_nothing_is_stored(
        session: Session, table_dump: Callable[[Any], Any], changes: dict[str, Any],
        field: str) -> None:
    before = table_dump(session.vault.conn)
    with pytest.raises(ValidationError) as caught:
        unit_incidents.add_unit_incident(session, reception(**changes))
    assert caught.value.field == field
    assert SECRET not in caught.value.message
    assert table_dump(session.vault.conn) == before


def test_the_summary_counts_incidents_in_cases_and_at_the_unit(session: Session) -> None:
    case_id = cases.new_case(session, {"type": "defector", "person": {
        "name": "Testperson", "birth_date": "1990-04-03"}})
    high_risk.add_incident(session, case_id, {
        "occurred_at": ago(2), "kind": "serious_threat", "staff": "HL", "description": "x",
        "police_reported_on": datetime.now(UTC).date().isoformat()})
    unit_incidents.add_unit_incident(session, reception())
    unit_incidents.add_unit_incident(session, reception(kind="serious_threat",
                                                        place="phone_or_digital"))
    year = datetime.now(UTC).year
    summary = unit_incidents.incident_summary(session, year)
    assert (summary.total, summary.reported_to_police) == (3, 1)
    assert summary.by_kind == {"serious_threat": 2, "violence": 1}
    assert summary.by_place == {"case": 1, "reception": 1, "phone_or_digital": 1}
    assert unit_incidents.incident_summary(session, year - 1).total == 0
    with pytest.raises(UsageError):
        unit_incidents.incident_summary(session, 20)


def test_every_step_is_audited_without_the_text(session: Session) -> None:
    record = unit_incidents.add_unit_incident(session, reception(follow_up=SECRET))
    unit_incidents.unit_incidents(session, datetime.now(UTC).year)
    unit_incidents.unit_police_report_draft(session, record)
    unit_incidents.incident_summary(session, datetime.now(UTC).year)
    rows = [e for e in audit_log.entries(session) if e.case_id is None]
    actions = [e.action for e in rows]
    assert {"unit_incident.add", "unit_incident.read", "unit_incident.police_draft",
            "staff_safety.summary"} <= set(actions)
    text = json.dumps([e.detail for e in rows], ensure_ascii=False)
    assert SECRET not in text and "Okänd man" not in text and "Receptionist" not in text
    assert audit_log.verify(session).ok
