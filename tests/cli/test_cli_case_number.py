"""Every command that takes a case accepts the case number the app shows (``CE-2026-00001``)
as well as the id; an unknown number is "not found" (5), a malformed one a usage error (2)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any


def test_case_number_or_id(cli_vault: Any, run_cli: Callable[..., Any], tmp_path: Path) -> None:
    base = cli_vault.args()
    case_file = tmp_path / "case.json"
    for name in ("Cli Person", "Cli Relative"):
        case_file.write_text(json.dumps({"type": "defector", "person": {
            "name": name, "birth_date": "2001-02-03"}}), encoding="utf-8")
        run_cli(*base, "case", "new", "--json", case_file)
    listed = json.loads(run_cli(*base, "case", "list", "--json").out)
    number = {r["name"]: r["case_number"] for r in listed}
    ids = {r["name"]: r["id"] for r in listed}
    first, second = number["Cli Person"], number["Cli Relative"]

    by_number = json.loads(run_cli(*base, "case", "show", first, "--json").out)
    by_id = json.loads(run_cli(*base, "case", "show", ids["Cli Person"], "--json").out)
    assert by_number["id"] == by_id["id"] == ids["Cli Person"]
    assert json.loads(run_cli(*base, "case", "show", first.lower(), "--json").out)["id"] == \
        ids["Cli Person"]

    result = run_cli(*base, "record", "intervention", first, "--type", "mentor", "--urgency",
                     "urgent", "--decided-on", "2026-01-10", "--json")
    assert result.code == 0, result.err
    result = run_cli(*base, "record", "relative", first, "--relative-case", second,
                     "--relation", "sibling", "--json")
    assert result.code == 0, result.err
    records = json.loads(run_cli(*base, "record", "list", first, "--json").out)
    assert len(records["intervention"]) == 1
    assert records["relative_link"][0]["person_id"] == by_id["person"]["id"] + 1
    log = json.loads(run_cli(*base, "audit", "log", "--case", first, "--json").out)
    assert {"intervention.add", "relative_link.add"} <= {row["action"] for row in log}

    missing = run_cli(*base, "case", "show", "CE-1999-00042", "--json")
    assert missing.code == 5 and "CE-1999-00042" in missing.err
    assert run_cli(*base, "case", "show", "not-a-case").code == 2
    assert run_cli(*base, "case", "show", "0").code == 2
    assert run_cli(*base, "risk", "show", first).code == 0
    assert run_cli(*base, "decision", "list", first).code == 0
