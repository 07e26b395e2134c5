"""Kill rounds for transfer export and import (test_transfer_service_kill.py, ``make stress``).

Each round makes a fresh small case at Hisingen, runs one export (Hisingen) or import (SAV) in a
child process (``kill_child.py``) and kills it with SIGKILL, either at a chosen event (a file
operation in the round's folder or a COMMIT: see the child) or at a random moment. Then, with
the killed vault opened again *before* anything finishes the interrupted work, it checks what a
user could be misled by, runs the next transfer command, and carries the transfer through to
the end (receipt back at the sender), so every round proves the case arrived exactly once.
"""

from __future__ import annotations

import io
import random
import select
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from utvag.services import audit_log, cases, transfer
from utvag.services.session import Session, check_integrity
from utvag.transfer import read_header

CHILD = Path(__file__).with_name("kill_child.py")
REASON = "Den enskilde har flyttat till SAV:s upptagningsområde."
GROUND = "Begäran från SAV enligt 10 kap. 2 § OSL."


@dataclass
class Side:
    """One unit's vault (closed between steps, since the child needs it alone)."""

    handle: Any
    passphrase_file: Path

    def open(self) -> Session:
        return self.handle.open()  # type: ignore[no-any-return]


@dataclass
class Rounds:
    sender: Side
    receiver: Side
    base: Path
    env: dict[str, str]
    counter: int = 0

    # -- the child ----------------------------------------------------------------------------
    def run_child(self, side: Side, mode: str, watch: Path, kill_at: int, *args: object,
                  kill_after: float | None = None) -> bool:
        """Run the child; True when it was killed, False when it finished."""
        argv = [sys.executable, str(CHILD), mode, str(side.handle.directory),
                str(side.passphrase_file), str(side.handle.policy.source), str(watch),
                str(kill_at), *[str(a) for a in args]]
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, env=self.env)
        if kill_after is not None:
            assert proc.stdout is not None
            ready = select.select([proc.stdout], [], [], 60)[0]
            assert ready and proc.stdout.readline() == "ready\n", "child did not start"
            time.sleep(kill_after)
            proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=120)
        if proc.returncode == -signal.SIGKILL:
            return True
        assert proc.returncode == 0, err
        # (after a "ready" read above, the rest of the output may sit in that reader's buffer)
        assert kill_after is not None or "events" in out, out
        return False

    # -- one round ----------------------------------------------------------------------------
    def fresh_case(self) -> tuple[int, Path]:
        self.counter += 1
        folder = self.base / f"round-{self.counter}"
        folder.mkdir(parents=True)
        with self.sender.open() as session:
            case_id = cases.new_case(session, {"type": "defector", "person": {
                "name": f"Fiktiv Person {self.counter}", "birth_date": "1990-01-01"}})
            cases.add_note(session, case_id, f"Anteckning {self.counter}.", sign=True)
            cases.attach(session, case_id, io.BytesIO(bytes(range(256)) * 300), "bilaga.bin")
        return case_id, folder

    def export(self, session: Session, case_id: int, out: Path) -> None:
        transfer.export_case(session, case_id, "SAV", out, reason=REASON, legal_ground=GROUND)

    def export_round(self, kill_at: int, kill_after: float | None = None) -> bool:
        case_id, folder = self.fresh_case()
        out = folder / "case.utvp"
        killed = self.run_child(self.sender, "export", folder, kill_at, case_id, "SAV", out,
                                kill_after=kill_after)
        with self.sender.open() as session:
            sent = _sent(session, case_id)
            visible = _visible(folder)
            if visible:  # a package a user can pick up: the vault must stand behind it
                assert visible == [out], visible
                assert sent, f"event {kill_at}: a package without a sent record"
                assert package_id_of(out).hex() == sent[0].package_id
            if sent:
                _assert_exported(session, case_id)
            else:
                assert _status(session, case_id) != "transferred"
                assert _disclosures(session, case_id) == 0
            outcomes = transfer.finish_pending(session)  # the next run
            assert all(o.action != "failed" for o in outcomes), outcomes
            assert _hidden(folder) == [], f"event {kill_at}: temporary files left"
            if sent:
                assert _visible(folder) == [out], f"event {kill_at}: package not placed"
            else:
                assert _visible(folder) == []
                self.export(session, case_id, out)
            _assert_exported(session, case_id)
            _assert_sound(session, kill_at)
        self.deliver(out, folder)
        return killed

    def deliver(self, package: Path, folder: Path) -> None:
        receipt = folder / "receipt.utvp"
        with self.receiver.open() as session:
            result = transfer.import_package(session, package, receipt_out=receipt)
            assert result.receipt == str(receipt)
        self.settle(receipt, package_id_of(package))

    def settle(self, receipt: Path, package_id: bytes) -> None:
        with self.sender.open() as session:
            done = transfer.import_receipt(session, receipt)
            assert done.package_id == package_id.hex() and done.result == "imported"

    def import_round(self, kill_at: int, kill_after: float | None = None) -> bool:
        case_id, folder = self.fresh_case()
        package = folder / "case.utvp"
        receipt = folder / "receipt.utvp"
        with self.sender.open() as session:
            self.export(session, case_id, package)
        package_id = package_id_of(package)
        killed = self.run_child(self.receiver, "import", folder, kill_at, package, receipt,
                                kill_after=kill_after)
        with self.receiver.open() as session:
            imported = _received(session, package_id)
            if receipt.exists():  # proof of delivery: the case must be here
                assert imported, f"event {kill_at}: a receipt for a case this vault lacks"
            assert set(_visible(folder)) <= {package, receipt}
            outcomes = transfer.finish_pending(session)  # the next run
            assert all(o.action != "failed" for o in outcomes), outcomes
            assert _hidden(folder) == [], f"event {kill_at}: temporary files left"
            if imported:
                assert receipt.exists(), f"event {kill_at}: the receipt was not written"
            else:
                assert not receipt.exists()
                transfer.import_package(session, package, receipt_out=receipt)
            assert _received(session, package_id)
            _assert_sound(session, kill_at)
        self.settle(receipt, package_id)
        return killed


def _visible(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if not p.name.startswith("."))


def _hidden(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith("."))


def package_id_of(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return read_header(handle).package_id


def _sent(session: Session, case_id: int) -> list[Any]:
    return transfer.transfer_state(session, case_id)


def _received(session: Session, package_id: bytes) -> bool:
    return session.vault.conn.execute("SELECT count(*) FROM received_package WHERE"
                                      " package_id = ?", (package_id,)).fetchone()[0] == 1


def _status(session: Session, case_id: int) -> str:
    return str(session.vault.conn.execute("SELECT status FROM case_record WHERE id = ?",
                                          (case_id,)).fetchone()[0])


def _disclosures(session: Session, case_id: int) -> int:
    return int(session.vault.conn.execute("SELECT count(*) FROM disclosure WHERE case_id = ?",
                                          (case_id,)).fetchone()[0])


def _assert_exported(session: Session, case_id: int) -> None:
    assert _status(session, case_id) == "transferred"
    assert _disclosures(session, case_id) == 1
    assert len(transfer.transfer_state(session, case_id)) == 1


def _assert_sound(session: Session, kill_at: int) -> None:
    assert check_integrity(session) == [], kill_at
    report = audit_log.verify(session)
    assert report.ok, f"event {kill_at}: {report.problem}"


def random_delays(seed: int, rounds: int) -> list[float]:
    rng = random.Random(seed)
    return [rng.uniform(0.0, 0.3) for _ in range(rounds)]
