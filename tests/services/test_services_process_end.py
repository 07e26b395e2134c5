"""A signed assessment that ends the defector process — the person does not meet the criteria,
or the board and the Police judged that the investigation should not continue — leaves a case
that is to be closed with that reason, on a real vault: it says so, takes no long-term
intervention, and closing it is due.

Guideline, "Kriterier för att bedömas som avhoppare" (seed 003 l. 233): «Samtliga ovanstående
kriterier ska vara uppfyllda för att individen ska kunna vara en avhoppare.»; "Övriga aspekter"
(l. 281): «… göras en bedömning om det är lämpligt att fortsätta avhoppäretredningen.»"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest

from utvag.domain.deadlines import CLOSE_AFTER_ENDING_DAYS
from utvag.errors import ValidationError
from utvag.forms import load_answers
from utvag.services import assessment, cases, due, followup, process_end
from utvag.services.session import Session

ROOT = Path(__file__).resolve().parents[2]
DISTRICT = ROOT / "docs" / "examples" / "answers-district-defector.json"
KIND = "case_to_close"
DISCONTINUE = {"serious_crime_suspected": True, "serious_crime_outcome": "discontinue",
               "serious_crime_consulted_on": "2026-10-08"}

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


def _newest_signed_day(session: Session, case_id: int) -> date:
    row = max(assessment.history(session, case_id), key=lambda r: r.id)
    assert row.signed_at is not None
    return datetime.fromisoformat(row.signed_at).astimezone(due.local_zone()).date()


def _to_close(session: Session, now: datetime) -> list[tuple[int | None, str, str | None]]:
    return [(r.item.case_id, r.item.due_on.isoformat(), r.item.subject)
            for r in due.due_list(session, now, scope="unit", horizon_days=30)
            if r.item.kind.value == KIND]


def _long_term(session: Session, case_id: int) -> int:
    return followup.add_intervention(session, case_id, {
        "type": "mentor", "urgency": "long_term", "decided_on": date.today().isoformat()})


def _status(session: Session, case_id: int) -> str:
    return cases.get_case(session, case_id).status.value


def test_a_decided_case_judged_not_to_continue_is_to_be_closed_and_says_so(
        session: Session, tmp_path: Path) -> None:
    case_id = _case(session)
    _sign(session, case_id, tmp_path)
    assert _status(session, case_id) == "decided"
    assert process_end.ending(session, case_id) is None
    _sign(session, case_id, tmp_path, **DISCONTINUE)
    since = _newest_signed_day(session, case_id)
    ending = process_end.ending(session, case_id)
    assert ending is not None
    assert (ending.reason, ending.since) == ("discontinued_after_police_consultation", since)
    assert cases.show_case(session, case_id).to_json()["process_ending"] == {
        "reason": "discontinued_after_police_consultation", "since": since.isoformat()}
    with pytest.raises(ValidationError, match="serious_crime_police_judgement"):
        _long_term(session, case_id)
    day = since + timedelta(days=CLOSE_AFTER_ENDING_DAYS)
    now = datetime.combine(since, time(12), tzinfo=due.local_zone())
    assert _to_close(session, now) == [
        (case_id, day.isoformat(), "discontinued_after_police_consultation")]
    # the judgement is made: it is no longer due as pending
    kinds = {r.item.kind.value for r in due.due_list(session, now, scope="unit",
                                                      horizon_days=30)}
    assert "serious_crime_judgement" not in kinds
    followup.close_case(session, case_id, "discontinued_after_police_consultation")
    assert process_end.ending(session, case_id) is None
    assert _to_close(session, now) == []


def test_a_case_found_not_a_defector_takes_no_long_term_intervention_and_is_to_be_closed(
        session: Session, tmp_path: Path) -> None:
    case_id = _case(session)
    _sign(session, case_id, tmp_path)
    _sign(session, case_id, tmp_path, belongs_answer=False)
    ending = process_end.ending(session, case_id)
    assert ending is not None and ending.reason == "not_defector"
    with pytest.raises(ValidationError, match="not_defector_case_ends"):
        _long_term(session, case_id)
    assert followup.records(session, case_id).intervention == ()
    # an urgent or time-limited intervention is not refused
    followup.add_intervention(session, case_id, {
        "type": "mentor", "urgency": "urgent", "decided_on": date.today().isoformat()})
    since = _newest_signed_day(session, case_id)
    now = datetime.combine(since, time(12), tzinfo=due.local_zone())
    assert [c for c, _, reason in _to_close(session, now)] == [case_id]
    # a newer assessment finding a defector again lets the process go on
    _sign(session, case_id, tmp_path)
    assert process_end.ending(session, case_id) is None
    assert _to_close(session, now) == []
    _long_term(session, case_id)


def test_a_defector_whose_process_goes_on_has_nothing_to_close(
        session: Session, tmp_path: Path) -> None:
    case_id = _case(session)
    _sign(session, case_id, tmp_path)
    now = datetime.combine(_newest_signed_day(session, case_id), time(12),
                           tzinfo=due.local_zone())
    assert _to_close(session, now) == []
    assert cases.show_case(session, case_id).to_json()["process_ending"] is None
