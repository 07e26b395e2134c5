"""Signed statements about unit keys: a *rotation* (the unit's new card, signed by its old key and
by the new one) and a *revocation* (keys declared compromised or superseded, each signed by itself).

A revocation lists every key of the unit that the compromise exposed (the current one and the
retired ones still in the vault), each entry signed by its own key. Both are small JSON files that
embed the card(s) they speak about; the signatures cover a fixed binary encoding (see
``docs/transfer-format.md``), never the JSON text. Nothing here decides what to trust: the caller
checks that the old key of a rotation is one it trusts, and asks a person to confirm the new
fingerprint."""

from __future__ import annotations

import json
import struct
from collections.abc import Sequence
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
MAX_REVOKED_KEYS = 32
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


def _replaces(old: PublicCard, new: PublicCard) -> bool:
    """A rotation gives the holder of *old* another key and keeps the unit, the role and the
    holder: a caseworker's key cannot become a manager's or another person's by rotating it."""
    return ((old.unit, old.role, old.holder) == (new.unit, new.role, new.holder)
            and old.key_id != new.key_id)


def make_rotation(old: UnitIdentity, new: UnitIdentity, *, now: datetime | None = None) -> bytes:
    """The rotation file: both cards, signed by the old key and by the new key."""
    if not _replaces(old.card, new.card):
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
    if not _replaces(old, new):
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


def make_revocation(identities: Sequence[UnitIdentity], reason: str, *,
                    now: datetime | None = None) -> bytes:
    """The revocation file for the keys of *identities* (one unit's), each signed by itself."""
    if reason not in REVOCATION_REASONS:
        raise ValueError(f"reason is one of {REVOCATION_REASONS}")
    if not _keys_of_one_unit([identity.card for identity in identities]):
        raise ValueError("a revocation names 1-32 different keys of one unit")
    moment = _now(now)
    entries = []
    for identity in identities:
        revocation = Revocation(identity.card, moment, reason)
        entries.append({
            "card": identity.card.to_doc(), "revoked": enc.format_time(moment),
            "reason": reason,
            "signature": enc.b64encode(identity.signing_key.sign(revocation.signed_bytes()))})
    return _dump({"format": REVOCATION_FORMAT, "version": STATEMENT_VERSION,
                  "revocations": entries})


def read_revocation(data: bytes) -> list[Revocation]:
    """Parse a revocation file and check each entry's signature by the key it revokes."""
    doc = _statement(data, REVOCATION_FORMAT, _REVOCATION, {"format", "version", "revocations"})
    entries = doc["revocations"]
    if not isinstance(entries, list) or not 1 <= len(entries) <= MAX_REVOKED_KEYS:
        enc.fail(_REVOCATION)
    found: list[Revocation] = []
    for entry in entries:
        if not isinstance(entry, dict):
            enc.fail(_REVOCATION)
        enc.require_keys(entry, {"card", "revoked", "reason", "signature"}, _REVOCATION)
        reason = enc.get_str(entry, "reason", _REVOCATION)
        if reason not in REVOCATION_REASONS:
            enc.fail(_REVOCATION)
        revocation = Revocation(PublicCard.from_doc(enc.get_obj(entry, "card", _REVOCATION)),
                                enc.get_time(entry, "revoked", _REVOCATION), reason)
        _verify(revocation.card, enc.get_b64(entry, "signature", _REVOCATION, max_len=64),
                revocation.signed_bytes(), "The key revocation's signature does not match")
        found.append(revocation)
    if not _keys_of_one_unit([revocation.card for revocation in found]):
        raise PackageError("The key revocation must name different keys of one unit")
    return found


# -- shared ------------------------------------------------------------------------------------


def _keys_of_one_unit(cards: Sequence[PublicCard]) -> bool:
    """What a revocation may name: 1 to ``MAX_REVOKED_KEYS`` different keys of one unit."""
    return (1 <= len(cards) <= MAX_REVOKED_KEYS and len({card.unit for card in cards}) == 1
            and len({card.key_id for card in cards}) == len(cards))


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
