"""``utvag record relative-contact``: the communication path to the unit responsible for a
relative, with its refusals (exit 6, nothing changed) and the due item it closes."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from test_cli_text_files import from_files, from_stdin, new_case


def test_a_contact_path_is_set_up_and_the_relative_is_due_no_more(
        cli_vault: Any, run_cli: Callable[..., Any], tmp_path: Path) -> None:
    base = cli_vault.args()
    case_file = tmp_path / "case.json"
    case_file.write_text(json.dumps({"type": "defector", "person": {
        "name": "Cli Person", "birth_date": "2001-02-03"}}), encoding="utf-8")
    case_id = json.loads(run_cli(*base, "case", "new", "--json", case_file).out)["case_id"]
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"type": "relative", "person": {
        "name": "Cli Mamma", "birth_date": "1970-02-03"}}), encoding="utf-8")
    relative_case = json.loads(run_cli(*base, "case", "new", "--json", other).out)["case_id"]
    today = date.today()
    result = run_cli(*base, "record", "relative", case_id, "--relative-case", relative_case,
                     "--relation", "parent", "--informed-on", today.isoformat(), "--json")
    assert result.code == 0, result.err
    record = json.loads(result.out)["record_id"]
    as_of = (today + timedelta(days=15)).isoformat() + "T12:00"

    def kinds() -> list[str]:
        out = run_cli(*base, "due", "--unit", "--as-of", as_of, "--json").out
        return [i["kind"] for i in json.loads(out)["items"]]

    assert "relative_contact_path" in kinds()
    refused = run_cli(*base, "record", "relative-contact", record, "--contact-path", "  ")
    assert refused.code == 6 and "contact_path" in refused.err
    shown = json.loads(run_cli(*base, "record", "list", case_id, "--json").out)
    assert shown["relative_link"][0]["contact_path"] is None
    result = run_cli(*base, "record", "relative-contact", record, "--contact-path",
                     "Mottagningen Nordost, tel. via växeln", "--responsible-unit", "Nordost")
    assert result.code == 0, result.err
    shown = json.loads(run_cli(*base, "record", "list", case_id, "--json").out)
    assert (shown["relative_link"][0]["contact_path"],
            shown["relative_link"][0]["responsible_unit"]) == (
        "Mottagningen Nordost, tel. via växeln", "Nordost")
    assert "relative_contact_path" not in kinds()


def test_the_contact_path_comes_from_a_file_or_stdin(
        cli_vault: Any, run_cli: Callable[..., Any], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    base = cli_vault.args()
    case_id = new_case(base, run_cli, tmp_path)

    def linked(name: str, *path: object) -> int:
        """The link to a new relative's case, its contact path given as *path*."""
        relative = new_case(base, run_cli, tmp_path, name)
        result = run_cli(*base, "record", "relative", case_id, "--relation", "sibling",
                         "--relative-case", relative, *path, "--json")
        assert result.code == 0, result.err
        return int(json.loads(result.out)["record_id"])

    first = linked("Syster Fil", *from_files(tmp_path, {"--contact-path": "Via skolkurator"}))
    second = linked("Bror Stdin", *from_stdin(monkeypatch, "--contact-path", "Via mottagningen"))

    def paths() -> list[str | None]:
        shown = json.loads(run_cli(*base, "record", "list", case_id, "--json").out)
        return [r["contact_path"] for r in shown["relative_link"]]

    assert paths() == ["Via skolkurator", "Via mottagningen"]
    contact = [*base, "record", "relative-contact"]
    assert run_cli(*contact, first, *from_files(tmp_path, {
        "--contact-path": "Mottagningen Nordost, tel. via växeln"})).code == 0
    assert run_cli(*contact, second, *from_stdin(
        monkeypatch, "--contact-path", "Familjebehandlarna Centrum")).code == 0
    assert paths() == ["Mottagningen Nordost, tel. via växeln", "Familjebehandlarna Centrum"]
