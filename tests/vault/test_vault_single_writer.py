"""One process at a time: a second one gets "open elsewhere" (exit 6) and nothing changes; it
works once the first has closed the vault, or died."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from utvag.errors import VaultBusyError

EXIT_REFUSED = 6
HOLDER = """
import sys
from pathlib import Path
from utvag.services import session
from utvag.services.policy import load_policy
opened = session.unlock(Path(sys.argv[1]), passphrase=sys.argv[2],
                        policy=load_policy(Path(sys.argv[3])))
print("open", flush=True)
sys.stdin.readline()
opened.close()
print("closed", flush=True)
"""


@pytest.fixture
def holder(make_vault, utvag_child_env):
    """Start a child process that holds a vault open until told to close it."""
    children = []

    def start(handle):
        proc = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(handle.directory), handle.passphrase,
             handle.policy.source],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=utvag_child_env())
        children.append(proc)
        assert proc.stdout is not None
        assert proc.stdout.readline() == "open\n"
        return proc

    yield start
    for proc in children:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=30)


def test_a_second_process_is_refused_while_the_first_holds_the_vault(make_vault, run_utvag,
                                                                     secret_file, file_hashes):
    handle = make_vault("vault", cases=1)
    args = ["--vault", handle.directory, "--passphrase-file", secret_file(handle.passphrase)]
    session = handle.open()
    try:
        before = file_hashes(handle.directory)
        result = run_utvag(*args, "status", "--json")
        assert result.code == EXIT_REFUSED
        assert result.err.count("\n") == 1 and "open elsewhere" in result.err
        assert result.json_error()["code"] == "refused"  # for a script: the refusal only
        assert file_hashes(handle.directory) == before
    finally:
        session.close()
    result = run_utvag(*args, "status", "--json")
    assert result.code == 0 and '"cases": 1' in result.out


def test_this_process_is_refused_while_a_child_holds_the_vault(make_vault, holder, run_cli,
                                                                secret_file):
    handle = make_vault("vault")
    args = ["--vault", handle.directory, "--passphrase-file", secret_file(handle.passphrase)]
    proc = holder(handle)
    result = run_cli(*args, "case", "list", "--json")
    assert result.code == EXIT_REFUSED and "open elsewhere" in result.err
    with pytest.raises(VaultBusyError):
        handle.open()
    out, _ = proc.communicate("close\n", timeout=30)
    assert out == "closed\n"
    assert run_cli(*args, "case", "list", "--json").code == 0


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_a_killed_holder_leaves_no_stale_lock(make_vault, holder, run_cli, secret_file):
    handle = make_vault("vault")
    proc = holder(handle)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    result = run_cli("--vault", handle.directory, "--passphrase-file",
                     secret_file(handle.passphrase), "audit", "verify", "--json")
    assert result.code == 0


def test_the_same_process_cannot_open_it_twice(make_vault):
    handle = make_vault("vault")
    with handle.open():
        with pytest.raises(VaultBusyError, match="open elsewhere"):
            handle.open()
        with pytest.raises(VaultBusyError):
            handle.open(recovery_key=handle.recovery_key)
    handle.open().close()


def test_a_refused_second_open_does_not_disturb_the_first(make_vault):
    from utvag.services import cases

    handle = make_vault("vault", cases=1)
    with handle.open() as first:
        with pytest.raises(VaultBusyError):
            handle.open()
        note = cases.add_note(first, handle.case_ids[0], "Fortfarande öppen.")
    with handle.open() as again:
        assert [n.id for n in cases.show_case(again, handle.case_ids[0]).notes] == [note]
