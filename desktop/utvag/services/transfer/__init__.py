"""Transfer use cases shared by the GUI and the CLI: unit keys and trusted cards, exporting a case
to another unit, importing a package, receipts, and resending.

The work is split by use case into the modules of this package: ``keys``, ``export``,
``importer`` (with ``import_sink``), ``preview``, ``receipts``, ``resend`` and ``files`` (package
and receipt files that survive a crash), with ``outgoing`` sealing and placing every package this
vault sends; the JSON the packages carry is ``payload`` (with ``needs`` and ``young``). The
package itself is the one to import for a case transfer.

Errors: rules and policy refuse with ``RefusedError``/``ValidationError`` (exit 6; ``rule`` names
the rule); anything wrong with a package, card or receipt is ``IntegrityError`` (exit 4); bad
arguments are ``UsageError`` (exit 2). Messages never contain case content.
"""

from __future__ import annotations

from utvag.services.transfer.export import (
    ExportPreview,
    ExportResult,
    TransferDecision,
    check_arguments,
    check_export,
    consent_covers,
    consent_status,
    export_case,
    export_preview,
)
from utvag.services.transfer.files import (
    FileOutcome,
    ReceiptFile,
    finish_pending,
    parse_package_id,
    write_receipt,
)
from utvag.services.transfer.importer import (
    LINK,
    SEPARATE,
    ImportResult,
    check_import_arguments,
    default_receipt_path,
    import_package,
)
from utvag.services.transfer.key_changes import (
    ImportedRevocation,
    KeyChange,
    check_revocation,
    import_revocation,
    revoke_key,
    rotate_key,
    untrust_card,
)
from utvag.services.transfer.keys import (
    CheckedCard,
    RefusedKey,
    TrustedCard,
    UnitKeys,
    check_card,
    check_new_file,
    check_role,
    create_role_identity,
    export_public_card,
    own_identity,
    own_role,
    show_keys,
    trust_card,
    trusted_cards,
)
from utvag.services.transfer.preview import PackagePreview, preview_package
from utvag.services.transfer.receipts import (
    ReceiptResult,
    TransferState,
    import_receipt,
    imported_package,
    transfer_state,
)
from utvag.services.transfer.resend import resend_package

__all__ = [
    "LINK",
    "SEPARATE",
    "CheckedCard",
    "ExportPreview",
    "ExportResult",
    "FileOutcome",
    "ImportResult",
    "ImportedRevocation",
    "KeyChange",
    "PackagePreview",
    "ReceiptFile",
    "ReceiptResult",
    "RefusedKey",
    "TransferDecision",
    "TransferState",
    "TrustedCard",
    "UnitKeys",
    "check_arguments",
    "check_card",
    "check_export",
    "check_import_arguments",
    "check_new_file",
    "check_revocation",
    "check_role",
    "consent_covers",
    "consent_status",
    "create_role_identity",
    "default_receipt_path",
    "export_case",
    "export_preview",
    "export_public_card",
    "finish_pending",
    "import_package",
    "import_receipt",
    "import_revocation",
    "imported_package",
    "own_identity",
    "own_role",
    "parse_package_id",
    "preview_package",
    "resend_package",
    "revoke_key",
    "rotate_key",
    "show_keys",
    "transfer_state",
    "trust_card",
    "trusted_cards",
    "untrust_card",
    "write_receipt",
]
