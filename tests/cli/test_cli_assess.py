"""``utvag assess``: the guideline's outcome for each example file, stored on the case, and every
kind of bad answers file refused with nothing stored."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from utvag.forms import FormRegistry, evaluate_answers, load_answers
from utvag.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "docs" / "examples").glob("answers-*.json"))
AS_OF = "2026-11-01"


def new_case(run_cli: Callable[..., Any], vault: Any, tmp_path: Path,
             case_type: str = "defector") -> int:
    spec = tmp_path / f"case-{case_type}.json"
    spec.write_text(json.dumps({"type": case_type,
                                "person": {"name": "Exempel Person", "birth_date": "1999-05-05",
                                           "district": "Hisingen"}}), encoding="utf-8")
    result = run_cli(*vault.args(), "case", "new", "--json", spec)
    assert result.code == 0, result.err
    return int(json.loads(result.out)["case_id"])


def counts(run_cli: Callable[..., Any], vault: Any, case_id: int) -> tuple[int, int]:
    log = run_cli(*vault.args(), "audit", "log", "--json")
    shown = run_cli(*vault.args(), "case", "show", str(case_id), "--json")
    assert log.code == 0 and shown.code == 0
    rows = json.loads(log.out)
    return (len([r for r in rows if r["action"].startswith("assessment.")]),
            json.loads(shown.out)["status"] == "decided")


def test_every_example_gives_the_documented_outcome(run_cli: Callable[..., Any], cli_vault: Any,
                                                    tmp_path: Path) -> None:
    assert len(EXAMPLES) >= 5
    registry = FormRegistry.from_directory(resource_path("forms"))
    case_id = new_case(run_cli, cli_vault, tmp_path)
    for example in EXAMPLES:
        document = load_answers(example)
        expected = evaluate_answers(registry.get(document.form_id, document.version), document,
                                    today=__import__("datetime").date.fromisoformat(AS_OF))
        result = run_cli(*cli_vault.args(), "assess", case_id, "--answers", example,
                         "--as-of", AS_OF, "--json")
        assert result.code == 0, (example.name, result.err)
        data = json.loads(result.out)
        assert set(data) >= {"is_defector", "criteria", "special_defector", "route_to",
                             "relocation", "reasons", "warnings"}
        assert set(data["criteria"]) == {"belongs", "wants_to_leave", "needs_protection",
                                         "consent"}
        assert data["route_to"] == expected.route_to.value
        assert data["is_defector"] == expected.is_defector
        assert data["special_defector"] == expected.special_defector
        if data["special_defector"]:
            assert data["route_to"] == "SAV"
        if not data["is_defector"]:
            assert any(not ok for ok in data["criteria"].values())
            assert data["reasons"], "a not-defector outcome explains itself"


def test_signed_assessment_decides_the_case_and_a_new_one_supersedes_it(
        run_cli: Callable[..., Any], cli_vault: Any, tmp_path: Path) -> None:
    case_id = new_case(run_cli, cli_vault, tmp_path)
    example = ROOT / "docs" / "examples" / "answers-district-defector.json"
    first = run_cli(*cli_vault.args(), "assess", case_id, "--answers", example, "--sign",
                    "--as-of", AS_OF, "--json")
    assert first.code == 0, first.err
    shown = json.loads(run_cli(*cli_vault.args(), "case", "show", case_id, "--json").out)
    assert shown["status"] == "decided"
    second = run_cli(*cli_vault.args(), "assess", case_id, "--answers", example, "--sign",
                     "--as-of", AS_OF, "--json")
    assert second.code == 0
    from utvag.services import assessment, session

    with session.unlock(cli_vault.directory, passphrase=cli_vault.passphrase) as s:
        rows = assessment.history(s, case_id)
        assert [r.state for r in rows] == ["signed", "signed"]
        assert rows[0].superseded_by == rows[1].id
        current = assessment.current(s, case_id)
        assert current is not None and current[0].id == rows[1].id


def _bad(tmp_path: Path, name: str, mutate: Callable[[dict[str, Any]], None]) -> Path:
    source = "answers-special-defector.json" if name.startswith("contradiction") else (
        "answers-district-defector.json")
    base = json.loads((ROOT / "docs" / "examples" / source).read_text(encoding="utf-8"))
    mutate(base)
    path = tmp_path / name
    path.write_text(json.dumps(base), encoding="utf-8")
    return path


BAD_ANSWERS: list[tuple[str, Callable[[dict[str, Any]], None], int, str]] = [
    ("unknown-field", lambda d: d["answers"].__setitem__("favourite_colour", "blue"), 6,
     "favourite_colour"),
    ("missing-required", lambda d: d["answers"].pop("belonging"), 6, "belonging"),
    ("contradiction", lambda d: d["answers"].update(relocation="none"), 6, "relocation"),
    ("consent-withdrawn", lambda d: d["answers"].update(consent_withdrawn=True,
                                                        consent_withdrawn_on="2026-10-20",
                                                        consent_withdrawn_by="individual"),
     6, "consent"),
    ("unknown-version", lambda d: d.__setitem__("version", 99), 6, "version"),
    ("top-level-key", lambda d: d.__setitem__("extra", 1), 2, "extra"),
]


@pytest.mark.parametrize(("name", "mutate", "code", "names"), BAD_ANSWERS,
                         ids=[b[0] for b in BAD_ANSWERS])
def test_bad_answers_are_refused_naming_the_field_and_nothing_is_stored(
        run_cli: Callable[..., Any], cli_vault: Any, tmp_path: Path, name: str,
        mutate: Callable[[dict[str, Any]], None], code: int, names: str) -> None:
    case_id = new_case(run_cli, cli_vault, tmp_path)
    before = counts(run_cli, cli_vault, case_id)
    result = run_cli(*cli_vault.args(), "assess", case_id, "--answers",
                     _bad(tmp_path, f"{name}.json", mutate), "--as-of", AS_OF, "--json")
    assert result.code == code, result.err
    assert names in result.err
    assert counts(run_cli, cli_vault, case_id) == before


def test_malformed_json_is_a_usage_error(run_cli: Callable[..., Any], cli_vault: Any,
                                         tmp_path: Path) -> None:
    case_id = new_case(run_cli, cli_vault, tmp_path)
    broken = tmp_path / "broken.json"
    broken.write_text('{"form": "defector-assessment", "version": 1, "answers": {', "utf-8")
    result = run_cli(*cli_vault.args(), "assess", case_id, "--answers", broken)
    assert result.code == 2


def test_assessment_of_a_relative_case_is_refused(run_cli: Callable[..., Any], cli_vault: Any,
                                                  tmp_path: Path) -> None:
    case_id = new_case(run_cli, cli_vault, tmp_path, "relative")
    result = run_cli(*cli_vault.args(), "assess", case_id, "--answers", EXAMPLES[0])
    assert result.code == 6
    assert "not a defector case" in result.err
