"""Sealing: turning entries into a package addressed to one unit and signed by another.

Entries are read from file-like sources in 64 KiB pieces and written straight to the sink, so
memory use does not grow with attachment size. A source without a known SHA-256 is read twice:
once to hash it (the manifest, which precedes the entries, must name every hash) and once to
encrypt it; the second read is hashed again and must agree, or sealing stops with
:class:`PackageError` and the caller must discard what was written.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import struct
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

from utvag.transfer import encoding as enc
from utvag.transfer.card import PublicCard
from utvag.transfer.errors import PackageError
from utvag.transfer.header import PackageHeader, PackageKind
from utvag.transfer.identity import UnitIdentity
from utvag.transfer.limits import (
    CHUNK_SIZE,
    DEFAULT_PACKAGE_LIFETIME,
    MAX_LIFETIME,
    MAX_MANIFEST_SIZE,
    MAX_PAYLOAD_SIZE,
    MAX_SEQUENCE,
)
from utvag.transfer.manifest import Manifest, ManifestEntry, entry_problem, sign_manifest
from utvag.transfer.pipeline import HashingWorker
from utvag.transfer.randomness import SYSTEM_RANDOMNESS, Randomness
from utvag.transfer.stream import StreamSealer, derive_payload_key

SIGNATURE_DOMAIN = b"utvag transfer v1 package signature\x00"
_READ_SIZE = CHUNK_SIZE

Progress = Callable[[int, int], None]


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


class Writable(Protocol):
    def write(self, data: bytes, /) -> object: ...


@dataclass(frozen=True)
class EntrySource:
    """One entry to seal: its name, exact size and a way to open it for reading (maybe twice).

    ``sha256`` may be given when the caller already knows it; it is still checked while
    encrypting unless ``sha256_stored`` says it comes from storage that authenticates every byte
    (the vault: attachment hashes computed as the bytes went in, pages under SQLCipher's HMAC).
    Then the plaintext is not hashed a second time; the receiver checks every entry against the
    signed manifest in any case, so a mismatch can only be refused there, never accepted.
    """

    name: str = field(repr=False)
    size: int
    opener: Callable[[], Readable]
    sha256: bytes | None = None
    sha256_stored: bool = False

    @classmethod
    def from_bytes(cls, name: str, data: bytes) -> EntrySource:
        return cls(name, len(data), lambda: io.BytesIO(data), hashlib.sha256(data).digest())

    @classmethod
    def from_path(cls, name: str, path: Path) -> EntrySource:
        return cls(name, path.stat().st_size, lambda: path.open("rb"))


@dataclass(frozen=True)
class SealedPackage:
    """What the sender records about a package it wrote (to match the receipt later)."""

    kind: PackageKind
    package_id: bytes
    sequence: int
    created: datetime
    expires: datetime
    recipient_unit: str
    recipient_key_id: bytes
    digest: bytes
    size: int
    manifest: Manifest


def package_digest(header_bytes: bytes, ciphertext_sha256: bytes) -> bytes:
    """SHA-256 of the signed message; a receipt names the package by it."""
    return hashlib.sha256(SIGNATURE_DOMAIN + header_bytes + ciphertext_sha256).digest()


def seal_package(
    sink: Writable,
    *,
    sender: UnitIdentity,
    recipient: PublicCard,
    sequence: int,
    entries: Sequence[EntrySource],
    kind: PackageKind = PackageKind.CASE_TRANSFER,
    now: datetime | None = None,
    lifetime: timedelta = DEFAULT_PACKAGE_LIFETIME,
    progress: Progress | None = None,
    rng: Randomness = SYSTEM_RANDOMNESS,
) -> SealedPackage:
    """Write a package for *recipient* to *sink*.

    *sequence* is the sender's next sequence number (strictly increasing per sender; the caller
    stores it). *progress* is called with (bytes done, bytes total); to cancel, raise from it.
    Invalid arguments raise ``ValueError``; a source that does not match its size or hash raises
    :class:`PackageError`. On any exception the sink holds an unusable partial package.
    ``sink.write`` is called from a helper thread (so that writing overlaps with encryption);
    nothing else may use the sink until this returns. *rng* is the system's randomness except
    in the test vectors, which fix it.
    """
    if not 1 <= sequence <= MAX_SEQUENCE:
        raise ValueError("sequence numbers start at 1")
    if not timedelta(0) < lifetime <= MAX_LIFETIME:
        raise ValueError("lifetime must be positive and at most MAX_LIFETIME")
    hashed = [_hash_source(s) for s in entries]
    manifest_entries = tuple(
        ManifestEntry(s.name, s.size, h) for s, h in zip(entries, hashed, strict=True)
    )
    problem = entry_problem(kind, manifest_entries)
    if problem:
        raise ValueError(problem)
    created = enc.from_unix(enc.to_unix(now or datetime.now(UTC)))
    manifest = Manifest(
        kind=kind,
        package_id=rng.random_bytes(16),
        sequence=sequence,
        created=created,
        expires=created + lifetime,
        sender_unit=sender.unit,
        sender_key_id=sender.key_id,
        recipient_unit=recipient.unit,
        recipient_key_id=recipient.key_id,
        entries=manifest_entries,
    )
    manifest_bytes = manifest.to_json()
    if len(manifest_bytes) > MAX_MANIFEST_SIZE:
        raise ValueError("too many entries or names too long: the manifest exceeds its limit")
    return _encrypt(sink, sender, recipient, manifest, manifest_bytes, entries, rng, progress)


def _hash_source(source: EntrySource) -> bytes:
    if source.size < 0:
        raise ValueError("entry sizes cannot be negative")
    if source.sha256 is not None:
        if len(source.sha256) != 32:
            raise ValueError("sha256 must be 32 bytes")
        return source.sha256
    hasher = hashlib.sha256()
    for piece in _read_source(source):
        hasher.update(piece)
    return hasher.digest()


def _read_source(source: EntrySource) -> Iterator[bytes]:
    reader = source.opener()
    try:
        remaining = source.size
        while remaining:
            piece = reader.read(min(_READ_SIZE, remaining))
            if not piece:
                raise PackageError("A package entry is shorter than expected")
            remaining -= len(piece)
            if remaining < 0:
                raise PackageError("A package entry is longer than expected")
            yield piece
        if reader.read(1):
            raise PackageError("A package entry is longer than expected")
    finally:
        close = getattr(reader, "close", None)
        if callable(close):
            close()


class _ChunkWriter:
    """Collects plaintext into 64 KiB chunks, seals them and passes them to the I/O worker."""

    def __init__(
        self,
        worker: HashingWorker,
        sealer: StreamSealer,
        payload_length: int,
        progress: Progress | None,
    ) -> None:
        self._worker, self._sealer, self._progress = worker, sealer, progress
        self._buf = bytearray(CHUNK_SIZE)
        self._fill = 0
        self._total = payload_length
        self._done = 0

    def feed(self, data: bytes | memoryview) -> None:
        view = memoryview(data)
        while view:
            take = min(CHUNK_SIZE - self._fill, len(view))
            self._buf[self._fill : self._fill + take] = view[:take]
            self._fill += take
            view = view[take:]
            if self._fill == CHUNK_SIZE:
                self._flush()

    def _flush(self) -> None:
        self._done += self._fill
        if self._done > self._total:
            raise PackageError("An entry changed while the package was being written")
        final = self._done == self._total
        self._worker.put(self._sealer.seal(memoryview(self._buf)[: self._fill], final))
        self._fill = 0
        if self._progress is not None:
            self._progress(self._done, self._total)

    def finish(self) -> None:
        if self._fill:
            self._flush()
        if self._done != self._total:
            raise PackageError("An entry changed while the package was being written")
        self._buf[:] = bytes(CHUNK_SIZE)


def _encrypt(
    sink: Writable,
    sender: UnitIdentity,
    recipient: PublicCard,
    manifest: Manifest,
    manifest_bytes: bytes,
    entries: Sequence[EntrySource],
    rng: Randomness,
    progress: Progress | None,
) -> SealedPackage:
    """Encrypt and sign a package around an already built manifest (no limits checked here)."""
    signature = sign_manifest(sender.signing_key, manifest_bytes)
    manifest_block = struct.pack(">I", len(manifest_bytes)) + manifest_bytes + signature
    payload_length = len(manifest_block) + manifest.entries_size
    if payload_length > MAX_PAYLOAD_SIZE:
        raise ValueError("the package would exceed the largest payload the format allows")
    header = PackageHeader(
        kind=manifest.kind,
        kem=recipient.kem,
        sender_key_id=sender.key_id,
        recipient_key_id=recipient.key_id,
        package_id=manifest.package_id,
        sequence=manifest.sequence,
        created=manifest.created,
        expires=manifest.expires,
        payload_length=payload_length,
        wrapped_key=bytes(recipient.kem.wrapped_key_size),
    )
    content_key = bytearray(rng.random_bytes(32))
    try:
        wrapped = rng.hpke_seal(
            recipient.kem, recipient.encryption_key(), header.hpke_info(), content_key
        )
        header = replace(header, wrapped_key=wrapped)
        header_bytes = header.encode()
        payload_key = derive_payload_key(content_key, hashlib.sha256(header_bytes).digest())
    finally:
        content_key[:] = bytes(len(content_key))
    try:
        sealer = StreamSealer(payload_key)
    finally:
        payload_key[:] = bytes(len(payload_key))
    sink.write(header_bytes)
    worker = HashingWorker(sink.write)
    try:
        writer = _ChunkWriter(worker, sealer, payload_length, progress)
        writer.feed(manifest_block)
        for source, entry in zip(entries, manifest.entries, strict=True):
            if source.sha256_stored:
                for piece in _read_source(source):
                    writer.feed(piece)
                continue
            hasher = hashlib.sha256()
            for piece in _read_source(source):
                hasher.update(piece)
                writer.feed(piece)
            if not hmac.compare_digest(hasher.digest(), entry.sha256):
                raise PackageError(
                    "A package entry changed while the package was being written"
                )
        writer.finish()
        ciphertext_hash = worker.digest()
    finally:
        worker.stop()
    sink.write(sender.signing_key.sign(SIGNATURE_DOMAIN + header_bytes + ciphertext_hash))
    return SealedPackage(
        manifest.kind, manifest.package_id, manifest.sequence, manifest.created,
        manifest.expires, recipient.unit, recipient.key_id,
        package_digest(header_bytes, ciphertext_hash), header.total_size, manifest,
    )
