"""The guideline's case flow through the CLI: each refusal exits 6 naming the rule and stores
nothing; a special defector's case awaits its transfer to SAV; one person, many cases."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from test_cli_text_files import from_files, from_stdin

from utvag.services import session as session_service

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "docs" / "examples"
AS_OF = "2026-11-01"
NUMBER = "19900101-0017"


def _case(run_cli: Callable[..., Any], vault: Any, tmp_path: Path, case_type: str = "defector",
          *extra: object, number: str | None = None, name: str = "Exempel Person") -> Any:
    person: dict[str, Any] = {"name": name, "district": "Nordost"}
    if number:
        person["personal_number"] = number
    else:
        person["birth_date"] = "1999-05-05"
    spec = tmp_path / f"case-{case_type}-{len(list(tmp_path.iterdir()))}.json"
    spec.write_text(json.dumps({"type": case_type, "person": person}), encoding="utf-8")
    return run_cli(*vault.args(), "case", "new", "--json", spec, *extra)


def _answers(tmp_path: Path, example: str, **changes: Any) -> Path:
    raw = json.loads((EXAMPLES / f"answers-{example}.json").read_text(encoding="utf-8"))
    raw["answers"].update(changes)
    path = tmp_path / f"answers-{example}-{len(changes)}.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def _show(run_cli: Callable[..., Any], vault: Any, case_id: int) -> dict[str, Any]:
    shown = run_cli(*vault.args(), "case", "show", case_id, "--json")
    assert shown.code == 0, shown.err
    return dict(json.loads(shown.out))


def _interventions(run_cli: Callable[..., Any], vault: Any, case_id: int) -> list[Any]:
    listed = run_cli(*vault.args(), "record", "list", case_id, "--json")
    return list(json.loads(listed.out)["intervention"])


def test_a_long_term_intervention_during_the_investigation_is_refused_naming_the_rule(
        run_cli: Callable[..., Any], cli_vault: Any, tmp_path: Path) -> None:
    case_id = json.loads(_case(run_cli, cli_vault, tmp_path).out)["case_id"]
    refused = run_cli(*cli_vault.args(), "record", "intervention", case_id, "--type", "mentor",
                      "--urgency", "long_term", "--decided-on", "2026-10-01")
    assert refused.code == 6
    assert "long_term_after_decision" in refused.err and "investigation" in refused.err
    assert _interventions(run_cli, cli_vault, case_id) == []
    urgent = run_cli(*cli_vault.args(), "record", "intervention", case_id, "--type", "mentor",
                     "--urgency", "urgent", "--decided-on", "2026-10-01")
    assert urgent.code == 0, urgent.err
    assert _show(run_cli, cli_vault, case_id)["status"] == "investigation"


def test_a_district_assessment_routing_to_sav_awaits_the_transfer_and_decides_nothing(
        run_cli: Callable[..., Any], cli_vault: Any, tmp_path: Path) -> None:
    case_id = json.loads(_case(run_cli, cli_vault, tmp_path).out)["case_id"]
    signed = run_cli(*cli_vault.args(), "assess", case_id, "--answers",
                     EXAMPLES / "answers-special-defector.json", "--sign", "--as-of", AS_OF,
                     "--json")
    assert signed.code == 0, signed.err
    assert json.loads(signed.out)["route_to"] == "SAV"
    shown = _show(run_cli, cli_vault, case_id)
    assert shown["status"] == "awaiting_transfer"
    assert shown["assessment"]["route_to"] == "SAV"
    assert shown["assessment"]["special_defector"] is True
    assert shown["assessment"]["relocation"] == "away"
    assert shown["assessment"]["criteria"] == {"belongs": True, "wants_to_leave": True,
                                               "needs_protection": True, "consent": True}
    refused = run_cli(*cli_vault.args(), "record", "intervention", case_id, "--type", "mentor",
                      "--urgency", "long_term", "--decided-on", "2026-11-01")
    assert refused.code == 6 and "long_term_after_decision" in refused.err
    assert "awaiting_transfer" in refused.err
    assert _interventions(run_cli, cli_vault, case_id) == []
    listed = run_cli(*cli_vault.args(), "case", "list", "--status", "awaiting_transfer",
                     "--json")
    assert [c["id"] for c in json.loads(listed.out)] == [case_id]


def test_a_district_assessment_routing_here_decides_and_then_takes_long_term_interventions(
        run_cli: Callable[..., Any], cli_vault: Any, tmp_path: Path) -> None:
    case_id = json.loads(_case(run_cli, cli_vault, tmp_path).out)["case_id"]
    answers = _answers(tmp_path, "district-defector", belonging="Hisingen")
    assert run_cli(*cli_vault.args(), "assess", case_id, "--answers", answers, "--sign",
                   "--as-of", AS_OF).code == 0
    assert _show(run_cli, cli_vault, case_id)["status"] == "decided"
    today = date.today().isoformat()
    added = run_cli(*cli_vault.args(), "record", "intervention", case_id, "--type", "mentor",
                    "--urgency", "long_term", "--decided-on", today)
    assert added.code == 0, added.err
    assert _show(run_cli, cli_vault, case_id)["status"] == "interventions"


def test_the_sav_vault_refuses_a_relatives_case(
        run_cli: Callable[..., Any], secret_file: Callable[[str], Path], cli_kdf: list[str],
        tmp_path: Path, passphrase: str) -> None:
    directory = tmp_path / "sav"
    args = ["--vault", directory, "--passphrase-file", secret_file(passphrase)]
    assert run_cli(*args, "init", "--unit", "SAV", *cli_kdf).code == 0

    class Vault:
        def args(self) -> list[Any]:
            return list(args)

    refused = _case(run_cli, Vault(), tmp_path, "relative")
    assert refused.code == 6 and "relatives_at_district_board" in refused.err
    assert json.loads(run_cli(*args, "case", "list", "--json").out) == []
    assert _case(run_cli, Vault(), tmp_path, "defector").code == 0


def test_a_known_identity_number_links_to_the_person_and_names_the_earlier_cases(
        run_cli: Callable[..., Any], cli_vault: Any, tmp_path: Path) -> None:
    first = json.loads(_case(run_cli, cli_vault, tmp_path, number=NUMBER).out)
    assert first["person"] == "new" and first["earlier_cases"] == []
    assert run_cli(*cli_vault.args(), "record", "close", first["case_id"], "--reason",
                   "completed").code == 0
    again = _case(run_cli, cli_vault, tmp_path, number="9001010017", name="Samma Person")
    assert again.code == 0, again.err
    second = json.loads(again.out)
    assert second["person"] == "linked"
    assert [(c["id"], c["type"], c["status"]) for c in second["earlier_cases"]] == [
        (first["case_id"], "defector", "closed")]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", second["earlier_cases"][0]["closed_on"])
    one = _show(run_cli, cli_vault, first["case_id"])["person"]["id"]
    assert _show(run_cli, cli_vault, second["case_id"])["person"]["id"] == one

    # retention keeps the closed case while the same person has a case open
    preview = json.loads(run_cli(*cli_vault.args(), "retention", "preview", "--as-of",
                                 "2100-01-01", "--json").out)
    assert preview["due"] == []
    kept = {d["case_id"]: d["rule"] for d in preview["kept"]}
    assert kept[first["case_id"]] == "same-person-open-case"

    usage = _case(run_cli, cli_vault, tmp_path, "defector", "--separate-person", number=NUMBER)
    assert usage.code == 2
    homonym = _case(run_cli, cli_vault, tmp_path, "defector", "--separate-person", "--reason",
                    "Samordningsnumret har tilldelats två personer.", number=NUMBER)
    assert homonym.code == 0, homonym.err
    third = json.loads(homonym.out)
    assert third["person"] == "separate"
    assert _show(run_cli, cli_vault, third["case_id"])["person"]["id"] != one


def test_the_security_service_as_the_milieus_judge_does_not_widen_the_consent(
        run_cli: Callable[..., Any], cli_vault: Any, tmp_path: Path) -> None:
    case_id = json.loads(_case(run_cli, cli_vault, tmp_path).out)["case_id"]
    answers = _answers(tmp_path, "extremist-in-prison",
                       consent_authorities=["police", "prison_probation"])
    raw = json.loads(answers.read_text(encoding="utf-8"))["answers"]
    assert raw["milieu_judged_by"] == "security_service"
    assert "security_service" not in raw["consent_authorities"]
    result = run_cli(*cli_vault.args(), "assess", case_id, "--answers", answers, "--as-of",
                     AS_OF, "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert data["criteria"]["consent"] is True
    assert "consent_not_covering" not in {r["code"] for r in data["reasons"]}


def test_answers_that_follow_from_a_high_threat_are_filled_in_and_hidden_ones_ignored(
        run_cli: Callable[..., Any], cli_vault: Any, tmp_path: Path) -> None:
    case_id = json.loads(_case(run_cli, cli_vault, tmp_path).out)["case_id"]
    raw = json.loads((EXAMPLES / "answers-district-defector.json").read_text(encoding="utf-8"))
    answers = raw["answers"]
    answers.update(threat_level="high")  # a copied district template, raised to a high threat
    del answers["protection_need"], answers["relocation"]
    path = tmp_path / "high.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    result = run_cli(*cli_vault.args(), "assess", case_id, "--answers", path, "--sign",
                     "--as-of", AS_OF, "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert (data["route_to"], data["relocation"], data["special_defector"]) == (
        "SAV", "away", True)
    notes = [w for w in data["warnings"]
             if w["code"] in {"derived_high_threat", "hidden_answer_ignored"}]
    assert {w["code"] for w in notes} == {"derived_high_threat", "hidden_answer_ignored"}
    assert any("protection_need" in w["en"] for w in notes)
    assert any("special_circumstances" in w["en"] for w in notes)


def test_every_problem_of_an_answers_file_is_reported_at_once(
        run_cli: Callable[..., Any], cli_vault: Any, tmp_path: Path) -> None:
    case_id = json.loads(_case(run_cli, cli_vault, tmp_path).out)["case_id"]
    path = _answers(tmp_path, "district-defector", threat_reference=" ",
                    belongs_assessed_on="2030-01-01", motivation_insight="ja")
    result = run_cli(*cli_vault.args(), "assess", case_id, "--answers", path, "--as-of", AS_OF)
    assert result.code == 6
    for field in ("threat_reference", "belongs_assessed_on", "motivation_insight"):
        assert field in result.err
    assert "more problem" not in result.err


def test_consent_withdraw_and_decisions_through_the_cli(
        run_cli: Callable[..., Any], cli_vault: Any, tmp_path: Path) -> None:
    base = cli_vault.args()
    case_id = json.loads(_case(run_cli, cli_vault, tmp_path).out)["case_id"]
    answers = _answers(tmp_path, "district-defector", belonging="Hisingen")
    assert run_cli(*base, "assess", case_id, "--answers", answers, "--sign", "--as-of",
                   AS_OF).code == 0
    form = tmp_path / "återkallelse.txt"
    form.write_text("Jag återkallar mitt samtycke.\n", encoding="utf-8")
    attachment = json.loads(run_cli(*base, "case", "attach", case_id, form).out)["attachment_id"]
    today = date.today().isoformat()
    assert run_cli(*base, "consent", "withdraw", case_id, "--on", "2030-01-01").code == 6
    assert run_cli(*base, "consent", "withdraw", case_id, "--on", today, "--attachment",
                   "999").code == 5
    done = run_cli(*base, "consent", "withdraw", case_id, "--on", today, "--by", "Individen",
                   "--attachment", attachment, "--json")
    assert done.code == 0, done.err
    state = _show(run_cli, cli_vault, case_id)["consent"]
    assert state["withdrawn"] and not state["criterion_met"]
    assert state["withdrawals"][0]["attachment_id"] == attachment
    refused = run_cli(*base, "disclose", "add", case_id, "--channel", "other", "--recipient",
                      "Polisen", "--authority", "police", "--category", "case", "--ground",
                      "consent")
    assert refused.code == 6 and "consent_withdrawn" in refused.err

    assert run_cli(*base, "decision", "application", case_id, "--received-on", today,
                   "--from", "individual").code == 0
    assert run_cli(*base, "decision", "record", case_id, "--subject", "intervention",
                   "--outcome", "refused", "--what", "Skyddat boende", "--decided-on", today,
                   "--role", "enhetschef").code == 0
    assert run_cli(*base, "decision", "special", case_id, "--decision", "confirmed",
                   "--decided-on", today, "--justification", "Hög hotbild.").code == 6
    listed = json.loads(run_cli(*base, "decision", "list", case_id, "--json").out)
    assert [d["outcome"] for d in listed["case_decision"]] == ["refused"]
    assert listed["case_decision"][0]["appeal_notice"]
    assert [a["applicant_kind"] for a in listed["case_application"]] == ["individual"]


def _separation_reasons(vault: Any) -> list[str]:
    with session_service.unlock(vault.directory, passphrase=vault.passphrase) as session:
        rows = session.vault.conn.execute(
            "SELECT reason FROM person_separation ORDER BY rowid").fetchall()
    return [r[0] for r in rows]


def test_a_homonym_and_a_withdrawal_are_recorded_with_their_texts_from_files_or_stdin(
        run_cli: Callable[..., Any], cli_vault: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    base = cli_vault.args()
    first = json.loads(_case(run_cli, cli_vault, tmp_path, number=NUMBER).out)["case_id"]
    apart = {"--reason": "Samordningsnumret har tilldelats två personer."}
    kept = _case(run_cli, cli_vault, tmp_path, "defector", "--separate-person",
                 *from_files(tmp_path, apart), number=NUMBER)
    assert kept.code == 0 and json.loads(kept.out)["person"] == "separate", kept.err
    again = _case(run_cli, cli_vault, tmp_path, "defector", "--separate-person",
                  *from_stdin(monkeypatch, "--reason", "En tredje person, annan ort."),
                  number=NUMBER)
    assert again.code == 0, again.err
    assert _separation_reasons(cli_vault) == [apart["--reason"], "En tredje person, annan ort."]

    today = date.today().isoformat()
    second = json.loads(_case(run_cli, cli_vault, tmp_path).out)["case_id"]
    withdraw = [*base, "consent", "withdraw"]
    assert run_cli(*withdraw, first, "--on", today,
                   *from_files(tmp_path, {"--by": "Vårdnadshavaren Eva E"})).code == 0
    assert run_cli(*withdraw, second, "--on", today,
                   *from_stdin(monkeypatch, "--by", "Ombudet, advokat F")).code == 0
    assert [_show(run_cli, cli_vault, c)["consent"]["withdrawals"][0]["withdrawn_by"]
            for c in (first, second)] == ["Vårdnadshavaren Eva E", "Ombudet, advokat F"]


def test_applications_and_decisions_take_their_texts_from_files_or_stdin(
        run_cli: Callable[..., Any], cli_vault: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    base = cli_vault.args()
    case_id = json.loads(_case(run_cli, cli_vault, tmp_path).out)["case_id"]
    today = date.today().isoformat()
    apply = [*base, "decision", "application", case_id, "--received-on", today, "--from",
             "authority"]
    assert run_cli(*apply, *from_files(tmp_path, {"--applicant": "Polisen, LPO Hisingen"})
                   ).code == 0
    assert run_cli(*apply, *from_stdin(monkeypatch, "--applicant", "Kriminalvården Kumla")
                   ).code == 0

    decide = [*base, "decision", "record", case_id, "--subject", "intervention",
              "--outcome", "refused", "--decided-on", today]
    texts = {"--what": "Skyddat boende i annan kommun", "--role": "enhetschef",
             "--appeal-notice": "Beslutet kan överklagas till förvaltningsrätten."}
    done = run_cli(*decide, *from_files(tmp_path, texts))
    assert done.code == 0, done.err
    done = run_cli(*decide, "--role", "1:e socialsekreterare",
                   *from_stdin(monkeypatch, "--what", "Kontaktperson"))
    assert done.code == 0, done.err

    listed = json.loads(run_cli(*base, "decision", "list", case_id, "--json").out)
    assert [a["applicant"] for a in listed["case_application"]] == [
        "Polisen, LPO Hisingen", "Kriminalvården Kumla"]
    first, second = listed["case_decision"]
    assert (first["what"], first["decided_by_role"], first["appeal_notice"]) == (
        texts["--what"], texts["--role"], texts["--appeal-notice"])
    assert (second["what"], second["decided_by_role"]) == ("Kontaktperson",
                                                           "1:e socialsekreterare")
    assert "överklag" in second["appeal_notice"]  # the standard notice


def test_sav_decides_with_its_justification_from_a_file_or_stdin(
        run_cli: Callable[..., Any], secret_file: Callable[[str], Path], cli_kdf: list[str],
        tmp_path: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch) -> None:
    args = ["--vault", tmp_path / "sav", "--passphrase-file", secret_file(passphrase)]
    assert run_cli(*args, "init", "--unit", "SAV", *cli_kdf).code == 0

    class Vault:
        def args(self) -> list[Any]:
            return list(args)

    def decided(*why: object) -> list[str]:
        """SAV's justification as stored, given *why* on a case assessed here."""
        case_id = json.loads(_case(run_cli, Vault(), tmp_path).out)["case_id"]
        assert run_cli(*args, "assess", case_id, "--answers", EXAMPLES
                       / "answers-special-defector.json", "--sign", "--as-of", AS_OF).code == 0
        done = run_cli(*args, "decision", "special", case_id, "--decision", "confirmed",
                       "--decided-on", date.today().isoformat(), *why)
        assert done.code == 0, done.err
        listed = json.loads(run_cli(*args, "decision", "list", case_id, "--json").out)
        return [d["justification"] for d in listed["special_defector_decision"]]

    assert decided(*from_files(tmp_path, {"--justification": "Hög hotbild enligt Polisen."})
                   ) == ["Hög hotbild enligt Polisen."]
    # standard input is read by the decision only: the assessment reads its file
    assert decided(*from_stdin(monkeypatch, "--justification", "Skyddsbehovet är högt.")
                   ) == ["Skyddsbehovet är högt."]
