"""Whether SAV is still to be asked about a special defector, for one case (what the Overview
says): the day the signed assessment raising it was signed, the same day the Due view's clock
counts from; nothing for a case that leaves nothing to SAV or whose process ended; an unknown
case is refused."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest

from utvag.errors import UtvagError
from utvag.forms import load_answers
from utvag.services import assessment, cases, due, process_end
from utvag.services.session import Session

ROOT = Path(__file__).resolve().parents[2]
DISTRICT = ROOT / "docs" / "examples" / "answers-district-defector.json"

pytestmark = pytest.mark.session_vault(unit="Hisingen", cases=0)


def _signed_case(session: Session, tmp_path: Path, name: str, **changes: Any) -> int:
    case_id = cases.new_case(session, {"type": "defector", "person": {
        "name": name, "birth_date": "1999-04-03", "district": "Hisingen"}})
    raw = json.loads(DISTRICT.read_text(encoding="utf-8"))
    raw["answers"].update(changes)
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assessment.assess_document(session, case_id, load_answers(path), sign=True,
                               today=date(2026, 11, 1))
    return case_id


def test_the_day_sav_is_to_be_asked_since(session: Session, tmp_path: Path) -> None:
    asking = _signed_case(session, tmp_path, "Alva", protection_need="high")
    plain = _signed_case(session, tmp_path, "Bo")
    ended = _signed_case(session, tmp_path, "Cleo", protection_need="high",
                         belongs_answer=False)
    since = process_end.sav_question(session, asking)
    assert since is not None
    now = datetime.combine(since, time(12), tzinfo=due.local_zone())
    item = next(r.item for r in due.due_list(session, now, scope="unit", horizon_days=30)
                if r.item.kind.value == "sav_judgement_to_ask")
    assert item.case_id == asking
    assert (item.due_on - since).days == 7
    assert process_end.sav_question(session, plain) is None
    assert process_end.sav_question(session, ended) is None
    with pytest.raises(UtvagError):
        process_end.sav_question(session, 9999)
