"""A suspicion of serious crime whose judgement with the Police is pending is due, on a real
vault, until a signed assessment records the judgement.

Guideline, "Övriga aspekter" (seed 003 l. 281): «Om individen är misstänkt för allvarlig
brottslighet ska det i samverkan med Polismyndigheten göras en bedömning om det är lämpligt att
fortsätta avhoppäretredningen.»"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest

from utvag.domain.deadlines import SERIOUS_CRIME_JUDGEMENT_DAYS
from utvag.forms import load_answers
from utvag.services import assessment, cases, due, followup
from utvag.services.session import Session

ROOT = Path(__file__).resolve().parents[2]
DISTRICT = ROOT / "docs" / "examples" / "answers-district-defector.json"
KIND = "serious_crime_judgement"
PENDING = {"serious_crime_suspected": True, "serious_crime_outcome": "pending"}

pytestmark = pytest.mark.session_vault(unit="Hisingen", cases=0)


def _case(session: Session, name: str = "Testperson") -> int:
    return cases.new_case(session, {"type": "defector", "person": {
        "name": name, "birth_date": "1999-04-03", "district": "Hisingen"}})


def _sign(session: Session, case_id: int, tmp_path: Path, **changes: Any) -> None:
    raw = json.loads(DISTRICT.read_text(encoding="utf-8"))
    raw["answers"].update(changes)
    path = tmp_path / f"answers-{len(list(tmp_path.iterdir()))}.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assessment.assess_document(session, case_id, load_answers(path), sign=True,
                               today=date(2026, 11, 1))


def _signed_day(session: Session, case_id: int) -> date:
    row = assessment.history(session, case_id)[0]
    assert row.signed_at is not None
    return datetime.fromisoformat(row.signed_at).astimezone(due.local_zone()).date()


def _local(day: date, clock: time) -> datetime:
    return datetime.combine(day, clock, tzinfo=due.local_zone())


def _judging(session: Session, now: datetime) -> list[tuple[int | None, str, bool]]:
    return [(r.item.case_id, r.item.due_on.isoformat(), r.overdue)
            for r in due.due_list(session, now, scope="unit") if r.item.kind.value == KIND]


def test_a_pending_judgement_is_due_two_weeks_after_the_assessment_recorded_the_suspicion(
        session: Session, tmp_path: Path) -> None:
    case_id = _case(session)
    _sign(session, case_id, tmp_path, **PENDING)
    day = _signed_day(session, case_id) + timedelta(days=SERIOUS_CRIME_JUDGEMENT_DAYS)
    assert SERIOUS_CRIME_JUDGEMENT_DAYS == 14
    assert _judging(session, _local(day, time(23, 59, 59))) == [
        (case_id, day.isoformat(), False)]
    assert _judging(session, _local(day + timedelta(days=1), time(0, 0, 1))) == [
        (case_id, day.isoformat(), True)]
    # the stored next-due item agrees with the computation
    loaded = due.load(session.vault.conn, [case_id])[case_id]
    assert loaded.serious_crime_pending_since == _signed_day(session, case_id)


def test_signing_the_judgement_clears_it_whichever_way_it_went(
        session: Session, tmp_path: Path) -> None:
    going_on, stopping = _case(session, "Fortsätter"), _case(session, "Avbryts")
    for case_id in (going_on, stopping):
        _sign(session, case_id, tmp_path, **PENDING)
    later = _local(_signed_day(session, going_on) + timedelta(days=30), time(12))
    assert {c for c, _, _ in _judging(session, later)} == {going_on, stopping}
    _sign(session, going_on, tmp_path, serious_crime_suspected=True,
          serious_crime_outcome="continue", serious_crime_consulted_on="2026-10-08")
    _sign(session, stopping, tmp_path, serious_crime_suspected=True,
          serious_crime_outcome="discontinue", serious_crime_consulted_on="2026-10-08")
    assert _judging(session, later) == []
    assert cases.get_case(session, going_on).status.value == "decided"


def test_no_suspicion_or_a_closed_case_has_none(session: Session, tmp_path: Path) -> None:
    plain, closed = _case(session, "Ingen misstanke"), _case(session, "Stängd")
    _sign(session, plain, tmp_path)
    _sign(session, closed, tmp_path, **PENDING)
    followup.close_case(session, closed, "discontinued_after_police_consultation")
    later = _local(_signed_day(session, plain) + timedelta(days=30), time(12))
    assert _judging(session, later) == []
    assert due.load(session.vault.conn, [plain])[plain].serious_crime_pending_since is None


def test_re_signing_while_still_pending_keeps_the_clock_of_the_first(
        session: Session, tmp_path: Path) -> None:
    case_id = _case(session)
    _sign(session, case_id, tmp_path, **PENDING)
    first = assessment.history(session, case_id)
    _sign(session, case_id, tmp_path, **PENDING, motivation_notes="Ny uppgift om motivationen.")
    rows = sorted(assessment.history(session, case_id), key=lambda r: r.id)
    assert len(rows) == len(first) + 1
    oldest = min(r.signed_at or "" for r in rows)
    expected = datetime.fromisoformat(oldest).astimezone(due.local_zone()).date()
    assert due.load(session.vault.conn, [case_id])[case_id].serious_crime_pending_since == \
        expected


def test_an_older_vault_works_out_the_new_item_at_once(session: Session, tmp_path: Path) -> None:
    case_id = _case(session)
    _sign(session, case_id, tmp_path, **PENDING)
    due.refresh(session)
    # stored items worked out before this kind existed, under the same clock lengths: the text
    # then held the lengths alone
    lengths = [14, 60, 7]
    with session.vault.transaction() as conn:
        conn.execute("UPDATE case_due SET next_due = NULL, next_kind = NULL")
        conn.execute("DELETE FROM case_due_stale")
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('due_settings', ?)",
                     (json.dumps(lengths),))
    assert due.waiting(session) == 1
    assert due.refresh(session) == 1
    later = _local(_signed_day(session, case_id) + timedelta(days=30), time(12))
    assert case_id in due.overdue_ids(session, later)
    assert [c for c, _, _ in _judging(session, later)] == [case_id]
