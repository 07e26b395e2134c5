"""Ordinary mistakes with paths get a clear message and their exit code, never "unexpected
error", and leave nothing behind."""

from __future__ import annotations

import pytest

EXIT_NOT_FOUND, EXIT_REFUSED = 5, 6


@pytest.fixture
def backup_file(cli_vault, run_cli, tmp_path):
    out = tmp_path / "b.utvb"
    assert run_cli(*cli_vault.args(), "backup", out).code == 0
    return out


def test_backup_into_a_missing_folder(cli_vault, run_cli, tmp_path):
    result = run_cli(*cli_vault.args(), "backup", tmp_path / "missing" / "b.utvb")
    assert result.code == EXIT_NOT_FOUND and "does not exist" in result.err
    assert not (tmp_path / "missing").exists()


def test_restore_of_a_missing_backup(cli_vault, run_cli, tmp_path):
    result = run_cli("--passphrase-file", cli_vault.passphrase_file, "restore",
                     tmp_path / "nowhere.utvb", "--to", tmp_path / "restored")
    assert result.code == EXIT_NOT_FOUND and "no backup file" in result.err
    assert not (tmp_path / "restored").exists()


def test_restore_onto_a_file(cli_vault, run_cli, backup_file, tmp_path):
    target = tmp_path / "a-file"
    target.write_bytes(b"keep me")
    result = run_cli("--passphrase-file", cli_vault.passphrase_file, "restore", backup_file,
                     "--to", target)
    assert result.code == EXIT_REFUSED and "is a file" in result.err
    assert target.read_bytes() == b"keep me"


def test_init_onto_a_file(run_cli, secret_file, tmp_path, cli_kdf):
    target = tmp_path / "a-file"
    target.write_bytes(b"keep me")
    result = run_cli("--vault", target, "--passphrase-file",
                     secret_file("correct horse battery staple"), "init", "--unit", "Nordost",
                     *cli_kdf)
    assert result.code == EXIT_REFUSED and "is a file" in result.err
    assert target.read_bytes() == b"keep me"


def test_a_vault_path_that_is_a_file(run_cli, secret_file, tmp_path):
    target = tmp_path / "a-file"
    target.write_bytes(b"keep me")
    result = run_cli("--vault", target, "--passphrase-file", secret_file("whatever it is"),
                     "status")
    assert result.code == EXIT_NOT_FOUND and "no vault" in result.err
    assert target.read_bytes() == b"keep me"
