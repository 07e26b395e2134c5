"""A consultation's receipt, written again.

Keeping a consultation (SAV) or importing SAV's answer (a district) seals the receipt for the
sender into the vault in the same transaction and writes its file after the commit
(``consultation.files``). When that file could not be written — the import's warning says so —
or was lost before it reached the sender, the receipt is written again here from what the vault
sealed at that import: the same bytes, so the sender's vault registers it exactly as it would
have the first (``transfer.import_receipt``). Nothing of the case is read or added: the receipt
carries only the signed statement about the package it acknowledges (docs/transfer-format.md,
"Receipt").
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from utvag.errors import NotFoundError, RefusedError
from utvag.services.results import JsonResult
from utvag.services.session import Session
from utvag.services.transfer.files import parse_package_id, write_stored_receipt
from utvag.services.transfer.keys import check_new_file
from utvag.transfer import PackageKind
from utvag.vault import repo_consultations, repo_transfer

# What was imported here whose receipt this writes: a consultation SAV kept, an answer a
# district imported.
KINDS = (PackageKind.CONSULTATION.value, PackageKind.CONSULTATION_ANSWER.value)


@dataclass(frozen=True)
class ConsultationReceipt(JsonResult):
    """A consultation's receipt written again (package ids in hex)."""

    package_id: str  # the consultation (at SAV) or the answer (at a district) imported here
    kind: str  # "consultation" or "consultation_answer"
    receipt_package_id: str
    recipient_unit: str  # who sent the package and awaits the receipt
    case_id: int | None  # the district's case an answer was recorded on; None at SAV
    path: str


def write_receipt(session: Session, package_id: str, out: Path) -> ConsultationReceipt:
    """Write the receipt of the consultation or answer *package_id*, as sealed when it was
    imported here, to *out* (a new file), owner-only and whole or not at all.

    Refused, with nothing written, when the vault is locked, when no consultation or answer
    with that id was imported here, or when *out* exists or cannot be written."""
    target = check_new_file(out)
    wanted = parse_package_id(package_id)
    if not session.is_open:  # before the first read: see write_stored_receipt
        raise RefusedError("The vault is locked.")
    received = repo_transfer.get_received(session.vault.conn, wanted)
    if received is None or received.kind not in KINDS:
        raise NotFoundError(f"No consultation or answer with package id {wanted.hex()} was "
                            "imported into this vault, so it holds no receipt for one.")
    stored = write_stored_receipt(session, wanted, target, "consultation.receipt_out",
                                  received.case_id)
    return ConsultationReceipt(wanted.hex(), received.kind, stored.package_id.hex(),
                               stored.recipient_unit, received.case_id, str(target))


def answer_for_case(session: Session, case_id: int) -> str | None:
    """The package id of SAV's answer imported last for *case_id* (whose receipt for SAV can be
    written again), or None when no answer to a consultation of the case was imported."""
    answered = [row for row in repo_consultations.for_case(session.vault.conn, case_id)
                if row["answer_package_id"] is not None]
    if not answered:
        return None
    last = max(answered, key=lambda row: str(row["answer_received_at"]))
    return bytes(last["answer_package_id"]).hex()


__all__ = ["ConsultationReceipt", "answer_for_case", "write_receipt"]
