"""``utvag concern …``: a report before the case, its steps, the Due view, linking, and bad
input refused with its exit code and nothing stored."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


def test_concern_commands(cli_vault: Any, run_cli: Callable[..., Any], tmp_path: Path) -> None:
    base = cli_vault.args()
    child = tmp_path / "child.json"
    child.write_text(json.dumps({"name": "Kim Barn", "birth_date": "2012-06-15"}),
                     encoding="utf-8")
    result = run_cli(*base, "concern", "new", "--received-at", "2025-02-01T09:00+00:00",
                     "--reporter", "school", "--feedback-requested", "--child", child)
    assert result.code == 0
    report = json.loads(result.out)["record_id"]

    due = json.loads(run_cli(*base, "due", "--as-of", "2025-02-02T09:01+00:00",
                             "--json").out)
    assert [(i["kind"], i["overdue"], i["case_number"], i["concern_report_id"])
            for i in due["items"]] == [
        ("concern_protection_assessment", True, None, report),
        ("concern_preliminary_assessment", False, None, report)]
    text = run_cli(*base, "due", "--as-of", "2025-02-02T09:01+00:00").out
    assert f"concern {report}" in text and "OVERDUE" in text

    assert run_cli(*base, "concern", "protection", report, "--at", "2025-02-01T08:00+00:00",
                   "--outcome", "no_immediate_protection_needed").code == 6
    assert run_cli(*base, "concern", "protection", report, "--at", "2025-02-01T20:00+00:00",
                   "--outcome", "no_immediate_protection_needed").code == 0
    assert run_cli(*base, "concern", "preliminary", report, "--at", "2025-02-10T10:00+00:00",
                   "--outcome", "investigation_opened", "--reason",
                   "Upprepade polisanmälningar.").code == 0
    assert run_cli(*base, "concern", "conversation", report, "--held-on", "2025-02-03",
                   "--with", "child", "--with", "guardian").code == 0
    assert run_cli(*base, "concern", "feedback", report, "--at", "2025-02-11T10:00+00:00"
                   ).code == 0
    shown = json.loads(run_cli(*base, "concern", "show", report, "--json").out)
    assert shown["preliminary_outcome"] == "investigation_opened"
    assert shown["conversation_list"][0]["with_whom"] == ["child", "guardian"]
    assert shown["open_steps"] == [] and shown["case_id"] is None

    case_file = tmp_path / "case.json"
    case_file.write_text(json.dumps({"type": "relative", "person": {
        "name": "Annan", "birth_date": "2001-02-03"}}), encoding="utf-8")
    other = json.loads(run_cli(*base, "case", "new", "--json", case_file).out)["case_id"]
    result = run_cli(*base, "concern", "link", report, "--case", other)
    assert result.code == 6 and "about another person" in result.err
    listed = json.loads(run_cli(*base, "concern", "list", "--json").out)["items"]
    assert [(r["id"], r["case_id"]) for r in listed] == [(report, None)]
    assert "Kim Barn" in run_cli(*base, "concern", "list").out

    # with the case at once: the child is the case's person
    result = run_cli(*base, "concern", "new", "--received-at", "2025-02-05T09:00+00:00",
                     "--reporter", "police", "--case", other)
    assert result.code == 0
    assert len(json.loads(run_cli(*base, "concern", "list", "--case", other,
                                  "--json").out)["items"]) == 1
    # bad input: usage errors before unlocking, validation after; nothing stored
    assert run_cli(*base, "concern", "new", "--received-at", "2025-02-05T09:00",
                   "--reporter", "police").code == 2
    assert run_cli(*base, "concern", "new", "--received-at", "not a time", "--reporter",
                   "police", "--case", other).code == 6
    assert run_cli(*base, "concern", "show", 999).code == 5
    assert len(json.loads(run_cli(*base, "concern", "list", "--json").out)["items"]) == 2


def test_a_caseless_report_read_on_the_command_line_is_in_the_log_review_queue(
        cli_vault: Any, run_cli: Callable[..., Any], tmp_path: Path) -> None:
    base = cli_vault.args()
    child = tmp_path / "child.json"
    child.write_text(json.dumps({"name": "Kim Barn", "birth_date": "2012-06-15"}),
                     encoding="utf-8")
    report = json.loads(run_cli(*base, "concern", "new", "--received-at",
                                "2025-02-01T09:00+00:00", "--reporter", "school",
                                "--child", child).out)["record_id"]
    assert run_cli(*base, "concern", "show", report).code == 0
    month = datetime.now(UTC).strftime("%Y-%m")
    queue = json.loads(run_cli(*base, "logreview", "queue", "--month", month, "--json").out)
    assert [(e["action"], e["case_id"], e["reason"]) for e in queue["entries"]
            if e["concern_report_id"] == report] == [
        ("concern_report.add", None, "concern_report"),
        ("concern_report.read", None, "concern_report")]
    text = run_cli(*base, "logreview", "queue", "--month", month).out
    assert f"report {report}" in text and "concern_report.read" in text
