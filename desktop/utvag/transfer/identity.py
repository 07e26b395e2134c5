"""A unit's own identity: its Ed25519 signing key and HPKE key pair.

The private parts serialise to a compact binary blob (:meth:`UnitIdentity.to_private_bytes`) that
the vault keeps inside its encrypted database; nothing here writes them anywhere else.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from datetime import UTC, datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from utvag.transfer import encoding as enc
from utvag.transfer.card import PublicCard
from utvag.transfer.errors import PackageError
from utvag.transfer.names import is_valid_unit_name
from utvag.transfer.suites import HpkeKeyPair, KemId, generate_key_pair, load_private_key

PRIVATE_MAGIC = b"UTVGKEY\x00"
PRIVATE_VERSION = 1
_FIXED = struct.Struct(">8sBHQH")  # magic, version, KEM id, created, unit name length
_SEED = 32


@dataclass(frozen=True, repr=False)
class UnitIdentity:
    """Everything a unit needs to sign, and to open packages sent to it."""

    unit: str
    created: datetime
    signing_key: Ed25519PrivateKey
    hpke: HpkeKeyPair
    card: PublicCard = field(init=False, compare=False)

    def __post_init__(self) -> None:
        card = PublicCard(
            unit=self.unit,
            created=self.created,
            signing_public_key=self.signing_key.public_key().public_bytes_raw(),
            kem=self.hpke.kem,
            hpke_public_key=self.hpke.public_bytes,
        )
        object.__setattr__(self, "card", card)

    def __repr__(self) -> str:
        return f"UnitIdentity(unit={self.unit!r}, fingerprint={self.fingerprint!r})"

    @classmethod
    def generate(
        cls, unit: str, *, kem: KemId = KemId.XWING, now: datetime | None = None
    ) -> UnitIdentity:
        """A new identity; X-Wing (post-quantum hybrid) unless X25519 is asked for."""
        if not is_valid_unit_name(unit):
            raise ValueError("unit names are 1-100 printable characters without outer spaces")
        created = enc.from_unix(enc.to_unix(now or datetime.now(UTC)))
        return cls(unit, created, Ed25519PrivateKey.generate(), generate_key_pair(kem))

    @property
    def key_id(self) -> bytes:
        return self.card.key_id

    @property
    def fingerprint(self) -> str:
        return self.card.fingerprint

    def public_card(self) -> PublicCard:
        return self.card

    def to_private_bytes(self) -> bytearray:
        """Serialise the private identity. A ``bytearray`` so the caller can wipe it after use."""
        unit = self.unit.encode("utf-8")
        out = bytearray(
            _FIXED.pack(
                PRIVATE_MAGIC, PRIVATE_VERSION, self.hpke.kem, enc.to_unix(self.created), len(unit)
            )
        )
        out += unit
        out += self.signing_key.private_bytes_raw()
        hpke_raw = self.hpke.private_bytes()
        out += hpke_raw
        hpke_raw[:] = bytes(len(hpke_raw))
        return out

    @classmethod
    def from_private_bytes(cls, data: bytes | bytearray) -> UnitIdentity:
        """Inverse of :meth:`to_private_bytes`; refuses damaged input with :class:`PackageError`."""
        damaged = PackageError("The stored unit identity is damaged")
        view = memoryview(data)
        if len(view) < _FIXED.size:
            raise damaged
        magic, version, kem_value, created, unit_len = _FIXED.unpack_from(view)
        if magic != PRIVATE_MAGIC or version != PRIVATE_VERSION or kem_value not in set(KemId):
            raise damaged
        kem = KemId(kem_value)
        if len(view) != _FIXED.size + unit_len + _SEED + kem.private_key_size:
            raise damaged
        pos = _FIXED.size
        try:
            unit = bytes(view[pos : pos + unit_len]).decode("utf-8")
            pos += unit_len
            signing = Ed25519PrivateKey.from_private_bytes(view[pos : pos + _SEED])
            pair = load_private_key(kem, view[pos + _SEED :])
            return cls(unit, enc.from_unix(created), signing, pair)
        except (ValueError, OverflowError, PackageError) as exc:
            raise damaged from exc
