"""``utvag check``: damage that every other command misses is found and named (exit 4), an
intact vault passes (exit 0), and the outcome is recorded for the app's periodic check."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path
from typing import Any

import pytest

from utvag.services import cases, vault_check

PAGE = 4096


@pytest.fixture
def full_vault(make_vault: Any) -> Any:
    """A vault with cases, notes and a two-chunk attachment, closed."""
    handle = make_vault(cases=25)
    with handle.open() as session:
        for case_id in handle.case_ids:
            cases.add_note(session, case_id, "Anteckning om samtalet. " * 40)
        handle.attachment_id = cases.attach(session, handle.case_ids[0],
                                            io.BytesIO(random.Random(7).randbytes(300_000)),
                                            "intyg.pdf")
    return handle


def _check(run_cli: Any, handle: Any, secret_file: Any, *extra: str) -> Any:
    return run_cli("--vault", handle.directory, "--passphrase-file",
                   secret_file(handle.passphrase), "check", *extra)


def _flip(db: Path, offset: int, bit: int = 0) -> None:
    data = bytearray(db.read_bytes())
    data[offset] ^= 1 << bit
    db.write_bytes(bytes(data))


def test_an_intact_vault_passes(full_vault: Any, run_cli: Any, secret_file: Any) -> None:
    result = _check(run_cli, full_vault, secret_file, "--json")
    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert report["ok"] is True and report["findings"] == []
    assert report["checked"]["attachments"] == 1
    assert report["checked"]["audit_rows"] > 50


def test_single_bit_flips_in_pages_are_found_and_named(full_vault: Any, run_cli: Any,
                                                       secret_file: Any, tmp_path: Path) -> None:
    """Every flipped bit, wherever it lands in the file, ends in exit 4; the message names the
    damaged page (or the database when page 1, which holds the salt, is hit)."""
    original = full_vault.db.read_bytes()
    pages = len(original) // PAGE
    rng = random.Random(20261207)
    offsets = [5, 3000, PAGE + 200] + [rng.randrange(2 * PAGE, len(original)) for _ in range(9)]
    for offset in offsets:
        full_vault.db.write_bytes(original)
        _flip(full_vault.db, offset, rng.randrange(8))
        result = _check(run_cli, full_vault, secret_file)
        assert result.code == 4, (offset, result.err)
        assert "damaged" in result.err, result.err
        page = offset // PAGE + 1
        if page > 1:
            assert f"page {page} fails its HMAC check" in result.err, (offset, result.err)
        assert 1 <= page <= pages


def test_an_attachment_that_no_longer_matches_its_hash_is_named(
        full_vault: Any, run_cli: Any, secret_file: Any, raw_connect: Any) -> None:
    with full_vault.open() as session:
        key = session.vault.data_key()
    conn = raw_connect(full_vault.db, key)
    conn.execute("UPDATE attachment_chunk SET data = ? WHERE attachment_id = ? AND seq = 1",
                 (b"x" * 10, full_vault.attachment_id))
    conn.close()
    result = _check(run_cli, full_vault, secret_file, "--json")
    assert result.code == 4
    assert f"attachment {full_vault.attachment_id} does not match its recorded SHA-256" in (
        result.err)
    assert json.loads(result.out)["damaged"] == ["attachments"]


def test_an_altered_audit_row_and_a_dangling_reference_are_named(
        full_vault: Any, run_cli: Any, secret_file: Any, raw_connect: Any) -> None:
    with full_vault.open() as session:
        key = session.vault.data_key()
    conn = raw_connect(full_vault.db, key)
    conn.execute("DROP TRIGGER audit_is_append_only_update")  # an attacker with the key
    conn.execute("UPDATE audit SET actor = 'someone else' WHERE seq = 3")
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("INSERT INTO journal_note (case_id, author, created_at, text)"
                 " VALUES (999999, 'x', '2026-01-01', 'x')")
    conn.close()
    result = _check(run_cli, full_vault, secret_file, "--json")
    assert result.code == 4
    report = json.loads(result.out)
    assert report["damaged"] == ["foreign_keys", "audit"]
    assert "row 3 was altered" in result.err
    assert "journal_note row" in result.err


def test_the_outcome_is_recorded_and_points_to_the_last_backup(
        full_vault: Any, run_cli: Any, secret_file: Any, tmp_path: Path) -> None:
    backup = tmp_path / "backup.utvb"
    assert run_cli("--vault", full_vault.directory, "--passphrase-file",
                   secret_file(full_vault.passphrase), "backup", backup).code == 0
    with full_vault.open() as session:
        assert vault_check.last_check(session) == (None, None)
        assert vault_check.check_due(session, 7)
        report = vault_check.run(session)
        at, ok = vault_check.last_check(session)
        assert report.ok and ok is True and at is not None
        assert not vault_check.check_due(session, 7)
        actions = [r[0] for r in session.vault.conn.execute("SELECT action FROM audit")]
        assert actions[-1] == "vault.check"
    _flip(full_vault.db, full_vault.db.stat().st_size - 100)
    result = _check(run_cli, full_vault, secret_file)
    assert result.code == 4
    assert str(backup) in result.err and "utvag restore" in result.err


def test_restore_runs_the_check_and_refuses_a_backup_with_a_damaged_attachment(
        full_vault: Any, run_cli: Any, secret_file: Any, raw_connect: Any,
        tmp_path: Path) -> None:
    """A backup of damage that only the full check sees (pages and chain intact) is refused."""
    with full_vault.open() as session:
        key = session.vault.data_key()
    conn = raw_connect(full_vault.db, key)
    conn.execute("UPDATE attachment_chunk SET data = zeroblob(100) WHERE attachment_id = ?",
                 (full_vault.attachment_id,))
    conn.close()
    unlock = ["--vault", full_vault.directory, "--passphrase-file",
              secret_file(full_vault.passphrase)]
    backup = tmp_path / "backup.utvb"
    assert run_cli(*unlock, "backup", backup).code == 0
    target = tmp_path / "restored"
    result = run_cli(*unlock, "restore", backup, "--to", target)
    assert result.code == 4
    assert f"attachment {full_vault.attachment_id} does not match" in result.err
    assert not target.exists()
