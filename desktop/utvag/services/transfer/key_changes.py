"""Changing unit keys: rotating this unit's key, revoking it, importing another unit's revocation,
untrusting a card, and choosing the key a package or receipt is checked against.

Rotation (``rotate_key``): a new key pair becomes current, the old one is retired — kept, so that
packages and receipts already addressed to it still open — and a rotation file carries the new
card signed by the old key (and by the new) to the other units.

Revocation (``revoke_key``): after a suspected compromise (a stolen laptop, a leaked backup) the
current key is revoked and replaced. The revocation file is signed by the revoked key itself: any
holder of the key could write it, and it can only ever take trust away. Packages and receipts
addressed to a revoked key of this unit are refused; the other units import the revocation
(``import_revocation``) and then refuse the key both ways.

The file is sealed into a temporary file next to the target before the database changes, and moved
into place after the commit: a crash in between leaves the vault changed and an owner-only
``*.partial`` file beside the target holding only public keys and a signature.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from utvag import files
from utvag.errors import IntegrityError, NotFoundError, RefusedError
from utvag.services.results import JsonResult
from utvag.services.session import Session
from utvag.services.transfer.files import temp_name
from utvag.services.transfer.keys import (
    TrustedCard,
    check_new_file,
    load_identity,
    own_identity,
    read_key_file,
    refusal_text,
    trusted_cards,
)
from utvag.transfer import PackageError, UnitIdentity, fingerprints_match, read_header
from utvag.transfer.key_statements import (
    MAX_REVOKED_KEYS,
    MAX_STATEMENT_SIZE,
    REVOCATION_REASONS,
    Revocation,
    make_revocation,
    make_rotation,
    read_revocation,
)
from utvag.vault import repo_transfer, repo_unit_keys
from utvag.vault.audit import now_utc
from utvag.vault.repo_unit_keys import REVOKED, UNTRUSTED, RevokedKeyRow


@dataclass(frozen=True)
class KeyChange(JsonResult):
    """This unit's key was rotated or revoked: the old and the new fingerprint, and the file."""

    unit: str
    old_fingerprint: str
    new_fingerprint: str
    path: str
    reason: str | None = None  # for a revocation
    also_revoked: tuple[str, ...] = ()  # earlier (rotated) keys revoked with it

    @property
    def fingerprint(self) -> str:
        return self.old_fingerprint


@dataclass(frozen=True)
class ImportedRevocation(JsonResult):
    unit: str
    fingerprint: str
    revoked: str
    reason: str
    was_trusted: bool
    also_revoked: tuple[str, ...] = ()  # the unit's earlier keys in the same revocation


# -- this unit's key ---------------------------------------------------------------------------


def _current(session: Session) -> UnitIdentity:
    identity = own_identity(session)
    if identity is None:
        raise RefusedError("This vault has no transfer key yet (showing the unit's own key card "
                           "makes one); there is nothing to rotate or revoke.")
    return identity


def _seal_file(target: Path, data: bytes) -> Path:
    """*data* in a new hidden owner-only file beside *target*, synced, to be renamed later."""
    temp = temp_name(target)
    files.write_new(temp, data)
    return temp


def _replace_with(session: Session, old: UnitIdentity, new: UnitIdentity, out: Path,
                  data: bytes, action: str, revocations: Sequence[Revocation] = ()
                  ) -> UnitIdentity:
    """Retire *old*, make *new* current, record the revocations; then place *data* at *out*."""
    target = check_new_file(out)
    temp = _seal_file(target, data)
    vault = session.vault
    private = new.to_private_bytes()
    committed = False
    try:
        now = now_utc()
        with vault.transaction() as conn:
            repo_unit_keys.retire_key(conn, old.key_id, now)
            repo_transfer.insert_key(conn, key_id=new.key_id, unit=new.unit, private_key=private,
                                     card=new.card.to_json().decode("utf-8"), now=now)
            for revocation in revocations:
                card = revocation.card
                repo_unit_keys.put_revoked(conn, RevokedKeyRow(
                    card.key_id, card.unit, card.fingerprint, REVOKED, revocation.reason,
                    data.decode("utf-8"), revocation.revoked.isoformat(), now, vault.actor))
            detail: dict[str, Any] = {"fingerprint": old.fingerprint,
                                      "new_fingerprint": new.fingerprint}
            if len(revocations) > 1:
                detail["also_revoked"] = [r.card.fingerprint for r in revocations[1:]]
            vault.audit(action, detail=detail)
        committed = True
        if target.exists() or target.is_symlink():
            raise RefusedError(f"{target} appeared meanwhile; the key was changed and its file "
                               f"is kept as {temp}.")
        os.replace(temp, target)
    except BaseException:
        if not committed:
            temp.unlink(missing_ok=True)
        raise
    finally:
        private[:] = bytes(len(private))
    return new


def _successor(old: UnitIdentity) -> UnitIdentity:
    """The new key of a rotation or revocation: the same unit, role and holder."""
    return UnitIdentity.generate(old.unit, role=old.role, holder=old.holder)


def rotate_key(session: Session, out: Path) -> KeyChange:
    """Replace this unit's key by a new one; write the rotation file (a new file) to *out*."""
    check_new_file(out)
    old = _current(session)
    new = _successor(old)
    _replace_with(session, old, new, out, make_rotation(old, new), "transfer.key_rotated")
    return KeyChange(old.unit, old.fingerprint, new.fingerprint, str(out))


def revoke_key(session: Session, out: Path, reason: str = "compromised") -> KeyChange:
    """Revoke this unit's current key and every earlier key still in the vault (whoever has the
    vault has them all), write the signed revocation to *out*, and make a new key."""
    if reason not in REVOCATION_REASONS:
        raise RefusedError(f"The reason is one of {', '.join(REVOCATION_REASONS)}.")
    check_new_file(out)
    old = _current(session)
    conn = session.vault.conn
    exposed = [old] + [load_identity(session, key_id, blob)
                       for key_id, blob in repo_unit_keys.own_keys(conn)
                       if key_id != old.key_id
                       and repo_unit_keys.get_revoked(conn, key_id) is None]
    data = make_revocation(exposed[:MAX_REVOKED_KEYS], reason)
    revocations = read_revocation(data)
    new = _replace_with(session, old, _successor(old), out, data,
                        "transfer.key_revoked", revocations)
    return KeyChange(old.unit, old.fingerprint, new.fingerprint, str(out), reason,
                     tuple(r.card.fingerprint for r in revocations[1:]))


# -- other units' keys -------------------------------------------------------------------------


def check_revocation(path: Path) -> list[Revocation]:
    """Read a revocation file and check its signatures (no vault needed; exit 4 when bad)."""
    try:
        return read_revocation(read_key_file(path, MAX_STATEMENT_SIZE))
    except PackageError as exc:
        raise IntegrityError(str(exc)) from None


def import_revocation(session: Session, path: Path) -> ImportedRevocation:
    """Record another unit's signed revocation: its keys are refused from now on, both ways."""
    revocations = check_revocation(path)
    statement = read_key_file(path, MAX_STATEMENT_SIZE).decode("utf-8")
    vault = session.vault
    conn = vault.conn
    if any(repo_unit_keys.own_key(conn, r.card.key_id) is not None for r in revocations):
        raise RefusedError("This revocation is for a key of this vault's own unit; revoke the "
                           "unit's own key instead.")
    trusted = {t.card.key_id for t in trusted_cards(session)}
    first = revocations[0]
    result = ImportedRevocation(
        first.card.unit, first.card.fingerprint, first.revoked.isoformat(), first.reason,
        any(r.card.key_id in trusted for r in revocations),
        tuple(r.card.fingerprint for r in revocations[1:]))
    new = [r for r in revocations if (row := repo_unit_keys.get_revoked(conn, r.card.key_id))
           is None or row.kind != REVOKED]
    if not new:
        return result
    with vault.transaction() as tx:
        for revocation in new:
            card = revocation.card
            repo_unit_keys.put_revoked(tx, RevokedKeyRow(
                card.key_id, card.unit, card.fingerprint, REVOKED, revocation.reason, statement,
                revocation.revoked.isoformat(), now_utc(), vault.actor))
            vault.audit("transfer.key_revocation_imported", detail={
                "unit": card.unit, "fingerprint": card.fingerprint,
                "reason": revocation.reason})
    return result


def untrust_card(session: Session, card_id: str) -> TrustedCard:
    """Stop trusting a card (a confirmed or a policy card), named by its fingerprint or key id.

    It stays refused until a person confirms its fingerprint again ('utvag keys trust')."""
    wanted = card_id.strip().lower()
    found = [t for t in trusted_cards(session)
             if t.card.key_id.hex() == wanted or fingerprints_match(t.card.fingerprint, card_id)]
    if not found:
        raise NotFoundError("No trusted key card has that fingerprint or key id (the list of "
                            "trusted cards shows them).")
    trusted = found[0]
    card = trusted.card
    vault = session.vault
    now = now_utc()
    with vault.transaction() as conn:
        repo_unit_keys.put_revoked(conn, RevokedKeyRow(
            card.key_id, card.unit, card.fingerprint, UNTRUSTED, None, None, now, now,
            vault.actor))
        vault.audit("transfer.card_untrusted", detail={"unit": card.unit,
                                                        "fingerprint": card.fingerprint,
                                                        "how": trusted.how})
    return trusted


# -- which key a package is checked against ----------------------------------------------------


def identity_for_package(session: Session, source: BinaryIO, missing: str) -> UnitIdentity:
    """The unit key a package or receipt is addressed to — the current one or a retired one —
    after refusing a sender or recipient key that was revoked or untrusted (naming why).

    Only the unverified header is read here; the transfer layer verifies everything after.
    A package addressed to no key of this unit gets the current key, so that the transfer layer
    names the intended recipient. *missing* is the message when this unit has no key at all."""
    header = read_header(source)
    conn = session.vault.conn
    sender = repo_unit_keys.get_revoked(conn, header.sender_key_id)
    if sender is not None:
        raise PackageError(f"The sender's key is refused: {refusal_text(sender)}")
    own = repo_unit_keys.own_key(conn, header.recipient_key_id)
    if own is not None:
        mine = repo_unit_keys.get_revoked(conn, header.recipient_key_id)
        if mine is not None:
            raise PackageError(
                f"This was addressed to a key this unit has revoked: {refusal_text(mine)}; ask "
                "the sender to trust the unit's new card and send it again")
        return load_identity(session, header.recipient_key_id, own[0])
    current = own_identity(session)
    if current is None:
        raise PackageError(missing)
    return current


__all__ = [
    "REVOCATION_REASONS",
    "ImportedRevocation",
    "KeyChange",
    "check_revocation",
    "identity_for_package",
    "import_revocation",
    "revoke_key",
    "rotate_key",
    "untrust_card",
]
