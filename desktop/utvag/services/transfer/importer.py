"""Importing a case package: verify everything, write it as a new case in one transaction, and
answer with a signed receipt.

The package is opened by the transfer layer (signature against a trusted card, recipient, expiry,
sequence and replay before anything is decrypted; then the signed manifest and every entry's
hash). Entries are written as they are decrypted, inside one database transaction that is rolled
back if anything at all is wrong, so a refused package leaves the vault exactly as it was except
for one audit row (``transfer.import_refused`` with a reason code, no content).

The receipt is sealed in memory and stored in the vault in the import's own transaction; its file
is written only after the commit (``transfer.files``), so a receipt on disk always means the case
is here. If the file cannot be written, the import stands and ``write_receipt`` writes it later.
A package the sender has replaced by a resent one that was already imported is refused.

The new case belongs to the receiving unit and opens its investigation on the application already
received: status ``investigation``, the sender's journal, signed assessments and attachments, and a
signed journal note saying where it came from. If a person with the same identity number exists,
the caller chooses: ``"link"`` reuses that person, ``"separate"`` creates a new one; without a
choice the import is refused (exit 6) naming the existing case numbers.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Container
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from utvag.errors import ExpiredPackageError, IntegrityError, RefusedError, UsageError
from utvag.services import handover
from utvag.services.results import JsonResult, Warnings
from utvag.services.session import Session
from utvag.services.statistics_moves import sent_at
from utvag.services.transfer.files import (
    PLACED,
    finish_pending,
    place_committed,
    readable,
    receipt_not_written,
    temp_name,
)
from utvag.services.transfer.import_sink import (
    CreatedCase,
    HandoverTerms,
    ImportSink,
    PersonLinkRequired,
)
from utvag.services.transfer.key_changes import identity_for_package
from utvag.services.transfer.keys import (
    TrustedCard,
    check_new_file,
    next_sequence,
    record_use,
)
from utvag.services.transfer.keys import trusted_cards as all_trusted
from utvag.transfer import (
    OpenedPackage,
    PackageError,
    PackageKind,
    ReplayState,
    UnitIdentity,
    make_receipt,
    open_package,
    read_header,
)
from utvag.transfer.errors import PackageExpiredError
from utvag.transfer.names import HANDOVER_DOCUMENT
from utvag.vault import repo_journal, repo_statistics, repo_transfer, repo_transfer_files
from utvag.vault.audit import now_utc
from utvag.vault.database import Connection
from utvag.vault.repo_transfer import ReceivedPackageRow, SentPackageRow

Progress = Callable[[int, int], None]
LINK = "link"
SEPARATE = "separate"
RECEIPT_SUFFIX = "-receipt.utvp"

# Reason codes for refused imports (first match wins), from the transfer layer's messages.
_CODES = (
    ("was revoked", "revoked_key"),
    ("no longer trusted here", "untrusted_sender"),
    ("This package is for", "wrong_recipient"),
    ("not a receipt", "wrong_kind"),
    ("not a case package", "wrong_kind"),
    ("not a consultation", "wrong_kind"),
    ("This answer", "wrong_answer"),
    ("already been answered", "wrong_answer"),
    ("of another kind", "wrong_kind"),
    ("handover is for another", "wrong_recipient"),
    ("handover comes only", "wrong_sender"),
    ("sender's key is not trusted", "untrusted_sender"),
    ("truncated", "truncated"),
    ("extra data", "extended"),
    ("changed after it was signed", "bad_signature"),
    ("changed while it was being read", "changed_during_import"),
    ("expired", "expired"),
    ("in the future", "not_yet_valid"),
    ("validity period", "bad_validity"),
    ("which was already imported here", "supersedes_imported"),
    ("already been imported", "replayed"),
    ("older than one already imported", "old_sequence"),
    ("does not match the hash", "entry_hash_mismatch"),
    ("manifest is larger", "manifest_too_large"),
    ("were not signed by the sender", "bad_manifest_signature"),
    ("could not be decrypted", "undecryptable"),
    ("case data in the package", "case_data_invalid"),
    ("attachment list", "case_data_invalid"),
    ("newer version", "unsupported_version"),
    ("this version does not know", "unsupported_version"),
    ("not an Utväg transfer package", "not_a_package"),
    ("header is damaged", "damaged_header"),
    ("no transfer key", "no_unit_key"),
)


def reason_code(message: str) -> str:
    for needle, code in _CODES:
        if needle in message:
            return code
    return "damaged"


class _SeenIds(Container[bytes]):
    """The replay rule's seen package ids, answered from the vault."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self.superseded: tuple[bytes, bytes] | None = None  # (asked id, the id that replaced it)

    def __contains__(self, item: object) -> bool:
        if not isinstance(item, bytes):
            return False
        if repo_transfer.was_received(self._conn, item):
            return True
        replaced_by = repo_transfer_files.superseded_by(self._conn, item)
        if replaced_by is not None:
            self.superseded = (item, replaced_by)
            return True
        return False


def replay_state(conn: Connection) -> ReplayState:
    return ReplayState(_SeenIds(conn), repo_transfer.last_sequences(conn))


def default_receipt_path(package: Path) -> Path:
    name = package.name[:-5] if package.name.lower().endswith(".utvp") else package.name
    return package.with_name(name + RECEIPT_SUFFIX)


def check_import_arguments(path: Path, receipt_out: Path | None,
                           link_person: str | None) -> tuple[Path, Path]:
    """What can be checked without the vault (the CLI runs this before unlocking)."""
    source = readable(path)
    if link_person not in (None, LINK, SEPARATE):
        raise UsageError("link_person is 'link', 'separate' or not given.")
    return source, check_new_file(receipt_out or default_receipt_path(source))


@dataclass(frozen=True)
class ImportResult(CreatedCase, JsonResult):
    """The case an import made, and the package and sender it came from."""

    sender_unit: str
    sender_fingerprint: str
    package_id: str
    sequence: int
    receipt: str | None  # None: not written (see warnings)
    warnings: Warnings = field(default=())


def _refused(session: Session, code: str, detail: dict[str, Any] | None = None) -> None:
    vault = session.vault
    with vault.transaction():
        vault.audit("transfer.import_refused", detail={"reason": code, **(detail or {})})


_NO_KEY = "This vault has no transfer key yet, so no package can be addressed to {}"


def import_package(session: Session, path: Path, *, receipt_out: Path | None = None,
                   link_person: str | None = None, progress: Progress | None = None,
                   now: datetime | None = None) -> ImportResult:
    """Verify and import a case package; write the receipt (default: next to the package).

    *progress* gets (bytes done, bytes total); raising from it cancels and nothing changes.
    Refusals: :class:`IntegrityError` (exit 4) for anything wrong with the package,
    :class:`RefusedError` (exit 6) when the person-link choice is needed.
    """
    source, receipt_path = check_import_arguments(path, receipt_out, link_person)
    vault = session.vault
    moment = now or datetime.now(UTC)
    finish_pending(session)
    seen = _SeenIds(vault.conn)
    try:
        handle = open(source, "rb")  # noqa: SIM115 - closed below, after the transaction
    except OSError as exc:
        raise UsageError(f"Cannot read {source}.") from exc
    try:
        with vault.transaction() as conn:
            identity = identity_for_package(session, handle, _NO_KEY.format(vault.unit))
            kind = case_package_kind(handle)
            cards = all_trusted(session)
            sink = ImportSink(session, link_person,
                              handover=_handover_reader(session, handle, cards, kind))
            replay = ReplayState(seen, repo_transfer.last_sequences(conn))
            try:
                opened = open_package(handle, identity=identity,
                                      trusted=[t.card for t in cards], sink=sink,
                                      replay=replay, expected_kind=kind, now=moment,
                                      progress=progress)
                created = sink.finish(opened)
            finally:
                sink.close()
            sender = next(t for t in cards if t.card.key_id == opened.sender.key_id)
            stamp = now_utc()
            _supersede(session, opened, sink.supersedes, stamp)
            _record(session, opened, sink, sender, stamp)
            receipt_id, receipt_seq = _seal_receipt(session, identity, opened, created.case_id,
                                                    moment)
            file_id = repo_transfer_files.insert_file(
                conn, kind="receipt", target_path=str(receipt_path),
                temp_path=str(temp_name(receipt_path)), package_id=receipt_id, now=stamp)
            vault.audit("transfer.import", created.case_id, {
                "package_id": opened.package_id.hex(), "from": opened.sender.unit,
                "sequence": opened.sequence, "attachments": created.attachments,
                "bytes": created.attachment_bytes, "person": created.person,
                "receipt_sequence": receipt_seq})
    except PackageError as exc:
        if seen.superseded is not None:
            _refused(session, "superseded")
            old, new = seen.superseded
            raise IntegrityError(
                f"Package {old.hex()} was replaced by package {new.hex()}, which the sender "
                "resent and this unit has already imported; nothing was imported.") from None
        code = reason_code(exc.message)
        _refused(session, code)
        if isinstance(exc, PackageExpiredError):
            # The services name the remedy; the app says where, the command line its command.
            raise ExpiredPackageError(
                f"The package expired on {exc.expires}; ask the sending unit to resend the case "
                "as a new package.") from None
        raise IntegrityError(exc.message) from None
    except PersonLinkRequired as exc:
        _refused(session, "person_link_required")
        raise RefusedError(
            f"A person with the same identity number already has case "
            f"{', '.join(exc.case_numbers)} in this vault; choose to link the imported case to "
            "that person or to keep them separate (--link-person / --separate-person).") from None
    finally:
        handle.close()
    # Committed: the case is here and the receipt is in the vault. Only now the file.
    placed = place_committed(session, file_id)
    warnings: Warnings = ()
    if placed.action != PLACED:
        warnings = (receipt_not_written(opened.package_id, receipt_path),)
    return ImportResult(
        **asdict(created), sender_unit=opened.sender.unit,
        sender_fingerprint=opened.sender.fingerprint, package_id=opened.package_id.hex(),
        sequence=opened.sequence, receipt=placed.path if placed.action == PLACED else None,
        warnings=warnings)


def _supersede(session: Session, opened: OpenedPackage, replaced: bytes | None,
               stamp: str) -> None:
    """A resent package replaces an earlier one: refuse that one from now on."""
    if replaced is not None:
        repo_transfer_files.record_superseded(session.vault.conn, package_id=replaced,
                                              superseded_by=opened.package_id,
                                              sender_unit=opened.sender.unit, now=stamp)


def _record(session: Session, opened: OpenedPackage, sink: ImportSink, sender: TrustedCard,
            stamp: str) -> None:
    vault = session.vault
    conn = vault.conn
    created = sink.created
    assert created is not None
    text = (f"Ärendet mottaget genom överflyttning från {opened.sender.unit} (där ärende "
            f"{created.source_case_number}). Utredningen inleds utifrån den redan inkomna "
            f"ansökan. Paket-id {opened.package_id.hex()}, avsändarens nyckel "
            f"{opened.sender.fingerprint}.")
    terms = sink.documents.get(HANDOVER_DOCUMENT)
    if terms is not None:  # a colleague's handover: the rotation, with its reason
        text = handover.handover_note(opened, terms, created.source_case_number)
        ids = handover.record_received(session, opened, created.case_id, terms)
        vault.audit("case.handover_received", created.case_id, {
            "record_id": ids[-1] if ids else None, "package_id": opened.package_id.hex()})
    repo_journal.insert_note_record(conn, case_id=created.case_id, author=vault.actor,
                                    created_at=stamp, text=text, signed_at=stamp,
                                    signed_by=vault.actor, corrects_note_id=None)
    repo_transfer.insert_received(conn, ReceivedPackageRow(
        opened.package_id, "case_transfer", opened.sender.key_id, opened.sender.unit,
        opened.sequence, opened.digest, stamp, vault.actor, created.case_id,
        created.source_case_number, sink.documents.get("decision.json"),
        sink.documents.get("audit.json")))
    repo_statistics.record_sent_at(conn, opened.package_id,  # both ends date the move by it
                                   sent_at(sink.documents, opened.header.created))
    repo_transfer.record_sender_sequence(conn, opened.sender.key_id, opened.sender.unit,
                                         opened.sequence)
    record_use(session, sender)


def case_package_kind(handle: BinaryIO) -> PackageKind:
    """Which case package the header announces: a handover, or else a transfer (unverified; the
    transfer layer then refuses anything that is not of that kind, or not genuine)."""
    kind = read_header(handle).kind
    return PackageKind.HANDOVER if kind is PackageKind.HANDOVER else PackageKind.CASE_TRANSFER


def _handover_reader(session: Session, handle: BinaryIO, cards: list[TrustedCard],
                     kind: PackageKind) -> Callable[[bytes], HandoverTerms] | None:
    if kind is not PackageKind.HANDOVER:
        return None
    sender_id = read_header(handle).sender_key_id
    sender = next((t.card for t in cards if t.card.key_id == sender_id), None)
    if sender is None:  # the transfer layer refuses the untrusted sender before any entry
        return None
    return handover.read_terms(session, sender)


def _seal_receipt(session: Session, identity: UnitIdentity, opened: OpenedPackage,
                  case_id: int, moment: datetime) -> tuple[bytes, int]:
    """Seal the receipt in memory (it is small) and store it with the import, as sent."""
    sequence = next_sequence(session)
    buffer = io.BytesIO()
    sealed = make_receipt(buffer, identity=identity, opened=opened, sequence=sequence,
                          now=moment)
    repo_transfer.insert_sent(session.vault.conn, SentPackageRow(
        sealed.package_id, "receipt", sequence, sealed.digest, opened.sender.unit,
        opened.sender.key_id, case_id, sealed.size, sealed.created.isoformat(),
        sealed.expires.isoformat()), sealed=buffer.getvalue(), acknowledges=opened.package_id)
    return sealed.package_id, sequence
