"""Receipts coming back, and the transfer state a case shows ("transferred to SAV, awaiting
receipt" / "delivered").

A receipt is verified like any package (it must come from a trusted unit and be addressed to this
one), its signed statement must name a package this vault sent to that unit and is still waiting
for, with the same sequence number and digest. Anything else is a wrong receipt: exit 4, and only
an audit row (``transfer.receipt_refused``) is written.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from utvag.errors import IntegrityError
from utvag.services.results import JsonResult
from utvag.services.session import Session
from utvag.services.transfer.files import finish_pending, readable
from utvag.services.transfer.importer import reason_code, replay_state
from utvag.services.transfer.key_changes import identity_for_package
from utvag.services.transfer.keys import record_use, trusted_cards
from utvag.transfer import PackageError, match_receipt, open_receipt
from utvag.vault import repo_transfer, repo_transfer_files
from utvag.vault.audit import now_utc
from utvag.vault.repo_transfer import ReceivedPackageRow, SentPackageRow


@dataclass(frozen=True)
class ReceiptResult(JsonResult):
    case_id: int | None
    package_id: str
    recipient_unit: str
    result: str  # "imported" or "declined"
    received: str


def _refused(session: Session, code: str) -> None:
    vault = session.vault
    with vault.transaction():
        vault.audit("transfer.receipt_refused", detail={"reason": code})


def import_receipt(session: Session, path: Path, *, now: datetime | None = None
                   ) -> ReceiptResult:
    """Verify a receipt, match it to the package it confirms, and mark that package delivered."""
    source = readable(path)
    vault = session.vault
    finish_pending(session)
    try:
        with vault.transaction() as conn, open(source, "rb") as handle:
            identity = identity_for_package(
                session, handle, "This vault has no transfer key yet, so it sent no package "
                                 "that a receipt could confirm")
            cards = trusted_cards(session)
            receipt = open_receipt(handle, identity=identity, trusted=[t.card for t in cards],
                                   seen_package_ids=replay_state(conn).seen_package_ids,
                                   now=now or datetime.now(UTC))
            sent = match_receipt(receipt, repo_transfer.outstanding(conn))
            assert isinstance(sent, SentPackageRow)
            stamp = now_utc()
            repo_transfer.mark_delivered(
                conn, sent.package_id, delivered_at=receipt.received.isoformat(),
                result=receipt.result.value, statement=receipt.statement,
                signature=receipt.signature, receipt_package_id=receipt.receipt_package_id)
            # A receipt is recorded as seen by its own package id; its digest column holds the
            # SHA-256 of the signed statement (kept in full on the sent package).
            repo_transfer.insert_received(conn, ReceivedPackageRow(
                receipt.receipt_package_id, "receipt", receipt.receiver_key_id,
                receipt.receiver_unit, 0, hashlib.sha256(receipt.statement).digest(), stamp,
                vault.actor, sent.case_id))
            sender = next(t for t in cards if t.card.key_id == receipt.receiver_key_id)
            record_use(session, sender)
            vault.audit("transfer.receipt", sent.case_id, {
                "package_id": sent.package_id.hex(), "from": receipt.receiver_unit,
                "result": receipt.result.value})
    except PackageError as exc:
        code = reason_code(exc.message)
        if code == "damaged" and "receipt" in exc.message.lower():
            code = "wrong_receipt"
        _refused(session, code)
        raise IntegrityError(exc.message) from None
    return ReceiptResult(sent.case_id, sent.package_id.hex(), sent.recipient_unit,
                         receipt.result.value, receipt.received.isoformat())


@dataclass(frozen=True)
class TransferState:
    """One package sent for a case: where to, when, and whether its receipt came back."""

    package_id: str
    to_unit: str
    sent_at: str
    expires: str
    delivered_at: str | None
    result: str | None
    superseded_by: str | None = None  # resent as this package (the old one is refused)
    placed: bool = True  # False: sealed and recorded, the file not yet in place

    @property
    def awaiting_receipt(self) -> bool:
        return self.delivered_at is None and self.superseded_by is None


def imported_package(session: Session, case_id: int) -> str | None:
    """The id of the package *case_id* was imported from (its receipt can be written again
    with ``write_receipt``), or None for a case made here."""
    row = repo_transfer.received_for_case(session.vault.conn, case_id)
    return None if row is None else row.package_id.hex()


def transfer_state(session: Session, case_id: int) -> list[TransferState]:
    """The case packages sent for *case_id*, oldest first (empty when it was never sent)."""
    rows = repo_transfer.sent_for_case(session.vault.conn, case_id)
    pending = {f.package_id for f in repo_transfer_files.pending_files(session.vault.conn)}
    return [TransferState(r.package_id.hex(), r.recipient_unit, r.created_at, r.expires_at,
                          r.delivered_at, r.receipt_result,
                          None if r.superseded_by is None else r.superseded_by.hex(),
                          r.package_id not in pending)
            for r in rows if r.kind == "case_transfer"]
