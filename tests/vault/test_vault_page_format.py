"""Vaults made before the current page format (SQLCipher 4's defaults: HMAC-SHA512, 4 KiB pages)
open as they are and move to the current format (HMAC-SHA256, 16 KiB pages) through the rekey,
keeping every record, also when the rekey is killed at random moments and run again."""

from __future__ import annotations

import io
import os
import random
import shutil
import signal
import subprocess
import sys
import time

import pytest

from utvag.services import audit_log, cases
from utvag.services import session as session_service
from utvag.vault import database


@pytest.fixture
def old_vault(make_vault, monkeypatch):
    """A vault made by the previous release's code path: no page-format pragmas at all."""

    def make(name: str, *, cases_count: int, attachment_bytes: int):
        with monkeypatch.context() as patch:
            patch.setattr(database, "PAGE_FORMAT", ())
            handle = make_vault(name)
            with handle.open() as session:
                for number in range(cases_count):
                    case_id = cases.new_case(session, {"type": "defector", "person": {
                        "name": f"Äldre Person {number}", "birth_date": "1984-04-04"}})
                    cases.add_note(session, case_id, f"Anteckning om flytt {number}. " * 30,
                                   sign=True)
                    cases.attach(session, case_id, io.BytesIO(os.urandom(attachment_bytes)),
                                 f"bilaga-{number}.bin")
        return handle

    return make


def _state(session, table_dump):
    tables = table_dump(session.vault.conn)
    tables.pop("audit")  # every unlock extends it
    return tables


def _page_size_on_disk(handle) -> int:
    """The page size the file's bytes show: SQLCipher's 4 KiB pages never line up at 16 KiB."""
    with handle.open() as session:
        return int(session.vault.conn.execute("PRAGMA cipher_page_size").fetchone()[0])


def test_a_new_vault_has_the_current_page_format(make_vault):
    handle = make_vault("vault", cases=1)
    with handle.open() as session:
        status = session_service.status(session)
        assert status.legacy_page_format is False
        assert status.memory_security is False
        conn = session.vault.conn
        assert conn.execute("PRAGMA cipher_hmac_algorithm").fetchone()[0] == "HMAC_SHA256"
    assert _page_size_on_disk(handle) == 16384


def test_an_old_vault_opens_migrates_through_rekey_and_keeps_every_record(
        old_vault, table_dump, weak_kdf):
    handle = old_vault("vault", cases_count=6, attachment_bytes=30_000)
    with handle.open() as session:
        assert session_service.status(session).legacy_page_format is True
        assert session.vault.conn.execute(
            "PRAGMA cipher_hmac_algorithm").fetchone()[0] == "HMAC_SHA512"
        records = _state(session, table_dump)
        found = [c.case_number for c in cases.list_cases(session, query="flytt")]
        assert len(found) == 6
        new_recovery = session_service.rekey(session, handle.passphrase, kdf=weak_kdf,
                                             allow_weak_kdf=True)
        assert session_service.status(session).legacy_page_format is False
        assert _state(session, table_dump) == records
    with handle.open(recovery_key=new_recovery) as session:
        assert session_service.status(session).legacy_page_format is False
        assert session.vault.conn.execute(
            "PRAGMA cipher_hmac_algorithm").fetchone()[0] == "HMAC_SHA256"
        assert _state(session, table_dump) == records
        assert [c.case_number for c in cases.list_cases(session, query="flytt")] == found
        assert session_service.check_integrity(session) == []
        assert audit_log.verify(session).ok
    assert _page_size_on_disk(handle) == 16384


def test_an_old_vault_read_with_the_wrong_key_is_refused_and_unchanged(old_vault, tmp_path):
    from utvag.errors import IntegrityError

    handle = old_vault("vault", cases_count=1, attachment_bytes=10)
    before = handle.db.read_bytes()
    with pytest.raises(IntegrityError):
        database.connect(handle.db, os.urandom(32))
    assert handle.db.read_bytes() == before


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_sigkill_while_rekey_moves_an_old_vault(old_vault, table_dump, secret_file,
                                                 utvag_child_env, cli_kdf, tmp_path):
    handle = old_vault("vault", cases_count=20, attachment_bytes=250_000)
    with handle.open() as session:
        records = _state(session, table_dump)
    pristine = tmp_path / "pristine"
    shutil.copytree(handle.directory, pristine)
    passphrase_file = secret_file(handle.passphrase)
    argv = [sys.executable, "-m", "utvag", "--vault", str(handle.directory),
            "--passphrase-file", str(passphrase_file), "rekey", *cli_kdf]
    started = time.monotonic()
    first = subprocess.run(argv, capture_output=True, text=True, env=utvag_child_env(),
                           timeout=120, check=False)
    duration = time.monotonic() - started
    assert first.returncode == 0, first.stderr
    seed = int(os.environ.get("UTVAG_CRASH_SEED") or random.SystemRandom().randrange(2**32))
    rng = random.Random(seed)
    killed = 0
    for round_no in range(6):
        context = f"round {round_no}, seed {seed}"
        # Every round starts again from the vault as the previous release left it.
        shutil.rmtree(handle.directory)
        shutil.copytree(pristine, handle.directory)
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, env=utvag_child_env())
        time.sleep(rng.uniform(0.05, 1.0) * duration)
        proc.send_signal(signal.SIGKILL)
        _out, err = proc.communicate(timeout=60)
        assert "Traceback" not in err, err
        killed += proc.returncode == -signal.SIGKILL
        with handle.open() as session:
            assert _state(session, table_dump) == records, context
            assert session_service.check_integrity(session) == [], context
        # Running the rekey again always finishes the move.
        again = subprocess.run(argv, capture_output=True, text=True, env=utvag_child_env(),
                               timeout=120, check=False)
        assert again.returncode == 0, (context, again.stderr)
        with handle.open() as session:
            assert session_service.status(session).legacy_page_format is False, context
            assert session_service.status(session).rekey_pending is False, context
            assert _state(session, table_dump) == records, context
            assert audit_log.verify(session).ok, context
    assert killed >= 2


def test_the_move_is_announced_once_per_old_vault(old_vault, make_vault, weak_kdf):
    handle = old_vault("old", cases_count=1, attachment_bytes=10)
    with handle.open() as session:
        assert session_service.page_format_notice_due(session) is True
        assert session_service.page_format_notice_due(session) is False
    with handle.open() as session:
        assert session_service.page_format_notice_due(session) is False
    fresh = make_vault("new")
    with fresh.open() as session:
        assert session_service.page_format_notice_due(session) is False
