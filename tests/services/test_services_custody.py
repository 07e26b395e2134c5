"""A case opened in prison or closed youth care: the institution, the expected release, and the
transition planned with Kriminalvården or SiS before it, due by the policy's lead, on a real
vault."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest

from utvag.errors import NotFoundError, ValidationError
from utvag.services import audit_log, cases, custody, due
from utvag.services.session import Session

STAY = {"kind": "prison", "institution": "Anstalten Kumla", "starts_on": "2026-01-10",
        "expected_release_on": "2027-03-01"}


pytestmark = pytest.mark.session_vault(unit="Hisingen")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _case(session: Session) -> int:
    return cases.new_case(session, {"type": "defector", "person": {
        "name": "Testperson", "birth_date": "1999-04-03", "district": "Hisingen"}})


def _items(session: Session, now: str) -> list[tuple[str, str, bool]]:
    return [(r.item.kind.value, r.item.due_on.isoformat(), r.overdue)
            for r in due.due_list(session, at(now), scope="unit", tz=UTC)]


def test_transition_planning_is_due_the_policys_days_before_release_boundary_days(
        session: Session) -> None:
    case_id = _case(session)
    record = custody.add(session, case_id, STAY)
    # 60 days before 2027-03-01 is 2026-12-31: on time that whole day, overdue the next.
    assert ("custody_transition_planning", "2026-12-31", False) in _items(
        session, "2026-12-31T23:59:59")
    assert ("custody_transition_planning", "2026-12-31", True) in _items(
        session, "2027-01-01T00:00:01")
    assert ("custody_release", "2027-03-01", False) in _items(session, "2027-03-01T23:59:59")
    assert ("custody_release", "2027-03-01", True) in _items(session, "2027-03-02T00:00:01")
    assert custody.for_case(session, case_id)[0].institution == "Anstalten Kumla"
    actions = [e.action for e in audit_log.entries(session, case_id)]
    assert actions[-1] == "custody_period.add" and record > 0
    assert "Kumla" not in str(audit_log.entries(session, case_id)[-1].detail)


def test_the_lead_comes_from_policy(session: Session) -> None:
    case_id = _case(session)
    custody.add(session, case_id, {**STAY, "kind": "closed_youth_care",
                                   "institution": "SiS Råby"})
    session.policy = dataclasses.replace(session.policy, release_planning_days=30)
    assert ("custody_transition_planning", "2027-01-30", False) in _items(
        session, "2027-01-30T12:00")
    assert ("custody_transition_planning", "2027-01-30", True) in _items(
        session, "2027-01-31T00:00:01")


def test_planning_and_release_clear_their_items_and_a_moved_release_moves_the_clock(
        session: Session) -> None:
    case_id = _case(session)
    record = custody.add(session, case_id, STAY)
    custody.mark(session, record, "expected", "2027-04-01")
    assert ("custody_transition_planning", "2027-01-31", False) in _items(
        session, "2027-01-31T12:00")
    custody.mark(session, record, "planning", "2027-01-20")
    kinds = {k for k, _, _ in _items(session, "2027-04-01T12:00")}
    # no threat assessment was asked for: that stays due (and overdue) beside the release
    assert kinds == {"custody_release", "threat_assessment_to_request"}
    custody.mark(session, record, "released", "2027-04-01")
    asking = (datetime.now(due.local_zone()).date() + timedelta(days=7)).isoformat()
    assert _items(session, "2027-04-20T12:00") == [
        ("threat_assessment_to_request", asking, True)]


def test_bad_custody_input_is_refused_and_nothing_changes(session: Session) -> None:
    case_id = _case(session)
    with pytest.raises(ValidationError, match="kind"):
        custody.add(session, case_id, {**STAY, "kind": "jail"})
    with pytest.raises(ValidationError, match="institution"):
        custody.add(session, case_id, {**STAY, "institution": "  "})
    with pytest.raises(ValidationError, match="expected_release_on"):
        custody.add(session, case_id, {**STAY, "expected_release_on": "2025-12-01"})
    assert custody.for_case(session, case_id) == []
    record = custody.add(session, case_id, STAY)
    with pytest.raises(ValidationError, match="released_on"):
        custody.mark(session, record, "released", "2025-12-31")
    with pytest.raises(ValidationError, match="step"):
        custody.mark(session, record, "paroled", "2027-01-01")
    with pytest.raises(NotFoundError):
        custody.mark(session, record + 99, "planning", "2027-01-01")
    assert custody.for_case(session, case_id)[0].released_on is None
