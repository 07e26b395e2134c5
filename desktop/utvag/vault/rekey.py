"""Full rekey: a new data key for the whole database, resumable after any interruption.

1. A new key K2 is wrapped under the current key K1 and recorded in the key-slot file as
   ``pending_rekey``; every existing slot still yields K1, and K1 yields K2.
2. The database is exported under K2 into ``vault.db.rekey`` in the current page format (so a
   rekey is also how a vault made by an earlier release moves to it), checked, and swapped into
   place by an atomic rename. Until then ``vault.db`` is untouched and still under K1.
3. New slots (passphrase, a new recovery key, quick unlock if it was set up) wrap K2 and replace
   the old slots and the pending record in one atomic write.

An interruption before 3 leaves a vault that every old unlock method still opens (the unlock finds
which key the file is under); running the rekey again resumes with the same K2.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from utvag.errors import IntegrityError, RefusedError
from utvag.files import fsync_dir, private_file
from utvag.vault import keyring_slot
from utvag.vault.database import connect, export_copy, integrity_check
from utvag.vault.kdf import KdfParams
from utvag.vault.keyslots import (
    KeySlotFile,
    hkdf,
    passphrase_kek,
    unlock_any,
)

if TYPE_CHECKING:
    from utvag.vault.vault import Vault, VaultPaths

_AAD = b"utvag pending rekey v1"


def _pending_kek(old_key: bytes, vault_id: str) -> bytes:
    return hkdf(old_key, _AAD, vault_id.encode())


def _wrap_pending(old_key: bytes, new_key: bytes, vault_id: str) -> tuple[bytes, bytes]:
    nonce = secrets.token_bytes(12)
    return nonce, AESGCM(_pending_kek(old_key, vault_id)).encrypt(nonce, new_key, _AAD)


def _unwrap_pending(old_key: bytes, slots: KeySlotFile) -> bytes:
    assert slots.pending_rekey is not None
    nonce, wrapped = slots.pending_rekey
    try:
        return AESGCM(_pending_kek(old_key, slots.vault_id)).decrypt(nonce, wrapped, _AAD)
    except InvalidTag as exc:
        raise IntegrityError("The key file's unfinished rekey record is damaged.") from exc


def _opens(path: Path, key: bytes) -> bool:
    try:
        connect(path, key).close()
    except IntegrityError:
        return False
    return True


def key_for_database(paths: VaultPaths, slots: KeySlotFile, slot_key: bytes) -> bytes:
    """Return the key the database file is under, given the key the slots yield."""
    if slots.pending_rekey is None:
        return slot_key
    new_key = _unwrap_pending(slot_key, slots)
    if _opens(paths.db, slot_key):
        return slot_key
    if _opens(paths.db, new_key):
        return new_key
    raise IntegrityError("The vault database opens with neither the old nor the new key.")


def _export(vault: Vault, new_key: bytes) -> None:
    target = vault.paths.rekey_db
    for leftover in (target, Path(str(target) + "-wal"), Path(str(target) + "-shm")):
        leftover.unlink(missing_ok=True)
    private_file(target)
    # The copy is in the current page format, so a rekey also moves a vault made by an earlier
    # release to it.
    with vault.exclusive() as conn:  # other threads' reads meanwhile: their own connections
        export_copy(conn, target, new_key)
    check = connect(target, new_key)
    try:
        problems = integrity_check(check)
        check.execute("PRAGMA journal_mode = DELETE").fetchall()
    finally:
        check.close()
    if problems:
        raise IntegrityError("The rekeyed copy failed its integrity check; the vault is unchanged.")
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def _swap(vault: Vault, new_key: bytes) -> None:
    # Held throughout: a read of another thread meanwhile waits for the new file on a connection
    # of its own, never reaching the main connection while it is closed.
    with vault.exclusive() as conn:
        vault.close_readers()  # none may keep the old file, its WAL or its key
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        conn.close()
        db = vault.paths.db
        for side in (Path(str(db) + "-wal"), Path(str(db) + "-shm")):
            side.unlink(missing_ok=True)
        os.replace(vault.paths.rekey_db, db)
        fsync_dir(vault.paths.root)
        vault.reopen_connection(new_key)


def rekey(vault: Vault, passphrase: str, *, kdf: KdfParams | None = None,
          allow_weak_kdf: bool = False, keyring_allowed: bool = True,
          show_recovery: Callable[[str], None] | None = None) -> str:
    """Re-encrypt the vault under a new data key; return the new printable recovery key.

    The new recovery slot is staged and ``show_recovery`` given its key before the slots are
    committed: if showing fails, the old slots stay and running the rekey again resumes.

    ``passphrase`` must be the current passphrase: it is kept, under a fresh salt. Quick unlock
    is carried over only while ``keyring_allowed`` (the policy); otherwise its secret is removed.
    """
    from utvag.vault.vault import passphrase_slot, recovery_slot

    slots = vault.slots
    slot_key = vault.slot_key()
    # Prove the passphrase before changing anything.
    unlock_any(slots, "passphrase", lambda s: passphrase_kek(passphrase, s.salt, s.kdf))
    if slots.pending_rekey is None:
        new_key = secrets.token_bytes(32)
        vault.write_slots(replace(slots, pending_rekey=_wrap_pending(slot_key, new_key,
                                                                      slots.vault_id)))
    else:
        new_key = _unwrap_pending(slot_key, slots)
    if vault.data_key() != new_key:
        _export(vault, new_key)
        _swap(vault, new_key)
    had_keyring = any(True for _ in slots.of_kind("keyring"))
    fresh = KeySlotFile(vault_id=slots.vault_id, slots=(), audit_head=slots.audit_head)
    fresh = fresh.with_slot(passphrase_slot(passphrase, new_key, slots.vault_id, kdf,
                                            allow_weak_kdf))
    rslot, recovery_text = recovery_slot(new_key, slots.vault_id)
    fresh = fresh.with_slot(rslot)
    if had_keyring and not keyring_allowed:
        keyring_slot.disable(slots)
    elif had_keyring:
        # Quick unlock is a convenience: if the keyring has become unusable, the rekey still
        # finishes without it (it can be set up again later), rather than stopping halfway.
        with contextlib.suppress(RefusedError):
            fresh = keyring_slot.enable(fresh, new_key)
    if show_recovery is not None:
        show_recovery(recovery_text)
    with vault.transaction():
        vault.audit("vault.rekey")
    vault._slot_key = None  # the fresh slots yield the new key, which also seals the file
    vault.write_slots(fresh)
    vault.record_head()
    return recovery_text
