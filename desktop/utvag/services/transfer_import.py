"""Importing a case package: verify everything, write it as a new case in one transaction, and
answer with a signed receipt.

The package is opened by the transfer layer (signature against a trusted card, recipient, expiry,
sequence and replay before anything is decrypted; then the signed manifest and every entry's
hash). Entries are written as they are decrypted, inside one database transaction that is rolled
back if anything at all is wrong, so a refused package leaves the vault exactly as it was except
for one audit row (``transfer.import_refused`` with a reason code, no content).

The new case belongs to the receiving unit and opens its investigation on the application already
received: status ``investigation``, the sender's journal, signed assessments and attachments, and a
signed journal note saying where it came from. If a person with the same identity number exists,
the caller chooses: ``"link"`` reuses that person, ``"separate"`` creates a new one; without a
choice the import is refused (exit 6) naming the existing case numbers.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Container
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from utvag.errors import IntegrityError, RefusedError, UsageError
from utvag.services.session import Session
from utvag.services.transfer_import_sink import ImportSink, PersonLinkRequired
from utvag.services.transfer_key_changes import identity_for_package
from utvag.services.transfer_keys import (
    TrustedCard,
    check_new_file,
    next_sequence,
    record_use,
)
from utvag.services.transfer_keys import trusted_cards as all_trusted
from utvag.transfer import (
    OpenedPackage,
    PackageError,
    ReplayState,
    UnitIdentity,
    make_receipt,
    open_package,
)
from utvag.vault import repo_journal, repo_transfer
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
    ("sender's key is not trusted", "untrusted_sender"),
    ("truncated", "truncated"),
    ("extra data", "extended"),
    ("changed after it was signed", "bad_signature"),
    ("changed while it was being read", "changed_during_import"),
    ("expired", "expired"),
    ("in the future", "not_yet_valid"),
    ("validity period", "bad_validity"),
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

    def __contains__(self, item: object) -> bool:
        return isinstance(item, bytes) and repo_transfer.was_received(self._conn, item)


def replay_state(conn: Connection) -> ReplayState:
    return ReplayState(_SeenIds(conn), repo_transfer.last_sequences(conn))


def default_receipt_path(package: Path) -> Path:
    name = package.name[:-5] if package.name.lower().endswith(".utvp") else package.name
    return package.with_name(name + RECEIPT_SUFFIX)


def check_import_arguments(path: Path, receipt_out: Path | None,
                           link_person: str | None) -> tuple[Path, Path]:
    """What can be checked without the vault (the CLI runs this before unlocking)."""
    source = Path(path)
    if not source.is_file():
        raise UsageError(f"{source} is not a readable file.")
    if link_person not in (None, LINK, SEPARATE):
        raise UsageError("link_person is 'link', 'separate' or not given.")
    return source, check_new_file(receipt_out or default_receipt_path(source))


@dataclass(frozen=True)
class ImportResult:
    case_id: int
    case_number: str
    sender_unit: str
    sender_fingerprint: str
    source_case_number: str
    package_id: str
    sequence: int
    person: str  # "new" or "linked"
    protection_raised: bool
    notes: int
    assessments: int
    attachments: int
    attachment_bytes: int
    receipt: str
    warnings: tuple[str, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["warnings"] = list(self.warnings)
        return data


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
    placed = False
    try:
        handle = open(source, "rb")  # noqa: SIM115 - closed below, after the transaction
    except OSError as exc:
        raise UsageError(f"Cannot read {source}.") from exc
    try:
        with vault.transaction() as conn:
            identity = identity_for_package(session, handle, _NO_KEY.format(vault.unit))
            cards = all_trusted(session)
            sink = ImportSink(session, link_person)
            try:
                opened = open_package(handle, identity=identity,
                                      trusted=[t.card for t in cards], sink=sink,
                                      replay=replay_state(conn), now=moment, progress=progress)
                created = sink.finish(opened)
            finally:
                sink.close()
            sender = next(t for t in cards if t.card.key_id == opened.sender.key_id)
            stamp = now_utc()
            _record(session, opened, sink, sender, stamp)
            temp, receipt_seq = _write_receipt(session, identity, opened, receipt_path,
                                               created.case_id, moment)
            try:
                vault.audit("transfer.import", created.case_id, {
                    "package_id": opened.package_id.hex(), "from": opened.sender.unit,
                    "sequence": opened.sequence, "attachments": created.attachments,
                    "bytes": created.attachment_bytes, "person": created.person,
                    "receipt_sequence": receipt_seq})
                if receipt_path.exists():
                    raise UsageError(f"{receipt_path} appeared while the receipt was written.")
                os.replace(temp, receipt_path)
                placed = True
            finally:
                temp.unlink(missing_ok=True)
    except PackageError as exc:
        _refused(session, reason_code(exc.message))
        raise IntegrityError(exc.message) from None
    except PersonLinkRequired as exc:
        _refused(session, "person_link_required")
        raise RefusedError(
            f"A person with the same identity number already has case "
            f"{', '.join(exc.case_numbers)} in this vault; choose to link the imported case to "
            "that person or to keep them separate (--link-person / --separate-person).") from None
    except BaseException:
        if placed:
            receipt_path.unlink(missing_ok=True)
        raise
    finally:
        handle.close()
    return ImportResult(
        created.case_id, created.case_number, opened.sender.unit, opened.sender.fingerprint,
        created.source_case_number, opened.package_id.hex(), opened.sequence, created.person,
        created.protection_raised, created.notes, created.assessments, created.attachments,
        created.attachment_bytes, str(receipt_path))


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
    repo_journal.insert_note_record(conn, case_id=created.case_id, author=vault.actor,
                                    created_at=stamp, text=text, signed_at=stamp,
                                    signed_by=vault.actor, corrects_note_id=None)
    repo_transfer.insert_received(conn, ReceivedPackageRow(
        opened.package_id, "case_transfer", opened.sender.key_id, opened.sender.unit,
        opened.sequence, opened.digest, stamp, vault.actor, created.case_id,
        created.source_case_number, sink.documents.get("decision.json"),
        sink.documents.get("audit.json")))
    repo_transfer.record_sender_sequence(conn, opened.sender.key_id, opened.sender.unit,
                                         opened.sequence)
    record_use(session, sender)


def _write_receipt(session: Session, identity: UnitIdentity, opened: OpenedPackage,
                   target: Path, case_id: int, moment: datetime) -> tuple[Path, int]:
    """Seal the receipt into a temporary file next to *target* and record it as sent."""
    conn = session.vault.conn
    sequence = next_sequence(session)
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".partial")
    temp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            sealed = make_receipt(handle, identity=identity, opened=opened, sequence=sequence,
                                  now=moment)
            handle.flush()
            os.fsync(handle.fileno())
        repo_transfer.insert_sent(conn, SentPackageRow(
            sealed.package_id, "receipt", sequence, sealed.digest, opened.sender.unit,
            opened.sender.key_id, case_id, sealed.size, sealed.created.isoformat(),
            sealed.expires.isoformat()))
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return temp, sequence
