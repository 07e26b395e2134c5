"""Property-based fuzzing of every JSON input and every whole-number argument of the CLI.

Whatever the document or the number, the answer is never exit 1 (a bug): it is success, or a
refusal with exit 2 or 6 and one line, and a refusal leaves the vault's files as they were.
The default run tries a bounded number of examples; ``UTVAG_FUZZ_EXAMPLES`` raises it
(``make stress`` does).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_security_hostile_input import INTEGER_ARGUMENTS, PERSON

from utvag.cli.arguments import MAX_ID
from utvag.cli.case_arg import CaseArg
from utvag.cli.main import build_parser
from utvag.cli.main import main as cli_main
from utvag.errors import UsageError
from utvag.services import case_ref

EXAMPLES = int(os.environ.get("UTVAG_FUZZ_EXAMPLES") or 0)


def fuzz(default: int) -> Any:
    return settings(max_examples=max(default, EXAMPLES), deadline=None, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow, HealthCheck.data_too_large])


HOSTILE_TEXT = st.sampled_from(["\ud800", "A\udfff", "\ud83d", "", " ", "\x00", "defector",
                                "skyddad_folkbokforing", "1990-01-01", "19900101-0017"])
LEAF = st.one_of(
    st.none(), st.booleans(),
    st.integers(), st.integers(min_value=-(2**70), max_value=2**70),
    st.integers(min_value=4290, max_value=6000).map(lambda n: f"@@BIG{n}@@"),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30), HOSTILE_TEXT,
)
VALUE = st.recursive(LEAF, lambda inner: st.one_of(
    st.lists(inner, max_size=4),
    st.dictionaries(st.one_of(st.text(max_size=10), HOSTILE_TEXT), inner, max_size=4)),
    max_leaves=12)
_BIG = re.compile(r'"@@BIG(\d+)@@"')


def dumps(value: Any) -> str:
    """JSON text; ``@@BIGn@@`` strings become integers of n digits (too long for ``repr``)."""
    return _BIG.sub(lambda m: "9" * int(m.group(1)), json.dumps(value))


DEEP = st.integers(min_value=60, max_value=120_000).map(lambda n: "[" * n + "]" * n)


def _case_document() -> st.SearchStrategy[str]:
    person = st.fixed_dictionaries({}, optional={
        key: st.one_of(VALUE, st.just(PERSON.get(key, "x")))
        for key in ("name", "birth_date", "personal_number", "gender", "district",
                    "protected_identity", "address", "unknown")})
    shaped = st.fixed_dictionaries({}, optional={
        "type": st.one_of(VALUE, st.sampled_from(["defector", "relative", "high_risk"])),
        "person": st.one_of(VALUE, person)})
    return st.one_of(
        shaped.map(dumps),
        VALUE.map(dumps),
        DEEP,
        st.binary(max_size=200).map(lambda b: b.decode("latin-1")),
    )


def _answers_document() -> st.SearchStrategy[str]:
    answers = st.dictionaries(st.sampled_from(["milieu", "wants_to_leave", "age", "threat",
                                               "x" * 3]), VALUE, max_size=5)
    shaped = st.fixed_dictionaries({}, optional={
        "form": st.one_of(VALUE, st.just("defector-assessment")),
        "version": st.one_of(VALUE, st.just(1)),
        "answers": st.one_of(VALUE, answers)})
    return st.one_of(shaped.map(dumps), VALUE.map(dumps), DEEP)


def _run(argv: list[Any], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = cli_main([str(a) for a in argv])
    _out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, err


@fuzz(60)
@given(document=_case_document())
def test_any_case_document_is_created_or_refused_cleanly(
        document: str, cli_vault: Any, tmp_path: Path, file_hashes: Any,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "case.json"
    path.write_text(document, encoding="utf-8", errors="surrogatepass")
    before = file_hashes(cli_vault.directory)
    code, err = _run([*cli_vault.args(), "case", "new", "--json", path], capsys)
    assert code in (0, 2, 6), (code, err)
    if code:
        assert err.startswith("utvag: ") and err.count("\n") == 1, err
        assert file_hashes(cli_vault.directory) == before


@fuzz(40)
@given(document=_answers_document())
def test_any_answers_document_is_assessed_or_refused_cleanly(
        document: str, cli_vault: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = tmp_path / "case.json"
    if not case.exists():
        case.write_text(json.dumps({"type": "defector", "person": PERSON}), encoding="utf-8")
        assert _run([*cli_vault.args(), "case", "new", "--json", case], capsys)[0] == 0
    path = tmp_path / "answers.json"
    path.write_text(document, encoding="utf-8", errors="surrogatepass")
    code, err = _run([*cli_vault.args(), "assess", "1", "--answers", path], capsys)
    assert code in (0, 2, 6), (code, err)
    if code:
        assert err.startswith("utvag: ") and err.count("\n") == 1, err


NUMBER_TEXT = st.one_of(
    st.integers().map(str),
    st.integers(min_value=2**62, max_value=2**65).map(str),
    st.integers(min_value=-(10**30), max_value=10**30).map(lambda n: f"{n:+d}"),
    st.text(alphabet="0123456789-+ _.e٣", max_size=30),
)


def _argv(path: list[str], action: Any, value: str) -> list[str]:
    if action.option_strings:
        return [*path, f"{action.option_strings[0]}={value}"]
    positionals = 2 if path[-1:] == ["sign-note"] else 1
    return [*path, "--", *[value] * positionals]


@fuzz(300)
@given(index=st.integers(min_value=0, max_value=len(INTEGER_ARGUMENTS) - 1), text=NUMBER_TEXT)
def test_every_number_argument_is_in_range_or_a_usage_error(index: int, text: str) -> None:
    path, action = INTEGER_ARGUMENTS[index]
    parser = build_parser()
    try:
        args = parser.parse_args(["--vault", "/nonexistent", *_argv(path, action, text)])
    except UsageError as exc:  # one line, exit 2 (main prints it)
        # a case argument also takes a case number, and says so
        assert "must be a whole number" in exc.message or "case number" in exc.message
        return
    except SystemExit as stop:  # argparse's own usage error ("expected one argument")
        assert stop.code == 2
        return
    value = getattr(args, action.dest)
    value = value[0] if isinstance(value, list) else value
    if isinstance(value, CaseArg):  # an id in range, or a well-formed case number
        value = value.ref
        if isinstance(value, str):
            assert case_ref.parse(value) == value
            return
    assert isinstance(value, int) and 0 <= value <= MAX_ID


@fuzz(12)
@given(case_id=st.one_of(st.integers(min_value=1, max_value=MAX_ID),
                         st.integers(min_value=MAX_ID - 5, max_value=MAX_ID)))
def test_any_case_id_in_range_is_found_or_not_found(case_id: int, cli_vault: Any,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _run([*cli_vault.args(), "case", "show", case_id], capsys)
    assert code == 5, (code, err)
