"""A case that awaits its transfer to another board is still an open case: what is due in it
stays in the Due view until the receiving board has it (guideline, "Ärendeprocess"), on a real
vault."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from utvag.domain.deadlines import add_months
from utvag.errors import ValidationError
from utvag.forms import load_answers
from utvag.services import assessment, audit_log, cases, due, followup, threat
from utvag.services.session import Session

ROOT = Path(__file__).resolve().parents[2]
DISTRICT = ROOT / "docs" / "examples" / "answers-district-defector.json"
AS_OF = date(2026, 11, 1)


pytestmark = pytest.mark.session_vault(unit="Hisingen", cases=0)


def _kinds(session: Session, day: date) -> set[str]:
    now = datetime.combine(day, time(12), tzinfo=UTC)
    return {r.item.kind.value for r in due.due_list(session, now, scope="unit", tz=UTC)}


def test_a_case_awaiting_its_transfer_keeps_its_threat_review_and_follow_ups_due(
        session: Session) -> None:
    today = date.today()
    case_id = cases.new_case(session, {"type": "defector", "person": {
        "name": "Testperson", "birth_date": "1999-04-03", "district": "Hisingen"}})
    assessment.assess_document(session, case_id, load_answers(DISTRICT), sign=True,
                               today=AS_OF)
    ends = today + timedelta(days=20)
    followup.add_intervention(session, case_id, {
        "type": "mentor", "urgency": "time_limited", "decided_on": today.isoformat(),
        "ends_on": ends.isoformat()})
    followup.link_relative(session, case_id, {
        "person": {"name": "Ny Syster", "birth_date": "2003-03-03"}, "relation": "sibling",
        "linked_on": today.isoformat(), "contact_path": "Via skolan"})
    review = today + timedelta(days=10)
    # The Police raise the threat: the case now belongs to SAV and waits to be transferred.
    result = threat.record(session, case_id, {
        "level": "high", "nature": "concrete", "assessed_on": today.isoformat(),
        "reference": "POL-2026-0099", "review_on": review.isoformat(),
        "received_on": today.isoformat()})
    assert result.status == "awaiting_transfer"
    assert cases.get_case(session, case_id).status.value == "awaiting_transfer"
    # The person is at their most exposed now: the threat review, the ending intervention and
    # the relative still to be informed stay due at the board that still holds the case.
    shown = _kinds(session, today + timedelta(days=2))
    assert {"threat_review", "intervention_ending", "relative_not_informed"} <= shown
    # The regular follow-up with the Police during the interventions keeps running too.
    assert "police_followup_during" in _kinds(session, today + timedelta(days=92))
    stored = due.next_due_for(session, [case_id])[case_id]
    assert stored[0] is not None



def test_a_case_awaiting_its_transfer_is_due_to_be_transferred_a_week_after_it_began_waiting(
        session: Session) -> None:
    today = date.today()
    case_id = cases.new_case(session, {"type": "defector", "person": {
        "name": "Testperson", "birth_date": "1999-04-03", "district": "Hisingen"}})
    assessment.assess_document(session, case_id, load_answers(DISTRICT), sign=True,
                               today=AS_OF)
    assert "transfer_awaited" not in _kinds(session, today + timedelta(days=8))
    threat.record(session, case_id, {
        "level": "high", "nature": "concrete", "assessed_on": today.isoformat(),
        "reference": "POL-2026-0099", "review_on": (today + timedelta(days=60)).isoformat(),
        "received_on": today.isoformat()})
    # The handling caseworker moves the application to SAV; until it is done, it is due.
    rows = due.due_list(session, datetime.combine(today + timedelta(days=8), time(12),
                                                  tzinfo=UTC), scope="unit", tz=UTC)
    (row,) = [r for r in rows if r.item.kind.value == "transfer_awaited"]
    assert row.item.case_id == case_id
    assert row.item.due_on == today + timedelta(days=7) and row.overdue
    assert due.next_due_for(session, [case_id])[case_id][1] == "transfer_awaited"


def test_a_relative_without_a_contact_path_is_due_until_one_is_set_up(
        session: Session) -> None:
    today = date.today()
    case_id = cases.new_case(session, {"type": "defector", "person": {
        "name": "Testperson", "birth_date": "1999-04-03", "district": "Hisingen"}})
    record = followup.link_relative(session, case_id, {
        "person": {"name": "Ny Syster", "birth_date": "2003-03-03"}, "relation": "sibling",
        "linked_on": today.isoformat(), "informed_about_support_on": today.isoformat()})
    # Informed, but no path to the unit responsible for the relative: still due, 14 days on.
    rows = due.due_list(session, datetime.combine(today + timedelta(days=15), time(12),
                                                  tzinfo=UTC), scope="unit", tz=UTC)
    (row,) = [r for r in rows if r.item.kind.value == "relative_contact_path"]
    assert (row.item.record_id, row.item.due_on, row.overdue) == (
        record, today + timedelta(days=14), True)
    # Bad input is refused and nothing changes.
    before = followup.relatives(session, case_id)
    with pytest.raises(ValidationError, match="contact_path"):
        followup.relative_contact(session, record, "   ", "Hisingen")
    with pytest.raises(ValidationError, match="responsible_unit"):
        followup.relative_contact(session, record, "Via skolkurator", "Mölndal")
    assert followup.relatives(session, case_id) == before
    followup.relative_contact(session, record, "Via skolkurator, Hisingen", "Hisingen")
    (linked,) = followup.relatives(session, case_id)
    assert (linked.contact_path, linked.responsible_unit) == (
        "Via skolkurator, Hisingen", "Hisingen")
    assert "relative_contact_path" not in _kinds(session, today + timedelta(days=15))
    assert "skolkurator" not in str(
        [e.detail for e in audit_log.entries(session, case_id)])  # the text never in the log
    assert "relative_link.update" in [e.action for e in audit_log.entries(session, case_id)]


def test_criminality_and_threat_are_followed_up_with_the_police_during_and_after_the_case(
        session: Session) -> None:
    today = date.today()
    case_id = cases.new_case(session, {"type": "defector", "person": {
        "name": "Testperson", "birth_date": "1999-04-03", "district": "Hisingen"}})
    followup.add_intervention(session, case_id, {
        "type": "mentor", "urgency": "urgent", "decided_on": today.isoformat()})
    # «regelbundet under pågående individinsatser»: three months after the first decision, then
    # three months after the latest follow-up.
    # (the case has no threat assessment yet, so asking the Police for it comes first)
    assert due.next_due_for(session, [case_id])[case_id][1] == "threat_assessment_to_request"
    during = [r.item for r in due.due_list(session, datetime.combine(
        add_months(today, 3), time(12), tzinfo=due.local_zone()), scope="unit")
        if r.item.kind.value == "police_followup_during"]
    assert [i.due_on for i in during] == [add_months(today, 3)]
    assert during[0].deadline.astimezone(due.local_zone()).date() == add_months(
        today, 3) + timedelta(1)
    followup.add_police_followup(session, case_id, {
        "held_on": today.isoformat(), "phase": "during", "outcome": "unchanged"})
    # «samt efter fullföljd och avslutat avhoppärende»: six and twelve months after closing.
    followup.close_case(session, case_id, "completed", today.isoformat())
    after = [r for r in due.due_list(session, datetime.combine(
        add_months(today, 6), time(12), tzinfo=UTC), scope="unit", tz=UTC)
        if r.item.case_id == case_id]
    assert [(r.item.kind.value, r.item.due_on) for r in after] == [
        ("police_followup_after", add_months(today, 6))]
    followup.add_police_followup(session, case_id, {
        "held_on": add_months(today, 6).isoformat(), "phase": "after", "outcome": "unchanged"})
    after = [r for r in due.due_list(session, datetime.combine(
        add_months(today, 12), time(12), tzinfo=UTC), scope="unit", tz=UTC)
        if r.item.case_id == case_id]
    assert [(r.item.kind.value, r.item.due_on) for r in after] == [
        ("police_followup_after", add_months(today, 12))]
