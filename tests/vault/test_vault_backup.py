"""Encrypted backup and verified restore into a new directory."""

from __future__ import annotations

import io
import os

import pytest

from utvag.services import audit_log, cases
from utvag.services import session as session_service

EXIT_AUTH, EXIT_INTEGRITY, EXIT_REFUSED = 3, 4, 6


@pytest.fixture
def backed_up(make_vault, tmp_path, table_dump):
    """A vault with cases, notes and attachments, its backup, and a dump taken at backup time."""
    handle = make_vault("vault", cases=3)
    with handle.open() as session:
        attachments = {}
        for case_id in handle.case_ids:
            cases.add_note(session, case_id, f"Anteckning för {case_id} – åäö.", sign=True)
            body = os.urandom(300_000 + case_id)
            attachments[cases.attach(session, case_id, io.BytesIO(body), f"{case_id}.bin")] = \
                (case_id, body)
        out = tmp_path / "backups" / "vault.utvb"
        out.parent.mkdir()
        size = session_service.backup(session, out)
        dump = table_dump(session.vault.conn)
        # Changes after the backup are not in it.
        cases.add_note(session, handle.case_ids[0], "Efter säkerhetskopian.")
    assert size == out.stat().st_size
    assert sorted(p.name for p in out.parent.iterdir()) == ["vault.utvb"]
    return handle, out, dump, attachments


def test_backup_then_restore_is_identical(backed_up, tmp_path, table_dump):
    handle, out, dump, attachments = backed_up
    target = tmp_path / "restored"
    with session_service.restore(out, target, passphrase=handle.passphrase,
                                 policy=handle.policy) as restored:
        restored_dump = table_dump(restored.vault.conn)
        audit = restored_dump.pop("audit")
        original_audit = dump.pop("audit")
        # When the last backup was made and when the vault was last checked describe the
        # vault, not its content: the backup cannot hold its own record, a restore is checked.
        for tables in (restored_dump, dump):
            tables["meta"] = [row for row in tables["meta"] if row[0] not in (
                "last_backup_at", "last_backup_file", "last_check_at", "last_check_ok")]
        assert restored_dump == dump  # every table, every row, the search index too
        assert audit[: len(original_audit)] == original_audit
        assert [row[3] for row in audit[len(original_audit):]] == ["vault.unlock",
                                                                   "vault.restore"]
        for attachment_id, (case_id, body) in attachments.items():
            assert cases.read_attachment(restored, case_id, attachment_id) == body
        assert audit_log.verify(restored).ok
        assert session_service.check_integrity(restored) == []
        assert restored.vault.vault_id == session_service.status(restored).vault_id
    # The restored vault opens with the secrets that were valid when the backup was made.
    with session_service.unlock(target, recovery_key=handle.recovery_key,
                                policy=handle.policy) as again:
        assert {c.id for c in cases.list_cases(again)} == set(handle.case_ids)


def test_restore_through_the_command_line(backed_up, tmp_path, run_cli, secret_file):
    handle, out, _dump, _ = backed_up
    target = tmp_path / "restored"
    result = run_cli("--recovery-key-file", secret_file(handle.recovery_key), "restore", out,
                     "--to", target)
    assert result.code == 0 and "restored and verified" in result.out
    result = run_cli("--vault", target, "--passphrase-file", secret_file(handle.passphrase),
                     "status", "--json")
    assert result.code == 0 and '"cases": 3' in result.out


def _flip(data: bytes, where: int) -> bytes:
    return data[:where] + bytes([data[where] ^ 0x20]) + data[where + 1 :]


@pytest.mark.parametrize("damage", [
    "flip a byte in the database",
    "flip a byte in the key slots",
    "flip a byte in the MAC",
    "flip the magic",
    "truncate in the database",
    "truncate in the header",
    "append a byte",
    "empty file",
])
def test_a_damaged_backup_is_refused_and_leaves_no_directory(damage, backed_up, tmp_path,
                                                             run_cli, secret_file):
    handle, out, _dump, _ = backed_up
    data = out.read_bytes()
    damaged = {
        "flip a byte in the database": lambda: _flip(data, len(data) // 2),
        "flip a byte in the key slots": lambda: _flip(data, data.index(b"utvag-keyslots")),
        "flip a byte in the MAC": lambda: _flip(data, len(data) - 5),
        "flip the magic": lambda: _flip(data, 0),
        "truncate in the database": lambda: data[: len(data) // 2],
        "truncate in the header": lambda: data[:40],
        "append a byte": lambda: data + b"\0",
        "empty file": lambda: b"",
    }[damage]()
    out.write_bytes(damaged)
    target = tmp_path / "restored"
    result = run_cli("--passphrase-file", secret_file(handle.passphrase), "restore", out,
                     "--to", target)
    assert result.code == EXIT_INTEGRITY, result.err
    assert "not a Utväg backup" in result.err or "not a Utväg vault" in result.err
    assert not target.exists()


def test_a_wrong_passphrase_restores_nothing(backed_up, tmp_path, run_cli, secret_file):
    _handle, out, _dump, _ = backed_up
    target = tmp_path / "restored"
    result = run_cli("--passphrase-file", secret_file("not the passphrase"), "restore", out,
                     "--to", target)
    assert result.code == EXIT_AUTH and "Wrong passphrase" in result.err
    assert not target.exists()


def test_restore_into_an_existing_empty_directory_keeps_it_on_failure(backed_up, tmp_path,
                                                                      run_cli, secret_file):
    handle, out, _dump, _ = backed_up
    out.write_bytes(out.read_bytes()[:-1])
    target = tmp_path / "restored"
    target.mkdir()
    result = run_cli("--passphrase-file", secret_file(handle.passphrase), "restore", out,
                     "--to", target)
    assert result.code == EXIT_INTEGRITY
    assert target.is_dir() and list(target.iterdir()) == []


def test_restore_never_overwrites(backed_up, run_cli, secret_file, file_hashes):
    handle, out, _dump, _ = backed_up
    before = file_hashes(handle.directory)
    result = run_cli("--passphrase-file", secret_file(handle.passphrase), "restore", out,
                     "--to", handle.directory)
    assert result.code == EXIT_REFUSED and "not empty" in result.err
    assert file_hashes(handle.directory) == before


def test_backup_never_overwrites(backed_up, run_cli, secret_file):
    handle, out, _dump, _ = backed_up
    before = out.read_bytes()
    result = run_cli("--vault", handle.directory, "--passphrase-file",
                     secret_file(handle.passphrase), "backup", out)
    assert result.code == EXIT_REFUSED and "already exists" in result.err
    assert out.read_bytes() == before


def test_a_backup_from_another_vault_does_not_open_with_this_vaults_secrets(
        backed_up, make_vault, tmp_path, run_cli, secret_file):
    _handle, out, _dump, _ = backed_up
    other = make_vault("other")
    result = run_cli("--recovery-key-file", secret_file(other.recovery_key), "restore", out,
                     "--to", tmp_path / "restored")
    assert result.code == EXIT_AUTH
    assert not (tmp_path / "restored").exists()
