"""The person's needs, linked to the interventions meant to meet them, followed up as met, partly
or not met; the follow-up date reaches the Due view; bad input changes nothing. On a real vault.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import pytest

from utvag.errors import NotFoundError, RefusedError, ValidationError
from utvag.services import audit_log, cases, due, followup, needs
from utvag.services.session import Session


def new_case(session: Session) -> int:
    return cases.new_case(session, {"type": "defector", "person": {
        "name": "Behovs Personsson", "birth_date": "2001-04-03"}})


def intervention(session: Session, case_id: int, decided_on: str = "2025-02-01",
                 ends_on: str | None = None, kind: str = "protected_housing") -> int:
    return followup.add_intervention(session, case_id, {
        "type": kind, "urgency": "time_limited" if ends_on else "urgent",
        "decided_on": decided_on, "ends_on": ends_on})


def need_items(session: Session, case_id: int, when: str) -> list[tuple[str, int | None]]:
    rows = due.due_list(session, datetime.fromisoformat(when).replace(tzinfo=UTC),
                        scope="unit", horizon_days=0, tz=UTC)
    return [(r.item.due_on.isoformat(), r.item.record_id) for r in rows
            if r.item.case_id == case_id and r.item.kind.value == "need_followup"]


def test_a_need_linked_to_an_intervention_is_followed_up_and_the_date_moves_on(
        session: Session) -> None:
    case_id = new_case(session)
    housing = intervention(session, case_id)
    need_id = needs.add_need(session, case_id, {
        "area": "safety_and_housing".replace("_and_", "_"), "identified_on": "2025-01-20",
        "description": "Behöver skyddat boende", "interventions": [housing]})
    [need] = needs.needs(session, case_id)
    assert need.area == "safety_housing" and need.latest_outcome is None
    assert [(i.id, i.next_followup_on) for i in need.interventions] == [
        (housing, "2025-05-01")]  # three months after the decision
    assert need_items(session, case_id, "2025-05-02T00:00") == [("2025-05-01", housing)]

    needs.record_followup(session, need_id, {"intervention_id": housing,
                                             "held_on": "2025-04-28", "outcome": "partly"})
    [need] = needs.needs(session, case_id)
    assert need.latest_outcome == "partly"
    assert need.interventions[0].next_followup_on == "2025-07-28"
    assert need_items(session, case_id, "2025-05-02T00:00") == []
    needs.record_followup(session, need_id, {"intervention_id": housing,
                                             "held_on": "2025-07-20", "outcome": "met"})
    assert needs.needs(session, case_id)[0].latest_outcome == "met"

    actions = [e.action for e in audit_log.entries(session, case_id)]
    assert actions.count("need_followup.add") == 2 and "case_need.add" in actions
    details = json.dumps([e.detail for e in audit_log.entries(session, case_id)])
    assert "skyddat boende" not in details  # records are named, never their words


def test_an_ending_intervention_is_followed_up_on_its_end_and_then_no_more(
        session: Session) -> None:
    case_id = new_case(session)
    mentor = intervention(session, case_id, "2025-03-01", ends_on="2025-04-15", kind="mentor")
    unlinked = intervention(session, case_id, "2025-03-01", kind="counselling")
    need_id = needs.add_need(session, case_id, {"area": "criminality",
                                                "identified_on": "2025-02-10"})
    needs.link_intervention(session, need_id, mentor)
    assert need_items(session, case_id, "2025-04-16T00:00") == [("2025-04-15", mentor)]
    needs.record_followup(session, need_id, {"intervention_id": mentor,
                                             "held_on": "2025-04-15", "outcome": "not_met"})
    assert need_items(session, case_id, "2026-01-01T00:00") == []
    # an intervention linked to no need has nothing to be followed up against
    assert all(r != unlinked for _d, r in need_items(session, case_id, "2026-01-01T00:00"))


def test_a_closed_case_has_no_needs_follow_up_due_and_is_read_only(session: Session) -> None:
    case_id = new_case(session)
    housing = intervention(session, case_id)
    need_id = needs.add_need(session, case_id, {"area": "livelihood",
                                                "identified_on": "2025-01-20",
                                                "interventions": [housing]})
    followup.close_case(session, case_id, "other")
    assert need_items(session, case_id, "2026-01-01T00:00") == []
    with pytest.raises(RefusedError):
        needs.record_followup(session, need_id, {"intervention_id": housing,
                                                 "held_on": "2025-03-01", "outcome": "met"})
    with pytest.raises(RefusedError):
        needs.add_need(session, case_id, {"area": "relations"})


def test_bad_input_is_refused_naming_the_field_and_nothing_changes(
        session: Session, table_dump: Callable[[Any], Any]) -> None:
    case_id = new_case(session)
    other_case = new_case(session)
    housing = intervention(session, case_id)
    foreign = intervention(session, other_case)
    need_id = needs.add_need(session, case_id, {"area": "health_addiction",
                                                "identified_on": "2025-02-01"})
    before = table_dump(session.vault.conn)
    for call, field in [
        (lambda: needs.add_need(session, case_id, {"area": "weather"}), "area"),
        (lambda: needs.add_need(session, case_id, {"area": "relations",
                                                   "identified_on": "2999-01-01"}),
         "identified_on"),
        (lambda: needs.add_need(session, case_id, {"area": "relations",
                                                   "identified_on": "someday"}),
         "identified_on"),
        (lambda: needs.add_need(session, case_id, {"area": "relations",
                                                   "description": "x" * 1001}),
         "need.description"),
        (lambda: needs.add_need(session, case_id, {"area": "relations", "size": 3}), "size"),
        (lambda: needs.add_need(session, case_id, {"area": "relations",
                                                   "interventions": [{"id": housing}]}),
         "interventions"),
        (lambda: needs.add_need(session, case_id, {"area": "relations",
                                                   "interventions": housing}),
         "interventions"),
        (lambda: needs.add_need(session, case_id, {"area": "relations",
                                                   "interventions": [foreign]}),
         "intervention_id"),
        (lambda: needs.link_intervention(session, need_id, foreign), "intervention_id"),
        (lambda: needs.record_followup(session, need_id, {
            "intervention_id": housing, "held_on": "2025-03-01", "outcome": "met"}),
         "intervention_id"),  # not linked yet
        (lambda: needs.record_followup(session, need_id, {
            "intervention_id": housing, "held_on": "2025-03-01", "outcome": "perfect"}),
         "outcome"),
    ]:
        with pytest.raises(ValidationError) as caught:
            call()
        assert caught.value.field == field, field
        assert table_dump(session.vault.conn) == before, field
    needs.link_intervention(session, need_id, housing)
    with pytest.raises(RefusedError):
        needs.link_intervention(session, need_id, housing)
    middle = table_dump(session.vault.conn)
    for held, field in (("2025-01-31", "need_followup.held_on"),  # before the decision
                        ("2999-01-01", "held_on")):
        with pytest.raises(ValidationError) as caught:
            needs.record_followup(session, need_id, {"intervention_id": housing,
                                                     "held_on": held, "outcome": "met"})
        assert caught.value.field == field
    assert table_dump(session.vault.conn) == middle
    with pytest.raises(NotFoundError):
        needs.record_followup(session, 9999, {"intervention_id": housing, "outcome": "met"})
    with pytest.raises(NotFoundError):
        needs.link_intervention(session, need_id, 9999)
    with pytest.raises(NotFoundError):
        needs.add_need(session, 9999, {"area": "relations"})


def test_a_link_made_by_mistake_can_be_taken_back_and_its_date_goes(session: Session) -> None:
    case_id = new_case(session)
    housing = intervention(session, case_id, date.today().replace(day=1).isoformat())
    need_id = needs.add_need(session, case_id, {"area": "employment_school",
                                                "interventions": [housing]})
    assert needs.needs(session, case_id)[0].interventions
    needs.unlink_intervention(session, need_id, housing)
    assert needs.needs(session, case_id)[0].interventions == ()
    with pytest.raises(NotFoundError):
        needs.unlink_intervention(session, need_id, housing)
    assert "need_intervention.remove" in [e.action
                                          for e in audit_log.entries(session, case_id)]
