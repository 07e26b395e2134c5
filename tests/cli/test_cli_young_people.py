"""``utvag guardian …``, ``utvag consent positions`` and the minor's steps through ``utvag
assess``, with their exit codes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from test_cli_text_files import from_files, from_stdin

ROOT = Path(__file__).resolve().parents[2]


def new_case(run_cli: Callable[..., Any], base: list[Any], tmp_path: Path, born: str) -> int:
    case_file = tmp_path / f"case-{born}.json"
    case_file.write_text(json.dumps({"type": "defector", "person": {
        "name": "Cli Ung", "birth_date": born}}), encoding="utf-8")
    return int(json.loads(run_cli(*base, "case", "new", "--json", case_file).out)["case_id"])


def test_guardians_and_positions_from_the_command_line(
        cli_vault: Any, run_cli: Callable[..., Any], tmp_path: Path) -> None:
    base = cli_vault.args()
    case_id = new_case(run_cli, base, tmp_path, "2012-01-01")
    result = run_cli(*base, "guardian", "add", case_id, "--name", "Mamma Cli", "--contact",
                     "070-1", "--json")
    assert result.code == 0, result.err
    mother = json.loads(result.out)["guardian_id"]
    # may not be contacted without a reason: refused, nothing stored
    result = run_cli(*base, "guardian", "add", case_id, "--name", "Pappa Cli",
                     "--may-not-contact")
    assert result.code == 6 and "no_contact_reason" in result.err
    father = json.loads(run_cli(*base, "guardian", "add", case_id, "--name", "Pappa Cli",
                                "--may-not-contact", "--reason", "Del av hotbilden",
                                "--json").out)["guardian_id"]
    listing = run_cli(*base, "guardian", "list", case_id)
    assert listing.code == 0
    assert "MAY NOT BE CONTACTED: Del av hotbilden" in listing.out
    assert len(json.loads(run_cli(*base, "guardian", "list", case_id, "--json").out)
               ["guardians"]) == 2

    # a guardian who may not be contacted cannot have agreed: refused, nothing recorded
    result = run_cli(*base, "consent", "positions", case_id, "--on", "2026-01-15",
                     "--young-person", "agrees", "--guardian", f"{father}=agrees")
    assert result.code == 6 and "may not be contacted" in result.err
    result = run_cli(*base, "consent", "positions", case_id, "--on", "2026-01-15",
                     "--young-person", "agrees", "--guardian", f"{mother}=opposes",
                     "--guardian", f"{father}=not_asked", "--guardian-note",
                     f"{father}=Får inte kontaktas", "--json")
    assert result.code == 0, result.err
    assert len(json.loads(result.out)["record_ids"]) == 3
    state = json.loads(run_cli(*base, "consent", "positions", case_id, "--json").out)
    assert state["missing"] == [] and state["minor_today"] is True
    assert run_cli(*base, "consent", "positions", case_id, "--guardian", "x=agrees").code == 2
    assert run_cli(*base, "guardian", "contact", 999, "--may-contact", "yes").code == 5
    assert run_cli(*base, "guardian", "contact", mother, "--may-contact", "no").code == 6

    adult = new_case(run_cli, base, tmp_path, "1990-01-01")
    result = run_cli(*base, "guardian", "add", adult, "--name", "Förälder")
    assert result.code != 0 and "18 or older" in result.err


def test_the_minor_steps_in_assess_follow_the_age_on_the_assessment_day(
        cli_vault: Any, run_cli: Callable[..., Any], tmp_path: Path) -> None:
    base = cli_vault.args()
    case_id = new_case(run_cli, base, tmp_path, "2008-10-20")
    answers = ROOT / "docs" / "examples" / "answers-young-defector.json"
    data = json.loads(answers.read_text(encoding="utf-8"))
    del data["answers"]["minor_best_interests"]
    missing = tmp_path / "missing.json"
    missing.write_text(json.dumps(data), encoding="utf-8")
    result = run_cli(*base, "assess", case_id, "--answers", missing, "--as-of", "2026-10-19")
    assert result.code == 6 and "minor_best_interests" in result.err
    result = run_cli(*base, "assess", case_id, "--answers", answers, "--as-of", "2026-10-19",
                     "--json")
    assert result.code == 0, result.err
    assert not [w for w in json.loads(result.out)["warnings"]
                if w["code"] == "hidden_answer_ignored"]
    # on the 18th birthday the same answers count as an adult's: the minor's are left out
    result = run_cli(*base, "assess", case_id, "--answers", answers, "--as-of", "2026-10-20",
                     "--json")
    assert result.code == 0, result.err
    ignored = {w["code"] for w in json.loads(result.out)["warnings"]}
    assert "hidden_answer_ignored" in ignored


def test_a_protected_guardian_is_revealed_only_with_a_reason_and_the_reason_is_logged(
        cli_vault: Any, run_cli: Callable[..., Any], tmp_path: Path) -> None:
    base = cli_vault.args()
    case_id = new_case(run_cli, base, tmp_path, "2012-01-01")
    guardian = json.loads(run_cli(*base, "guardian", "add", case_id, "--name", "Skyddad Cli",
                                  "--contact", "Hemlig väg 1", "--protected-identity",
                                  "skyddad_folkbokforing", "--json").out)["guardian_id"]

    def reveals() -> list[dict[str, Any]]:
        rows = json.loads(run_cli(*base, "audit", "log", "--case", case_id, "--json").out)
        return [r for r in rows if r["action"] == "identity.reveal"]

    # no reason: refused, nothing revealed, nothing logged
    for args in (("guardian", "list", case_id, "--reveal"),
                 ("guardian", "show", guardian),
                 ("guardian", "show", guardian, "--reason", "curiosity")):
        result = run_cli(*base, *args)
        assert result.code != 0 and "Skyddad" not in result.out + result.err
    assert reveals() == []

    shown = run_cli(*base, "guardian", "show", guardian, "--reason", "contact", "--json")
    assert shown.code == 0, shown.err
    assert json.loads(shown.out)["name"] == "Skyddad Cli"
    listed = run_cli(*base, "guardian", "list", case_id, "--reveal", "--reason",
                     "investigation")
    assert listed.code == 0 and "Skyddad Cli" in listed.out
    assert [r["detail"] for r in reveals()] == [
        {"purpose": "guardians", "reason": "contact", "record_id": guardian},
        {"purpose": "guardians", "reason": "investigation"}]
    assert run_cli(*base, "guardian", "show", 999, "--reason", "contact").code == 5


def test_guardians_and_positions_take_their_texts_from_files_or_stdin(
        cli_vault: Any, run_cli: Callable[..., Any], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    base = cli_vault.args()
    case_id = new_case(run_cli, base, tmp_path, "2012-01-01")

    def added(*argv: object) -> int:
        result = run_cli(*base, "guardian", "add", case_id, *argv, "--json")
        assert result.code == 0, result.err
        return int(json.loads(result.out)["guardian_id"])

    mother = added(*from_files(tmp_path, {"--name": "Mamma Fil", "--contact": "Storgatan 1"}))
    father = added("--may-not-contact", *from_files(tmp_path, {
        "--name": "Pappa Fil", "--reason": "Del av hotbilden"}))
    aunt = added(*from_stdin(monkeypatch, "--name", "Moster Stdin"))
    uncle = added("--name", "Morbror", "--may-not-contact",
                  *from_stdin(monkeypatch, "--reason", "Hotar familjen"))
    other = added("--name", "Farmor", *from_stdin(monkeypatch, "--contact", "070-2"))
    # a guardian who may be contacted no more, with the reason from a file, then stdin
    assert run_cli(*base, "guardian", "contact", mother, "--may-contact", "no",
                   *from_files(tmp_path, {"--reason": "Flyttat till hotaren"})).code == 0
    assert run_cli(*base, "guardian", "contact", aunt, "--may-contact", "no",
                   *from_stdin(monkeypatch, "--reason", "Lämnar uppgifter vidare")).code == 0

    listed = json.loads(run_cli(*base, "guardian", "list", case_id, "--json").out)
    assert [(g["id"], g["name"], g["contact"], g["no_contact_reason"])
            for g in listed["guardians"]] == [
        (mother, "Mamma Fil", "Storgatan 1", "Flyttat till hotaren"),
        (father, "Pappa Fil", None, "Del av hotbilden"),
        (aunt, "Moster Stdin", None, "Lämnar uppgifter vidare"),
        (uncle, "Morbror", None, "Hotar familjen"),
        (other, "Farmor", "070-2", None)]

    positions = [*base, "consent", "positions", case_id, "--on", "2026-01-15",
                 "--young-person", "opposes", "--guardian", f"{father}=not_asked",
                 "--guardian", f"{other}=agrees"]
    result = run_cli(*positions, *from_files(tmp_path, {
        "--young-person-note": "Vill inte att pappa får veta",
        "--guardian-note": f"{father}=Får inte kontaktas"}))
    assert result.code == 0, result.err
    result = run_cli(*positions, "--guardian-note", f"{father}=Ej tillfrågad",
                     *from_stdin(monkeypatch, "--guardian-note", f"{other}=Samtycker, se brev"))
    assert result.code == 0, result.err
    state = json.loads(run_cli(*base, "consent", "positions", case_id, "--json").out)
    assert [(r["party"], r["guardian_id"], r["note"]) for r in state["history"]] == [
        ("young_person", None, "Vill inte att pappa får veta"),
        ("guardian", father, "Får inte kontaktas"), ("guardian", other, None),
        ("young_person", None, None), ("guardian", father, "Ej tillfrågad"),
        ("guardian", other, "Samtycker, se brev")]
