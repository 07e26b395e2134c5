"""``utvag threat`` and ``utvag custody``, and ``record police`` raising the threat: output,
exit codes, and nothing changed by a refusal."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from test_cli_text_files import from_files, from_stdin

ROOT = Path(__file__).resolve().parents[2]
DISTRICT = ROOT / "docs" / "examples" / "answers-district-defector.json"


def _case(run_cli: Callable[..., Any], vault: Any, tmp_path: Path) -> int:
    case_file = tmp_path / "case.json"
    case_file.write_text(json.dumps({"type": "defector", "person": {
        "name": "Cli Person", "birth_date": "1999-02-03", "district": "Hisingen"}}),
        encoding="utf-8")
    return int(json.loads(run_cli(*vault.args(), "case", "new", "--json", case_file).out)
               ["case_id"])


def test_a_request_is_awaited_in_due_and_its_answer_reroutes_with_a_proposed_transfer(
        run_cli: Callable[..., Any], cli_vault: Any, tmp_path: Path) -> None:
    base = cli_vault.args()
    case_id = _case(run_cli, cli_vault, tmp_path)
    assert run_cli(*base, "assess", case_id, "--answers", DISTRICT, "--sign", "--as-of",
                   "2026-11-01").code == 0
    result = run_cli(*base, "threat", "request", case_id, "--requested-on", "2026-11-02",
                     "--from", "LPO Hisingen", "--json")
    assert result.code == 0, result.err
    request = json.loads(result.out)["record_id"]
    due = json.loads(run_cli(*base, "due", "--unit", "--as-of", "2026-11-17T00:00:01",
                             "--json").out)
    assert {"kind": "threat_assessment_awaited", "due_on": "2026-11-16", "overdue": True,
            "record_id": request}.items() <= next(
        i for i in due["items"] if i["kind"] == "threat_assessment_awaited").items()

    bad = run_cli(*base, "threat", "receive", request, "--level", "high", "--nature",
                  "concrete", "--reference", "POL-9", "--received-on", "2026-11-01")
    assert bad.code == 6 and "received_on" in bad.err
    assert json.loads(run_cli(*base, "threat", "show", case_id, "--json").out)[
        "current"]["level"] == "low"

    answered = run_cli(*base, "threat", "receive", request, "--level", "high", "--nature",
                       "concrete", "--reference", "POL-9", "--assessed-on", "2026-11-20",
                       "--received-on", "2026-11-21")
    assert answered.code == 0, answered.err
    assert "low -> high (changed)" in answered.out
    assert "Social board Hisingen → Central defector unit (SAV)" in answered.out
    assert f"utvag transfer export {case_id} --to SAV" in answered.out
    assert "awaiting_transfer" in answered.out
    shown = run_cli(*base, "threat", "show", case_id)
    assert "Current threat: high, concrete" in shown.out and "Routes to: SAV" in shown.out
    assert "Proposed: transfer the case to Central defector unit (SAV)." in shown.out
    assert run_cli(*base, "threat", "receive", 999, "--level", "low", "--nature", "latent",
                   "--reference", "X").code == 5


def test_a_police_followup_that_raised_the_threat_updates_it(
        run_cli: Callable[..., Any], cli_vault: Any, tmp_path: Path) -> None:
    base = cli_vault.args()
    case_id = _case(run_cli, cli_vault, tmp_path)
    assert run_cli(*base, "assess", case_id, "--answers", DISTRICT, "--sign", "--as-of",
                   "2026-11-01").code == 0
    refused = run_cli(*base, "record", "police", case_id, "--held-on", "2026-11-25",
                      "--phase", "during", "--outcome", "threat_raised")
    assert refused.code == 6 and "threat_nature" in refused.err
    listed = json.loads(run_cli(*base, "record", "list", case_id, "--json").out)
    assert listed["police_followup"] == [] and listed["police_threat"] == []
    raised = run_cli(*base, "record", "police", case_id, "--held-on", "2026-11-25",
                     "--phase", "during", "--outcome", "threat_raised", "--threat-nature",
                     "concrete", "--threat-reference", "POL-77", "--json")
    assert raised.code == 0, raised.err
    assert json.loads(raised.out)["update"]["transfer_to"] == "SAV"
    plain = run_cli(*base, "record", "police", case_id, "--held-on", "2026-11-26",
                    "--phase", "during", "--outcome", "unchanged")
    assert plain.code == 0 and json.loads(plain.out)["record_id"] == 2


def test_custody_commands_and_the_planning_clock(
        run_cli: Callable[..., Any], cli_vault: Any, tmp_path: Path) -> None:
    base = cli_vault.args()
    case_id = _case(run_cli, cli_vault, tmp_path)
    bad = run_cli(*base, "custody", "add", case_id, "--kind", "prison", "--institution", " ",
                  "--expected-release", "2027-03-01")
    assert bad.code == 6 and "institution" in bad.err
    assert run_cli(*base, "custody", "list", case_id).out.strip() == "No custody records."
    added = run_cli(*base, "custody", "add", case_id, "--kind", "prison", "--institution",
                    "Anstalten Kumla", "--expected-release", "2027-03-01", "--json")
    assert added.code == 0, added.err
    record = json.loads(added.out)["record_id"]
    due = json.loads(run_cli(*base, "due", "--unit", "--as-of", "2026-12-31T23:59",
                             "--json").out)
    planning = [i for i in due["items"] if i["kind"] == "custody_transition_planning"]
    assert [(i["due_on"], i["overdue"]) for i in planning] == [("2026-12-31", False)]
    assert run_cli(*base, "custody", "planning", record, "--on", "2026-12-20").code == 0
    due = json.loads(run_cli(*base, "due", "--unit", "--as-of", "2027-01-02T00:00",
                             "--json").out)
    assert "custody_transition_planning" not in {i["kind"] for i in due["items"]}
    assert run_cli(*base, "custody", "released", record, "--on", "2026-12-19").code == 6
    assert "Anstalten Kumla" in run_cli(*base, "custody", "list", case_id).out


def test_the_polices_references_and_the_institution_come_from_files_or_stdin(
        run_cli: Callable[..., Any], cli_vault: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    base = cli_vault.args()
    case_id = _case(run_cli, cli_vault, tmp_path)
    assert run_cli(*base, "assess", case_id, "--answers", DISTRICT, "--sign", "--as-of",
                   "2026-11-01").code == 0
    today = date.today().isoformat()

    def done(*argv: object) -> dict[str, Any]:
        result = run_cli(*base, *argv, "--json")
        assert result.code == 0, result.err
        return dict(json.loads(result.out))

    request = ["threat", "request", case_id, "--requested-on", today]
    asked = [done(*request, *from_files(tmp_path, {"--from": "LPO Hisingen, Anna P"})),
             done(*request, *from_stdin(monkeypatch, "--from", "Region Väst, grova brott"))]
    answer = ["--level", "high", "--nature", "concrete"]
    done("threat", "receive", asked[0]["record_id"], *answer,
         *from_files(tmp_path, {"--reference": "5000-K111-26"}))
    done("threat", "receive", asked[1]["record_id"], *answer,
         *from_stdin(monkeypatch, "--reference", "5000-K222-26"))
    done("threat", "add", case_id, *answer, *from_files(tmp_path, {"--reference": "POL-3"}))
    done("threat", "add", case_id, *answer, *from_stdin(monkeypatch, "--reference", "POL-4"))
    def records() -> list[dict[str, Any]]:  # oldest first
        return sorted(done("threat", "show", case_id)["records"], key=lambda r: int(r["id"]))

    assert [(r["requested_from"], r["reference"]) for r in records()] == [
        ("LPO Hisingen, Anna P", "5000-K111-26"), ("Region Väst, grova brott", "5000-K222-26"),
        (None, "POL-3"), (None, "POL-4")]

    police = ["record", "police", case_id, "--held-on", today, "--phase", "during",
              "--threat-nature", "latent"]
    done(*police, "--outcome", "threat_lowered",
         *from_files(tmp_path, {"--threat-reference": "POL-5"}))
    done(*police, "--outcome", "threat_raised",
         *from_stdin(monkeypatch, "--threat-reference", "POL-6"))
    assert [r["reference"] for r in records()][-2:] == [
        "POL-5", "POL-6"]

    custody = ["custody", "add", case_id, "--kind", "prison", "--expected-release",
               "2030-03-01"]
    done(*custody, *from_files(tmp_path, {"--institution": "Anstalten Kumla"}))
    done(*custody, *from_stdin(monkeypatch, "--institution", "Anstalten Hall"))
    listed = json.loads(run_cli(*base, "custody", "list", case_id, "--json").out)
    assert [r["institution"] for r in listed] == ["Anstalten Kumla", "Anstalten Hall"]
