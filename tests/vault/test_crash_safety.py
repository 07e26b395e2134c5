"""Crash safety: a child commits in a loop and is killed with SIGKILL at random moments.

After every kill the vault must unlock, pass ``cipher_integrity_check`` and SQLite's own check,
hold every commit the child acknowledged (notes and attachments, byte for byte), and its audit
chain must verify. ``UTVAG_CRASH_ROUNDS`` raises the number of rounds; ``make stress`` runs the
stress-marked test with many more.
"""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from utvag.services import audit_log
from utvag.services.session import check_integrity

CHILD = Path(__file__).with_name("crash_child.py")
NORMAL_ROUNDS = 50

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


def _rounds(default: int) -> int:
    return max(default, int(os.environ.get("UTVAG_CRASH_ROUNDS") or 0))


def _read_line(proc: subprocess.Popen[str], deadline: float) -> str:
    assert proc.stdout is not None
    remaining = deadline - time.monotonic()
    if remaining <= 0 or not select.select([proc.stdout], [], [], remaining)[0]:
        return ""
    return proc.stdout.readline()


def _verify(handle, notes: set[int], attachments: dict[int, str], round_no: int, seed: int):
    context = f"round {round_no}, seed {seed}"
    with handle.open() as session:
        assert check_integrity(session) == [], context
        report = audit_log.verify(session)
        assert report.ok, f"{context}: {report.problem}"
        conn = session.vault.conn
        present = {row[0] for row in conn.execute("SELECT id FROM journal_note")}
        missing = notes - present
        assert not missing, f"{context}: acknowledged notes lost: {sorted(missing)[:10]}"
        stored = dict(conn.execute("SELECT id, sha256 FROM attachment").fetchall())
        for attachment_id, digest in attachments.items():
            assert stored.get(attachment_id) == digest, f"{context}: attachment {attachment_id}"
    return len(present)


def crash_rounds(rounds: int, make_vault, secret_file, policy_file, utvag_child_env) -> None:
    handle = make_vault("vault", cases=4)
    passphrase_file = secret_file(handle.passphrase)
    policy_path = Path(handle.policy.source)
    seed = int(os.environ.get("UTVAG_CRASH_SEED") or random.SystemRandom().randrange(2**32))
    rng = random.Random(seed)
    notes: set[int] = set()
    attachments: dict[int, str] = {}
    kills_mid_commit = 0
    env = utvag_child_env()
    for round_no in range(rounds):
        proc = subprocess.Popen(
            [sys.executable, str(CHILD), str(handle.directory), str(passphrase_file),
             str(policy_path), ",".join(map(str, handle.case_ids)), str(rng.randrange(2**32))],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )
        try:
            if rng.random() < 0.15:
                # anywhere from start-up through unlocking to the first commits
                time.sleep(rng.uniform(0.0, 0.5))
            else:
                line = _read_line(proc, time.monotonic() + 30)
                assert line == "ready\n", f"child did not start: {line!r}"
                time.sleep(rng.uniform(0.0, 0.15))
                kills_mid_commit += 1
        finally:
            proc.send_signal(signal.SIGKILL)
            out, err = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL, err
        for line in out.splitlines():
            kind, *fields = line.split()
            if kind == "note":
                notes.add(int(fields[0]))
            elif kind == "attachment":
                attachments[int(fields[0])] = fields[1]
        _verify(handle, notes, attachments, round_no, seed)
    assert kills_mid_commit >= rounds // 2
    assert len(notes) > rounds // 2, "the child must have committed between kills"


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_no_acknowledged_commit(
        make_vault, secret_file, policy_file, utvag_child_env):
    crash_rounds(_rounds(NORMAL_ROUNDS), make_vault, secret_file, policy_file, utvag_child_env)


@pytest.mark.stress
@pytest.mark.slow
@pytest.mark.timeout(3600)
def test_sigkill_stress(make_vault, secret_file, policy_file, utvag_child_env):
    rounds = int(os.environ.get("UTVAG_CRASH_ROUNDS") or 500)
    crash_rounds(rounds, make_vault, secret_file, policy_file, utvag_child_env)
