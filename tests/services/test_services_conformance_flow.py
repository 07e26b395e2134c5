"""The guideline's case flow where the review found it only half applied, through the services on
a real vault (``docs/guideline-conformance.md``, rows from the conformance review)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from utvag.errors import ValidationError
from utvag.forms import load_answers
from utvag.services import assessment, cases, decisions, followup, transfer
from utvag.services.session import Session

ROOT = Path(__file__).resolve().parents[2]
DISTRICT = ROOT / "docs" / "examples" / "answers-district-defector.json"
AS_OF = date(2026, 11, 1)


pytestmark = pytest.mark.session_vault(unit="Hisingen", cases=0)


def _new_case(session: Session) -> int:
    return cases.new_case(session, {"type": "defector", "person": {
        "name": "Testperson", "birth_date": "1999-04-03", "district": "Hisingen"}})


def _sign(session: Session, case_id: int, tmp_path: Path, **changes: Any) -> None:
    raw = json.loads(DISTRICT.read_text(encoding="utf-8"))
    raw["answers"].update(changes)
    path = tmp_path / f"answers-{len(list(tmp_path.iterdir()))}.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assessment.assess_document(session, case_id, load_answers(path), sign=True, today=AS_OF)


def _status(session: Session, case_id: int) -> str:
    return cases.get_case(session, case_id).status.value


def _long_term(session: Session, case_id: int) -> int:
    return followup.add_intervention(session, case_id, {
        "type": "mentor", "urgency": "long_term", "decided_on": date.today().isoformat()})


def test_a_suspicion_of_serious_crime_decides_nothing_until_the_police_judged_continuing(
        session: Session, tmp_path: Path) -> None:
    case_id = _new_case(session)
    # Suspected of serious crime, the Police not consulted yet: the investigation goes on (an
    # urgent intervention may be decided) but the case is not decided and takes no long-term one.
    _sign(session, case_id, tmp_path, serious_crime_suspected=True,
          serious_crime_outcome="pending")
    assert _status(session, case_id) == "investigation"
    with pytest.raises(ValidationError, match="serious_crime_police_judgement"):
        _long_term(session, case_id)
    followup.add_intervention(session, case_id, {
        "type": "mentor", "urgency": "urgent", "decided_on": date.today().isoformat()})
    assert _status(session, case_id) == "investigation"
    # The Police and the board judged that the investigation should not continue: still nothing
    # is decided, and the case closes with that reason.
    _sign(session, case_id, tmp_path, serious_crime_suspected=True,
          serious_crime_outcome="discontinue", serious_crime_consulted_on="2026-10-08")
    assert _status(session, case_id) == "investigation"
    with pytest.raises(ValidationError, match="serious_crime_police_judgement"):
        _long_term(session, case_id)
    assert len(followup.records(session, case_id).intervention) == 1
    followup.close_case(session, case_id, "discontinued_after_police_consultation")
    assert _status(session, case_id) == "closed"


def test_once_the_police_judged_that_the_investigation_continues_the_case_is_decided(
        session: Session, tmp_path: Path) -> None:
    case_id = _new_case(session)
    _sign(session, case_id, tmp_path, serious_crime_suspected=True,
          serious_crime_outcome="continue", serious_crime_consulted_on="2026-10-08")
    assert _status(session, case_id) == "decided"
    _long_term(session, case_id)
    assert _status(session, case_id) == "interventions"


def test_the_transfer_preview_says_whether_the_application_travels_with_the_case(
        session: Session) -> None:
    case_id = _new_case(session)
    assert transfer.export_preview(session, case_id).application is False
    decisions.record_application(session, case_id, date.today().isoformat(), "individual")
    assert transfer.export_preview(session, case_id).application is True


def test_a_case_routed_back_while_the_serious_crime_judgement_is_pending_is_investigated_here(
        session: Session, tmp_path: Path) -> None:
    case_id = _new_case(session)
    # a high threat routes the district's case to SAV: it awaits its transfer
    _sign(session, case_id, tmp_path, threat_level="high", protection_need="high",
          relocation="away")
    assert _status(session, case_id) == "awaiting_transfer"
    # a newer assessment routes it back here but records a suspicion of serious crime not yet
    # judged with the Police: it awaits no transfer, and nothing is decided
    _sign(session, case_id, tmp_path, serious_crime_suspected=True,
          serious_crime_outcome="pending")
    assert _status(session, case_id) == "investigation"
    with pytest.raises(ValidationError, match="serious_crime_police_judgement"):
        _long_term(session, case_id)
    # once the Police and the board judged that it continues, the case is decided here
    _sign(session, case_id, tmp_path, serious_crime_suspected=True,
          serious_crime_outcome="continue", serious_crime_consulted_on="2026-10-08")
    assert _status(session, case_id) == "decided"
