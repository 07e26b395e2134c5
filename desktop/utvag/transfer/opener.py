"""Opening: verifying a package completely before and while its contents are handed over.

Pass one reads the header, checks the recipient, the sender's trust, the file size, and the outer
signature over the header and the ciphertext hash, then expiry and replay state; nothing is
decrypted until all of that holds. Pass two unwraps the content key, decrypts chunk by chunk,
verifies the inner manifest and delivers each entry to the caller's sink, checking each entry's
hash as it ends. If pass two raises, the caller must discard everything the sink received.
"""

from __future__ import annotations

import hashlib
import hmac
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import BinaryIO, Protocol

from cryptography.exceptions import InvalidSignature

from utvag.transfer.card import PublicCard, find_card, format_fingerprint
from utvag.transfer.errors import PackageError
from utvag.transfer.header import (
    SIGNATURE_SIZE,
    PackageHeader,
    PackageKind,
    parse_header,
    read_exact,
    read_header_bytes,
)
from utvag.transfer.identity import UnitIdentity
from utvag.transfer.limits import CHUNK_SIZE, TAG_SIZE
from utvag.transfer.manifest import Manifest, ManifestEntry
from utvag.transfer.payload import PayloadReader
from utvag.transfer.pipeline import HashingWorker
from utvag.transfer.replay import ReplayState, check_not_replayed, check_sequence, check_validity
from utvag.transfer.seal import SIGNATURE_DOMAIN, package_digest
from utvag.transfer.stream import StreamOpener, derive_payload_key

_HASH_READ = 1024 * 1024
_FULL_CHUNK = CHUNK_SIZE + TAG_SIZE
Progress = Callable[[int, int], None]


class EntrySink(Protocol):
    """Receives the entries of a package in manifest order.

    ``begin`` announces an entry, ``write`` delivers its bytes (any number of calls, possibly none),
    ``end`` follows only once the entry's SHA-256 has matched the signed manifest.
    """

    def begin(self, entry: ManifestEntry) -> None: ...

    def write(self, data: bytes) -> None: ...

    def end(self, entry: ManifestEntry) -> None: ...


class MemorySink:
    """Collects entries in memory; for receipts and small packages (bounded by *max_total*)."""

    def __init__(self, max_total: int = 64 * 1024 * 1024) -> None:
        self.entries: dict[str, bytes] = {}
        self._current: io.BytesIO | None = None
        self._left = max_total

    def begin(self, entry: ManifestEntry) -> None:
        if entry.size > self._left:
            raise PackageError("The package is larger than expected")
        self._left -= entry.size
        self._current = io.BytesIO()

    def write(self, data: bytes) -> None:
        assert self._current is not None
        self._current.write(data)

    def end(self, entry: ManifestEntry) -> None:
        assert self._current is not None
        self.entries[entry.name] = self._current.getvalue()
        self._current = None


@dataclass(frozen=True)
class VerifiedPackage:
    """A package whose envelope checked out: addressed to us, signed by a trusted sender, fresh."""

    header: PackageHeader
    header_bytes: bytes
    sender: PublicCard
    ciphertext_sha256: bytes

    @property
    def digest(self) -> bytes:
        return package_digest(self.header_bytes, self.ciphertext_sha256)


@dataclass(frozen=True)
class OpenedPackage:
    """A fully verified and delivered package."""

    header: PackageHeader
    manifest: Manifest
    sender: PublicCard
    digest: bytes

    @property
    def kind(self) -> PackageKind:
        return self.header.kind

    @property
    def package_id(self) -> bytes:
        return self.header.package_id

    @property
    def sequence(self) -> int:
        return self.header.sequence


def identify_sender(header: PackageHeader, trusted: Iterable[PublicCard]) -> PublicCard | None:
    """The trusted card a header names as sender, if any (nothing is verified by this)."""
    return find_card(trusted, header.sender_key_id)


def _describe(key_id: bytes, cards: list[PublicCard]) -> str:
    card = find_card(cards, key_id)
    return card.unit if card else f"another unit (key {format_fingerprint(key_id)})"


def _wrong_kind(actual: PackageKind, expected: PackageKind) -> PackageError:
    """Each refusal spelled out, so that it can be translated whole."""
    K = PackageKind
    if expected is K.CASE_TRANSFER:
        if actual is K.RECEIPT:
            return PackageError("This file is a receipt, not a case package")
        if actual is K.CONSULTATION:
            return PackageError("This file is a consultation, not a case package")
        if actual is K.CONSULTATION_ANSWER:
            return PackageError("This file is a consultation answer, not a case package")
        if actual is K.STATISTICS_CONTRIBUTION:
            return PackageError("This file is a statistics contribution, not a case package")
        return PackageError("This file is a package of another kind, not a case package")
    if expected is K.RECEIPT:
        if actual is K.CASE_TRANSFER:
            return PackageError("This file is a case package, not a receipt")
        return PackageError("This file is not a receipt")
    if expected is K.CONSULTATION:
        if actual is K.CONSULTATION_ANSWER:
            return PackageError("This file is a consultation answer, not a consultation")
        return PackageError("This file is not a consultation")
    if expected is K.CONSULTATION_ANSWER:
        if actual is K.CONSULTATION:
            return PackageError("This file is a consultation, not a consultation answer")
        return PackageError("This file is not a consultation answer")
    if expected is K.STATISTICS_CONTRIBUTION:
        return PackageError("This file is not a statistics contribution")
    return PackageError("This file is a package of another kind than the one expected here")


def verify_package(
    source: BinaryIO,
    *,
    identity: UnitIdentity,
    trusted: Iterable[PublicCard],
    replay: ReplayState | None = None,
    expected_kind: PackageKind | None = PackageKind.CASE_TRANSFER,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> VerifiedPackage:
    """Pass one: everything that can be checked without decrypting. *source* must be seekable."""
    cards = list(trusted)
    header_bytes = read_header_bytes(source)
    header = parse_header(header_bytes)
    if not hmac.compare_digest(header.recipient_key_id, identity.key_id):
        intended = _describe(header.recipient_key_id, cards)
        raise PackageError(f"This package is for {intended}, not for {identity.unit}")
    if expected_kind is not None and header.kind is not expected_kind:
        raise _wrong_kind(header.kind, expected_kind)
    sender = find_card(cards, header.sender_key_id)
    if sender is None:
        fingerprint = format_fingerprint(header.sender_key_id)
        raise PackageError(f"The sender's key is not trusted (fingerprint {fingerprint})")
    actual = source.seek(0, io.SEEK_END)
    if actual < header.total_size:
        raise PackageError("The package is truncated")
    if actual > header.total_size:
        raise PackageError("The package has extra data after its end")
    source.seek(header.size)
    ciphertext_sha256 = _hash_exact(
        source, header.ciphertext_length, progress, 0, 2 * header.ciphertext_length
    )
    signature = read_exact(source, SIGNATURE_SIZE)
    try:
        sender.verifier().verify(signature, SIGNATURE_DOMAIN + header_bytes + ciphertext_sha256)
    except InvalidSignature:
        raise PackageError("The package was changed after it was signed") from None
    check_validity(header.created, header.expires, now or datetime.now(UTC))
    if replay is not None:
        check_not_replayed(header.package_id, replay.seen_package_ids)
        if header.kind in (PackageKind.CASE_TRANSFER, PackageKind.HANDOVER):
            check_sequence(header.sequence, replay.last_sequences.get(sender.key_id), sender.unit)
    return VerifiedPackage(header, header_bytes, sender, ciphertext_sha256)


def open_package(
    source: BinaryIO,
    *,
    identity: UnitIdentity,
    trusted: Iterable[PublicCard],
    sink: EntrySink,
    replay: ReplayState | None = None,
    expected_kind: PackageKind | None = PackageKind.CASE_TRANSFER,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> OpenedPackage:
    """Verify and open a package, delivering its entries to *sink*.

    Raises :class:`PackageError` for anything wrong with the package. Exceptions raised by *sink*
    or *progress* (for example to cancel) propagate unchanged.
    """
    verified = verify_package(
        source,
        identity=identity,
        trusted=trusted,
        replay=replay,
        expected_kind=expected_kind,
        now=now,
        progress=progress,
    )
    return decrypt_package(source, verified, identity=identity, sink=sink, progress=progress)


def decrypt_package(
    source: BinaryIO,
    verified: VerifiedPackage,
    *,
    identity: UnitIdentity,
    sink: EntrySink,
    progress: Progress | None = None,
) -> OpenedPackage:
    """Pass two for a package that :func:`verify_package` accepted."""
    header = verified.header
    if header.kem is not identity.hpke.kem:
        raise PackageError("The package header is damaged")
    try:
        content_key = bytearray(
            header.kem.suite().decrypt(
                header.wrapped_key, identity.hpke.private_key, info=header.hpke_info()
            )
        )
    except Exception:  # any HPKE failure means the same to the user
        raise PackageError(
            f"The package could not be decrypted with the key of {identity.unit}"
        ) from None
    payload_key = derive_payload_key(content_key, hashlib.sha256(verified.header_bytes).digest())
    content_key[:] = bytes(len(content_key))
    try:
        opener = StreamOpener(payload_key)
    finally:
        payload_key[:] = bytes(len(payload_key))
    reader = PayloadReader(header, verified.sender, identity, sink)
    total = 2 * header.ciphertext_length
    done = header.ciphertext_length
    source.seek(header.size)
    rehash = HashingWorker()  # the file must still be the one whose hash was signed
    try:
        for index in range(header.chunk_count):
            final = index == header.chunk_count - 1
            size = _FULL_CHUNK
            if final:
                size = header.ciphertext_length - _FULL_CHUNK * index
            chunk = read_exact(source, size)
            rehash.put(chunk)
            reader.feed(opener.open(chunk, final))
            done += size
            if progress is not None:
                progress(done, total)
        reader.finish()
        if not hmac.compare_digest(rehash.digest(), verified.ciphertext_sha256):
            raise PackageError("The package file changed while it was being read")
    finally:
        rehash.stop()
    assert reader.manifest is not None
    return OpenedPackage(header, reader.manifest, verified.sender, verified.digest)


def _hash_exact(
    source: BinaryIO, size: int, progress: Progress | None, done: int, total: int
) -> bytes:
    hasher = hashlib.sha256()
    remaining = size
    while remaining:
        piece = source.read(min(_HASH_READ, remaining))
        if not piece:
            raise PackageError("The package is truncated")
        hasher.update(piece)
        remaining -= len(piece)
        done += len(piece)
        if progress is not None:
            progress(done, total)
    return hasher.digest()
