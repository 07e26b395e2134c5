"""Public key cards: what a unit publishes so that others can send to it and trust what it sends.

A card is a small JSON file. Its *key id* is SHA-256 over a fixed binary encoding of the card's
public content (see ``docs/transfer-format.md``); packages name sender and recipient by key id. The
*fingerprint* people compare over the phone is the first 160 bits of the key id in Crockford base32,
written as eight groups of four characters.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import struct
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from utvag.transfer import encoding as enc
from utvag.transfer.errors import PackageError
from utvag.transfer.limits import MAX_CARD_SIZE
from utvag.transfer.names import is_valid_unit_name
from utvag.transfer.suites import (
    AEAD_CHACHA20_POLY1305,
    KDF_HKDF_SHA256,
    HpkePublicKey,
    KemId,
    load_public_key,
)

CARD_FORMAT = "utvag-unit-card"
CARD_VERSION = 1
KEY_ID_DOMAIN = b"utvag unit card v1\x00"
_FINGERPRINT_BYTES = 20
_WHAT = "key card"
_CARD_KEYS = {
    "format",
    "version",
    "unit",
    "created",
    "signing_key",
    "encryption_key",
    "fingerprint",
}


def format_fingerprint(key_id: bytes) -> str:
    """The human form of a key id: ``XXXX XXXX XXXX XXXX XXXX XXXX XXXX XXXX``."""
    text = enc.crockford_base32(key_id[:_FINGERPRINT_BYTES])
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def fingerprints_match(a: str, b: str) -> bool:
    """Compare two fingerprints as read aloud: spaces, hyphens and case do not matter, nor do the
    look-alikes O/0 and I/L/1. Both must be complete fingerprints."""
    left, right = enc.normalise_base32(a), enc.normalise_base32(b)
    if left is None or right is None or len(left) != 32 or len(right) != 32:
        return False
    return hmac.compare_digest(left, right)


@dataclass(frozen=True)
class PublicCard:
    """A unit's published keys. Constructing one validates every field."""

    unit: str
    created: datetime
    signing_public_key: bytes
    kem: KemId
    hpke_public_key: bytes
    key_id: bytes = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not is_valid_unit_name(self.unit):
            enc.fail(_WHAT)
        try:
            enc.to_unix(self.created)
            Ed25519PublicKey.from_public_bytes(self.signing_public_key)
            load_public_key(self.kem, self.hpke_public_key)
        except ValueError as exc:
            raise PackageError("The key card is damaged or not in the expected form") from exc
        object.__setattr__(self, "key_id", hashlib.sha256(self.canonical_bytes()).digest())

    def canonical_bytes(self) -> bytes:
        """The byte string the key id is computed over."""
        unit = self.unit.encode("utf-8")
        return b"".join(
            [
                KEY_ID_DOMAIN,
                struct.pack(">H", len(unit)),
                unit,
                struct.pack(">Q", enc.to_unix(self.created)),
                struct.pack(">HHH", self.kem, KDF_HKDF_SHA256, AEAD_CHACHA20_POLY1305),
                struct.pack(">H", len(self.signing_public_key)),
                self.signing_public_key,
                struct.pack(">H", len(self.hpke_public_key)),
                self.hpke_public_key,
            ]
        )

    @property
    def fingerprint(self) -> str:
        return format_fingerprint(self.key_id)

    def matches_fingerprint(self, text: str) -> bool:
        return fingerprints_match(self.fingerprint, text)

    def confirm_fingerprint(self, text: str) -> None:
        """Refuse to go on unless *text* is this card's fingerprint (trusting a card)."""
        if not self.matches_fingerprint(text):
            raise PackageError(
                f"The fingerprint does not match the key card for {self.unit}; do not trust it"
            )

    def verifier(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.signing_public_key)

    def encryption_key(self) -> HpkePublicKey:
        return load_public_key(self.kem, self.hpke_public_key)

    def to_json(self) -> bytes:
        """The card file as pretty JSON; readers recompute and check the fingerprint field."""
        return (json.dumps(self.to_doc(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    def to_doc(self) -> dict[str, Any]:
        """The card as a JSON object (also embedded in rotation and revocation statements)."""
        return {
            "format": CARD_FORMAT,
            "version": CARD_VERSION,
            "unit": self.unit,
            "created": enc.format_time(self.created),
            "signing_key": {
                "algorithm": "Ed25519",
                "public_key": enc.b64encode(self.signing_public_key),
            },
            "encryption_key": {
                "suite": f"{self.kem.label}, HKDF-SHA256, ChaCha20-Poly1305",
                "kem_id": int(self.kem),
                "kdf_id": KDF_HKDF_SHA256,
                "aead_id": AEAD_CHACHA20_POLY1305,
                "public_key": enc.b64encode(self.hpke_public_key),
            },
            "fingerprint": self.fingerprint,
        }

    @classmethod
    def from_json(cls, data: bytes) -> PublicCard:
        """Read a card file; refuses anything malformed or whose fingerprint does not match."""
        if len(data) > MAX_CARD_SIZE:
            raise PackageError("The key card file is too large to be a key card")
        return cls.from_doc(enc.parse_json_object(data, _WHAT))

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> PublicCard:
        """A card from its JSON object; the same checks as :meth:`from_json`."""
        enc.require_keys(doc, _CARD_KEYS, _WHAT)
        if doc["format"] != CARD_FORMAT:
            raise PackageError("This file is not an Utväg key card")
        if enc.get_int(doc, "version", _WHAT) != CARD_VERSION:
            raise PackageError("The key card was made by a newer version of Utväg")
        signing = enc.get_obj(doc, "signing_key", _WHAT)
        enc.require_keys(signing, {"algorithm", "public_key"}, _WHAT)
        if signing["algorithm"] != "Ed25519":
            raise PackageError("The key card uses a signature method this version does not know")
        hpke = enc.get_obj(doc, "encryption_key", _WHAT)
        enc.require_keys(hpke, {"suite", "kem_id", "kdf_id", "aead_id", "public_key"}, _WHAT)
        enc.get_str(hpke, "suite", _WHAT)
        kem_value = enc.get_int(hpke, "kem_id", _WHAT, hi=0xFFFF)
        if (
            kem_value not in {k.value for k in KemId}
            or enc.get_int(hpke, "kdf_id", _WHAT, hi=0xFFFF) != KDF_HKDF_SHA256
            or enc.get_int(hpke, "aead_id", _WHAT, hi=0xFFFF) != AEAD_CHACHA20_POLY1305
        ):
            raise PackageError("The key card uses an encryption method this version does not know")
        card = cls(
            unit=enc.get_str(doc, "unit", _WHAT),
            created=enc.get_time(doc, "created", _WHAT),
            signing_public_key=enc.get_b64(signing, "public_key", _WHAT),
            kem=KemId(kem_value),
            hpke_public_key=enc.get_b64(hpke, "public_key", _WHAT),
        )
        if not card.matches_fingerprint(enc.get_str(doc, "fingerprint", _WHAT)):
            raise PackageError("The key card is damaged: its fingerprint does not match its keys")
        return card


def find_card(cards: Iterable[PublicCard], key_id: bytes) -> PublicCard | None:
    """The card in *cards* with this key id, if any."""
    for card in cards:
        if hmac.compare_digest(card.key_id, key_id):
            return card
    return None
