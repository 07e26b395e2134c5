"""``utvag decision application`` records what was applied for — from a file or standard input
(``--applied-for-file``, ``-``), off the command line where every local user could read it —
and the attachment that holds the written application; a refusal exits 6 naming the field and
stores nothing."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from test_cli_text_files import Run, feed_stdin, new_case, text_file

APPLIED_FOR = "Stöd att lämna nätverket.\nSkyddat boende och en kontaktperson."


def _applications(run_cli: Run, base: list[str], case_id: int) -> list[dict[str, Any]]:
    listed = run_cli(*base, "decision", "list", case_id, "--json")
    assert listed.code == 0, listed.err
    return list(json.loads(listed.out)["case_application"])


def test_what_was_applied_for_comes_from_a_file_or_stdin_with_the_written_application(
        cli_vault: Any, run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    base = cli_vault.args()
    case_id = new_case(base, run_cli, tmp_path)
    written = text_file(tmp_path, "ansökan.txt", "Jag ansöker om stöd.\n")
    attachment = json.loads(run_cli(*base, "case", "attach", case_id, written).out)[
        "attachment_id"]
    record = [*base, "decision", "application", case_id, "--received-on",
              date.today().isoformat(), "--from", "individual"]

    done = run_cli(*record, "--applied-for-file", text_file(tmp_path, "vad.txt",
                                                            APPLIED_FOR + "\n"),
                   "--attachment", attachment)
    assert done.code == 0, done.err
    feed_stdin(monkeypatch, "Från standard in\n")
    assert run_cli(*record, "--applied-for-file", "-").code == 0

    first, second = _applications(run_cli, base, case_id)
    assert (first["applied_for"], first["attachment_id"], first["attachment_name"]) == (
        APPLIED_FOR, attachment, "ansökan.txt")
    assert (second["applied_for"], second["attachment_id"]) == ("Från standard in", None)


def test_a_refused_application_names_the_field_and_stores_nothing(
        cli_vault: Any, run_cli: Run, tmp_path: Path) -> None:
    base = cli_vault.args()
    case_id = new_case(base, run_cli, tmp_path)
    record = [*base, "decision", "application", case_id, "--received-on",
              date.today().isoformat(), "--from", "individual"]

    disguised = run_cli(*record, "--applied-for", "Skyddat boende\u202eatad")
    assert disguised.code == 6 and "applied_for" in disguised.err
    assert "characters" in disguised.err and "\u202e" not in disguised.err
    assert run_cli(*record, "--attachment", "999").code == 5  # not an attachment of the case
    assert _applications(run_cli, base, case_id) == []
