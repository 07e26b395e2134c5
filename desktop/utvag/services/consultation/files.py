"""Opening and writing consultation packages (kinds 3 and 4) the way case packages are.

Opening verifies the envelope completely (recipient, kind, a trusted and unrevoked sender, size,
signature, expiry, replayed package id) before decrypting, then the signed manifest and the one
entry's hash. Writing records the temporary file first, seals into it inside the caller's
transaction and gives it its name only after the commit (``transfer.files``), so a crash never
leaves a package the vault does not know it sent.

Consultations and answers are not subject to the per-sender sequence rule: they do not replace
one another as versions of a case do, and each package id is accepted once. Each is acknowledged
by a signed receipt (kind 2) like a case package: sealed into the vault in the receiving
transaction and written to a file after the commit (``utvag transfer receipt-out`` writes it
again); the sender registers it with ``utvag transfer receipt``.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from utvag.errors import IntegrityError, UsageError
from utvag.services.results import Warnings
from utvag.services.session import Session
from utvag.services.transfer.files import (
    PLACED,
    place_committed,
    readable,
    receipt_not_written,
    temp_name,
)
from utvag.services.transfer.importer import default_receipt_path, reason_code, replay_state
from utvag.services.transfer.key_changes import identity_for_package
from utvag.services.transfer.keys import (
    TrustedCard,
    check_new_file,
    next_sequence,
    record_use,
    trusted_cards,
)
from utvag.transfer import (
    MemorySink,
    OpenedPackage,
    PackageError,
    PackageKind,
    UnitIdentity,
    make_receipt,
    read_header,
)
from utvag.transfer import open_package as open_verified
from utvag.transfer.limits import MAX_DOCUMENT_SIZE
from utvag.vault import repo_transfer, repo_transfer_files
from utvag.vault.audit import now_utc
from utvag.vault.repo_transfer import ReceivedPackageRow, SentPackageRow

T = TypeVar("T")
_NO_KEY = "This vault has no transfer key yet, so no package can be addressed to {}"


@dataclass(frozen=True)
class Opened:
    """A verified consultation package, its one document, and the card that signed it."""

    package: OpenedPackage
    document: bytes = field(repr=False)
    sender: TrustedCard
    identity: UnitIdentity


def package_kind(path: Path) -> str | None:
    """The kind a package file's header claims (nothing verified): lets the import screen choose
    between a case, a consultation and an answer. None for anything unreadable."""
    try:
        with open(path, "rb") as handle:
            return read_header(handle).kind.value
    except (OSError, PackageError):
        return None


def open_package(session: Session, path: Path, kind: PackageKind, document: str,
                 now: datetime) -> Opened:
    """Verify and decrypt a package of *kind* whose only entry is *document*.

    Raises :class:`PackageError` for anything wrong with the package; writes nothing."""
    source = readable(path)
    try:
        handle = open(source, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise UsageError(f"Cannot read {source}.") from exc
    with handle:
        identity = identity_for_package(session, handle, _NO_KEY.format(session.vault.unit))
        cards = trusted_cards(session)
        sink = MemorySink(max_total=MAX_DOCUMENT_SIZE)
        opened = open_verified(handle, identity=identity, trusted=[t.card for t in cards],
                               sink=sink, replay=replay_state(session.vault.conn),
                               expected_kind=kind, now=now)
    sender = next(t for t in cards if t.card.key_id == opened.sender.key_id)
    return Opened(opened, sink.entries[document], sender, identity)


@contextmanager
def refusals(session: Session, action: str) -> Iterator[None]:
    """Turn a refused package into ``IntegrityError`` (exit 4) with one audit row naming the
    reason (no content); nothing else is written."""
    try:
        yield
    except PackageError as exc:
        vault = session.vault
        with vault.transaction():
            vault.audit(action, detail={"reason": reason_code(exc.message)})
        raise IntegrityError(exc.message) from None


def store_receipt(session: Session, opened: Opened, case_id: int | None, receipt_path: Path,
                  now: datetime) -> int:
    """Seal the receipt for *opened* into the vault and record its file (inside the caller's
    transaction); returns the file's row id for :func:`place_receipt` after the commit."""
    sequence = next_sequence(session)
    buffer = io.BytesIO()
    sealed = make_receipt(buffer, identity=opened.identity, opened=opened.package,
                          sequence=sequence, now=now)
    conn = session.vault.conn
    sender = opened.package.sender
    repo_transfer.insert_sent(conn, SentPackageRow(
        sealed.package_id, "receipt", sequence, sealed.digest, sender.unit, sender.key_id,
        case_id, sealed.size, sealed.created.isoformat(), sealed.expires.isoformat()),
        sealed=buffer.getvalue(), acknowledges=opened.package.package_id)
    return repo_transfer_files.insert_file(
        conn, kind="receipt", target_path=str(receipt_path),
        temp_path=str(temp_name(receipt_path)), package_id=sealed.package_id, now=now_utc())


def place_receipt(session: Session, file_id: int, package_id: bytes
                  ) -> tuple[str | None, Warnings]:
    """After the commit: the receipt's file, or why it is not there yet."""
    placed = place_committed(session, file_id)
    if placed.action == PLACED:
        return placed.path, ()
    return None, (receipt_not_written(package_id),)


def receipt_path_for(path: Path, receipt_out: Path | None) -> Path:
    """Where the receipt goes (default: next to the package), checked before anything opens."""
    return check_new_file(receipt_out or default_receipt_path(Path(path)))


def receive(session: Session, path: Path, kind: PackageKind, document: str, *,
            refused: str, record: Callable[[Opened, str], tuple[T, int | None]],
            receipt_out: Path | None = None, now: datetime | None = None,
            check: Callable[[], None] | None = None) -> tuple[T, str | None, Warnings]:
    """Verify the package of *kind* at *path* (after the caller's *check*), let *record* keep
    what it carries (it gets the package and the time received and returns its result and the
    case it belongs to), record the package as received and seal its receipt, in one
    transaction; then write the receipt. A refused package leaves one *refused* audit row."""
    readable(path)
    receipt_path = receipt_path_for(path, receipt_out)
    if check is not None:
        check()
    vault = session.vault
    moment = now or datetime.now(UTC)
    with refusals(session, refused), vault.transaction() as conn:
        opened = open_package(session, path, kind, document, moment)
        package = opened.package
        stamp = now_utc()
        result, case_id = record(opened, stamp)
        repo_transfer.insert_received(conn, ReceivedPackageRow(
            package.package_id, kind.value, package.sender.key_id, package.sender.unit,
            package.sequence, package.digest, stamp, vault.actor, case_id))
        record_use(session, opened.sender)
        file_id = store_receipt(session, opened, case_id, receipt_path, moment)
    written, warnings = place_receipt(session, file_id, package.package_id)
    return result, written, warnings


__all__ = ["Opened", "open_package", "package_kind", "readable", "receive", "refusals"]
