"""Incident reports and the manager-signed log review between vaults made by ``utvag init
--role``, all through the command line, with the refusals' exit codes."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cli_people import cli_trust, init_person
from test_transfer_service_cli import _case
from transfer_service_helpers import PERSON

from utvag.errors import EXIT_INTEGRITY, EXIT_REFUSED

MONTH = datetime.now(UTC).strftime("%Y-%m")


def test_incident_report_and_log_review_through_the_cli(
        run_cli: Callable[..., Any], tmp_path: Path, secret_file: Callable[[str], Path],
        cli_kdf: list[str], passphrase: str) -> None:
    pf = secret_file(passphrase)
    anna = init_person(run_cli, tmp_path, "anna", "Hisingen", "caseworker", "Anna Berg", pf,
                       passphrase, cli_kdf)
    maria = init_person(run_cli, tmp_path, "maria", "Hisingen", "manager", "Maria Lind", pf,
                        passphrase, cli_kdf)
    cli_trust(anna, maria, tmp_path)
    cli_trust(maria, anna, tmp_path)
    case_id = _case(anna, tmp_path, PERSON)  # type: ignore[arg-type]
    description = tmp_path / "what.txt"
    description.write_text("Hot i telefon efter beslutet.", encoding="utf-8")
    added = anna.json("incident", "add", case_id, "--occurred-at", "2026-11-02T10:15",
                      "--kind", "serious_threat", "--staff", "AB", "--description-file",
                      description, "--support", "occupational_health")
    report = tmp_path / "incident.utvp"
    sent = anna.json("incident", "report", added["record_id"], "--out", report)
    assert sent["manager"] == "Maria Lind (Hisingen)"
    assert anna("incident", "report", added["record_id"], "--out", tmp_path / "x.utvp",
                "--manager", "Okänd").code == EXIT_REFUSED

    assert maria.json("manager", "import", report)["case_number"] == sent["case_number"]
    view = maria.json("manager", "incidents")
    assert [i["police_report"] for i in view["incidents"]] == ["not_reported"]
    assert "Incidents at Hisingen" in maria("manager", "incidents").out
    again = maria("manager", "import", report)
    assert again.code == EXIT_INTEGRITY and "already been imported" in again.err
    assert anna("manager", "incidents").code == EXIT_REFUSED

    assert anna("logreview", "sign", "--month", MONTH, "--comment", "själv").code == EXIT_REFUSED
    review = tmp_path / "review.utvp"
    assert anna.json("logreview", "send", "--month", MONTH, "--out", review)["entries"] > 0
    received = maria.json("manager", "import", review)
    assert "to sign" in maria("manager", "reviews").out
    signature = tmp_path / "signature.utvp"
    signed = maria.json("manager", "sign", received["record_id"], "--comment", "Kontrollerat",
                        "--out", signature)
    assert signed["outcome"] == "no_remarks"
    done = anna.json("logreview", "import-signature", signature)
    assert done["party"] == "Maria Lind (Hisingen)"
    queue = json.loads(anna("logreview", "queue", "--month", MONTH, "--json").out)
    assert [s["reviewer"] for s in queue["signoffs"]] == ["Maria Lind (manager)"]
