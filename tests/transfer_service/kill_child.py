"""Child process for the transfer kill tests: one export or import, killed with SIGKILL.

Usage: kill_child.py MODE VAULT_DIR PASSPHRASE_FILE POLICY_FILE WATCH_DIR KILL_AT ARG...

MODE ``export`` (ARG: CASE_ID UNIT OUT), ``import`` (ARG: PACKAGE RECEIPT_OUT) or ``finish``
(no ARG: the next run, which finishes what an interrupted one left behind).

The child counts *events*: every file operation Python reports (``sys.addaudithook``: open,
rename, link, remove) on a path under WATCH_DIR, and every COMMIT the vault's connection is
about to run (``set_trace_callback``). Both are reported before the operation happens. With
KILL_AT = N ≥ 0 the child sends itself SIGKILL at event N, so the operation never runs: a real
kill at a chosen point, reproducible, with nothing added to Utväg for it. With KILL_AT = -1 it
runs to the end and prints ``events N`` (how many kill points there are). It prints ``ready``
once the vault is open, for kills at random moments from outside.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any

from kill_rounds import GROUND, REASON

from utvag.services import session, transfer
from utvag.services.policy import load_policy

_FILE_EVENTS = {"open", "os.rename", "os.link", "os.remove"}


class Killer:
    def __init__(self, watch: Path, kill_at: int) -> None:
        self.watch = str(watch.resolve())
        self.kill_at = kill_at
        self.count = 0
        self.armed = False

    def event(self) -> None:
        if not self.armed:
            return
        if self.count == self.kill_at:
            sys.stdout.flush()
            os.kill(os.getpid(), signal.SIGKILL)
        self.count += 1

    def audit(self, name: str, args: tuple[Any, ...]) -> None:
        if name in _FILE_EVENTS and args and isinstance(args[0], (str, bytes, os.PathLike)):
            path = os.fsdecode(args[0])
            if os.path.abspath(path).startswith(self.watch):
                self.event()

    def statement(self, sql: str) -> None:
        if sql.strip().upper().startswith("COMMIT"):
            self.event()


def main() -> None:
    mode, directory, passphrase_file, policy_file, watch, kill_at, *rest = sys.argv[1:]
    passphrase = Path(passphrase_file).read_text(encoding="utf-8").splitlines()[0]
    killer = Killer(Path(watch), int(kill_at))
    sys.addaudithook(killer.audit)
    opened = session.unlock(Path(directory), passphrase=passphrase,
                            policy=load_policy(Path(policy_file)))
    opened.vault.conn.set_trace_callback(killer.statement)
    print("ready", flush=True)
    killer.armed = True
    if mode == "export":
        case_id, unit, out = rest
        transfer.export_case(opened, int(case_id), unit, Path(out), reason=REASON,
                             legal_ground=GROUND)
    elif mode == "import":
        package, receipt = rest
        transfer.import_package(opened, Path(package), receipt_out=Path(receipt))
    else:
        transfer.finish_pending(opened)
    killer.armed = False
    opened.close()
    print(f"events {killer.count}", flush=True)


if __name__ == "__main__":
    main()
