"""The vault: one directory holding the SQLCipher database and its key-slot file.

``Vault.create`` and ``Vault.unlock`` return an open vault holding the single-writer lock;
``close`` (or ``lock``) records the audit head in the key-slot file, closes the connection and
drops the key. Key-slot management, rekeying and backups live in sibling modules.
"""

from __future__ import annotations

import getpass
import os
import secrets
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from utvag.errors import IntegrityError, RefusedError, UsageError, VaultNotFoundError
from utvag.vault import audit, keyring_slot, migrations
from utvag.vault import recovery as recovery_keys
from utvag.vault.audit import VerifyReport
from utvag.vault.database import Connection, connect, is_legacy_format
from utvag.vault.kdf import KdfParams, calibrate
from utvag.vault.keyslots import (
    KeySlotFile,
    fsync_dir,
    passphrase_kek,
    private_file,
    recovery_kek,
    unlock_any,
    wrap,
)
from utvag.vault.lockfile import VaultLock

DB_NAME = "vault.db"
KEYS_NAME = "vault.keys"
LOCK_NAME = "vault.lock"
STAGING_NAME = ".creating"
UNITS = ("Centrum", "Hisingen", "Nordost", "Sydvast", "SAV")


@dataclass(frozen=True)
class VaultPaths:
    root: Path

    @property
    def db(self) -> Path:
        return self.root / DB_NAME

    @property
    def keys(self) -> Path:
        return self.root / KEYS_NAME

    @property
    def lock(self) -> Path:
        return self.root / LOCK_NAME

    @property
    def rekey_db(self) -> Path:
        return self.root / (DB_NAME + ".rekey")


def default_actor() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # pragma: no cover - no user name on this platform
        return "unknown"


def passphrase_slot(passphrase: str, data_key: bytes, vault_id: str,
                    kdf: KdfParams | None, allow_weak_kdf: bool) -> Any:
    params = kdf or calibrate()
    if not params.meets_floor and not allow_weak_kdf:
        raise UsageError("Key derivation parameters below t=3 / 64 MiB are refused.")
    salt = secrets.token_bytes(16)
    kek = passphrase_kek(passphrase, salt, params)
    return wrap(kek, data_key, vault_id=vault_id, kind="passphrase", created=audit.now_utc(),
                salt=salt, kdf=params)


def recovery_slot(data_key: bytes, vault_id: str) -> tuple[Any, str]:
    key, text = recovery_keys.generate()
    salt = secrets.token_bytes(16)
    slot = wrap(recovery_kek(key, salt), data_key, vault_id=vault_id, kind="recovery",
                created=audit.now_utc(), salt=salt)
    return slot, text


class Vault:
    """An unlocked vault. Not thread-safe by itself: use ``transaction`` for every write."""

    def __init__(self, paths: VaultPaths, slots: KeySlotFile, data_key: bytes,
                 conn: Connection, lock: VaultLock, actor: str) -> None:
        self.paths = paths
        self.slots = slots
        self._key: bytearray | None = bytearray(data_key)
        self.conn = conn
        self._lock = lock
        self.actor = actor
        self._mutex = threading.RLock()
        self._depth = 0
        self._slot_key: bytearray | None = None
        self.memory_security = False
        self.head_authentic = slots.audit_head is None or audit.head_is_authentic(
            self._audit_mac_key(), slots.vault_id, slots.audit_head)
        # A recorded head that the chain no longer contains is evidence of tampering: it is
        # kept as it is (never overwritten) so that ``audit verify`` keeps reporting it. So is a
        # missing head: every vault records one when it is created.
        head_missing = slots.audit_head is None and audit.head(conn)[0] > 0
        self.head_consistent = not head_missing and self.head_authentic and (
            audit.chain_contains(conn, slots.audit_head))

    # -- opening -----------------------------------------------------------------------
    @classmethod
    def create(cls, directory: Path, *, unit: str, passphrase: str,
               kdf: KdfParams | None = None, allow_weak_kdf: bool = False,
               actor: str | None = None, memory_security: bool = False) -> tuple[Vault, str]:
        """Create a new vault; return it open together with the printable recovery key."""
        if unit not in UNITS:
            raise UsageError(f"Unknown unit {unit!r}; choose one of {', '.join(UNITS)}.")
        paths = VaultPaths(Path(directory))
        if paths.root.exists() and not paths.root.is_dir():
            raise RefusedError(f"{paths.root} is a file; choose a directory for the vault.")
        if paths.keys.exists():
            raise RefusedError(f"There is already a vault in {paths.root}.")
        if paths.db.exists():
            raise RefusedError(
                f"{paths.db} exists without its key file. Put the key file back, or move the "
                "database away, before creating a new vault here.")
        paths.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        data_key = secrets.token_bytes(32)
        slots = KeySlotFile.new()
        slots = slots.with_slot(passphrase_slot(passphrase, data_key, slots.vault_id, kdf,
                                                allow_weak_kdf))
        rslot, recovery_text = recovery_slot(data_key, slots.vault_id)
        slots = slots.with_slot(rslot)
        paths.lock.touch(mode=0o600)
        lock = VaultLock(paths.lock)
        lock.acquire()
        try:
            # Everything is made in a staging folder and moved into place at the end, the key
            # file last: an interrupted creation leaves only the staging folder, which the
            # next attempt clears, never a half-made vault that nothing can open or replace.
            staging = VaultPaths(paths.root / STAGING_NAME)
            shutil.rmtree(staging.root, ignore_errors=True)
            staging.root.mkdir(mode=0o700)
            private_file(staging.db)
            conn = connect(staging.db, data_key, memory_security=memory_security, create=True)
            try:
                migrations.migrate(conn)
                vault = cls(staging, slots, data_key, conn, lock, actor or default_actor())
                with vault.transaction():
                    vault.conn.executemany(
                        "INSERT INTO meta (key, value) VALUES (?, ?)",
                        [("vault_id", slots.vault_id), ("unit", unit),
                         ("created_at", audit.now_utc()),
                         ("audit_mac_key", secrets.token_hex(32))],
                    )
                    vault.audit("vault.create", detail={"unit": unit})
                vault.record_head()
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            finally:
                conn.close()
            os.replace(staging.db, paths.db)
            fsync_dir(paths.root)
            os.replace(staging.keys, paths.keys)
            fsync_dir(paths.root)
            shutil.rmtree(staging.root, ignore_errors=True)
            vault.paths = paths
            vault.conn = connect(paths.db, data_key, memory_security=memory_security)
            vault.memory_security = memory_security
        except BaseException:
            lock.release()
            raise
        return vault, recovery_text

    @staticmethod
    def read_slots(directory: Path) -> tuple[VaultPaths, KeySlotFile]:
        paths = VaultPaths(Path(directory))
        if not paths.root.is_dir() or (not paths.keys.exists() and not paths.db.exists()):
            raise VaultNotFoundError(
                f"There is no vault at {paths.root}. Create one with 'utvag init'.")
        return paths, KeySlotFile.read(paths.keys)

    @staticmethod
    def slot_key_from(slots: KeySlotFile, *, passphrase: str | None = None,
                      recovery_key: str | None = None,
                      use_keyring: bool = False) -> tuple[str, bytes]:
        """Unwrap the key the slots hold with exactly one method; return (method, key)."""
        given = [m for m in (passphrase, recovery_key) if m is not None]
        if len(given) + int(use_keyring) != 1:
            raise UsageError("Unlock with exactly one of passphrase, recovery key or keyring.")
        if passphrase is not None:
            return "passphrase", unlock_any(
                slots, "passphrase", lambda s: passphrase_kek(passphrase, s.salt, s.kdf))
        if recovery_key is not None:
            raw = recovery_keys.parse(recovery_key)
            return "recovery", unlock_any(slots, "recovery", lambda s: recovery_kek(raw, s.salt))
        return "keyring", keyring_slot.unlock(slots)

    @classmethod
    def unlock(cls, directory: Path, *, passphrase: str | None = None,
               recovery_key: str | None = None, use_keyring: bool = False,
               actor: str | None = None, memory_security: bool = False) -> Vault:
        """Unlock with exactly one method. Nothing on disk changes until the key is proven."""
        paths, slots = cls.read_slots(directory)
        lock = VaultLock(paths.lock)
        lock.acquire()
        try:
            method, slot_key = cls.slot_key_from(slots, passphrase=passphrase,
                                                 recovery_key=recovery_key,
                                                 use_keyring=use_keyring)
            return cls._open(paths, slots, slot_key, method, lock, actor, memory_security)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _open(cls, paths: VaultPaths, slots: KeySlotFile, slot_key: bytes, method: str,
              lock: VaultLock, actor: str | None, memory_security: bool) -> Vault:
        key = cls._resolve_pending_rekey(paths, slots, slot_key)
        conn = connect(paths.db, key, memory_security=memory_security)
        try:
            migrations.migrate(conn)
            vault = cls(paths, slots, key, conn, lock, actor or default_actor())
            vault._slot_key = bytearray(slot_key)
            vault.memory_security = memory_security
            with vault.transaction():
                vault.audit("vault.unlock", detail={"method": method})
        except BaseException:
            conn.close()
            raise
        return vault

    @classmethod
    def open_with_slot_key(cls, directory: Path, slot_key: bytes, method: str, *,
                           actor: str | None = None, memory_security: bool = False) -> Vault:
        """Open with a key already unwrapped from the slots (restore verifies before opening)."""
        paths, slots = cls.read_slots(directory)
        lock = VaultLock(paths.lock)
        lock.acquire()
        try:
            return cls._open(paths, slots, slot_key, method, lock, actor, memory_security)
        except BaseException:
            lock.release()
            raise

    @staticmethod
    def _resolve_pending_rekey(paths: VaultPaths, slots: KeySlotFile, key: bytes) -> bytes:
        """After an interrupted rekey, find which key the database file is under now."""
        from utvag.vault.rekey import key_for_database  # late import: rekey imports Vault

        return key_for_database(paths, slots, key)

    # -- state -------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self._key is not None

    @property
    def vault_id(self) -> str:
        return self.slots.vault_id

    @property
    def legacy_page_format(self) -> bool:
        """Made by an earlier release and not yet rekeyed into the current page format."""
        return is_legacy_format(self.conn)

    def data_key(self) -> bytes:
        if self._key is None:
            raise RefusedError("The vault is locked.")
        return bytes(self._key)

    def slot_key(self) -> bytes:
        """The key the key slots yield (differs from the data key only mid-rekey)."""
        if self._slot_key is None:
            return self.data_key()
        return bytes(self._slot_key)

    def _audit_mac_key(self) -> bytes:
        value = self.meta("audit_mac_key")
        if value is None:
            # only between creating the file and writing the first meta rows
            return audit.GENESIS
        return bytes.fromhex(value)

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    @property
    def unit(self) -> str:
        return self.meta("unit") or ""

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One write transaction (re-entrant): the change and its audit row commit together."""
        with self._mutex:
            if self._key is None:
                raise RefusedError("The vault is locked.")
            if self._depth:
                self._depth += 1
                try:
                    yield self.conn
                finally:
                    self._depth -= 1
                return
            self.conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            else:
                self.conn.execute("COMMIT")
            finally:
                self._depth = 0

    def audit(self, action: str, case_id: int | None = None,
              detail: dict[str, Any] | None = None) -> None:
        """Append an audit row; must be called inside ``transaction``."""
        if not self._depth:
            raise RuntimeError("audit rows are written inside the change's transaction")
        audit.append(self.conn, self.actor, action, case_id, detail)

    def record_head(self) -> None:
        """Bind the current audit head into the key-slot file under a MAC."""
        if not self.head_consistent:
            return
        seq, digest = audit.head(self.conn)
        self.data_key()  # raises when locked
        signed = audit.sign_head(self._audit_mac_key(), self.vault_id, seq, digest)
        self.slots = replace(self.slots, audit_head=signed)
        self.slots.write(self.paths.keys)

    def verify_audit(self) -> VerifyReport:
        return audit.verify(self.conn, self.slots.audit_head, self.head_authentic)

    def write_slots(self, slots: KeySlotFile) -> None:
        self.slots = slots
        slots.write(self.paths.keys)

    def reopen_connection(self, data_key: bytes) -> None:
        """Switch to a database file now under ``data_key`` (after a rekey's swap)."""
        self.conn = connect(self.paths.db, data_key, memory_security=self.memory_security)
        self._key = bytearray(data_key)

    def close(self) -> None:
        """Lock: record the audit head, close the connection, drop the key, release the lock."""
        if self._key is None:
            return
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.record_head()
        finally:
            self.conn.close()
            for secret in (self._key, self._slot_key):
                if secret is not None:
                    secret[:] = bytes(len(secret))
            self._key = self._slot_key = None
            self._lock.release()

    lock = close

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def require_integrity(problems: list[str]) -> None:
    if problems:
        raise IntegrityError("The vault database failed its integrity check: " + problems[0])
