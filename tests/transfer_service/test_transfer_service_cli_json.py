"""A script acts on what ``--json`` says without reading sentences: a warning (a receipt kept in
the vault whose file could not be written) and a refusal (an expired package) each carry a stable
code and the command that does what they ask, beside the message a person reads."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from transfer_service_helpers import Unit, special_defector_case

from utvag.errors import EXIT_INTEGRITY
from utvag.services import transfer

Run = Callable[..., Any]


def _cli(unit: Unit, run_cli: Run, secret_file: Callable[[str], Path]) -> Callable[..., Any]:
    """The unit's vault through the command line (its session closed: the CLI opens it)."""
    unit.session.close()
    passphrase = secret_file(unit.extra["handle"].passphrase)
    return lambda *argv: run_cli("--vault", unit.directory, "--passphrase-file", passphrase,
                                 *argv)


def test_a_receipt_not_written_is_a_warning_with_its_code_and_the_command_that_writes_it(
        units: tuple[Unit, Unit], tmp_path: Path, run_cli: Run,
        secret_file: Callable[[str], Path]) -> None:
    hisingen, sav = units
    case_id = special_defector_case(hisingen)
    sent = transfer.export_case(hisingen.session, case_id, "SAV", tmp_path / "case.utvp")
    # A name the file system takes, but not with the mark of a file still being written: the
    # import stands and the receipt stays in the vault.
    too_long = tmp_path / ("r" * 250)
    utvag = _cli(sav, run_cli, secret_file)

    result = utvag("transfer", "import", sent.path, "--receipt-out", too_long, "--json")

    assert result.code == 0, result.err
    imported = json.loads(result.out)
    assert imported["receipt"] is None and not too_long.exists()
    assert imported["warnings"] == [{
        "code": "receipt_not_written",
        "message": f"The receipt of package {sent.package_id} could not be written to "
                   f"{too_long}; it is kept in the vault: write it again to a file.",
        "package_id": sent.package_id,
        "command": f"utvag transfer receipt-out {sent.package_id} FILE"}]

    # The script runs the command it was given, FILE filled in, and the receipt is there.
    command = imported["warnings"][0]["command"].split()
    receipt = tmp_path / "receipt.utvp"
    again = utvag(*command[1:-1], receipt, "--json")
    assert again.code == 0, again.err
    assert json.loads(again.out)["path"] == str(receipt)
    assert transfer.import_receipt(hisingen.session, receipt).case_id == case_id


def test_an_expired_package_is_refused_with_its_code_and_the_sender_s_command(
        units: tuple[Unit, Unit], tmp_path: Path, run_cli: Run,
        secret_file: Callable[[str], Path]) -> None:
    hisingen, sav = units
    case_id = special_defector_case(hisingen)
    old = transfer.export_case(hisingen.session, case_id, "SAV", tmp_path / "old.utvp",
                               now=datetime.now(UTC) - timedelta(days=31))
    utvag = _cli(sav, run_cli, secret_file)

    refused = utvag("transfer", "import", old.path, "--json")

    assert refused.code == EXIT_INTEGRITY
    error = refused.json_error()
    assert (error["code"], error["exit_code"], error["field"]) == (
        "package_expired", EXIT_INTEGRITY, None)
    assert error["command"] == "utvag transfer resend PACKAGE_ID --out FILE"
    assert error["message"].startswith("The package expired on ")
    # The person at the terminal reads the same on standard error, with the same command.
    assert refused.err == (f"utvag: {error['message']} The sending unit resends it with "
                           f"'{error['command']}'.\n")
    # The sending unit runs it with the old package's id, and the new package arrives.
    fill = {"PACKAGE_ID": old.package_id, "FILE": str(tmp_path / "new.utvp")}
    at_sender = _cli(hisingen, run_cli, secret_file)
    resent = at_sender(*(fill.get(w, w) for w in error["command"].split()[1:]), "--json")
    assert resent.code == 0, resent.err
    arrived = utvag("transfer", "import", json.loads(resent.out)["path"], "--json")
    assert arrived.code == 0, arrived.err
    assert json.loads(arrived.out)["warnings"] == []
