"""Public key cards: what a unit publishes so that others can send to it and trust what it sends.

A card carries a *role*: a unit (the default, and the only role of version 1 cards), a caseworker
or a manager (cards that also name their holder, a person), or the city office that merges the
units' statistics. Unit cards are still written as version 1, so their key ids never change and
older readers keep reading them; every other role needs version 2.

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
from enum import StrEnum
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
ROLE_CARD_VERSION = 2
KEY_ID_DOMAIN = b"utvag unit card v1\x00"
ROLE_KEY_ID_DOMAIN = b"utvag key card v2\x00"
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
_ROLE_CARD_KEYS = _CARD_KEYS | {"role"}


class CardRole(StrEnum):
    """Who holds the keys a card publishes."""

    UNIT = "unit"
    CASEWORKER = "caseworker"
    MANAGER = "manager"
    CITY_OFFICE = "city-office"

    @property
    def names_holder(self) -> bool:
        """Whether a card of this role names the person who holds it."""
        return self in (CardRole.CASEWORKER, CardRole.MANAGER)

    def admits_holder(self, holder: str | None) -> bool:
        """Whether a card of this role may name *holder*: a caseworker's or manager's card names
        its holder (a valid name), a card of another role names none."""
        if self.names_holder:
            return holder is not None and is_valid_unit_name(holder)
        return holder is None


# The roles whose vault holds cases (a caseworker's own, or the whole unit's): they hand cases
# over, and send their incident reports and log reviews to the manager.
CASE_VAULTS = (CardRole.CASEWORKER, CardRole.UNIT)


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
    role: CardRole = CardRole.UNIT
    holder: str | None = None
    key_id: bytes = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not is_valid_unit_name(self.unit):
            enc.fail(_WHAT)
        if not isinstance(self.role, CardRole) or not self.role.admits_holder(self.holder):
            enc.fail(_WHAT)
        try:
            enc.to_unix(self.created)
            Ed25519PublicKey.from_public_bytes(self.signing_public_key)
            load_public_key(self.kem, self.hpke_public_key)
        except ValueError as exc:
            raise PackageError("The key card is damaged or not in the expected form") from exc
        object.__setattr__(self, "key_id", hashlib.sha256(self.canonical_bytes()).digest())

    @property
    def version(self) -> int:
        """The card format version this card is written in: 1 for units, 2 for other roles."""
        return CARD_VERSION if self.role is CardRole.UNIT else ROLE_CARD_VERSION

    @property
    def label(self) -> str:
        """The name to show: the unit, or the holder with the unit in brackets."""
        return f"{self.holder} ({self.unit})" if self.holder is not None else self.unit

    def canonical_bytes(self) -> bytes:
        """The byte string the key id is computed over."""
        unit = self.unit.encode("utf-8")
        if self.role is CardRole.UNIT:
            names = KEY_ID_DOMAIN + enc.length_prefixed(unit)
        else:
            role, holder = self.role.value.encode("ascii"), (self.holder or "").encode("utf-8")
            names = ROLE_KEY_ID_DOMAIN + enc.length_prefixed(role, unit, holder)
        return b"".join(
            [
                names,
                struct.pack(">Q", enc.to_unix(self.created)),
                struct.pack(">HHH", self.kem, KDF_HKDF_SHA256, AEAD_CHACHA20_POLY1305),
                enc.length_prefixed(self.signing_public_key, self.hpke_public_key),
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
                f"The fingerprint does not match the key card for {self.label}; do not trust it"
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
        doc: dict[str, Any] = {"format": CARD_FORMAT, "version": self.version}
        if self.role is not CardRole.UNIT:
            doc["role"] = self.role.value
        doc["unit"] = self.unit
        if self.holder is not None:
            doc["holder"] = self.holder
        return doc | {
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
        if doc.get("format") != CARD_FORMAT:
            enc.require_keys(doc, _CARD_KEYS, _WHAT)
            raise PackageError("This file is not an Utväg key card")
        version = enc.get_int(doc, "version", _WHAT, hi=0xFFFF)
        if version not in (CARD_VERSION, ROLE_CARD_VERSION):
            raise PackageError("The key card was made by a newer version of Utväg")
        role, holder = CardRole.UNIT, None
        if version == CARD_VERSION:
            enc.require_keys(doc, _CARD_KEYS, _WHAT)
        else:
            role, holder = _role_and_holder(doc)
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
            role=role,
            holder=holder,
        )
        if not card.matches_fingerprint(enc.get_str(doc, "fingerprint", _WHAT)):
            raise PackageError("The key card is damaged: its fingerprint does not match its keys")
        return card


def _role_and_holder(doc: dict[str, Any]) -> tuple[CardRole, str | None]:
    """The role and holder of a version 2 card; a version 2 card never has the unit role."""
    try:
        role = CardRole(enc.get_str(doc, "role", _WHAT))
    except ValueError as exc:
        raise PackageError("The key card names a role this version does not know") from exc
    if role is CardRole.UNIT:
        enc.fail(_WHAT)
    if role.names_holder:
        enc.require_keys(doc, _ROLE_CARD_KEYS | {"holder"}, _WHAT)
        return role, enc.get_str(doc, "holder", _WHAT)
    enc.require_keys(doc, _ROLE_CARD_KEYS, _WHAT)
    return role, None


def find_card(cards: Iterable[PublicCard], key_id: bytes) -> PublicCard | None:
    """The card in *cards* with this key id, if any."""
    for card in cards:
        if hmac.compare_digest(card.key_id, key_id):
            return card
    return None
