"""``utvag retention`` on a record no case holds: an incident recorded at the unit is listed by
kind and id under its own rule once its five years have run, and is not destroyed before."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any


def test_a_unit_incident_is_previewed_under_its_own_rule_and_kept_unless_confirmed(
        cli_vault: Any, run_cli: Callable[..., Any]) -> None:
    base = cli_vault.args()
    occurred = (datetime.now() - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    result = run_cli(*base, "incident", "unit-add", "--occurred-at", occurred, "--place",
                     "reception", "--kind", "violence", "--staff", "Receptionist EF",
                     "--description", "Slog i disken", "--json")
    incident = json.loads(result.out)["record_id"]
    recorded = date.today()  # the last entry: when it was recorded
    due_from = recorded.replace(year=recorded.year + 5)

    def preview(day: date) -> dict[str, Any]:
        out = run_cli(*base, "retention", "preview", "--as-of", day.isoformat(), "--json").out
        return dict(json.loads(out))

    assert preview(due_from - timedelta(days=1)) == {
        "as_of": (due_from - timedelta(days=1)).isoformat(), "due": [], "kept": []}
    [due] = preview(due_from)["due"]
    assert (due["case_number"], due["record"], due["rule"]) == (
        f"unit-incident-{incident}", "unit_incident", "gallring-enhetsincident-5-ar")
    assert due["rule_text"].startswith("An incident against staff recorded at the unit")
    text = run_cli(*base, "retention", "preview", "--as-of", due_from.isoformat()).out
    assert f"DUE  unit-incident-{incident}" in text

    # today nothing is due: apply destroys nothing and the incident is still listed
    assert json.loads(run_cli(*base, "retention", "apply", "--json").out) == {"destroyed": []}
    listed = json.loads(run_cli(*base, "incident", "unit-list", "--year",
                                str(datetime.now().year), "--json").out)
    assert [row["id"] for row in listed["incidents"]] == [incident]
    assert run_cli(*base, "retention", "preview", "--as-of", "2026-02-30").code == 2
