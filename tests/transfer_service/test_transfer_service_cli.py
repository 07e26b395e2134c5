"""Hisingen and SAV exchange cards and a special-defector case, and the receipt comes back, all
through the ``utvag`` command line; and the command line's refusals with their exit codes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from transfer_service_helpers import (
    AS_OF,
    ATTACHMENTS,
    PERSON,
    SPECIAL_DEFECTOR,
    audit_rows,
    dump_without_audit,
)

from utvag.services import session as session_service
from utvag.vault import repo_transfer

Run = Callable[..., Any]


class CliUnit:
    def __init__(self, run: Run, directory: Path, passphrase_file: Path, passphrase: str) -> None:
        self.run_cli, self.directory = run, directory
        self.passphrase_file, self.passphrase = passphrase_file, passphrase

    def __call__(self, *argv: object) -> Any:
        return self.run_cli("--vault", self.directory, "--passphrase-file",
                            self.passphrase_file, *argv)

    def json(self, *argv: object) -> Any:
        result = self(*argv, "--json")
        assert result.code == 0, result.err
        return json.loads(result.out)

    def open(self) -> Any:
        return session_service.unlock(self.directory, passphrase=self.passphrase)


@pytest.fixture
def pair(cli_vault: Any, run_cli: Run, cli_kdf: list[str], tmp_path: Path
         ) -> tuple[CliUnit, CliUnit]:
    """Hisingen (``cli_vault``) and SAV, made by ``utvag init``, cards exchanged by the CLI."""
    hisingen = CliUnit(run_cli, cli_vault.directory, cli_vault.passphrase_file,
                       cli_vault.passphrase)
    sav = CliUnit(run_cli, tmp_path / "sav", cli_vault.passphrase_file, cli_vault.passphrase)
    assert sav("init", "--unit", "SAV", *cli_kdf).code == 0
    cards = tmp_path / "cards"
    cards.mkdir()
    for unit, other in ((hisingen, sav), (sav, hisingen)):
        shown = unit.json("keys", "show")
        card = cards / f"{shown['unit']}.json"
        exported = unit("keys", "export-public", card)
        assert exported.code == 0 and shown["fingerprint"] in exported.out
        # Read out by phone: the receiving side types it in lower case without spaces.
        typed = shown["fingerprint"].replace(" ", "").lower()
        assert other("keys", "trust", card, "--fingerprint", typed).code == 0
    return hisingen, sav


def _case(unit: CliUnit, tmp_path: Path, person: dict[str, Any]) -> int:
    spec = tmp_path / "case-input.json"
    spec.write_text(json.dumps({"type": "defector", "person": person}), encoding="utf-8")
    case_id = int(json.loads(unit("case", "new", "--json", spec).out)["case_id"])
    note = tmp_path / "note.txt"
    note.write_text("Individen vill lämna nätverket; kontakt via frivården.", encoding="utf-8")
    assert unit("case", "note", case_id, "--text-file", note, "--sign").code == 0
    for name, data in ATTACHMENTS.items():
        path = tmp_path / "files" / name
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        assert unit("case", "attach", case_id, path).code == 0
    assessed = unit("assess", case_id, "--answers", SPECIAL_DEFECTOR, "--sign", "--as-of",
                    AS_OF.isoformat())
    assert assessed.code == 0, assessed.err
    return case_id


def test_a_case_moves_to_sav_and_the_receipt_comes_back(pair: tuple[CliUnit, CliUnit],
                                                        tmp_path: Path) -> None:
    hisingen, sav = pair
    case_id = _case(hisingen, tmp_path, PERSON)
    package = tmp_path / "transfer" / "HI-case.utvp"
    package.parent.mkdir()

    exported = hisingen.json("transfer", "export", case_id, "--to", "SAV", "--out", package)

    assert package.is_file() and exported["to_unit"] == "SAV"
    shown = hisingen.json("case", "show", case_id)
    assert shown["status"] == "transferred" and shown["close_reason"] == "handling_transferred"
    note = tmp_path / "late.txt"
    note.write_text("För sent", encoding="utf-8")
    late = hisingen("case", "note", case_id, "--text-file", note)
    assert late.code == 6 and "read-only" in late.err

    imported = sav.json("transfer", "import", package)

    receipt = Path(imported["receipt"])
    assert receipt.is_file() and receipt.parent == package.parent
    assert imported["sender_unit"] == "Hisingen" and imported["attachments"] == len(ATTACHMENTS)
    arrived = sav.json("case", "show", imported["case_id"])
    assert arrived["status"] == "investigation" and arrived["person"]["name"] == PERSON["name"]
    assert {a["name"]: a["size"] for a in arrived["attachments"]} == {
        n: len(d) for n, d in ATTACHMENTS.items()}
    assert "överflyttning från Hisingen" in arrived["notes"][-1]["text"]

    delivered = hisingen.json("transfer", "receipt", receipt)

    assert delivered["case_id"] == case_id and delivered["result"] == "imported"
    with hisingen.open() as session:
        [record] = repo_transfer.disclosures_for_case(session.vault.conn, case_id)
        assert record.recipient == "SAV" and record.legal_basis == "consent"
        [sent] = repo_transfer.sent_for_case(session.vault.conn, case_id)
        assert sent.delivered_at is not None
    for unit in pair:
        assert unit.json("audit", "verify")["ok"]


def test_refusals_through_the_cli(pair: tuple[CliUnit, CliUnit], tmp_path: Path,
                                  file_hashes: Callable[[Path], Any],
                                  table_dump: Callable[[Any], Any]) -> None:
    hisingen, sav = pair
    case_id = _case(hisingen, tmp_path, PERSON)
    out = tmp_path / "out"
    out.mkdir()
    untouched = file_hashes(hisingen.directory)
    # Checked before the passphrase is asked for: the vault files stay byte-for-byte the same.
    for argv, code in (
            (("transfer", "export", case_id, "--to", "SAV", "--out", out / "no" / "x.utvp"), 2),
            (("transfer", "export", case_id, "--to", "SAV", "--out", out / "x.utvp",
              "--reason", " "), 2),
            (("keys", "trust", tmp_path / "cards" / "SAV.json", "--fingerprint",
              "0000 0000 0000 0000 0000 0000 0000 0000"), 4),
            (("transfer", "import", out / "missing.utvp"), 2)):
        assert hisingen(*argv).code == code, argv
    assert file_hashes(hisingen.directory) == untouched

    relative = tmp_path / "relative.json"
    relative.write_text(json.dumps({"type": "relative", "person": {
        "name": "Anhörig", "birth_date": "1960-06-06"}}), encoding="utf-8")
    other = json.loads(hisingen("case", "new", "--json", relative).out)["case_id"]
    refused = hisingen("transfer", "export", other, "--to", "SAV", "--out", out / "r.utvp")
    assert refused.code == 6 and "reason" in refused.err
    refused = hisingen("transfer", "export", other, "--to", "SAV", "--out", out / "r.utvp",
                       "--reason", "Anhörig till ett ärende hos SAV")
    assert refused.code == 6 and "legal ground" in refused.err
    # A ground for the Police only (OSL 10:18 a) is refused for another board, nothing recorded.
    refused = hisingen("transfer", "export", other, "--to", "SAV", "--out", out / "r.utvp",
                       "--reason", "Anhörig till ett ärende hos SAV",
                       "--legal-ref", "person_under_21")
    assert refused.code == 6 and "allows only police" in refused.err
    with hisingen.open() as session:
        assert repo_transfer.disclosures_for_case(session.vault.conn, other) == []
    assert list(out.iterdir()) == []

    package = out / "case.utvp"
    assert hisingen("transfer", "export", case_id, "--to", "SAV", "--out", package).code == 0
    spec = tmp_path / "known.json"
    spec.write_text(json.dumps({"type": "high_risk", "person": {
        "name": "Redan Känd", "personal_number": PERSON["personal_number"]}}), encoding="utf-8")
    known = json.loads(sav("case", "new", "--json", spec).out)["case_id"]
    tampered = out / "tampered.utvp"
    data = bytearray(package.read_bytes())
    data[len(data) // 2] ^= 1
    tampered.write_bytes(bytes(data))

    with sav.open() as session:
        before = dump_without_audit(table_dump, session.vault.conn)
        rows = len(audit_rows(session.vault.conn))
    bad = sav("transfer", "import", tampered, "--receipt-out", out / "r1.utvp")
    assert bad.code == 4 and "changed after it was signed" in bad.err
    choice = sav("transfer", "import", package, "--receipt-out", out / "r2.utvp")
    assert choice.code == 6 and "--link-person" in choice.err
    with sav.open() as session:
        assert dump_without_audit(table_dump, session.vault.conn) == before
        new = [r[1] for r in audit_rows(session.vault.conn)[rows:]]
    # Each run unlocks; each refusal adds its one row and nothing else.
    assert new == ["vault.unlock", "transfer.import_refused", "vault.unlock",
                   "transfer.import_refused", "vault.unlock"]
    assert not (out / "r1.utvp").exists() and not (out / "r2.utvp").exists()

    linked = sav.json("transfer", "import", package, "--link-person")
    assert linked["person"] == "linked"
    shown = sav.json("case", "show", linked["case_id"])
    assert shown["person"]["id"] == sav.json("case", "show", known)["person"]["id"]
    wrong = hisingen("transfer", "receipt", package)
    assert wrong.code == 4
    assert hisingen("transfer", "receipt", linked["receipt"]).code == 0
    again = hisingen("transfer", "receipt", linked["receipt"])
    assert again.code == 4 and "already" in again.err


def test_a_lost_receipt_is_written_again_from_the_vault(pair: tuple[CliUnit, CliUnit],
                                                        tmp_path: Path,
                                                        file_hashes: Callable[[Path], Any]
                                                        ) -> None:
    hisingen, sav = pair
    case_id = _case(hisingen, tmp_path, PERSON)
    package = tmp_path / "transfer" / "HI-case.utvp"
    package.parent.mkdir()
    assert hisingen("transfer", "export", case_id, "--to", "SAV", "--out", package).code == 0
    imported = sav.json("transfer", "import", package)
    first = Path(imported["receipt"])
    original = first.read_bytes()
    first.unlink()  # lost on the way back
    again = tmp_path / "again.utvp"

    untouched = file_hashes(sav.directory)
    for argv, code in ((("transfer", "receipt-out", "not-an-id", again), 2),
                       (("transfer", "receipt-out", imported["package_id"], package), 2)):
        assert sav(*argv).code == code, argv
    assert file_hashes(sav.directory) == untouched
    missing = sav("transfer", "receipt-out", "0" * 32, again)
    assert missing.code == 5 and not again.exists()
    written = sav.json("transfer", "receipt-out", imported["package_id"], again)

    assert written["path"] == str(again) and again.read_bytes() == original
    delivered = hisingen.json("transfer", "receipt", again)
    assert delivered["case_id"] == case_id and delivered["result"] == "imported"


def test_a_stranded_case_is_resent_from_the_command_line(pair: tuple[CliUnit, CliUnit],
                                                         tmp_path: Path) -> None:
    hisingen, sav = pair
    case_id = _case(hisingen, tmp_path, PERSON)
    package = tmp_path / "transfer" / "HI-case.utvp"
    package.parent.mkdir()
    old = hisingen.json("transfer", "export", case_id, "--to", "SAV", "--out", package)
    again = tmp_path / "transfer" / "HI-case-again.utvp"

    new = hisingen.json("transfer", "resend", old["package_id"], "--out", again)

    assert new["package_id"] != old["package_id"] and again.is_file()
    imported = sav.json("transfer", "import", again)
    stale = sav("transfer", "import", package, "--receipt-out", tmp_path / "stale.utvp")
    assert stale.code == 4 and f"replaced by package {new['package_id']}" in stale.err
    twice = hisingen("transfer", "resend", old["package_id"], "--out", tmp_path / "x.utvp")
    assert twice.code == 6 and "already replaced" in twice.err
    assert hisingen.json("transfer", "receipt", imported["receipt"])["case_id"] == case_id
