"""Sealing and opening the one-document packages that travel between people of a unit: incident
reports (kind 5), log reviews (kind 6) and log-review signatures (kind 7).

They are sealed, signed, opened and replay-checked like every package (``utvag.transfer``): the
envelope is verified before anything is decrypted, the package id must be new here, and the
caller's check of the roles (who may send this kind to whom) runs before the caller records
anything. A refusal leaves one audit row (``roles.import_refused`` with a reason code) and
nothing else. The sender writes the file inside the transaction that records the sending, so a
file on disk always means the vault recorded it.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Container
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from utvag import files
from utvag.errors import IntegrityError, UsageError, ValidationError
from utvag.services.session import Session
from utvag.services.transfer.files import readable
from utvag.services.transfer.importer import reason_code
from utvag.services.transfer.key_changes import identity_for_package
from utvag.services.transfer.keys import (
    TrustedCard,
    check_new_file,
    next_sequence,
    own_identity,
    record_use,
    trusted_cards,
)
from utvag.transfer import (
    CardRole,
    EntrySource,
    MemorySink,
    OpenedPackage,
    PackageError,
    PackageKind,
    PublicCard,
    ReplayState,
    SealedPackage,
    UnitIdentity,
    open_package,
    read_header,
    seal_package,
)
from utvag.transfer.limits import DEFAULT_PACKAGE_LIFETIME
from utvag.vault import repo_manager, repo_transfer
from utvag.vault.database import Connection

T = TypeVar("T")
MAX_DOCUMENT = 4 * 1024 * 1024


@dataclass(frozen=True)
class Opened:
    """A verified package of one document, with the trusted card it came from."""

    package: OpenedPackage
    sender: TrustedCard
    identity: UnitIdentity
    document: bytes = field(repr=False)


class _Seen(Container[bytes]):
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def __contains__(self, item: object) -> bool:
        return isinstance(item, bytes) and (repo_transfer.was_received(self._conn, item)
                                            or repo_manager.seen(self._conn, item))


def manager_card(session: Session, holder: str | None = None) -> TrustedCard | None:
    """The unit manager's trusted card (the only one, or the one named *holder*)."""
    unit = session.vault.unit
    cards = [t for t in trusted_cards(session)
             if t.card.unit == unit and t.card.role is CardRole.MANAGER
             and (holder is None or t.card.holder == holder)]
    newest: dict[str | None, TrustedCard] = {}
    for trusted in sorted(cards, key=lambda t: t.card.created):
        newest[trusted.card.holder] = trusted
    return next(iter(newest.values())) if len(newest) == 1 else None


def manager_recipient(session: Session, holder: str | None, field: str) -> TrustedCard:
    """The unit manager's card a caseworker's package goes to, or a refusal naming *field*."""
    recipient = manager_card(session, holder)
    if recipient is None:
        raise ValidationError("This vault trusts no key card of the unit manager (or more than "
                              "one; name the manager): exchange cards with the manager and "
                              "confirm the fingerprint by phone first.", field=field,
                              rule="recipient_untrusted")
    return recipient


def require_role(session: Session, *roles: CardRole) -> UnitIdentity:
    identity = own_identity(session)
    role = identity.role if identity is not None else CardRole.UNIT
    if identity is None or role not in roles:
        raise PackageError(f"This vault's role is {role.value}; a package of this kind is for "
                           f"a vault with the role {' or '.join(r.value for r in roles)}")
    return identity


def same_unit_sender(session: Session, sender: PublicCard, *roles: CardRole) -> None:
    if sender.unit != session.vault.unit or sender.role not in roles:
        raise PackageError(f"A package of this kind comes only from a "
                           f"{' or '.join(r.value for r in roles)} of {session.vault.unit}")


def seal_to_file(session: Session, recipient: TrustedCard, kind: PackageKind, name: str,
                 document: bytes | dict[str, Any], out: Path,
                 record: Callable[[SealedPackage], T], now: datetime | None = None,
                 lifetime: timedelta = DEFAULT_PACKAGE_LIFETIME) -> tuple[SealedPackage, T]:
    """Seal *document* (a JSON object is written with sorted keys) as entry *name* for
    *recipient*, call *record* and write *out* (a new file), all in one transaction: a failure
    anywhere rolls the record back, and no file claims more."""
    if isinstance(document, dict):
        document = json.dumps(document, ensure_ascii=False, sort_keys=True).encode("utf-8")
    target = check_new_file(out)
    vault = session.vault
    identity = own_identity(session, create=True)
    assert identity is not None
    written = False
    try:
        with vault.transaction():
            buffer = io.BytesIO()
            sealed = seal_package(buffer, sender=identity, recipient=recipient.card,
                                  sequence=next_sequence(session),
                                  entries=[EntrySource.from_bytes(name, document)], kind=kind,
                                  now=now or datetime.now(UTC), lifetime=lifetime)
            record_use(session, recipient)
            result = record(sealed)
            try:
                files.write_new(target, buffer.getvalue())
            except OSError as exc:
                raise UsageError(f"Cannot write {target}.") from exc
            written = True
    except BaseException:
        if written:
            target.unlink(missing_ok=True)
        raise
    return sealed, result


def open_document(session: Session, path: Path, kind: PackageKind, name: str, *,
                  receivers: tuple[CardRole, ...], senders: tuple[CardRole, ...],
                  record: Callable[[Opened], T], now: datetime | None = None) -> T:
    """Verify and open a package of *kind* holding entry *name*, check that this vault has one
    of the roles *receivers* and the sender one of *senders* at this unit, and *record* the
    result, in one transaction; any refusal is an ``IntegrityError`` (exit 4) and leaves only
    its audit row."""
    source = readable(path)
    vault = session.vault
    try:
        with open(source, "rb") as handle, vault.transaction() as conn:
            identity = identity_for_package(
                session, handle, f"This vault has no transfer key yet, so no package can be "
                                 f"addressed to {vault.unit}")
            cards = trusted_cards(session)
            sink = MemorySink(MAX_DOCUMENT)
            opened = open_package(handle, identity=identity, trusted=[t.card for t in cards],
                                  sink=sink, replay=ReplayState(_Seen(conn)),
                                  expected_kind=kind, now=now or datetime.now(UTC))
            require_role(session, *receivers)
            same_unit_sender(session, opened.sender, *senders)
            sender = next(t for t in cards if t.card.key_id == opened.sender.key_id)
            record_use(session, sender)
            return record(Opened(opened, sender, identity, sink.entries[name]))
    except OSError as exc:
        raise UsageError(f"Cannot read {source}.") from exc
    except PackageError as exc:
        with vault.transaction():
            vault.audit("roles.import_refused", detail={"reason": _code(exc.message),
                                                        "kind": kind.value})
        raise IntegrityError(exc.message) from None


def _code(message: str) -> str:
    if "role is" in message:
        return "wrong_role"
    if "comes only from" in message:
        return "wrong_sender"
    return reason_code(message)


def package_kind(path: Path) -> str:
    """The kind a package file's header announces (nothing verified; an unreadable or foreign
    file is refused as the transfer layer words it)."""
    try:
        with open(path, "rb") as handle:
            return read_header(handle).kind.value
    except OSError as exc:
        raise UsageError(f"Cannot read {path}.") from exc
    except PackageError as exc:
        raise IntegrityError(exc.message) from None


def bad_document(what: str) -> PackageError:
    return PackageError(f"The package's document is not valid ({what})")


def json_document(data: bytes, what: str) -> dict[str, Any]:
    """The JSON object of a received document, or refused as *what*."""
    try:
        doc = json.loads(data.decode("utf-8", errors="strict"))
    except (ValueError, UnicodeError, RecursionError):
        raise bad_document(what) from None
    if not isinstance(doc, dict):
        raise bad_document(what)
    return doc
