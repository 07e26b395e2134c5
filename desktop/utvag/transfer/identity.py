"""A unit's own identity: its Ed25519 signing key and HPKE key pair.

An identity has the role its card shows (a unit unless said otherwise; a caseworker or manager
identity also names its holder). Unit identities serialise as version 1, others as version 2,
which appends the role and the holder.

The private parts serialise to a compact binary blob (:meth:`UnitIdentity.to_private_bytes`) that
the vault keeps inside its encrypted database; nothing here writes them anywhere else.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from datetime import UTC, datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from utvag.transfer import encoding as enc
from utvag.transfer.card import CardRole, PublicCard
from utvag.transfer.errors import PackageError
from utvag.transfer.names import is_valid_unit_name
from utvag.transfer.suites import HpkeKeyPair, KemId, generate_key_pair, load_private_key

PRIVATE_MAGIC = b"UTVGKEY\x00"
PRIVATE_VERSION = 1
ROLE_PRIVATE_VERSION = 2
_FIXED = struct.Struct(">8sBHQH")  # magic, version, KEM id, created, unit name length
_SEED = 32


@dataclass(frozen=True, repr=False)
class UnitIdentity:
    """Everything a unit needs to sign, and to open packages sent to it."""

    unit: str
    created: datetime
    signing_key: Ed25519PrivateKey
    hpke: HpkeKeyPair
    role: CardRole = CardRole.UNIT
    holder: str | None = None
    card: PublicCard = field(init=False, compare=False)

    def __post_init__(self) -> None:
        card = PublicCard(
            unit=self.unit,
            created=self.created,
            signing_public_key=self.signing_key.public_key().public_bytes_raw(),
            kem=self.hpke.kem,
            hpke_public_key=self.hpke.public_bytes,
            role=self.role,
            holder=self.holder,
        )
        object.__setattr__(self, "card", card)

    def __repr__(self) -> str:
        return (
            f"UnitIdentity(unit={self.unit!r}, role={self.role.value!r}, "
            f"fingerprint={self.fingerprint!r})"
        )

    @classmethod
    def generate(
        cls,
        unit: str,
        *,
        kem: KemId = KemId.XWING,
        now: datetime | None = None,
        role: CardRole = CardRole.UNIT,
        holder: str | None = None,
    ) -> UnitIdentity:
        """A new identity; X-Wing (post-quantum hybrid) unless X25519 is asked for."""
        if not is_valid_unit_name(unit):
            raise ValueError("unit names are 1-100 printable characters without outer spaces")
        if not role.admits_holder(holder):
            raise ValueError("caseworker and manager keys name their holder; other roles do not")
        created = enc.from_unix(enc.to_unix(now or datetime.now(UTC)))
        return cls(
            unit, created, Ed25519PrivateKey.generate(), generate_key_pair(kem), role, holder
        )

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
        version = PRIVATE_VERSION if self.role is CardRole.UNIT else ROLE_PRIVATE_VERSION
        out = bytearray(
            _FIXED.pack(PRIVATE_MAGIC, version, self.hpke.kem, enc.to_unix(self.created), len(unit))
        )
        out += unit
        out += self.signing_key.private_bytes_raw()
        hpke_raw = self.hpke.private_bytes()
        out += hpke_raw
        hpke_raw[:] = bytes(len(hpke_raw))
        if version == ROLE_PRIVATE_VERSION:
            role, holder = self.role.value.encode("ascii"), (self.holder or "").encode("utf-8")
            out += enc.length_prefixed(role, holder)
        return out

    @classmethod
    def from_private_bytes(cls, data: bytes | bytearray) -> UnitIdentity:
        """Inverse of :meth:`to_private_bytes`; refuses damaged input with :class:`PackageError`."""
        damaged = PackageError("The stored unit identity is damaged")
        view = memoryview(data)
        if len(view) < _FIXED.size:
            raise damaged
        magic, version, kem_value, created, unit_len = _FIXED.unpack_from(view)
        versions = (PRIVATE_VERSION, ROLE_PRIVATE_VERSION)
        if magic != PRIVATE_MAGIC or version not in versions or kem_value not in set(KemId):
            raise damaged
        kem = KemId(kem_value)
        keys_end = _FIXED.size + unit_len + _SEED + kem.private_key_size
        if len(view) < keys_end or (version == PRIVATE_VERSION and len(view) != keys_end):
            raise damaged
        pos = _FIXED.size
        try:
            unit = bytes(view[pos : pos + unit_len]).decode("utf-8")
            pos += unit_len
            signing = Ed25519PrivateKey.from_private_bytes(view[pos : pos + _SEED])
            pair = load_private_key(kem, view[pos + _SEED : keys_end])
            role, holder = CardRole.UNIT, None
            if version == ROLE_PRIVATE_VERSION:
                role, holder = _read_role(view[keys_end:])
            return cls(unit, enc.from_unix(created), signing, pair, role, holder)
        except (ValueError, OverflowError, PackageError, struct.error) as exc:
            raise damaged from exc


def _read_role(tail: memoryview) -> tuple[CardRole, str | None]:
    """Role and holder from the end of a version 2 private identity (exactly these bytes)."""
    (role_len,) = struct.unpack_from(">H", tail)
    role = CardRole(bytes(tail[2 : 2 + role_len]).decode("ascii"))
    pos = 2 + role_len
    (holder_len,) = struct.unpack_from(">H", tail, pos)
    pos += 2
    if len(tail) != pos + holder_len or role is CardRole.UNIT:
        raise ValueError("damaged role")
    holder = bytes(tail[pos:]).decode("utf-8") if role.names_holder else None
    if holder is None and holder_len:
        raise ValueError("damaged role")
    return role, holder
