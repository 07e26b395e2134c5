"""``utvag keys rotate|revoke|import-revocation|untrust``, ``keys trust`` of a rotation and
``rekey --rotate-transfer-keys`` through the command line, with their exit codes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from test_transfer_service_cli import CliUnit, pair  # noqa: F401 - the fixture

from utvag.errors import EXIT_INTEGRITY, EXIT_NOT_FOUND


def test_rotate_trust_revoke_and_untrust_through_the_cli(
        pair: tuple[CliUnit, CliUnit], tmp_path: Path,  # noqa: F811
        file_hashes: Callable[[Path], Any]) -> None:
    hisingen, sav = pair
    old = hisingen.json("keys", "show")["fingerprint"]
    rotation = tmp_path / "rotation.json"

    rotated = hisingen.json("keys", "rotate", "--out", rotation)

    new = rotated["new_fingerprint"]
    assert rotated["old_fingerprint"] == old and new != old and rotation.is_file()
    assert hisingen.json("keys", "show")["fingerprint"] == new
    before = file_hashes(sav.directory)
    wrong = sav("keys", "trust", rotation, "--fingerprint", old)
    assert wrong.code == EXIT_INTEGRITY and old in wrong.err and new in wrong.err
    assert file_hashes(sav.directory) == before  # refused before the vault was opened
    accepted = sav("keys", "trust", rotation, "--fingerprint", new.replace(" ", ""))
    assert accepted.code == 0 and old in accepted.out and new in accepted.out
    assert new in {t["fingerprint"] for t in sav.json("keys", "show")["trusted"]}

    revocation = tmp_path / "revocation.json"
    revoked = hisingen.json("keys", "revoke", "--out", revocation)
    assert revoked["old_fingerprint"] == new and revoked["reason"] == "compromised"
    tampered = tmp_path / "tampered.json"
    tampered.write_text(revocation.read_text(encoding="utf-8").replace(
        "compromised", "superseded"), encoding="utf-8")
    before = file_hashes(sav.directory)
    assert sav("keys", "import-revocation", tampered).code == EXIT_INTEGRITY
    assert file_hashes(sav.directory) == before
    imported = sav.json("keys", "import-revocation", revocation)
    assert imported["fingerprint"] == new and imported["was_trusted"] is True
    shown = sav.json("keys", "show")
    assert new not in {t["fingerprint"] for t in shown["trusted"]}
    assert new in {r["fingerprint"] for r in shown["refused"]}

    assert sav("keys", "untrust", "ZZZZ").code == EXIT_NOT_FOUND
    card = tmp_path / "sav-card.json"
    sav("keys", "export-public", card)
    untrusted = hisingen("keys", "untrust", sav.json("keys", "show")["fingerprint"])
    assert untrusted.code == 0 and "SAV" in untrusted.out
    assert hisingen.json("keys", "show")["trusted"] == []


def test_rekey_can_rotate_the_transfer_keys(pair: tuple[CliUnit, CliUnit],  # noqa: F811
                                            tmp_path: Path) -> None:
    hisingen, sav = pair
    old = hisingen.json("keys", "show")["fingerprint"]
    rotation = tmp_path / "rekey-rotation.json"

    result = hisingen("rekey", "--rotate-transfer-keys", rotation)

    assert result.code == 0, result.err
    new = hisingen.json("keys", "show")["fingerprint"]
    assert new != old and old in result.out and new in result.out
    assert "recovery key" in result.out
    assert json.loads(rotation.read_text(encoding="utf-8"))["format"] == "utvag-key-rotation"
    assert sav("keys", "trust", rotation, "--fingerprint", new).code == 0
    existing = tmp_path / "exists.json"
    existing.write_text("{}", encoding="utf-8")
    assert hisingen("rekey", "--rotate-transfer-keys", existing).code == 2
