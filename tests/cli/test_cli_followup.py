"""The follow-up commands: record, due, stats, logreview and retention, with their exit codes."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from test_cli_text_files import from_files, from_stdin, new_case


def test_follow_up_commands(cli_vault: Any, run_cli: Callable[..., Any], tmp_path: Path) -> None:
    base = cli_vault.args()
    case_file = tmp_path / "case.json"
    case_file.write_text(json.dumps({"type": "defector", "person": {
        "name": "Cli Person", "birth_date": "2001-02-03"}}), encoding="utf-8")
    case_id = json.loads(run_cli(*base, "case", "new", "--json", case_file).out)["case_id"]

    result = run_cli(*base, "record", "intervention", case_id, "--type", "mentor",
                     "--urgency", "time_limited", "--decided-on", "2025-01-10",
                     "--ends-on", "2025-03-01", "--json")
    assert result.code == 0 and json.loads(result.out)["record_id"] == 1
    result = run_cli(*base, "record", "concern", case_id, "--received-at",
                     "2025-02-01T09:00+01:00", "--json")
    assert json.loads(result.out)["record_id"] == 1
    result = run_cli(*base, "record", "funding", case_id, "--applied-on", "2025-13-01")
    assert result.code == 6 and "applied_on" in result.err
    assert run_cli(*base, "record", "police", 999, "--held-on", "2025-01-01", "--phase",
                   "during", "--outcome", "unchanged").code == 5

    due = json.loads(run_cli(*base, "due", "--unit", "--as-of", "2025-02-02T10:00",
                             "--json").out)
    kinds = [(i["kind"], i["overdue"]) for i in due["items"]]
    assert ("concern_protection_assessment", True) in kinds
    assert due["overdue"] >= 1
    assert run_cli(*base, "due", "--horizon", "999").code == 2

    stats = json.loads(run_cli(*base, "stats", "--year", str(datetime.now(UTC).year),
                               "--json").out)
    assert {t["id"] for t in stats["tables"]} >= {"opened", "gender", "interventions"}
    assert all(v is None or v >= 5 for t in stats["tables"] for row in t["cells"] for v in row)
    csv_file = tmp_path / "stats.csv"
    result = run_cli(*base, "stats", "--year", "2025", "--csv", csv_file)
    assert result.code == 0 and csv_file.read_text(encoding="utf-8").startswith("year,table")
    assert run_cli(*base, "stats", "--year", "2025", "--csv", csv_file).code == 2

    month = datetime.now(UTC).strftime("%Y-%m")
    queue = json.loads(run_cli(*base, "logreview", "queue", "--month", month, "--json").out)
    assert queue["entries"] and queue["signoffs"] == []
    assert run_cli(*base, "logreview", "sign", "--month", month, "--comment",
                   "Granskat.").code == 0
    assert run_cli(*base, "logreview", "queue", "--month", "2025-13").code == 2

    preview = json.loads(run_cli(*base, "retention", "preview", "--as-of", "2100-01-01",
                                 "--json").out)
    assert [d["rule"] for d in preview["kept"]] == ["case-open"]
    # the month's signed log review holds no case: it falls due under its own rule
    assert [(d["case_number"], d["rule"]) for d in preview["due"]] == [
        ("log-review-signoff-1", "gallring-loggranskning-signatur-5-ar")]
    hold = json.loads(run_cli(*base, "retention", "hold", case_id, "--reason", "Tvist").out)
    holds = json.loads(run_cli(*base, "retention", "holds", "--json").out)
    assert [(h["id"], h["reason"]) for h in holds] == [(hold["hold_id"], "Tvist")]
    assert run_cli(*base, "retention", "release", hold["hold_id"]).code == 0
    assert json.loads(run_cli(*base, "retention", "holds", "--json").out) == []
    assert run_cli(*base, "retention", "release", hold["hold_id"]).code == 5
    result = run_cli(*base, "retention", "apply", "--yes", "--json")
    assert result.code == 0 and json.loads(result.out) == {"destroyed": []}


def test_a_legal_hold_and_a_log_review_take_their_texts_from_files_or_stdin(
        cli_vault: Any, run_cli: Callable[..., Any], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    base = cli_vault.args()
    case_id = new_case(base, run_cli, tmp_path)
    hold = [*base, "retention", "hold", case_id]
    assert run_cli(*hold, *from_files(tmp_path, {"--reason": "Begärd i mål T 123-26"})
                   ).code == 0
    assert run_cli(*hold, *from_stdin(monkeypatch, "--reason", "JO-anmälan")).code == 0
    holds = json.loads(run_cli(*base, "retention", "holds", "--json").out)
    assert [h["reason"] for h in holds] == ["Begärd i mål T 123-26", "JO-anmälan"]

    month = datetime.now(UTC).strftime("%Y-%m")
    sign = [*base, "logreview", "sign", "--month", month]
    assert run_cli(*sign, *from_files(tmp_path, {"--comment": "Granskat, inga avvikelser."})
                   ).code == 0
    assert run_cli(*sign, *from_stdin(monkeypatch, "--comment", "Granskat igen.")).code == 0
    queue = json.loads(run_cli(*base, "logreview", "queue", "--month", month, "--json").out)
    assert [s["comment"] for s in queue["signoffs"]] == ["Granskat, inga avvikelser.",
                                                         "Granskat igen."]
