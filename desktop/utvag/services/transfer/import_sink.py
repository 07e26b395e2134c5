"""Where an imported package's entries go: the transfer layer's ``EntrySink``, writing into
the vault.

``case.json`` arrives first; when it has been verified it becomes the new case (person, case,
journal notes, signed assessments). Every attachment is streamed into database chunks as it is
decrypted, never held whole in memory and never written to a file. The JSON documents are small
(the format bounds them) and kept in memory. All of it happens inside the caller's transaction.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from utvag.domain.case_records import CaseStatus, CaseType
from utvag.services import case_flow
from utvag.services.session import Session
from utvag.services.transfer import application as transfer_application
from utvag.services.transfer import needs as transfer_needs
from utvag.services.transfer import young as transfer_young
from utvag.services.transfer.chunk_io import ChunkWriter
from utvag.services.transfer.payload import (
    AUDIT_FORMAT,
    DECISION_FORMAT,
    IncomingAttachment,
    IncomingCase,
    parse_case,
    parse_document,
)
from utvag.transfer import ManifestEntry, OpenedPackage, PackageError
from utvag.transfer.names import (
    AUDIT_DOCUMENT,
    CASE_DOCUMENT,
    DECISION_DOCUMENT,
    HANDOVER_DOCUMENT,
)
from utvag.vault import (
    repo_assessments,
    repo_attachments,
    repo_cases,
    repo_journal,
    repo_transfer,
)
from utvag.vault.audit import now_utc

#: Bytes per stored attachment chunk for imported attachments: the vault's, as ``cases.attach``
#: stores them (tests/bench/bench_transfer.py compares chunk sizes: they matter little next to the
#: page crypto).
IMPORT_CHUNK = repo_attachments.CHUNK
_PROTECTION = ("none", "sekretessmarkering", "skyddad_folkbokforing", "fingerade_personuppgifter")
_DOCUMENT_FORMATS = {AUDIT_DOCUMENT: AUDIT_FORMAT, DECISION_DOCUMENT: DECISION_FORMAT}


@dataclass(frozen=True)
class HandoverTerms:
    """What a handover keeps of the case: its status, and the colleague who now handles it."""

    status: str
    caseworker: str


class PersonLinkRequired(Exception):
    """A person with the same identity number exists and the caller has not chosen."""

    def __init__(self, case_numbers: list[str]) -> None:
        super().__init__("person link choice required")
        self.case_numbers = case_numbers


@dataclass(frozen=True)
class CreatedCase:
    case_id: int
    case_number: str
    source_case_number: str
    person: str  # "new" or "linked"
    protection_raised: bool
    notes: int
    assessments: int
    attachments: int
    attachment_bytes: int


class _Attachment:
    def __init__(self, attachment_id: int, meta: IncomingAttachment) -> None:
        self.id = attachment_id
        self.meta = meta
        self.seq = 0
        self.buffer = bytearray()


class ImportSink:
    """Receives the entries of a case package (``EntrySink``) and writes them into the vault."""

    def __init__(self, session: Session, link_person: str | None,
                 chunk_size: int = IMPORT_CHUNK,
                 handover: Callable[[bytes], HandoverTerms] | None = None) -> None:
        self._session = session
        self._handover = handover  # a handover: reads handover.json into the case's terms
        self.terms: HandoverTerms | None = None
        self._conn = session.vault.conn
        self._link = link_person
        self._chunk = chunk_size
        self._document: bytearray | None = None
        self._attachment: _Attachment | None = None
        self.incoming: IncomingCase | None = None
        self.created: CreatedCase | None = None
        self.documents: dict[str, str] = {}
        self.supersedes: bytes | None = None  # the package id a resent package replaces
        self._received: dict[str, int] = {}
        self._attachment_ids: dict[str, int] = {}  # entry name -> this vault's attachment id
        self._writer = ChunkWriter(self._conn)

    def close(self) -> None:
        """Stop the chunk writer; must run before the transaction ends, whatever happened."""
        self._writer.close()

    # -- EntrySink -----------------------------------------------------------------------------
    def begin(self, entry: ManifestEntry) -> None:
        if not entry.is_attachment:
            self._document = bytearray()
            return
        self._writer.drain()
        self._materialize()
        meta = self.incoming.attachment(entry.name) if self.incoming else None
        if self.created is None or meta is None or meta.size != entry.size \
                or meta.sha256 != entry.sha256.hex():
            raise PackageError("The package's attachment list does not match its contents")
        attachment_id = repo_attachments.insert_attachment_record(
            self._conn, case_id=self.created.case_id, name=meta.name,
            media_type=meta.media_type, size=meta.size, sha256=meta.sha256,
            added_at=meta.added_at, added_by=meta.added_by)
        self._attachment = _Attachment(attachment_id, meta)
        self._attachment_ids[entry.name] = attachment_id

    def write(self, data: bytes) -> None:
        if self._document is not None:
            self._document += data
            return
        att = self._attachment
        assert att is not None
        if not att.buffer and len(data) == self._chunk:
            self._store(att, data)
            return
        att.buffer += data
        while len(att.buffer) >= self._chunk:
            self._store(att, bytes(att.buffer[: self._chunk]))
            del att.buffer[: self._chunk]

    def end(self, entry: ManifestEntry) -> None:
        if self._document is not None:
            data, self._document = bytes(self._document), None
            if entry.name == CASE_DOCUMENT:
                self._create_case(parse_case(data))
            elif entry.name == HANDOVER_DOCUMENT:
                if self._handover is None or self.terms is not None:
                    raise PackageError("The case data in the package is not valid (handover)")
                self.terms = self._handover(data)
                self.documents[entry.name] = data.decode("utf-8")
            elif entry.name in _DOCUMENT_FORMATS:
                self.documents[entry.name] = parse_document(data, _DOCUMENT_FORMATS[entry.name])
                if entry.name == DECISION_DOCUMENT:
                    self._check_supersedes(self.documents[entry.name])
            return
        att = self._attachment
        assert att is not None
        if att.buffer:
            self._store(att, bytes(att.buffer))
            att.buffer.clear()
        self._received[entry.name] = entry.size
        self._attachment = None

    def _store(self, att: _Attachment, data: bytes) -> None:
        self._writer.put(att.id, att.seq, data)
        att.seq += 1

    # -- the case ------------------------------------------------------------------------------
    def _person_id(self, incoming: IncomingCase, now: str) -> tuple[int, str, bool]:
        conn = self._conn
        number = incoming.person.get("personal_number")
        existing = repo_cases.persons_with_number(conn, number) if number else []
        if existing and self._link is None:
            raise PersonLinkRequired(
                repo_cases.case_numbers_of_people(conn, [p.id for p in existing]))
        if existing and self._link == "link":
            person = min(existing, key=lambda p: p.id)
            wanted = incoming.person["protected_identity"]
            raised = _PROTECTION.index(wanted) > _PROTECTION.index(person.protected_identity)
            if raised:  # never let an import lower or ignore a protected identity
                repo_cases.raise_protection(conn, person.id, wanted, now)
            return person.id, "linked", raised
        return repo_cases.insert_person(conn, now=now, **incoming.person), "new", False

    def _check_supersedes(self, decision: str) -> None:
        """A resent package names the package it replaces; if that one was imported here after
        all, this one is the same case a second time (checked before the case is written)."""
        raw = json.loads(decision).get("supersedes")
        if raw is None:
            return
        if not isinstance(raw, str) or len(raw) != 32 or raw.strip("0123456789abcdef"):
            raise PackageError("The case data in the package is not valid (decision.json)")
        if repo_transfer.was_received(self._conn, bytes.fromhex(raw)):
            raise PackageError(f"This package replaces package {raw}, which was already "
                               "imported here; nothing was imported")
        self.supersedes = bytes.fromhex(raw)

    def _create_case(self, incoming: IncomingCase) -> None:
        """Keep the verified case; it is written when the first attachment or the end comes,
        after ``decision.json`` (so a duplicate is refused before any person-link question)."""
        if self.incoming is not None:
            raise PackageError("The case data in the package is not valid (case.json)")
        self.incoming = incoming

    def _materialize(self) -> None:
        incoming = self.incoming
        if incoming is None or self.created is not None:
            return
        self._writer.drain()
        vault = self._session.vault
        conn = self._conn
        now = now_utc()
        if incoming.type == CaseType.RELATIVE.value:
            case_flow.check_relatives_case(vault.unit)
        terms = self.terms
        if (self._handover is not None) != (terms is not None):
            raise PackageError("The case data in the package is not valid (handover)")
        person_id, how, raised = self._person_id(incoming, now)
        if terms is not None and repo_cases.id_for_number(conn, incoming.case_number) is None:
            number = incoming.case_number  # a handover keeps the unit's case number
        else:
            number = repo_cases.next_case_number(conn, vault.unit, datetime.now(UTC).year)
        case_id = repo_cases.insert_case(
            conn, case_number=number, type=incoming.type, person_id=person_id,
            owning_unit=vault.unit,
            caseworker=terms.caseworker if terms is not None else vault.actor, now=now,
            status=terms.status if terms is not None else CaseStatus.INVESTIGATION.value)
        transfer_young.store(conn, case_id, incoming.young, by=vault.actor, now=now)
        transfer_needs.store(conn, case_id, incoming.needs, by=vault.actor, now=now)
        note_ids: dict[int, int] = {}
        for note in incoming.notes:
            note_ids[note.id] = repo_journal.insert_note_record(
                conn, case_id=case_id, author=note.author, created_at=note.created_at,
                text=note.text, signed_at=note.signed_at, signed_by=note.signed_by,
                corrects_note_id=None if note.corrects_note_id is None
                else note_ids[note.corrects_note_id])
        assessment_ids: dict[int, int] = {}
        for item in incoming.assessments:
            assessment_ids[item.id] = repo_assessments.insert_signed_record(
                conn, case_id=case_id, form_id=item.form_id, form_version=item.form_version,
                answers=item.answers, outcome=item.outcome, created_at=item.created_at,
                created_by=item.created_by, signed_at=item.signed_at, signed_by=item.signed_by)
        for item in incoming.assessments:
            if item.superseded_by is not None:
                repo_assessments.set_superseded(conn, assessment_ids[item.id],
                                                assessment_ids[item.superseded_by])
        self.created = CreatedCase(case_id, number, incoming.case_number, how, raised,
                                   len(incoming.notes), len(incoming.assessments), 0, 0)

    def finish(self, opened: OpenedPackage) -> CreatedCase:
        """After the whole package verified: everything announced arrived, nothing else."""
        self._writer.drain()
        self._materialize()
        incoming, created = self.incoming, self.created
        if incoming is None or created is None:
            raise PackageError("The case data in the package is not valid (case.json)")
        if incoming.from_unit != opened.sender.unit:
            raise PackageError("The case data in the package is not valid (from_unit)")
        announced = {a.entry: a.size for a in incoming.attachments}
        if announced != self._received:
            raise PackageError("The package's attachment list does not match its contents")
        # the investigation opens on it: written once every attachment is in, so that it links
        # this vault's copy of the written application
        transfer_application.store(self._conn, created.case_id, incoming.application,
                                   incoming.case_number, self._attachment_ids,
                                   by=self._session.vault.actor, now=now_utc())
        total = sum(announced.values())
        self.created = CreatedCase(created.case_id, created.case_number,
                                   created.source_case_number, created.person,
                                   created.protection_raised, created.notes,
                                   created.assessments, len(announced), total)
        return self.created
