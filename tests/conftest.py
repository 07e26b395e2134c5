"""Shared fixtures: real vaults in temp directories, a real in-memory keyring backend, the CLI.

Service-level vaults use cheap Argon2 parameters (``WEAK_KDF`` with ``allow_weak_kdf=True``) so
that a test can create and open many of them; CLI vaults use the floor the CLI enforces
(``CLI_KDF``). Nothing here replaces any of Utväg's own code: every vault is a real SQLCipher
file and every key slot a real key-slot file.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.errors
import pytest
import sqlcipher3
from hypothesis import settings

from utvag.cli.main import main as cli_main
from utvag.services import session as session_service
from utvag.services.policy import Policy, load_policy
from utvag.services.session import Session
from utvag.vault.database import key_pragma, page_format_pragmas
from utvag.vault.kdf import KdfParams

PASSPHRASE = "correct horse battery staple"
OTHER_PASSPHRASE = "a completely different passphrase"
WEAK_KDF = KdfParams(iterations=1, memory_kib=1024, lanes=1)
CLI_KDF = ("--kdf-iterations", "3", "--kdf-memory-mib", "64")
REPO_ROOT = Path(__file__).resolve().parent.parent

# Hypothesis: "quick" for ``make quick`` while working, "full" (the default) for ``make test`` and
# CI. A test's own ``@settings(max_examples=…)`` still wins over the profile.
settings.register_profile("quick", max_examples=15, deadline=None)
settings.register_profile("full", deadline=None)
settings.load_profile(os.environ.get("UTVAG_HYPOTHESIS_PROFILE", "full"))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Stress rounds run only when asked for (``make stress`` sets UTVAG_CRASH_ROUNDS and
    UTVAG_TRANSFER_KILL_ROUNDS)."""
    if os.environ.get("UTVAG_CRASH_ROUNDS") or os.environ.get("UTVAG_TRANSFER_KILL_ROUNDS"):
        return
    skip = pytest.mark.skip(reason="stress run: set UTVAG_CRASH_ROUNDS (make stress)")
    for item in items:
        if item.get_closest_marker("stress"):
            item.add_marker(skip)


# -- policy ----------------------------------------------------------------------------------


@pytest.fixture
def policy_file(tmp_path: Path) -> Callable[..., Policy]:
    """Write ``[policy]`` values to a file and load it the way the application does."""
    counter = iter(range(1_000_000))

    def make(**values: object) -> Policy:
        path = tmp_path / "policy" / f"policy-{next(counter)}.ini"
        path.parent.mkdir(exist_ok=True)
        lines = ["[policy]"] + [f"{key} = {value}" for key, value in values.items()]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return load_policy(path)

    return make


@pytest.fixture
def policy(policy_file: Callable[..., Policy]) -> Policy:
    """The policy of a workstation whose administrator allows quick unlock."""
    return policy_file(keyring_allowed="true")


# -- vaults ----------------------------------------------------------------------------------


@dataclass
class VaultHandle:
    """A vault created through the services, closed; ``open`` unlocks it again."""

    directory: Path
    unit: str
    passphrase: str
    recovery_key: str
    policy: Policy
    case_ids: list[int] = field(default_factory=list)

    def open(self, **method: Any) -> Session:
        if not method:
            method = {"passphrase": self.passphrase}
        return session_service.unlock(self.directory, policy=self.policy, **method)

    @property
    def db(self) -> Path:
        return self.directory / "vault.db"

    @property
    def keys(self) -> Path:
        return self.directory / "vault.keys"


@pytest.fixture
def make_vault(tmp_path: Path, policy: Policy) -> Callable[..., VaultHandle]:
    """Create a real vault (cheap KDF) under ``tmp_path``; the vault is closed on return."""
    counter = iter(range(1_000_000))

    def make(name: str | None = None, *, unit: str = "Centrum",
             passphrase: str = PASSPHRASE, parent: Path | None = None,
             cases: int = 0) -> VaultHandle:
        directory = (parent or tmp_path) / (name or f"vault-{next(counter)}")
        opened, recovery = session_service.create(directory, unit, passphrase, kdf=WEAK_KDF,
                                                  allow_weak_kdf=True, policy=policy)
        handle = VaultHandle(directory, unit, passphrase, recovery, policy)
        with opened:
            from utvag.services import cases as case_service

            for number in range(cases):
                handle.case_ids.append(case_service.new_case(opened, {
                    "type": "defector",
                    "person": {"name": f"Testperson {number}", "birth_date": "1990-01-01"},
                }))
        return handle

    return make


@pytest.fixture
def raw_connect() -> Iterator[Callable[[Path, bytes], Any]]:
    """A raw sqlcipher3 connection keyed with a vault's data key (for tampering and checks)."""
    opened: list[Any] = []

    def connect(db: Path, key: bytes) -> Any:
        conn = sqlcipher3.connect(str(db), isolation_level=None)
        conn.execute(f"PRAGMA key = {key_pragma(key)}")
        for pragma in page_format_pragmas():
            conn.execute(pragma).fetchall()
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        opened.append(conn)
        return conn

    yield connect
    for conn in opened:
        conn.close()


def dump_tables(conn: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (FTS shadow tables included), in a stable order."""
    names = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " ORDER BY name")]
    dump: dict[str, list[tuple[Any, ...]]] = {}
    for name in names:
        try:
            dump[name] = conn.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall()
        except sqlcipher3.OperationalError:  # WITHOUT ROWID: its primary key orders it
            dump[name] = sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
    # The key-slot generation counts changes of the key file; it is bookkeeping, not a record.
    dump["meta"] = [row for row in dump.get("meta", []) if row[0] != "keyslot_generation"]
    return dump


@pytest.fixture
def table_dump() -> Callable[[Any], dict[str, list[tuple[Any, ...]]]]:
    return dump_tables


def hash_files(directory: Path) -> dict[str, str]:
    """sha256 of every file under ``directory`` (directories listed as such)."""
    result: dict[str, str] = {}
    for path in sorted(directory.rglob("*")):
        rel = str(path.relative_to(directory))
        result[rel] = "<dir>" if path.is_dir() else hashlib.sha256(path.read_bytes()).hexdigest()
    return result


@pytest.fixture
def file_hashes() -> Callable[[Path], dict[str, str]]:
    return hash_files


@pytest.fixture
def private_tmpdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point TMPDIR (for this process, SQLite and children) at a directory the test owns."""
    directory = tmp_path / "tmpdir"
    directory.mkdir()
    for name in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR"):
        monkeypatch.setenv(name, str(directory))
    monkeypatch.setattr(tempfile, "tempdir", str(directory))
    return directory


# -- keyring ---------------------------------------------------------------------------------


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring backend that keeps secrets in a dict, as a secure OS keyring would keep them."""

    # Below every real backend (even the "fail" one), so keyring never picks it by itself:
    # it is only ever used where a test installs it.
    priority = -1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    @property
    def quick_unlock(self) -> dict[tuple[str, str], str]:
        """The quick-unlock secrets only (the audit-head copies kept beside them left out)."""
        return {k: v for k, v in self.secrets.items() if k[0] == "Utväg vault"}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.secrets[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError("not found") from None


@pytest.fixture(autouse=True)
def _no_system_keyring() -> Iterator[None]:
    """No test reaches the keyring of the machine it runs on (Utväg keeps a copy of the audit
    head there): without a test backend installed, there is no keyring."""
    import keyring.backends.fail

    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def installed_keyring() -> Iterator[Callable[[keyring.backend.KeyringBackend], None]]:
    """Install any keyring backend for the test; the previous one comes back afterwards."""
    previous = keyring.get_keyring()

    def install(backend: keyring.backend.KeyringBackend) -> None:
        keyring.set_keyring(backend)

    try:
        yield install
    finally:
        keyring.set_keyring(previous)


# -- the command line ------------------------------------------------------------------------


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    def json_error(self) -> dict[str, Any]:
        """The refusal of a command run with ``--json``: standard output holds that one error
        object and nothing else, with the message and exit code of the line on standard error."""
        printed = json.loads(self.out)
        assert list(printed) == ["error"], self.out
        error: dict[str, Any] = printed["error"]
        assert error["exit_code"] == self.code != 0
        assert self.err.startswith(f"utvag: {error['message']}"), (self.err, error)
        return error


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """Run ``utvag`` in this process; known errors must be one line on stderr, no traceback."""

    def run(*argv: object) -> CliResult:
        capsys.readouterr()
        code = cli_main([str(a) for a in argv])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        if code != 0:
            assert err.startswith("utvag: ") and err.count("\n") == 1, err
        return CliResult(code, out, err)

    return run


def child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("UTVAG_DEBUG", "UTVAG_VAULT")}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # never the real one
    env["PYTHONPATH"] = os.pathsep.join(
        [str(REPO_ROOT / "desktop"), *filter(None, [env.get("PYTHONPATH")])])
    env.update(extra)
    return env


@pytest.fixture
def run_utvag() -> Callable[..., CliResult]:
    """Run ``python -m utvag`` as a separate process."""

    def run(*argv: object, input: str | None = None, extra_env: dict[str, str] | None = None,
            timeout: float = 60) -> CliResult:
        proc = subprocess.run(
            [sys.executable, "-m", "utvag", *[str(a) for a in argv]],
            input=input if input is not None else "", capture_output=True, text=True,
            env=child_env(**(extra_env or {})), timeout=timeout, check=False,
        )
        assert "Traceback" not in proc.stdout + proc.stderr, proc.stderr
        return CliResult(proc.returncode, proc.stdout, proc.stderr)

    return run


@pytest.fixture
def secret_file(tmp_path: Path) -> Callable[[str], Path]:
    """Write a passphrase or recovery key to a file outside any vault directory."""
    counter = iter(range(1_000_000))
    directory = tmp_path / "secrets"

    def write(text: str) -> Path:
        directory.mkdir(exist_ok=True)
        path = directory / f"secret-{next(counter)}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        return path

    return write


@dataclass
class CliVault:
    """A vault made by ``utvag init`` (floor KDF), with its secrets in files."""

    directory: Path
    passphrase: str
    passphrase_file: Path
    recovery_key: str
    recovery_file: Path

    def args(self) -> list[str]:
        return ["--vault", str(self.directory), "--passphrase-file", str(self.passphrase_file)]


RECOVERY_KEY_LINE = r"^    ([0-9A-Z]{8}(?:-[0-9A-Z]{1,8}){6})$"


@pytest.fixture
def cli_vault(tmp_path: Path, run_cli: Callable[..., CliResult],
              secret_file: Callable[[str], Path]) -> CliVault:
    import re

    directory = tmp_path / "cli-vault"
    passphrase_file = secret_file(PASSPHRASE)
    result = run_cli("--vault", directory, "--passphrase-file", passphrase_file, "init",
                     "--unit", "Hisingen", *CLI_KDF)
    assert result.code == 0, result.err
    keys = re.findall(RECOVERY_KEY_LINE, result.out, flags=re.MULTILINE)
    assert len(keys) == 1, result.out
    return CliVault(directory, PASSPHRASE, passphrase_file, keys[0], secret_file(keys[0]))


@pytest.fixture
def weak_kdf() -> KdfParams:
    return WEAK_KDF


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def cli_kdf() -> list[str]:
    """The weakest key derivation the CLI accepts (it refuses anything below)."""
    return list(CLI_KDF)


@pytest.fixture
def utvag_child_env() -> Callable[..., dict[str, str]]:
    """The environment for a child process running Utväg from this checkout."""
    return child_env
