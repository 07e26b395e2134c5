"""The key-slot file's own integrity: capped key derivation, and changes told from a wrong
passphrase.

The key file is read before anything is authenticated, so what it asks for is bounded before the
key derivation runs, and a file that was edited is reported as changed (exit 4), not as a wrong
passphrase (exit 3).
"""

from __future__ import annotations

import json

import pytest

from utvag.errors import EXIT_AUTH, EXIT_INTEGRITY, EXIT_USAGE, AuthenticationError, IntegrityError
from utvag.vault.kdf import KdfParams
from utvag.vault.keyslots import KeySlotFile

CHANGED = "key file has been changed"


def _edit(handle, change):
    data = json.loads(handle.keys.read_text(encoding="utf-8"))
    change(data)
    handle.keys.write_text(json.dumps(data, indent=2), encoding="utf-8")


def _passphrase_slot(data):
    return next(s for s in data["slots"] if s["kind"] == "passphrase")


@pytest.mark.parametrize(("t", "m_kib"), [(64, 4 * 1024 * 1024), (17, 8 * 1024),
                                          (1, 2 * 1024 * 1024), (12, 1024 * 1024)])
def test_key_derivation_far_above_the_default_is_refused_before_it_runs(
        t, m_kib, make_vault, secret_file, file_hashes, run_cli):
    """t=64 / 4 GiB would run for minutes on an unauthenticated file's say-so."""
    handle = make_vault("vault")

    def costly(data):
        _passphrase_slot(data)["kdf"].update({"t": t, "m_kib": m_kib})

    _edit(handle, costly)
    before = file_hashes(handle.directory)
    result = run_cli("--vault", handle.directory, "--passphrase-file",
                     secret_file(handle.passphrase), "status")
    assert result.code == EXIT_INTEGRITY
    assert "key derivation" in result.err and CHANGED in result.err
    assert file_hashes(handle.directory) == before


def test_the_cap_sits_above_what_init_calibrates_and_refuses_more():
    default = KdfParams(iterations=16, memory_kib=256 * 1024)
    assert default.within_cap
    assert not KdfParams(iterations=64, memory_kib=4 * 1024 * 1024).within_cap
    assert not KdfParams(iterations=8, memory_kib=1024 * 1024).within_cap


def test_init_refuses_key_derivation_above_the_cap(tmp_path, run_cli, secret_file):
    result = run_cli("--vault", tmp_path / "v", "--passphrase-file",
                     secret_file("correct horse battery staple"), "init", "--unit", "SAV",
                     "--kdf-iterations", "64", "--kdf-memory-mib", "4096")
    assert result.code == EXIT_USAGE and "refused" in result.err
    assert not (tmp_path / "v").exists()


EDITS = {
    "lowered memory cost": lambda d: _passphrase_slot(d)["kdf"].update({"m_kib": 512}),
    "salt swapped": lambda d: _passphrase_slot(d).update(
        {"salt": "AAAAAAAAAAAAAAAAAAAAAA=="}),
    "recorded head moved": lambda d: d["audit_head"].update({"seq": d["audit_head"]["seq"] + 1}),
    "slot date changed": lambda d: _passphrase_slot(d).update({"created": "2020-01-01"}),
    "recovery slot removed": lambda d: d.update(
        {"slots": [s for s in d["slots"] if s["kind"] != "recovery"]}),
    "extra field": lambda d: d.update({"note": "x"}),
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_an_edited_key_file_is_reported_as_changed_not_as_a_wrong_passphrase(
        edit, make_vault, secret_file, file_hashes, run_cli):
    handle = make_vault("vault")
    _edit(handle, EDITS[edit])
    before = file_hashes(handle.directory)
    result = run_cli("--vault", handle.directory, "--passphrase-file",
                     secret_file(handle.passphrase), "status")
    assert result.code == EXIT_INTEGRITY, result.err
    assert CHANGED in result.err
    assert file_hashes(handle.directory) == before


def test_a_change_that_also_fixes_the_checksum_is_found_once_the_key_is_known(make_vault):
    """Someone who recomputes the file's plain checksum still cannot forge its keyed seal."""
    handle = make_vault("vault")
    data = json.loads(handle.keys.read_text(encoding="utf-8"))
    data["slots"] = [s for s in data["slots"] if s["kind"] != "recovery"]
    data.pop("digest", None)
    data.pop("mac", None)
    data["digest"] = KeySlotFile.body_digest(data)
    handle.keys.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(IntegrityError, match=CHANGED):
        handle.open()


def test_a_wrong_passphrase_on_an_intact_file_is_still_a_wrong_passphrase(
        make_vault, secret_file, run_cli):
    handle = make_vault("vault")
    with pytest.raises(AuthenticationError, match="Wrong passphrase"):
        handle.open(passphrase="not the passphrase of this vault")
    result = run_cli("--vault", handle.directory, "--passphrase-file",
                     secret_file("not the passphrase of this vault"), "status")
    assert result.code == EXIT_AUTH


def test_rewriting_the_file_without_changing_it_is_not_a_change(make_vault):
    """The seal covers the content, not its layout: re-serialised JSON still opens."""
    handle = make_vault("vault")
    data = json.loads(handle.keys.read_text(encoding="utf-8"))
    handle.keys.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    handle.open().close()
