"""Asking the Police for a new defector case's threat assessment is due a short time after the
case was opened, until a request is sent or a threat assessment recorded, on a real vault.

Guideline, "Bedömning av kriterierna": «Hotbilsbedömning ska inhämtas från Polismyndigheten.»
and «Hotbilsbedömning ska göras initialt för att avgöra vilken förvaltning inom socialtjänsten i
Göteborgs stad som ska handlägga ärendet»."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, timedelta

import pytest

from utvag.domain.deadlines import due_items
from utvag.errors import ValidationError
from utvag.services import cases, due, followup, threat
from utvag.services.session import Session

pytestmark = pytest.mark.session_vault(unit="Hisingen")

KIND = "threat_assessment_to_request"


def _case(session: Session, case_type: str = "defector", name: str = "Testperson") -> int:
    return cases.new_case(session, {"type": case_type, "person": {
        "name": name, "birth_date": "1999-04-03", "district": "Hisingen"}})


def _opened(session: Session, case_id: int) -> date:
    stamp = datetime.fromisoformat(cases.get_case(session, case_id).opened_at)
    return stamp.astimezone(due.local_zone()).date()


def _local(day: date, clock: time) -> datetime:
    return datetime.combine(day, clock, tzinfo=due.local_zone())


def _asking(session: Session, now: datetime) -> list[tuple[int | None, str, bool]]:
    return [(r.item.case_id, r.item.due_on.isoformat(), r.overdue)
            for r in due.due_list(session, now, scope="unit") if r.item.kind.value == KIND]


def test_a_new_defector_case_is_due_a_week_after_it_was_opened(session: Session) -> None:
    case_id = _case(session)
    day = _opened(session, case_id) + timedelta(days=7)
    assert _asking(session, _local(day, time(23, 59, 59))) == [
        (case_id, day.isoformat(), False)]
    assert _asking(session, _local(day + timedelta(days=1), time(0, 0, 1))) == [
        (case_id, day.isoformat(), True)]
    stored = due.next_due_for(session, [case_id])[case_id]
    assert stored[1] == KIND and stored[0] == _local(day + timedelta(days=1), time())


def test_the_time_comes_from_policy(session: Session) -> None:
    case_id = _case(session)
    session.policy = dataclasses.replace(session.policy, initial_threat_days=3)
    day = _opened(session, case_id) + timedelta(days=3)
    assert _asking(session, _local(day, time(12))) == [(case_id, day.isoformat(), False)]
    assert due.next_due_for(session, [case_id])[case_id][0] == _local(
        day + timedelta(days=1), time())


def test_sending_the_request_clears_it_and_the_answer_is_awaited_instead(
        session: Session) -> None:
    case_id = _case(session)
    later = _local(_opened(session, case_id) + timedelta(days=30), time(12))
    assert [c for c, _, _ in _asking(session, later)] == [case_id]
    threat.request(session, case_id, {"requested_on": _opened(session, case_id).isoformat(),
                                      "requested_from": "Polisregion Väst, LPO Hisingen"})
    kinds = {r.item.kind.value for r in due.due_list(session, later, scope="unit")}
    assert kinds == {"threat_assessment_awaited"}
    assert due.next_due_for(session, [case_id])[case_id][1] == "threat_assessment_awaited"


def test_recording_a_threat_assessment_clears_it(session: Session) -> None:
    case_id = _case(session)
    today = _opened(session, case_id)
    threat.record(session, case_id, {
        "level": "low", "nature": "latent", "assessed_on": today.isoformat(),
        "reference": "POL-2026-0123", "review_on": (today + timedelta(days=90)).isoformat(),
        "received_on": today.isoformat()})
    later = _local(today + timedelta(days=30), time(12))
    assert _asking(session, later) == []
    assert due.next_due_for(session, [case_id])[case_id][1] == "threat_review"


def test_a_bad_request_is_refused_and_the_item_stays(session: Session) -> None:
    case_id = _case(session)
    with pytest.raises(ValidationError, match="requested_from"):
        threat.request(session, case_id, {"requested_on": _opened(session, case_id).isoformat(),
                                          "requested_from": "   "})
    assert threat.status(session, case_id).records == ()
    later = _local(_opened(session, case_id) + timedelta(days=30), time(12))
    assert [c for c, _, _ in _asking(session, later)] == [case_id]


def test_a_closed_case_and_the_other_case_types_have_none(session: Session) -> None:
    closed = _case(session, name="Stängd")
    followup.close_case(session, closed, "declined_by_individual")
    relative = _case(session, "relative", name="Anhörig")
    high_risk = _case(session, "high_risk", name="Högrisk")
    later = _local(_opened(session, closed) + timedelta(days=60), time(12))
    assert _asking(session, later) == []
    stored = due.next_due_for(session, [closed, relative, high_risk])
    assert {stored[c][1] for c in (closed, relative, high_risk)} == {None}


def test_the_stored_items_agree_with_the_computation_and_an_older_vault_catches_up(
        session: Session) -> None:
    ids = [_case(session, name=f"Testperson {n}") for n in range(5)]
    threat.request(session, ids[1], {"requested_on": _opened(session, ids[1]).isoformat(),
                                     "requested_from": "LPO Hisingen"})
    ids.append(_case(session, "high_risk", name="Högrisk"))
    # a vault whose stored items were worked out before this clock existed: they said nothing
    # was due, under the clock lengths of that time
    with session.vault.transaction() as conn:
        conn.execute("UPDATE case_due SET next_due = NULL, next_kind = NULL")
        conn.execute("DELETE FROM case_due_stale")
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('due_settings', ?)",
                     ("[14, 60]",))
    assert due.waiting(session) == len(ids)
    assert due.refresh(session) == len(ids)
    assert due.waiting(session) == 0

    settings = session.policy.due_settings()
    loaded = due.load(session.vault.conn, ids)
    computed = {}
    for case_id in ids:
        items = due_items(loaded[case_id], due.local_zone(), settings)
        computed[case_id] = (items[0].deadline, items[0].kind.value) if items else (None, None)
    stored = {case_id: value[:2] for case_id, value in due.next_due_for(session, ids).items()}
    assert stored == computed
    assert [stored[c][1] for c in ids] == [KIND, "threat_assessment_awaited", KIND, KIND, KIND,
                                           None]
    later = _local(_opened(session, ids[0]) + timedelta(days=8), time(12))
    assert set(due.overdue_ids(session, later)) == {ids[0], *ids[2:5]}
