"""Algorithm identifiers and the HPKE key types behind them.

Identifiers are the IANA HPKE registry values (RFC 9180 §7): KEM ``0x647A`` is X-Wing
(ML-KEM-768 + X25519, the default) and ``0x0020`` is DHKEM(X25519, HKDF-SHA256), kept for
interoperability. The KDF is always HKDF-SHA256 (``0x0001``) and the HPKE AEAD always
ChaCha20-Poly1305 (``0x0003``). The payload cipher has its own id space (``1`` =
ChaCha20-Poly1305 STREAM with 64 KiB chunks).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519

from utvag.transfer.errors import PackageError

KDF_HKDF_SHA256 = 0x0001
AEAD_CHACHA20_POLY1305 = 0x0003
PAYLOAD_CHACHA20_POLY1305_STREAM = 1

_MLKEM768_SEED = 64
_MLKEM768_PUBLIC = 1184
_X25519 = 32

HpkePublicKey = x25519.X25519PublicKey | hpke.MLKEM768X25519PublicKey
HpkePrivateKey = x25519.X25519PrivateKey | hpke.MLKEM768X25519PrivateKey


class KemId(enum.IntEnum):
    """HPKE KEM identifiers this format accepts."""

    X25519 = 0x0020
    XWING = 0x647A

    @property
    def label(self) -> str:
        if self is KemId.X25519:
            return "DHKEM(X25519, HKDF-SHA256)"
        return "X-Wing (ML-KEM-768+X25519)"

    @property
    def public_key_size(self) -> int:
        return _X25519 if self is KemId.X25519 else _MLKEM768_PUBLIC + _X25519

    @property
    def private_key_size(self) -> int:
        return _X25519 if self is KemId.X25519 else _MLKEM768_SEED + _X25519

    @property
    def enc_size(self) -> int:
        return self._kem().enc_length()

    @property
    def wrapped_key_size(self) -> int:
        """HPKE output for a 32-byte content key: ``enc`` plus ciphertext plus tag."""
        return self.enc_size + 32 + 16

    def _kem(self) -> hpke.KEM:
        return hpke.KEM.X25519 if self is KemId.X25519 else hpke.KEM.MLKEM768_X25519

    def suite(self) -> hpke.Suite:
        return hpke.Suite(self._kem(), hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)


def kem_from_id(value: int) -> KemId:
    try:
        return KemId(value)
    except ValueError:
        raise PackageError(
            "The package uses an encryption method this version does not know"
        ) from None


@dataclass(frozen=True, repr=False)
class HpkeKeyPair:
    """An HPKE key pair together with the parts needed to store and publish it."""

    kem: KemId
    private_key: HpkePrivateKey
    public_key: HpkePublicKey
    public_bytes: bytes
    x25519_key: x25519.X25519PrivateKey
    mlkem_key: mlkem.MLKEM768PrivateKey | None

    def private_bytes(self) -> bytearray:
        """Raw private material: X25519 scalar, or ML-KEM-768 seed (64) ‖ X25519 scalar (32)."""
        raw = bytearray()
        if self.mlkem_key is not None:
            raw += self.mlkem_key.private_bytes_raw()
        raw += self.x25519_key.private_bytes_raw()
        return raw

    def __repr__(self) -> str:
        return f"HpkeKeyPair(kem={self.kem.name})"


def generate_key_pair(kem: KemId) -> HpkeKeyPair:
    x_key = x25519.X25519PrivateKey.generate()
    m_key = mlkem.MLKEM768PrivateKey.generate() if kem is KemId.XWING else None
    return _assemble(kem, x_key, m_key)


def _assemble(
    kem: KemId, x_key: x25519.X25519PrivateKey, m_key: mlkem.MLKEM768PrivateKey | None
) -> HpkeKeyPair:
    x_pub = x_key.public_key()
    if m_key is None:
        return HpkeKeyPair(kem, x_key, x_pub, x_pub.public_bytes_raw(), x_key, None)
    m_pub = m_key.public_key()
    # X-Wing encodes a public key as the ML-KEM-768 key followed by the X25519 key.
    public_bytes = m_pub.public_bytes_raw() + x_pub.public_bytes_raw()
    return HpkeKeyPair(
        kem,
        hpke.MLKEM768X25519PrivateKey(m_key, x_key),
        hpke.MLKEM768X25519PublicKey(m_pub, x_pub),
        public_bytes,
        x_key,
        m_key,
    )


def load_private_key(kem: KemId, raw: bytes | bytearray | memoryview) -> HpkeKeyPair:
    """Rebuild a key pair from :meth:`HpkeKeyPair.private_bytes`; ``ValueError`` if malformed."""
    if len(raw) != kem.private_key_size:
        raise ValueError("wrong private key length")
    view = memoryview(raw)
    if kem is KemId.X25519:
        return _assemble(kem, x25519.X25519PrivateKey.from_private_bytes(view), None)
    m_key = mlkem.MLKEM768PrivateKey.from_seed_bytes(view[:_MLKEM768_SEED])
    x_key = x25519.X25519PrivateKey.from_private_bytes(view[_MLKEM768_SEED:])
    return _assemble(kem, x_key, m_key)


def load_public_key(kem: KemId, raw: bytes) -> HpkePublicKey:
    """Parse a published HPKE public key; raises ``ValueError`` if it is malformed."""
    if len(raw) != kem.public_key_size:
        raise ValueError("wrong public key length")
    if kem is KemId.X25519:
        return x25519.X25519PublicKey.from_public_bytes(raw)
    m_pub = mlkem.MLKEM768PublicKey.from_public_bytes(raw[:_MLKEM768_PUBLIC])
    x_pub = x25519.X25519PublicKey.from_public_bytes(raw[_MLKEM768_PUBLIC:])
    return hpke.MLKEM768X25519PublicKey(m_pub, x_pub)
