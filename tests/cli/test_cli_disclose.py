"""``utvag disclose …``: the register from the command line, --json, exit codes, and a refused
disclosure that leaves the vault as it was."""

from __future__ import annotations

import json
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from test_cli_text_files import from_files, from_stdin

from utvag.cli.main import main as cli_main

ROOT = Path(__file__).resolve().parents[2]
ANSWERS = ROOT / "docs" / "examples" / "answers-special-defector.json"
NAME = "Cli Avhoppare"


def assessed_case(cli_vault: Any, run_cli: Callable[..., Any], tmp_path: Path,
                  protected: str = "none") -> int:
    case_file = tmp_path / f"case-{protected}.json"
    case_file.write_text(json.dumps({"type": "defector", "person": {
        "name": NAME, "personal_number": "19900101-0017", "protected_identity": protected}}),
        encoding="utf-8")
    base = cli_vault.args()
    case_id = int(json.loads(run_cli(*base, "case", "new", "--json", case_file).out)["case_id"])
    result = run_cli(*base, "assess", case_id, "--answers", ANSWERS, "--sign", "--as-of",
                     "2026-11-01")
    assert result.code == 0, result.err
    return case_id


def police(*extra: object) -> list[object]:
    return ["--channel", "police_request_answer", "--recipient", "Polisen region Väst",
            "--authority", "police", "--category", "person", "--category", "case",
            "--at", "2026-11-10T10:00", *extra]


def test_grounds_add_list_and_export(cli_vault: Any, run_cli: Callable[..., Any],
                                     tmp_path: Path) -> None:
    base = cli_vault.args()
    table = json.loads(run_cli("disclose", "grounds", "--json").out)
    assert [g["key"] for g in table][:2] == ["consent", "duty_to_report"]
    assert "6 kap. 5 §" in run_cli("disclose", "grounds").out
    # the duty to report cites the Social Services Act in force; chapter 10 grounds need a
    # harm test
    duty = next(g for g in table if g["key"] == "duty_to_report")
    assert "socialtjänstlagen (2025:400)" in duty["reference"]
    listing = run_cli("disclose", "grounds").out
    assert any(line.startswith("serious_crime") and "harm test required" in line
               for line in listing.splitlines())

    case_id = assessed_case(cli_vault, run_cli, tmp_path)
    result = run_cli(*base, "disclose", "add", case_id, *police("--ground", "consent"),
                     "--json")
    assert result.code == 0, result.err
    entry = json.loads(result.out)
    assert (entry["legal_ref"], entry["recipient_authority"]) == ("consent", "police")
    assert entry["categories"] == ["person", "case"]
    result = run_cli(*base, "disclose", "add", case_id, "--channel", "concern_report",
                     "--recipient", "Socialtjänsten Angered", "--authority",
                     "other_social_services", "--category", "case", "--ground",
                     "duty_to_report")
    assert result.code == 0 and "duty_to_report" in result.out
    harm = tmp_path / "harm.txt"
    harm.write_text("Brottets allvar väger tyngre än menet.", encoding="utf-8")
    result = run_cli(*base, "disclose", "add", case_id, *police("--ground", "serious_crime"),
                     "--harm-test-file", harm, "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["harm_test"] == "Brottets allvar väger tyngre än menet."

    listed = json.loads(run_cli(*base, "disclose", "list", case_id, "--json").out)
    assert [e["legal_ref"] for e in listed] == ["consent", "duty_to_report", "serious_crime"]
    text = run_cli(*base, "disclose", "list").out
    assert "Polisen region Väst (police)" in text and NAME not in text

    out = tmp_path / "register.csv"
    result = run_cli(*base, "disclose", "export", case_id, "--out", out, "--json")
    assert result.code == 0 and "not encrypted" in result.err
    assert json.loads(result.out)["bytes"] == out.stat().st_size
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    body = out.read_text(encoding="utf-8")
    assert body.startswith("id,case_number,") and NAME not in body
    again = run_cli(*base, "disclose", "export", "--out", out)
    assert again.code == 2 and "exists" in again.err
    assert run_cli(*base, "disclose", "list", 999).code == 5


def test_a_refused_disclosure_exits_6_and_records_nothing(
        cli_vault: Any, run_cli: Callable[..., Any], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    base = cli_vault.args()
    case_id = assessed_case(cli_vault, run_cli, tmp_path)
    log_before = run_cli(*base, "audit", "log", "--json").out

    # The consent covers police, prison and probation and other social services only.
    result = run_cli(*base, "disclose", "add", case_id, "--channel", "printout", "--recipient",
                     "Vårdcentralen", "--authority", "health_care", "--category", "case",
                     "--ground", "consent")
    assert result.code == 6 and "legal_ref" in result.err and "health_care" in result.err
    result = run_cli(*base, "disclose", "add", case_id, *police("--ground", "sol_14_1"))
    assert result.code == 6 and "legal_ref" in result.err and "duty_to_report" in result.err
    result = run_cli(*base, "disclose", "add", case_id, *police("--ground", "other"))
    assert result.code == 6 and "legal_text" in result.err
    result = run_cli(*base, "disclose", "add", case_id, "--channel", "printout", "--recipient",
                     "Polisen", "--authority", "police", "--category", "case", "--ground",
                     "consent", "--at", "2999-01-01T10:00")
    assert result.code == 6 and "disclosed_at" in result.err
    result = run_cli(*base, "disclose", "add", case_id, *police("--ground", "person_under_21"))
    assert result.code == 6 and "harm_test" in result.err and "harm test" in result.err
    result = run_cli(*base, "disclose", "add", case_id, *police(
        "--ground", "person_under_21", "--harm-test", "Risken för nya brott väger tyngre."))
    assert result.code == 6 and "under 21" in result.err

    capsys.readouterr()
    with pytest.raises(SystemExit) as stop:
        cli_main([*base, "disclose", "add", str(case_id), "--channel", "transfer_package",
                  "--recipient", "SAV", "--authority", "other_social_services", "--category",
                  "case", "--ground", "consent"])
    assert stop.value.code == 2 and "--channel" in capsys.readouterr().err

    assert json.loads(run_cli(*base, "disclose", "list", case_id, "--json").out) == []
    log_after = json.loads(run_cli(*base, "audit", "log", "--json").out)
    added = [e for e in log_after if e["action"] == "disclosure.add"]
    assert added == [] and len(log_after) > len(json.loads(log_before))


def test_a_protected_identity_needs_the_acknowledgement(
        cli_vault: Any, run_cli: Callable[..., Any], tmp_path: Path) -> None:
    base = cli_vault.args()
    case_id = assessed_case(cli_vault, run_cli, tmp_path, "skyddad_folkbokforing")
    result = run_cli(*base, "disclose", "add", case_id, *police("--ground", "consent"))
    assert result.code == 6 and "protected identity" in result.err
    result = run_cli(*base, "disclose", "add", case_id, *police("--ground", "consent"),
                     "--acknowledge-protected", "--identity-revealed", "--json")
    assert result.code == 0 and json.loads(result.out)["identity_revealed"] is True


def test_the_ground_in_words_comes_from_a_file_or_stdin(
        cli_vault: Any, run_cli: Callable[..., Any], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    base = cli_vault.args()
    case_id = assessed_case(cli_vault, run_cli, tmp_path)
    add = [*base, "disclose", "add", case_id, *police("--ground", "other")]
    result = run_cli(*add, *from_files(tmp_path, {
        "--ground-text": "Begäran från Polisen, dnr 5000-K1-26"}))
    assert result.code == 0, result.err
    result = run_cli(*add, *from_stdin(monkeypatch, "--ground-text", "Beslut av rätten"))
    assert result.code == 0, result.err
    listed = json.loads(run_cli(*base, "disclose", "list", case_id, "--json").out)
    # the register keeps the provision as cited that day, then the words
    assert [e["legal_ground"].split(" — ")[-1] for e in listed] == [
        "Begäran från Polisen, dnr 5000-K1-26", "Beslut av rätten"]
