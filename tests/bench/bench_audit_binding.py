"""The cost of binding the audit head at once after a protected or high-risk read.

Opening a case with a protected identity appends its audit row and then writes the key-slot file
(fsync, rename, fsync of the folder) and the head's copy in the OS keyring. The baseline is the
same read of an ordinary case in the same vault, which does neither; samples are interleaved.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from utvag.services import cases
from utvag.services import session as session_service
from utvag.services.policy import Policy
from utvag.vault.kdf import KdfParams

PASSPHRASE = "Benchmark passphrase for fictional data"
KDF = KdfParams(iterations=3, memory_kib=64 * 1024)  # the unlock is not what is measured


def _ms(fn: Any) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def run(report: Any) -> None:
    import keyring

    samples = 20 if report.quick else 200
    with tempfile.TemporaryDirectory(dir=report.workdir) as tmp:
        opened, _ = session_service.create(Path(tmp) / "vault", "Hisingen", PASSPHRASE, kdf=KDF,
                                           policy=Policy(keyring_allowed=False))
        with opened:
            ordinary = cases.new_case(opened, {"type": "defector", "person": {
                "name": "Fiktiv Person", "birth_date": "1990-01-01"}})
            protected = cases.new_case(opened, {"type": "defector", "person": {
                "name": "Fiktiv Skyddad", "birth_date": "1990-01-01",
                "protected_identity": "skyddad_folkbokforing"}})
            bound, plain = [], []
            for _ in range(samples):
                bound.append(_ms(lambda: cases.show_case(opened, protected)))
                plain.append(_ms(lambda: cases.show_case(opened, ordinary)))
    report.fact("Keyring backend (audit head copy)", type(keyring.get_keyring()).__name__)
    report.add("open a protected case (head bound at once), median", statistics.median(bound),
               statistics.median(plain), "ms")
