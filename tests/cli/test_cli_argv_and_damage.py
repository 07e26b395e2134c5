"""Secrets typed on the command line by mistake are not echoed, and a vault whose pages are
damaged is reported as damaged (exit 4), not as a bug."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from utvag.vault.database import PAGE_SIZE

SECRET = "kanarie-hemlighet-4711"


@pytest.mark.parametrize("argv", [
    ["--passphrase", SECRET, "status"],
    ["status", "--passphrase-filee", SECRET],
    ["--pass", SECRET, "status"],
    [SECRET],
])
def test_unknown_arguments_are_not_echoed(run_cli: Callable[..., Any], argv: list[str],
                                          capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        run_cli(*argv)
    assert stop.value.code == 2
    out, err = capsys.readouterr()
    assert SECRET not in out + err
    assert "usage:" in err


def _damage_pages_after_the_first(db: Path, page_size: int = PAGE_SIZE) -> None:
    data = bytearray(db.read_bytes())
    for offset in range(page_size + 100, len(data), page_size):
        data[offset] ^= 0xFF
    db.write_bytes(bytes(data))


def test_damaged_pages_exit_4_with_a_clear_message(make_vault: Callable[..., Any],
                                                   run_cli: Callable[..., Any],
                                                   secret_file: Callable[[str], Path]) -> None:
    vault = make_vault(cases=30)
    _damage_pages_after_the_first(vault.db)
    result = run_cli("--vault", vault.directory, "--passphrase-file",
                     secret_file(vault.passphrase), "case", "show", vault.case_ids[0], "--json")
    assert result.code == 4, result.err
    assert "damaged" in result.err
