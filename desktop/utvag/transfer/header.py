"""The package header: fixed binary layout, read before anything is trusted.

Layout (all integers big-endian; offsets in bytes)::

    0   8  magic "UTVGPKG\\0"
    8   2  format version (1)
    10  2  header length H (whole header, including magic)
    12  1  kind (1 = case transfer, 2 = receipt, 3 = consultation, 4 = consultation answer,
             5 = incident report, 6 = log review, 7 = log-review signature, 8 = handover,
             9 = statistics contribution)
    13  1  payload cipher id (1 = ChaCha20-Poly1305 STREAM, 64 KiB chunks)
    14  2  HPKE KEM id      16  2  HPKE KDF id      18  2  HPKE AEAD id
    20  32 sender key id   52  32 recipient key id
    84  16 package id
    100 8  sequence        108 8  created (Unix s)  116 8  expires (Unix s)
    124 8  payload length (plaintext bytes)
    132 2  wrapped key length W
    134 W  HPKE output: enc ‖ ChaCha20-Poly1305(content key)
"""

from __future__ import annotations

import enum
import hashlib
import struct
from dataclasses import dataclass
from datetime import datetime
from typing import BinaryIO

from utvag.transfer import encoding as enc
from utvag.transfer.errors import PackageError
from utvag.transfer.limits import (
    CHUNK_SIZE,
    MAX_HEADER_SIZE,
    MAX_PAYLOAD_SIZE,
    MAX_SEQUENCE,
    TAG_SIZE,
)
from utvag.transfer.suites import (
    AEAD_CHACHA20_POLY1305,
    KDF_HKDF_SHA256,
    PAYLOAD_CHACHA20_POLY1305_STREAM,
    KemId,
    kem_from_id,
)

MAGIC = b"UTVGPKG\x00"
FORMAT_VERSION = 1
SIGNATURE_SIZE = 64
HPKE_INFO_DOMAIN = b"utvag transfer v1 content key\x00"
_FIXED = struct.Struct(">8sHHBBHHH32s32s16sQQQQH")
FIXED_SIZE = _FIXED.size  # 134


class PackageKind(enum.Enum):
    CASE_TRANSFER = "case_transfer"
    RECEIPT = "receipt"
    CONSULTATION = "consultation"
    CONSULTATION_ANSWER = "consultation_answer"
    INCIDENT_REPORT = "incident_report"
    LOG_REVIEW = "log_review"
    LOG_REVIEW_SIGNATURE = "log_review_signature"
    HANDOVER = "handover"
    STATISTICS_CONTRIBUTION = "statistics_contribution"

    @property
    def code(self) -> int:
        return _CODES[self]

    @classmethod
    def from_code(cls, code: int) -> PackageKind:
        for kind, value in _CODES.items():
            if value == code:
                return kind
        raise PackageError("The package is of a kind this version does not know")


# The header's kind byte (docs/transfer-format.md lists every kind and what it carries).
_CODES = {
    PackageKind.CASE_TRANSFER: 1,
    PackageKind.RECEIPT: 2,
    PackageKind.CONSULTATION: 3,
    PackageKind.CONSULTATION_ANSWER: 4,
    PackageKind.INCIDENT_REPORT: 5,
    PackageKind.LOG_REVIEW: 6,
    PackageKind.LOG_REVIEW_SIGNATURE: 7,
    PackageKind.HANDOVER: 8,
    PackageKind.STATISTICS_CONTRIBUTION: 9,
}


@dataclass(frozen=True)
class PackageHeader:
    kind: PackageKind
    kem: KemId
    sender_key_id: bytes
    recipient_key_id: bytes
    package_id: bytes
    sequence: int
    created: datetime
    expires: datetime
    payload_length: int
    wrapped_key: bytes

    @property
    def chunk_count(self) -> int:
        return max(1, -(-self.payload_length // CHUNK_SIZE))

    @property
    def ciphertext_length(self) -> int:
        return self.payload_length + TAG_SIZE * self.chunk_count

    @property
    def size(self) -> int:
        return FIXED_SIZE + len(self.wrapped_key)

    @property
    def total_size(self) -> int:
        """Size of the whole package file: header, ciphertext and signature."""
        return self.size + self.ciphertext_length + SIGNATURE_SIZE

    def _fixed(self, wrapped_len: int) -> bytes:
        return _FIXED.pack(
            MAGIC,
            FORMAT_VERSION,
            FIXED_SIZE + wrapped_len,
            self.kind.code,
            PAYLOAD_CHACHA20_POLY1305_STREAM,
            self.kem,
            KDF_HKDF_SHA256,
            AEAD_CHACHA20_POLY1305,
            self.sender_key_id,
            self.recipient_key_id,
            self.package_id,
            self.sequence,
            enc.to_unix(self.created),
            enc.to_unix(self.expires),
            self.payload_length,
            wrapped_len,
        )

    def hpke_info(self) -> bytes:
        """HPKE ``info``: binds every header field except the HPKE output itself."""
        return HPKE_INFO_DOMAIN + self._fixed(self.kem.wrapped_key_size)

    def encode(self) -> bytes:
        if len(self.wrapped_key) != self.kem.wrapped_key_size:
            raise ValueError("wrapped key has the wrong length")
        return self._fixed(len(self.wrapped_key)) + self.wrapped_key

    def digest(self) -> bytes:
        return hashlib.sha256(self.encode()).digest()


def parse_header(data: bytes) -> PackageHeader:
    """Parse and bound-check a header (the exact header bytes, see :func:`read_header_bytes`)."""
    if len(data) < FIXED_SIZE:
        raise PackageError("The package is truncated")
    (
        magic,
        version,
        header_len,
        kind,
        payload_cipher,
        kem_id,
        kdf_id,
        aead_id,
        sender,
        recipient,
        package_id,
        sequence,
        created,
        expires,
        payload_len,
        wrapped_len,
    ) = _FIXED.unpack_from(data)
    if magic != MAGIC:
        raise PackageError("This file is not an Utväg transfer package")
    if version != FORMAT_VERSION:
        raise PackageError("The package was made by a newer version of Utväg")
    kem = kem_from_id(kem_id)
    if (
        kdf_id != KDF_HKDF_SHA256
        or aead_id != AEAD_CHACHA20_POLY1305
        or payload_cipher != PAYLOAD_CHACHA20_POLY1305_STREAM
    ):
        raise PackageError("The package uses an encryption method this version does not know")
    if wrapped_len != kem.wrapped_key_size or header_len != FIXED_SIZE + wrapped_len:
        raise PackageError("The package header is damaged")
    if len(data) != header_len:
        raise PackageError("The package is truncated")
    if sequence > MAX_SEQUENCE or not 0 < payload_len <= MAX_PAYLOAD_SIZE:
        raise PackageError("The package header is damaged")
    try:
        created_at, expires_at = enc.from_unix(created), enc.from_unix(expires)
    except ValueError as exc:
        raise PackageError("The package header is damaged") from exc
    return PackageHeader(
        kind=PackageKind.from_code(kind),
        kem=kem,
        sender_key_id=sender,
        recipient_key_id=recipient,
        package_id=package_id,
        sequence=sequence,
        created=created_at,
        expires=expires_at,
        payload_length=payload_len,
        wrapped_key=bytes(data[FIXED_SIZE:header_len]),
    )


def read_header_bytes(source: BinaryIO) -> bytes:
    """Read exactly the header from the start of *source* (at most ``MAX_HEADER_SIZE`` bytes)."""
    source.seek(0)
    head = read_exact(source, FIXED_SIZE)
    if head[:8] != MAGIC:
        raise PackageError("This file is not an Utväg transfer package")
    header_len = struct.unpack_from(">H", head, 10)[0]
    if not FIXED_SIZE <= header_len <= MAX_HEADER_SIZE:
        raise PackageError("The package header is damaged")
    return head + read_exact(source, header_len - FIXED_SIZE)


def read_header(source: BinaryIO) -> PackageHeader:
    """Read the header without verifying anything: for showing who a package claims to be from."""
    return parse_header(read_header_bytes(source))


def read_exact(source: BinaryIO, size: int) -> bytes:
    """The next *size* bytes of a package file; a shorter file is a truncated package."""
    data = source.read(size)
    if len(data) != size:
        raise PackageError("The package is truncated")
    return data
