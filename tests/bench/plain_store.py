"""The plain-SQLite store of the benchmarks: ``sqlcipher3`` opened without a key (the vault's own
SQLite version and build) behind the small part of a ``Vault``'s interface the services use."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3

from utvag.files import atomic_write
from utvag.vault import audit, head_copy, migrations
from utvag.vault.database import PRAGMAS

UNIT = "Hisingen"
ACTOR = "bench"


def plain_connect(path: Path) -> Any:
    """``sqlcipher3`` without a key (plain SQLite of the vault's own version) and the pragmas
    the vault's connections get, page cache included (minus the cipher ones)."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    for pragma in PRAGMAS:
        conn.execute(pragma).fetchall()
    return conn


class PlainStore:
    """What services use of a ``Vault`` (connection, transaction, audit, unit), on plain SQLite."""

    def __init__(self, conn: Any, actor: str = ACTOR) -> None:
        self.conn = conn
        self.actor = actor
        self.binding: tuple[Path, int] | None = None  # see bind_like_vault
        self._mutex = threading.RLock()
        self._depth = 0

    @classmethod
    def open(cls, path: Path) -> PlainStore:
        """The plain counterpart of unlocking after the KDF: open, migrate, audit the unlock."""
        conn = plain_connect(path)
        migrations.migrate(conn)
        store = cls(conn)
        store.meta("audit_mac_key")
        with store.transaction():
            store.audit("vault.unlock", detail={"method": "passphrase"})
        return store

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    @property
    def unit(self) -> str:
        return self.meta("unit") or ""

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        with self._mutex:
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

    def bind_like_vault(self, folder: Path, key_file_size: int) -> None:
        """From now on bind the audit head as the vault does after a protected or high-risk
        read — a key file of the vault's size written atomically (fsync, rename, fsync of the
        folder) and the head's copy in the OS keyring — without its encryption: the floor of
        a design that binds such reads at once."""
        folder.mkdir(parents=True, exist_ok=True)
        self.binding = (folder, key_file_size)

    def bind_head(self) -> None:
        """Nothing, unless ``bind_like_vault`` was called: a plain store has no key file to bind
        the audit head into. What binding costs the vault is measured on its own
        (bench_audit_binding) and, as a floor, through ``bind_like_vault``."""
        if self.binding is None:
            return
        folder, size = self.binding
        seq, digest = audit.head(self.conn)
        signed = audit.sign_head(b"\0" * 32, "plain-floor", seq, digest)
        body = json.dumps({"seq": seq, "hash": digest.hex(), "mac": signed.mac.hex()}).encode()
        atomic_write(folder / "keys.json", body.ljust(size, b" "))
        head_copy.store("plain-floor", folder, signed)

    def audit(self, action: str, case_id: int | None = None,
              detail: dict[str, Any] | None = None) -> None:
        audit.append(self.conn, self.actor, action, case_id, detail)

    def close(self) -> None:
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()


def create_plain(path: Path) -> PlainStore:
    conn = plain_connect(path)
    migrations.migrate(conn)
    store = PlainStore(conn)
    with store.transaction():
        conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)",
                         [("vault_id", "plain"), ("unit", UNIT), ("created_at", audit.now_utc()),
                          ("audit_mac_key", "00" * 32)])
        store.audit("vault.create", detail={"unit": UNIT})
    return store


