"""Full rekey: a new data key for the whole database, and never a lost vault on the way.

Interruptions are produced two ways: by SIGKILL of ``utvag rekey`` at random moments, and by
stopping after each of the rekey's steps (``vault.rekey``'s own step functions, called in order
and then abandoned, which is what a crash between them leaves behind).
"""

from __future__ import annotations

import io
import os
import random
import re
import signal
import subprocess
import sys
import time
from dataclasses import replace

import pytest

from utvag.errors import AuthenticationError, RefusedError
from utvag.services import audit_log, cases
from utvag.services import session as session_service
from utvag.vault import rekey as vault_rekey

RECOVERY = re.compile(r"^    ([0-9A-Z]{8}(?:-[0-9A-Z]{8}){6})$", re.MULTILINE)


def _fill(handle, *, cases_count: int, attachment_bytes: int) -> None:
    with handle.open() as session:
        for number in range(cases_count):
            case_id = cases.new_case(session, {"type": "high_risk", "person": {
                "name": f"Person {number} Ärlig", "birth_date": "1985-05-05"}})
            for note in range(3):
                cases.add_note(session, case_id, f"Anteckning {note} för {number}. " * 20,
                               sign=note == 0)
            if attachment_bytes:
                cases.attach(session, case_id, io.BytesIO(os.urandom(attachment_bytes)),
                             f"bilaga-{number}.bin")


def _records(session, table_dump):
    """Everything but the audit log, which every unlock extends."""
    tables = table_dump(session.vault.conn)
    audit = tables.pop("audit")
    return tables, audit


def _opens_with(handle, **method) -> bool:
    try:
        handle.open(**method).close()
    except AuthenticationError:
        return False
    return True


def test_rekey_keeps_every_record_and_replaces_the_recovery_key(make_vault, table_dump,
                                                                weak_kdf):
    handle = make_vault("vault")
    _fill(handle, cases_count=5, attachment_bytes=50_000)
    with handle.open() as session:
        old_key = session.vault.data_key()
        records, audit_before = _records(session, table_dump)
    old_file = handle.db.read_bytes()

    with handle.open() as session:
        new_recovery = session_service.rekey(session, handle.passphrase, kdf=weak_kdf,
                                             allow_weak_kdf=True)
        new_key = session.vault.data_key()
        assert _records(session, table_dump)[0] == records
        assert session_service.status(session).rekey_pending is False

    assert new_key != old_key
    assert new_recovery != handle.recovery_key
    assert not _opens_with(handle, recovery_key=handle.recovery_key)
    with handle.open(recovery_key=new_recovery) as session:
        tables, audit_after = _records(session, table_dump)
        assert tables == records
        assert audit_after[: len(audit_before)] == audit_before
        assert "vault.rekey" in [row[3] for row in audit_after]
        assert audit_log.verify(session).ok
        assert session_service.check_integrity(session) == []
    with handle.open() as session:  # the passphrase is kept
        assert session.vault.data_key() == new_key
    # Re-encrypted, not copied: no 4 KiB page of the old file survives in the new one.
    new_file = handle.db.read_bytes()
    old_pages = {old_file[i : i + 4096] for i in range(4096, len(old_file), 4096)}
    assert not old_pages & {new_file[i : i + 4096] for i in range(0, len(new_file), 4096)}
    assert sorted(p.name for p in handle.directory.iterdir()) == [
        "vault.db", "vault.keys", "vault.lock"]


def test_rekey_refuses_a_wrong_passphrase_and_changes_nothing(make_vault, weak_kdf):
    handle = make_vault("vault", cases=1)
    with handle.open() as session:
        keys_before = handle.keys.read_bytes()
        data_key = session.vault.data_key()
        with pytest.raises(AuthenticationError):
            session_service.rekey(session, "not the passphrase", kdf=weak_kdf,
                                  allow_weak_kdf=True)
        assert handle.keys.read_bytes() == keys_before
        assert session.vault.data_key() == data_key
        actions = [e.action for e in audit_log.entries(session)]
        assert "vault.rekey" not in actions
    assert not (handle.directory / "vault.db.rekey").exists()
    assert _opens_with(handle, recovery_key=handle.recovery_key)


def _stop_after(step: str, session) -> bytes:
    """Run the rekey's steps up to ``step`` and abandon it, as a crash would; return the new key."""
    vault = session.vault
    slot_key = vault.slot_key()
    new_key = os.urandom(32)
    vault.write_slots(replace(vault.slots, pending_rekey=vault_rekey._wrap_pending(
        slot_key, new_key, vault.vault_id)))
    if step in ("export", "swap"):
        vault_rekey._export(vault, new_key)
    if step == "swap":
        vault_rekey._swap(vault, new_key)
    return new_key


@pytest.mark.parametrize("step", ["pending", "export", "swap"])
def test_an_abandoned_rekey_never_loses_the_vault(step, make_vault, table_dump, weak_kdf,
                                                  tmp_path, memory_keyring):
    handle = make_vault("vault")
    _fill(handle, cases_count=3, attachment_bytes=20_000)
    with handle.open() as session:
        records, _ = _records(session, table_dump)
        new_key = _stop_after(step, session)

    # Every old unlock method still opens it, with every record.
    for method in ({"passphrase": handle.passphrase}, {"recovery_key": handle.recovery_key}):
        with handle.open(**method) as session:
            assert _records(session, table_dump)[0] == records
            assert session_service.status(session).rekey_pending is True
            assert session_service.check_integrity(session) == []
            assert (session.vault.data_key() == new_key) == (step == "swap")

    # Until the rekey is finished, changes that would split the key slots are refused.
    with handle.open() as session:
        with pytest.raises(RefusedError, match="rekey"):
            session_service.change_passphrase(session, handle.passphrase,
                                              "another long passphrase", kdf=weak_kdf,
                                              allow_weak_kdf=True)
        with pytest.raises(RefusedError, match="rekey"):
            session_service.backup(session, tmp_path / "mid-rekey.utvb")
        assert not (tmp_path / "mid-rekey.utvb").exists()
        with pytest.raises(RefusedError, match="rekey"):
            session_service.enable_quick_unlock(session)
        assert memory_keyring.quick_unlock == {}

    # Running the rekey again finishes it with the same new key.
    with handle.open() as session:
        new_recovery = session_service.rekey(session, handle.passphrase, kdf=weak_kdf,
                                             allow_weak_kdf=True)
        assert session.vault.data_key() == new_key
    assert not _opens_with(handle, recovery_key=handle.recovery_key)
    with handle.open(recovery_key=new_recovery) as session:
        assert _records(session, table_dump)[0] == records
        assert session_service.status(session).rekey_pending is False
        assert audit_log.verify(session).ok
    assert sorted(p.name for p in handle.directory.iterdir()) == [
        "vault.db", "vault.keys", "vault.lock"]


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_sigkill_during_utvag_rekey(make_vault, table_dump, secret_file, utvag_child_env,
                                   cli_kdf):
    handle = make_vault("vault")
    _fill(handle, cases_count=25, attachment_bytes=200_000)  # ~5 MB: the rekey takes a while
    with handle.open() as session:
        records, _ = _records(session, table_dump)
    passphrase_file = secret_file(handle.passphrase)
    seed = int(os.environ.get("UTVAG_CRASH_SEED") or random.SystemRandom().randrange(2**32))
    rng = random.Random(seed)
    argv = [sys.executable, "-m", "utvag", "--vault", str(handle.directory),
            "--passphrase-file", str(passphrase_file), "rekey", *cli_kdf]
    # One complete run measures how long a rekey takes here, so that the kills fall inside it.
    started = time.monotonic()
    first = subprocess.run(argv, capture_output=True, text=True, env=utvag_child_env(),
                           timeout=120, check=False)
    duration = time.monotonic() - started
    assert first.returncode == 0, first.stderr
    (recovery,) = RECOVERY.findall(first.stdout)
    outcomes = {"killed": 0, "finished": 0}
    for round_no in range(10):
        context = f"round {round_no}, seed {seed}"
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, env=utvag_child_env())
        time.sleep(rng.uniform(0.05, 1.1) * duration)
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=60)
        assert "Traceback" not in err, err
        if proc.returncode == 0:
            outcomes["finished"] += 1
            printed = RECOVERY.findall(out)
            assert len(printed) == 1, context
            assert recovery is None or not _opens_with(handle, recovery_key=recovery), context
            recovery = printed[0]
        else:
            assert proc.returncode == -signal.SIGKILL, (context, err)
            outcomes["killed"] += 1
        # The passphrase always opens it, with every record and a clean database.
        with handle.open() as session:
            assert _records(session, table_dump)[0] == records, context
            assert session_service.check_integrity(session) == [], context
            assert audit_log.verify(session).ok, context
            pending = session_service.status(session).rekey_pending
        if recovery is not None and not _opens_with(handle, recovery_key=recovery):
            # Only a finished rekey whose new key the kill kept from being printed.
            assert not pending, context
            recovery = None
    assert outcomes["killed"] >= 3, outcomes
    assert not _opens_with(handle, recovery_key=handle.recovery_key)

    # Running the rekey again always completes.
    result = subprocess.run(argv, capture_output=True, text=True, env=utvag_child_env(),
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    (final,) = RECOVERY.findall(result.stdout)
    assert recovery is None or not _opens_with(handle, recovery_key=recovery)
    with handle.open(recovery_key=final) as session:
        assert _records(session, table_dump)[0] == records
        assert session_service.status(session).rekey_pending is False
    assert sorted(p.name for p in handle.directory.iterdir()) == [
        "vault.db", "vault.keys", "vault.lock"]
