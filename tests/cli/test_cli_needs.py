"""``utvag need``: record a need linked to an intervention, follow it up, list it, see its date in
``due``; refusals exit 6 (bad input) or 5 (not found) and change nothing."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any


def test_needs_through_the_command_line(cli_vault: Any, run_cli: Callable[..., Any],
                                        tmp_path: Path) -> None:
    base = cli_vault.args()
    case_file = tmp_path / "case.json"
    case_file.write_text(json.dumps({"type": "defector", "person": {
        "name": "Cli Behov", "birth_date": "2001-02-03"}}), encoding="utf-8")
    case_id = json.loads(run_cli(*base, "case", "new", "--json", case_file).out)["case_id"]
    housing = json.loads(run_cli(*base, "record", "intervention", case_id, "--type",
                                 "protected_housing", "--urgency", "urgent", "--decided-on",
                                 "2025-01-10", "--json").out)["record_id"]
    description = tmp_path / "need.txt"
    description.write_text("Behöver ett skyddat boende", encoding="utf-8")

    result = run_cli(*base, "need", "add", case_id, "--area", "safety_housing",
                     "--identified-on", "2025-01-05", "--description-file", description,
                     "--intervention", housing, "--json")
    assert result.code == 0
    need_id = json.loads(result.out)["record_id"]
    due = json.loads(run_cli(*base, "due", "--unit", "--as-of", "2025-04-11T08:00",
                             "--json").out)
    assert [i["due_on"] for i in due["items"] if i["kind"] == "need_followup"] == ["2025-04-10"]

    result = run_cli(*base, "need", "followup", need_id, "--intervention", housing,
                     "--outcome", "partly", "--held-on", "2025-04-09", "--json")
    assert result.code == 0
    [listed] = json.loads(run_cli(*base, "need", "list", case_id, "--json").out)
    assert listed["latest_outcome"] == "partly" and listed["area"] == "safety_housing"
    assert listed["interventions"][0]["next_followup_on"] == "2025-07-09"
    text = run_cli(*base, "need", "list", case_id).out
    assert "safety_housing" in text and "partly" in text

    before = run_cli(*base, "need", "list", case_id, "--json").out
    bad = run_cli(*base, "need", "followup", need_id, "--intervention", housing,
                  "--outcome", "met", "--held-on", "2025-01-01")
    assert bad.code == 6 and "held_on" in bad.err
    assert run_cli(*base, "need", "link", 999, "--intervention", housing).code == 5
    assert run_cli(*base, "need", "link", need_id, "--intervention", housing).code != 0
    assert run_cli(*base, "need", "list", case_id, "--json").out == before
    assert run_cli(*base, "need", "unlink", need_id, "--intervention", housing).code == 0
    [listed] = json.loads(run_cli(*base, "need", "list", case_id, "--json").out)
    assert listed["interventions"] == []
