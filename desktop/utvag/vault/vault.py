"""The vault: one directory holding the SQLCipher database and its key-slot file.

``Vault.create`` and ``Vault.unlock`` return an open vault holding the single-writer lock;
``close`` (or ``lock``) records the audit head in the key-slot file, closes the connections and
drops the key (or, while another thread holds the main connection, leaves that to it:
``closing.py``). Writes go through one main connection; ``reading`` lends a thread a read-only
one (``readers.py``), and a thread that reads while another holds the main connection reads
committed rows on one of its own (``bystanders.py``). Key-slot management, rekeying and backups
live in sibling modules.
"""

from __future__ import annotations

import getpass
import os
import secrets
import shutil
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import sqlcipher3

from utvag.domain.units import UNIT_IDS, VAULT_UNIT_IDS
from utvag.errors import IntegrityError, RefusedError, UsageError, VaultNotFoundError
from utvag.files import fsync_dir, private_file
from utvag.vault import audit, head_copy, migrations
from utvag.vault.audit import VerifyReport
from utvag.vault.bystanders import SharedConnection
from utvag.vault.closing import MainHold
from utvag.vault.database import Connection, connect, is_legacy_format, known_storage_error
from utvag.vault.kdf import KdfParams
from utvag.vault.keyslots import (
    AuditHead,
    KeySlotFile,
)
from utvag.vault.lockfile import VaultLock
from utvag.vault.paths import DB_NAME as DB_NAME
from utvag.vault.paths import KEYS_NAME as KEYS_NAME
from utvag.vault.paths import LOCK_NAME as LOCK_NAME
from utvag.vault.paths import VaultPaths as VaultPaths
from utvag.vault.readers import Readers
from utvag.vault.slot_keys import passphrase_slot as passphrase_slot
from utvag.vault.slot_keys import recovery_slot as recovery_slot
from utvag.vault.slot_keys import unwrap_slot_key

STAGING_NAME = ".creating"
GENERATION_KEY = "keyslot_generation"
UNITS = UNIT_IDS


def default_actor() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # pragma: no cover - no user name on this platform
        return "unknown"


class Vault:
    """An unlocked vault. Not thread-safe by itself: use ``transaction`` for every write, and
    ``reading`` for a read off the GUI thread."""

    def __init__(self, paths: VaultPaths, slots: KeySlotFile, data_key: bytes,
                 conn: Connection, lock: VaultLock, actor: str) -> None:
        self.paths = paths
        self.slots = slots
        self._key: bytearray | None = bytearray(data_key)
        self._readers = Readers(self._open_reader)
        self._steps = threading.Lock()  # a statement start or fetch of a non-holder on ``_conn``
        self._shared = SharedConnection(lambda: self._conn, lambda: self._holder, self._steps,
                                        self._readers)
        self._conn = conn
        self._lock = lock
        self.actor = actor
        self._hold = MainHold(self._close_now)  # the main connection's mutex, and closing
        self._depth = 0
        self._writer = 0  # the thread whose transaction is open (``_depth`` is its depth)
        self._holder = 0  # the thread holding the main connection (``transaction``, ``exclusive``)
        self._locking = 0  # the thread closing the vault
        self._bind_pending = False
        self._slot_key: bytearray | None = None
        # set at unlock when the log is behind the head kept outside the folder
        self.rolled_back: tuple[int, int] | None = None
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
               actor: str | None = None, memory_security: bool = False,
               show_recovery: Callable[[str], None] | None = None) -> tuple[Vault, str]:
        """Create a new vault; return it open together with the printable recovery key.

        ``show_recovery`` is given the recovery key once everything is staged and before the
        vault is moved into place: if showing it fails, no vault exists (a crash after the
        commit can no longer leave a vault whose recovery key nobody saw)."""
        if unit not in VAULT_UNIT_IDS:
            raise UsageError(f"Unknown unit {unit!r}; choose one of {', '.join(VAULT_UNIT_IDS)}.")
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
                        [("vault_id", slots.vault_id), ("unit", unit), (GENERATION_KEY, "1"),
                         ("created_at", audit.now_utc()),
                         ("audit_mac_key", secrets.token_hex(32))],
                    )
                    vault.audit("vault.create", detail={"unit": unit})
                vault.record_head()
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            finally:
                conn.close()
            if show_recovery is not None:
                show_recovery(recovery_text)
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

    slot_key_from = staticmethod(unwrap_slot_key)

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
        vault: Vault | None = None
        try:
            migrations.migrate(conn)
            vault = cls(paths, slots, key, conn, lock, actor or default_actor())
            vault._slot_key = bytearray(slot_key)
            vault.memory_security = memory_security
            vault._check_generation()
            kept = head_copy.load(vault.vault_id, paths.root)
            vault.rolled_back = audit.rolled_back(conn, kept, vault._audit_mac_key(),
                                                  vault.vault_id)
            with vault.transaction():
                vault._store_generation(slots.generation)
                if vault.rolled_back is not None:
                    kept_seq, found_seq = vault.rolled_back
                    vault.audit("vault.rollback_detected",
                                detail={"kept_seq": kept_seq, "found_seq": found_seq})
                vault.audit("vault.unlock", detail={"method": method})
            if vault.rolled_back is not None:
                # Recorded in the log now: the copy follows the vault as it is from here on.
                vault.keep_head_copy()
        except sqlcipher3.DatabaseError as exc:
            from utvag.vault.check import damaged_pages_message  # late: check types Vault

            message = damaged_pages_message(conn)
            conn.close()
            if vault is not None:
                vault._forget_keys()
            if message is not None:
                raise IntegrityError(message) from exc
            raise
        except BaseException:
            conn.close()
            if vault is not None:
                # the refused vault stays reachable from the traceback (a crash report's
                # locals): it keeps no key
                vault._forget_keys()
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

    # -- connections -------------------------------------------------------------------
    @property
    def conn(self) -> Connection:
        """The connection for this thread: inside ``reading`` (and outside a ``transaction``)
        the thread's read-only connection; holding the main connection (every write goes through
        it), that one; else the main connection shared (``bystanders.py``): while another thread
        holds it, each statement reads committed rows on a read-only connection instead."""
        reader = self._readers.current()
        if reader is not None:
            return reader
        me = threading.get_ident()
        return self._conn if me in (self._holder, self._locking) else self._shared

    @conn.setter
    def conn(self, conn: Connection) -> None:
        self._conn = conn

    def _open_reader(self) -> Connection:
        return connect(self.paths.db, self.data_key(), memory_security=self.memory_security,
                       read_only=True)

    def reading(self, stop: threading.Event | None = None) -> AbstractContextManager[None]:
        """Read on a read-only connection of this thread's own (``conn`` in the block), one
        snapshot, never holding the main connection; ``transaction`` still writes through the
        main one. ``stop`` set, or a lock, stops it part-way: ``ReadStopped``."""
        self._refuse_if_locked()
        return self._readers.reading(stop)

    @contextmanager
    def exclusive(self) -> Iterator[Connection]:
        """Hold the main connection without a write transaction (an export, a compaction, the
        swap of a rekey): other threads' writes wait, and their reads go to committed rows on a
        connection of their own. Re-entrant; yields the main connection."""
        with self._hold.held():
            self._refuse_if_locked()
            me = threading.get_ident()
            if self._holder == me:
                yield self._conn
                return
            with self._steps:  # between two statement starts of the others
                self._holder = me
            try:
                yield self._conn
            finally:
                self._holder = 0

    def interrupt(self) -> None:
        """Stop the statement under way on the main connection (a cancelled backup's export),
        from any thread."""
        self._conn.interrupt()

    @property
    def readers_open(self) -> int:  # lent to a read, kept for the next, or a thread's own
        return self._readers.open

    def close_readers(self, *, final: bool = False) -> None:
        """Stop the reads under way, close every reader (before the file is replaced); reads
        begun meanwhile wait for ``reopen_connection`` (``final``: they are refused)."""
        self._readers.close_all(final=final)

    # -- state -------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self._key is not None and not self._hold.closing

    def _refuse_if_locked(self) -> None:
        """Locked, or locking: nothing new starts (but the closing's own work)."""
        if self._key is None or (self._hold.closing
                                 and threading.get_ident() != self._locking):
            raise RefusedError("The vault is locked.")

    @property
    def vault_id(self) -> str:
        return self.slots.vault_id

    @property
    def legacy_page_format(self) -> bool:
        """Made by an earlier release and not yet rekeyed into the current page format."""
        return is_legacy_format(self.conn)

    def data_key(self) -> bytes:
        self._refuse_if_locked()
        assert self._key is not None
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
        with self._hold.held():
            self._refuse_if_locked()
            if self._depth:
                self._depth += 1
                try:
                    yield self.conn
                finally:
                    self._depth -= 1
                return
            # from before the BEGIN on, other threads read committed rows elsewhere
            with self.exclusive() as conn:  # the main one, also inside ``reading``
                conn.execute("BEGIN IMMEDIATE")
                self._depth = 1
                self._writer = threading.get_ident()
                self._readers.writing(True)
                try:
                    yield conn
                except BaseException:
                    conn.execute("ROLLBACK")
                    self._bind_pending = False
                    raise
                else:
                    conn.execute("COMMIT")
                finally:
                    self._depth = self._writer = 0
                    self._readers.writing(False)  # a read around it sees what was just written
            if self._bind_pending:
                self._bind_pending = False
                if not self._hold.closing:  # else the closing records it
                    self.record_head()

    def audit(self, action: str, case_id: int | None = None,
              detail: dict[str, Any] | None = None) -> None:
        """Append an audit row; must be called inside ``transaction``."""
        if not self._in_transaction():
            raise RuntimeError("audit rows are written inside the change's transaction")
        audit.append(self.conn, self.actor, action, case_id, detail)

    def _signed_head(self) -> AuditHead:
        seq, digest = audit.head(self.conn)
        self.data_key()  # raises when locked
        return audit.sign_head(self._audit_mac_key(), self.vault_id, seq, digest)

    def keep_head_copy(self) -> None:
        """Keep the current head outside the folder too (OS keyring, where there is one)."""
        head_copy.store(self.vault_id, self.paths.root, self._signed_head())

    def record_head(self) -> None:
        """Bind the current audit head into the key-slot file under a MAC, and keep a copy of
        it outside the folder. Called when the vault locks and after each audited read that
        must not be erasable (a protected identity, a high-risk case, a revealed identity)."""
        signed = self._signed_head()
        if self.paths.root.name != STAGING_NAME:
            head_copy.store(self.vault_id, self.paths.root, signed)
        if not self.head_consistent:
            return
        self.write_slots(replace(self.slots, audit_head=signed), new_generation=False)

    def bind_head(self) -> None:
        """Bind the head now (after another thread's write: its failure must not drop it), or
        after this thread's transaction commits (a head naming a row then rolled back would be
        false evidence)."""
        if self._in_transaction():
            self._bind_pending = True
            return
        with self._hold.held():
            self.record_head()

    def _in_transaction(self) -> bool:
        return bool(self._depth) and self._writer == threading.get_ident()

    def _stored_generation(self) -> int:
        value = self.meta(GENERATION_KEY)
        return int(value) if value is not None and value.isdigit() else 0

    def _check_generation(self) -> None:
        """An older key file than the database has seen is refused: putting back the key file
        of a backup must not bring back a passphrase that was changed since."""
        stored = self._stored_generation()
        if self.slots.generation < stored:
            raise IntegrityError(
                f"The key file (vault.keys) is an older copy (key-slot generation "
                f"{self.slots.generation}; this vault is at {stored}): it was put back from a "
                "backup or another copy, and would let a passphrase changed since open the "
                "vault. The vault was not opened. Put back the current vault.keys, or restore "
                "the whole backup into a new folder.")

    def _store_generation(self, generation: int) -> None:
        if generation > self._stored_generation():
            with self.transaction() as conn:
                conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) "
                             "DO UPDATE SET value = excluded.value",
                             (GENERATION_KEY, str(generation)))

    def verify_audit(self) -> VerifyReport:
        return audit.verify(self.conn, self.slots.audit_head, self.head_authentic)

    def write_slots(self, slots: KeySlotFile, *, new_generation: bool = True) -> None:
        """Write the key-slot file, sealed; a change of the slots raises its generation, in the
        file first and then in the database (a crash between leaves the file ahead, which the
        next unlock accepts and records)."""
        generation = max(1, slots.generation, self.slots.generation,
                         self._stored_generation()) + int(new_generation)
        slots = replace(slots, generation=generation)
        slots.write(self.paths.keys, self.slot_key())
        self.slots = slots
        self._store_generation(generation)

    def reopen_connection(self, data_key: bytes) -> None:
        """Switch to a database file now under ``data_key`` (after a rekey's swap; the readers
        were closed before it)."""
        self.conn = connect(self.paths.db, data_key, memory_security=self.memory_security)
        if self._key is not None:  # the old key is zeroed, not left to the GC
            self._key[:] = bytes(len(self._key))
        self._key = bytearray(data_key)
        self._readers.resume()  # reads held back during the swap now open the new file

    def close(self) -> None:
        """Lock: record the audit head, close the connection, drop the key, release the lock.
        From the call on, nothing new starts; if another thread still holds the main connection
        (a destruction that cannot stop part-way, a write to a stalled disk), it is neither
        waited for nor closed under: that thread closes the vault as it lets go of the
        connection (``closing.py``)."""
        if self._key is None or self._hold.closing:
            return
        # first the reads under way are stopped and every read-only connection closed, which
        # drops the key SQLCipher holds for each
        self._readers.close_all(final=True)
        self._hold.close()

    def _close_now(self) -> None:
        """The closing itself, holding the main connection's mutex (``MainHold``)."""
        if self._key is None:
            return
        me = threading.get_ident()
        with self._steps:  # no other thread's statement starts on the main connection now
            self._holder = me
        self._locking = me  # its own reads below use the main connection
        try:
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.record_head()
        except sqlcipher3.DatabaseError as exc:
            # A damaged database (found by a read or by 'utvag check'; SQLCipher then turns it
            # read-only) cannot be checkpointed or read for its head; the key file keeps the
            # last head recorded, and the caller has already been told about the damage.
            if known_storage_error(exc) is None and "readonly" not in str(exc).lower():
                raise
        finally:
            self._conn.close()
            self._forget_keys()
            self._lock.release()
            self._holder = 0

    def _forget_keys(self) -> None:
        """Overwrite the data key and the slot key held, and drop them."""
        for secret in (self._key, self._slot_key):
            if secret is not None:
                secret[:] = bytes(len(secret))
        self._key = self._slot_key = None

    lock = close

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def require_integrity(problems: list[str]) -> None:
    if problems:
        raise IntegrityError("The vault database failed its integrity check: " + problems[0])
