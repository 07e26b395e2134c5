"""The inner manifest: signed by the sender and encrypted with the payload.

It repeats the header's routing fields (so a package cannot be decrypted and re-encrypted to
someone else without the change showing) and lists every entry's name, size and SHA-256 in the
order the entries follow it in the payload. Its bytes are canonical JSON; the signature is Ed25519
over ``MANIFEST_DOMAIN ‖ manifest``.
"""

from __future__ import annotations

import hmac
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from utvag.transfer import encoding as enc
from utvag.transfer.errors import PackageError
from utvag.transfer.header import PackageHeader, PackageKind
from utvag.transfer.limits import (
    MAX_ATTACHMENT_SIZE,
    MAX_DOCUMENT_SIZE,
    MAX_ENTRIES,
    MAX_RECEIPT_SIZE,
    MAX_SEQUENCE,
)
from utvag.transfer.names import (
    ANSWER_DOCUMENT,
    CASE_DOCUMENT,
    CONSULTATION_DOCUMENT,
    DOCUMENTS,
    HANDOVER_DOCUMENT,
    INCIDENT_DOCUMENT,
    LOG_REVIEW_DOCUMENT,
    LOG_SIGNATURE_DOCUMENT,
    RECEIPT_DOCUMENT,
    STATISTICS_DOCUMENT,
    has_duplicates,
    is_valid_entry_name,
    is_valid_unit_name,
)

MANIFEST_FORMAT = "utvag-manifest"
MANIFEST_VERSION = 1
MANIFEST_DOMAIN = b"utvag transfer v1 manifest\x00"
MANIFEST_SIGNATURE_SIZE = 64
_WHAT = "package manifest"
_KEYS = {
    "format",
    "version",
    "kind",
    "package_id",
    "sequence",
    "created",
    "expires",
    "sender",
    "recipient",
    "entries",
}


@dataclass(frozen=True)
class ManifestEntry:
    name: str = field(repr=False)
    size: int
    sha256: bytes

    @property
    def is_attachment(self) -> bool:
        return self.name not in DOCUMENTS


@dataclass(frozen=True)
class Manifest:
    kind: PackageKind
    package_id: bytes
    sequence: int
    created: datetime
    expires: datetime
    sender_unit: str
    sender_key_id: bytes
    recipient_unit: str
    recipient_key_id: bytes
    entries: tuple[ManifestEntry, ...]

    def to_json(self) -> bytes:
        doc: dict[str, Any] = {
            "format": MANIFEST_FORMAT,
            "version": MANIFEST_VERSION,
            "kind": self.kind.value,
            "package_id": self.package_id.hex(),
            "sequence": self.sequence,
            "created": enc.format_time(self.created),
            "expires": enc.format_time(self.expires),
            "sender": {"unit": self.sender_unit, "key_id": self.sender_key_id.hex()},
            "recipient": {"unit": self.recipient_unit, "key_id": self.recipient_key_id.hex()},
            "entries": [
                {"name": e.name, "size": e.size, "sha256": e.sha256.hex()} for e in self.entries
            ],
        }
        return enc.canonical_json(doc)

    @property
    def entries_size(self) -> int:
        return sum(e.size for e in self.entries)


# Kinds whose only entry is one JSON document (the receipt keeps its own, older wording).
# Kinds whose package is one signed JSON document (docs/transfer-format.md, "Other kinds").
_SINGLE_DOCUMENT = {
    PackageKind.CONSULTATION: CONSULTATION_DOCUMENT,
    PackageKind.CONSULTATION_ANSWER: ANSWER_DOCUMENT,
    PackageKind.INCIDENT_REPORT: INCIDENT_DOCUMENT,
    PackageKind.LOG_REVIEW: LOG_REVIEW_DOCUMENT,
    PackageKind.LOG_REVIEW_SIGNATURE: LOG_SIGNATURE_DOCUMENT,
    PackageKind.STATISTICS_CONTRIBUTION: STATISTICS_DOCUMENT,
}


def entry_problem(kind: PackageKind, entries: Sequence[ManifestEntry]) -> str | None:
    """Why this list of entries may not form a package of *kind*, or ``None`` if it may."""
    if not entries:
        return "A package must contain at least one entry"
    if len(entries) > MAX_ENTRIES:
        return f"A package may contain at most {MAX_ENTRIES} entries"
    for entry in entries:
        if not is_valid_entry_name(entry.name):
            return "The package contains an entry with a name that is not allowed"
        limit = MAX_DOCUMENT_SIZE if entry.name in DOCUMENTS else MAX_ATTACHMENT_SIZE
        if entry.name == RECEIPT_DOCUMENT:
            limit = MAX_RECEIPT_SIZE
        if not 0 <= entry.size <= limit:
            return (f"The entry {entry.name!r} is larger than the format allows"
                    if entry.name in DOCUMENTS  # an attachment's entry name is its file name
                    else "An attachment is larger than the format allows")
        if len(entry.sha256) != 32:
            return "The package contains an entry without a valid hash"
    if has_duplicates(e.name for e in entries):
        return "The package contains two entries with the same name"
    if kind is PackageKind.RECEIPT:
        if len(entries) != 1 or entries[0].name != RECEIPT_DOCUMENT:
            return "A receipt must contain exactly one entry, receipt.json"
    elif kind in _SINGLE_DOCUMENT:
        name = _SINGLE_DOCUMENT[kind]
        if len(entries) != 1 or entries[0].name != name:
            return f"A package of kind {kind.value} must contain exactly one entry, {name}"
    elif entries[0].name != CASE_DOCUMENT or any(
        e.name == RECEIPT_DOCUMENT or e.name in _SINGLE_DOCUMENT.values() for e in entries
    ):
        return "A case package must start with case.json and may not contain a receipt"
    elif (kind is PackageKind.HANDOVER) != any(e.name == HANDOVER_DOCUMENT for e in entries):
        return "A handover, and only a handover, carries handover.json"
    return None



def sign_manifest(signing_key: Ed25519PrivateKey, manifest_bytes: bytes) -> bytes:
    return signing_key.sign(MANIFEST_DOMAIN + manifest_bytes)


def verify_manifest_signature(key: Ed25519PublicKey, manifest_bytes: bytes, sig: bytes) -> None:
    try:
        key.verify(sig, MANIFEST_DOMAIN + manifest_bytes)
    except InvalidSignature:
        raise PackageError("The package contents were not signed by the sender") from None


def _party(doc: dict[str, Any], key: str) -> tuple[str, bytes]:
    party = enc.get_obj(doc, key, _WHAT)
    enc.require_keys(party, {"unit", "key_id"}, _WHAT)
    unit = enc.get_str(party, "unit", _WHAT)
    if not is_valid_unit_name(unit):
        enc.fail(_WHAT)
    return unit, enc.get_hex(party, "key_id", 32, _WHAT)


def parse_manifest(data: bytes) -> Manifest:
    """Parse a manifest strictly; entry rules are checked as well."""
    doc = enc.parse_versioned(data, _WHAT, _KEYS, MANIFEST_FORMAT, MANIFEST_VERSION)
    try:
        kind = PackageKind(enc.get_str(doc, "kind", _WHAT))
    except ValueError:
        enc.fail(_WHAT)
    raw_entries = doc.get("entries")
    if not isinstance(raw_entries, list) or len(raw_entries) > MAX_ENTRIES:
        enc.fail(_WHAT)
    entries: list[ManifestEntry] = []
    for raw in raw_entries:
        if not isinstance(raw, dict):
            enc.fail(_WHAT)
        enc.require_keys(raw, {"name", "size", "sha256"}, _WHAT)
        entries.append(
            ManifestEntry(
                name=enc.get_str(raw, "name", _WHAT),
                size=enc.get_int(raw, "size", _WHAT),
                sha256=enc.get_hex(raw, "sha256", 32, _WHAT),
            )
        )
    problem = entry_problem(kind, entries)
    if problem:
        raise PackageError(problem)
    sender_unit, sender_key_id = _party(doc, "sender")
    recipient_unit, recipient_key_id = _party(doc, "recipient")
    return Manifest(
        kind=kind,
        package_id=enc.get_hex(doc, "package_id", 16, _WHAT),
        sequence=enc.get_int(doc, "sequence", _WHAT, hi=MAX_SEQUENCE),
        created=enc.get_time(doc, "created", _WHAT),
        expires=enc.get_time(doc, "expires", _WHAT),
        sender_unit=sender_unit,
        sender_key_id=sender_key_id,
        recipient_unit=recipient_unit,
        recipient_key_id=recipient_key_id,
        entries=tuple(entries),
    )


def check_manifest_matches_header(manifest: Manifest, header: PackageHeader) -> None:
    """The signed manifest must agree with the signed header field for field."""
    same = (
        manifest.kind is header.kind
        and hmac.compare_digest(manifest.package_id, header.package_id)
        and manifest.sequence == header.sequence
        and manifest.created == header.created
        and manifest.expires == header.expires
        and hmac.compare_digest(manifest.sender_key_id, header.sender_key_id)
        and hmac.compare_digest(manifest.recipient_key_id, header.recipient_key_id)
    )
    if not same:
        raise PackageError("The package's contents do not match its envelope; it was altered")
