"""Read-only connections for reads off the GUI thread (``Vault.reading``).

A long read in a worker (the statistics, the retention preview) on the session's one connection
would make every read of the GUI thread wait for it: SQLite lets one statement at a time run on a
connection. A read in a worker therefore gets a connection of its own to the same file, keyed
with the data key the vault already holds (no key derivation), with the same page format, pragmas
and memory security as the main connection and ``query_only`` on: a write through it fails. WAL
lets it read while the main connection writes; a reading block is one read transaction, so all
it reads is one snapshot of the vault.

A read can be stopped part-way from another thread (``stop`` set, or the vault locking): the
connection's progress handler then makes the statement under way fail as interrupted, and every
statement after it. A handful of idle connections are kept for the next read (their page caches
stay warm); locking stops the reads under way, waits for them to give their connections back,
and closes every one, which drops the key SQLCipher holds for each. The same goes for the
bystander connections (``bystanders.py``) on which a thread reads while another one writes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import sqlcipher3

from utvag.errors import RefusedError
from utvag.vault.bystanders import Bystander
from utvag.vault.database import Connection

# Virtual-machine steps between two looks at the stop flags: a few microseconds of work.
CHECK_EVERY = 1000
KEEP_IDLE = 2  # connections kept for the next read; more are closed when given back
PAUSE_WAIT = 30.0  # seconds a read waits for the file being replaced (a rekey's swap)


class ReadStopped(Exception):
    """A read stopped part-way (its ``stop`` was set, or the vault locked): nothing to show."""


class Reader:
    """One read-only connection, lent to one reading block at a time."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.stop: threading.Event | None = None
        # the vault locks or its file is replaced: the read stops, the connection is closed
        # when given back
        self.retired = False
        self.owner = 0  # the thread it is lent to
        conn.set_progress_handler(self._should_stop, CHECK_EVERY)

    def _should_stop(self) -> int:
        stop = self.stop
        return int(self.retired or (stop is not None and stop.is_set()))

    @property
    def stopped(self) -> bool:
        return bool(self._should_stop())

    def begin(self) -> None:
        """Start the read transaction: what the block reads is one snapshot."""
        self.conn.execute("BEGIN")

    def renew(self) -> None:
        """A new snapshot (after this thread wrote through the main connection)."""
        self.end()
        self.begin()

    def end(self) -> None:
        if self.conn.in_transaction:
            # not subject to the stop flags: a stopped read must still end its transaction
            self.conn.set_progress_handler(None, 0)
            try:
                # ``rollback`` (not the statement) also resets every cursor still open on the
                # connection: a half-read one kept alive (by an error's traceback) would
                # otherwise keep this snapshot for the next read the connection is lent to
                self.conn.rollback()
            finally:
                self.conn.set_progress_handler(self._should_stop, CHECK_EVERY)


class Readers:
    """The vault's reader connections: lent to a thread's reading block, given back, and all
    closed at lock. Also which connection each thread's ``Vault.conn`` is."""

    def __init__(self, open_connection: Callable[[], Connection]) -> None:
        self._open = open_connection
        self._lock = threading.Condition()
        self._idle: list[Reader] = []
        self._lent: set[Reader] = set()
        self._closing = False  # no reader is lent while set
        self._final = False  # the vault locked: no connection is opened any more
        self._paused = False  # the file is being replaced: a read waits for the new one
        self._epoch = 0  # counts the closings: a reader opened across one is not lent
        self._local = threading.local()  # this thread's reader, and whether it is writing
        self._bystanders: list[Bystander] = []

    # -- this thread ------------------------------------------------------------------------
    def current(self) -> Connection | None:
        """This thread's reader connection, unless it is writing (or not reading): None."""
        reader: Reader | None = getattr(self._local, "reader", None)
        if reader is None or getattr(self._local, "writing", False):
            return None
        return reader.conn

    @contextmanager
    def reading(self, stop: threading.Event | None) -> Iterator[None]:
        """Lend this thread a reader for the block (nested blocks share it); a statement that
        the stop flags interrupted raises ``ReadStopped``."""
        if getattr(self._local, "reader", None) is not None:
            yield
            return
        try:
            reader = self.lend(stop)
        except RuntimeError as exc:  # locking meanwhile
            raise ReadStopped("the vault locked") from exc
        self._local.reader = reader
        try:
            reader.begin()
            yield
        except sqlcipher3.OperationalError as exc:
            if reader.stopped and "interrupt" in str(exc).lower():
                raise ReadStopped("the read was stopped") from exc
            raise
        finally:
            self._local.reader = None
            try:
                reader.end()
            finally:
                self.give_back(reader)

    def writing(self, active: bool) -> None:
        """This thread is in (or out of) a write transaction on the main connection, which its
        ``Vault.conn`` is meanwhile; once out, its read goes on from a new snapshot."""
        self._local.writing = active
        reader: Reader | None = getattr(self._local, "reader", None)
        if not active and reader is not None:
            reader.renew()

    def bystander(self) -> Bystander:
        """This thread's connection for reads while another thread holds the main one."""
        own: Bystander | None = getattr(self._local, "bystander", None)
        if own is None:
            own = self._local.bystander = Bystander(self)
            with self._lock:
                # a finished thread's connection is closed now rather than at the lock
                gone = [b for b in self._bystanders if not b.thread.is_alive()]
                self._bystanders = [b for b in self._bystanders if b not in gone] + [own]
            for old in gone:
                old.close()
        return own

    # -- all threads ------------------------------------------------------------------------
    @property
    def epoch(self) -> int:
        return self._epoch

    def open_bystander(self, bystander: Bystander) -> Connection:
        """Open ``bystander`` a connection: while the file is being replaced, on the new one
        (waiting for it); once the vault locked, refused."""
        while True:
            with self._lock:
                if not self._lock.wait_for(
                        lambda: self._final or not (self._closing or self._paused), PAUSE_WAIT):
                    raise ReadStopped("the vault's file is still being replaced")
                if self._final:
                    raise RefusedError("The vault is locked.")
                epoch = self._epoch
            try:
                conn = self._open()  # outside the lock, as for a reader
            except Exception:
                with self._lock:
                    if self._epoch == epoch:
                        raise
                continue  # the file was replaced meanwhile
            with self._lock:
                if not (self._closing or self._paused) and self._epoch == epoch:
                    bystander.adopt(conn, epoch)
                    return conn
            conn.close()

    def lend(self, stop: threading.Event | None) -> Reader:
        while True:
            with self._lock:
                # while the file is being replaced a read waits for the new one
                if not self._lock.wait_for(lambda: self._closing or not self._paused,
                                           PAUSE_WAIT) or self._closing:
                    raise RuntimeError("reader connections are closed")
                reader = self._idle.pop() if self._idle else None
                epoch = self._epoch
            if reader is None:
                # opened outside the lock: keying and reading the schema take a few milliseconds
                try:
                    reader = Reader(self._open())
                except Exception:
                    with self._lock:
                        if self._epoch == epoch:
                            raise
                    continue  # the old key on the new file: the file was replaced meanwhile
            with self._lock:
                if self._closing or self._paused or self._epoch != epoch:
                    # opened before the readers were closed: it may hold the old file and key
                    reader.conn.close()
                    if self._closing:
                        raise RuntimeError("reader connections are closed")
                    continue
                reader.stop = stop
                reader.owner = threading.get_ident()
                self._lent.add(reader)
            return reader

    def give_back(self, reader: Reader) -> None:
        with self._lock:
            self._lent.discard(reader)
            reader.stop = None
            if reader.retired or self._closing or len(self._idle) >= KEEP_IDLE:
                reader.conn.close()
            else:
                self._idle.append(reader)
            self._lock.notify_all()

    @property
    def open(self) -> int:
        """How many reader connections are open (lent or idle)."""
        with self._lock:
            return (len(self._lent) + len(self._idle)
                    + sum(1 for b in self._bystanders if b.is_open))

    def close_all(self, timeout: float = 30.0, *, final: bool = True) -> None:
        """Stop every read under way, wait for its connection to come back, close them all.

        ``final``: no connection is lent afterwards (the vault locks); else a read waits until
        ``resume`` (the database file is replaced meanwhile, under a new key) and then reads the
        new file with new connections. A read that has not given its connection back within
        ``timeout`` (stuck outside SQLite) closes it when it does."""
        with self._lock:
            self._closing = True
            self._final = self._final or final
            self._epoch += 1
            bystanders = list(self._bystanders)
            for bystander in bystanders:
                bystander.interrupt()
            for reader in self._lent:
                reader.retired = True
                reader.conn.interrupt()
            for reader in self._idle:
                reader.conn.close()
            self._idle.clear()
            # (a read that locks the vault itself gives its connection back afterwards)
            own = threading.get_ident()
            self._lock.wait_for(lambda: all(r.owner == own for r in self._lent), timeout)
            self._closing = final
            self._paused = not final
            self._lock.notify_all()
        # Each waits for at most the statement step under way (interrupted above), never for
        # its thread to finish what it is doing: a bystander is not lent for a block.
        for bystander in bystanders:
            bystander.close()

    def resume(self) -> None:
        """The new file is in place and the vault holds its key: reads may begin again."""
        with self._lock:
            self._paused = False
            self._lock.notify_all()
