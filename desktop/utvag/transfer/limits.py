"""Bounds every reader enforces before it allocates or trusts anything.

The numbers are part of the format: a package that exceeds one is refused, a sealer refuses to
write one. They are generous for real cases and small enough that no input can make an opener hold
more than a few megabytes in memory.
"""

from __future__ import annotations

from datetime import timedelta

#: Plaintext bytes per STREAM chunk (the last chunk may be shorter, never empty).
CHUNK_SIZE = 64 * 1024
#: Poly1305 tag appended to every chunk.
TAG_SIZE = 16

#: Largest header accepted (the X-Wing header is 1302 bytes).
MAX_HEADER_SIZE = 4096
#: Largest signed manifest (JSON bytes).
MAX_MANIFEST_SIZE = 1024 * 1024
#: Most entries one package may hold.
MAX_ENTRIES = 4096
#: Largest JSON document entry (``case.json``, ``audit.json``, ``decision.json``).
MAX_DOCUMENT_SIZE = 16 * 1024 * 1024
#: Largest ``receipt.json``.
MAX_RECEIPT_SIZE = 64 * 1024
#: Largest single attachment.
MAX_ATTACHMENT_SIZE = 16 * 1024**3
#: Largest whole payload (manifest plus all entries).
MAX_PAYLOAD_SIZE = 64 * 1024**3
#: Largest key card file.
MAX_CARD_SIZE = 64 * 1024
#: Longest unit name, in characters.
MAX_UNIT_NAME = 100
#: Longest attachment file name, in UTF-8 bytes (characters are also capped at 200).
MAX_ATTACHMENT_NAME_BYTES = 255

#: Longest time between creation and expiry.
MAX_LIFETIME = timedelta(days=366)
#: Default lifetime of a case package.
DEFAULT_PACKAGE_LIFETIME = timedelta(days=30)
#: Default lifetime of a receipt.
DEFAULT_RECEIPT_LIFETIME = timedelta(days=90)
#: How far in the future a creation time may lie before the package is refused (offline clocks).
MAX_CLOCK_SKEW = timedelta(days=1)

#: Sequence numbers are unsigned 63-bit integers (they must fit a signed SQLite integer).
MAX_SEQUENCE = 2**63 - 1
