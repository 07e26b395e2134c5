"""Receipts: the receiving unit's signed statement that a package arrived, sent back encrypted.

A receipt is itself a package of kind ``receipt`` whose only entry, ``receipt.json``, holds a
statement signed by the receiver (so the sender can keep it as standalone proof of delivery) and
that signature. The statement names the package by id, sequence and digest (SHA-256 of the exact
signed header and ciphertext hash) and is matched against the sender's outstanding packages.
"""

from __future__ import annotations

import enum
import hmac
from collections.abc import Container, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, BinaryIO, Protocol

from cryptography.exceptions import InvalidSignature

from utvag.transfer import encoding as enc
from utvag.transfer.card import PublicCard
from utvag.transfer.errors import PackageError
from utvag.transfer.header import PackageKind
from utvag.transfer.identity import UnitIdentity
from utvag.transfer.limits import DEFAULT_RECEIPT_LIFETIME, MAX_RECEIPT_SIZE, MAX_SEQUENCE
from utvag.transfer.names import RECEIPT_DOCUMENT, is_valid_unit_name
from utvag.transfer.opener import MemorySink, OpenedPackage, open_package
from utvag.transfer.randomness import SYSTEM_RANDOMNESS, Randomness
from utvag.transfer.replay import ReplayState
from utvag.transfer.seal import EntrySource, SealedPackage, Writable, seal_package

RECEIPT_FORMAT = "utvag-receipt"
RECEIPT_VERSION = 1
RECEIPT_DOMAIN = b"utvag transfer v1 receipt\x00"
_WHAT = "receipt"
_STATEMENT_KEYS = {
    "format",
    "version",
    "package_id",
    "package_sequence",
    "package_digest",
    "package_sender",
    "receiver",
    "received",
    "result",
}


class ReceiptResult(enum.Enum):
    IMPORTED = "imported"
    DECLINED = "declined"


@dataclass(frozen=True)
class Receipt:
    """A verified receipt statement."""

    package_id: bytes
    package_sequence: int
    package_digest: bytes
    package_sender_key_id: bytes
    receiver_unit: str
    receiver_key_id: bytes
    received: datetime
    result: ReceiptResult
    statement: bytes
    signature: bytes
    receipt_package_id: bytes = b""


class SentPackage(Protocol):
    """What the sender keeps about a package awaiting a receipt (:class:`SealedPackage` fits)."""

    @property
    def package_id(self) -> bytes: ...
    @property
    def sequence(self) -> int: ...
    @property
    def digest(self) -> bytes: ...
    @property
    def recipient_unit(self) -> str: ...
    @property
    def recipient_key_id(self) -> bytes: ...


@dataclass(frozen=True)
class OutstandingPackage:
    """A plain record of a sent package, e.g. rebuilt from the sender's database."""

    package_id: bytes
    sequence: int
    digest: bytes
    recipient_unit: str
    recipient_key_id: bytes


def receipt_statement(
    identity: UnitIdentity, opened: OpenedPackage, result: ReceiptResult, received: datetime
) -> bytes:
    doc: dict[str, Any] = {
        "format": RECEIPT_FORMAT,
        "version": RECEIPT_VERSION,
        "package_id": opened.package_id.hex(),
        "package_sequence": opened.sequence,
        "package_digest": opened.digest.hex(),
        "package_sender": opened.sender.key_id.hex(),
        "receiver": {"unit": identity.unit, "key_id": identity.key_id.hex()},
        "received": enc.format_time(received),
        "result": result.value,
    }
    return enc.canonical_json(doc)


def make_receipt(
    sink: Writable,
    *,
    identity: UnitIdentity,
    opened: OpenedPackage,
    sequence: int,
    result: ReceiptResult = ReceiptResult.IMPORTED,
    now: datetime | None = None,
    lifetime: timedelta = DEFAULT_RECEIPT_LIFETIME,
) -> SealedPackage:
    """Write a receipt for *opened*, encrypted to its sender and signed by *identity*.

    *sequence* is the receiver's own next sequence number (the same counter as its packages).
    """
    return _make_receipt(sink, identity, opened, sequence, result, now, lifetime, SYSTEM_RANDOMNESS)


def _make_receipt(
    sink: Writable,
    identity: UnitIdentity,
    opened: OpenedPackage,
    sequence: int,
    result: ReceiptResult,
    now: datetime | None,
    lifetime: timedelta,
    rng: Randomness,
) -> SealedPackage:
    moment = now or datetime.now(UTC)
    statement = receipt_statement(identity, opened, result, moment)
    signature = identity.signing_key.sign(RECEIPT_DOMAIN + statement)
    document = enc.canonical_json(
        {
            "signature": enc.b64encode(signature),
            "statement": enc.parse_json_object(statement, _WHAT),
        }
    )
    return seal_package(
        sink,
        sender=identity,
        recipient=opened.sender,
        sequence=sequence,
        entries=[EntrySource.from_bytes(RECEIPT_DOCUMENT, document)],
        kind=PackageKind.RECEIPT,
        now=moment,
        lifetime=lifetime,
        progress=None,
        rng=rng,
    )


def verify_receipt_statement(statement: bytes, signature: bytes, receiver: PublicCard) -> Receipt:
    """Verify a receipt statement and its signature (also usable on stored receipts)."""
    try:
        receiver.verifier().verify(signature, RECEIPT_DOMAIN + statement)
    except InvalidSignature:
        raise PackageError(f"The receipt was not signed by {receiver.unit}") from None
    doc = enc.parse_versioned(statement, _WHAT, _STATEMENT_KEYS, RECEIPT_FORMAT, RECEIPT_VERSION)
    party = enc.get_obj(doc, "receiver", _WHAT)
    enc.require_keys(party, {"unit", "key_id"}, _WHAT)
    unit = enc.get_str(party, "unit", _WHAT)
    key_id = enc.get_hex(party, "key_id", 32, _WHAT)
    if not is_valid_unit_name(unit):
        enc.fail(_WHAT)
    if unit != receiver.unit or not hmac.compare_digest(key_id, receiver.key_id):
        raise PackageError(f"The receipt was not signed by {receiver.unit}")
    try:
        result = ReceiptResult(enc.get_str(doc, "result", _WHAT))
    except ValueError:
        enc.fail(_WHAT)
    return Receipt(
        package_id=enc.get_hex(doc, "package_id", 16, _WHAT),
        package_sequence=enc.get_int(doc, "package_sequence", _WHAT, hi=MAX_SEQUENCE),
        package_digest=enc.get_hex(doc, "package_digest", 32, _WHAT),
        package_sender_key_id=enc.get_hex(doc, "package_sender", 32, _WHAT),
        receiver_unit=unit,
        receiver_key_id=key_id,
        received=enc.get_time(doc, "received", _WHAT),
        result=result,
        statement=statement,
        signature=signature,
    )


def open_receipt(
    source: BinaryIO,
    *,
    identity: UnitIdentity,
    trusted: Iterable[PublicCard],
    seen_package_ids: Container[bytes] = frozenset(),
    now: datetime | None = None,
) -> Receipt:
    """Verify and decrypt a receipt package addressed to *identity*.

    Receipts are not subject to the sequence rule (they may arrive in any order relative to the
    receiver's case packages); each is single-use because it must match an outstanding package.
    """
    sink = MemorySink(max_total=MAX_RECEIPT_SIZE)
    opened = open_package(
        source,
        identity=identity,
        trusted=trusted,
        sink=sink,
        replay=ReplayState(seen_package_ids=seen_package_ids),
        expected_kind=PackageKind.RECEIPT,
        now=now,
    )
    doc = enc.parse_canonical_json(sink.entries[RECEIPT_DOCUMENT], _WHAT)
    enc.require_keys(doc, {"signature", "statement"}, _WHAT)
    signature = enc.get_b64(doc, "signature", _WHAT, max_len=64)
    if len(signature) != 64:
        enc.fail(_WHAT)
    statement = enc.canonical_json(enc.get_obj(doc, "statement", _WHAT))
    receipt = verify_receipt_statement(statement, signature, opened.sender)
    if not hmac.compare_digest(receipt.package_sender_key_id, identity.key_id):
        raise PackageError(f"This receipt is for a package that {identity.unit} did not send")
    return replace(receipt, receipt_package_id=opened.package_id)


def match_receipt(receipt: Receipt, outstanding: Iterable[SentPackage]) -> SentPackage:
    """The outstanding package this receipt confirms; raises :class:`PackageError` if none."""
    for sent in outstanding:
        if not hmac.compare_digest(sent.package_id, receipt.package_id):
            continue
        if not hmac.compare_digest(sent.recipient_key_id, receipt.receiver_key_id):
            raise PackageError(
                f"This receipt comes from {receipt.receiver_unit}, "
                f"but the package was sent to {sent.recipient_unit}"
            )
        if sent.sequence != receipt.package_sequence or not hmac.compare_digest(
            sent.digest, receipt.package_digest
        ):
            raise PackageError("This receipt does not match the package that was sent")
        return sent
    raise PackageError(
        f"This receipt from {receipt.receiver_unit} does not match any package awaiting a receipt"
    )
