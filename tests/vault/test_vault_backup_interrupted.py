"""A backup killed halfway leaves nothing of the database beside the backup file.

The consistent copy that goes into a backup is built in the vault folder (whose permissions and
place the vault owns), not beside the backup on a share or a USB stick, and a later backup
removes what a killed one left behind.
"""

from __future__ import annotations

import subprocess
import sys

# Runs the real backup in a child process and kills it (SIGKILL) the moment the finished backup
# would be moved into place: the consistent copy of the database exists at that moment.
CHILD = """
import os, signal, sys
from pathlib import Path
from utvag.services import session

real_replace = os.replace

def killed_when_placing(src, dst, *args, **kwargs):
    if str(dst).endswith(".utvb"):
        os.kill(os.getpid(), signal.SIGKILL)
    return real_replace(src, dst, *args, **kwargs)

os.replace = killed_when_placing
opened = session.unlock(Path(sys.argv[1]), passphrase=sys.argv[2])
session.backup(opened, Path(sys.argv[3]))
"""


def test_a_killed_backup_leaves_no_database_copy_beside_it(make_vault, tmp_path,
                                                          utvag_child_env):
    handle = make_vault("vault", cases=2)
    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    proc = subprocess.run([sys.executable, "-c", CHILD, str(handle.directory), handle.passphrase,
                           str(out_dir / "b.utvb")], env=utvag_child_env(), capture_output=True,
                          text=True, timeout=120, check=False)
    assert proc.returncode < 0, proc.stderr  # killed, as planned
    assert not list(out_dir.glob("*.partial-db*"))
    assert not (out_dir / "b.utvb").exists()

    # The next backup removes what the killed one left in the vault folder.
    with handle.open() as session:
        from utvag.services import session as session_service

        session_service.backup(session, out_dir / "c.utvb")
    assert not list(handle.directory.glob("*.partial-db*"))
    assert not list(out_dir.glob("*.partial-db*"))
