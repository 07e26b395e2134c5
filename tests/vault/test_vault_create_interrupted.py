"""An interrupted ``init`` never leaves a directory that neither init nor unlock accepts."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from utvag.services import session as session_service
from utvag.vault.kdf import KdfParams
from utvag.vault.vault import STAGING_NAME

CHEAP = KdfParams(iterations=1, memory_kib=1024, lanes=1)
PASSPHRASE = "a long enough passphrase"
CHILD = """
import sys
from pathlib import Path
from utvag.services import session
from utvag.vault.kdf import KdfParams
opened, _ = session.create(Path(sys.argv[1]), "Nordost", sys.argv[2],
                           kdf=KdfParams(iterations=1, memory_kib=1024, lanes=1),
                           allow_weak_kdf=True)
opened.close()
print("created", flush=True)
"""


def test_leftover_staging_folder_is_cleared_by_the_next_init(tmp_path: Path) -> None:
    directory = tmp_path / "vault"
    staging = directory / STAGING_NAME
    staging.mkdir(parents=True)
    (staging / "vault.db").write_bytes(os.urandom(8192))
    (directory / "vault.lock").touch()
    opened, _ = session_service.create(directory, "Nordost", PASSPHRASE, kdf=CHEAP,
                                       allow_weak_kdf=True)
    opened.close()
    assert not staging.exists()
    assert sorted(p.name for p in directory.iterdir()) == ["vault.db", "vault.keys",
                                                           "vault.lock"]
    with session_service.unlock(directory, passphrase=PASSPHRASE) as s:
        assert session_service.status(s).unit == "Nordost"


def test_init_killed_at_any_moment_can_be_run_again(tmp_path: Path) -> None:
    repo = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(repo / "desktop")}
    rng = random.Random(5)
    for round_number in range(8):
        directory = tmp_path / f"vault-{round_number}"
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(directory), PASSPHRASE],
                                 stdout=subprocess.PIPE, env=env)
        time.sleep(rng.uniform(0.05, 0.6))
        child.send_signal(signal.SIGKILL)
        out = child.communicate()[0]
        if b"created" in out or (directory / "vault.keys").exists():
            with session_service.unlock(directory, passphrase=PASSPHRASE) as s:
                assert session_service.status(s).unit == "Nordost"
            continue
        opened, _ = session_service.create(directory, "Nordost", PASSPHRASE, kdf=CHEAP,
                                           allow_weak_kdf=True)
        opened.close()
        with session_service.unlock(directory, passphrase=PASSPHRASE) as s:
            assert session_service.status(s).cases == 0
