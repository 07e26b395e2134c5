"""Audited reads cannot be erased without a key by putting back an earlier state.

Two ways used to work, and left ``audit verify`` passing: killing the process and deleting
``vault.db-wal`` (the read's audit row was only in the WAL, and the key file's head dated from the
last lock), and putting back an earlier copy of the whole vault folder.
"""

from __future__ import annotations

import json
import shutil

import pytest

from utvag.errors import EXIT_INTEGRITY
from utvag.services import audit_log, cases
from utvag.services import session as session_service
from utvag.vault.head_copy import SERVICE


def _protected_case(handle):
    with handle.open() as session:
        return cases.new_case(session, {
            "type": "defector",
            "person": {"name": "Skyddad Person", "birth_date": "1990-01-01",
                       "protected_identity": "skyddad_folkbokforing"},
        })


def _folder_put_back(handle, tmp_path, read):
    """Copy the whole vault folder, do ``read(session, case_id)`` on a protected case (the read
    someone wants erased), then put the earlier copy back in place."""
    case_id = _protected_case(handle)
    earlier = tmp_path / "earlier"
    shutil.copytree(handle.directory, earlier)
    with handle.open() as session:
        read(session, case_id)
    shutil.rmtree(handle.directory)
    shutil.copytree(earlier, handle.directory)


def _status(run_cli, handle, secret_file):
    return run_cli("--vault", handle.directory, "--passphrase-file",
                   secret_file(handle.passphrase), "audit", "verify", "--json")


def test_a_killed_read_with_its_wal_deleted_no_longer_verifies(make_vault, memory_keyring,
                                                                run_cli, secret_file):
    handle = make_vault("vault")
    case_id = _protected_case(handle)
    session = handle.open()
    cases.show_case(session, case_id, reveal_identity=True)
    # What a SIGKILL now leaves on disk, with the -wal file then deleted: the database file as
    # it was before this session, and the key file as written so far.
    db_at_kill = handle.db.read_bytes()
    keys_at_kill = handle.keys.read_bytes()
    session.close()
    handle.db.write_bytes(db_at_kill)
    for side in ("vault.db-wal", "vault.db-shm"):
        (handle.directory / side).unlink(missing_ok=True)
    handle.keys.write_bytes(keys_at_kill)

    result = _status(run_cli, handle, secret_file)
    assert result.code == EXIT_INTEGRITY
    assert "rolled back" in result.err


def test_an_earlier_copy_of_the_whole_folder_is_reported_once_and_logged(
        make_vault, memory_keyring, run_cli, secret_file, tmp_path):
    handle = make_vault("vault")
    _folder_put_back(handle, tmp_path, cases.show_case)

    result = _status(run_cli, handle, secret_file)
    assert result.code == EXIT_INTEGRITY
    assert "rolled back" in result.err and "audit log" in result.err
    # Recorded in the log; the next unlock opens the vault as it is, and the log verifies.
    again = _status(run_cli, handle, secret_file)
    assert again.code == 0, again.err
    with handle.open() as session:
        actions = [e.action for e in audit_log.entries(session)]
    assert actions.count("vault.rollback_detected") == 1


def test_the_app_gets_the_same_finding(make_vault, memory_keyring, tmp_path):
    handle = make_vault("vault")
    _folder_put_back(handle, tmp_path, cases.reveal_identity)
    with handle.open() as session:
        problem = session_service.rollback_error(session)
        assert problem is not None and "rolled back" in str(problem)
    with handle.open() as session:
        assert session_service.rollback_error(session) is None


def test_reading_an_ordinary_case_does_not_touch_the_key_file(make_vault, memory_keyring):
    """The binding costs a key-file write, so only the reads that need it pay it."""
    handle = make_vault("vault", cases=1)
    with handle.open() as session:
        before = handle.keys.read_bytes()
        cases.show_case(session, handle.case_ids[0])
        assert handle.keys.read_bytes() == before


def test_a_protected_read_is_bound_into_the_key_file_at_once(make_vault, memory_keyring):
    handle = make_vault("vault")
    case_id = _protected_case(handle)
    with handle.open() as session:
        cases.show_case(session, case_id)
        seq = session.vault.conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
        head = json.loads(handle.keys.read_text(encoding="utf-8"))["audit_head"]
        assert head["seq"] == seq
        assert any(service == SERVICE for service, _ in memory_keyring.secrets)


def test_a_backup_restored_into_another_folder_is_not_a_rollback(make_vault, memory_keyring,
                                                                 tmp_path):
    handle = make_vault("vault")
    case_id = _protected_case(handle)
    with handle.open() as session:
        session_service.backup(session, tmp_path / "b.utvb")
    with handle.open() as session:
        cases.show_case(session, case_id)
    restored = session_service.restore(tmp_path / "b.utvb", tmp_path / "restored",
                                       passphrase=handle.passphrase, policy=handle.policy)
    with restored:
        assert session_service.rollback_error(restored) is None


def test_without_a_keyring_a_whole_folder_copy_goes_unseen(make_vault, installed_keyring,
                                                           tmp_path):
    """Said plainly in docs/security.md: the copy outside the folder needs a keyring."""
    import keyring.backends.fail

    installed_keyring(keyring.backends.fail.Keyring())
    handle = make_vault("vault")
    _folder_put_back(handle, tmp_path, cases.show_case)
    with handle.open() as session:
        assert session_service.rollback_error(session) is None
        assert audit_log.verify(session).ok


@pytest.fixture(autouse=True)
def _no_stray_entries(memory_keyring):
    """Each test starts with an empty keyring of its own."""
    yield


def test_a_rollback_is_still_found_when_the_keyring_was_prepared_in_the_background(
        make_vault, memory_keyring, tmp_path):
    # The app lets keyring pick its backend while the lock screen waits; the unlock that follows
    # must read the kept head from that same keyring.
    handle = make_vault("vault")
    _folder_put_back(handle, tmp_path, cases.show_case)

    import threading

    before = set(threading.enumerate())
    session_service.prepare_unlock()
    for thread in set(threading.enumerate()) - before:
        thread.join(timeout=30)
    with handle.open() as session:
        assert session.vault.rolled_back is not None
