"""Signed statements about unit keys: a *rotation* (the unit's new card, signed by its old key and
by the new one) and a *revocation* (a key declared compromised or superseded, signed by that key).

Both are small JSON files that embed the card(s) they speak about; the signatures cover a fixed
binary encoding (see ``docs/transfer-format.md``), never the JSON text. Nothing here decides what
to trust: the caller checks that the old key of a rotation is one it trusts, and asks a person to
confirm the new fingerprint.
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidSignature

from utvag.transfer import encoding as enc
from utvag.transfer.card import PublicCard
from utvag.transfer.errors import PackageError
from utvag.transfer.identity import UnitIdentity
from utvag.transfer.limits import MAX_CARD_SIZE

ROTATION_FORMAT = "utvag-key-rotation"
REVOCATION_FORMAT = "utvag-key-revocation"
STATEMENT_VERSION = 1
ROTATION_DOMAIN = b"utvag key rotation v1\x00"
REVOCATION_DOMAIN = b"utvag key revocation v1\x00"
MAX_STATEMENT_SIZE = 4 * MAX_CARD_SIZE
REVOCATION_REASONS = ("compromised", "superseded")
_ROTATION = "key rotation"
_REVOCATION = "key revocation"


def _dump(doc: dict[str, Any]) -> bytes:
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _now(now: datetime | None) -> datetime:
    return enc.from_unix(enc.to_unix(now or datetime.now(UTC)))


def statement_format(data: bytes) -> str | None:
    """The ``format`` field of a card or statement file, or None when it has none."""
    if len(data) > MAX_STATEMENT_SIZE:
        raise PackageError("The file is too large to be a key card")
    value = enc.parse_json_object(data, "key card").get("format")
    return value if isinstance(value, str) else None


# -- rotation ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rotation:
    """A unit's old card, its new card, and when the new one replaced the old."""

    old: PublicCard
    new: PublicCard
    rotated: datetime

    def signed_bytes(self) -> bytes:
        return b"".join([ROTATION_DOMAIN, self.old.key_id, self.new.key_id,
                         struct.pack(">Q", enc.to_unix(self.rotated))])


def make_rotation(old: UnitIdentity, new: UnitIdentity, *, now: datetime | None = None) -> bytes:
    """The rotation file: both cards, signed by the old key and by the new key."""
    if old.unit != new.unit or old.key_id == new.key_id:
        raise ValueError("a rotation replaces a unit's key by another key of the same unit")
    rotation = Rotation(old.card, new.card, _now(now))
    message = rotation.signed_bytes()
    return _dump({
        "format": ROTATION_FORMAT, "version": STATEMENT_VERSION,
        "old_card": old.card.to_doc(), "new_card": new.card.to_doc(),
        "rotated": enc.format_time(rotation.rotated),
        "old_key_signature": enc.b64encode(old.signing_key.sign(message)),
        "new_key_signature": enc.b64encode(new.signing_key.sign(message)),
    })


def read_rotation(data: bytes) -> Rotation:
    """Parse a rotation file and check both signatures (not whether the old key is trusted)."""
    doc = _statement(data, ROTATION_FORMAT, _ROTATION, {
        "format", "version", "old_card", "new_card", "rotated", "old_key_signature",
        "new_key_signature"})
    old = PublicCard.from_doc(enc.get_obj(doc, "old_card", _ROTATION))
    new = PublicCard.from_doc(enc.get_obj(doc, "new_card", _ROTATION))
    if old.unit != new.unit or old.key_id == new.key_id:
        raise PackageError("The key rotation does not replace a unit's key by a new one")
    rotation = Rotation(old, new, enc.get_time(doc, "rotated", _ROTATION))
    message = rotation.signed_bytes()
    for card, field in ((old, "old_key_signature"), (new, "new_key_signature")):
        _verify(card, enc.get_b64(doc, field, _ROTATION, max_len=64), message,
                "The key rotation's signature does not match: do not trust it")
    return rotation


# -- revocation --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Revocation:
    """A key declared no longer valid by its holder."""

    card: PublicCard
    revoked: datetime
    reason: str

    def signed_bytes(self) -> bytes:
        reason = self.reason.encode("ascii")
        return b"".join([REVOCATION_DOMAIN, self.card.key_id,
                         struct.pack(">QB", enc.to_unix(self.revoked), len(reason)), reason])


def make_revocation(identity: UnitIdentity, reason: str, *,
                    now: datetime | None = None) -> bytes:
    """The revocation file for *identity*'s key, signed by that key."""
    if reason not in REVOCATION_REASONS:
        raise ValueError(f"reason is one of {REVOCATION_REASONS}")
    revocation = Revocation(identity.card, _now(now), reason)
    return _dump({
        "format": REVOCATION_FORMAT, "version": STATEMENT_VERSION,
        "card": identity.card.to_doc(), "revoked": enc.format_time(revocation.revoked),
        "reason": reason,
        "signature": enc.b64encode(identity.signing_key.sign(revocation.signed_bytes())),
    })


def read_revocation(data: bytes) -> Revocation:
    """Parse a revocation file and check its signature by the revoked key."""
    doc = _statement(data, REVOCATION_FORMAT, _REVOCATION,
                     {"format", "version", "card", "revoked", "reason", "signature"})
    reason = enc.get_str(doc, "reason", _REVOCATION)
    if reason not in REVOCATION_REASONS:
        enc.fail(_REVOCATION)
    revocation = Revocation(PublicCard.from_doc(enc.get_obj(doc, "card", _REVOCATION)),
                            enc.get_time(doc, "revoked", _REVOCATION), reason)
    _verify(revocation.card, enc.get_b64(doc, "signature", _REVOCATION, max_len=64),
            revocation.signed_bytes(), "The key revocation's signature does not match")
    return revocation


# -- shared ------------------------------------------------------------------------------------


def _statement(data: bytes, form: str, what: str, keys: set[str]) -> dict[str, Any]:
    if len(data) > MAX_STATEMENT_SIZE:
        raise PackageError(f"The file is too large to be a {what}")
    doc = enc.parse_json_object(data, what)
    if doc.get("format") != form:
        raise PackageError(f"This file is not an Utväg {what}")
    if enc.get_int(doc, "version", what) != STATEMENT_VERSION:
        raise PackageError(f"The {what} was made by a newer version of Utväg")
    enc.require_keys(doc, keys, what)
    return doc


def _verify(card: PublicCard, signature: bytes, message: bytes, failure: str) -> None:
    if len(signature) != 64:
        raise PackageError(failure)
    try:
        card.verifier().verify(signature, message)
    except InvalidSignature:
        raise PackageError(failure) from None
