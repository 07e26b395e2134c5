"""Parsing decrypted payload bytes: the signed manifest first, then each entry in order.

Plaintext layout::

    u32 manifest length M (1..MAX_MANIFEST_SIZE)
    M   manifest (canonical JSON)
    64  Ed25519 signature by the sender over MANIFEST_DOMAIN ‖ manifest
    ... entry bytes, concatenated in manifest order, sizes as in the manifest
"""

from __future__ import annotations

import hashlib
import hmac
import struct
from typing import TYPE_CHECKING

from utvag.transfer.card import PublicCard
from utvag.transfer.errors import PackageError
from utvag.transfer.header import PackageHeader
from utvag.transfer.identity import UnitIdentity
from utvag.transfer.limits import MAX_MANIFEST_SIZE
from utvag.transfer.manifest import (
    MANIFEST_SIGNATURE_SIZE,
    Manifest,
    check_manifest_matches_header,
    parse_manifest,
    verify_manifest_signature,
)
from utvag.transfer.names import DOCUMENTS

if TYPE_CHECKING:
    from utvag.transfer.opener import EntrySink

_LENGTH = struct.Struct(">I")


class PayloadReader:
    """Consumes plaintext pieces of any size and drives the sink."""

    def __init__(
        self, header: PackageHeader, sender: PublicCard, identity: UnitIdentity, sink: EntrySink
    ) -> None:
        self._header, self._sender, self._identity, self._sink = header, sender, identity, sink
        self._prefix = bytearray()
        self._need: int | None = None  # bytes of manifest plus signature, once the length is known
        self.manifest: Manifest | None = None
        self._index = 0
        self._left = 0
        self._hasher = hashlib.sha256()

    def feed(self, data: bytes) -> None:
        view = memoryview(data)
        if self.manifest is None:
            view = self._feed_manifest(view)
        while view:
            if self._index >= len(self._entries):
                raise PackageError("The package has extra data after its last entry")
            take = min(self._left, len(view))
            piece = data if take == len(data) else bytes(view[:take])
            self._hasher.update(piece)
            self._sink.write(piece)
            self._left -= take
            view = view[take:]
            if self._left == 0:
                self._end_entry()

    @property
    def _entries(self) -> tuple[object, ...]:
        assert self.manifest is not None
        return self.manifest.entries

    def _feed_manifest(self, view: memoryview) -> memoryview:
        if self._need is None:
            take = min(_LENGTH.size - len(self._prefix), len(view))
            self._prefix += view[:take]
            view = view[take:]
            if len(self._prefix) < _LENGTH.size:
                return view
            (length,) = _LENGTH.unpack(self._prefix)
            if length > MAX_MANIFEST_SIZE:
                raise PackageError("The package manifest is larger than the format allows")
            if length == 0:
                raise PackageError("The package manifest is damaged or not in the expected form")
            self._need = _LENGTH.size + length + MANIFEST_SIGNATURE_SIZE
        take = min(self._need - len(self._prefix), len(view))
        self._prefix += view[:take]
        view = view[take:]
        if len(self._prefix) == self._need:
            self._accept_manifest(bytes(self._prefix[_LENGTH.size :]))
            self._prefix = bytearray()
        return view

    def _accept_manifest(self, block: bytes) -> None:
        manifest_bytes = block[:-MANIFEST_SIGNATURE_SIZE]
        signature = block[-MANIFEST_SIGNATURE_SIZE:]
        verify_manifest_signature(self._sender.verifier(), manifest_bytes, signature)
        manifest = parse_manifest(manifest_bytes)
        check_manifest_matches_header(manifest, self._header)
        if manifest.sender_unit != self._sender.unit:
            raise PackageError("The package's contents do not match its envelope; it was altered")
        if not hmac.compare_digest(manifest.recipient_key_id, self._identity.key_id) or (
            manifest.recipient_unit != self._identity.unit
        ):
            raise PackageError(
                f"This package is for {manifest.recipient_unit}, not for {self._identity.unit}"
            )
        expected = len(block) + _LENGTH.size + manifest.entries_size
        if expected != self._header.payload_length:
            raise PackageError("The package's contents do not match its envelope; it was altered")
        self.manifest = manifest
        self._start_next(0)

    def _start_next(self, index: int) -> None:
        """Begin entry *index*, completing any empty entries on the way."""
        assert self.manifest is not None
        entries = self.manifest.entries
        self._index = index
        while self._index < len(entries):
            entry = entries[self._index]
            self._sink.begin(entry)
            self._hasher = hashlib.sha256()
            self._left = entry.size
            if entry.size:
                return
            self._end_entry(advance=False)
            self._index += 1

    def _end_entry(self, advance: bool = True) -> None:
        assert self.manifest is not None
        entry = self.manifest.entries[self._index]
        if not hmac.compare_digest(self._hasher.digest(), entry.sha256):
            if entry.name in DOCUMENTS:
                raise PackageError(
                    f"The entry {entry.name!r} does not match the hash in the signed manifest"
                )
            # an attachment's entry name is its file name, case data: named only as one
            raise PackageError("An attachment does not match the hash in the signed manifest")
        self._sink.end(entry)
        if advance:
            self._start_next(self._index + 1)

    def finish(self) -> None:
        """Called after the final chunk: everything announced must have arrived."""
        if self.manifest is None or self._index < len(self.manifest.entries):
            raise PackageError("The package is truncated")
