"""Encrypted backups and verified restore.

A backup file is ``UTVAGBAK`` + version, the key-slot file as of the backup, a consistent
SQLCipher copy of the database (still under the data key, made with ``sqlcipher_export``), and an
HMAC-SHA256 over everything before it, keyed from the data key. Restoring needs the passphrase or
recovery key that was valid when the backup was made; it writes into a new directory, checks the
HMAC, ``cipher_integrity_check`` and the audit chain, and removes what it wrote if any check fails.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import shutil
import struct
from dataclasses import replace
from pathlib import Path
from typing import IO

import sqlcipher3

from utvag.errors import IntegrityError, NotFoundError, RefusedError
from utvag.files import atomic_write, fsync_dir, open_private, private_file
from utvag.vault import audit
from utvag.vault.check import (
    LAST_BACKUP_AT,
    LAST_BACKUP_FILE,
    Finding,
    check_record,
    run_steps,
    set_meta,
)
from utvag.vault.database import DAMAGED, export_copy
from utvag.vault.keyslots import KeySlotFile, hkdf
from utvag.vault.vault import Vault, VaultPaths

MAGIC = b"UTVAGBAK"
VERSION = 1
_CHUNK = 1024 * 1024
NOT_A_BACKUP = "This is not a Utväg backup, or it is damaged or truncated."
SNAPSHOT_SUFFIX = ".partial-db"
SNAPSHOT_NAME = "backup" + SNAPSHOT_SUFFIX


def _mac_key(data_key: bytes, vault_id: str) -> bytes:
    return hkdf(data_key, b"utvag backup v1", vault_id.encode())


def backup(vault: Vault, out: Path) -> int:
    """Write an encrypted backup of ``vault`` to ``out``; return its size in bytes."""
    out = Path(out)
    if vault.slots.pending_rekey is not None:
        # Mid-rekey the database may already be under the new key while the slots still yield
        # the old one: such a backup could never be restored.
        raise RefusedError("A rekey is unfinished; run 'utvag rekey' before making a backup.")
    if out.exists():
        raise RefusedError(f"{out} already exists; choose a new file name for the backup.")
    if not out.parent.is_dir():
        raise NotFoundError(f"The folder {out.parent} does not exist; create it first.")
    # The consistent copy is built in the vault folder, never beside the backup (which may be a
    # share or a stick): a killed backup leaves it where the vault's own files are, and the next
    # backup removes it. Only one process holds the vault, so no other backup is using it.
    snapshot = vault.paths.root / SNAPSHOT_NAME
    for stale in vault.paths.root.glob("*" + SNAPSHOT_SUFFIX + "*"):
        stale.unlink(missing_ok=True)
    key = vault.data_key()
    with vault.transaction():
        vault.audit("vault.backup")
    try:
        # The main connection is held for the copy: another thread's write waits, and its
        # reads go to committed rows on a connection of its own.
        with vault.exclusive() as conn:
            private_file(snapshot)
            export_copy(conn, snapshot, key)
            seq, digest = audit.head(conn)
        slots = replace(vault.slots, pending_rekey=None,
                        audit_head=audit.sign_head(vault._audit_mac_key(), vault.vault_id,
                                                   seq, digest))
        slot_bytes = slots.to_bytes(vault.slot_key())
        mac = hmac.new(_mac_key(key, vault.vault_id), digestmod=hashlib.sha256)
        tmp = out.with_name(out.name + ".partial")
        with open_private(tmp) as sink, open(snapshot, "rb") as source:
            header = MAGIC + bytes([VERSION]) + struct.pack(">I", len(slot_bytes)) + slot_bytes
            header += struct.pack(">Q", snapshot.stat().st_size)
            sink.write(header)
            mac.update(header)
            while block := source.read(_CHUNK):
                sink.write(block)
                mac.update(block)
            sink.write(mac.digest())
            sink.flush()
            os.fsync(sink.fileno())
        os.replace(tmp, out)
        fsync_dir(out.parent)
        with vault.transaction() as conn:
            # The periodic check points at the newest backup when it finds damage.
            set_meta(conn, {LAST_BACKUP_AT: audit.now_utc(), LAST_BACKUP_FILE: str(out)})
    except sqlcipher3.DatabaseError as exc:
        raise IntegrityError(DAMAGED) from exc
    finally:
        snapshot.unlink(missing_ok=True)
        out.with_name(out.name + ".partial").unlink(missing_ok=True)
    return out.stat().st_size


def _read_exact(handle: IO[bytes], size: int) -> bytes:
    data = handle.read(size)
    if len(data) != size:
        raise IntegrityError(NOT_A_BACKUP)
    return data


def restore(source: Path, target: Path, *, passphrase: str | None = None,
            recovery_key: str | None = None, memory_security: bool = False) -> Vault:
    """Restore ``source`` into the new directory ``target``; return the restored vault open."""
    target = Path(target)
    if not Path(source).is_file():
        raise NotFoundError(f"There is no backup file at {source}.")
    if target.exists() and not target.is_dir():
        raise RefusedError(f"{target} is a file; restore into a new directory.")
    if target.exists() and any(target.iterdir()):
        raise RefusedError(f"{target} is not empty; restore into a new directory.")
    paths = VaultPaths(target)
    created = not target.exists()
    target.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        with open(source, "rb") as handle:
            head = _read_exact(handle, len(MAGIC) + 5)
            if head[: len(MAGIC)] != MAGIC or head[len(MAGIC)] != VERSION:
                raise IntegrityError(NOT_A_BACKUP)
            (slot_len,) = struct.unpack(">I", head[len(MAGIC) + 1 :])
            if slot_len > 256 * 1024:
                raise IntegrityError(NOT_A_BACKUP)
            slot_bytes = _read_exact(handle, slot_len)
            slots = KeySlotFile.from_bytes(slot_bytes)
            size_bytes = _read_exact(handle, 8)
            (db_len,) = struct.unpack(">Q", size_bytes)
            header = head + slot_bytes + size_bytes
            method, key = Vault.slot_key_from(slots, passphrase=passphrase,
                                              recovery_key=recovery_key)
            if slots.pending_rekey is not None:
                raise IntegrityError(NOT_A_BACKUP)
            mac = hmac.new(_mac_key(key, slots.vault_id), header, hashlib.sha256)
            with open_private(paths.db) as db_out:
                remaining = db_len
                while remaining:
                    block = _read_exact(handle, min(_CHUNK, remaining))
                    db_out.write(block)
                    mac.update(block)
                    remaining -= len(block)
                db_out.flush()
                os.fsync(db_out.fileno())
            stored_mac = _read_exact(handle, 32)
            if handle.read(1) or not hmac.compare_digest(mac.digest(), stored_mac):
                raise IntegrityError(NOT_A_BACKUP)
        atomic_write(paths.keys, slot_bytes)  # as sealed when the backup was made
        paths.lock.touch(mode=0o600)
        vault = Vault.open_with_slot_key(target, key, method, memory_security=memory_security)
        try:
            # The full check of 'utvag check': pages, structure, references, the audit chain
            # and every attachment against its recorded SHA-256.
            audit_report = vault.verify_audit()
            report = run_steps(vault.conn, lambda: None if audit_report.ok else Finding(
                "audit", audit_report.problem or "does not verify"))
            if not audit_report.ok:
                raise IntegrityError(
                    f"The restored audit log does not verify: {audit_report.problem}")
            if not report.ok:
                first = report.findings[0]
                raise IntegrityError(f"The restored database failed its check: {first.where}.")
            with vault.transaction() as conn:
                vault.audit("vault.restore")
                set_meta(conn, check_record(True))
        except BaseException:
            vault.close()
            raise
        return vault
    except BaseException:
        if created:
            shutil.rmtree(target, ignore_errors=True)
        else:
            for name in os.listdir(target):
                path = target / name
                shutil.rmtree(path) if path.is_dir() else path.unlink()
        raise


