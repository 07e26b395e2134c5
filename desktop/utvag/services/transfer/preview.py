"""A look inside a case package before importing it, for the "Import package" dialog.

The envelope is verified completely (signature against a trusted card, recipient, expiry, replay)
and the payload is decrypted only as far as the end of ``case.json``, which the signed manifest's
hash has then confirmed. Nothing is written except the audit row that records the look.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from utvag.errors import IntegrityError
from utvag.services.session import Session
from utvag.services.transfer.files import readable
from utvag.services.transfer.importer import case_package_kind, replay_state
from utvag.services.transfer.key_changes import identity_for_package
from utvag.services.transfer.keys import trusted_cards
from utvag.services.transfer.payload import IncomingCase, parse_case
from utvag.transfer import ManifestEntry, PackageError, decrypt_package, verify_package
from utvag.transfer.names import CASE_DOCUMENT
from utvag.transfer.opener import VerifiedPackage
from utvag.vault import repo_cases


class _Enough(Exception):
    """Stops decryption once ``case.json`` has been verified."""


class _CaseOnly:
    def __init__(self) -> None:
        self.data = bytearray()
        self.case: IncomingCase | None = None

    def begin(self, entry: ManifestEntry) -> None:
        if entry.name != CASE_DOCUMENT:
            raise _Enough

    def write(self, data: bytes) -> None:
        self.data += data

    def end(self, entry: ManifestEntry) -> None:
        self.case = parse_case(bytes(self.data))
        raise _Enough


@dataclass(frozen=True)
class PackagePreview:
    sender_unit: str
    sender_fingerprint: str
    trusted_how: str  # "fingerprint" (confirmed by a person) or "policy"
    package_id: str
    sequence: int
    created: str
    expires: str
    size: int
    source_case_number: str
    case_type: str
    person_name: str = field(repr=False)
    protected_identity: str
    notes: int
    assessments: int
    attachments: tuple[tuple[str, int], ...] = field(repr=False)  # (file name, size)
    existing_cases: tuple[str, ...]  # this vault's cases of a person with the same number
    sender_label: str = ""  # the sender's card as people read it (a colleague: name and unit)
    handover: bool = False  # a colleague hands the case over (rotation), not another board
    # Whose vault signed it, from the sender's key card: "unit", "caseworker", "manager" …, and the
    # holder's name on a caseworker's or manager's card (None on a unit's).
    sender_role: str = "unit"
    sender_holder: str | None = None
    # The application the case started from, which the receiving board investigates on
    # (guideline, "Överflyttning"): the day it came in (None: none travels) and whether what
    # was applied for travels with it (in words or as the written application).
    application_received: str | None = None
    application_content: bool = False

    @property
    def needs_person_choice(self) -> bool:
        return bool(self.existing_cases)


def preview_package(session: Session, path: Path, *, now: datetime | None = None
                    ) -> PackagePreview:
    """Verify the envelope and read ``case.json``; raises ``IntegrityError`` for a bad package."""
    source = readable(path)
    vault = session.vault
    try:
        cards = trusted_cards(session)
        sink = _CaseOnly()
        with open(source, "rb") as handle:
            identity = identity_for_package(
                session, handle, "This vault has no transfer key yet, so no package can be "
                                 f"addressed to {vault.unit}")
            verified: VerifiedPackage = verify_package(
                handle, identity=identity, trusted=[t.card for t in cards],
                replay=replay_state(vault.conn), expected_kind=case_package_kind(handle),
                now=now or datetime.now(UTC))
            with contextlib.suppress(_Enough):
                decrypt_package(handle, verified, identity=identity, sink=sink)
    except PackageError as exc:
        raise IntegrityError(exc.message) from None
    incoming = sink.case
    if incoming is None:
        raise IntegrityError("The package does not hold a case")
    number = incoming.person.get("personal_number")
    existing: list[str] = []
    if number:
        for person in repo_cases.persons_with_number(vault.conn, number):
            existing += repo_cases.case_numbers_of_people(vault.conn, [person.id])
    header = verified.header
    how = next(t.how for t in cards if t.card.key_id == verified.sender.key_id)
    with vault.transaction():
        vault.audit("transfer.preview", detail={"package_id": header.package_id.hex(),
                                                "from": verified.sender.unit})
    return PackagePreview(
        verified.sender.unit, verified.sender.fingerprint, how, header.package_id.hex(),
        header.sequence, header.created.isoformat(), header.expires.isoformat(),
        header.total_size, incoming.case_number, incoming.type, incoming.person["name"],
        incoming.person["protected_identity"], len(incoming.notes), len(incoming.assessments),
        tuple((a.name, a.size) for a in incoming.attachments), tuple(sorted(existing)),
        verified.sender.label, header.kind.value == "handover", verified.sender.role.value,
        verified.sender.holder,
        None if incoming.application is None else incoming.application.received_on,
        incoming.application is not None and (incoming.application.applied_for is not None
                                              or incoming.application.attachment is not None))
