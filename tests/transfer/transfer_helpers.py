"""Helpers for the transfer tests: sealing to bytes, a recording sink, and a low-level forger
that builds packages from the format's internals (to test what an honest sealer never writes)."""

from __future__ import annotations

import hashlib
import io
import struct
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

from utvag.transfer import (
    EntrySource,
    ManifestEntry,
    OpenedPackage,
    PackageKind,
    PublicCard,
    ReplayState,
    SealedPackage,
    UnitIdentity,
    open_package,
    seal_package,
)
from utvag.transfer.header import SIGNATURE_SIZE, PackageHeader, parse_header, read_header_bytes
from utvag.transfer.limits import CHUNK_SIZE
from utvag.transfer.manifest import Manifest, sign_manifest
from utvag.transfer.seal import SIGNATURE_DOMAIN
from utvag.transfer.stream import StreamSealer, derive_payload_key

NOW = datetime(2025, 3, 1, 12, 0, 0, tzinfo=UTC)
CASE_JSON = b'{"schema":"utvag-case","version":1,"case":{"id":"c-1"}}'


@dataclass
class RecordingSink:
    """Keeps every event so tests can see exactly what the opener delivered, and when."""

    events: list[tuple[str, str]] = field(default_factory=list)
    data: dict[str, bytearray] = field(default_factory=dict)
    ended: list[str] = field(default_factory=list)
    largest_write: int = 0
    _current: str | None = None

    def begin(self, entry: ManifestEntry) -> None:
        self.events.append(("begin", entry.name))
        self._current = entry.name
        self.data[entry.name] = bytearray()

    def write(self, data: bytes) -> None:
        assert self._current is not None
        assert isinstance(data, bytes)
        self.largest_write = max(self.largest_write, len(data))
        self.data[self._current] += data

    def end(self, entry: ManifestEntry) -> None:
        assert entry.name == self._current
        self.events.append(("end", entry.name))
        self.ended.append(entry.name)
        self._current = None


def case_entries(attachments: dict[str, bytes] | None = None) -> list[EntrySource]:
    entries = [EntrySource.from_bytes("case.json", CASE_JSON)]
    for name, data in (attachments or {}).items():
        entries.append(EntrySource.from_bytes(name, data))
    return entries


def seal_bytes(
    sender: UnitIdentity,
    recipient: PublicCard,
    entries: Sequence[EntrySource] | None = None,
    *,
    sequence: int = 1,
    now: datetime = NOW,
    lifetime: timedelta = timedelta(days=30),
) -> tuple[bytes, SealedPackage]:
    out = io.BytesIO()
    sealed = seal_package(
        out,
        sender=sender,
        recipient=recipient,
        sequence=sequence,
        entries=case_entries() if entries is None else entries,
        now=now,
        lifetime=lifetime,
    )
    return out.getvalue(), sealed


def open_bytes(
    data: bytes,
    identity: UnitIdentity,
    trusted: Sequence[PublicCard],
    *,
    replay: ReplayState | None = None,
    now: datetime = NOW,
    expected_kind: PackageKind | None = PackageKind.CASE_TRANSFER,
) -> tuple[OpenedPackage, RecordingSink]:
    sink = RecordingSink()
    opened = open_package(
        io.BytesIO(data),
        identity=identity,
        trusted=trusted,
        sink=sink,
        replay=replay,
        now=now,
        expected_kind=expected_kind,
    )
    return opened, sink


def make_manifest(
    sender: UnitIdentity,
    recipient: PublicCard,
    entries: dict[str, bytes],
    *,
    kind: PackageKind = PackageKind.CASE_TRANSFER,
    sequence: int = 1,
    now: datetime = NOW,
    package_id: bytes = bytes(range(16)),
) -> Manifest:
    return Manifest(
        kind=kind,
        package_id=package_id,
        sequence=sequence,
        created=now,
        expires=now + timedelta(days=30),
        sender_unit=sender.unit,
        sender_key_id=sender.key_id,
        recipient_unit=recipient.unit,
        recipient_key_id=recipient.key_id,
        entries=tuple(
            ManifestEntry(name, len(data), hashlib.sha256(data).digest())
            for name, data in entries.items()
        ),
    )


def forge(
    *,
    signer: UnitIdentity,
    recipient: PublicCard,
    manifest: Manifest,
    payload_tail: bytes,
    manifest_bytes: bytes | None = None,
    manifest_signer: UnitIdentity | None = None,
    manifest_length: int | None = None,
    header_changes: dict[str, object] | None = None,
) -> bytes:
    """Build a package from parts, signed (outer) by *signer*, with full control of the payload."""
    body = manifest.to_json() if manifest_bytes is None else manifest_bytes
    signature = sign_manifest((manifest_signer or signer).signing_key, body)
    length = len(body) if manifest_length is None else manifest_length
    plaintext = struct.pack(">I", length) + body + signature + payload_tail
    header = PackageHeader(
        kind=manifest.kind,
        kem=recipient.kem,
        sender_key_id=signer.key_id,
        recipient_key_id=recipient.key_id,
        package_id=manifest.package_id,
        sequence=manifest.sequence,
        created=manifest.created,
        expires=manifest.expires,
        payload_length=len(plaintext),
        wrapped_key=bytes(recipient.kem.wrapped_key_size),
    )
    header = replace(header, **(header_changes or {}))  # type: ignore[arg-type]
    content_key = bytes(range(32))
    wrapped = recipient.kem.suite().encrypt(
        content_key, recipient.encryption_key(), info=header.hpke_info()
    )
    header = replace(header, wrapped_key=wrapped)
    header_bytes = header.encode()
    sealer = StreamSealer(derive_payload_key(content_key, hashlib.sha256(header_bytes).digest()))
    pieces = [plaintext[i : i + CHUNK_SIZE] for i in range(0, len(plaintext), CHUNK_SIZE)] or [b""]
    ciphertext = b"".join(
        sealer.seal(piece, i == len(pieces) - 1) for i, piece in enumerate(pieces)
    )
    return header_bytes + ciphertext + outer_signature(signer, header_bytes, ciphertext)


def outer_signature(signer: UnitIdentity, header_bytes: bytes, ciphertext: bytes) -> bytes:
    digest = hashlib.sha256(ciphertext).digest()
    return signer.signing_key.sign(SIGNATURE_DOMAIN + header_bytes + digest)


def split(package: bytes) -> tuple[bytes, bytes, bytes]:
    """Header bytes, ciphertext, signature."""
    header_bytes = read_header_bytes(io.BytesIO(package))
    parse_header(header_bytes)
    return (
        header_bytes,
        package[len(header_bytes) : -SIGNATURE_SIZE],
        package[-SIGNATURE_SIZE:],
    )


def resign(signer: UnitIdentity, header_bytes: bytes, ciphertext: bytes) -> bytes:
    """Reassemble with a fresh, valid outer signature (as a malicious trusted sender could)."""
    return header_bytes + ciphertext + outer_signature(signer, header_bytes, ciphertext)
