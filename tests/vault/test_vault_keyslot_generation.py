"""Changing the passphrase cannot be undone by putting back an older key file.

Every backup holds the key file of its day. Without a generation, copying that file over the live
one made the old passphrase open the live vault again, silently.
"""

from __future__ import annotations

import json

import pytest

from utvag.errors import EXIT_INTEGRITY, IntegrityError
from utvag.services import session as session_service

NEW_PASSPHRASE = "ett helt nytt lösenord 2024"


def _change_passphrase(handle, new=NEW_PASSPHRASE):
    with handle.open() as session:
        session_service.change_passphrase(session, handle.passphrase, new)


def test_an_older_key_file_put_back_after_passwd_is_refused(make_vault, file_hashes, run_cli,
                                                             secret_file):
    handle = make_vault("vault", cases=1)
    old_keys = handle.keys.read_bytes()
    _change_passphrase(handle)
    handle.keys.write_bytes(old_keys)
    before = file_hashes(handle.directory)

    with pytest.raises(IntegrityError, match="older copy"):
        handle.open()
    result = run_cli("--vault", handle.directory, "--passphrase-file",
                     secret_file(handle.passphrase), "status")
    assert result.code == EXIT_INTEGRITY and "older copy" in result.err
    assert file_hashes(handle.directory) == before  # refused before anything was written


def test_the_recovery_key_does_not_reopen_an_older_key_file_either(make_vault):
    handle = make_vault("vault")
    old_keys = handle.keys.read_bytes()
    _change_passphrase(handle)
    handle.keys.write_bytes(old_keys)
    with pytest.raises(IntegrityError, match="older copy"):
        handle.open(recovery_key=handle.recovery_key)


def test_the_current_key_file_keeps_working_and_each_change_raises_the_generation(make_vault):
    handle = make_vault("vault")
    first = json.loads(handle.keys.read_text(encoding="utf-8"))["generation"]
    _change_passphrase(handle)
    second = json.loads(handle.keys.read_text(encoding="utf-8"))["generation"]
    assert second > first
    with handle.open(passphrase=NEW_PASSPHRASE):  # locking rewrites the head, not the slots
        pass
    assert json.loads(handle.keys.read_text(encoding="utf-8"))["generation"] == second
    handle.open(passphrase=NEW_PASSPHRASE).close()


def test_a_key_file_one_change_behind_is_refused_after_two_changes(make_vault):
    handle = make_vault("vault")
    _change_passphrase(handle, NEW_PASSPHRASE)
    middle = handle.keys.read_bytes()
    with handle.open(passphrase=NEW_PASSPHRASE) as session:
        session_service.change_passphrase(session, NEW_PASSPHRASE, "a third passphrase 12345")
    handle.keys.write_bytes(middle)
    with pytest.raises(IntegrityError, match="older copy"):
        handle.open(passphrase=NEW_PASSPHRASE)


def test_a_backup_restored_whole_opens_with_the_passphrase_of_its_day(make_vault, tmp_path):
    """Restoring the whole backup (database and key file together) is not refused."""
    handle = make_vault("vault", cases=1)
    with handle.open() as session:
        session_service.backup(session, tmp_path / "b.utvb")
    _change_passphrase(handle)
    restored = session_service.restore(tmp_path / "b.utvb", tmp_path / "restored",
                                       passphrase=handle.passphrase, policy=handle.policy)
    restored.close()


def test_a_refused_open_leaves_no_key_in_the_vault_it_made(make_vault):
    """The refusal's traceback (what a crash report would hold) reaches the half-opened vault:
    its data key and slot key are overwritten and dropped."""
    from utvag.vault.vault import Vault

    handle = make_vault("vault")
    old_keys = handle.keys.read_bytes()
    _change_passphrase(handle)
    handle.keys.write_bytes(old_keys)
    with pytest.raises(IntegrityError, match="older copy") as caught:
        handle.open()
    made = [value for entry in caught.traceback for value in entry.frame.f_locals.values()
            if isinstance(value, Vault)]
    assert made  # the traceback does reach it
    for vault in made:
        assert vault._key is None and vault._slot_key is None
        assert not vault.is_open
