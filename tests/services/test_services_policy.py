"""Organisation policy read from a file the administrator controls, and what it refuses."""

from __future__ import annotations

import subprocess
import sys

import pytest

from utvag.errors import EXIT_REFUSED, RefusedError
from utvag.services import session as session_service
from utvag.services.policy import Policy, load_policy


def test_a_missing_policy_file_means_the_defaults(tmp_path):
    policy = load_policy(tmp_path / "absent.ini")
    assert policy == Policy()
    assert policy.keyring_allowed is True and policy.idle_timeout_seconds == 300


def test_values_are_read(policy_file):
    policy = policy_file(idle_timeout_seconds="120", keyring_allowed="no", own_unit="Nordost",
                         default_language="en", statistics_threshold="10")
    assert (policy.idle_timeout_seconds, policy.keyring_allowed, policy.own_unit,
            policy.default_language, policy.statistics_threshold) == (120, False, "Nordost",
                                                                      "en", 10)
    assert policy.source.endswith(".ini")
    assert policy_file(initial_threat_days="3").due_settings().initial_threat_days == 3


@pytest.mark.parametrize("values", [
    {"idle_timeout_seconds": "soon"},
    {"idle_timeout_seconds": "0"},
    {"own_unit": "Atlantis"},
    {"initial_threat_days": "0"},
    {"initial_threat_days": "91"},
])
def test_a_malformed_policy_is_refused_not_ignored(values, policy_file):
    with pytest.raises(RefusedError, match="malformed") as refused:
        policy_file(**values)
    assert refused.value.exit_code == EXIT_REFUSED


def test_a_file_that_is_not_ini_is_refused(tmp_path):
    path = tmp_path / "policy.ini"
    path.write_text("keyring_allowed = false\n", encoding="utf-8")  # no [policy] section header
    with pytest.raises(RefusedError, match="malformed"):
        load_policy(path)


def test_the_workstation_unit_is_enforced_at_creation(tmp_path, policy_file, weak_kdf):
    policy = policy_file(own_unit="Hisingen")
    with pytest.raises(RefusedError, match="Hisingen") as refused:
        session_service.create(tmp_path / "vault", "Centrum", "correct horse battery staple",
                               kdf=weak_kdf, allow_weak_kdf=True, policy=policy)
    assert refused.value.exit_code == EXIT_REFUSED
    assert not (tmp_path / "vault").exists()
    opened, _ = session_service.create(tmp_path / "vault", "Hisingen",
                                       "correct horse battery staple", kdf=weak_kdf,
                                       allow_weak_kdf=True, policy=policy)
    with opened:
        assert session_service.status(opened).unit == "Hisingen"


# SQLCipher's memory security is one setting for the whole process and, once on, stays on: the
# check runs in an interpreter of its own, so a test that turned it on earlier cannot decide it.
_MEMORY_SECURITY_CHECK = """
import sys
from pathlib import Path
from utvag.services import session as session_service
from utvag.services.policy import Policy, load_policy

directory, passphrase, strict_path = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
seen = []
for policy in (Policy(), load_policy(strict_path)):
    with session_service.unlock(directory, passphrase=passphrase, policy=policy) as session:
        seen.append((session.vault.conn.execute("PRAGMA cipher_memory_security").fetchone()[0],
                     session_service.status(session).memory_security))
print(seen)
"""


def test_memory_security_is_off_unless_policy_turns_it_on(make_vault, policy_file):
    handle = make_vault("vault", cases=1)
    strict = policy_file(memory_security="on")
    assert strict.memory_security is True
    done = subprocess.run(
        [sys.executable, "-c", _MEMORY_SECURITY_CHECK, str(handle.directory), handle.passphrase,
         strict.source], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.strip() == "[('0', False), ('1', True)]"
