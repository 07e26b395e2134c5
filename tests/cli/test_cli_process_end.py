"""Through the command line: a pending serious-crime judgement with the Police is listed by
``utvag due``; an assessment that ends the defector process is shown by ``utvag case show``,
refuses a long-term intervention (exit 6, nothing stored) and makes closing the case due until it
is closed."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DISTRICT = ROOT / "docs" / "examples" / "answers-district-defector.json"


def _answers(tmp_path: Path, name: str, **changes: Any) -> Path:
    raw = json.loads(DISTRICT.read_text(encoding="utf-8"))
    raw["answers"].update(changes)
    path = tmp_path / name
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def test_the_judgement_is_due_and_an_ended_process_is_shown_refused_and_closed(
        cli_vault: Any, run_cli: Callable[..., Any], tmp_path: Path) -> None:
    base = cli_vault.args()
    spec = tmp_path / "case.json"
    spec.write_text(json.dumps({"type": "defector", "person": {
        "name": "Cli Person", "birth_date": "2001-02-03", "district": "Hisingen"}}),
        encoding="utf-8")
    case_id = json.loads(run_cli(*base, "case", "new", "--json", spec).out)["case_id"]
    pending = _answers(tmp_path, "pending.json", serious_crime_suspected=True,
                       serious_crime_outcome="pending")
    assert run_cli(*base, "assess", case_id, "--answers", pending, "--sign",
                   "--as-of", "2026-11-01").code == 0
    as_of = (date.today() + timedelta(days=20)).isoformat() + "T12:00"

    def due_kinds() -> list[str]:
        out = run_cli(*base, "due", "--unit", "--as-of", as_of, "--json").out
        return [i["kind"] for i in json.loads(out)["items"]]

    def shown() -> dict[str, Any]:
        return dict(json.loads(run_cli(*base, "case", "show", case_id, "--json").out))

    assert "serious_crime_judgement" in due_kinds()
    assert "serious_crime_judgement" in run_cli(*base, "due", "--unit", "--as-of", as_of).out
    assert shown()["process_ending"] is None

    stop = _answers(tmp_path, "not-defector.json", belongs_answer=False)
    assert run_cli(*base, "assess", case_id, "--answers", stop, "--sign",
                   "--as-of", "2026-11-01").code == 0
    ending = shown()["process_ending"]
    assert ending["reason"] == "not_defector"
    assert date.fromisoformat(ending["since"]) <= date.today()
    kinds = due_kinds()
    assert "case_to_close" in kinds and "serious_crime_judgement" not in kinds
    refused = run_cli(*base, "record", "intervention", case_id, "--type", "mentor",
                      "--urgency", "long_term", "--decided-on", date.today().isoformat())
    assert refused.code == 6 and "not_defector_case_ends" in refused.err
    listed = json.loads(run_cli(*base, "record", "list", case_id, "--json").out)
    assert listed["intervention"] == []

    closed = run_cli(*base, "record", "close", case_id, "--reason", "not_defector")
    assert closed.code == 0, closed.err
    assert shown()["process_ending"] is None and shown()["status"] == "closed"
    assert "case_to_close" not in due_kinds()


def test_a_high_need_with_a_low_threat_lists_asking_sav(
        cli_vault: Any, run_cli: Callable[..., Any], tmp_path: Path) -> None:
    base = cli_vault.args()
    spec = tmp_path / "case.json"
    spec.write_text(json.dumps({"type": "defector", "person": {
        "name": "Cli Person", "birth_date": "2001-02-03", "district": "Hisingen"}}),
        encoding="utf-8")
    case_id = json.loads(run_cli(*base, "case", "new", "--json", spec).out)["case_id"]
    high_need = _answers(tmp_path, "high-need.json", protection_need="high")
    assert run_cli(*base, "assess", case_id, "--answers", high_need, "--sign",
                   "--as-of", "2026-11-01").code == 0
    as_of = (date.today() + timedelta(days=8)).isoformat() + "T12:00"
    listed = json.loads(run_cli(*base, "due", "--unit", "--as-of", as_of, "--json").out)
    asking = [i for i in listed["items"] if i["kind"] == "sav_judgement_to_ask"]
    assert [i["case_id"] for i in asking] == [case_id] and asking[0]["overdue"] is True
