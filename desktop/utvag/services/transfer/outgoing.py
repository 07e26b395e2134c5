"""The steps every package this vault sends goes through, whatever it carries.

A case transfer, a resend, a handover, a consultation and SAV's answer are each written the same
way (``transfer.files``): the temporary file is recorded first (:func:`write_package`); inside the
caller's transaction the package is sealed into it, made durable and recorded as sent
(:func:`seal_sent`) and the file marked "sealed, not yet placed" (:func:`mark_sealed`); only after
the commit does the file get its name.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from utvag.errors import IntegrityError
from utvag.services.results import ServiceWarning, Warnings
from utvag.services.session import Session
from utvag.services.transfer.files import PLACED, create_temp, discard, place_committed, stage
from utvag.services.transfer.keys import TrustedCard, next_sequence, own_identity, record_use
from utvag.transfer import EntrySource, PackageError, PackageKind, SealedPackage, seal_package
from utvag.transfer.limits import DEFAULT_PACKAGE_LIFETIME
from utvag.vault import repo_transfer, repo_transfer_files
from utvag.vault.database import Connection
from utvag.vault.repo_transfer import SentPackageRow

T = TypeVar("T")
Progress = Callable[[int, int], None]
_WRITE_BUFFER = 1024 * 1024


@dataclass(frozen=True)
class Written:
    path: str
    warnings: Warnings


def seal_into(temp: Path, seal: Callable[[Any], SealedPackage]) -> SealedPackage:
    """Seal into the new owner-only file *temp* (recorded beforehand) and make it durable."""
    with os.fdopen(create_temp(temp), "wb", buffering=_WRITE_BUFFER) as handle:
        sealed = seal(handle)
        handle.flush()
        os.fsync(handle.fileno())
    return sealed


def seal_sent(session: Session, temp: Path, recipient: TrustedCard,
              entries: Sequence[EntrySource], *, kind: PackageKind, case_id: int | None,
              now: datetime, sent_kind: str | None = None, progress: Progress | None = None,
              lifetime: timedelta = DEFAULT_PACKAGE_LIFETIME,
              supersedes: bytes | None = None) -> SealedPackage:
    """Seal *entries* for *recipient* into *temp* with this vault's identity and next sequence
    number, and record the package as sent (as *sent_kind*, default the kind's code), inside the
    caller's transaction."""
    identity = own_identity(session, create=True)
    assert identity is not None
    sequence = next_sequence(session)
    sealed = seal_into(temp, lambda sink: seal_package(
        sink, sender=identity, recipient=recipient.card, sequence=sequence, entries=entries,
        kind=kind, progress=progress, now=now, lifetime=lifetime))
    record_use(session, recipient)
    repo_transfer.insert_sent(session.vault.conn, SentPackageRow(
        sealed.package_id, sent_kind or kind.value, sealed.sequence, sealed.digest,
        recipient.card.unit, recipient.card.key_id, case_id, sealed.size,
        sealed.created.isoformat(), sealed.expires.isoformat(), supersedes=supersedes))
    return sealed


def mark_sealed(conn: Connection, file_id: int, package_id: bytes) -> None:
    """Sealed, not yet placed: committed with the record of the package."""
    repo_transfer_files.set_file_package(conn, file_id, package_id)


def write_package(session: Session, kind: str, target: Path,
                  seal_and_record: Callable[[Path, int], T]) -> tuple[T, Written]:
    """Stage *target*, run *seal_and_record* (which seals into the temporary file it is given
    and, in one transaction it opens, records the package and calls :func:`mark_sealed` with the
    file id it is given), then place the file. A package that cannot be sealed (an attachment
    no longer matches its stored size or hash) is an ``IntegrityError``; nothing is kept."""
    file_id, temp = stage(session, kind, target)
    try:
        result = seal_and_record(temp, file_id)
    except PackageError as exc:
        discard(session, file_id, temp)
        raise IntegrityError(str(exc)) from None
    except BaseException:
        discard(session, file_id, temp)
        raise
    placed = place_committed(session, file_id)
    warnings: Warnings = ()
    if placed.action != PLACED:
        warnings = (ServiceWarning(
            "package_not_placed", f"The package is sealed and recorded but could not be given "
            f"the name {target}; the next transfer command places it.", placed.package_id),)
    return result, Written(placed.path, warnings)
