"""Working out the cases' next due items in small batches, and the overdue list that refuses to
answer while some case still waits for its item, on real vaults."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from utvag.services import cases, due, followup
from utvag.services import session as session_service
from utvag.services.policy import Policy
from utvag.services.session import Session

INTERVENTION = {"type": "counselling", "urgency": "time_limited", "decided_on": "2025-02-01",
                "ends_on": "2025-06-30"}  # the Police follow-up falls due on 2025-05-02
JUNE = datetime(2025, 6, 1, tzinfo=UTC)



def new_case(session: Session, name: str = "Testperson") -> int:
    return cases.new_case(session, {"type": "defector", "person": {
        "name": name, "birth_date": "2010-04-03"}})


def stored(session: Session) -> list[tuple[object, ...]]:
    return session.vault.conn.execute(
        "SELECT case_id, next_due, next_kind, threat_level FROM case_due ORDER BY case_id"
    ).fetchall()


def test_the_overdue_list_waits_until_no_case_waits_for_its_due_item(session: Session) -> None:
    late, other = new_case(session), new_case(session)
    followup.add_intervention(session, late, INTERVENTION)
    assert due.waiting(session) == 2
    assert due.overdue_cases(session, JUNE) is None  # no list rather than a wrong one
    assert due.waiting(session) == 2  # asking computed nothing

    assert due.refresh(session) == 2
    assert due.waiting(session) == 0
    listed = due.overdue_cases(session, JUNE)
    assert listed is not None and [c.id for c in listed] == [late]

    followup.add_police_followup(session, late, {"held_on": "2025-05-01", "phase": "during",
                                                 "outcome": "unchanged"})
    assert due.overdue_cases(session, JUNE) is None  # the changed case waits again
    due.refresh(session)
    assert due.overdue_cases(session, JUNE) == []
    assert other not in due.overdue_ids(session, JUNE)


def test_small_batches_work_out_exactly_what_one_batch_does(session: Session) -> None:
    ids = [new_case(session, f"Testperson {n}") for n in range(7)]
    for case_id in ids[::2]:
        followup.add_intervention(session, case_id, INTERVENTION)
    due.refresh(session)
    whole = stored(session)
    # the four with an intervention are next due for the Police follow-up; the other three for
    # asking the Police for the initial threat assessment
    assert [row[2] for row in whole] == ["police_followup_during",
                                         "threat_assessment_to_request"] * 3 + [
        "police_followup_during"]

    with session.vault.transaction() as conn:
        conn.execute("DELETE FROM case_due")
        conn.execute("INSERT INTO case_due_stale (case_id) SELECT id FROM case_record")
    seen: list[tuple[int, int]] = []
    assert due.refresh(session, progress=lambda d, t: seen.append((d, t)), chunk=2) == 7
    assert stored(session) == whole
    assert seen == [(0, 7), (2, 7), (4, 7), (6, 7), (7, 7)]


def test_a_cancelled_catch_up_keeps_the_batches_done(session: Session) -> None:
    for n in range(5):
        new_case(session, f"Testperson {n}")

    def stop_after_two(done: int, _total: int) -> None:
        if done >= 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        due.refresh(session, progress=stop_after_two, chunk=2)
    assert due.waiting(session) == 3
    assert due.overdue_cases(session, JUNE) is None


def test_a_refresh_of_the_whole_vault_says_it_is_under_way(session: Session) -> None:
    new_case(session)
    during: list[bool] = []
    assert not due.catching_up(session)
    due.refresh(session, progress=lambda _d, _t: during.append(due.catching_up(session)))
    assert during and all(during)
    assert not due.catching_up(session)


def test_a_changed_clock_length_makes_every_case_wait(
        make_vault: Callable[..., object], policy_file: Callable[..., Policy]) -> None:
    handle = make_vault(cases=3)
    with handle.open() as opened:  # type: ignore[attr-defined]
        due.refresh(opened)
        assert due.waiting(opened) == 0
        assert due.overdue_cases(opened, JUNE) == []
    longer = policy_file(keyring_allowed="true", threat_answer_days=30)
    directory, passphrase = handle.directory, handle.passphrase  # type: ignore[attr-defined]
    with session_service.unlock(directory, passphrase=passphrase, policy=longer) as opened:
        assert due.waiting(opened) == 3
        assert due.overdue_cases(opened, JUNE) is None
        due.next_due_for(opened, [1])  # a page of the case list (the GUI thread's) ...
        assert due.stale_count(opened) == 0  # ... leaves marking every case to the refresh
        assert due.waiting(opened) == 3
        assert due.refresh(opened) == 3
        assert due.waiting(opened) == 0


def test_a_page_of_the_case_list_follows_a_changed_clock_length_at_once(
        session: Session) -> None:
    from datetime import date

    from utvag.services import threat

    case_id = new_case(session)
    threat.request(session, case_id, {"requested_on": "2026-11-02", "requested_from": "LPO"})
    first = due.next_due_for(session, [case_id])[case_id][0]
    assert first is not None and first.astimezone(UTC).date() == date(2026, 11, 17)
    session.policy = dataclasses.replace(session.policy, threat_answer_days=5)
    moved = due.next_due_for(session, [case_id])[case_id][0]  # no refresh of the whole vault
    assert moved is not None and moved.astimezone(UTC).date() == date(2026, 11, 8)
    assert due.waiting(session) == 1  # the whole vault still follows in the background
