"""Handing a case to a colleague in the same unit (rotation, seed 000: «rotation av ärenden vid
hot och våld»): a signed handover package (kind 8) addressed to the colleague's own key card.

The rules: this vault is a caseworker's (or the unit's shared) vault; the colleague is a
caseworker of the same unit whose person card this vault trusts; the case is open here; a reason is
given. ``hand_over`` records the rotation — the case's assignment history gets the change with its
reason, the case names the colleague — seals the case with ``handover.json`` (who hands it to whom
and why, the case's status and its assignment history) and, in the same transaction, makes the
copy here read-only (status ``transferred``, reason handed over), like a transfer does. The
colleague imports it with the ordinary import (``utvag transfer import``), which answers with a
receipt; a handover is no disclosure to another board, so none is recorded and no consent or
legal ground is asked for.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import utvag.services.transfer.sendable as sendable
from utvag.domain.case_records import Case, CaseStatus
from utvag.domain.errors import DomainError
from utvag.domain.high_risk import Reassignment
from utvag.errors import UsageError, ValidationError
from utvag.services import vault_roles
from utvag.services.case_ref import case_of
from utvag.services.inputs import from_domain
from utvag.services.results import JsonResult, Warnings
from utvag.services.session import Session
from utvag.services.transfer.export import check_still_free, clean_text, package_entries_with
from utvag.services.transfer.files import finish_pending
from utvag.services.transfer.import_sink import HandoverTerms
from utvag.services.transfer.keys import (
    TrustedCard,
    card_for_unit,
    check_new_file,
    own_identity,
    trusted_cards,
)
from utvag.services.transfer.outgoing import mark_sealed, seal_sent, write_package
from utvag.services.transfer.payload import (
    VERSION,
    CaseContents,
    build_audit_excerpt,
    build_case,
    drafts_left,
    drafts_of,
    dump,
)
from utvag.transfer import (
    CASE_VAULTS,
    CardRole,
    OpenedPackage,
    PackageError,
    PackageKind,
    PublicCard,
    SealedPackage,
)
from utvag.transfer.limits import DEFAULT_PACKAGE_LIFETIME
from utvag.transfer.names import HANDOVER_DOCUMENT
from utvag.vault import repo_handover, repo_high_risk
from utvag.vault.audit import now_utc

HANDOVER_FORMAT = "utvag-handover"
Progress = Callable[[int, int], None]
_OPEN = {s.value for s in CaseStatus} - {CaseStatus.CLOSED.value, CaseStatus.TRANSFERRED.value}


@dataclass(frozen=True)
class HandoverResult(JsonResult):
    case_id: int
    case_number: str
    to_caseworker: str
    recipient_fingerprint: str
    assignment_id: int
    package_id: str
    path: str
    size: int
    expires: str
    warnings: Warnings = ()


def _refuse(message: str, rule: str) -> ValidationError:
    return ValidationError(message, field="handover", rule=rule)


def colleagues(session: Session) -> list[PublicCard]:
    """The caseworkers of this vault's unit whose person cards it trusts (newest card each)."""
    unit = session.vault.unit
    own = own_identity(session)
    names = sorted({t.card.holder for t in trusted_cards(session)
                    if t.card.unit == unit and t.card.role is CardRole.CASEWORKER
                    and t.card.holder and (own is None or t.card.holder != own.holder)})
    found = [card_for_unit(session, unit, CardRole.CASEWORKER, name) for name in names]
    return [t.card for t in found if t is not None]


def drafts_staying(session: Session, case_id: int) -> int:
    """The case's draft (unsigned) journal notes, which stay here when it is handed over."""
    return drafts_of(session.vault.conn, case_id)


def check_handover_arguments(to_caseworker: str, out_path: Path, reason: str | None
                             ) -> tuple[str, Path, str]:
    """What can be checked without the vault (the CLI runs this before unlocking)."""
    name = to_caseworker.strip()
    if not name:
        raise UsageError("Name the colleague who takes over the case.")
    text = clean_text(reason, "The reason")
    if text is None:
        raise UsageError("A handover needs its reason (why the case rotates).")
    return name, check_new_file(out_path), text


def _check(session: Session, case: Case, to_caseworker: str) -> TrustedCard:
    if not vault_roles.may(session, vault_roles.Duty.CASES):
        raise _refuse(f"A {vault_roles.vault_role(session)}'s vault handles no cases to hand "
                      "over.", "wrong_role")
    identity = own_identity(session)
    if case.status.value not in _OPEN:
        raise _refuse(f"Case {case.case_number} is {case.status.value} and read-only.",
                      "case_closed")
    if identity is not None and identity.holder == to_caseworker:
        raise _refuse("The case is already in this caseworker's vault.", "own_vault")
    card = card_for_unit(session, session.vault.unit, CardRole.CASEWORKER, to_caseworker)
    if card is None:
        raise _refuse(f"This vault trusts no key card of a caseworker {to_caseworker} at "
                      f"{session.vault.unit}: exchange person cards, confirm the fingerprint by "
                      "phone and trust the card first.", "recipient_untrusted")
    return card


def handover_document(session: Session, case: Case, recipient: PublicCard, reason: str,
                      stamp: str, history: list[dict[str, Any]]) -> bytes:
    identity = own_identity(session)
    assert identity is not None
    return dump({
        "format": HANDOVER_FORMAT, "version": VERSION, "case_number": case.case_number,
        "unit": session.vault.unit, "status": case.status.value,
        "from": {"caseworker": case.caseworker, "role": identity.role.value,
                 "holder": identity.holder, "fingerprint": identity.fingerprint},
        "to": {"caseworker": recipient.holder, "fingerprint": recipient.fingerprint},
        "reason": reason, "handed_at": stamp, "handed_by": session.actor,
        "assignments": [{k: row[k] for k in ("from_caseworker", "to_caseworker", "reason",
                                             "assigned_at", "assigned_by")} for row in history],
    })


def hand_over(session: Session, case_id: int, to_caseworker: str, out_path: Path, *,
              reason: str | None, progress: Progress | None = None,
              now: datetime | None = None,
              lifetime: timedelta = DEFAULT_PACKAGE_LIFETIME) -> HandoverResult:
    """Hand *case_id* to the colleague *to_caseworker* as a package at *out_path* (a new file);
    the copy here becomes read-only. Refusals leave one audit row and change nothing else."""
    name, target, text = check_handover_arguments(to_caseworker, out_path, reason)
    vault = session.vault
    finish_pending(session)

    def seal_and_record(temp: Path, file_id: int) -> tuple[Case, TrustedCard, int,
                                                           SealedPackage, CaseContents]:
        with vault.transaction() as conn:
            case = case_of(conn, case_id, open_only=False)
            recipient = _check(session, case, name)
            try:
                change = Reassignment(case.caseworker, name, text)
            except DomainError as exc:
                raise from_domain(exc) from None
            stamp = now_utc()
            assignment_id = repo_high_risk.reassign(
                conn, case_id, from_caseworker=case.caseworker, to_caseworker=name,
                reason=change.reason.strip(), by=vault.actor, now=stamp)
            case = case_of(conn, case_id, open_only=False)  # as it now stands
            own_identity(session, create=True)
            contents = build_case(conn, case, from_unit=vault.unit, exported_at=stamp)
            sendable.check_case(contents.document)  # before anything is sealed
            history = repo_high_risk.for_case(conn, "case_assignment", case_id)
            entries = package_entries_with(
                conn, contents, [(HANDOVER_DOCUMENT, handover_document(
                    session, case, recipient.card, change.reason.strip(), stamp, history))],
                build_audit_excerpt(conn, case))
            sealed = seal_sent(session, temp, recipient, entries, kind=PackageKind.HANDOVER,
                               sent_kind="case_transfer", case_id=case.id, progress=progress,
                               now=now or datetime.now(UTC), lifetime=lifetime)
            repo_handover.mark_handed_over(conn, case.id, stamp)
            vault.audit("case.handover", case.id, {
                "record_id": assignment_id, "package_id": sealed.package_id.hex(),
                "to": recipient.card.fingerprint, "sequence": sealed.sequence,
                "bytes": sealed.size})
            check_still_free(target)
            mark_sealed(conn, file_id, sealed.package_id)
        return case, recipient, assignment_id, sealed, contents

    try:
        (case, recipient, assignment_id, sealed, contents), written = write_package(
            session, "case_transfer", target, seal_and_record)
    except ValidationError as exc:
        with vault.transaction():
            vault.audit("case.handover_refused", case_id, {"rule": exc.rule})
        raise
    return HandoverResult(case.id, case.case_number, name, recipient.card.fingerprint,
                          assignment_id, sealed.package_id.hex(), written.path, sealed.size,
                          sealed.expires.isoformat(), drafts_left(contents) + written.warnings)


# -- the receiving side ------------------------------------------------------------------------


def _bad() -> PackageError:
    return PackageError("The case data in the package is not valid (handover.json)")


def read_terms(session: Session, sender: PublicCard) -> Callable[[bytes], HandoverTerms]:
    """The check of ``handover.json`` at the colleague's vault: addressed to this caseworker,
    from a caseworker (or the shared vault) of this same unit, for an open case."""
    identity = own_identity(session)

    def read(data: bytes) -> HandoverTerms:
        try:
            doc = json.loads(data.decode("utf-8", errors="strict"))
        except (ValueError, UnicodeError, RecursionError):
            raise _bad() from None
        if not isinstance(doc, dict) or doc.get("format") != HANDOVER_FORMAT \
                or doc.get("version") != VERSION:
            raise _bad()
        to = doc.get("to")
        status, reason = doc.get("status"), doc.get("reason")
        if not isinstance(to, dict) or not isinstance(reason, str) or not reason.strip() \
                or status not in _OPEN or not isinstance(doc.get("assignments"), list):
            raise _bad()
        if identity is None or identity.role is not CardRole.CASEWORKER \
                or to.get("caseworker") != identity.holder:
            raise PackageError("This handover is for another caseworker's vault; only a "
                               "caseworker's own vault takes over a colleague's case")
        if sender.unit != session.vault.unit or doc.get("unit") != session.vault.unit \
                or sender.role not in CASE_VAULTS:
            raise PackageError("A handover comes only from a colleague of the same unit")
        return HandoverTerms(str(status), str(to["caseworker"]))

    return read


def record_received(session: Session, opened: OpenedPackage, case_id: int,
                    document: str) -> list[int]:
    """The rotation as the colleague's vault keeps it: the case's assignment history, with the
    reason of this handover last. Inside the import's transaction."""
    conn = session.vault.conn
    doc = json.loads(document)
    ids: list[int] = []
    for row in doc["assignments"]:
        if not isinstance(row, dict):
            raise _bad()
        values = {k: row.get(k) for k in ("from_caseworker", "to_caseworker", "reason",
                                          "assigned_at", "assigned_by")}
        if not all(isinstance(v, str) and v.strip() for k, v in values.items()
                   if k != "from_caseworker") or not isinstance(values["from_caseworker"], str):
            raise _bad()
        ids.append(repo_high_risk.insert(conn, "case_assignment", case_id, values))
    return ids


def handover_note(opened: OpenedPackage, document: str, source_case_number: str) -> str:
    doc = json.loads(document)
    giver = doc["from"].get("holder") or doc["from"].get("caseworker") or opened.sender.label
    return (f"Ärendet överlämnat av {giver} ({opened.sender.unit}) genom rotation. Skäl: "
            f"{doc['reason']}. Ärende {source_case_number}, paket-id "
            f"{opened.package_id.hex()}, avsändarens nyckel {opened.sender.fingerprint}.")
