"""SIGKILL during ``utvag rekey``, ``utvag passwd`` and ``utvag backup``: whatever the moment,
the vault opens afterwards with a secret that was valid before or after the command, holds
every record, passes its full check, and a backup file that exists restores completely.

The default run kills each command a few times; ``make stress`` runs ``UTVAG_KILL_ROUNDS``
rounds of each (the figures in docs/security.md).
"""

from __future__ import annotations

import io
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from utvag.errors import AuthenticationError
from utvag.services import cases, vault_check
from utvag.services import session as session_service

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
DEFAULT_ROUNDS = 3
STRESS_ROUNDS = 70  # per command: 210 in all
OTHER = "another passphrase, long enough"


def _fill(handle: Any) -> None:
    rng = random.Random(11)
    with handle.open() as session:
        for number in range(20):
            case_id = cases.new_case(session, {"type": "defector", "person": {
                "name": f"Person {number}", "birth_date": "1980-02-03"}})
            cases.add_note(session, case_id, "Samtal. " * 200)
            cases.attach(session, case_id, io.BytesIO(rng.randbytes(200_000)), "bilaga.bin")


def _content(session: Any, table_dump: Any) -> dict[str, Any]:
    dump = table_dump(session.vault.conn)
    for name in ("audit", "meta"):
        dump.pop(name)
    return dump


def _open(handle: Any, passphrase: str) -> Any | None:
    try:
        return session_service.unlock(handle.directory, passphrase=passphrase,
                                      policy=handle.policy)
    except AuthenticationError:
        return None


def _verify_vault(handle: Any, passphrases: list[str], content: Any, table_dump: Any,
                  context: str) -> str:
    """Return the passphrase that opens the vault now (one of ``passphrases`` must)."""
    for passphrase in passphrases:
        session = _open(handle, passphrase)
        if session is None:
            continue
        with session:
            assert _content(session, table_dump) == content, context
            report = vault_check.run(session)
            assert report.ok, (context, report.summary())
        return passphrase
    raise AssertionError(f"{context}: no passphrase opens the vault")


def _argv(handle: Any, command: str, current: str, secret_file: Any, out: Path,
          cli_kdf: list[str]) -> list[str]:
    base = [sys.executable, "-m", "utvag", "--vault", str(handle.directory),
            "--passphrase-file", str(secret_file(current))]
    if command == "rekey":
        return [*base, "rekey", *cli_kdf]
    if command == "passwd":
        new = OTHER if current == handle.passphrase else handle.passphrase
        return [*base, "passwd", "--new-passphrase-file", str(secret_file(new)), *cli_kdf]
    return [*base, "backup", str(out)]


def kill_rounds(command: str, rounds: int, handle: Any, table_dump: Any, secret_file: Any,
                utvag_child_env: Any, cli_kdf: list[str], tmp_path: Path) -> dict[str, int]:
    _fill(handle)
    with handle.open() as session:
        content = _content(session, table_dump)
    seed = int(os.environ.get("UTVAG_CRASH_SEED") or random.SystemRandom().randrange(2**32))
    rng = random.Random(seed)
    current = handle.passphrase
    outs = tmp_path / "backups"
    outs.mkdir()
    # One complete run measures how long the command takes here, so that kills fall inside.
    started = time.monotonic()
    first = subprocess.run(_argv(handle, command, current, secret_file, outs / "first.utvb",
                                 cli_kdf), capture_output=True, text=True,
                           env=utvag_child_env(), timeout=300, check=False)
    duration = time.monotonic() - started
    assert first.returncode == 0, first.stderr
    current = _verify_vault(handle, [current, OTHER, handle.passphrase], content, table_dump,
                            "first run")
    outcomes = {"killed": 0, "finished": 0}
    round_no = 0
    # A round that finished before its kill shows the command runs faster than the first run
    # measured (a loaded machine slows that one): later kills are timed by the faster run, and
    # rounds go on (up to four times as many) until at least one kill fell inside the command.
    while round_no < rounds or (outcomes["killed"] == 0 and round_no < 4 * rounds):
        context = f"{command} round {round_no}, seed {seed}"
        out = outs / f"round-{round_no}.utvb"
        started = time.monotonic()
        proc = subprocess.Popen(_argv(handle, command, current, secret_file, out, cli_kdf),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env=utvag_child_env())
        kill_at = started + rng.uniform(0.02, 1.1) * duration
        while proc.poll() is None and time.monotonic() < kill_at:
            time.sleep(0.005)
        if proc.poll() is not None:
            duration = min(duration, time.monotonic() - started)
        proc.send_signal(signal.SIGKILL)
        _out, err = proc.communicate(timeout=120)
        assert "Traceback" not in err, err
        if proc.returncode == 0:
            outcomes["finished"] += 1
        else:
            assert proc.returncode == -signal.SIGKILL, (context, err)
            outcomes["killed"] += 1
        current = _verify_vault(handle, [current, OTHER, handle.passphrase], content,
                                table_dump, context)
        if command == "backup" and out.exists():
            target = tmp_path / f"restored-{round_no}"
            with session_service.restore(out, target, passphrase=current,
                                         policy=handle.policy) as restored:
                assert _content(restored, table_dump) == content, context
        round_no += 1
    assert outcomes["killed"] >= 1, outcomes
    return outcomes


@pytest.mark.slow
@pytest.mark.parametrize("command", ["rekey", "passwd", "backup"])
def test_sigkill_during_a_vault_command(command: str, make_vault: Any, table_dump: Any,
                                        secret_file: Any, utvag_child_env: Any,
                                        cli_kdf: list[str], tmp_path: Path) -> None:
    kill_rounds(command, DEFAULT_ROUNDS, make_vault("vault"), table_dump, secret_file,
                utvag_child_env, cli_kdf, tmp_path)


@pytest.mark.stress
@pytest.mark.timeout(3600)
@pytest.mark.parametrize("command", ["rekey", "passwd", "backup"])
def test_sigkill_stress_vault_commands(command: str, make_vault: Any, table_dump: Any,
                                       secret_file: Any, utvag_child_env: Any,
                                       cli_kdf: list[str], tmp_path: Path) -> None:
    rounds = int(os.environ.get("UTVAG_KILL_ROUNDS") or STRESS_ROUNDS)
    outcomes = kill_rounds(command, rounds, make_vault("vault"), table_dump, secret_file,
                           utvag_child_env, cli_kdf, tmp_path)
    sys.stderr.write(f"\n{command}: {rounds} rounds, {outcomes}\n")
