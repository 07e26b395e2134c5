"""Wrong secrets and damaged, foreign or missing vault files: a clear one-line message, the
documented exit code, no traceback, and every file in the vault directory byte-for-byte as it was
(no file added either)."""

from __future__ import annotations

import io
import os
import shutil
import sqlite3

import pytest

from utvag.services import cases
from utvag.vault.recovery import format_key

EXIT_AUTH, EXIT_INTEGRITY, EXIT_NOT_FOUND = 3, 4, 5
COMMANDS = {
    "status": ["status", "--json"],
    "case list": ["case", "list", "--json"],
    "audit verify": ["audit", "verify", "--json"],
}


def _typo(key: str) -> str:
    """Change one character of a recovery key (keeping it in the alphabet)."""
    index = 3
    replacement = "7" if key[index] != "7" else "8"
    return key[:index] + replacement + key[index + 1 :]


def _plain_sqlite(path):
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("INSERT INTO meta VALUES ('unit', 'Centrum')")
    conn.commit()
    conn.close()


def _arrange(scenario, handle, other, secret_file):
    """Damage the vault as ``scenario`` says; return the unlock options for the command."""
    options = ["--passphrase-file", secret_file(handle.passphrase)]
    if scenario == "wrong passphrase":
        options = ["--passphrase-file", secret_file("not the passphrase at all")]
    elif scenario == "wrong recovery key":
        options = ["--recovery-key-file", secret_file(other.recovery_key)]
    elif scenario == "recovery key with a typo":
        options = ["--recovery-key-file", secret_file(_typo(handle.recovery_key))]
    elif scenario == "recovery key with a valid checksum but wrong":
        options = ["--recovery-key-file", secret_file(format_key(os.urandom(32)))]
    elif scenario == "truncated key-slot file":
        data = handle.keys.read_bytes()
        handle.keys.write_bytes(data[: len(data) // 2])
    elif scenario == "empty key-slot file":
        handle.keys.write_bytes(b"")
    elif scenario == "foreign key-slot file (same passphrase)":
        shutil.copyfile(other.keys, handle.keys)
    elif scenario == "plain SQLite file as vault.db":
        _plain_sqlite(handle.db)
    elif scenario == "random file as vault.db":
        handle.db.write_bytes(os.urandom(handle.db.stat().st_size))
    elif scenario == "random file as vault.keys":
        handle.keys.write_bytes(os.urandom(1024))
    elif scenario == "empty vault.db":
        handle.db.write_bytes(b"")
    elif scenario == "truncated vault.db":
        with open(handle.db, "r+b") as db:
            db.truncate(handle.db.stat().st_size // 2)
    elif scenario == "vault.db missing":
        handle.db.unlink()
    else:  # pragma: no cover
        raise AssertionError(scenario)
    return options


SCENARIOS = {
    "wrong passphrase": (EXIT_AUTH, "Wrong passphrase"),
    "wrong recovery key": (EXIT_AUTH, "Wrong recovery key"),
    "recovery key with a valid checksum but wrong": (EXIT_AUTH, "Wrong recovery key"),
    "recovery key with a typo": (EXIT_AUTH, "typo"),
    "truncated key-slot file": (EXIT_INTEGRITY, "not a Utväg vault"),
    "empty key-slot file": (EXIT_INTEGRITY, "not a Utväg vault"),
    "foreign key-slot file (same passphrase)": (EXIT_INTEGRITY, "not a Utväg vault database"),
    "plain SQLite file as vault.db": (EXIT_INTEGRITY, "not a Utväg vault database"),
    "random file as vault.db": (EXIT_INTEGRITY, "not a Utväg vault database"),
    "random file as vault.keys": (EXIT_INTEGRITY, "not a Utväg vault"),
    "empty vault.db": (EXIT_INTEGRITY, "not a Utväg vault database"),
    "truncated vault.db": (EXIT_INTEGRITY, "not a Utväg vault database"),
    "vault.db missing": (EXIT_INTEGRITY, "not a Utväg vault database"),
}


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_bad_input_is_refused_and_changes_nothing(scenario, command, make_vault, secret_file,
                                                  file_hashes, run_cli):
    handle = make_vault("vault", cases=2)
    with handle.open() as session:  # some pages beyond the first few
        cases.attach(session, handle.case_ids[0], io.BytesIO(os.urandom(300_000)), "a.bin")
    other = make_vault("other")  # same passphrase, different keys
    options = _arrange(scenario, handle, other, secret_file)
    before = file_hashes(handle.directory)

    result = run_cli("--vault", handle.directory, *options, *COMMANDS[command])

    code, words = SCENARIOS[scenario]
    assert result.code == code and words in result.err
    assert words in result.json_error()["message"]  # for a script: the refusal, nothing else
    assert file_hashes(handle.directory) == before


def test_the_right_secrets_still_open_the_vault_afterwards(make_vault, secret_file, run_cli):
    """The refusals above leave a vault that the right passphrase and recovery key open."""
    handle = make_vault("vault", cases=2)
    base = ["--vault", handle.directory]
    assert run_cli(*base, "--passphrase-file", secret_file("wrong wrong wrong"), "status").code \
        == EXIT_AUTH
    assert run_cli(*base, "--recovery-key-file", secret_file(_typo(handle.recovery_key)),
                   "status").code == EXIT_AUTH
    result = run_cli(*base, "--recovery-key-file", secret_file(handle.recovery_key),
                     "status", "--json")
    assert result.code == 0 and '"cases": 2' in result.out
    result = run_cli(*base, "--passphrase-file", secret_file(handle.passphrase), "audit",
                     "verify", "--json")
    assert result.code == 0 and '"ok": true' in result.out


@pytest.mark.parametrize("layout", ["empty", "unrelated files", "missing"])
def test_a_directory_that_is_not_a_vault(layout, tmp_path, secret_file, file_hashes, run_cli):
    directory = tmp_path / "somewhere"
    if layout != "missing":
        directory.mkdir()
    if layout == "unrelated files":
        (directory / "notes.txt").write_text("shopping list\n", encoding="utf-8")
        (directory / "photos").mkdir()
        (directory / "photos" / "a.jpg").write_bytes(os.urandom(64))
    before = file_hashes(directory) if directory.exists() else None

    result = run_cli("--vault", directory, "--passphrase-file", secret_file("whatever passes"),
                     "status", "--json")

    assert result.code == EXIT_NOT_FOUND
    assert "There is no vault at" in result.err and "utvag init" in result.err
    if before is None:
        assert not directory.exists()
    else:
        assert file_hashes(directory) == before


def test_foreign_key_file_with_another_passphrase(make_vault, secret_file, file_hashes, run_cli):
    handle = make_vault("vault")
    other = make_vault("other", passphrase="another vault's passphrase")
    shutil.copyfile(other.keys, handle.keys)
    before = file_hashes(handle.directory)
    result = run_cli("--vault", handle.directory, "--passphrase-file",
                     secret_file(handle.passphrase), "status")
    assert result.code == EXIT_AUTH and "Wrong passphrase" in result.err
    assert file_hashes(handle.directory) == before


def test_process_level_refusal_prints_exactly_one_line(make_vault, secret_file, file_hashes,
                                                       run_utvag):
    """A separate process: SQLCipher's own diagnostics must not reach the user's terminal."""
    handle = make_vault("vault", cases=1)
    handle.db.write_bytes(os.urandom(handle.db.stat().st_size))
    before = file_hashes(handle.directory)
    result = run_utvag("--vault", handle.directory, "--passphrase-file",
                       secret_file(handle.passphrase), "status", "--json")
    assert result.code == EXIT_INTEGRITY
    assert result.err.count("\n") == 1 and result.err.startswith("utvag: "), result.err
    assert result.json_error()["code"] == "integrity"  # for a script: the refusal, nothing else
    assert file_hashes(handle.directory) == before


def test_backup_of_a_vault_with_a_damaged_page_fails_cleanly(make_vault, secret_file, tmp_path,
                                                             run_cli):
    """A page that fails its HMAC is found when a backup reads everything: exit 4, a clear
    message, and no half-written backup or snapshot left next to the target."""
    handle = make_vault("vault", cases=1)
    with handle.open() as session:
        for number in range(8):
            cases.attach(session, handle.case_ids[0], io.BytesIO(os.urandom(60_000)),
                         f"{number}.bin")
    size = handle.db.stat().st_size
    with open(handle.db, "r+b") as db:
        db.seek(size - 3000)
        byte = db.read(1)
        db.seek(size - 3000)
        db.write(bytes([byte[0] ^ 0x01]))
    out_dir = tmp_path / "backups"
    out_dir.mkdir()
    result = run_cli("--vault", handle.directory, "--passphrase-file",
                     secret_file(handle.passphrase), "backup", out_dir / "b.utvb")
    assert result.code == EXIT_INTEGRITY
    assert "damaged" in result.err and "utvag restore" in result.err
    assert list(out_dir.iterdir()) == []
