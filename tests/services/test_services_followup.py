"""Recording follow-up records and reading what is due, on a real vault."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from utvag.errors import NotFoundError, ValidationError
from utvag.services import audit_log, cases, due, followup
from utvag.services.session import Session


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)



def _opened(session: Session, case_id: int) -> date:
    opened = cases.get_case(session, case_id).opened_at
    return datetime.fromisoformat(opened).astimezone(due.local_zone()).date()


def new_case(session: Session, case_type: str = "defector") -> int:
    return cases.new_case(session, {"type": case_type, "person": {
        "name": "Testperson", "birth_date": "2010-04-03"}})


def test_records_feed_the_stored_next_due_and_the_due_list(session: Session) -> None:
    case_id = new_case(session)
    child = new_case(session, "relative")
    # a new defector case is next due for asking the Police for its threat assessment, a week
    # after it was opened; a relative's case has nothing due
    first = due.next_due_for(session, [case_id])[case_id]
    assert first[1:] == ("threat_assessment_to_request", None) and first[0] is not None
    assert first[0].astimezone(due.local_zone()).date() == _opened(session, case_id) + timedelta(
        days=8)  # the end of the seventh day after the opening day
    assert due.next_due_for(session, [child])[child] == (None, None, None)

    followup.add_intervention(session, case_id, {
        "type": "counselling", "urgency": "time_limited", "decided_on": "2025-02-01",
        "ends_on": "2025-06-30"})
    stored = due.next_due_for(session, [case_id])[case_id]
    assert stored[1] == "police_followup_during"
    assert stored[0] is not None
    assert stored[0].astimezone(due.local_zone()).date() == date(2025, 5, 2)

    report = followup.add_concern_report(session, child, {"received_at": "2025-03-03T08:00Z"})
    assert due.next_due_for(session, [child])[child][1] == "concern_protection_assessment"
    rows = due.due_list(session, at("2025-03-04T09:00"), scope="unit", tz=UTC)
    assert [(r.case_number.split("-")[0], r.item.kind.value, r.overdue) for r in rows][:2] == [
        ("CE", "concern_protection_assessment", True),
        ("CE", "concern_preliminary_assessment", False)]
    followup.concern_step_done(session, report, "protection", "2025-03-04T10:00Z")
    assert due.next_due_for(session, [child])[child][1] == "concern_preliminary_assessment"
    assert due.overdue_ids(session, at("2025-03-18T00:00:01")) in ([child], [child, case_id])

    actions = [e.action for e in audit_log.entries(session, child)]
    assert actions[-2:] == ["concern_report.add", "concern_report.update"]
    assert all("2025" not in str(e.detail) for e in audit_log.entries(session))


def test_funding_relatives_and_police(session: Session) -> None:
    case_id = new_case(session)
    relative_case = new_case(session, "relative")
    funding = followup.apply_state_funding(session, case_id, "2025-01-10")
    link = followup.link_relative(session, case_id, {"case_id": relative_case,
                                                     "relation": "parent",
                                                     "linked_on": "2025-01-01",
                                                     "contact_path": "Via mottagningen"})
    kinds = {r.item.kind.value for r in due.due_list(session, at("2025-03-01T00:00"),
                                                     scope="mine", tz=UTC)}
    assert kinds == {"state_funding_pending", "relative_not_informed"}
    followup.state_funding_decided(session, funding, "granted", "2025-02-01")
    followup.relative_informed(session, link, "2025-01-05")
    followup.add_police_followup(session, case_id, {"held_on": "2025-02-01", "phase": "during",
                                                    "outcome": "unchanged"})
    assert due.due_list(session, at("2025-03-01T00:00"), tz=UTC) == []
    assert len(followup.records(session, case_id).police_followup) == 1


@pytest.mark.parametrize(("data", "field"), [
    ({"type": "spa", "urgency": "urgent", "decided_on": "2025-01-01"}, "type"),
    ({"type": "mentor", "urgency": "time_limited", "decided_on": "2025-01-01"},
     "intervention.ends_on"),
    ({"type": "mentor", "urgency": "urgent", "decided_on": "1/1"}, "decided_on"),
    ({"type": "mentor", "urgency": "urgent", "decided_on": "2025-01-01", "x": 1}, "x"),
])
def test_invalid_records_are_refused_and_store_nothing(session: Session, data: dict[str, object],
                                                       field: str) -> None:
    case_id = new_case(session)
    with pytest.raises(ValidationError) as caught:
        followup.add_intervention(session, case_id, data)
    assert caught.value.field == field
    assert followup.records(session, case_id).intervention == ()
    with pytest.raises(NotFoundError):
        followup.apply_state_funding(session, 999, "2025-01-01")


def test_a_page_of_the_case_list_brings_only_its_own_cases_up_to_date(session: Session) -> None:
    """The first page after opening a vault whose due dates all changed (a migration, a large
    import) does not wait for every case; the due list still sees them all."""
    shown, other = new_case(session), new_case(session)
    followup.add_intervention(session, other, {
        "type": "counselling", "urgency": "time_limited", "decided_on": "2025-02-01",
        "ends_on": "2025-06-30"})
    conn = session.vault.conn

    due.next_due_for(session, [shown])
    stale = {int(r[0]) for r in conn.execute("SELECT case_id FROM case_due_stale")}
    assert shown not in stale and other in stale

    assert due.overdue_ids(session, at("2025-06-01T00:00")) == [other]
    assert conn.execute("SELECT count(*) FROM case_due_stale").fetchone() == (0,)


def test_what_is_stored_is_read_without_working_anything_out_and_waiting_cases_are_named(
        session: Session) -> None:
    """The case list paints its first page from what is stored: a case whose next due item is
    not worked out yet is named as unknown, never given its stale item."""
    quiet, late = new_case(session, "relative"), new_case(session)
    due.refresh(session)
    stored, unknown = due.stored_due_for(session, [quiet, late])
    assert unknown == set() and stored[quiet] == (None, None, None)
    assert stored[late][1] == "threat_assessment_to_request"

    followup.add_intervention(session, late, {
        "type": "counselling", "urgency": "time_limited", "decided_on": "2025-02-01",
        "ends_on": "2025-06-30"})
    stored, unknown = due.stored_due_for(session, [quiet, late])
    assert unknown == {late} and late not in stored  # the stored threat request is stale
    assert due.waiting(session) == 1  # nothing was worked out
    worked_out = due.next_due_for(session, [late])[late]
    assert worked_out[1] == "police_followup_during"
    assert due.stored_due_for(session, [quiet, late]) == (
        {quiet: (None, None, None), late: worked_out}, set())
