"""A handover between two caseworkers' vaults made by ``utvag init --role caseworker``, all through
the command line: ``transfer handover`` (and ``risk reassign --out``), ``transfer import`` at the
colleague's vault, the receipt back; refusals with their exit codes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cli_people import CliPerson, cli_trust, init_person
from test_transfer_service_cli import _case
from transfer_service_helpers import PERSON

from utvag.errors import EXIT_INTEGRITY, EXIT_REFUSED, EXIT_USAGE

REASON = "Hot mot handläggaren; rotation"


@pytest.fixture
def pair(run_cli: Callable[..., Any], tmp_path: Path, secret_file: Callable[[str], Path],
         cli_kdf: list[str], passphrase: str) -> tuple[CliPerson, CliPerson]:
    pf = secret_file(passphrase)
    anna = init_person(run_cli, tmp_path, "anna", "Hisingen", "caseworker", "Anna Berg", pf,
                       passphrase, cli_kdf)
    bo = init_person(run_cli, tmp_path, "bo", "Hisingen", "caseworker", "Bo Ek", pf,
                     passphrase, cli_kdf)
    cli_trust(anna, bo, tmp_path)
    cli_trust(bo, anna, tmp_path)
    return anna, bo


def test_a_case_is_handed_to_a_colleague_through_the_cli(pair: tuple[CliPerson, CliPerson],
                                                         tmp_path: Path) -> None:
    anna, bo = pair
    case_id = _case(anna, tmp_path, PERSON)  # type: ignore[arg-type]
    out = tmp_path / "handover.utvp"
    handed = anna.json("transfer", "handover", case_id, "--to", "Bo Ek", "--reason", REASON,
                       "--out", out)
    assert handed["to_caseworker"] == "Bo Ek" and out.is_file()
    note = tmp_path / "late.txt"
    note.write_text("Försenad anteckning.", encoding="utf-8")
    late = anna("case", "note", case_id, "--text-file", note)
    assert late.code == EXIT_REFUSED  # read-only here now
    imported = bo.json("transfer", "import", out)
    assert imported["case_number"] == handed["case_number"]
    receipt = anna.json("transfer", "receipt", imported["receipt"])
    assert receipt["package_id"] == handed["package_id"]
    replayed = bo("transfer", "import", out, "--receipt-out", tmp_path / "again.utvp")
    assert replayed.code == EXIT_INTEGRITY and "already been imported" in replayed.err


def test_risk_reassign_with_out_sends_the_handover(pair: tuple[CliPerson, CliPerson],
                                                   tmp_path: Path) -> None:
    anna, bo = pair
    case_id = _case(anna, tmp_path, PERSON)  # type: ignore[arg-type]
    out = tmp_path / "rotation.utvp"
    done = anna("risk", "reassign", case_id, "--to", "Bo Ek", "--reason", REASON, "--out", out)
    assert done.code == 0 and "handed to Bo Ek" in done.out
    assert bo.json("transfer", "import", out)["case_number"]


def test_handover_refusals(pair: tuple[CliPerson, CliPerson], tmp_path: Path) -> None:
    anna, _ = pair
    case_id = _case(anna, tmp_path, PERSON)  # type: ignore[arg-type]
    unknown = anna("transfer", "handover", case_id, "--to", "Okänd Person", "--reason", REASON,
                   "--out", tmp_path / "x.utvp")
    assert unknown.code == EXIT_REFUSED and "trusts no key card" in unknown.err
    # The service names the action; the command line names its command.
    assert "'utvag keys trust CARD --fingerprint FP'" in unknown.err
    blank = anna("transfer", "handover", case_id, "--to", "Bo Ek", "--reason", " ",
                 "--out", tmp_path / "x.utvp")
    assert blank.code == EXIT_USAGE
    assert not (tmp_path / "x.utvp").exists()
