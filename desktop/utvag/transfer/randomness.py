"""Where sealing gets its randomness.

Production code always uses :data:`SYSTEM_RANDOMNESS` (the OS generator and the HPKE encapsulation
of ``cryptography``). The :class:`Randomness` protocol exists so that the test-vector generator can
substitute fixed values; no public function accepts a replacement.
"""

from __future__ import annotations

import os
from typing import Protocol

from utvag.transfer.suites import HpkePublicKey, KemId


class Randomness(Protocol):
    def random_bytes(self, size: int) -> bytes:
        """*size* uniformly random bytes."""
        ...

    def hpke_seal(
        self, kem: KemId, public_key: HpkePublicKey, info: bytes, plaintext: bytes | bytearray
    ) -> bytes:
        """HPKE base-mode single-shot seal, returning ``enc ‖ ciphertext``."""
        ...


class SystemRandomness:
    def random_bytes(self, size: int) -> bytes:
        return os.urandom(size)

    def hpke_seal(
        self, kem: KemId, public_key: HpkePublicKey, info: bytes, plaintext: bytes | bytearray
    ) -> bytes:
        return kem.suite().encrypt(plaintext, public_key, info=info)


SYSTEM_RANDOMNESS: Randomness = SystemRandomness()
