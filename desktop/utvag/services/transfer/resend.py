"""Resending a case package that was refused (out of order, expired) or lost on the way.

The sender's case is closed and read-only once exported, so it cannot be exported again. A resend
seals the same case again for the same receiving unit — a new package id and the next sequence
number, the same case data, the original transfer decision (who decided, when, on which legal
ground) naming the package it replaces in ``decision.json`` (``supersedes``). The old package is
recorded as superseded, a disclosure is recorded for the new package (the data leave the unit
again), and the file is written crash-safely like an export (``transfer.files``).

The receiver learns of the replacement when it imports the new package and from then on refuses
the old one if it turns up; if the old one was imported after all, the new one is refused as a
duplicate (and the old one's receipt settles the case at the sender).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import utvag.services.transfer.sendable as sendable
from utvag.domain.case_records import Case, CaseStatus
from utvag.errors import IntegrityError, NotFoundError, RefusedError
from utvag.services import assessment, assessment_facts
from utvag.services.session import Session
from utvag.services.transfer.export import (
    CONSENT_AUTHORITY,
    ExportResult,
    Sent,
    TransferDecision,
    categories,
    consent_status,
    decision_document,
    export_result,
    package_entries,
    record_sent_case,
)
from utvag.services.transfer.files import finish_pending, parse_package_id
from utvag.services.transfer.keys import card_for_unit, check_new_file
from utvag.services.transfer.outgoing import mark_sealed, seal_sent, write_package
from utvag.services.transfer.payload import build_audit_excerpt, build_case
from utvag.transfer import PackageKind
from utvag.transfer.limits import DEFAULT_PACKAGE_LIFETIME
from utvag.vault import repo_cases, repo_transfer, repo_transfer_files
from utvag.vault.audit import now_utc
from utvag.vault.repo_transfer import DisclosureRow, SentPackageRow

Progress = Callable[[int, int], None]


def _refuse(message: str) -> RefusedError:
    return RefusedError(message)


def _old_package(session: Session, package_id: bytes) -> tuple[SentPackageRow, Case,
                                                               DisclosureRow]:
    conn = session.vault.conn
    sent = repo_transfer.get_sent(conn, package_id)
    if sent is None or sent.kind != "case_transfer" or sent.case_id is None:
        raise NotFoundError(f"This vault sent no case package with id {package_id.hex()}.")
    if sent.delivered_at is not None:
        raise _refuse(f"Package {package_id.hex()} was delivered on {sent.delivered_at}; there "
                      "is nothing to resend.")
    if sent.superseded_by is not None:
        raise _refuse(f"Package {package_id.hex()} was already replaced by package "
                      f"{sent.superseded_by.hex()}; resend that one if it is lost too.")
    case = repo_cases.get_case(conn, sent.case_id)
    if case is None or case.status != CaseStatus.TRANSFERRED:
        raise NotFoundError(f"The case sent in package {package_id.hex()} is no longer in "
                            "this vault as a transferred case.")
    found = [d for d in repo_transfer.disclosures_for_case(conn, case.id)
             if d.package_id == package_id]
    if not found:
        raise IntegrityError(f"No disclosure is recorded for package {package_id.hex()}.")
    return sent, case, found[0]


def _decision(session: Session, case: Case, disclosure: DisclosureRow) -> TransferDecision:
    """The original transfer decision, from its disclosure record and the (read-only) case."""
    current = assessment.current(session, case.id)
    route_to = current[1].route_to.value if current else None
    return TransferDecision(
        disclosure.recipient, route_to, current[0].id if current else None,
        route_to == disclosure.recipient, disclosure.reason,
        consent_status(assessment_facts.facts(current[0]).consent)
        if current else None, disclosure.legal_basis,
        disclosure.legal_ground, False, disclosure.legal_ref or "other",
        disclosure.consent_assessment_id, disclosure.identity_revealed)


def resend_package(session: Session, package_id: str, out_path: Path, *,
                   progress: Progress | None = None, now: datetime | None = None,
                   lifetime: timedelta = DEFAULT_PACKAGE_LIFETIME) -> ExportResult:
    """Seal the case of the unanswered package *package_id* again as a new package at
    *out_path* (a new file), replacing the old one. Refused (exit 6) when the old package was
    delivered or already replaced; not found (exit 5) when this vault never sent it."""
    target = check_new_file(out_path)
    old_id = parse_package_id(package_id)
    vault = session.vault
    finish_pending(session)

    def seal_and_record(temp: Path, file_id: int) -> Sent:
        with vault.transaction() as conn:
            old, case, disclosure = _old_package(session, old_id)
            recipient = card_for_unit(session, old.recipient_unit)
            if recipient is None:
                raise _refuse(f"This vault no longer trusts a key card for {old.recipient_unit}.")
            stamp = now_utc()
            decision = _decision(session, case, disclosure)
            contents = build_case(conn, case, from_unit=vault.unit, exported_at=stamp)
            sendable.check_case(contents.document)  # before anything is sealed
            cats = categories(contents)
            document = decision_document(session, case, decision, cats, disclosure.disclosed_at,
                                         decided_by=disclosure.disclosed_by, supersedes=old_id)
            entries = package_entries(conn, contents, document, build_audit_excerpt(conn, case))
            sealed = seal_sent(session, temp, recipient, entries,
                               kind=PackageKind.CASE_TRANSFER, case_id=case.id,
                               progress=progress, now=now or datetime.now(UTC),
                               lifetime=lifetime, supersedes=old_id)
            repo_transfer_files.mark_superseded(conn, old_id, sealed.package_id)
            record_sent_case(session, case, decision, recipient, sealed.package_id, cats, stamp,
                             legal_ref=disclosure.legal_ref,
                             authority=disclosure.recipient_authority or CONSENT_AUTHORITY)
            vault.audit("transfer.resend", case.id, {
                "package_id": sealed.package_id.hex(), "supersedes": old_id.hex(),
                "to": recipient.card.unit, "sequence": sealed.sequence,
                "bytes": sealed.size})
            mark_sealed(conn, file_id, sealed.package_id)
        return case, recipient, sealed, contents, disclosure.legal_basis

    sent, written = write_package(session, "case_transfer", target, seal_and_record)
    return export_result(*sent, written)
