"""A thread's reads while another thread holds the main connection (``Vault.conn``).

Every write runs on the vault's one main connection, inside ``Vault.transaction``. While a
background operation (a package import, a backup, a rekey's swap) holds it, the rows it has
written are visible on that connection before they are committed, and may yet be rolled back: a
view that the GUI thread repaints meanwhile must not read them there.

A thread that neither holds the main connection nor is inside a ``reading`` block gets, as its
``Vault.conn``, the main connection *shared* (``SharedConnection``): each statement it runs goes
to the main connection while no other thread holds it (nothing changes then), and otherwise to a
*bystander* connection of the thread's own: read-only, ``query_only``, keyed like the readers of
``readers.py``, in autocommit, so that each statement reads the latest committed state. The choice
is made per statement, so a connection a service keeps in a variable across its statements is
routed too. A statement on the main connection starts, and its first ``PREFETCH`` rows are
fetched, in one step that a thread becomes the holder only between; so a result of up to that
many rows is whole before the write begins. The rest of a longer result that a thread began
reading before and reads on after another thread began writing comes from the main connection
as before, and may hold rows of that write: the one window left.

The bystander connection is opened at a thread's first statement while another holds the main
connection, and kept for the next time. Locking and a rekey's swap close it like every reader
(the key SQLCipher holds for it goes with it). Every step of its statements (the start, each
fetch) runs under the bystander's own lock, so the connection is never closed under a step in
another thread: the closing waits for at most the step under way, which it has interrupted
first. A statement begun after the closing opens a new connection, on the new file after a swap
(waiting for it), and is refused once the vault locked; a half-read cursor of the old connection
raises ``ReadStopped``.
"""

from __future__ import annotations

import contextlib
import threading
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

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

    def execute(self, sql: str, parameters: Any = ()) -> SteppedCursor:
        cursor, epoch = self._run(lambda c: c.execute(sql, parameters))
        return SteppedCursor(self, cursor, epoch)

    def executemany(self, sql: str, rows: Any) -> SteppedCursor:
        cursor, epoch = self._run(lambda c: c.executemany(sql, rows))
        return SteppedCursor(self, cursor, epoch)

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

    def release(self, call: Callable[[], object]) -> None:
        with self._lock, contextlib.suppress(sqlcipher3.Error):  # closed: its cursors too
            call()

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


class Stepper(Protocol):
    def step(self, epoch: int, call: Callable[[], T]) -> T: ...

    def release(self, call: Callable[[], object]) -> None: ...


class SteppedCursor:
    """A cursor whose every fetch runs through its owner's ``step`` (under its lock). A loop
    over it fetches one row, then two, four, up to ``BATCH`` rows a step: a long loop pays for
    the lock once per batch, and a loop over attachment chunks holds a few of them at most."""

    BATCH = 32

    def __init__(self, owner: Stepper, cursor: Any, epoch: int) -> None:
        self._owner = owner
        self._cursor = cursor
        self._epoch = epoch
        self._ahead: deque[Any] = deque()  # fetched for the loop, not yet handed out
        self._batch = 1

    def prefetch(self, rows: int) -> None:
        self._ahead.extend(self._cursor.fetchmany(rows))

    def _fetch(self, call: Callable[[], list[Any]]) -> list[Any]:
        rows: list[Any] = self._owner.step(self._epoch, call)
        return rows

    def fetchone(self) -> Any:
        if self._ahead:
            return self._ahead.popleft()
        return self._owner.step(self._epoch, self._cursor.fetchone)

    def fetchmany(self, size: int | None = None) -> list[Any]:
        want = self._cursor.arraysize if size is None else size
        taken = [self._ahead.popleft() for _ in range(min(want, len(self._ahead)))]
        if len(taken) < want:
            taken += self._fetch(lambda: self._cursor.fetchmany(want - len(taken)))
        return taken

    def fetchall(self) -> list[Any]:
        taken = list(self._ahead)
        self._ahead.clear()
        return taken + self._fetch(self._cursor.fetchall)

    def __iter__(self) -> SteppedCursor:
        return self

    def __next__(self) -> Any:
        if not self._ahead:
            batch = self._batch
            self._batch = min(batch * 2, self.BATCH)
            self._ahead.extend(self._fetch(lambda: self._cursor.fetchmany(batch)))
            if not self._ahead:
                raise StopIteration
        return self._ahead.popleft()

    def close(self) -> None:
        self._ahead.clear()
        self._owner.release(self._cursor.close)

    def __getattr__(self, name: str) -> Any:  # ``description``, ``rowcount``, ``lastrowid``
        return getattr(self._cursor, name)


class SharedConnection:
    """The main connection as ``Vault.conn`` of a thread that does not hold it: each statement
    on it, or on the thread's bystander while another thread holds it. ``holder`` answers the
    holder's thread id (0: none); a thread becomes holder only with ``steps`` held, which every
    statement start here holds together with the fetch of its first ``PREFETCH`` rows."""

    PREFETCH = 256

    def __init__(self, main: Callable[[], Connection], holder: Callable[[], int],
                 steps: threading.Lock, readers: Readers) -> None:
        self._main = main
        self._holder = holder
        self._steps = steps
        self._readers = readers

    def _route(self, call: Callable[[Connection], Any]) -> Any:
        with self._steps:
            if self._holder() in (0, threading.get_ident()):
                cursor = SteppedCursor(self, call(self._main()), 0)
                cursor.prefetch(self.PREFETCH)  # a result this long is whole before a write
                return cursor
        return call(self._readers.bystander())

    def execute(self, sql: str, parameters: Any = ()) -> Any:
        return self._route(lambda c: c.execute(sql, parameters))

    def executemany(self, sql: str, rows: Any) -> Any:
        return self._route(lambda c: c.executemany(sql, rows))

    def step(self, epoch: int, call: Callable[[], T]) -> T:
        return call()  # rows past the prefetched ones: on the main connection, as before

    def release(self, call: Callable[[], object]) -> None:
        call()

    def __getattr__(self, name: str) -> Any:  # ``interrupt``, ``in_transaction`` and the like
        return getattr(self._main(), name)
