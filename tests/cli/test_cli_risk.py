"""``utvag risk …`` and ``utvag incident …``: the commands, --json and the exit codes."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from test_cli_text_files import from_files, from_stdin

from utvag.cli.main import main as cli_main

SECRET = "Hotade handläggaren i receptionen"


def new_case(cli_vault: Any, run_cli: Callable[..., Any], tmp_path: Path) -> int:
    case_file = tmp_path / "case.json"
    case_file.write_text(json.dumps({"type": "defector", "person": {
        "name": "Cli Person", "birth_date": "2001-02-03"}}), encoding="utf-8")
    result = run_cli(*cli_vault.args(), "case", "new", "--json", case_file)
    return int(json.loads(result.out)["case_id"])


def usage(capsys: pytest.CaptureFixture[str], *argv: object) -> str:
    """argparse refuses the arguments with exit code 2 and says which option is wrong."""
    capsys.readouterr()
    with pytest.raises(SystemExit) as stop:
        cli_main([str(a) for a in argv])
    assert stop.value.code == 2
    return capsys.readouterr().err


def local(days: float) -> str:
    return (datetime.now() + timedelta(days=days)).strftime("%Y-%m-%dT%H:%M")


def test_flag_assess_sign_and_show(cli_vault: Any, run_cli: Callable[..., Any],
                                   tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = cli_vault.args()
    case_id = new_case(cli_vault, run_cli, tmp_path)

    result = run_cli(*base, "risk", "flag", case_id)
    assert result.code == 6 and "grounds" in result.err
    assert "--ground" in usage(capsys, *base, "risk", "flag", case_id, "--ground", "rumour")
    result = run_cli(*base, "risk", "flag", case_id, "--ground", "stalking", "--ground",
                     "violence", "--network-linked", "--description", SECRET, "--json")
    assert result.code == 0 and json.loads(result.out) == {"record_id": 1}
    result = run_cli(*base, "risk", "flag", case_id, "--ground", "violence")
    assert result.code == 6 and "already flagged" in result.err
    assert run_cli(*base, "risk", "flag", 999, "--ground", "violence").code == 5

    result = run_cli(*base, "risk", "assess", case_id, "--meeting-at", local(2), "--place",
                     "Mötesrum 2", "--participants", "Klient, två handläggare",
                     "--risk-factors", "Tidigare hot", "--mitigation",
                     "extra_colleague=Två handläggare", "--declined", "digital_or_phone",
                     "--json")
    assessment = json.loads(result.out)["record_id"]
    result = run_cli(*base, "risk", "sign", assessment)
    assert result.code == 6 and "decision" in result.err
    result = run_cli(*base, "risk", "assess", case_id, "--meeting-at", local(2), "--place",
                     "Rum", "--participants", "P", "--risk-factors", "R", "--mitigation",
                     "taser")
    assert result.code == 2 and "--mitigation" in result.err
    assert run_cli(*base, "risk", "amend", assessment, "--decision",
                   "proceed_with_mitigations").code == 0
    result = run_cli(*base, "risk", "sign", assessment)
    assert result.code == 0 and "Signed" in result.out
    result = run_cli(*base, "risk", "amend", assessment, "--place", "Annat rum")
    assert result.code == 6 and "signed" in result.err
    assert run_cli(*base, "risk", "sign", 999).code == 5

    upcoming = json.loads(run_cli(*base, "risk", "upcoming", "--json").out)["meetings"]
    assert [m["id"] for m in upcoming] == [assessment]
    assert upcoming[0]["mitigations"]["extra_colleague"] == {"chosen": True,
                                                             "comment": "Två handläggare"}
    later = run_cli(*base, "risk", "upcoming", "--all", "--as-of", local(3))
    assert later.code == 0 and "No upcoming" in later.out
    assert run_cli(*base, "risk", "upcoming", "--as-of", "soon").code == 2

    result = run_cli(*base, "risk", "conflict", "add", case_id, "--kind",
                     "client_reported_caseworker", "--json")
    conflict = json.loads(result.out)["record_id"]
    assert run_cli(*base, "risk", "reassign", case_id, "--to", "bertil", "--reason",
                   "Rotation efter polisanmälan").code == 0
    result = run_cli(*base, "risk", "reassign", case_id, "--to", "bertil", "--reason", "x")
    assert result.code == 6 and "to_caseworker" in result.err

    shown = json.loads(run_cli(*base, "risk", "show", case_id, "--json").out)
    assert shown["high_risk"] is True
    assert [w["kind"] for w in shown["warnings"]] == ["conflict_of_interest", "high_risk",
                                                      "risk_meeting"]
    assert shown["assignments"][0]["to_caseworker"] == "bertil"
    text = run_cli(*base, "risk", "show", case_id).out
    assert "WARNING Unresolved conflict of interest" in text
    assert run_cli(*base, "risk", "conflict", "resolve", conflict, "--resolution",
                   "Ny handläggare").code == 0
    assert run_cli(*base, "risk", "conflict", "resolve", conflict, "--resolution",
                   "Igen").code == 6
    assert run_cli(*base, "risk", "clear", case_id, "--reason", "Hotet upphört").code == 0
    result = run_cli(*base, "risk", "clear", case_id, "--reason", "Igen")
    assert result.code == 6 and "no current" in result.err
    assert run_cli(*base, "risk", "show", 999).code == 5
    assert "--reason" in usage(capsys, *base, "risk", "reassign", case_id, "--to", "x")

    log = run_cli(*base, "audit", "log", "--case", case_id, "--json").out
    assert SECRET not in log and "Rotation efter" not in log


def test_incidents_and_the_police_draft(cli_vault: Any, run_cli: Callable[..., Any],
                                        tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    base = cli_vault.args()
    case_id = new_case(cli_vault, run_cli, tmp_path)
    result = run_cli(*base, "incident", "add", case_id, "--occurred-at", local(1), "--kind",
                     "violence", "--staff", "HL", "--description", SECRET)
    assert result.code == 6 and "occurred_at" in result.err and SECRET not in result.err
    result = run_cli(*base, "incident", "add", case_id, "--occurred-at", local(-1), "--kind",
                     "violence", "--staff", "x" * 41, "--description", SECRET)
    assert result.code == 6 and "staff" in result.err
    assert "--kind" in usage(capsys, *base, "incident", "add", case_id, "--occurred-at",
                             local(-1), "--kind", "rumour", "--staff", "HL", "--description",
                             "x")
    assert run_cli(*base, "incident", "add", 999, "--occurred-at", local(-1), "--kind",
                   "violence", "--staff", "HL", "--description", "x").code == 5
    listed = json.loads(run_cli(*base, "incident", "list", case_id, "--json").out)
    assert listed == {"incidents": []}

    result = run_cli(*base, "incident", "add", case_id, "--occurred-at", local(-1), "--kind",
                     "serious_threat", "--staff", "Socialsekreterare AB", "--description",
                     SECRET, "--support", "occupational_health", "--support",
                     "process_supervision", "--police-reported-on",
                     datetime.now().date().isoformat(), "--police-report-number",
                     "5000-K1-25", "--json")
    incident = json.loads(result.out)["record_id"]
    listed = json.loads(run_cli(*base, "incident", "list", case_id, "--json").out)
    assert listed["incidents"][0]["support_offered"] == ["occupational_health",
                                                        "process_supervision"]
    assert "Socialsekreterare AB" in run_cli(*base, "incident", "list", case_id).out

    before = sorted(p.name for p in tmp_path.rglob("*"))
    draft = run_cli(*base, "incident", "police-draft", incident)
    assert draft.code == 0 and "POLISANMÄLAN" in draft.out and SECRET in draft.out
    assert "5000-K1-25" in draft.out and "Cli Person" not in draft.out
    assert sorted(p.name for p in tmp_path.rglob("*") if not p.name.startswith("vault.db")
                  ) == sorted(n for n in before if not n.startswith("vault.db"))
    as_json = json.loads(run_cli(*base, "incident", "police-draft", incident, "--json").out)
    assert as_json["incident_id"] == incident and SECRET in as_json["draft"]
    result = run_cli(*base, "incident", "police-draft", 999)
    assert result.code == 5 and "incident" in result.err

    log = run_cli(*base, "audit", "log", "--case", case_id, "--json").out
    assert "incident.police_draft" in log and SECRET not in log


def test_an_incident_at_the_unit_without_a_case(cli_vault: Any, run_cli: Callable[..., Any],
                                                capsys: pytest.CaptureFixture[str]) -> None:
    base = cli_vault.args()
    year = str(datetime.now().year)
    result = run_cli(*base, "incident", "unit-add", "--occurred-at", local(-1), "--place",
                     "reception", "--kind", "violence", "--staff", "Receptionist EF",
                     "--description", SECRET, "--person", "Okänd man", "--json")
    assert result.code == 0
    incident = json.loads(result.out)["record_id"]
    listed = json.loads(run_cli(*base, "incident", "unit-list", "--year", year, "--json").out)
    [row] = listed["incidents"]
    assert (row["id"], row["case_id"], row["place"]) == (incident, None, "reception")
    assert "Receptionist EF" in run_cli(*base, "incident", "unit-list").out

    draft = run_cli(*base, "incident", "unit-police-draft", incident)
    assert draft.code == 0 and "Receptionen" in draft.out and SECRET in draft.out
    assert run_cli(*base, "incident", "unit-police-draft", 999).code == 5
    summary = json.loads(run_cli(*base, "incident", "summary", "--year", year, "--json").out)
    assert summary["total"] == 1 and summary["by_place"] == {"reception": 1}
    assert "Incidents against staff" in run_cli(*base, "incident", "summary").out

    assert "--place" in usage(capsys, *base, "incident", "unit-add", "--occurred-at",
                              local(-1), "--place", "car_park", "--kind", "violence",
                              "--staff", "HL", "--description", "x")
    result = run_cli(*base, "incident", "unit-add", "--occurred-at", local(1), "--place",
                     "reception", "--kind", "violence", "--staff", "HL", "--description", "x")
    assert result.code == 6 and "occurred_at" in result.err
    listed = json.loads(run_cli(*base, "incident", "unit-list", "--json").out)
    assert len(listed["incidents"]) == 1  # the refused one was not stored


def test_risk_texts_come_from_files_or_stdin(cli_vault: Any, run_cli: Callable[..., Any],
                                             tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    base = cli_vault.args()
    case_id = new_case(cli_vault, run_cli, tmp_path)

    def done(*argv: object) -> None:
        result = run_cli(*base, *argv)
        assert result.code == 0, result.err

    def shown() -> dict[str, Any]:
        return dict(json.loads(run_cli(*base, "risk", "show", case_id, "--json").out))

    flag = ["risk", "flag", case_id, "--ground", "violence"]
    done(*flag)
    done("risk", "clear", case_id, *from_files(tmp_path, {"--reason": "Hotet har upphört"}))
    done(*flag)
    done("risk", "clear", case_id, *from_stdin(monkeypatch, "--reason", "Dömd, i anstalt"))
    assert [f["clear_reason"] for f in shown()["flags"]] == ["Hotet har upphört",
                                                             "Dömd, i anstalt"]

    meeting = ["--meeting-at", local(2), "--place", "Rum 2", "--risk-factors", "Hot"]
    done("risk", "assess", case_id, *meeting, "--decision", "proceed", *from_files(tmp_path, {
        "--participants": "Klient, AB och CD", "--decision-note": "Med väktare",
        "--mitigation": "personal_protection_guard=Väktare i entrén",
        "--declined": "digital_or_phone=Klienten saknar telefon"}))
    done("risk", "assess", case_id, *meeting,
         *from_stdin(monkeypatch, "--participants", "Klient och EF"))
    first, second = shown()["risk_assessments"]
    commented = {k: v for k, v in first["mitigations"].items() if v["comment"]}
    assert (first["participants"], first["decision_note"], commented) == (
        "Klient, AB och CD", "Med väktare",
        {"personal_protection_guard": {"chosen": True, "comment": "Väktare i entrén"},
         "digital_or_phone": {"chosen": False, "comment": "Klienten saknar telefon"}})
    assert second["participants"] == "Klient och EF"
    done("risk", "amend", second["id"], *from_files(tmp_path, {
        "--participants": "Klient, EF och GH", "--decision-note": "Flyttat till polishuset",
        "--mitigation": "police_present_or_informed=Polisen underrättad",
        "--declined": "adapted_meeting_room=Inget ledigt rum"}))
    done("risk", "amend", first["id"], *from_stdin(monkeypatch, "--declined",
                                                   "extra_colleague=Ingen ledig"))
    first, second = shown()["risk_assessments"]
    assert first["mitigations"]["extra_colleague"] == {"chosen": False,
                                                       "comment": "Ingen ledig"}
    assert (second["participants"], second["decision_note"],
            second["mitigations"]["police_present_or_informed"],
            second["mitigations"]["adapted_meeting_room"]) == (
        "Klient, EF och GH", "Flyttat till polishuset",
        {"chosen": True, "comment": "Polisen underrättad"},
        {"chosen": False, "comment": "Inget ledigt rum"})

    done("risk", "reassign", case_id, "--to", "bertil",
         *from_files(tmp_path, {"--reason": "Rotation efter hot"}))
    done("risk", "reassign", case_id, "--to", "cecilia",
         *from_stdin(monkeypatch, "--reason", "Bertil sjukskriven"))
    conflict = ["risk", "conflict", "add", case_id, "--kind", "other"]
    done(*conflict, *from_files(tmp_path, {"--description": "Släkt med klienten"}))
    done(*conflict, *from_stdin(monkeypatch, "--description", "Granne med klienten"))
    ids = [c["id"] for c in shown()["conflicts"]]
    done("risk", "conflict", "resolve", ids[0],
         *from_files(tmp_path, {"--resolution": "Ny handläggare"}))
    done("risk", "conflict", "resolve", ids[1],
         *from_stdin(monkeypatch, "--resolution", "Handläggaren har flyttat"))
    state = shown()
    assert [a["reason"] for a in state["assignments"]] == ["Rotation efter hot",
                                                           "Bertil sjukskriven"]
    assert [(c["description"], c["resolution"]) for c in state["conflicts"]] == [
        ("Släkt med klienten", "Ny handläggare"), ("Granne med klienten",
                                                  "Handläggaren har flyttat")]


INCIDENT_TEXTS = {"--staff": "Socialsekreterare AB", "--description": SECRET,
                  "--witnesses": "Receptionisten CD", "--police-report-number": "5000-K9-26",
                  "--follow-up": "Samtal med företagshälsovården"}


def test_incident_texts_come_from_files_or_stdin(cli_vault: Any, run_cli: Callable[..., Any],
                                                 tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    base = cli_vault.args()
    case_id = new_case(cli_vault, run_cli, tmp_path)
    fields = ("staff", "description", "witnesses", "police_report_number", "follow_up")
    stored = [INCIDENT_TEXTS[f"--{f.replace('_', '-')}"] for f in fields]
    when = ["--occurred-at", local(-1), "--kind", "violence", "--police-reported-on",
            datetime.now().date().isoformat()]

    add = [*base, "incident", "add", case_id, *when]
    assert run_cli(*add, *from_files(tmp_path, INCIDENT_TEXTS)).code == 0
    assert run_cli(*add, "--description", "x",
                   *from_stdin(monkeypatch, "--staff", "Enhetschef EF")).code == 0
    first, second = json.loads(run_cli(*base, "incident", "list", case_id, "--json").out)[
        "incidents"]
    assert [first[f] for f in fields] == stored
    assert second["staff"] == "Enhetschef EF"

    unit = [*base, "incident", "unit-add", *when, "--place", "reception"]
    assert run_cli(*unit, *from_files(tmp_path, {**INCIDENT_TEXTS,
                                                 "--person": "Okänd man, 30 år"})).code == 0
    assert run_cli(*unit, "--staff", "HL", "--description", "x",
                   *from_stdin(monkeypatch, "--person", "Kvinna med hund")).code == 0
    first, second = sorted(json.loads(run_cli(*base, "incident", "unit-list", "--json").out)[
        "incidents"], key=lambda i: int(i["id"]))
    assert [first[f] for f in fields] == stored
    assert (first["person"], second["person"]) == ("Okänd man, 30 år", "Kvinna med hund")
