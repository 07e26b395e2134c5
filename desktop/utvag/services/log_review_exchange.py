"""The log review signed by the unit manager, so that nobody signs off their own accesses.

A caseworker's vault exports the month's review queue (``log_review``) to the manager's key card
as a log-review package (kind 6): the month, the queue's digest and its entries (sequence number,
time, who, what, case number, the concern report (version 2), why it was selected — no case
content). The manager's vault
imports it, shows it, and signs it: the outcome and a comment go back as a log-review signature
package (kind 7) addressed to that caseworker's card. The caseworker's vault imports the signature
only from the manager of its own unit and only while the queue it has for that month still has the
signed digest; the signature then becomes the month's sign-off, with the manager as reviewer. A
caseworker's vault cannot sign its own log review (``log_review.sign_off`` refuses).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from utvag.domain.log_review import ReviewReason, queue_digest
from utvag.errors import NotFoundError, RefusedError, ValidationError
from utvag.services import log_review, vault_roles
from utvag.services.log_review import ReviewEntry
from utvag.services.person_packages import (
    Opened,
    bad_document,
    json_document,
    manager_recipient,
    open_document,
    seal_to_file,
)
from utvag.services.results import JsonResult
from utvag.services.session import Session
from utvag.services.transfer.keys import card_for_unit, check_new_file, own_role
from utvag.transfer import CASE_VAULTS, CardRole, PackageKind, SealedPackage
from utvag.transfer.names import LOG_REVIEW_DOCUMENT, LOG_SIGNATURE_DOCUMENT
from utvag.vault import repo_log_review, repo_manager
from utvag.vault.audit import now_utc

REVIEW_FORMAT = "utvag-log-review"
SIGNATURE_FORMAT = "utvag-log-review-signature"
VERSION = 1  # the signature document's
# The review document: version 2 adds each entry's ``concern_report_id`` (accesses to concern
# reports, with or without a case, whose ``case_id`` may then be null); version 1 packages,
# made before, are still read.
REVIEW_VERSION = 2
REVIEW_VERSIONS = (1, 2)


@dataclass(frozen=True)
class Exchanged(JsonResult):
    """A log-review or signature package written or read: which month, whose, which package."""

    month: str
    digest: str
    entries: int
    party: str
    package_id: str
    path: str | None = None
    record_id: int | None = None
    outcome: str | None = None


@dataclass(frozen=True)
class ReceivedLogReview:
    """A log review a caseworker sent to the manager's vault, with its accesses and, once
    signed, the outcome. ``version`` is the review document's (1 has no concern reports)."""

    id: int
    caseworker: str
    month: str
    entries: tuple[ReviewEntry, ...]
    digest: str
    version: int | None
    concern_accesses: int
    received_at: str
    signed_at: str | None
    outcome: str | None
    comment: str | None = field(repr=False)

    def to_json(self) -> dict[str, Any]:
        """The fields; each access as the review document has it (its keys sorted, and no
        concern report member in a version 1 review)."""
        def entry(e: ReviewEntry) -> dict[str, Any]:
            return {k: v for k, v in sorted(asdict(e).items())
                    if k != "concern_report_id" or self.version != 1}

        return {**self.__dict__, "entries": [entry(e) for e in self.entries]}


def _refuse(message: str, rule: str) -> ValidationError:
    return ValidationError(message, field="log_review", rule=rule)


def _month(value: object, what: str) -> str:
    if not isinstance(value, str) or len(value) != 7 or value[4] != "-" \
            or not (value[:4] + value[5:]).isdigit() or not 1 <= int(value[5:]) <= 12:
        raise bad_document(what)
    return value


# -- the caseworker -----------------------------------------------------------------------------


def export_log_review(session: Session, month: str, out: Path, *, manager: str | None = None,
                      now: datetime | None = None) -> Exchanged:
    """Seal the month's review queue for the unit manager's card and write it to *out*."""
    target = check_new_file(out)
    if not vault_roles.may(session, vault_roles.Duty.CASES):
        raise _refuse(f"A {vault_roles.vault_role(session)}'s vault has no log review to send.",
                      "wrong_role")
    holder = own_role(session)[1]
    recipient = manager_recipient(session, manager, "log_review")
    queue = log_review.review_queue_of(session, month)
    document = {"format": REVIEW_FORMAT, "version": REVIEW_VERSION, "unit": session.vault.unit,
                "month": queue.month, "digest": queue.digest,
                "reviewed": holder or session.actor, "exported_at": now_utc(),
                "entries": [asdict(e) for e in queue.entries]}
    vault = session.vault

    def record(sealed: SealedPackage) -> None:
        vault.audit("logreview.exported", detail={
            "month": month, "entries": len(queue.entries), "package_id": sealed.package_id.hex(),
            "to": recipient.card.fingerprint})

    sealed, _ = seal_to_file(session, recipient, PackageKind.LOG_REVIEW, LOG_REVIEW_DOCUMENT,
                             document, target, record, now)
    return Exchanged(month, queue.digest, len(queue.entries), recipient.card.label,
                     sealed.package_id.hex(), str(target))


def import_log_review_signature(session: Session, path: Path, *,
                                now: datetime | None = None) -> Exchanged:
    """Take the manager's signature of this vault's log review as the month's sign-off."""
    vault = session.vault

    def record(opened: Opened) -> Exchanged:
        doc = json_document(opened.document, LOG_SIGNATURE_DOCUMENT)
        month = _month(doc.get("month"), LOG_SIGNATURE_DOCUMENT)
        outcome, comment = doc.get("outcome"), doc.get("comment")
        if doc.get("format") != SIGNATURE_FORMAT or doc.get("version") != VERSION \
                or doc.get("unit") != vault.unit or outcome not in log_review.OUTCOMES \
                or not isinstance(comment, str) or not comment.strip() \
                or not isinstance(doc.get("digest"), str):
            raise bad_document(LOG_SIGNATURE_DOCUMENT)
        entries, _numbers = log_review.queue(session, month)
        digest = queue_digest(entries)
        if doc["digest"] != digest:
            raise bad_document("the signed review is not this vault's log review of " + month)
        card = opened.package.sender
        reviewer = f"{card.holder} ({card.role.value})"
        signoff_id = repo_log_review.add_signoff(
            vault.conn, month, reviewer, str(doc.get("signed_at") or now_utc()), outcome,
            comment.strip(), len(entries), digest)
        repo_manager.insert_signature(
            vault.conn, package_id=opened.package.package_id, sender_key_id=card.key_id,
            month=month, signoff_id=signoff_id, received_at=now_utc())
        vault.audit("logreview.signature_imported", detail={
            "month": month, "signoff_id": signoff_id, "outcome": outcome,
            "package_id": opened.package.package_id.hex(), "from": card.fingerprint})
        return Exchanged(month, digest, len(entries), card.label,
                         opened.package.package_id.hex(), record_id=signoff_id, outcome=outcome)

    return open_document(session, path, PackageKind.LOG_REVIEW_SIGNATURE,
                         LOG_SIGNATURE_DOCUMENT, receivers=CASE_VAULTS,
                         senders=(CardRole.MANAGER,), record=record, now=now)


# -- the manager --------------------------------------------------------------------------------


def import_log_review(session: Session, path: Path, *, now: datetime | None = None
                      ) -> Exchanged:
    """At the manager's vault: verify and keep a caseworker's log-review package."""
    vault = session.vault

    def record(opened: Opened) -> Exchanged:
        doc = json_document(opened.document, LOG_REVIEW_DOCUMENT)
        month = _month(doc.get("month"), LOG_REVIEW_DOCUMENT)
        entries = doc.get("entries")
        version = doc.get("version")
        if doc.get("format") != REVIEW_FORMAT or isinstance(version, bool) \
                or version not in REVIEW_VERSIONS \
                or doc.get("unit") != vault.unit or not isinstance(doc.get("digest"), str) \
                or not isinstance(entries, list) \
                or not all(_entry_ok(e, version) for e in entries):
            raise bad_document(LOG_REVIEW_DOCUMENT)
        card = opened.package.sender
        record_id = repo_manager.insert_review(
            vault.conn, package_id=opened.package.package_id, sender_key_id=card.key_id,
            sender_unit=card.unit, sender_holder=card.holder, month=month,
            digest=doc["digest"], review=doc, received_at=now_utc(), received_by=vault.actor)
        vault.audit("logreview.received", detail={
            "record_id": record_id, "month": month, "entries": len(entries),
            "package_id": opened.package.package_id.hex(), "from": card.fingerprint})
        return Exchanged(month, doc["digest"], len(entries), card.label,
                         opened.package.package_id.hex(), record_id=record_id)

    return open_document(session, path, PackageKind.LOG_REVIEW, LOG_REVIEW_DOCUMENT,
                         receivers=(CardRole.MANAGER,), senders=CASE_VAULTS, record=record,
                         now=now)


# Each access of a review document: its members and the types they may hold (None where the
# access had no case or no concern report); version 1 has no concern report member.
_ENTRY_TYPES: dict[str, tuple[type, ...]] = {
    "seq": (int,), "at": (str,), "actor": (str,), "action": (str,),
    "case_id": (int, type(None)), "case_number": (str, type(None)), "reason": (str,),
    "concern_report_id": (int, type(None)),
}


def _entry_ok(entry: object, version: int) -> bool:
    """Whether *entry* is an access as the caseworker's vault writes it: exactly its members,
    each of its type (a bool is no number), so every stored review can be listed and shown."""
    if not isinstance(entry, dict):
        return False
    members = set(_ENTRY_TYPES) - ({"concern_report_id"} if version == 1 else set())
    return set(entry) == members and all(
        isinstance(entry[k], _ENTRY_TYPES[k]) and not isinstance(entry[k], bool)
        for k in members)


def is_concern_entry(entry: dict[str, Any]) -> bool:
    """Whether a received review's entry is an access to a concern report (version 2)."""
    return entry.get("concern_report_id") is not None \
        or entry.get("reason") == ReviewReason.CONCERN_REPORT.value


def received_reviews(session: Session) -> list[ReceivedLogReview]:
    """The log reviews the unit's caseworkers sent, signed or not (manager's vault)."""
    if not vault_roles.may(session, vault_roles.Duty.MANAGE):
        raise _refuse("Only the unit manager's vault receives log reviews.", "wrong_role")
    return [ReceivedLogReview(
        r.id, r.sender_holder or r.sender_unit, r.month,
        tuple(ReviewEntry(**e) for e in r.review.get("entries", [])), r.digest,
        r.review.get("version"), sum(1 for e in r.review.get("entries", [])
                                     if is_concern_entry(e)),
        r.received_at, r.signed_at, r.outcome, r.comment)
        for r in repo_manager.reviews(session.vault.conn)]


def sign_log_review(session: Session, review_id: int, outcome: str, comment: str, out: Path,
                    *, now: datetime | None = None) -> Exchanged:
    """Sign a received log review and write the signature package for its caseworker."""
    target = check_new_file(out)
    log_review.check_signoff(outcome, comment)
    role, holder = own_role(session)
    if role is not CardRole.MANAGER:
        raise _refuse("Only the unit manager's vault signs the caseworkers' log reviews.",
                      "wrong_role")
    vault = session.vault
    review = repo_manager.get_review(vault.conn, review_id)
    if review is None:
        raise NotFoundError(f"There is no received log review {review_id}.")
    if review.signed_at is not None:
        raise RefusedError(f"The log review {review_id} was signed on {review.signed_at[:10]}.")
    recipient = card_for_unit(session, review.sender_unit, CardRole.CASEWORKER,
                              review.sender_holder) if review.sender_holder else \
        card_for_unit(session, review.sender_unit)
    if recipient is None:
        raise _refuse("This vault no longer trusts the caseworker's key card.",
                      "recipient_untrusted")
    stamp = now_utc()
    entries = review.review.get("entries", [])
    document = {"format": SIGNATURE_FORMAT, "version": VERSION, "unit": vault.unit,
                "month": review.month, "digest": review.digest, "entries": len(entries),
                "review_package_id": review.package_id.hex(), "outcome": outcome,
                "comment": comment.strip(), "reviewer": holder, "signed_at": stamp}

    def record(sealed: SealedPackage) -> None:
        repo_manager.sign_review(vault.conn, review_id, signed_at=stamp, signed_by=vault.actor,
                                 outcome=outcome, comment=comment.strip(),
                                 signature_package_id=sealed.package_id)
        vault.audit("logreview.signed_for", detail={
            "record_id": review_id, "month": review.month, "outcome": outcome,
            "package_id": sealed.package_id.hex(), "to": recipient.card.fingerprint})

    sealed, _ = seal_to_file(session, recipient, PackageKind.LOG_REVIEW_SIGNATURE,
                             LOG_SIGNATURE_DOCUMENT, document, target, record, now)
    return Exchanged(review.month, review.digest, len(entries), recipient.card.label,
                     sealed.package_id.hex(), str(target), review_id, outcome)
