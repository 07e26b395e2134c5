"""A thread's reads while another thread holds the main connection (``Vault.conn``).

Every write runs on the vault's one main connection, inside ``Vault.transaction``. While a
background operation (a package import, a backup, a rekey's swap) holds it, the rows it has
written are visible on that connection before they are committed, and may yet be rolled back: a
view that the GUI thread repaints meanwhile must not read them there. Such a thread (one neither
holding the main connection nor inside a ``reading`` block) reads instead on a *bystander*
connection of its own: read-only, ``query_only``, keyed like the readers of ``readers.py``, and in
autocommit, so that each statement reads the latest committed state. It is opened at the first
statement a thread runs while another holds the main connection, and kept for the next time.

Locking and a rekey's swap close it like every reader (the key SQLCipher holds for it goes with
it). Every step of a statement (its start, each fetch) runs under the bystander's own lock, so the
connection is never closed under a step in another thread: the closing waits for at most the step
under way, which it has interrupted first. A statement begun again after the closing opens a new
connection, on the new file after a swap (waiting for it), and is refused once the vault locked;
a half-read cursor of the old connection raises ``ReadStopped``.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import sqlcipher3

from utvag.vault.database import Connection

if TYPE_CHECKING:
    from utvag.vault.readers import Readers

T = TypeVar("T")


class Bystander:
    """One thread's read-only, autocommit connection, opened when first used."""

    def __init__(self, readers: Readers) -> None:
        self._readers = readers
        self._lock = threading.Lock()
        self._conn: Connection | None = None
        self._epoch = -1  # the readers' closings counted when it was opened
        self.thread = threading.current_thread()

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def adopt(self, conn: Connection, epoch: int) -> None:
        """Take a newly opened connection (the readers' lock held: no closing is under way)."""
        self._conn, self._epoch = conn, epoch

    def stale(self, epoch: int) -> bool:
        return epoch != self._readers.epoch

    def _connection(self) -> Connection:
        conn = self._conn
        if conn is not None and not self.stale(self._epoch):
            return conn
        self.close()  # opened before a closing: it may hold the old file and key
        return self._readers.open_bystander(self)

    def _run(self, call: Callable[[Connection], T]) -> tuple[T, int]:
        while True:
            conn = self._connection()  # outside the lock: it may wait for a swap to end
            with self._lock:
                epoch = self._epoch
                if self._conn is not conn or self.stale(epoch):
                    continue  # closed, or a closing began, meanwhile
                try:
                    return call(conn), epoch
                except sqlcipher3.Error:
                    if not self.stale(epoch):
                        raise
                # stopped by a closing: run it again on the next connection (or be refused)

    def execute(self, sql: str, parameters: Any = ()) -> BystanderCursor:
        cursor, epoch = self._run(lambda c: c.execute(sql, parameters))
        return BystanderCursor(self, cursor, epoch)

    def executemany(self, sql: str, rows: Any) -> BystanderCursor:
        cursor, epoch = self._run(lambda c: c.executemany(sql, rows))
        return BystanderCursor(self, cursor, epoch)

    def step(self, epoch: int, call: Callable[[], T]) -> T:
        """One fetch of a cursor opened in ``epoch``, never while the connection closes."""
        from utvag.vault.readers import ReadStopped

        with self._lock:
            if self.stale(epoch):
                raise ReadStopped("the vault locked or its file was replaced")
            try:
                return call()
            except sqlcipher3.Error as exc:
                if self.stale(epoch):
                    raise ReadStopped("the vault locked or its file was replaced") from exc
                raise

    def interrupt(self) -> None:
        """Stop the statement under way (a closing follows); safe from any thread."""
        conn = self._conn
        if conn is not None:
            with contextlib.suppress(sqlcipher3.Error):
                conn.interrupt()

    def close(self) -> None:
        """Close the connection (waiting for the step under way, if any): its key goes too."""
        with self._lock:
            conn, self._conn = self._conn, None
            if conn is not None:
                conn.close()

    def __getattr__(self, name: str) -> Any:  # ``in_transaction`` and the like
        return getattr(self._connection(), name)


class BystanderCursor:
    """A cursor of a bystander connection: each fetch runs under the bystander's lock."""

    def __init__(self, owner: Bystander, cursor: Any, epoch: int) -> None:
        self._owner = owner
        self._cursor = cursor
        self._epoch = epoch

    def fetchone(self) -> Any:
        return self._owner.step(self._epoch, self._cursor.fetchone)

    def fetchmany(self, size: int | None = None) -> list[Any]:
        many = self._cursor.fetchmany
        result: list[Any] = self._owner.step(
            self._epoch, many if size is None else (lambda: many(size)))
        return result

    def fetchall(self) -> list[Any]:
        result: list[Any] = self._owner.step(self._epoch, self._cursor.fetchall)
        return result

    def __iter__(self) -> BystanderCursor:
        return self

    def __next__(self) -> Any:
        return self._owner.step(self._epoch, self._cursor.__next__)

    def close(self) -> None:
        with contextlib.suppress(Exception):  # a closed connection closed its cursors too
            self._owner.step(self._epoch, self._cursor.close)

    def __getattr__(self, name: str) -> Any:  # ``description``, ``rowcount``, ``lastrowid``
        return getattr(self._cursor, name)
