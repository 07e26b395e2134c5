"""Hostile input that used to reach exit 1 (a bug by the README's contract): values of the wrong
JSON type, lone surrogates, absurd nesting, huge integers, ids beyond SQLite's range, dates at
the ends of the calendar and a broken keyring environment. Each is refused with exit 2 or 6 and
one line, and nothing in the vault changes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from utvag.cli.main import build_parser
from utvag.services import session as session_service

ROOT = Path(__file__).resolve().parents[2]
ANSWERS = ROOT / "docs" / "examples" / "answers-district-defector.json"
PERSON = {"name": "Testperson", "birth_date": "1990-01-01"}
DEEP = "[" * 100_000 + "]" * 100_000
HUGE_INT = "9" * 5000

CASE_DOCUMENTS = {
    "type is an object": json.dumps({"type": {"a": 1}, "person": PERSON}),
    "type is a list": json.dumps({"type": ["defector"], "person": PERSON}),
    "protected_identity is a list": json.dumps(
        {"type": "defector", "person": {**PERSON, "protected_identity": []}}),
    "district is an object": json.dumps(
        {"type": "defector", "person": {**PERSON, "district": {"x": 1}}}),
    "lone surrogate in the name": '{"type": "defector", "person": {"name": "A\\ud800",'
                                  ' "birth_date": "1990-01-01"}}',
    "lone surrogate as a key": '{"type": "defector", "\\udfff": 1, "person": {}}',
    "nested 100 000 deep": DEEP,
    "nested 100 000 deep inside the person": '{"type": "defector", "person": '
                                             + DEEP + "}",
    "integer of 5000 digits": '{"type": ' + HUGE_INT + ', "person": {}}',
    "birth date an integer of 5000 digits": '{"type": "defector", "person": {"name": "A",'
                                            ' "birth_date": ' + HUGE_INT + "}}",
}


def _answers_with(replace: Callable[[dict[str, Any]], str]) -> str:
    return replace(json.loads(ANSWERS.read_text(encoding="utf-8")))


ANSWER_DOCUMENTS = {
    "nested 100 000 deep": DEEP,
    "an answer nested 100 000 deep": '{"form": "defector-assessment", "version": 1,'
                                     ' "answers": {"x": ' + DEEP + "}}",
    "version of 5000 digits": '{"form": "defector-assessment", "version": ' + HUGE_INT
                              + ', "answers": {}}',
    "lone surrogate in form": '{"form": "\\ud800", "version": 1, "answers": {}}',
    "form is an object": '{"form": {"a": 1}, "version": 1, "answers": {}}',
    "version is a list": '{"form": "defector-assessment", "version": [], "answers": {}}',
    "answers is a list": '{"form": "defector-assessment", "version": 1, "answers": []}',
    "every answer an object": _answers_with(lambda d: json.dumps(
        {**d, "answers": {k: {"a": 1} for k in d["answers"]}})),
    "every answer a list": _answers_with(lambda d: json.dumps(
        {**d, "answers": {k: [] for k in d["answers"]}})),
    "every answer a lone surrogate": _answers_with(lambda d: json.dumps(
        {**d, "answers": dict.fromkeys(d["answers"], "\ud800")})),
    "every answer a huge integer": _answers_with(lambda d: json.dumps(
        {**d, "answers": dict.fromkeys(d["answers"], 10**300)})),
}


def _refused(result: Any) -> None:
    assert result.code in (2, 6), (result.code, result.err)
    assert result.err.startswith("utvag: ") and result.err.count("\n") == 1, result.err


@pytest.fixture
def vault_with_case(cli_vault: Any, run_cli: Any, tmp_path: Path) -> Any:
    doc = tmp_path / "case.json"
    doc.write_text(json.dumps({"type": "defector", "person": PERSON}), encoding="utf-8")
    assert run_cli(*cli_vault.args(), "case", "new", "--json", doc).code == 0
    return cli_vault


@pytest.mark.parametrize("name", sorted(CASE_DOCUMENTS))
def test_hostile_case_documents_are_refused(name: str, vault_with_case: Any, run_cli: Any,
                                            tmp_path: Path, file_hashes: Any) -> None:
    doc = tmp_path / "hostile.json"
    doc.write_text(CASE_DOCUMENTS[name], encoding="utf-8", errors="surrogatepass")
    before = file_hashes(vault_with_case.directory)
    _refused(run_cli(*vault_with_case.args(), "case", "new", "--json", doc))
    assert file_hashes(vault_with_case.directory) == before


@pytest.mark.parametrize("name", sorted(ANSWER_DOCUMENTS))
def test_hostile_answers_are_refused(name: str, vault_with_case: Any, run_cli: Any,
                                     tmp_path: Path) -> None:
    doc = tmp_path / "answers.json"
    doc.write_text(ANSWER_DOCUMENTS[name], encoding="utf-8", errors="surrogatepass")
    _refused(run_cli(*vault_with_case.args(), "assess", "1", "--answers", doc))
    with session_service.unlock(vault_with_case.directory,
                                passphrase=vault_with_case.passphrase) as session:
        stored = session.vault.conn.execute("SELECT count(*) FROM assessment").fetchone()[0]
    assert stored == 0


def integer_arguments() -> list[tuple[list[str], Any]]:
    """Every argument of every command that takes a whole number: (command path, action)."""
    found: list[tuple[list[str], Any]] = []

    def walk(parser: Any, path: list[str]) -> None:
        for action in parser._actions:
            if action.choices and isinstance(action.choices, dict):
                for name, child in action.choices.items():
                    walk(child, [*path, name])
            elif action.type is int or getattr(action.type, "whole_number", False):
                # every number argument: plain ``int`` would let 2**63 through to SQLite
                found.append((path, action))

    walk(build_parser(), [])
    return found


INTEGER_ARGUMENTS = integer_arguments()


def _argv(path: list[str], action: Any, value: str) -> list[str]:
    if action.option_strings:
        return [*path, action.option_strings[0], value]
    positionals = 2 if path[-1:] == ["sign-note"] else 1
    return [*path, *[value] * positionals]


def test_every_command_with_a_number_is_covered() -> None:
    names = {" ".join(p) + " " + (a.option_strings or [a.dest])[0] for p, a in INTEGER_ARGUMENTS}
    for expected in ("case show id", "case list --limit", "case list --offset",
                     "audit log --case", "transfer export id", "retention release hold_id"):
        assert expected in names


@pytest.mark.parametrize("value", [str(2**63), str(2**64 + 5), "-" + str(2**63 + 1),
                                   "1" + "0" * 5000])
@pytest.mark.parametrize(("path", "action"), INTEGER_ARGUMENTS,
                         ids=[" ".join(p) + ":" + a.dest for p, a in INTEGER_ARGUMENTS])
def test_numbers_beyond_sqlite_are_usage_errors(path: list[str], action: Any, value: str,
                                                run_cli: Any) -> None:
    result = run_cli("--vault", "/nonexistent", *_argv(path, action, value))
    assert result.code == 2, result.err
    assert "must be a whole number from" in result.err
    assert value[:20] not in result.err


def test_the_largest_id_is_simply_not_found(vault_with_case: Any, run_cli: Any) -> None:
    result = run_cli(*vault_with_case.args(), "case", "show", str(2**63 - 1))
    assert result.code == 5, result.err


@pytest.mark.parametrize("argv", [
    ["due", "--as-of", "9999-12-31T23:59"],
    ["due", "--as-of", "0001-01-01T00:00"],
    ["due", "--unit", "--horizon", "3000000", "--as-of", "2026-01-01T00:00"],
    ["risk", "upcoming", "--as-of", "9999-12-31T23:59"],
    ["risk", "upcoming", "--as-of", "0001-01-01T00:00"],
    ["retention", "preview", "--as-of", "9999-12-31"],
    ["retention", "preview", "--as-of", "0001-01-01"],
])
def test_times_at_the_ends_of_the_calendar_are_refused(argv: list[str], vault_with_case: Any,
                                                       run_cli: Any) -> None:
    _refused(run_cli(*vault_with_case.args(), *argv))


@pytest.mark.parametrize("backend", ["no.such.module.Keyring", "keyring.backends.fail.Keyring",
                                     "utvag.NotAKeyring"])
@pytest.mark.parametrize("command", [["--keyring", "status"], ["keyring", "enable"]])
def test_a_broken_keyring_environment_is_one_clear_line(backend: str, command: list[str],
                                                        cli_vault: Any,
                                                        run_utvag: Any) -> None:
    argv = ["--vault", cli_vault.directory, *command]
    if command[0] == "keyring":
        argv = ["--vault", cli_vault.directory, "--passphrase-file",
                cli_vault.passphrase_file, *command]
    result = run_utvag(*argv, extra_env={"PYTHON_KEYRING_BACKEND": backend})
    assert result.code in (2, 3, 6), (result.code, result.err)
    assert result.err.startswith("utvag: ") and result.err.count("\n") == 1, result.err
