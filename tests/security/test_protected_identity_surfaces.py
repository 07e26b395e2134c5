"""A protected identity never shows where it should not: a person with *fingerade
personuppgifter* is planted with canary name, identity number and address, and every output
surface of the command line and the services is scanned — list, search, show, the disclosure
register and its export, what is due, the log review, the statistics, the Police report draft,
the risk overview, the audit log and a transfer package. Only an explicit reveal shows the
identity, and each reveal is logged."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from utvag.forms import load_answers
from utvag.services import assessment, cases, transfer

ROOT = Path(__file__).resolve().parents[2]
ANSWERS = ROOT / "docs" / "examples" / "answers-special-defector.json"
NAME = "Kanariefågel Skyddsdotter"
NUMBER = "19811218-9876"
ADDRESS = "Kanariegränd 17, Hemliga orten"
NEEDLES = ("Kanariefågel", "Skyddsdotter", "19811218-9876", "8112189876", "811218-9876",
           "Kanariegränd", "Hemliga orten")
PERSON = {"name": NAME, "personal_number": NUMBER, "address": ADDRESS,
          "protected_identity": "fingerade_personuppgifter", "district": "Nordost"}


def leaks(text: str) -> list[str]:
    return [n for n in NEEDLES if n in text]


def test_every_command_line_surface_masks_the_identity(
        cli_vault: Any, run_cli: Callable[..., Any], tmp_path: Path) -> None:
    base = cli_vault.args()
    case_file = tmp_path / "case.json"
    case_file.write_text(json.dumps({"type": "defector", "person": PERSON}), encoding="utf-8")
    case_id = json.loads(run_cli(*base, "case", "new", "--json", case_file).out)["case_id"]
    assert run_cli(*base, "assess", case_id, "--answers", ANSWERS, "--sign", "--as-of",
                   "2026-11-01").code == 0
    yesterday = (datetime.now() - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    incident = json.loads(run_cli(
        *base, "incident", "add", case_id, "--occurred-at", yesterday, "--kind",
        "serious_threat", "--staff", "HL", "--description", "Hot i receptionen",
        "--json").out)["record_id"]
    assert run_cli(*base, "risk", "flag", case_id, "--ground", "stalking").code == 0
    assert run_cli(*base, "disclose", "add", case_id, "--channel", "police_request_answer",
                   "--recipient", "Polisen region Väst", "--authority", "police",
                   "--category", "person", "--category", "case", "--ground", "consent",
                   "--acknowledge-protected", "--identity-revealed").code == 0
    month = datetime.now().strftime("%Y-%m")
    register = tmp_path / "register.csv"
    stats = tmp_path / "stats.csv"

    outputs = {
        "list": run_cli(*base, "case", "list"),
        "list --json": run_cli(*base, "case", "list", "--json"),
        "search by name": run_cli(*base, "case", "list", "--query", "Kanariefågel", "--json"),
        "search by number": run_cli(*base, "case", "list", "--query", "8112189876"),
        "show": run_cli(*base, "case", "show", case_id),
        "disclose list": run_cli(*base, "disclose", "list", "--json"),
        "disclose export": run_cli(*base, "disclose", "export", "--out", register),
        "due": run_cli(*base, "due", "--unit", "--json"),
        "logreview": run_cli(*base, "logreview", "queue", "--month", month, "--json"),
        "stats": run_cli(*base, "stats", "--year", datetime.now().year, "--csv", stats),
        "police draft": run_cli(*base, "incident", "police-draft", incident),
        "risk show": run_cli(*base, "risk", "show", case_id, "--json"),
        "audit log": run_cli(*base, "audit", "log", "--json"),
    }
    for surface, result in outputs.items():
        assert result.code == 0, (surface, result.err)
        assert leaks(result.out + result.err) == [], surface
    for written in (register, stats):
        assert leaks(written.read_text(encoding="utf-8")) == [], written.name
    # The searches did find the case; it is the identity that is hidden, not the case.
    [found] = json.loads(outputs["search by name"].out)
    assert found["id"] == case_id and found["identity_masked"] is True
    assert "[protected identity]" in outputs["search by number"].out
    shown = json.loads(outputs["show"].out)["person"]
    assert shown["address"] == "[protected identity]" and shown["district"] == "Nordost"

    revealed = run_cli(*base, "case", "show", case_id, "--reveal-identity")
    assert NAME in revealed.out and ADDRESS in revealed.out
    log = json.loads(run_cli(*base, "audit", "log", "--case", case_id, "--json").out)
    assert [r["detail"] for r in log if r["action"] == "identity.reveal"] == [{"purpose": "show"}]
    assert leaks(json.dumps(log, ensure_ascii=False)) == []


def test_a_package_carries_the_identity_only_after_an_explicit_reveal(
        make_vault: Callable[..., Any], tmp_path: Path) -> None:
    sender = make_vault("hisingen", unit="Hisingen").open()
    receiver = make_vault("sav", unit="SAV").open()
    try:
        for one, other in ((sender, receiver), (receiver, sender)):
            card = tmp_path / f"{one.vault.unit}.card"
            transfer.export_public_card(one, card)
            transfer.trust_card(other, card, transfer.show_keys(one).fingerprint)
        case_id = cases.new_case(sender, {"type": "defector", "person": PERSON})
        assessment.assess_document(sender, case_id, load_answers(ANSWERS), sign=True,
                                   today=datetime(2026, 11, 1).date())
        out = tmp_path / "out" / "case.utvp"
        out.parent.mkdir()
        try:
            transfer.export_case(sender, case_id, "SAV", out)
        except Exception as exc:  # the refusal: a known error naming no identity
            assert leaks(str(exc)) == [] and "protected identity" in str(exc)
        else:
            raise AssertionError("a protected identity left without a reveal")
        assert list(out.parent.iterdir()) == []

        transfer.export_case(sender, case_id, "SAV", out, reveal_identity=True)
        assert leaks(out.read_bytes().decode("latin-1")) == []  # encrypted: no plaintext
        arrived = transfer.import_package(receiver, out)
        listed = [cases.summary_json(r) for r in cases.list_cases(receiver)]
        assert leaks(json.dumps(listed, ensure_ascii=False)) == []
        assert leaks(json.dumps(cases.show_case(receiver, arrived.case_id).to_json(),
                                ensure_ascii=False)) == []
        assert arrived.receipt is not None
        receipt = Path(arrived.receipt)
        assert leaks(receipt.read_bytes().decode("latin-1")) == []
    finally:
        sender.close()
        receiver.close()
