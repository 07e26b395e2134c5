"""Exporting a case to another unit as a transfer package.

The rules (``check_export``): the recipient is another unit whose card this vault trusts; the
routing of the case's signed assessment in force sends the case there (a special defector to SAV,
a district board when SAV finds the person is not one), or else a written reason is given; and a
consent covering the recipient is recorded on that assessment, or else another legal ground is
given. The receiving board is another social-services board than the sender (SAV included), so the
consent covers it when it names "other social services" (``other_social_services``) and has not
been withdrawn, and another ground must allow that recipient, the person's age and the harm test
exactly as a disclosure on it would (``disclosures.transfer_ground``): a ground for the Police
only, such as OSL 10:18 a, is refused.

``export_case`` first records the temporary file it is about to write (``transfer.files``), seals
the package into it and then — in the same transaction that read the case — closes the case
("handling transferred to another board", status ``transferred``), records the disclosure and
the sent package, marks the file "sealed, not yet placed" and writes the audit row. Only after
that commit does the package get its name. A crash before the commit leaves a hidden temporary
file that the next run removes; a crash after it leaves one the next run places. If anything
fails or is cancelled, nothing in the vault changes and no file is left behind. A refusal by a
rule leaves one audit row (``transfer.export_refused`` with the rule, no content).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import utvag.services.transfer.sendable as sendable
from utvag.domain.case_records import Case, CaseStatus
from utvag.domain.case_status import ClosureReason
from utvag.domain.identity import is_protected
from utvag.domain.legal_grounds import ground_text
from utvag.errors import UsageError, ValidationError
from utvag.forms.facts import ConsentFacts
from utvag.services import assessment, assessment_facts, case_flow, disclosures
from utvag.services.case_ref import case_of
from utvag.services.policy import UNITS
from utvag.services.results import JsonResult, Warnings
from utvag.services.session import Session
from utvag.services.transfer.chunk_io import ChunkReader
from utvag.services.transfer.files import finish_pending
from utvag.services.transfer.keys import TrustedCard, card_for_unit, check_new_file, trusted_cards
from utvag.services.transfer.outgoing import (
    Written,
    mark_sealed,
    seal_sent,
    write_package,
)
from utvag.services.transfer.payload import (
    DECISION_FORMAT,
    VERSION,
    CaseContents,
    build_audit_excerpt,
    build_case,
    drafts_left,
    dump,
)
from utvag.transfer import CardRole, EntrySource, PackageKind, SealedPackage
from utvag.transfer.limits import DEFAULT_PACKAGE_LIFETIME
from utvag.transfer.names import AUDIT_DOCUMENT, CASE_DOCUMENT, DECISION_DOCUMENT
from utvag.vault import repo_case_flow, repo_cases, repo_transfer, repo_young
from utvag.vault.audit import now_utc
from utvag.vault.database import Connection

Progress = Callable[[int, int], None]
MAX_REASON = 4000
CONSENT_AUTHORITY = "other_social_services"


@dataclass(frozen=True)
class TransferDecision:
    """Why a case may leave, as recorded in ``decision.json`` and the disclosure."""

    to_unit: str
    route_to: str | None
    assessment_id: int | None
    routing_supports: bool
    reason: str | None = field(repr=False)
    consent: dict[str, Any] | None
    legal_basis: str  # "consent" or "other"
    legal_ground: str = field(repr=False)
    include_relatives: bool
    legal_ref: str = "other"  # the key in resources/legal/grounds.json
    consent_assessment_id: int | None = None
    identity_revealed: bool = False  # a protected identity goes into the package


@dataclass(frozen=True)
class ExportResult(JsonResult):
    case_id: int
    case_number: str
    to_unit: str
    recipient_fingerprint: str
    package_id: str
    sequence: int
    path: str
    size: int
    digest: str
    expires: str
    attachments: int
    attachment_bytes: int
    legal_basis: str
    warnings: Warnings = ()


def clean_text(value: str | None, field: str) -> str | None:
    """A reason or legal ground: None when not given; refused when given but blank or huge."""
    if value is None:
        return None
    text = value.strip()
    if not text or len(text) > MAX_REASON:
        raise UsageError(f"{field} needs text (at most {MAX_REASON} characters).")
    return text


def check_arguments(to_unit: str, out_path: Path, reason: str | None,
                    legal_ground: str | None) -> tuple[Path, str | None, str | None]:
    """What can be checked without the vault (the CLI runs this before unlocking)."""
    if to_unit not in UNITS:
        raise UsageError(f"Unknown unit {to_unit!r}; choose one of {', '.join(UNITS)}.")
    return (check_new_file(out_path), clean_text(reason, "The reason"),
            clean_text(legal_ground, "The legal ground"))


def consent_status(consent: ConsentFacts) -> dict[str, Any]:
    """The consent an assessment records, and whether it covers another board."""
    given, withdrawn, authorities = consent.given, consent.withdrawn, list(consent.authorities)
    return {"given": given, "authorities": authorities,
            "given_on": consent.given_on.isoformat() if consent.given_on else None,
            "form_reference": consent.form_reference,
            "withdrawn": withdrawn,
            "withdrawn_on": consent.withdrawn_on.isoformat() if consent.withdrawn_on else None,
            "covers_recipient": given and not withdrawn and CONSENT_AUTHORITY in authorities}


def consent_covers(session: Session, case: Case, consent: dict[str, Any] | None) -> bool:
    """Whether the consent on the signed assessment (``consent_status``) covers the receiving
    board and no withdrawal was recorded on the case since."""
    return (consent is not None and consent["covers_recipient"]
            and not disclosures.consent_on_case(session.vault.conn, case)[2])


def _refuse(message: str, rule: str) -> ValidationError:
    return ValidationError(message, field="transfer", rule=rule)


def check_export(session: Session, case: Case, to_unit: str, *, reason: str | None = None,
                 legal_ground: str | None = None, include_relatives: bool = False,
                 legal_ref: str | None = None, reveal_identity: bool = False
                 ) -> tuple[TransferDecision, TrustedCard]:
    """Apply the rules; raise ``ValidationError`` (exit 6, ``rule`` names the rule) or return the
    decision and the recipient's card; ``RefusedError`` (exit 6) when the case holds text the
    receiver would refuse (``transfer.sendable``). Reads only."""
    own = session.vault.unit
    if case.status in (CaseStatus.CLOSED, CaseStatus.TRANSFERRED):
        raise _refuse(f"Case {case.case_number} is {case.status.value} and read-only.",
                      "case_closed")
    if to_unit == own:
        raise _refuse(f"The case is already at {own}.", "own_unit")
    recipient = card_for_unit(session, to_unit)
    if recipient is None:
        raise _refuse(f"This vault trusts no key card for {to_unit}: exchange key cards, confirm "
                      "the fingerprint by phone and trust the card first.", "recipient_untrusted")
    current = assessment.current(session, case.id)
    routing = case_flow.routing_of(session.vault.conn, case)  # SAV's later word counts
    route_to = routing.unit.value if routing is not None else None
    today = case_flow.now_local_day()
    case_flow.check_transfer(session.vault.conn, case, to_unit, today)
    supports = route_to == to_unit
    if not supports and reason is None and route_to:
        raise _refuse(f"The case's assessment routes it to {route_to}; a transfer to {to_unit} "
                      "needs a written reason.", "routing_reason_required")
    if not supports and reason is None:
        raise _refuse(f"The case's assessment is missing (no signed assessment); a transfer to "
                      f"{to_unit} needs a written reason.", "routing_reason_required")
    consent = consent_status(assessment_facts.facts(current[0]).consent) if current else None
    covered = consent_covers(session, case, consent)
    if not covered and legal_ground is None and legal_ref is None:
        raise _refuse("No consent covering another social-services board is recorded on the "
                      "case's assessment (or it was withdrawn); record the legal ground for the "
                      "disclosure.", "consent_or_legal_ground_required")
    ref, on_consent = disclosures.transfer_ground(
        legal_ref, consent_covers=covered, legal_ground=legal_ground,
        birth_date=disclosures.birth_date(case), on=today)
    if on_consent:
        assert consent is not None and current is not None
        ground = f"Samtycke lämnat {consent['given_on']}, omfattar annan socialtjänst"
        if consent["form_reference"]:
            ground += f" ({consent['form_reference']})"
        basis = "consent"
    else:
        ground, basis = ground_text(ref, legal_ground), "other"
    protected = is_protected(case.person.protected_identity)
    if protected and not reveal_identity:
        raise _refuse("The person has a protected identity: the package would carry the name, "
                      "identity number and address. Confirm that the receiving unit needs "
                      "them (reveal the identity for the package); the reveal is logged.",
                      "identity_reveal_required")
    if repo_young.has_protected_guardian(session.vault.conn, case.id):
        protected = True  # a guardian is person data: the same rule
        if not reveal_identity:
            raise _refuse("A guardian has a protected identity: the package would carry their "
                          "name and contact. Confirm that the receiving unit needs them (reveal "
                          "the identity for the package); the reveal is logged.",
                          "identity_reveal_required")
    # what the receiver would refuse, found here before anything is sealed (not a rule's
    # refusal: no audit row, nothing changes)
    sendable.check_case(build_case(session.vault.conn, case, from_unit=own,
                                   exported_at=now_utc()).document)
    decision = TransferDecision(to_unit, route_to, current[0].id if current else None, supports,
                                reason, consent, basis, ground, include_relatives, ref.key,
                                current[0].id if on_consent and current else None, protected)
    return decision, recipient


def categories(contents: CaseContents) -> list[str]:
    """What leaves, as data categories (recorded in the disclosure)."""
    found = ["person", "case"]
    if contents.notes:
        found.append("journal_notes")
    if contents.assessments:
        found.append("assessments")
    if contents.attachments:
        found.append("attachments")
    return [*found, "audit_excerpt", "transfer_decision"]


def decision_document(session: Session, case: Case, decision: TransferDecision,
                      cats: list[str], decided_at: str, *, decided_by: str | None = None,
                      supersedes: bytes | None = None) -> bytes:
    """``decision.json``; a resent package names the package it replaces (``supersedes``)."""
    reason = ClosureReason.HANDLING_TRANSFERRED
    extra = {} if supersedes is None else {"supersedes": supersedes.hex()}
    return dump({**extra,
        "format": DECISION_FORMAT, "version": VERSION,
        "case_number": case.case_number, "from_unit": session.vault.unit,
        "to_unit": decision.to_unit, "decided_at": decided_at,
        "decided_by": decided_by or session.actor,
        "closure_reason": {"code": reason.value, "sv": reason.name_sv, "en": reason.name_en},
        "routing": {"assessment_id": decision.assessment_id, "route_to": decision.route_to,
                    "supports_recipient": decision.routing_supports},
        "reason": decision.reason, "consent": decision.consent,
        "legal_basis": decision.legal_basis, "legal_ground": decision.legal_ground,
        "legal_ref": decision.legal_ref,
        "include_relatives": decision.include_relatives, "categories": cats,
    })


def package_entries(conn: Connection, contents: CaseContents, decision_doc: bytes,
             audit_doc: bytes) -> list[EntrySource]:
    return package_entries_with(conn, contents, [(DECISION_DOCUMENT, decision_doc)], audit_doc)


def package_entries_with(conn: Connection, contents: CaseContents,
                         documents: list[tuple[str, bytes]],
                         audit_doc: bytes) -> list[EntrySource]:
    """``case.json``, then *documents* (a transfer's decision, a handover's terms), the audit
    excerpt and the attachments."""
    entries = [EntrySource.from_bytes(CASE_DOCUMENT, contents.document),
               *(EntrySource.from_bytes(name, data) for name, data in documents),
               EntrySource.from_bytes(AUDIT_DOCUMENT, audit_doc)]
    for item in contents.attachments:
        att = item.attachment

        def opener(attachment_id: int = att.id) -> ChunkReader:
            return ChunkReader(conn, attachment_id)

        # The stored hash was taken as the bytes went in, and SQLCipher authenticates every page
        # since: sealing does not hash the plaintext again (the receiver checks it).
        entries.append(EntrySource(item.entry, att.size, opener, bytes.fromhex(att.sha256),
                                   sha256_stored=True))
    return entries


def record_sent_case(session: Session, case: Case, decision: TransferDecision,
                     recipient: TrustedCard, package_id: bytes, cats: list[str], now: str, *,
                     legal_ref: str | None, authority: str = CONSENT_AUTHORITY) -> None:
    """The disclosure of a case package that leaves (an export or a resend): what left, to
    whom, when and on which ground. Inside the caller's transaction."""
    vault = session.vault
    repo_transfer.insert_disclosure(
        vault.conn, case_id=case.id, categories=cats, recipient=recipient.card.unit,
        recipient_key_id=recipient.card.key_id, disclosed_at=now, disclosed_by=vault.actor,
        legal_basis=decision.legal_basis, legal_ground=decision.legal_ground,
        reason=decision.reason, package_id=package_id,
        legal_ref=legal_ref,
        recipient_authority=authority, consent_assessment_id=decision.consent_assessment_id,
        identity_revealed=decision.identity_revealed)
    if decision.identity_revealed:
        vault.audit("identity.reveal", case.id, {"purpose": "transfer"})


Sent = tuple[Case, TrustedCard, SealedPackage, CaseContents, str]  # ... and the legal basis


def export_result(case: Case, recipient: TrustedCard, sealed: SealedPackage,
                  contents: CaseContents, legal_basis: str, written: Written) -> ExportResult:
    """What an export or a resend tells: the package, its file and what it carries."""
    total = sum(o.attachment.size for o in contents.attachments)
    return ExportResult(case.id, case.case_number, recipient.card.unit,
                        recipient.card.fingerprint, sealed.package_id.hex(), sealed.sequence,
                        written.path, sealed.size, sealed.digest.hex(),
                        sealed.expires.isoformat(), len(contents.attachments), total,
                        legal_basis, drafts_left(contents) + written.warnings)


def check_still_free(target: Path) -> None:
    """Refuse to commit a package whose name was taken while it was sealed."""
    if target.exists() or target.is_symlink():
        raise UsageError(f"{target} appeared while the package was written.")


def export_case(session: Session, case_id: int, to_unit: str, out_path: Path, *,
                reason: str | None = None, legal_ground: str | None = None,
                legal_ref: str | None = None, reveal_identity: bool = False,
                include_relatives: bool = False, progress: Progress | None = None,
                now: datetime | None = None,
                lifetime: timedelta = DEFAULT_PACKAGE_LIFETIME) -> ExportResult:
    """Export *case_id* to *to_unit* as a package at *out_path* (a new file) and close the case.

    *progress* gets (bytes done, bytes total) while sealing; raising from it cancels, and then
    nothing changes. *now* sets the package's creation time (tests, reproducible runs).
    """
    target, reason, legal_ground = check_arguments(to_unit, out_path, reason, legal_ground)
    vault = session.vault
    finish_pending(session)

    def seal_and_record(temp: Path, file_id: int) -> Sent:
        with vault.transaction() as conn:
            case = case_of(conn, case_id, open_only=False)
            decision, recipient = check_export(session, case, to_unit, reason=reason,
                                               legal_ground=legal_ground,
                                               legal_ref=legal_ref,
                                               reveal_identity=reveal_identity,
                                               include_relatives=include_relatives)
            stamp = now_utc()
            contents = build_case(conn, case, from_unit=vault.unit, exported_at=stamp)
            cats = categories(contents)
            entries = package_entries(conn, contents,
                               decision_document(session, case, decision, cats, stamp),
                               build_audit_excerpt(conn, case))
            sealed = seal_sent(session, temp, recipient, entries,
                               kind=PackageKind.CASE_TRANSFER, case_id=case.id,
                               progress=progress, now=now or datetime.now(UTC),
                               lifetime=lifetime)
            repo_cases.close_transferred(conn, case.id,
                                         ClosureReason.HANDLING_TRANSFERRED.value, stamp)
            record_sent_case(session, case, decision, recipient, sealed.package_id, cats, stamp,
                             legal_ref=decision.legal_ref)
            vault.audit("transfer.export", case.id, {
                "package_id": sealed.package_id.hex(), "to": recipient.card.unit,
                "sequence": sealed.sequence, "attachments": len(contents.attachments),
                "bytes": sealed.size, "legal_basis": decision.legal_basis,
                "routing_supports": decision.routing_supports})
            check_still_free(target)
            # Sealed, not yet placed: committed with the disclosure and the closed case.
            mark_sealed(conn, file_id, sealed.package_id)
        return case, recipient, sealed, contents, decision.legal_basis

    try:
        sent, written = write_package(
            session, "case_transfer", target, seal_and_record)
    except ValidationError as exc:
        with vault.transaction():
            vault.audit("transfer.export_refused", case_id, {"rule": exc.rule, "to": to_unit})
        raise
    return export_result(*sent, written)


@dataclass(frozen=True)
class ExportPreview:
    """What the "Transfer case" dialog shows before the caseworker confirms."""

    case_id: int
    case_number: str
    from_unit: str
    suggested_unit: str | None  # where the routing sends the case (None: no signed assessment)
    special_defector: bool | None
    consent: dict[str, Any] | None
    trusted_units: tuple[str, ...]
    notes: int
    assessments: int
    attachments: tuple[tuple[str, int], ...] = field(repr=False)  # (name, size)
    # whether the application the case started from travels with it (guideline,
    # "Överflyttning": the receiving board «inleder utredning utifrån den redan inkomna ansökan»)
    application: bool = False
    drafts: int = 0  # unsigned journal notes, which stay here
    # whether it travels with what was applied for: in words, or as the written application
    application_content: bool = False

    @property
    def attachment_bytes(self) -> int:
        return sum(size for _, size in self.attachments)


def export_preview(session: Session, case_id: int) -> ExportPreview:
    """Read-only: the routing's recipient, the consent, the trusted units and what would leave."""
    conn = session.vault.conn
    case = case_of(conn, case_id, open_only=False)
    current = assessment.current(session, case_id)
    contents = build_case(conn, case, from_unit=session.vault.unit, exported_at=now_utc())
    units = sorted({t.card.unit for t in trusted_cards(session)  # units' cards, not people's
                    if t.card.role is CardRole.UNIT})
    # The newest word on the routing: the signed assessment, SAV's decision, or a threat
    # assessment the Police gave since.
    routing = case_flow.routing_of(conn, case)
    route = routing.unit.value if routing else None
    application = repo_case_flow.latest(conn, "case_application", case.id)
    return ExportPreview(
        case.id, case.case_number, session.vault.unit,
        route if route != session.vault.unit else None,
        routing.special_defector if routing else None,
        consent_status(assessment_facts.facts(current[0]).consent) if current else None,
        tuple(units), contents.notes,
        contents.assessments,
        tuple((o.attachment.name, o.attachment.size) for o in contents.attachments),
        application is not None, contents.drafts,
        application is not None and (application["applied_for"] is not None
                                     or application["attachment_id"] is not None))
