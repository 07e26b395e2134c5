"""Case text off the command line: every option that takes case text has a ``--…-file FILE``
form that also reads ``-`` (standard input), and ``case new``, ``case note`` and ``assess`` read
``-``. Both the text and the passphrase on standard input is refused before anything is read."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from datetime import datetime, timedelta
from itertools import count
from pathlib import Path
from typing import Any

import pytest

from utvag.cli.main import main as cli_main

ROOT = Path(__file__).resolve().parents[2]
ANSWERS = ROOT / "docs" / "examples" / "answers-special-defector.json"
SECRET = "Hotade handläggaren vid entrén"
Run = Callable[..., Any]
KEYED = ("--guardian-note", "--mitigation", "--declined")  # given as KEY=TEXT


def feed_stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8")),
                                                      encoding="utf-8"))


def new_case(base: list[str], run_cli: Run, tmp_path: Path, name: str = "Text Person") -> int:
    case_file = tmp_path / f"case-{name}.json"
    case_file.write_text(json.dumps({"type": "defector", "person": {
        "name": name, "birth_date": "2001-02-03"}}), encoding="utf-8")
    result = run_cli(*base, "case", "new", "--json", case_file)
    assert result.code == 0, result.err
    return int(json.loads(result.out)["case_id"])


def text_file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


_FILES = count(1)


def from_files(tmp_path: Path, texts: dict[str, str]) -> list[object]:
    """Each ``--option TEXT`` of *texts* given as ``--option-file FILE`` instead, the file
    ending with a line break as an editor writes it; ``--option KEY=TEXT`` as ``--option-file
    KEY=FILE``."""
    argv: list[object] = []
    for flag, text in texts.items():
        key, sep, body = text.partition("=") if flag in KEYED else ("", "", text)
        path = text_file(tmp_path, f"text-{next(_FILES)}.txt", body + "\n")
        argv += [f"{flag}-file", f"{key}{sep}{path}"]
    return argv


def from_stdin(monkeypatch: pytest.MonkeyPatch, flag: str, text: str) -> list[object]:
    """``--option TEXT`` given as ``--option-file -`` (``--option-file KEY=-``), the text on
    standard input."""
    key, sep, body = text.partition("=") if flag in KEYED else ("", "", text)
    feed_stdin(monkeypatch, body + "\n")
    return [f"{flag}-file", f"{key}{sep}-"]


def incident_args(case_id: int) -> list[object]:
    return ["incident", "add", case_id, "--occurred-at", "2026-11-02T10:00", "--kind",
            "serious_threat", "--staff", "HL"]


def test_incident_description_from_a_file_and_from_stdin(
        cli_vault: Any, run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    base = cli_vault.args()
    case_id = new_case(base, run_cli, tmp_path)
    source = text_file(tmp_path, "description.txt", SECRET + "\n")

    assert run_cli(*base, *incident_args(case_id), "--description-file", source).code == 0
    feed_stdin(monkeypatch, "Från standard in\n")
    assert run_cli(*base, *incident_args(case_id), "--description-file", "-").code == 0

    result = run_cli(*base, "incident", "list", case_id, "--json")
    assert [i["description"] for i in json.loads(result.out)["incidents"]] == [
        SECRET, "Från standard in"]


def test_text_and_passphrase_both_on_stdin_is_refused_before_anything_changes(
        cli_vault: Any, run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        file_hashes: Callable[[Path], Any]) -> None:
    case_id = new_case(cli_vault.args(), run_cli, tmp_path)
    before = file_hashes(cli_vault.directory)
    feed_stdin(monkeypatch, f"{cli_vault.passphrase}\n{SECRET}\n")

    result = run_cli("--vault", cli_vault.directory, *incident_args(case_id),
                     "--description-file", "-")

    assert result.code == 2 and "standard input" in result.err
    assert "--passphrase-file" in result.err
    assert file_hashes(cli_vault.directory) == before


def test_two_texts_from_stdin_are_refused(cli_vault: Any, run_cli: Run, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    base = cli_vault.args()
    case_id = new_case(base, run_cli, tmp_path)
    feed_stdin(monkeypatch, "Mötesrum 2\n")
    result = run_cli(*base, "risk", "assess", case_id, "--meeting-at", "2030-01-01T10:00",
                     "--place-file", "-", "--participants", "Två handläggare",
                     "--risk-factors-file", "-")
    assert result.code == 2 and "standard input" in result.err


def test_two_keyed_texts_from_stdin_or_one_beside_the_passphrase_are_refused(
        cli_vault: Any, run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        file_hashes: Callable[[Path], Any]) -> None:
    case_id = new_case(cli_vault.args(), run_cli, tmp_path)
    before = file_hashes(cli_vault.directory)
    positions = ["consent", "positions", case_id, "--on", "2026-01-01", "--guardian",
                 "1=agrees", "--guardian", "2=opposes"]
    feed_stdin(monkeypatch, "Mamma\n")
    result = run_cli(*cli_vault.args(), *positions, "--guardian-note-file", "1=-",
                     "--guardian-note-file", "2=-")
    assert result.code == 2 and "Only one option can read standard input" in result.err
    feed_stdin(monkeypatch, f"{cli_vault.passphrase}\n{SECRET}\n")
    result = run_cli("--vault", cli_vault.directory, *positions, "--guardian-note-file", "1=-")
    assert result.code == 2 and "--passphrase-file" in result.err
    assert file_hashes(cli_vault.directory) == before


def test_a_keyed_file_without_its_key_is_a_usage_error_that_echoes_nothing(
        cli_vault: Any, run_cli: Run, tmp_path: Path) -> None:
    source = text_file(tmp_path, "kommentar.txt", SECRET)
    result = run_cli(*cli_vault.args(), "risk", "amend", 1, "--mitigation-file", source)
    assert result.code == 2 and "--mitigation-file takes MEASURE=FILE" in result.err
    assert str(source) not in result.err
    result = run_cli(*cli_vault.args(), "risk", "amend", 1, "--mitigation-file",
                     f"extra_colleague={source}", "--declined-file", f"taser={source}")
    assert result.code == 2 and "--declined" in result.err and SECRET not in result.err


def test_text_and_its_file_form_together_are_a_usage_error(
        cli_vault: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = text_file(tmp_path, "d.txt", SECRET)
    with pytest.raises(SystemExit) as stop:
        cli_main([*cli_vault.args(), *map(str, incident_args(1)), "--description", "x",
                  "--description-file", str(source)])
    assert stop.value.code == 2
    assert "--description-file" in capsys.readouterr().err


def test_a_missing_text_file_is_refused_before_unlock(
        cli_vault: Any, run_cli: Run, tmp_path: Path,
        file_hashes: Callable[[Path], Any]) -> None:
    base = cli_vault.args()
    case_id = new_case(base, run_cli, tmp_path)
    before = file_hashes(cli_vault.directory)
    missing = tmp_path / "missing.txt"
    for argv in ([*incident_args(case_id), "--description-file", missing],
                 ["case", "list", "--query-file", missing],
                 ["risk", "flag", case_id, "--ground", "violence", "--description-file",
                  missing],
                 ["transfer", "export", case_id, "--to", "SAV", "--out", tmp_path / "p.utvp",
                  "--reason-file", missing],
                 ["decision", "record", case_id, "--subject", "closing", "--outcome",
                  "granted", "--decided-on", "2026-01-01", "--role", "enhetschef",
                  "--what-file", missing],
                 ["consent", "positions", case_id, "--on", "2026-01-01", "--guardian",
                  "1=agrees", "--guardian-note-file", f"1={missing}"]):
        result = run_cli(*base, *argv)
        assert result.code == 2 and "missing.txt" in result.err, argv
    assert file_hashes(cli_vault.directory) == before


def test_query_risk_flag_and_assessment_texts_from_files(
        cli_vault: Any, run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    base = cli_vault.args()
    case_id = new_case(base, run_cli, tmp_path, "Sökbar Person")
    new_case(base, run_cli, tmp_path, "Annan Person")

    feed_stdin(monkeypatch, "Sökbar\n")
    found = json.loads(run_cli(*base, "case", "list", "--query-file", "-", "--json").out)
    assert [c["id"] for c in found] == [case_id]

    flag = text_file(tmp_path, "flag.txt", SECRET)
    assert run_cli(*base, "risk", "flag", case_id, "--ground", "violence",
                   "--description-file", flag).code == 0
    place = text_file(tmp_path, "place.txt", "Skyddat mötesrum")
    factors = text_file(tmp_path, "factors.txt", "Tidigare hot\nmot handläggare\n")
    when = (datetime.now() + timedelta(days=3)).strftime("%Y-%m-%dT%H:%M")
    result = run_cli(*base, "risk", "assess", case_id, "--meeting-at", when, "--place-file",
                     place, "--participants", "Två handläggare", "--risk-factors-file",
                     factors)
    assert result.code == 0, result.err
    shown = json.loads(run_cli(*base, "risk", "show", case_id, "--json").out)
    assert shown["flags"][0]["description"] == SECRET
    [assessment] = shown["risk_assessments"]
    assert assessment["place"] == "Skyddat mötesrum"
    assert assessment["risk_factors"] == "Tidigare hot\nmot handläggare"


def test_disclosure_recipient_from_a_file(cli_vault: Any, run_cli: Run,
                                          tmp_path: Path) -> None:
    base = cli_vault.args()
    case_id = new_case(base, run_cli, tmp_path)
    recipient = text_file(tmp_path, "recipient.txt", "Socialtjänsten Angered\n")
    result = run_cli(*base, "disclose", "add", case_id, "--channel", "concern_report",
                     "--recipient-file", recipient, "--authority", "other_social_services",
                     "--category", "case", "--ground", "duty_to_report", "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["recipient"] == "Socialtjänsten Angered"


def test_case_new_note_and_assess_read_stdin(cli_vault: Any, run_cli: Run, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    base = cli_vault.args()
    feed_stdin(monkeypatch, json.dumps({"type": "defector", "person": {
        "name": "Stdin Person", "birth_date": "2001-02-03"}}))
    result = run_cli(*base, "case", "new", "--json", "-")
    assert result.code == 0, result.err
    case_id = int(json.loads(result.out)["case_id"])

    feed_stdin(monkeypatch, SECRET + "\n")
    assert run_cli(*base, "case", "note", case_id, "--text-file", "-").code == 0

    feed_stdin(monkeypatch, ANSWERS.read_text(encoding="utf-8"))
    result = run_cli(*base, "assess", case_id, "--answers", "-", "--as-of", "2026-11-01",
                     "--json")
    assert result.code == 0, result.err

    shown = json.loads(run_cli(*base, "case", "show", case_id).out)
    assert shown["person"]["name"] == "Stdin Person"
    assert shown["notes"][-1]["text"].startswith(SECRET)
    assert json.loads(result.out)["assessment_id"] >= 1


def test_case_note_from_stdin_without_a_passphrase_file_is_refused(
        cli_vault: Any, run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = new_case(cli_vault.args(), run_cli, tmp_path)
    feed_stdin(monkeypatch, f"{cli_vault.passphrase}\n{SECRET}\n")
    result = run_cli("--vault", cli_vault.directory, "case", "note", case_id, "--text-file",
                     "-")
    assert result.code == 2 and "standard input" in result.err
