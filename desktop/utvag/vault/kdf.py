"""Argon2id key derivation for passphrase slots.

DESIGN: Argon2id from ``cryptography`` with 4 lanes, at least 256 MiB, iterations benchmarked to
about one second at creation and never below t=3 / 64 MiB. The parameters are stored per slot and
bound into the slot's associated data, so a downgrade on disk fails authentication.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

LANES = 4
DEFAULT_MEMORY_KIB = 256 * 1024
FLOOR_ITERATIONS = 3
FLOOR_MEMORY_KIB = 64 * 1024
# The parameters are read from the key file before anything is authenticated, so what it may
# ask for is capped near what ``calibrate`` picks: at most 16 passes, 1 GiB, and no more work in
# all than 16 passes over the default 256 MiB (a few seconds on the slowest supported machine).
MAX_ITERATIONS = 16
MAX_MEMORY_KIB = 1024 * 1024
MAX_COST_KIB = MAX_ITERATIONS * DEFAULT_MEMORY_KIB
TARGET_SECONDS = 1.0


class KdfTooCostly(ValueError):
    """Key-derivation parameters beyond the cap: refused before the derivation runs."""


@dataclass(frozen=True)
class KdfParams:
    iterations: int
    memory_kib: int
    lanes: int = LANES

    def to_json(self) -> dict[str, int | str]:
        return {"alg": "argon2id", "t": self.iterations, "m_kib": self.memory_kib, "p": self.lanes}

    @staticmethod
    def from_json(data: object) -> KdfParams:
        if not isinstance(data, dict) or data.get("alg") != "argon2id":
            raise ValueError("unknown key derivation")
        t, m, p = data.get("t"), data.get("m_kib"), data.get("p")
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (t, m, p)):
            raise ValueError("malformed key derivation parameters")
        assert isinstance(t, int) and isinstance(m, int) and isinstance(p, int)
        if not (t >= 1 and m >= 8 * p and 1 <= p <= 16):
            raise ValueError("key derivation parameters out of range")
        params = KdfParams(iterations=t, memory_kib=m, lanes=p)
        if not params.within_cap:
            raise KdfTooCostly(params.describe())
        return params

    def describe(self) -> str:
        return f"{self.iterations} iterations over {self.memory_kib // 1024} MiB"

    @property
    def within_cap(self) -> bool:
        return (self.iterations <= MAX_ITERATIONS and self.memory_kib <= MAX_MEMORY_KIB
                and self.iterations * self.memory_kib <= MAX_COST_KIB)

    @property
    def meets_floor(self) -> bool:
        return self.iterations >= FLOOR_ITERATIONS and self.memory_kib >= FLOOR_MEMORY_KIB


def derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Derive a 256-bit wrapping key from a passphrase."""
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase.encode("utf-8"))


def calibrate(
    target_seconds: float = TARGET_SECONDS, memory_kib: int = DEFAULT_MEMORY_KIB
) -> KdfParams:
    """Pick iterations so one derivation takes about ``target_seconds`` on this machine."""
    probe = KdfParams(iterations=FLOOR_ITERATIONS, memory_kib=memory_kib)
    start = time.perf_counter()
    derive("calibration", b"\0" * 16, probe)
    per_iteration = (time.perf_counter() - start) / probe.iterations
    iterations = int(target_seconds / max(per_iteration, 1e-6))
    most = max(FLOOR_ITERATIONS, min(MAX_ITERATIONS, MAX_COST_KIB // memory_kib))
    iterations = max(FLOOR_ITERATIONS, min(iterations, most))
    return KdfParams(iterations=iterations, memory_kib=memory_kib)
