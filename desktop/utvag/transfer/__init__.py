"""Transfer packages: unit identities, key cards, sealing, opening and receipts.

Pure cryptography and file formats; no database and no Qt. The byte-level specification is
``docs/transfer-format.md``. Every refusal is a :class:`PackageError`.
"""

from utvag.transfer.card import (
    CASE_VAULTS,
    CardRole,
    PublicCard,
    find_card,
    fingerprints_match,
    format_fingerprint,
)
from utvag.transfer.errors import PackageError
from utvag.transfer.header import PackageHeader, PackageKind, read_header
from utvag.transfer.identity import UnitIdentity
from utvag.transfer.manifest import Manifest, ManifestEntry
from utvag.transfer.names import attachment_entry_name, sanitize_attachment_name
from utvag.transfer.opener import (
    EntrySink,
    MemorySink,
    OpenedPackage,
    VerifiedPackage,
    decrypt_package,
    identify_sender,
    open_package,
    verify_package,
)
from utvag.transfer.receipt import (
    OutstandingPackage,
    Receipt,
    ReceiptResult,
    SentPackage,
    make_receipt,
    match_receipt,
    open_receipt,
    verify_receipt_statement,
)
from utvag.transfer.replay import (
    ReplayState,
    check_not_replayed,
    check_sequence,
    check_validity,
)
from utvag.transfer.seal import EntrySource, SealedPackage, seal_package
from utvag.transfer.suites import KemId

__all__ = [
    "CASE_VAULTS",
    "CardRole",
    "EntrySink",
    "EntrySource",
    "KemId",
    "Manifest",
    "ManifestEntry",
    "MemorySink",
    "OpenedPackage",
    "OutstandingPackage",
    "PackageError",
    "PackageHeader",
    "PackageKind",
    "PublicCard",
    "Receipt",
    "ReceiptResult",
    "ReplayState",
    "SealedPackage",
    "SentPackage",
    "UnitIdentity",
    "VerifiedPackage",
    "attachment_entry_name",
    "check_not_replayed",
    "check_sequence",
    "check_validity",
    "decrypt_package",
    "find_card",
    "fingerprints_match",
    "format_fingerprint",
    "identify_sender",
    "make_receipt",
    "match_receipt",
    "open_package",
    "open_receipt",
    "read_header",
    "sanitize_attachment_name",
    "seal_package",
    "verify_package",
    "verify_receipt_statement",
]
